package calc

import (
	"math"
	"slices"
)

// sumCounts is the sum of the official areas' published counts.
func sumCounts(r *Row, actual bool) float64 {
	s := 0.0
	for _, a := range OfficialAreas {
		if actual {
			s += r.Areas[a].Actual
		} else {
			s += r.Areas[a].Expected
		}
	}
	return s
}

func sumShares(r *Row, actual bool) float64 {
	s := 0.0
	for _, a := range OfficialAreas {
		f := &r.Areas[a]
		switch {
		case f.HasShares && actual:
			s += f.ActualShare
		case f.HasShares:
			s += f.ExpectedShare
		case actual:
			s += f.Actual / r.Population * 100
		default:
			s += f.Expected / r.Population * 100
		}
	}
	return s
}

// rankKey is what a ranking sorts on, copied out of the entries so that the
// sort touches one small contiguous slice.
type rankKey struct {
	score, diff float64
	pub, idx    int32
}

func cmpRankKey(a, b rankKey) int {
	switch {
	case a.score < b.score:
		return -1
	case a.score > b.score:
		return 1
	}
	if a.pub > 0 && b.pub > 0 && a.pub != b.pub {
		return int(a.pub - b.pub)
	}
	switch {
	case a.diff < b.diff:
		return -1
	case a.diff > b.diff:
		return 1
	}
	return int(a.idx - b.idx)
}

// tieRound rounds a ranked value to 1e-9 so that float noise does not break
// ties: published shares have two decimals, and 2,41 − 2,34 and 3,44 − 3,37
// must compare equal so that the published rank decides between them.
func tieRound(v float64) float64 { return math.Round(v*1e9) / 1e9 }

// rankEntries sets Rank: ascending Score, ties broken by the published rank
// where both have one, then by the percentage-point difference, then by the
// order in the dataset. Ranks are 1..n with no shared ranks.
//
// a says which of the scratch's remembered orders to start from (see
// rankPacked); it does not change the ranks.
func rankEntries(es []Entry, a Area, sc *scratch) {
	n := len(es)
	if n < 1<<idxBits && rankPacked(es, a, sc) {
		return
	}
	keys := make([]rankKey, n)
	for i := range es {
		keys[i] = rankKey{tieRound(es[i].Score), tieRound(es[i].DiffPP), int32(es[i].PublishedRank), int32(i)}
	}
	slices.SortFunc(keys, cmpRankKey)
	for r, k := range keys {
		es[k.idx].Rank = r + 1
	}
}

const (
	idxBits   = 15
	scoreBits = 64 - idxBits
)

// rankPacked sorts on one uint64 per entry — the score in 1e-9 steps in the
// high bits, the index in the low bits — which is several times faster than
// a sort with a comparison function; runs of equal scores are then ordered
// by the full tie-break rule.
//
// Below radixMin the keys are laid out in the order of the last ranking
// of area a made with this scratch: while a lever is dragged each
// recompute's order is close to the last one, and the sort
// (pattern-defeating quicksort) runs through nearly sorted input in about
// linear time. Every key is distinct (it holds the index), so the sorted
// keys, and the ranks, do not depend on the order they start in. (The radix
// sort gains nothing from it, and the larger lists would be read out of
// order.)
func rankPacked(es []Entry, a Area, sc *scratch) bool {
	n := len(es)
	keys := sc.keys[:n]
	lim := float64(int64(1) << (scoreBits - 1))
	if n >= radixMin {
		for i := range es {
			v := math.Round(es[i].Score * 1e9)
			if !(v > -lim && v < lim) {
				return false // out of range or NaN: the caller sorts the general way
			}
			keys[i] = uint64(int64(v)+int64(lim))<<idxBits | uint64(i)
		}
		sc.sort = grow(sc.sort, n)
		radixSort(keys, sc.sort)
	} else {
		ord := sc.order[a]
		if len(ord) != n {
			ord = make([]int32, n)
			for i := range ord {
				ord[i] = int32(i)
			}
			sc.order[a] = ord
		}
		for j, i := range ord {
			v := math.Round(es[i].Score * 1e9)
			if !(v > -lim && v < lim) {
				return false
			}
			keys[j] = uint64(int64(v)+int64(lim))<<idxBits | uint64(i)
		}
		slices.Sort(keys)
		for r, k := range keys {
			ord[r] = int32(k & (1<<idxBits - 1))
		}
	}
	run := sc.run[:0]
	for start := 0; start < n; {
		end := start + 1
		for end < n && keys[end]>>idxBits == keys[start]>>idxBits {
			end++
		}
		if end-start == 1 {
			es[keys[start]&(1<<idxBits-1)].Rank = start + 1
		} else {
			run = run[:0]
			for _, k := range keys[start:end] {
				i := int(k & (1<<idxBits - 1))
				run = append(run, rankKey{0, tieRound(es[i].DiffPP), int32(es[i].PublishedRank), int32(i)})
			}
			slices.SortFunc(run, cmpRankKey)
			for r, k := range run {
				es[k.idx].Rank = start + r + 1
			}
		}
		start = end
	}
	sc.run = run[:0] // keep what it grew to
	return true
}

// radixMin is the smallest input radixSort sorts by radix.
const radixMin = 512

// radixSort sorts keys in place: least-significant-byte first, skipping
// bytes every key shares, with buf (as long as keys) as its second buffer.
// For small inputs it defers to slices.Sort and needs no buf.
func radixSort(keys, buf []uint64) {
	n := len(keys)
	if n < radixMin {
		slices.Sort(keys)
		return
	}
	src, dst := keys, buf[:n]
	var count [256]int
	for shift := uint(0); shift < 64; shift += 8 {
		count = [256]int{}
		for _, k := range src {
			count[byte(k>>shift)]++
		}
		if count[byte(src[0]>>shift)] == n {
			continue // every key has the same byte here
		}
		sum := 0
		for b := range count {
			c := count[b]
			count[b] = sum
			sum += c
		}
		for _, k := range src {
			b := byte(k >> shift)
			dst[count[b]] = k
			count[b]++
		}
		src, dst = dst, src
	}
	if &src[0] != &keys[0] {
		copy(keys, src)
	}
}
