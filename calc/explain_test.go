package calc_test

import (
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestExplainByHand(t *testing.T) {
	ds := toy()
	s := calc.DefaultScenario()
	s.Transfers = []calc.Transfer{{Code: 4, From: calc.KTH, To: calc.FP, Persons: 100}}
	s.SetCaseload(calc.CaseloadLever{Code: 5, Area: calc.KTH, From: 100, To: 50})
	res := apply(t, ds, s)
	x := calc.NewExplainer(res, nil)

	// m4: total −0,7 pp, first; officially fourth. kth (0,1 − 1,0 = −0,9 pp)
	// pulls it up most, dp (+0,15) down most.
	e := x.Explain(3)
	assert.Equal(t, 1, e.Total.Rank)
	assert.Equal(t, 4, e.Official.Rank)
	assert.Equal(t, 3, e.Change)
	assert.True(t, e.Scenario)
	assert.InDelta(t, -0.7, e.Total.DiffPP, 1e-12)
	assert.InDelta(t, -70, e.Total.DiffPersons, 1e-9)
	require.NotNil(t, e.Up)
	require.NotNil(t, e.Down)
	assert.Equal(t, calc.KTH, e.Up.Area)
	assert.InDelta(t, -0.9, e.Up.Contribution, 1e-12)
	assert.Equal(t, calc.DP, e.Down.Area)
	assert.InDelta(t, 0.15, e.Down.Contribution, 1e-12)
	// Alone on the official model: the transfer lifts m4 three places, the
	// caseload of m5 none.
	assert.Equal(t, []calc.LeverEffect{{Group: calc.LeverCaseload, Places: 0}, {Group: calc.LeverTransfers, Places: 3}}, e.Levers)
	assert.Equal(t, 3, e.LeverSum)
	// Risk officially (fails both), not in the scenario.
	assert.True(t, e.OfficialStatus.Risk)
	assert.False(t, e.Status.Risk)

	// m2: first officially, third in the scenario; each lever alone pushes
	// it down one place.
	e = x.Explain(1)
	assert.Equal(t, -2, e.Change)
	assert.Equal(t, []calc.LeverEffect{{Group: calc.LeverCaseload, Places: -1}, {Group: calc.LeverTransfers, Places: -1}}, e.Levers)

	// The interval is calc's simulation with the default draws, φ and seed 1.
	iv := calc.RankIntervals(res, calc.Total, int(calc.Param(calc.ParamDraws)), calc.Param(calc.ParamPhi), 1)
	assert.Equal(t, iv[3], x.Explain(3).Interval)
	assert.Equal(t, x.Explain(3), x.Explain(3), "deterministic")
}

// The parts need not add up: under the KL scope a transfer to fp lifts m4
// alone but not together with the scope.
func TestExplainLeversNeedNotAddUp(t *testing.T) {
	s := calc.DefaultScenario()
	s.Scope = calc.ScopeKL
	s.Transfers = []calc.Transfer{{Code: 4, From: calc.KTH, To: calc.FP, Persons: 100}}
	res := apply(t, toy(), s)
	e := calc.NewExplainer(res, nil).Explain(3)
	assert.Equal(t, 0, e.Change)
	assert.Equal(t, []calc.LeverEffect{{Group: calc.LeverScope, Places: 0}, {Group: calc.LeverTransfers, Places: 3}}, e.Levers)
	assert.Equal(t, 3, e.LeverSum)
}

func TestExplainOfficialRankMean(t *testing.T) {
	res := apply(t, toy(), calc.DefaultScenario())
	e := calc.NewExplainer(res, nil).Explain(0)
	assert.False(t, e.Scenario)
	assert.Nil(t, e.Levers)
	// m1: kth +0,5 pp is the only area above expectation.
	require.NotNil(t, e.Down)
	assert.Equal(t, calc.KTH, e.Down.Area)
	assert.Nil(t, e.Up)

	s := calc.DefaultScenario()
	s.Weighting = calc.WeightRankMean
	res = apply(t, toy(), s)
	e = calc.NewExplainer(res, nil).Explain(0)
	// m1's area ranks: dp 3, kth 5, syg 3; the middle is 3: kth pulls down
	// by (5 − 3)/3 places.
	assert.True(t, e.ByRank)
	require.NotNil(t, e.Down)
	assert.Equal(t, calc.KTH, e.Down.Area)
	assert.InDelta(t, 2.0/3, e.Down.Contribution, 1e-12)
	assert.Nil(t, e.Up)
}
