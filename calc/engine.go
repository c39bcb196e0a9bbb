package calc

import (
	"fmt"
	"math"
	"slices"
	"sync"
)

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

// Apply runs the scenario on the dataset and returns the baseline (the
// official model for the same period) and the scenario side by side.
func Apply(ds *Dataset, s Scenario) (*Result, error) {
	pi := len(ds.Periods) - 1
	if s.Period != "" {
		pi = ds.PeriodIndex(s.Period)
		if pi < 0 {
			return nil, &ApplyError{Kind: ErrNoPeriod, Period: s.Period}
		}
	}
	if pi < 0 {
		return nil, &ApplyError{Kind: ErrNoPeriod}
	}
	res := &Result{Dataset: ds, Period: pi, Settings: s}
	var err error
	if res.Baseline, err = baseline(ds, pi, &s); err != nil {
		return nil, err
	}
	if err = compute(ds, pi, &s, &res.Scenario, res); err != nil {
		return nil, err
	}
	return res, nil
}

// baseMemo keeps the last baseline: while a lever is dragged the official
// model does not change, so it is computed once. The key holds every input
// of the baseline, including a checksum of the period's figures, so a
// dataset edited in place is never served a stale baseline. Results share
// the memoised Ranking: treat results as read-only.
var baseMemo struct {
	sync.Mutex
	ds  *Dataset
	pi  int
	key string
	sum uint64
	r   Ranking
}

func baseline(ds *Dataset, pi int, s *Scenario) (Ranking, error) {
	base := DefaultScenario()
	base.Prices = s.Prices
	base.Fokus = s.Fokus
	key := fmt.Sprint(base.Prices, base.Fokus, len(ds.Municipalities))
	sum := checksum(&ds.Periods[pi])
	baseMemo.Lock()
	defer baseMemo.Unlock()
	if baseMemo.ds == ds && baseMemo.pi == pi && baseMemo.key == key && baseMemo.sum == sum {
		return baseMemo.r, nil
	}
	var r Ranking
	if err := compute(ds, pi, &base, &r, nil); err != nil {
		return Ranking{}, err
	}
	baseMemo.ds, baseMemo.pi, baseMemo.key, baseMemo.sum, baseMemo.r = ds, pi, key, sum, r
	return r, nil
}

// checksum mixes every figure of a period that the baseline reads.
func checksum(p *Period) uint64 {
	h := uint64(14695981039346656037)
	mix := func(v float64) { h = (h ^ math.Float64bits(v)) * 1099511628211 }
	mixF := func(f *Figures) {
		mix(f.Actual)
		mix(f.Expected)
		mix(f.ActualShare)
		mix(f.ExpectedShare)
		b := 0.0
		if f.Known {
			b++
		}
		if f.HasShares {
			b += 2
		}
		if f.HasExpected {
			b += 4
		}
		mix(b + 8*float64(f.PublishedRank))
	}
	mix(float64(len(p.Rows)))
	for i := range p.Rows {
		r := &p.Rows[i]
		mix(r.Population)
		for a := range r.Areas {
			mixF(&r.Areas[a])
		}
		mixF(&r.KTH2017Excluded)
		mix(r.Fokus.Conversations)
		mix(r.Fokus.Offers)
		if r.Fokus.Known {
			mix(1)
		}
	}
	mix(float64(len(p.Scope)))
	for _, c := range p.Scope + p.RuleSet {
		mix(float64(c))
	}
	return h
}

// work holds one area's intermediate figures for every municipality.
type work struct {
	a, e, d, as, es []float64 // actual, expected, pp difference, shares
	pub             []int
}

func newWork(n int) work {
	return work{make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n), make([]int, n)}
}

// scratch is the per-recompute working memory that does not outlive
// compute; it is reused through a pool because in the browser the garbage
// collector, not the arithmetic, dominates a recompute.
type scratch struct {
	n    int
	w    [NumAreas]work
	dA   [NumAreas][]float64
	rawD []float64
	keys []uint64
}

var scratchPool sync.Pool

func getScratch(n int) *scratch {
	if s, ok := scratchPool.Get().(*scratch); ok && s.n == n {
		for a := range s.dA {
			if s.dA[a] != nil {
				clear(s.dA[a])
			}
		}
		clear(s.rawD)
		return s
	}
	s := &scratch{n: n, rawD: make([]float64, n), keys: make([]uint64, n)}
	for a := range s.w {
		s.w[a] = newWork(n)
	}
	return s
}

// effectiveRuleSet returns the rule set a scenario applies in a period.
func effectiveRuleSet(s *Scenario, p *Period) RuleSet {
	if s.RuleSet != "" {
		return RuleSet{ID: s.RuleSet, ConvMin: s.ConvMin, UseOffers: s.UseOffers, OfferMin: s.OfferMin}
	}
	if r, ok := RuleSetByID(p.RuleSet); ok {
		return r
	}
	r, _ := RuleSetByID("2021")
	return r
}

// computation is one recompute of a ranking: the period, the scenario, the
// working memory, and the ranking being filled. compute runs its steps in
// order; each step reads what the ones before it wrote.
type computation struct {
	ds      *Dataset
	pi      int
	p       *Period
	s       *Scenario
	out     *Ranking
	res     *Result // nil for the baseline: no notes, fits or investments
	n       int
	in      [NumAreas]bool // areas in the total
	kth2017 bool
	sc      *scratch
	w       *[NumAreas]work
	dA      [NumAreas][]float64 // change in actual persons per area, nil when none
	weights [NumAreas]float64
}

func compute(ds *Dataset, pi int, s *Scenario, out *Ranking, res *Result) error {
	p := &ds.Periods[pi]
	n := len(p.Rows)
	if n == 0 || n != len(ds.Municipalities) {
		return &ApplyError{Kind: ErrRows, Period: p.Code, Got: n, Want: len(ds.Municipalities)}
	}
	c := &computation{ds: ds, pi: pi, p: p, s: s, out: out, res: res, n: n, sc: getScratch(n)}
	defer scratchPool.Put(c.sc)
	c.w = &c.sc.w
	c.in, c.kth2017 = s.ScopeAreas(p.Scope)
	out.InTotal, out.KTH2017 = c.in, c.kth2017
	out.Included = [NumAreas]bool{Total: true}
	for _, step := range []func() error{c.areaFigures, c.lens, c.caseload, c.transfers, c.expected, c.areaEntries, c.total} {
		if err := step(); err != nil {
			return err
		}
	}
	c.supervision()
	return nil
}

func (c *computation) note(id string) {
	if c.res != nil && !slices.Contains(c.res.Notes, id) {
		c.res.Notes = append(c.res.Notes, id)
	}
}

// areaFigures copies each area's figures from the data (step 1), taking kth
// in the 2017 scope where the scenario asks for it, and sums the official
// areas' published pp differences for the total's rounding offset.
func (c *computation) areaFigures() error {
	rows, w, rawD := c.p.Rows, c.w, c.sc.rawD
	for _, a := range Areas {
		if !c.p.HasArea(a) && !(a == FP && c.s.Lens) {
			if c.in[a] {
				return &ApplyError{Kind: ErrAreaMissing, Area: a, Period: c.p.Code}
			}
			continue
		}
		c.out.Included[a] = true
		for i := range rows {
			r := &rows[i]
			f := r.Areas[a]
			P := r.Population
			A, E := f.Actual, f.Expected
			as, es := A/P*100, E/P*100
			if f.HasShares {
				as, es = f.ActualShare, f.ExpectedShare
			}
			official := a == DP || a == KTH || a == SYG
			if official {
				rawD[i] += as - es
			}
			pub := f.PublishedRank
			if a == KTH && c.kth2017 {
				A, E, as, es = c.kth2017Figures(r, A, E, as, es)
				pub = 0
			}
			if !official {
				pub = 0
			}
			w[a].a[i], w[a].e[i], w[a].as[i], w[a].es[i], w[a].pub[i] = A, E, as, es, pub
		}
	}
	return nil
}

// kth2017Figures takes ledighedsydelse and ressourceforløbsydelse out of
// kth: from the sub-benefits where the data has them, else by their
// national share (noted as an approximation).
func (c *computation) kth2017Figures(r *Row, A, E, as, es float64) (float64, float64, float64, float64) {
	if x := r.KTH2017Excluded; x.Known {
		P := r.Population
		return A - x.Actual, E - x.Expected, as - x.Actual/P*100, es - x.Expected/P*100
	}
	k := 1 - Param(ParamKTH2017Share)/100
	c.note("kth2017-approx")
	return A * k, E * k, as * k, es * k
}

// lens is the connected-vessels lens: fp actual follows the kth deviation.
func (c *computation) lens() error {
	if !c.s.Lens {
		return nil
	}
	w := c.w
	for i := range c.p.Rows {
		r := &c.p.Rows[i]
		P := r.Population
		kth := r.Areas[KTH]
		eFP := w[FP].e[i]
		if !r.Areas[FP].Known || !r.Areas[FP].HasExpected {
			eFP = Param(ParamFPShare) / 100 * P
			c.note("fp-national-share")
		}
		rel := 0.0
		if kth.Expected > 0 {
			rel = (kth.Actual - kth.Expected) / kth.Expected
		}
		aFP := eFP * (1 + c.s.VesselsElasticity*rel)
		w[FP].a[i], w[FP].e[i] = aFP, eFP
		w[FP].as[i], w[FP].es[i] = aFP/P*100, eFP/P*100
	}
	return nil
}

// addDA adds v full-time persons to area a's actual in municipality i.
func (c *computation) addDA(a Area, i int, v float64) {
	if c.dA[a] == nil {
		if c.sc.dA[a] == nil {
			c.sc.dA[a] = make([]float64, c.n)
		}
		c.dA[a] = c.sc.dA[a]
	}
	c.dA[a][i] += v
}

func (c *computation) index(code int) (int, error) {
	i := c.ds.MunicipalityIndex(code)
	if i < 0 {
		return -1, &ApplyError{Kind: ErrNoMunicipality, Code: code}
	}
	return i, nil
}

// caseload applies the caseload levers and reforms (model.md 3.3 and 7)
// and records each municipality's investment case.
func (c *computation) caseload() error {
	s := c.s
	for _, l := range s.Caseload {
		if _, err := c.index(l.Code); err != nil {
			return err
		}
	}
	for _, r := range s.Reforms {
		if !c.out.Included[r.Area] || r.Area == Total {
			return &ApplyError{Kind: ErrLeverArea, Lever: "reform", Area: r.Area}
		}
	}
	levers := s.ResolveCaseload(c.ds, c.pi)
	if c.res != nil && len(s.Reforms) > 0 {
		c.res.Reform = s.summarizeReforms(c.ds, c.p, levers)
	}
	for _, l := range levers {
		if err := c.caseloadLever(l); err != nil {
			return err
		}
	}
	return nil
}

// caseloadLever applies one lever: ΔA = −ε × (c0 − c1) / c0 × A, phased in.
func (c *computation) caseloadLever(l ResolvedLever) error {
	s, i := c.s, l.Index
	name := c.ds.Municipalities[i].Name
	if !c.out.Included[l.Area] || l.Area == Total {
		return &ApplyError{Kind: ErrLeverArea, Lever: "caseload", Area: l.Area, Code: l.Code, Municipality: name}
	}
	if !(l.From > 0) || !(l.To > 0) {
		return &ApplyError{Kind: ErrCaseloadNotPositive, Code: l.Code, Municipality: name}
	}
	phase := 1.0
	if s.Years > 0 && s.PhaseIn > 0 {
		phase = math.Min(s.Years/s.PhaseIn, 1)
	}
	cases := c.w[l.Area].a[i]
	full := s.Epsilon * (l.From - l.To) / l.From * cases
	c.addDA(l.Area, i, -full*phase)
	if c.res == nil {
		return nil
	}
	inv := Investment{Code: l.Code, Index: i, Area: l.Area, From: l.From, To: l.To, Cases: cases,
		ExtraCaseworkers: cases/l.To - cases/l.From, PersonsFull: full, Persons: full * phase,
		Reform: l.Reform, DefaultFrom: l.DefaultFrom}
	inv.CaseworkerCost = inv.ExtraCaseworkers * s.CaseworkerCost
	inv.BenefitSaved = inv.Persons * s.Prices[l.Area]
	inv.Net = inv.BenefitSaved - inv.CaseworkerCost
	c.res.Investments = append(c.res.Investments, inv)
	return nil
}

// transfers moves full-time persons between areas (model.md 3.4).
func (c *computation) transfers() error {
	for _, t := range c.s.Transfers {
		i, err := c.index(t.Code)
		if err != nil {
			return err
		}
		if !c.out.Included[t.From] {
			return &ApplyError{Kind: ErrLeverArea, Lever: "transfer", Area: t.From, Code: t.Code, Municipality: c.ds.Municipalities[i].Name}
		}
		v := t.Persons
		if t.Pct != 0 {
			v = t.Pct / 100 * c.w[t.From].a[i]
		}
		c.addDA(t.From, i, -v)
		if c.out.Included[t.To] {
			c.addDA(t.To, i, v)
		}
	}
	return nil
}

// expected re-estimates expected where the scenario asks for it or the data
// has none (fp and flex from companion files), on the dataset's covariates.
func (c *computation) expected() error {
	var des *design
	var desErr error
	rows := c.p.Rows
	for _, a := range Areas {
		if !c.out.Included[a] || !c.needsFit(a) {
			continue
		}
		if des == nil && desErr == nil {
			des, desErr = newDesign(c.ds, c.p, c.s.CovariatesOff, a)
		}
		var fit *Fit
		var fitted []float64
		err := desErr
		if err == nil {
			fit, fitted, err = des.fit(c.ds, a, c.w[a].as)
		}
		if err != nil {
			if c.in[a] {
				return err
			}
			// An area outside the total that cannot be fitted (fp or flex
			// from a companion file, say) leaves the ranking rather than
			// failing the scenario it plays no part in.
			c.out.Included[a] = false
			c.note("fit-dropped-" + a.ID())
			continue
		}
		if c.res != nil {
			c.res.Fits[a] = fit
		}
		for i := range rows {
			c.w[a].es[i] = fitted[i]
			c.w[a].e[i] = fitted[i] * rows[i].Population / 100
		}
	}
	return nil
}

func (c *computation) needsFit(a Area) bool {
	if c.s.Reestimate && c.in[a] {
		return true
	}
	if a == FP && c.s.Lens {
		return false
	}
	for i := range c.p.Rows {
		if !c.p.Rows[i].Areas[a].HasExpected {
			return true
		}
	}
	return false
}

// areaEntries fills and ranks each area's entries (step 4).
func (c *computation) areaEntries() error {
	rows, w := c.p.Rows, c.w
	for _, a := range Areas {
		if !c.out.Included[a] {
			continue
		}
		es := make([]Entry, c.n)
		for i := range rows {
			P := rows[i].Population
			d := 0.0
			if c.dA[a] != nil {
				d = c.dA[a][i]
			}
			e := &es[i]
			e.Population = P
			e.Actual = w[a].a[i] + d
			e.Expected = w[a].e[i]
			e.ActualShare = w[a].as[i] + d/P*100
			e.ExpectedShare = w[a].es[i]
			e.DiffPersons = e.Actual - e.Expected
			e.DiffPP = e.ActualShare - e.ExpectedShare
			e.Score = e.DiffPP
			e.PublishedRank = w[a].pub[i]
			e.Potential = e.DiffPersons * c.s.Prices[a]
		}
		rankEntries(es, c.sc.keys)
		c.out.Areas[a] = es
	}
	return nil
}

// volume is the official weighting: the three official areas, each 1.
var volume = [NumAreas]float64{DP: 1, KTH: 1, SYG: 1}

// setWeights sets the total's weight of each area in the scope.
func (c *computation) setWeights() error {
	s := c.s
	var meanPrice float64
	var nin int
	for _, a := range Areas {
		if c.in[a] {
			meanPrice += s.Prices[a]
			nin++
		}
	}
	if nin == 0 {
		return &ApplyError{Kind: ErrEmptyScope}
	}
	meanPrice /= float64(nin)
	for _, a := range Areas {
		if !c.in[a] {
			continue
		}
		switch s.Weighting {
		case WeightCost:
			if meanPrice > 0 {
				c.weights[a] = s.Prices[a] / meanPrice
			}
		case WeightCustom:
			c.weights[a] = s.Weights[a]
		default:
			c.weights[a] = 1
		}
	}
	return nil
}

// total sums the areas in the scope into the total and ranks it (step 5).
//
// Where the three official areas are in the total as published, the total
// starts from the published total's own figures (counts and shares are
// rounded separately from the areas', so the sum of the rounded areas is not
// what BM published) and adds the scenario's changes to the areas.
func (c *computation) total() error {
	if err := c.setWeights(); err != nil {
		return err
	}
	rows := c.p.Rows
	official := c.in[DP] && c.in[KTH] && c.in[SYG] && !c.kth2017
	tot := make([]Entry, c.n)
	for i := range rows {
		r := &rows[i]
		t := &tot[i]
		t.Population = r.Population
		if f := r.Areas[Total]; f.HasShares {
			t.DiffPP = (f.ActualShare - f.ExpectedShare) - c.sc.rawD[i]
		}
		for _, a := range Areas {
			if !c.in[a] {
				continue
			}
			e := &c.out.Areas[a][i]
			t.Actual += e.Actual
			t.Expected += e.Expected
			t.ActualShare += e.ActualShare
			t.ExpectedShare += e.ExpectedShare
			t.DiffPP += c.weights[a] * e.DiffPP
			t.Potential += e.Potential
		}
		if f := r.Areas[Total]; official && f.Known {
			t.Actual += f.Actual - sumCounts(r, true)
			t.Expected += f.Expected - sumCounts(r, false)
		}
		if f := r.Areas[Total]; official && f.HasShares {
			t.ActualShare += f.ActualShare - sumShares(r, true)
			t.ExpectedShare += f.ExpectedShare - sumShares(r, false)
		}
		t.DiffPersons = t.Actual - t.Expected
		t.Score = t.DiffPP
		if c.weights == volume && !c.kth2017 && c.s.Weighting != WeightRankMean {
			t.PublishedRank = r.Areas[Total].PublishedRank
		}
	}
	if c.s.Weighting == WeightRankMean {
		c.rankMean(tot)
	}
	rankEntries(tot, c.sc.keys)
	c.out.Areas[Total] = tot
	c.out.Weights = c.weights
	return nil
}

// rankMean scores the total by the mean of the area ranks.
func (c *computation) rankMean(tot []Entry) {
	nin := 0
	for _, a := range Areas {
		if c.in[a] {
			nin++
		}
	}
	for i := range tot {
		sum := 0.0
		for _, a := range Areas {
			if c.in[a] {
				sum += float64(c.out.Areas[a][i].Rank)
			}
		}
		tot[i].Score = sum / float64(nin)
	}
}

// supervision sets each municipality's resultatmål, fokusmål, inspiration
// and risk status under the scenario's rule set (step 6).
func (c *computation) supervision() {
	rs := effectiveRuleSet(c.s, c.p)
	if c.res != nil {
		c.res.RuleSet = rs
	}
	c.out.Status = make([]Status, c.n)
	tol := Param(ParamTolerance)
	tot := c.out.Areas[Total]
	for i := range c.p.Rows {
		st := &c.out.Status[i]
		st.ResultMet = tot[i].DiffPP <= tol
		f := c.p.Rows[i].Fokus
		for _, o := range c.s.Fokus {
			if o.Code == c.ds.Municipalities[i].Code {
				f = Fokus{Known: true, Conversations: o.Conversations, Offers: o.Offers}
			}
		}
		if f.Known {
			st.FokusKnown = true
			st.Conversations, st.Offers = f.Conversations, f.Offers
			st.FokusMet = f.Conversations >= rs.ConvMin && (!rs.UseOffers || f.Offers >= rs.OfferMin)
			st.Inspiration = st.ResultMet && st.FokusMet
			st.Risk = !st.ResultMet && !st.FokusMet
		}
	}
}

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
		f := r.Areas[a]
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
func rankEntries(es []Entry, buf []uint64) {
	n := len(es)
	if n < 1<<idxBits && rankPacked(es, buf) {
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
func rankPacked(es []Entry, buf []uint64) bool {
	n := len(es)
	keys := buf[:n]
	lim := float64(int64(1) << (scoreBits - 1))
	for i := range es {
		v := math.Round(es[i].Score * 1e9)
		if !(v > -lim && v < lim) {
			return false // out of range or NaN: the caller sorts the general way
		}
		keys[i] = uint64(int64(v)+int64(lim))<<idxBits | uint64(i)
	}
	radixSort(keys)
	var run []rankKey
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
	return true
}

// radixSort sorts keys in place: least-significant-byte first, skipping
// bytes every key shares. For small inputs it defers to slices.Sort.
func radixSort(keys []uint64) {
	n := len(keys)
	if n < 512 {
		slices.Sort(keys)
		return
	}
	buf := make([]uint64, n)
	src, dst := keys, buf
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
