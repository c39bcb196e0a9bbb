package calc

import (
	"cmp"
	"slices"
)

// Similar returns the indices of up to n municipalities closest to
// municipality i by expected total share in the official model (the
// model's summary of the framework conditions), nearest first; ties keep
// the dataset's order.
func Similar(r *Result, i, n int) []int {
	tot := r.Baseline.Areas[Total]
	if i < 0 || i >= len(tot) {
		return nil
	}
	x := tot[i].ExpectedShare
	idx := make([]int, 0, len(tot))
	for j := range tot {
		if j != i {
			idx = append(idx, j)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		da, db := tot[a].ExpectedShare-x, tot[b].ExpectedShare-x
		return cmp.Compare(da*da, db*db)
	})
	return idx[:min(n, len(idx))]
}
