package text

import (
	"fmt"
	"strings"
	"testing"

	"benchsim/calc/companion"
)

// Every error and warning kind has a Danish and an English text, filled
// without fmt's complaints, and the two differ.
func TestCompanionCatalogueComplete(t *testing.T) {
	for _, k := range companion.ErrKinds {
		if m, ok := companionErrors()[k]; !ok {
			t.Errorf("no text for %s", k)
		} else if m[0] == "" || m[1] == "" {
			t.Errorf("%s: an empty text %q", k, m)
		}
		e := &companion.Error{File: "f.csv", Line: 3, Column: "INDHOLD", Kind: k, Value: "x", Municipality: "Stevns",
			Period: "2021QMAT02", Missing: []string{"2021M03"}, Suggest: "Stevns", Want: 60, Got: 100}
		da, en := CompanionError(e, "da"), CompanionError(e, "en")
		for _, s := range []string{da, en} {
			if !strings.HasPrefix(s, "f.csv, l") {
				t.Errorf("%s: %q does not start with the file and line", k, s)
			}
			if strings.Contains(s, "%!") {
				t.Errorf("%s: fmt complains in %q", k, s)
			}
		}
		if da == en {
			t.Errorf("%s: Danish and English are the same: %q", k, da)
		}
	}
	for _, k := range companion.WarnKinds {
		if m, ok := companionWarnings()[k]; !ok {
			t.Errorf("no text for warning %d", k)
		} else if m[0] == "" || m[1] == "" {
			t.Errorf("warning %d: an empty text %q", k, m)
		}
		w := companion.Warning{File: "f.csv", Kind: k, Value: "fp", Period: "2021QMAT02", From: "2021QMAT04", Count: 3}
		da, en := CompanionWarning(w, "da"), CompanionWarning(w, "en")
		if strings.Contains(da+en, "%!") {
			t.Errorf("warning %d: fmt complains in %q / %q", k, da, en)
		}
		if da == en {
			t.Errorf("warning %d: Danish and English are the same: %q", k, da)
		}
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
		eq(t, tc.da, CompanionError(tc.err, "da"))
		eq(t, tc.en, CompanionError(tc.err, "en"))
	}
	w := companion.Warning{File: "ptv.csv", Kind: companion.WarnPeriodNotCovered, Value: "fp", Period: "2021QMAT02"}
	eq(t, "ptv.csv: filen har ingen tal for førtidspension i perioden 2021QMAT02", CompanionWarning(w, "da"))
	eq(t, "ptv.csv: the file has no figures for disability pension in the period 2021QMAT02", CompanionWarning(w, "en"))
	w = companion.Warning{File: "PTV.xlsx", Line: 9, Column: "Ydelsesgrupper", Kind: companion.WarnGroupSkipped, Value: "Seniorpension", Count: 18}
	eq(t, "PTV.xlsx, linje 9, kolonne »Ydelsesgrupper«: 18 rækker for ydelsesgruppen »Seniorpension« er sprunget over (kun førtidspension og fleksjob bruges)",
		CompanionWarning(w, "da"))
}

func TestCompanionFile(t *testing.T) {
	csv := "Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n"
	for m := 1; m <= 12; m++ {
		csv += fmt.Sprintf("Stevns;2021M%02d;Fleksjob;12\nStevns;2021M%02d;Førtidspension;40\n", m, m)
	}
	f, _, err := companion.Read("ptv.csv", []byte(csv), companion.Options{})
	if err != nil {
		t.Error(err)
	}
	eq(t, "ptv.csv: Jobindsats PTV_A02 (CSV) med førtidspension og fleksjob for 1 kommune, 2021QMAT04", CompanionFile(f, "da"))
	eq(t, "ptv.csv: Jobindsats PTV_A02 (CSV) with disability pension and flex jobs for 1 municipality, 2021QMAT04", CompanionFile(f, "en"))
	f, _, err = companion.Read("skabelon.csv", []byte("kommunekode;kommune;Ledighed (pct.);Fokusmål: mindst 4 samtaler (pct.)\n336;Stevns;4,5;90\n"), companion.Options{})
	if err != nil {
		t.Error(err)
	}
	eq(t, "skabelon.csv: simulatorens skabelon (CSV) med ledighed og fokusmål for 1 kommune", CompanionFile(f, "da"))
}
