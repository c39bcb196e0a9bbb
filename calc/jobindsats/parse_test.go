package jobindsats

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"benchsim/calc"
)

func TestParseNumber(t *testing.T) {
	for _, tt := range []struct {
		in    string
		count bool
		want  float64
		ok    bool
	}{
		{"9,08", false, 9.08, true},
		{"9.08", false, 9.08, true},
		{"-0,20", false, -0.2, true},
		{"\u22120,20", false, -0.2, true},
		{"43070", true, 43070, true},
		{"43.070", true, 43070, true},
		{"43.070", false, 43.07, true},
		{"1.234.567", true, 1234567, true},
		{"1.234,5", true, 1234.5, true},
		{"43 070", true, 43070, true},
		{"43\u00a0070", true, 43070, true},
		{"1.5", true, 1.5, true},
		{"1e3", true, 1000, true},
		{"", true, 0, false},
		{"abc", true, 0, false},
		{"1,2,3", false, 0, false},
		{"1.2.3", false, 0, false},
		{"NaN", false, 0, false},
		{"Inf", false, 0, false},
		{"1e999", false, 0, false},
		{"0x10", true, 0, false},
	} {
		v, ok := parseNumber(tt.in, tt.count)
		assert.Equal(t, tt.ok, ok, "%q", tt.in)
		assert.Equal(t, tt.want, v, "%q", tt.in)
	}
	assert.Equal(t, "0,20", formatNumber(0.2, true, 2))
	assert.Equal(t, "9,08", formatNumber(9.08, true, 2))
	assert.Equal(t, "12,345", formatNumber(12.345, true, 2))
	assert.Equal(t, "43070", formatNumber(43070, true, 0))
}

func TestParsePeriod(t *testing.T) {
	for _, tt := range []struct{ in, code, label, scope, rules string }{
		{"2021QMAT02", "2021QMAT02", "3. kvt. 2020 – 2. kvt. 2021", "2019", "2021"},
		{"2021QMAT04", "2021QMAT04", "2021", "2019", "2021"},
		{"2020qmat2", "2020QMAT02", "3. kvt. 2019 – 2. kvt. 2020", "2019", "2020"},
		{"2023QMAT01", "2023QMAT01", "2. kvt. 2022 – 1. kvt. 2023", "2019", "2023"},
		{"2022QMAT03", "2022QMAT03", "4. kvt. 2021 – 3. kvt. 2022", "2019", "2021"},
		{"2017QMAT04", "2017QMAT04", "2017", "2017", "2020"},
		{"2018QMAT02", "2018QMAT02", "3. kvt. 2017 – 2. kvt. 2018", "2017", "2020"},
		{"2019QMAT02", "2019QMAT02", "3. kvt. 2018 – 2. kvt. 2019", "2019", "2020"},
	} {
		p, ok := parsePeriod(tt.in)
		require.True(t, ok, tt.in)
		assert.Equal(t, tt.code, p.Code)
		assert.Equal(t, tt.label, p.Label())
		assert.Equal(t, tt.scope, p.Scope(), tt.in)
		assert.Equal(t, tt.rules, p.RuleSet(), tt.in)
		_, known := calc.RuleSetByID(p.RuleSet())
		assert.True(t, known, p.RuleSet())
	}
	for _, bad := range []string{"", "2021", "2021QMAT05", "2021QMAT00", "2021QMAT002", "20X1QMAT02", "1999QMAT02", "2021M02"} {
		_, ok := parsePeriod(bad)
		assert.False(t, ok, bad)
	}
}

func TestMunicipalitiesTable(t *testing.T) {
	require.Len(t, calc.Municipalities, 98)
	regions := map[string]int{}
	names := map[string]bool{}
	for i, m := range calc.Municipalities {
		if i > 0 {
			assert.Less(t, calc.Municipalities[i-1].Code, m.Code, "sorted by code")
		}
		assert.False(t, names[m.Name], "%s twice", m.Name)
		names[m.Name] = true
		regions[m.Region]++
		assert.Equal(t, i, lookupMunicipality(m.Name))
		assert.Equal(t, i, lookupMunicipality(strings.ToUpper(m.Name)+" Kommune"))
		assert.Equal(t, i, lookupMunicipality(itoa(m.Code)))
	}
	assert.Equal(t, map[string]int{"Region Hovedstaden": 29, "Region Sjælland": 17, "Region Syddanmark": 22,
		"Region Midtjylland": 19, "Region Nordjylland": 11}, regions)
	for spelling, want := range map[string]string{
		"Århus": "Aarhus", "Høje Taastrup": "Høje-Taastrup", "Lyngby-Tårbæk": "Lyngby-Taarbæk",
		"Åbenrå": "Aabenraa", "Nordfyn": "Nordfyns", "Bornholms Regionskommune": "Bornholm",
		"Københavns Kommune": "København", "ærø": "Ærø", "Koebenhavn": "København", "Laesoe": "Læsø",
	} {
		i := lookupMunicipality(spelling)
		require.GreaterOrEqual(t, i, 0, spelling)
		assert.Equal(t, want, calc.Municipalities[i].Name, spelling)
	}
	assert.Equal(t, -1, lookupMunicipality("Christiansø"))
	assert.Equal(t, "Stevns", suggestMunicipality("Stevens"))
	assert.Equal(t, "Læsø", suggestMunicipality("Laeso"))
	assert.Equal(t, "", suggestMunicipality("Gotham"))
}

func TestEditDistance(t *testing.T) {
	assert.Equal(t, 0, editDistance("abc", "abc", 3))
	assert.Equal(t, 1, editDistance("abc", "abd", 3))
	assert.Equal(t, 2, editDistance("stevns", "stvens", 3))
	assert.Equal(t, 3, editDistance("a", "abcdef", 3))
	assert.Equal(t, 1, editDistance("læsø", "læs", 3))
}

func TestClassify(t *testing.T) {
	for label, want := range map[string]field{
		"Area": fArea, "kommune": fArea, "Periode": fPeriod, "Periode jobindsats": fPeriod,
		"Ydelsesgrupper": fGroup, LabelExpected: fExpected, "Forventet antal": fExpected,
		LabelActual: fActual, LabelDiff: fDiff, LabelExpectedShare: fExpectedShare,
		"Faktisk andel (pct.)": fActualShare, LabelDiffShare: fDiffShare,
		"Forskel … (pct. point)": fDiffShare, "BenchmarkRanking": fRank, LabelRank: fRank,
		"Befolkning 16–66 år": fPopulation, "Befolkning (16-66 år)": fPopulation,
		"  Forventet   antal ": fExpected,
	} {
		f, ok := classify(label)
		assert.True(t, ok, label)
		assert.Equal(t, want, f, label)
	}
	for _, l := range []string{"", "Note", "Befolkning", "Forventet"} {
		_, ok := classify(l)
		assert.False(t, ok, l)
	}
}
