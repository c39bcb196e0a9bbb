package calc

import (
	"math"
	"slices"
	"sync"
)

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
	// The steps read the scenario through res.Settings, which is on the
	// heap anyway: &s would move a second copy there.
	var err error
	if res.Baseline, err = baseline(ds, pi, &res.Settings); err != nil {
		return nil, err
	}
	if err = compute(ds, pi, &res.Settings, &res.Scenario, res); err != nil {
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
	ds     *Dataset
	pi     int
	n      int
	prices [NumAreas]float64
	fokus  []FokusOverride
	sum    uint64
	r      Ranking
}

// sameBits reports whether two float64s are the same value bit for bit
// (so -0 and 0 differ, and a NaN equals itself), as the baseline's key
// compares prices and focus figures.
func sameBits(a, b float64) bool { return math.Float64bits(a) == math.Float64bits(b) }

func sameFokus(a, b []FokusOverride) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].Code != b[i].Code || !sameBits(a[i].Conversations, b[i].Conversations) || !sameBits(a[i].Offers, b[i].Offers) {
			return false
		}
	}
	return true
}

func baseline(ds *Dataset, pi int, s *Scenario) (Ranking, error) {
	sum := checksum(&ds.Periods[pi])
	n := len(ds.Municipalities)
	baseMemo.Lock()
	hit := baseMemo.ds == ds && baseMemo.pi == pi && baseMemo.n == n && baseMemo.sum == sum &&
		sameFokus(baseMemo.fokus, s.Fokus)
	for a := range s.Prices {
		hit = hit && sameBits(baseMemo.prices[a], s.Prices[a])
	}
	if hit {
		r := baseMemo.r
		baseMemo.Unlock()
		return r, nil
	}
	defer baseMemo.Unlock()
	base := DefaultScenario()
	base.Prices = s.Prices
	base.Fokus = s.Fokus
	var r Ranking
	if err := compute(ds, pi, &base, &r, nil); err != nil {
		return Ranking{}, err
	}
	baseMemo.ds, baseMemo.pi, baseMemo.n, baseMemo.sum, baseMemo.r = ds, pi, n, sum, r
	baseMemo.prices, baseMemo.fokus = s.Prices, slices.Clone(s.Fokus)
	return r, nil
}

// checksum mixes every figure of a period that the baseline reads. It runs
// on every recompute, so it mixes into four independent lanes (one per
// figure of a Figures) that the processor can work on at once, and folds
// them at the end.
func checksum(p *Period) uint64 {
	const prime = 1099511628211
	bits := math.Float64bits
	h0, h1, h2, h3 := uint64(14695981039346656037), uint64(1), uint64(2), uint64(3)
	h0 = (h0 ^ uint64(len(p.Rows))) * prime
	for i := range p.Rows {
		r := &p.Rows[i]
		// Every area's figures, then the 2017 scope's.
		for a := 0; a <= int(NumAreas); a++ {
			f := &r.KTH2017Excluded
			if a < int(NumAreas) {
				f = &r.Areas[a]
			}
			var flags uint64
			if f.Known {
				flags |= 1
			}
			if f.HasShares {
				flags |= 2
			}
			if f.HasExpected {
				flags |= 4
			}
			h0 = (h0 ^ bits(f.Actual)) * prime
			h1 = (h1 ^ bits(f.Expected)) * prime
			h2 = (h2 ^ bits(f.ActualShare)) * prime
			h3 = (h3 ^ bits(f.ExpectedShare)) * prime
			h0 = (h0 ^ (flags | uint64(f.PublishedRank)<<3)) * prime
		}
		h1 = (h1 ^ bits(r.Population)) * prime
		h2 = (h2 ^ bits(r.Fokus.Conversations)) * prime
		h3 = (h3 ^ bits(r.Fokus.Offers)) * prime
		if r.Fokus.Known {
			h1 = (h1 ^ 1) * prime
		}
	}
	for _, str := range [2]string{p.Scope, p.RuleSet} {
		h0 = (h0 ^ uint64(len(str))) * prime
		for k := 0; k < len(str); k++ {
			h0 = (h0 ^ uint64(str[k])) * prime
		}
	}
	return ((h0*prime^h1)*prime^h2)*prime ^ h3
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
	keys []uint64  // rankPacked's sort keys
	sort []uint64  // radixSort's second buffer
	run  []rankKey // rankPacked's runs of equal scores
	// order is each area's last ranking made with this scratch, as
	// indices in rank order: where rankPacked starts its sort from.
	order [NumAreas][]int32
	fit   fitScratch
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
	tot     []Entry // the total's entries, allocated with the areas' (step 4)
}

func compute(ds *Dataset, pi int, s *Scenario, out *Ranking, res *Result) error {
	p := &ds.Periods[pi]
	n := len(p.Rows)
	if n == 0 || n != len(ds.Municipalities) {
		return &ApplyError{Kind: ErrRows, Period: p.Code, Got: n, Want: len(ds.Municipalities)}
	}
	// sc is put back from its own variable: putting back c.sc would make
	// escape analysis move all of c, and the scenario, to the heap.
	sc := getScratch(n)
	defer scratchPool.Put(sc)
	c := computation{ds: ds, pi: pi, p: p, s: s, out: out, res: res, n: n, sc: sc}
	sc.fit.fits, sc.fit.coef = nil, nil // this recompute's fits are its own
	c.w = &c.sc.w
	c.in, c.kth2017 = s.ScopeAreas(p.Scope)
	out.InTotal, out.KTH2017 = c.in, c.kth2017
	out.Included = [NumAreas]bool{Total: true}
	if err := c.steps(); err != nil {
		return err
	}
	c.supervision()
	return nil
}

// steps runs compute's steps in their order, stopping at the first error.
// (Plain calls, not a list of method values: those would be closures
// allocated on every recompute.)
func (c *computation) steps() error {
	if err := c.areaFigures(); err != nil {
		return err
	}
	if err := c.lens(); err != nil {
		return err
	}
	if err := c.caseload(); err != nil {
		return err
	}
	if err := c.transfers(); err != nil {
		return err
	}
	if err := c.expected(); err != nil {
		return err
	}
	if err := c.areaEntries(); err != nil {
		return err
	}
	return c.total()
}

func (c *computation) note(id string) {
	if c.res != nil && !slices.Contains(c.res.Notes, id) {
		c.res.Notes = append(c.res.Notes, id)
	}
}
