package view

import (
	"strings"
	"testing"

	"benchsim/calc"
)

// The result target's verdict carries the shares that decide it, in the
// language's number form.
func TestResultTargetShowsShares(t *testing.T) {
	e := calc.Entry{ActualShare: 8.62, ExpectedShare: 9.11, DiffPP: 8.62 - 9.11}
	da := Msg(LangDA).ResultTarget(true, e)
	for _, want := range []string{"opfyldt", "faktisk 8,62 % mod forventet 9,11 %", "0,49 procentpoint"} {
		if !strings.Contains(da, want) {
			t.Errorf("Danish %q lacks %q", da, want)
		}
	}
	en := Msg(LangEN).ResultTarget(false, calc.Entry{ActualShare: 6.51, ExpectedShare: 6.5, DiffPP: 0.01})
	for _, want := range []string{"not met", "actual 6.51 % against expected 6.50 %", "+0.01 percentage points"} {
		if !strings.Contains(en, want) {
			t.Errorf("English %q lacks %q", en, want)
		}
	}
}

// Without focus-target figures inspiration and risk are unknown, not 0;
// with some, the count says among how many.
func TestCountsUnknownFokus(t *testing.T) {
	da := Msg(LangDA)
	if got := da.CountsKnown(48, 0, 0, 0, 98); !strings.Contains(got, "Resultatmål opfyldt: 48") || !strings.Contains(got, "ukendt") || strings.Contains(got, ": 0") {
		t.Errorf("no figures: %q", got)
	}
	if got := da.CountsKnown(48, 3, 1, 12, 98); !strings.Contains(got, "Inspirationskommuner: 3") || !strings.Contains(got, "de 12 kommuner") {
		t.Errorf("12 of 98: %q", got)
	}
	if got, want := da.CountsKnown(48, 27, 3, 98, 98), da.Counts(48, 27, 3); got != want {
		t.Errorf("all known: %q, want %q", got, want)
	}
	st := newTestState(t)
	sc := &st.Result().Scenario
	if sc.FokusKnown() != 98 {
		t.Errorf("the illustrative data has focus-target figures for %d municipalities, want 98", sc.FokusKnown())
	}
}

// A table cell never reads "result target only" when the focus target is
// simply unknown.
func TestStatusShortUnknownFokus(t *testing.T) {
	da := Msg(LangDA)
	if got := da.StatusShort(calc.Status{ResultMet: true}); got != "Resultatmål opfyldt, fokusmål ukendt" {
		t.Errorf("met, unknown: %q", got)
	}
	if got := da.StatusShort(calc.Status{}); got != "Resultatmål ikke opfyldt, fokusmål ukendt" {
		t.Errorf("not met, unknown: %q", got)
	}
	if got := da.StatusShort(calc.Status{ResultMet: true, FokusKnown: true}); got != "Kun resultatmål" {
		t.Errorf("met, fokus known and not met: %q", got)
	}
}
