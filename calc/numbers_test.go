package calc_test

import (
	"testing"

	"benchsim/calc"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestFitVessels: with førtidspension set so that every municipality's fp
// deviation is 1 − ½ × its kth deviation, the fit finds slope −½ and
// intercept 1, weighted or not. The kth deviations are the toy's:
// m1 50/350, m2 −30/330, m3 5/340, m4 10/350, m5 0.
func TestFitVessels(t *testing.T) {
	ds := toy()
	kthDev := []float64{50.0 / 350 * 100, -30.0 / 330 * 100, 5.0 / 340 * 100, 10.0 / 350 * 100, 0}
	for i := range ds.Periods[0].Rows {
		r := &ds.Periods[0].Rows[i]
		fp := &r.Areas[calc.FP]
		fp.Actual = fp.Expected * (1 + (1-0.5*kthDev[i])/100)
	}
	s, err := calc.DecodeScenario("v=1&scope=all")
	require.NoError(t, err)
	res := apply(t, ds, s)
	for _, weighted := range []bool{false, true} {
		v, err := calc.FitVessels(res, weighted)
		require.NoError(t, err)
		assert.Equal(t, []int{0, 1, 2, 3, 4}, v.Index)
		assert.InDelta(t, -30.0/330*100, v.KTH[1], 1e-12)
		assert.InDelta(t, 1+0.5*30.0/330*100, v.FP[1], 1e-9)
		assert.InDelta(t, -0.5, v.Slope, 1e-9)
		assert.InDelta(t, 1, v.Intercept, 1e-9)
	}
	noFP := toy()
	for i := range noFP.Periods[0].Rows {
		noFP.Periods[0].Rows[i].Areas[calc.FP] = calc.Figures{}
	}
	_, err = calc.FitVessels(apply(t, noFP, calc.DefaultScenario()), false)
	assert.ErrorIs(t, err, calc.ErrVesselsNoFP)
}

// TestSimilar: expected total shares are m1 9.5, m2 9.3, m3 9.4, m4 9.4,
// m5 11.2 %; nearest to m3 are m4 (0), then m1 and m2 (0.1 each, in the
// dataset's order), then m5.
func TestSimilar(t *testing.T) {
	res := apply(t, toy(), calc.DefaultScenario())
	assert.Equal(t, []int{3, 0, 1}, calc.Similar(res, 2, 3))
	assert.Equal(t, []int{3, 0, 1, 4}, calc.Similar(res, 2, 10))
	assert.Equal(t, []int{2, 3, 0}, calc.Similar(res, 1, 3)) // m2 9.3: m3, m4 (0.1), m1 (0.2)
	assert.Nil(t, calc.Similar(res, 7, 3))
}

// TestRankHistory: a second period in which m1 has 100 fewer on
// kontanthjælp (total −0.5 pp instead of +0.5) moves m1 from rank 5 to 1
// and everybody else down one; the first period keeps the toy's ranks.
func TestRankHistory(t *testing.T) {
	ds := toy()
	p2 := ds.Periods[0]
	p2.Code = "2022QMAT02"
	p2.Rows = append([]calc.Row(nil), p2.Rows...)
	p2.Rows[0].Areas[calc.KTH].Actual -= 100
	p2.Rows[0].Areas[calc.Total].Actual -= 100
	ds.Periods = append(ds.Periods, p2)

	h := calc.NewHistory(ds, calc.DefaultScenario())
	assert.False(t, h.Done())
	assert.Equal(t, []int{0, 0}, h.Ranks(calc.Total, 0, false)) // nothing computed yet
	assert.False(t, h.Step(nil))
	assert.True(t, h.Step(nil))
	assert.True(t, h.Done())
	for i, want := range [][]int{{5, 1}, {1, 2}, {3, 4}, {4, 5}, {2, 3}} {
		assert.Equal(t, want, h.Ranks(calc.Total, i, false), "m%d", i+1)
		assert.Equal(t, want, h.Ranks(calc.Total, i, true), "m%d official", i+1)
	}
	assert.Equal(t, []int{5, 1}, h.Ranks(calc.KTH, 0, false)) // kth: m1 +0.5 pp is last, then −0.5 pp first
	assert.Equal(t, 2, h.Periods(calc.Total))
	assert.Nil(t, h.Breaks())

	// A scope change between the periods is a break while the scenario
	// follows the official scope, and none under a fixed preset.
	ds.Periods[1].Scope = "2017"
	assert.Equal(t, []int{1}, calc.RankHistory(ds, calc.DefaultScenario()).Breaks())
	kl, err := calc.DecodeScenario("v=1&scope=kl")
	require.NoError(t, err)
	assert.Nil(t, calc.RankHistory(ds, kl).Breaks())

	// Step takes the current period's result instead of recomputing it.
	cur := apply(t, ds, calc.DefaultScenario())
	h = calc.NewHistory(ds, calc.DefaultScenario())
	h.Step(nil)
	h.Step(cur)
	assert.Same(t, cur, h.Results[1])
}

// TestIntervalsApart: of the six pairs of [1,2], [2,4], [5,6], [3,3] four
// do not overlap; the widths 2, 3, 2, 1 have the (upper) median 2.
func TestIntervalsApart(t *testing.T) {
	iv := []calc.Interval{{Lo: 1, Hi: 2}, {Lo: 2, Hi: 4}, {Lo: 5, Hi: 6}, {Lo: 3, Hi: 3}}
	pairs, apart, width := calc.IntervalsApart(iv, []int{0, 1, 2, 3})
	assert.Equal(t, [3]int{6, 4, 2}, [3]int{pairs, apart, width})
	pairs, apart, width = calc.IntervalsApart(iv, []int{1, 3})
	assert.Equal(t, [3]int{1, 0, 3}, [3]int{pairs, apart, width})
	pairs, apart, width = calc.IntervalsApart(iv, nil)
	assert.Equal(t, [3]int{0, 0, 0}, [3]int{pairs, apart, width})
}

// TestOutsideFunnel: the toy's national total share is 6005 / 60000, so
// with φ = 1 the limit is z × 0.30011 pp at 10,000 people and z × 0.21221
// at 20,000. At z = 1 only m1 (+0.5) is outside; at z = 0.9 (0.2701 and
// 0.1910) m1, m2 (−0.3), m4 (+0.3) and m5 (−0.2) are, m3 (−0.05) is not.
func TestOutsideFunnel(t *testing.T) {
	res := apply(t, toy(), calc.DefaultScenario())
	f := calc.NewFunnel(res, calc.Total, 1)
	assert.InDelta(t, 6005.0/60000, f.MeanShare, 1e-15)
	assert.Equal(t, 1, calc.OutsideFunnel(res, calc.Total, f, 1))
	assert.Equal(t, 4, calc.OutsideFunnel(res, calc.Total, f, 0.9))
}

// TestTopChange: with dp alone in the total (m2 −0.2, m5 −0.1, m1 0,
// m3 +0.1, m4 +0.15 pp) the top three are m2, m5, m1; officially they are
// m2, m5, m3.
func TestTopChange(t *testing.T) {
	s, err := calc.DecodeScenario("v=1&scope=custom&areas=dp")
	require.NoError(t, err)
	top, isNew, left := calc.TopChange(apply(t, toy(), s), calc.Total, 3)
	assert.Equal(t, []int{1, 4, 0}, top)
	assert.Equal(t, []bool{false, false, true}, isNew)
	assert.Equal(t, []int{2}, left)
	top, isNew, left = calc.TopChange(apply(t, toy(), calc.DefaultScenario()), calc.Total, 2)
	assert.Equal(t, []int{1, 4}, top)
	assert.Equal(t, []bool{false, false}, isNew)
	assert.Empty(t, left)
}

// TestRankWindow: the toy's total order is m2, m5, m3, m4, m1.
func TestRankWindow(t *testing.T) {
	res := apply(t, toy(), calc.DefaultScenario())
	assert.Equal(t, []int{1, 4, 2}, calc.RankWindow(res, calc.Total, 1, 3)) // first: the window starts at 1
	assert.Equal(t, []int{2, 3, 0}, calc.RankWindow(res, calc.Total, 0, 3)) // last: it ends at 5
	assert.Equal(t, []int{4, 2, 3}, calc.RankWindow(res, calc.Total, 2, 3)) // m3 in the middle
	assert.Equal(t, []int{1, 4, 2, 3, 0}, calc.RankWindow(res, calc.Total, 2, 9))
}

// TestNearestTargets: total actual − expected is m1 +50, m2 −30, m3 −5,
// m4 +30, m5 −40 persons; the timely conversations are 90, 85, 70, 75 %
// (m5 unknown), against a threshold of 80.
func TestNearestTargets(t *testing.T) {
	s, err := calc.DecodeScenario("v=1&conv=80")
	require.NoError(t, err)
	res := apply(t, toy(), s)
	require.Equal(t, 80.0, res.RuleSet.ConvMin)
	assert.Equal(t, []int{2, 1, 3}, calc.NearestResultTarget(res, 3))
	assert.Equal(t, []int{1, 3, 0, 2}, calc.NearestConversations(res, 9))
}
