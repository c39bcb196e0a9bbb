package text

import (
	"strings"
	"testing"

	"benchsim/calc"
)

// Every kind calc returns has a Danish and an English wording that differ
// and carry the values behind them.
func TestCalcErrorsInBothLanguages(t *testing.T) {
	errs := []error{
		&calc.ApplyError{Kind: calc.ErrNoPeriod, Period: "1999QMAT02"},
		&calc.ApplyError{Kind: calc.ErrNoPeriod},
		&calc.ApplyError{Kind: calc.ErrAreaMissing, Area: calc.FP, Period: "2022QMAT04"},
		&calc.ApplyError{Kind: calc.ErrAreaMissing, Area: calc.Flex, Period: "2022QMAT04"},
		&calc.ApplyError{Kind: calc.ErrNoMunicipality, Code: 999},
		&calc.ApplyError{Kind: calc.ErrLeverArea, Lever: "caseload", Area: calc.Flex, Municipality: "Stevns"},
		&calc.ApplyError{Kind: calc.ErrLeverArea, Lever: "transfer", Area: calc.FP, Municipality: "Stevns"},
		&calc.ApplyError{Kind: calc.ErrCaseloadNotPositive, Municipality: "Stevns"},
		&calc.ApplyError{Kind: calc.ErrEmptyScope},
		&calc.ApplyError{Kind: calc.ErrRows, Period: "2022QMAT04", Got: 97, Want: 98},
		&calc.ApplyError{Kind: calc.ErrCompareCount, Got: 4, Want: 3},
		&calc.ApplyError{Kind: calc.ErrComparePeriods, Period: "2022QMAT04"},
		&calc.ApplyError{Kind: calc.ErrLeverArea, Lever: "reform", Area: calc.Flex},
		&calc.FitError{Area: calc.KTH, Kind: calc.FitTooFew, N: 3, K: 4},
		&calc.FitError{Area: calc.KTH, Kind: calc.FitNoPopulation},
		&calc.FitError{Area: calc.KTH, Kind: calc.FitConstant, Covariate: "alder5066"},
		&calc.FitError{Area: calc.KTH, Kind: calc.FitCollinear, Cond: 1e9},
		&calc.FitError{Area: calc.KTH, Kind: calc.FitNotNumber, Municipality: "Læsø"},
		&calc.FitError{Area: calc.KTH, Kind: calc.FitNumeric},
	}
	for _, err := range errs {
		da, en := CalcError(err, "da"), CalcError(err, "en")
		if da == en || da == err.Error() || en == err.Error() {
			t.Errorf("%v: not worded in both languages: %q / %q", err, da, en)
		}
		for _, v := range []string{"1999QMAT02", "2022QMAT04", "999", "Stevns", "alder5066", "Læsø"} {
			if strings.Contains(err.Error(), v) && (!strings.Contains(da, v) || !strings.Contains(en, v)) {
				t.Errorf("%v: the value %s is lost: %q / %q", err, v, da, en)
			}
		}
	}
	got := CalcError(&calc.ApplyError{Kind: calc.ErrAreaMissing, Area: calc.FP, Period: "2022QMAT04"}, "da")
	want := "Data har ingen tal for Førtidspension i 2022QMAT04, så området kan ikke tælle med. Importér en Jobindsats-fil med førtidspension (PTV_A02 eller Y10A02) under Data"
	if !strings.HasPrefix(got, want) {
		t.Errorf("fp missing, Danish:\n got %q\nwant %q…", got, want)
	}
	if a, ok := NeedsImport(&calc.ApplyError{Kind: calc.ErrAreaMissing, Area: calc.Flex}); !ok || a != calc.Flex {
		t.Errorf("NeedsImport = %v, %v; want flex, true", a, ok)
	}
}
