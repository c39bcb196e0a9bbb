package calc

import (
	"math"
	"math/rand/v2"
	"slices"
)

// Interval is a plausible range of ranks.
type Interval struct {
	Lo, Hi int // 2.5 and 97.5 percentiles of the simulated ranks
}

// RankSim simulates ranks under noise in the actual counts (model.md 4):
// A ~ Normal(A, φ·A·(1−s)), expected exact. It can run in steps so that a
// browser can spread the work over frames.
type RankSim struct {
	base  []float64 // ranked values (pp) of the result
	pop   []float64
	sd    []float64 // sd of the pp difference
	ranks [][]int32 // per municipality, one rank per draw
	done  int
	draws int
	rng   *rand.Rand
	vals  []float64
	idx   []int
}

// NewRankSim prepares a simulation for area a of the result's scenario
// ranking with the given number of draws, overdispersion phi and seed. The
// same seed gives the same intervals.
func NewRankSim(r *Result, a Area, draws int, phi float64, seed uint64) *RankSim {
	es := r.Scenario.Areas[a]
	n := len(es)
	s := &RankSim{base: make([]float64, n), pop: make([]float64, n), sd: make([]float64, n),
		ranks: make([][]int32, n), draws: draws, rng: rand.New(rand.NewPCG(seed, 0x9e3779b97f4a7c15)),
		vals: make([]float64, n), idx: make([]int, n)}
	for i, e := range es {
		s.base[i] = e.DiffPP
		s.pop[i] = e.Population
		A := math.Max(e.Actual, 0)
		sh := A / e.Population
		v := phi * A * (1 - sh)
		if v < 0 {
			v = 0
		}
		s.sd[i] = math.Sqrt(v) / e.Population * 100
		s.ranks[i] = make([]int32, 0, draws)
	}
	return s
}

// Step runs up to k more draws and reports whether the simulation is done.
func (s *RankSim) Step(k int) bool {
	n := len(s.base)
	for ; k > 0 && s.done < s.draws; k-- {
		for i := 0; i < n; i++ {
			s.vals[i] = s.base[i] + s.rng.NormFloat64()*s.sd[i]
			s.idx[i] = i
		}
		slices.SortFunc(s.idx, func(x, y int) int {
			switch {
			case s.vals[x] < s.vals[y]:
				return -1
			case s.vals[x] > s.vals[y]:
				return 1
			}
			return x - y
		})
		for r, i := range s.idx {
			s.ranks[i] = append(s.ranks[i], int32(r+1))
		}
		s.done++
	}
	return s.done >= s.draws
}

// Intervals returns each municipality's 95 % rank interval from the draws
// done so far.
func (s *RankSim) Intervals() []Interval {
	out := make([]Interval, len(s.ranks))
	buf := make([]int32, 0, s.draws)
	for i, rs := range s.ranks {
		if len(rs) == 0 {
			continue
		}
		buf = append(buf[:0], rs...)
		slices.Sort(buf)
		out[i] = Interval{int(percentile(buf, 0.025)), int(percentile(buf, 0.975))}
	}
	return out
}

func percentile(sorted []int32, q float64) int32 {
	k := int(math.Round(q * float64(len(sorted)-1)))
	return sorted[k]
}

// RankIntervals runs the whole simulation at once.
func RankIntervals(r *Result, a Area, draws int, phi float64, seed uint64) []Interval {
	s := NewRankSim(r, a, draws, phi, seed)
	s.Step(draws)
	return s.Intervals()
}

// Funnel holds what a funnel plot needs for one area of a result.
type Funnel struct {
	MeanShare float64 // s̄, the national share (fraction)
	Phi       float64
}

// NewFunnel computes the national share of the scenario ranking's area a.
func NewFunnel(r *Result, a Area, phi float64) Funnel {
	var A, P float64
	for _, e := range r.Scenario.Areas[a] {
		A += e.Actual
		P += e.Population
	}
	f := Funnel{Phi: phi}
	if P > 0 {
		f.MeanShare = A / P
	}
	return f
}

// Limit returns the funnel half-width in percentage points at population
// pop for the normal quantile z: z·100·sqrt(φ·s̄(1−s̄)/P).
func (f Funnel) Limit(z, pop float64) float64 {
	if pop <= 0 {
		return math.Inf(1)
	}
	return z * 100 * math.Sqrt(f.Phi*f.MeanShare*(1-f.MeanShare)/pop)
}

// Z is how many standard errors a difference lies from zero at population
// pop: |diffPP| / Limit(1, pop). A difference is Outside the limits for z
// when its Z exceeds z; the funnel plot labels the largest Z first.
func (f Funnel) Z(diffPP, pop float64) float64 {
	return math.Abs(diffPP) / f.Limit(1, pop)
}

// Outside reports whether a difference lies outside the limits for z.
func (f Funnel) Outside(z, diffPP, pop float64) bool {
	return math.Abs(diffPP) > f.Limit(z, pop)
}
