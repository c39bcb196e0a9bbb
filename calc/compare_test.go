package calc_test

import (
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCompareEqualsSeparateApplyRuns(t *testing.T) {
	ds := toy()
	a := calc.DefaultScenario()
	a.Transfers = []calc.Transfer{{Code: 4, From: calc.KTH, To: calc.FP, Persons: 100}}
	b := calc.DefaultScenario()
	b.SetCaseload(calc.CaseloadLever{Code: 5, Area: calc.KTH, From: 100, To: 50})
	c := calc.DefaultScenario()
	c.Scope = calc.ScopeKL
	cmp, err := calc.Compare(ds, "", calc.Total, a, b, c)
	require.NoError(t, err)
	require.Len(t, cmp.Rows, 5)
	for k, s := range []calc.Scenario{a, b, c} {
		alone := apply(t, ds, s)
		for i, row := range cmp.Rows {
			assert.Equal(t, alone.Scenario.Areas[calc.Total][i].Rank, row.Ranks[k], "scenario %d, m%d", k, i+1)
			assert.Equal(t, alone.RankChange(calc.Total, i), row.Changes[k])
		}
		assert.Equal(t, alone.Moved(calc.Total, 5), cmp.Moved[k])
	}
	// By hand (toy_test.go): m4 climbs from 4 to 1 under a, m5 from 2 to 1
	// under b.
	assert.Equal(t, []int{5, 1, 3, 4, 2}, []int{cmp.Rows[0].Official, cmp.Rows[1].Official, cmp.Rows[2].Official, cmp.Rows[3].Official, cmp.Rows[4].Official})
	assert.Equal(t, 1, cmp.Rows[3].Ranks[0])
	assert.Equal(t, 3, cmp.Rows[3].Changes[0])
	assert.Equal(t, 1, cmp.Rows[4].Ranks[1])
	assert.Equal(t, 1, cmp.Rows[4].Changes[1])
	assert.Equal(t, -1, cmp.Rows[1].Changes[1])
}

func TestCompareRefuses(t *testing.T) {
	ds := toy()
	s := calc.DefaultScenario()
	_, err := calc.Compare(ds, "", calc.Total, s, s, s, s)
	var ae *calc.ApplyError
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, calc.ErrCompareCount, ae.Kind)

	ds.Periods = append(ds.Periods, ds.Periods[0])
	ds.Periods[1].Code = "2021QMAT04"
	other := s
	other.Period = "2021QMAT02"
	_, err = calc.Compare(ds, "", calc.Total, s, other)
	require.ErrorAs(t, err, &ae)
	assert.Equal(t, calc.ErrComparePeriods, ae.Kind)
	// A period given for the comparison overrides the scenarios'.
	cmp, err := calc.Compare(ds, "2021QMAT02", calc.Total, s, other)
	require.NoError(t, err)
	assert.Equal(t, 0, cmp.Period)
}
