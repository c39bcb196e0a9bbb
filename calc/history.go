package calc

// History is a scenario applied to every period of a dataset: the ranks
// across periods that the rank-history chart and the municipality page
// show. Step computes one period at a time, so that a browser frame stays
// short; RankHistory computes them all.
type History struct {
	Dataset  *Dataset
	Scenario Scenario  // its Period is ignored
	Results  []*Result // per period; nil where not yet computed or the scenario cannot be applied
	next     int
}

// NewHistory prepares the history of scenario s on ds; nothing is computed
// yet.
func NewHistory(ds *Dataset, s Scenario) *History {
	s = s.Clone()
	s.Period = ""
	return &History{Dataset: ds, Scenario: s, Results: make([]*Result, len(ds.Periods))}
}

// RankHistory is NewHistory with every period computed.
func RankHistory(ds *Dataset, s Scenario) *History {
	h := NewHistory(ds, s)
	for !h.Step(nil) {
	}
	return h
}

// Step computes the next period, taking cur instead when it is that
// period's result of the same scenario, and reports whether every period is
// done.
func (h *History) Step(cur *Result) bool {
	if h.next >= len(h.Results) {
		return true
	}
	t := h.next
	h.next++
	if cur != nil && cur.Dataset == h.Dataset && cur.Period == t {
		h.Results[t] = cur
	} else {
		s := h.Scenario.Clone()
		s.Period = h.Dataset.Periods[t].Code
		if r, err := Apply(h.Dataset, s); err == nil {
			h.Results[t] = r
		}
	}
	return h.next >= len(h.Results)
}

// Done reports whether every period is computed.
func (h *History) Done() bool { return h.next >= len(h.Results) }

// Ranks returns municipality i's rank in area a in every period, under the
// scenario (official false) or in the official model; 0 where the period
// is not computed, could not be computed or has no such area.
func (h *History) Ranks(a Area, i int, official bool) []int {
	out := make([]int, len(h.Results))
	for t, r := range h.Results {
		if r == nil {
			continue
		}
		rk := &r.Scenario
		if official {
			rk = &r.Baseline
		}
		if rk.Included[a] {
			out[t] = rk.Areas[a][i].Rank
		}
	}
	return out
}

// Periods counts the computed periods that have area a in the scenario.
func (h *History) Periods(a Area) int {
	n := 0
	for _, r := range h.Results {
		if r != nil && r.Scenario.Included[a] {
			n++
		}
	}
	return n
}

// Breaks are the periods whose official scope differs from the period
// before: the ranks on either side are not comparable when the scenario
// follows the official scope (a fixed scope preset keeps them comparable,
// and then there are none).
func (h *History) Breaks() []int {
	if h.Scenario.Scope != ScopeOfficial {
		return nil
	}
	var out []int
	ps := h.Dataset.Periods
	for t := 1; t < len(ps); t++ {
		if ps[t].Scope != ps[t-1].Scope {
			out = append(out, t)
		}
	}
	return out
}
