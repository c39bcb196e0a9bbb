package calc

import (
	"cmp"
	"slices"
)

// Mover is a municipality's move between the official model and a scenario.
type Mover struct {
	Index  int  // into Dataset.Municipalities
	Places int  // places climbed (negative = fell)
	Found  bool // false when nobody moved that way
}

// Count is a supervision count in the official model and in the scenario.
type Count struct{ Official, Scenario int }

// Delta is Scenario − Official.
func (c Count) Delta() int { return c.Scenario - c.Official }

// Headline is the four big numbers of a scenario against the official model
// (issue 13): who moves, the biggest climber and faller, the change in the
// national potential, and the change in the supervision counts.
type Headline struct {
	Area      Area
	Threshold int // ParamMoveThreshold
	Moved     int // municipalities moving at least Threshold places
	Climber   Mover
	Faller    Mover
	// Potential is the national potential (Σ Entry.Potential of the area),
	// kr. per year, and PotentialDelta the scenario's minus the official.
	Potential      [2]float64 // official, scenario
	PotentialDelta float64
	// FokusKnown is how many municipalities' focus-target figures are known
	// in the scenario; with 0 inspiration and risk are unknown and the
	// counts below say nothing.
	FokusKnown  int
	Inspiration Count
	Risk        Count
}

// Headline computes the headline of area a. The biggest climber is the one
// that climbed most places; ties go to the better scenario rank. Likewise the
// biggest faller, the one that fell most.
func (r *Result) Headline(a Area) Headline {
	h := Headline{Area: a, Threshold: int(Param(ParamMoveThreshold))}
	h.Moved = r.Moved(a, h.Threshold)
	h.Climber, h.Faller = r.extremeMovers(a)
	for k, rk := range []*Ranking{&r.Baseline, &r.Scenario} {
		if rk.Included[a] {
			for _, e := range rk.Areas[a] {
				h.Potential[k] += e.Potential
			}
		}
	}
	h.PotentialDelta = h.Potential[1] - h.Potential[0]
	h.FokusKnown = r.Scenario.FokusKnown()
	_, h.Inspiration.Official, h.Risk.Official = r.Baseline.Counts()
	_, h.Inspiration.Scenario, h.Risk.Scenario = r.Scenario.Counts()
	return h
}

func (r *Result) extremeMovers(a Area) (up, down Mover) {
	if !r.Scenario.Included[a] || !r.Baseline.Included[a] {
		return
	}
	rank := func(i int) int { return r.Scenario.Areas[a][i].Rank }
	for i := range r.Dataset.Municipalities {
		c := r.RankChange(a, i)
		if c > 0 && (!up.Found || c > up.Places || c == up.Places && rank(i) < rank(up.Index)) {
			up = Mover{i, c, true}
		}
		if c < 0 && (!down.Found || c < down.Places || c == down.Places && rank(i) < rank(down.Index)) {
			down = Mover{i, c, true}
		}
	}
	return
}

// Movers are the municipalities moving at least places in area a (the rows
// behind Headline.Moved), the biggest moves first, ties by scenario rank.
func (r *Result) Movers(a Area, places int) []int {
	var out []int
	for i := range r.Dataset.Municipalities {
		if c := r.RankChange(a, i); c >= places || -c >= places {
			out = append(out, i)
		}
	}
	slices.SortFunc(out, func(x, y int) int {
		ax, ay := abs(r.RankChange(a, x)), abs(r.RankChange(a, y))
		return cmp.Or(cmp.Compare(ay, ax), cmp.Compare(r.Scenario.Areas[a][x].Rank, r.Scenario.Areas[a][y].Rank))
	})
	return out
}

// StatusChanges are the municipalities whose inspiration or risk status
// differs between the official model and the scenario (the rows behind the
// headline's supervision counts), in dataset order.
func (r *Result) StatusChanges() []int {
	var out []int
	for i := range r.Scenario.Status {
		b, s := r.Baseline.Status[i], r.Scenario.Status[i]
		if b.Inspiration != s.Inspiration || b.Risk != s.Risk {
			out = append(out, i)
		}
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
