package calc

import (
	"cmp"
	"math"
	"slices"
)

// The figures the guided tour states about a result, computed here so that
// the tour only reads them.

// IntervalsApart compares the plausible rank intervals of the given
// municipalities pairwise: how many pairs there are, how many of them do
// not overlap (their ranks are told apart), and the median interval width
// in places (Hi − Lo + 1; the upper median for an even count).
func IntervalsApart(iv []Interval, idx []int) (pairs, apart, medianWidth int) {
	widths := make([]int, 0, len(idx))
	for x, i := range idx {
		a := iv[i]
		widths = append(widths, a.Hi-a.Lo+1)
		for _, j := range idx[x+1:] {
			b := iv[j]
			pairs++
			if a.Hi < b.Lo || b.Hi < a.Lo {
				apart++
			}
		}
	}
	if len(widths) == 0 {
		return 0, 0, 0
	}
	slices.Sort(widths)
	return pairs, apart, widths[len(widths)/2]
}

// OutsideFunnel counts the municipalities of area a outside the funnel's
// limits at z standard errors.
func OutsideFunnel(r *Result, a Area, f Funnel, z float64) int {
	n := 0
	for _, e := range r.Scenario.Areas[a] {
		if f.Outside(z, e.DiffPP, e.Population) {
			n++
		}
	}
	return n
}

// TopChange compares the first n places of area a in the scenario with the
// official model's: the scenario's top n (in rank order), which of them are
// new there, and the official top n that left it (in official order).
func TopChange(r *Result, a Area, n int) (top []int, isNew []bool, left []int) {
	sc, base := r.Scenario.Order(a), r.Baseline.Order(a)
	top, was := sc[:min(n, len(sc))], base[:min(n, len(base))]
	for _, i := range top {
		isNew = append(isNew, !slices.Contains(was, i))
	}
	for _, i := range was {
		if !slices.Contains(top, i) {
			left = append(left, i)
		}
	}
	return top, isNew, left
}

// RankWindow returns n municipalities around municipality i's place in area
// a of the scenario, in rank order: i in the middle where the list allows.
func RankWindow(r *Result, a Area, i, n int) []int {
	order := r.Scenario.Order(a)
	rank := r.Scenario.Areas[a][i].Rank
	lo := max(1, min(rank-n/2, len(order)-n+1))
	var out []int
	for k := lo; k < lo+n && k <= len(order); k++ {
		out = append(out, order[k-1])
	}
	return out
}

// NearestResultTarget returns the n municipalities closest to the result
// target (actual = expected in the total), closest first; ties keep the
// dataset's order.
func NearestResultTarget(r *Result, n int) []int {
	tot := r.Scenario.Areas[Total]
	return nearest(len(tot), n, nil, func(i int) float64 { return math.Abs(tot[i].DiffPersons) })
}

// NearestConversations returns the n municipalities with known focus-target
// figures whose share of timely conversations is closest to the rule set's
// threshold, closest first.
func NearestConversations(r *Result, n int) []int {
	st := r.Scenario.Status
	thr := r.RuleSet.ConvMin
	return nearest(len(st), n, func(i int) bool { return st[i].FokusKnown },
		func(i int) float64 { return math.Abs(st[i].Conversations - thr) })
}

func nearest(count, n int, keep func(int) bool, dist func(int) float64) []int {
	idx := make([]int, 0, count)
	for i := 0; i < count; i++ {
		if keep == nil || keep(i) {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(dist(a), dist(b)) })
	return idx[:min(n, len(idx))]
}
