package companion

import "math"

// series is one municipality's figures for one measure, by period; NaN
// marks a value the file gives as missing ("..").
type series map[period]float64

// coverage says how much of a window a series fills.
type coverage int

const (
	uncovered coverage = iota // nothing in the window
	partial                   // some months or quarters, not all
	covered                   // the whole window
)

// at returns the series' figure over window w: the window's own figure, a
// calendar-year figure (for the calendar-year window, or with yearAll for
// every window ending in that year), else the mean of its 12 months or its
// 4 quarters. For a partly filled window it returns the missing months or
// quarters, by code.
func (s series) at(w window, yearAll bool) (float64, coverage, []string) {
	if v, ok := s[period{gWindow, int(w)}]; ok {
		return known(v, period{gWindow, int(w)})
	}
	if y := (period{gYear, w.year()}); yearAll || w.lastQ()%4 == 3 {
		if v, ok := s[y]; ok {
			return known(v, y)
		}
	}
	mv, mMiss, mHave := s.mean(gMonth, w.months())
	qv, qMiss, qHave := s.mean(gQuarter, w.quarters())
	switch {
	case mHave == 12 && len(mMiss) == 0:
		return mv, covered, nil
	case qHave == 4 && len(qMiss) == 0:
		return qv, covered, nil
	case mHave > 0 && mHave >= qHave*3:
		return math.NaN(), partial, mMiss
	case qHave > 0:
		return math.NaN(), partial, qMiss
	}
	return math.NaN(), uncovered, nil
}

func known(v float64, p period) (float64, coverage, []string) {
	if math.IsNaN(v) {
		return v, partial, []string{p.String()}
	}
	return v, covered, nil
}

// mean averages the periods ns of granularity g; have counts those present
// (missing values included), miss lists those absent or missing.
func (s series) mean(g gran, ns []int) (v float64, miss []string, have int) {
	for _, n := range ns {
		x, ok := s[period{g, n}]
		if ok {
			have++
		}
		if !ok || math.IsNaN(x) {
			miss = append(miss, period{g, n}.String())
			continue
		}
		v += x
	}
	return v / float64(len(ns)), miss, have
}
