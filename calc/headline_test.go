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

func TestCostWeightingWithEqualPricesIsVolume(t *testing.T) {
	s := calc.DefaultScenario()
	s.Weighting = calc.WeightCost
	res := apply(t, toy(), s)
	assert.True(t, res.CostWeightingIsVolume())
	assert.Equal(t, ranks(&res.Baseline, calc.Total), ranks(&res.Scenario, calc.Total))
	assert.Equal(t, calc.PricesEqual, s.PricePreset())

	// The teaching prices differ: dp 40.000, kth 110.000, syg 63.750 kr.,
	// mean 71.250, so the weights are 0,5614…, 1,5439…, 0,8947….
	assert.True(t, s.SetPricePreset(calc.PricesTeaching))
	assert.Equal(t, calc.PricesTeaching, s.PricePreset())
	res = apply(t, toy(), s)
	assert.False(t, res.CostWeightingIsVolume())
	assert.InDelta(t, 110000.0/71250, res.Scenario.Weights[calc.KTH], 1e-12)
	// m1: 0 + 1,5439 × 0,5 + 0 = 0,7719 pp.
	assert.InDelta(t, 110000.0/71250*0.5, res.Scenario.Areas[calc.Total][0].DiffPP, 1e-12)

	// Equal prices of the areas in scope are enough; fp outside the scope
	// may differ. Under the KL scope fp counts and breaks the equality.
	s = calc.DefaultScenario()
	s.Prices[calc.FP] = 90000
	assert.True(t, s.EqualPricesInScope("2019"))
	s.Scope = calc.ScopeKL
	assert.False(t, s.EqualPricesInScope("2019"))
	assert.Equal(t, "", s.PricePreset())
}
