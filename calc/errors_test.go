package calc_test

import (
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
)

// The kinds' identifiers are part of calc's API (logs, the text
// catalogue's keys): every kind has one, and an unknown kind is named by
// its number.
func TestKindStrings(t *testing.T) {
	errKinds := map[calc.ErrKind]string{
		calc.ErrNoPeriod: "no-period", calc.ErrAreaMissing: "area-missing",
		calc.ErrNoMunicipality: "no-municipality", calc.ErrLeverArea: "lever-area",
		calc.ErrCaseloadNotPositive: "caseload-not-positive", calc.ErrEmptyScope: "empty-scope",
		calc.ErrRows: "rows", calc.ErrCompareCount: "compare-count", calc.ErrComparePeriods: "compare-periods",
		0: "errkind(0)", calc.ErrComparePeriods + 1: "errkind(10)",
	}
	for k, want := range errKinds {
		assert.Equal(t, want, k.String())
	}
	fitKinds := map[calc.FitKind]string{
		calc.FitTooFew: "too-few", calc.FitNoPopulation: "no-population", calc.FitConstant: "constant",
		calc.FitCollinear: "collinear", calc.FitNotNumber: "not-a-number", calc.FitNumeric: "numeric",
		0: "fitkind(0)", 42: "fitkind(42)",
	}
	for k, want := range fitKinds {
		assert.Equal(t, want, k.String())
	}
	// An unknown kind's Error() falls back to its identifier.
	assert.Equal(t, "errkind(77)", (&calc.ApplyError{Kind: 77}).Error())
}
