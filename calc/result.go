package calc

// Entry is one municipality's figures in one area (or the total) of a ranking.
type Entry struct {
	Population    float64 // residents 16–66
	Actual        float64 // full-time persons
	Expected      float64 // full-time persons
	DiffPersons   float64 // Actual − Expected (positive = worse than expected)
	ActualShare   float64 // pct. of Population
	ExpectedShare float64 // pct. of Population
	DiffPP        float64 // percentage-point difference, actual − expected share
	// Score is the ranked value: DiffPP, except for the total under the
	// rank-mean weighting, where it is the mean of the area ranks.
	Score         float64
	Rank          int     // 1 = best
	PublishedRank int     // 0 when unknown or not comparable
	Potential     float64 // kr. per year: Σ (A − E) × price; positive = could have saved
}

// Status is a municipality's supervision status (model.md 1.6).
type Status struct {
	ResultMet     bool // total actual ≤ total expected
	FokusKnown    bool // focus-target figures are available
	FokusMet      bool
	Conversations float64
	Offers        float64
	Inspiration   bool // meets resultatmål and fokusmål
	Risk          bool // fails both: risk of skærpet tilsyn
}

// Ranking is one complete list: every area and the total.
type Ranking struct {
	Included [NumAreas]bool    // areas computed in this ranking (Total always)
	InTotal  [NumAreas]bool    // areas summed into the total
	KTH2017  bool              // kth taken in the 2017 scope
	Weights  [NumAreas]float64 // each area's weight in the total's pp (0 outside the total)
	Areas    [NumAreas][]Entry
	Status   []Status
}

// Fit is a re-estimated expected model for one area (model.md 3.2): a
// population-weighted least-squares fit of the area's share on covariates.
// Names and Means are shared with the other fits on the same covariates,
// in this result and in others (the design is memoised): treat them as
// read-only.
type Fit struct {
	Area      Area
	Names     []string  // covariate IDs; "proxy" for the official expected total share
	Coef      []float64 // per covariate, in its own unit (pct. points of share per unit)
	Intercept float64
	Means     []float64 // population-weighted mean of each covariate
	MeanShare float64   // population-weighted mean share (the national average)
	R2        float64   // population-weighted R²
	N         int
	Proxy     bool // the fit used the official expected total share as its covariate
}

// Investment is a municipality's caseload investment case (model.md 3.3).
type Investment struct {
	Code             int
	Index            int
	Area             Area
	From, To         float64 // caseload c0 → c1
	Cases            float64 // ≈ the area's full-time persons
	ExtraCaseworkers float64 // cases/c1 − cases/c0
	CaseworkerCost   float64 // kr. per year
	PersonsFull      float64 // fewer full-time persons after full phase-in
	Persons          float64 // fewer full-time persons at Scenario.Years
	BenefitSaved     float64 // kr. per year: Persons × price
	Net              float64 // BenefitSaved − CaseworkerCost, kr. per year
	Reform           bool    // made by a caseload reform, not the municipality's own entry
	DefaultFrom      bool    // From is the default current caseload: the data has none
}

// Result is the outcome of a scenario: the official baseline and the
// scenario side by side.
type Result struct {
	Dataset     *Dataset
	Period      int // index into Dataset.Periods
	Settings    Scenario
	RuleSet     RuleSet // the effective supervision rule set of the scenario
	Baseline    Ranking
	Scenario    Ranking
	Fits        [NumAreas]*Fit // re-estimated areas of the scenario
	Investments []Investment   // sorted by kommunekode and area
	Reform      ReformSummary  // what the caseload reforms covered (zero without reforms)
	// Notes are caveats the scenario produced (e.g. an approximation used).
	Notes []string
}

// RankChange is how many places municipality i climbed in area a from the
// baseline to the scenario (positive = better), or 0 when the area is not in
// both rankings.
func (r *Result) RankChange(a Area, i int) int {
	if !r.Baseline.Included[a] || !r.Scenario.Included[a] {
		return 0
	}
	return r.Baseline.Areas[a][i].Rank - r.Scenario.Areas[a][i].Rank
}

// Moved counts the municipalities whose rank in area a changed by at least
// places.
func (r *Result) Moved(a Area, places int) int {
	n := 0
	for i := range r.Dataset.Municipalities {
		if c := r.RankChange(a, i); c >= places || -c >= places {
			n++
		}
	}
	return n
}

// Counts of supervision outcomes in a ranking.
func (rk *Ranking) Counts() (resultMet, inspiration, risk int) {
	for _, s := range rk.Status {
		if s.ResultMet {
			resultMet++
		}
		if s.Inspiration {
			inspiration++
		}
		if s.Risk {
			risk++
		}
	}
	return
}

// FokusKnown counts the municipalities whose focus-target figures are known:
// inspiration and risk can only be told for them.
func (rk *Ranking) FokusKnown() int {
	n := 0
	for _, s := range rk.Status {
		if s.FokusKnown {
			n++
		}
	}
	return n
}

// Order returns municipality indices in rank order for area a.
func (rk *Ranking) Order(a Area) []int {
	e := rk.Areas[a]
	out := make([]int, len(e))
	for i := range e {
		if r := e[i].Rank; r >= 1 && r <= len(e) {
			out[r-1] = i
		}
	}
	return out
}
