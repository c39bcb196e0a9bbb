package companion_test

import (
	"fmt"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	"benchsim/calc"
	"benchsim/calc/companion"
	"benchsim/calc/jobindsats"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// realExtract is the real Y30R21 extract kept outside the project; the test
// reads it in place and never copies it. The companion figures are made here.
const realExtract = "../../../shared/data/jobindsats/y30r21-2020-2022.jsonl"

func readReal(t *testing.T) *calc.Dataset {
	t.Helper()
	f, err := os.Open(realExtract)
	if err != nil {
		t.Skipf("real Jobindsats extract not available (%v): a plain clone has no ../shared", err)
	}
	defer f.Close()
	ds, _, err := jobindsats.Read(f)
	require.NoError(t, err)
	return ds
}

// nationalPTV is a made-up PTV_A02 for all 98 municipalities, months
// 2019M07–2022M12, fp and flex split by Køn.
func nationalPTV() []byte {
	lines := []string{"Område;Periode;Ydelsesgrupper;Køn;Antal fuldtidspersoner"}
	for _, m := range calc.Municipalities {
		for k := -11; k <= 30; k++ { // k = 1 is 2020M07
			fp := 100 + float64(m.Code*37%900) + 0.1*float64(k)
			flex := 30 + float64(m.Code*13%300) + 0.05*float64(k)
			for _, g := range []struct {
				name string
				v    float64
			}{{"Førtidspension", fp}, {"Fleksjob", flex}} {
				lines = append(lines,
					fmt.Sprintf("%s;%s;%s;Kvinder;%s", m.Name, month(k), g.name, danish(g.v*0.6)),
					fmt.Sprintf("%s;%s;%s;Mænd;%s", m.Name, month(k), g.name, danish(g.v*0.4)))
			}
		}
	}
	return csvLines(lines...)
}

// nationalTemplate fills the template's "Ledighed" and an extra covariate
// for every municipality, with made-up figures.
func nationalTemplate() []byte {
	lines := strings.Split(strings.TrimSuffix(string(companion.Template("da")), "\r\n"), "\r\n")
	lines[0] += ";Afstand til storby (km)"
	for i, l := range lines[1:] {
		f := strings.Split(l, ";")
		code := calc.Municipalities[i].Code
		f[9] = danish(3 + float64(code%11)*0.25)
		f = append(f, danish(float64(code*7%120)))
		lines[i+1] = strings.Join(f, ";")
	}
	return []byte(strings.Join(lines, "\r\n") + "\r\n")
}

func TestRealExtractWithCompanions(t *testing.T) {
	ds := readReal(t)
	require.Len(t, ds.Municipalities, 98)
	var files []*companion.File
	for name, data := range map[string][]byte{"ptv.csv": nationalPTV(), "skabelon.csv": nationalTemplate()} {
		f, _, err := companion.Read(name, data, opt)
		require.NoError(t, err, name)
		assert.Equal(t, 98, f.Municipalities)
		files = append(files, f)
	}
	slices.SortFunc(files, func(a, b *companion.File) int { return strings.Compare(a.Name, b.Name) })
	out, ws, err := companion.Apply(ds, files)
	require.NoError(t, err)
	assert.Empty(t, ws)
	require.NoError(t, out.Validate())
	codes := []string{}
	for _, p := range out.Periods {
		codes = append(codes, p.Code)
		assert.Subset(t, files[0].Periods, []string{p.Code})
	}
	assert.Equal(t, []string{"2020QMAT02", "2020QMAT04", "2021QMAT02", "2021QMAT04", "2022QMAT02", "2022QMAT04"}, codes)
	// København (code 101): fp = 100 + 101·37 mod 900 (= 137) + 0,1·k; 2022QMAT04 is
	// k = 19…30, mean 24,5: 237 + 2,45 = 239,45. Flex: 30 + 101·13 mod 300 (= 113) +
	// 0,05·24,5 = 144,225.
	kbh := out.Periods[5].Rows[out.MunicipalityIndex(101)]
	assert.InDelta(t, 239.45, kbh.Areas[calc.FP].Actual, 1e-9)
	assert.InDelta(t, 144.225, kbh.Areas[calc.Flex].Actual, 1e-9)

	// The official ranking does not move: fp and flex are outside its scope.
	for _, p := range out.Periods {
		s := calc.DefaultScenario()
		s.Period = p.Code
		res, err := calc.Apply(out, s)
		require.NoError(t, err, p.Code)
		for i, e := range res.Baseline.Areas[calc.Total] {
			assert.Equal(t, p.Rows[i].Areas[calc.Total].PublishedRank, e.Rank, "%s %s", p.Code, out.Municipalities[i].Name)
		}
	}
	for _, scope := range []string{"kl", "all"} {
		for _, p := range out.Periods {
			s, err := calc.DecodeScenario("scope=" + scope + "&period=" + p.Code)
			require.NoError(t, err)
			res, err := calc.Apply(out, s)
			require.NoError(t, err, "scope %s %s", scope, p.Code)
			checkRanks(t, res, scope, p.Code)
			for _, a := range []calc.Area{calc.FP, calc.Flex} {
				require.NotNil(t, res.Fits[a], "%s %s %s", scope, p.Code, a)
				assert.Equal(t, []string{"ledighed", "afstandtilstorby"}, res.Fits[a].Names)
				var actual, expected float64
				for _, e := range res.Scenario.Areas[a] {
					actual += e.Actual
					expected += e.Expected
				}
				// Population-weighted least squares with an intercept: the fitted
				// expected persons sum to the actual over the country.
				assert.InDelta(t, 0, (expected-actual)/actual, 1e-6, "%s %s %s", scope, p.Code, a)
			}
		}
	}
}

func checkRanks(t *testing.T, res *calc.Result, scope, code string) {
	t.Helper()
	assert.True(t, res.Scenario.InTotal[calc.FP] && res.Scenario.InTotal[calc.Flex], "%s %s", scope, code)
	ranks := []int{}
	for _, e := range res.Scenario.Areas[calc.Total] {
		ranks = append(ranks, e.Rank)
		assert.False(t, math.IsNaN(e.Expected))
	}
	slices.Sort(ranks)
	require.Len(t, ranks, 98)
	assert.Equal(t, 1, ranks[0])
	assert.Equal(t, 98, ranks[97])
}

// BenchmarkReadNationalPTV reads fp and flex for 98 municipalities × 42
// months × 2 sexes (16.464 rows) and merges them into a two-municipality dataset.
func BenchmarkReadNationalPTV(b *testing.B) {
	data := nationalPTV()
	ds := tinyDataset()
	for b.Loop() {
		f, _, err := companion.Read("ptv.csv", data, opt)
		if err != nil {
			b.Fatal(err)
		}
		if _, _, err := companion.Apply(ds, []*companion.File{f}); err != nil {
			b.Fatal(err)
		}
	}
}
