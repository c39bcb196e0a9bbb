package calc_test

import (
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
)

func TestHeadlineByHand(t *testing.T) {
	ds := toy()
	s := calc.DefaultScenario()
	s.Transfers = []calc.Transfer{{Code: 4, From: calc.KTH, To: calc.FP, Persons: 100}}
	res := apply(t, ds, s)
	h := res.Headline(calc.Total)
	// m4 climbs 4 → 1; m2, m5 and m3 each fall one place; m2 has the best
	// scenario rank (2) of the three, so it is the faller named.
	assert.Equal(t, calc.Mover{Index: 3, Places: 3, Found: true}, h.Climber)
	assert.Equal(t, calc.Mover{Index: 1, Places: -1, Found: true}, h.Faller)
	assert.Equal(t, 0, h.Moved)
	assert.Equal(t, 5, h.Threshold)
	assert.Equal(t, []int{3, 1, 4, 2}, res.Movers(calc.Total, 1))
	// 100 persons fewer above expected at 71.250 kr.
	assert.InDelta(t, -100*71250, h.PotentialDelta, 1e-6)
	// Rule set 2021 (conversations ≥ 80): officially m2 is inspiration and
	// m4 at risk; in the scenario m4 meets the result target, so no one is
	// at risk.
	assert.Equal(t, 4, h.FokusKnown)
	assert.Equal(t, calc.Count{Official: 1, Scenario: 1}, h.Inspiration)
	assert.Equal(t, calc.Count{Official: 1, Scenario: 0}, h.Risk)
	assert.Equal(t, -1, h.Risk.Delta())
	assert.Equal(t, []int{3}, res.StatusChanges())
}

func TestHeadlineOfficialAndUnknownFocus(t *testing.T) {
	ds := toy()
	for i := range ds.Periods[0].Rows {
		ds.Periods[0].Rows[i].Fokus = calc.Fokus{}
	}
	h := apply(t, ds, calc.DefaultScenario()).Headline(calc.Total)
	assert.False(t, h.Climber.Found)
	assert.False(t, h.Faller.Found)
	assert.Equal(t, 0.0, h.PotentialDelta)
	assert.Equal(t, 0, h.FokusKnown, "inspiration and risk are unknown")
}
