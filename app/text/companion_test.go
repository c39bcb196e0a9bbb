package text

import (
	"fmt"
	"strings"
	"testing"

	"benchsim/calc/companion"

	"github.com/stretchr/testify/assert"
)

// Every error and warning kind has a Danish and an English text, filled
// without fmt's complaints, and the two differ.
func TestCompanionCatalogueComplete(t *testing.T) {
	for _, k := range companion.ErrKinds {
		m, ok := companionErrors[k]
		if assert.True(t, ok, "no text for %s", k) {
			assert.NotEmpty(t, m[0], k)
			assert.NotEmpty(t, m[1], k)
		}
		e := &companion.Error{File: "f.csv", Line: 3, Column: "INDHOLD", Kind: k, Value: "x", Municipality: "Stevns",
			Period: "2021QMAT02", Missing: []string{"2021M03"}, Suggest: "Stevns", Want: 60, Got: 100}
		da, en := CompanionError(e, "da"), CompanionError(e, "en")
		for _, s := range []string{da, en} {
			assert.True(t, strings.HasPrefix(s, "f.csv, l"), s)
			assert.NotContains(t, s, "%!", s)
		}
		assert.NotEqual(t, da, en, k)
	}
	for _, k := range companion.WarnKinds {
		m, ok := companionWarnings[k]
		if assert.True(t, ok, "no text for warning %d", k) {
			assert.NotEmpty(t, m[0])
			assert.NotEmpty(t, m[1])
		}
		w := companion.Warning{File: "f.csv", Kind: k, Value: "fp", Period: "2021QMAT02", From: "2021QMAT04", Count: 3}
		da, en := CompanionWarning(w, "da"), CompanionWarning(w, "en")
		assert.NotContains(t, da+en, "%!")
		assert.NotEqual(t, da, en)
	}
}

func TestCompanionTexts(t *testing.T) {
	for _, tc := range []struct {
		err    error
		da, en string
	}{
		{&companion.Error{File: "fp.csv", Line: 3, Column: "Område", Kind: companion.ErrUnknownMunicipality, Value: "Stevnss", Suggest: "Stevns"},
			"fp.csv, linje 3, kolonne »Område«: »Stevnss« er ikke en af de 98 kommuner – mente du Stevns?",
			"fp.csv, line 3, column \"Område\": \"Stevnss\" is not one of the 98 municipalities – did you mean Stevns?"},
		{&companion.Error{File: "big.xlsx", Kind: companion.ErrTooLarge, Value: fmt.Sprint(50 << 20)},
			"big.xlsx: filen er for stor: den må højst fylde, eller pakkes ud til, 50 MB",
			"big.xlsx: the file is too large: it may hold, or unpack to, at most 50 MB"},
		{&companion.Error{Kind: companion.ErrTotalMismatch, Municipality: "Stevns", Period: "2021M01", Want: 1130.5, Got: 1200},
			"»I alt« for Stevns i 2021M01 er 1.200,00, men delene summer til 1.130,50",
			"the \"I alt\" (total) of Stevns in 2021M01 is 1,200.00, but its parts add up to 1,130.50"},
		{fmt.Errorf("other"), "other", "other"},
	} {
		assert.Equal(t, tc.da, CompanionError(tc.err, "da"))
		assert.Equal(t, tc.en, CompanionError(tc.err, "en"))
	}
	w := companion.Warning{File: "ptv.csv", Kind: companion.WarnPeriodNotCovered, Value: "fp", Period: "2021QMAT02"}
	assert.Equal(t, "ptv.csv: filen har ingen tal for førtidspension i perioden 2021QMAT02", CompanionWarning(w, "da"))
	assert.Equal(t, "ptv.csv: the file has no figures for disability pension in the period 2021QMAT02", CompanionWarning(w, "en"))
	w = companion.Warning{File: "PTV.xlsx", Line: 9, Column: "Ydelsesgrupper", Kind: companion.WarnGroupSkipped, Value: "Seniorpension", Count: 18}
	assert.Equal(t, "PTV.xlsx, linje 9, kolonne »Ydelsesgrupper«: 18 rækker for ydelsesgruppen »Seniorpension« er sprunget over (kun førtidspension og fleksjob bruges)",
		CompanionWarning(w, "da"))
}

func TestCompanionFile(t *testing.T) {
	csv := "Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n"
	for m := 1; m <= 12; m++ {
		csv += fmt.Sprintf("Stevns;2021M%02d;Fleksjob;12\nStevns;2021M%02d;Førtidspension;40\n", m, m)
	}
	f, _, err := companion.Read("ptv.csv", []byte(csv), companion.Options{})
	assert.NoError(t, err)
	assert.Equal(t, "ptv.csv: Jobindsats PTV_A02 (CSV) med førtidspension og fleksjob for 1 kommune, 2021QMAT04", CompanionFile(f, "da"))
	assert.Equal(t, "ptv.csv: Jobindsats PTV_A02 (CSV) with disability pension and flex jobs for 1 municipality, 2021QMAT04", CompanionFile(f, "en"))
	f, _, err = companion.Read("skabelon.csv", []byte("kommunekode;kommune;Ledighed (pct.);Fokusmål: mindst 4 samtaler (pct.)\n336;Stevns;4,5;90\n"), companion.Options{})
	assert.NoError(t, err)
	assert.Equal(t, "skabelon.csv: simulatorens skabelon (CSV) med ledighed og fokusmål for 1 kommune", CompanionFile(f, "da"))
}
