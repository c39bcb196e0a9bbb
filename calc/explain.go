package calc

// Lever groups: the parts of a scenario that can be applied alone on the
// official model to see what each does (Explainer).
const (
	LeverScope      = "scope"      // Scope, Areas
	LeverWeighting  = "weighting"  // Weighting, Weights (with the scenario's prices)
	LeverReestimate = "reestimate" // Reestimate, CovariatesOff
	LeverCaseload   = "caseload"   // Caseload, Reforms and their parameters
	LeverTransfers  = "transfers"  // Transfers
	LeverLens       = "lens"       // Lens, VesselsElasticity
)

// LeverGroups lists the lever groups in the order explanations name them.
var LeverGroups = []string{LeverScope, LeverWeighting, LeverReestimate, LeverCaseload, LeverTransfers, LeverLens}

// alone returns the official model with only group g of s set, or false
// when s leaves the group at its default. Period, prices, focus overrides
// and φ are kept: the baseline has them too.
func alone(s Scenario, g string) (Scenario, bool) {
	d := DefaultScenario()
	d.Period, d.Prices, d.Fokus, d.Phi = s.Period, s.Prices, s.Fokus, s.Phi
	switch g {
	case LeverScope:
		d.Scope, d.Areas = s.Scope, s.Areas
		return d, s.Scope != ScopeOfficial
	case LeverWeighting:
		d.Weighting, d.Weights = s.Weighting, s.Weights
		return d, s.Weighting != WeightVolume
	case LeverReestimate:
		d.Reestimate, d.CovariatesOff = s.Reestimate, s.CovariatesOff
		return d, s.Reestimate
	case LeverCaseload:
		d.Caseload, d.Reforms = s.Caseload, s.Reforms
		d.Epsilon, d.PhaseIn, d.Years, d.CaseworkerCost = s.Epsilon, s.PhaseIn, s.Years, s.CaseworkerCost
		return d, len(s.Caseload)+len(s.Reforms) > 0
	case LeverTransfers:
		d.Transfers = s.Transfers
		return d, len(s.Transfers) > 0
	case LeverLens:
		d.Lens, d.VesselsElasticity = s.Lens, s.VesselsElasticity
		return d, s.Lens
	}
	return d, false
}

// LeverRun is one lever group of a scenario applied alone on the official
// model.
type LeverRun struct {
	Group  string
	Result *Result // nil when Err
	Err    error   // the group cannot run alone (e.g. a custom weighting of areas outside the official scope)
}

// AreaPull is one area's part in a municipality's total.
type AreaPull struct {
	Area        Area
	DiffPersons float64
	DiffPP      float64 // the area's own pp difference
	Weight      float64 // its weight in the total
	// Contribution is what the area adds to the total's score: Weight ×
	// DiffPP (pp), or under the rank-mean weighting its rank's distance
	// from the middle divided by the number of areas (places). Negative
	// pulls the municipality up.
	Contribution float64
	Rank         int
}

// LeverEffect is how many places one lever group alone moves a
// municipality on the official model (positive = climbs).
type LeverEffect struct {
	Group  string
	Places int
	Err    error // the group could not run alone; Places is 0
}

// Explanation is everything the paragraph about one municipality's result
// says, as calc's numbers (app/text words it).
type Explanation struct {
	Index    int // into Dataset.Municipalities
	N        int // municipalities ranked
	Total    Entry
	Official Entry // the official model's total
	Change   int   // places climbed against the official model
	Scenario bool  // the result is a scenario, not the official model
	ByRank   bool  // the total is the mean of area ranks
	Pulls    []AreaPull
	Up, Down *AreaPull // the area that pulls most up (nil when none pulls up) and most down
	Interval Interval  // plausible rank interval (95 %)
	Status   Status
	// OfficialStatus is the official model's status, for a scenario.
	OfficialStatus Status
	Levers         []LeverEffect // under a scenario: each lever group alone
	LeverSum       int           // Σ Levers' places; need not equal Change
}

// Explainer computes explanations for the municipalities of one result:
// the rank intervals and each lever group alone are computed once.
type Explainer struct {
	r         *Result
	intervals []Interval
	levers    []LeverRun
}

// NewExplainer prepares explanations of r's total. intervals are the rank
// intervals of r's total as shown elsewhere (the table's); nil computes
// them with ParamDraws, the scenario's φ and seed 1.
func NewExplainer(r *Result, intervals []Interval) *Explainer {
	if intervals == nil {
		phi := r.Settings.Phi
		if !(phi > 0) {
			phi = Param(ParamPhi)
		}
		intervals = RankIntervals(r, Total, int(Param(ParamDraws)), phi, 1)
	}
	x := &Explainer{r: r, intervals: intervals}
	if !r.Settings.IsOfficial() {
		x.levers = LeverRuns(r)
	}
	return x
}

// LeverRuns applies each lever group of r's scenario alone on the official
// model of r's period.
func LeverRuns(r *Result) []LeverRun {
	var out []LeverRun
	s := r.Settings
	s.Period = r.Dataset.Periods[r.Period].Code
	for _, g := range LeverGroups {
		sc, ok := alone(s, g)
		if !ok {
			continue
		}
		res, err := Apply(r.Dataset, sc)
		out = append(out, LeverRun{Group: g, Result: res, Err: err})
	}
	return out
}

// Explain returns the explanation of municipality i.
func (x *Explainer) Explain(i int) Explanation {
	r := x.r
	e := Explanation{Index: i, N: len(r.Dataset.Municipalities), Total: r.Scenario.Areas[Total][i],
		Official: r.Baseline.Areas[Total][i], Change: r.RankChange(Total, i), Scenario: !r.Settings.IsOfficial(),
		ByRank: r.Settings.Weighting == WeightRankMean, Status: r.Scenario.Status[i], OfficialStatus: r.Baseline.Status[i]}
	if i < len(x.intervals) {
		e.Interval = x.intervals[i]
	}
	e.Pulls = pulls(&r.Scenario, i, e.ByRank)
	for k := range e.Pulls {
		p := &e.Pulls[k]
		if p.Contribution < 0 && (e.Up == nil || p.Contribution < e.Up.Contribution) {
			e.Up = p
		}
		if p.Contribution > 0 && (e.Down == nil || p.Contribution > e.Down.Contribution) {
			e.Down = p
		}
	}
	for _, l := range x.levers {
		le := LeverEffect{Group: l.Group, Err: l.Err}
		if l.Err == nil {
			le.Places = l.Result.RankChange(Total, i)
		}
		e.Levers = append(e.Levers, le)
		e.LeverSum += le.Places
	}
	return e
}

// pulls are the parts of municipality i's total, one per area in it.
func pulls(rk *Ranking, i int, byRank bool) []AreaPull {
	var out []AreaPull
	nin := 0
	for _, a := range Areas {
		if rk.InTotal[a] {
			nin++
		}
	}
	for _, a := range Areas {
		if !rk.InTotal[a] || !rk.Included[a] {
			continue
		}
		en := rk.Areas[a][i]
		p := AreaPull{Area: a, DiffPersons: en.DiffPersons, DiffPP: en.DiffPP, Weight: rk.Weights[a],
			Contribution: rk.Weights[a] * en.DiffPP, Rank: en.Rank}
		if byRank {
			mid := float64(len(rk.Areas[a])+1) / 2
			p.Contribution = (float64(en.Rank) - mid) / float64(nin)
		}
		out = append(out, p)
	}
	return out
}
