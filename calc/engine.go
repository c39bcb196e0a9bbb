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
	Included [NumAreas]bool // areas computed in this ranking (Total always)
	InTotal  [NumAreas]bool // areas summed into the total
	KTH2017  bool           // kth taken in the 2017 scope
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
	Investments []Investment
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
			return nil, fmt.Errorf("the dataset has no period %q", s.Period)
		}
	}
	if pi < 0 {
		return nil, fmt.Errorf("the dataset has no periods")
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

func compute(ds *Dataset, pi int, s *Scenario, out *Ranking, res *Result) error {
	p := &ds.Periods[pi]
	rows := p.Rows
	n := len(rows)
	if n == 0 || n != len(ds.Municipalities) {
		return fmt.Errorf("period %s has %d rows for %d municipalities", p.Code, n, len(ds.Municipalities))
	}
	in, kth2017 := s.ScopeAreas(p.Scope)
	out.InTotal, out.KTH2017 = in, kth2017
	out.Included = [NumAreas]bool{Total: true}
	note := func(msg string) {
		if res != nil && !slices.Contains(res.Notes, msg) {
			res.Notes = append(res.Notes, msg)
		}
	}

	// 1. Baseline figures per area, from the data.
	sc := getScratch(n)
	defer scratchPool.Put(sc)
	w := &sc.w
	rawD := sc.rawD // Σ official-area d before any change, for the total's rounding offset
	for _, a := range Areas {
		known := p.HasArea(a)
		lensFP := a == FP && s.Lens
		if !known && !lensFP {
			if in[a] {
				return fmt.Errorf("the data has no figures for %s in %s: import data with the area, or use the connected-vessels lens for fp", AreaLabels[a], p.Code)
			}
			continue
		}
		out.Included[a] = true
		for i := range rows {
			r := &rows[i]
			f := r.Areas[a]
			P := r.Population
			A, E := f.Actual, f.Expected
			var as, es float64
			if f.HasShares {
				as, es = f.ActualShare, f.ExpectedShare
			} else {
				as, es = A/P*100, E/P*100
			}
			if a == DP || a == KTH || a == SYG {
				rawD[i] += as - es
			}
			if a == KTH && kth2017 {
				if x := r.KTH2017Excluded; x.Known {
					A -= x.Actual
					E -= x.Expected
					as -= x.Actual / P * 100
					es -= x.Expected / P * 100
				} else {
					k := 1 - Param(ParamKTH2017Share)/100
					A, E, as, es = A*k, E*k, as*k, es*k
					note("kth2017-approx")
				}
			}
			pub := 0
			if !(a == KTH && kth2017) && (a == DP || a == KTH || a == SYG) {
				pub = f.PublishedRank
			}
			w[a].a[i], w[a].e[i], w[a].as[i], w[a].es[i], w[a].pub[i] = A, E, as, es, pub
		}
	}
	// The connected-vessels lens: fp actual follows the kth deviation.
	if s.Lens {
		for i := range rows {
			r := &rows[i]
			P := r.Population
			kth := r.Areas[KTH]
			eFP := w[FP].e[i]
			if !r.Areas[FP].Known || !r.Areas[FP].HasExpected {
				eFP = Param(ParamFPShare) / 100 * P
				note("fp-national-share")
			}
			rel := 0.0
			if kth.Expected > 0 {
				rel = (kth.Actual - kth.Expected) / kth.Expected
			}
			aFP := eFP * (1 + s.VesselsElasticity*rel)
			w[FP].a[i], w[FP].e[i] = aFP, eFP
			w[FP].as[i], w[FP].es[i] = aFP/P*100, eFP/P*100
		}
	}

	// 2. Levers that change actual persons.
	var dA [NumAreas][]float64
	used := [NumAreas]bool{}
	addDA := func(a Area, i int, v float64) {
		if !used[a] {
			if sc.dA[a] == nil {
				sc.dA[a] = make([]float64, n)
			}
			dA[a], used[a] = sc.dA[a], true
		}
		dA[a][i] += v
	}
	index := func(code int) (int, error) {
		i := ds.MunicipalityIndex(code)
		if i < 0 {
			return -1, fmt.Errorf("the dataset has no municipality with code %d", code)
		}
		return i, nil
	}
	phase := 1.0
	if s.Years > 0 && s.PhaseIn > 0 {
		phase = math.Min(s.Years/s.PhaseIn, 1)
	}
	for _, l := range s.Caseload {
		i, err := index(l.Code)
		if err != nil {
			return err
		}
		if !out.Included[l.Area] || l.Area == Total {
			return fmt.Errorf("caseload lever for %s: area %s is not in the data", ds.Municipalities[i].Name, l.Area)
		}
		if !(l.From > 0) || !(l.To > 0) {
			return fmt.Errorf("caseload lever for %s: caseloads must be positive", ds.Municipalities[i].Name)
		}
		cases := w[l.Area].a[i]
		full := s.Epsilon * (l.From - l.To) / l.From * cases
		addDA(l.Area, i, -full*phase)
		if res != nil {
			inv := Investment{Code: l.Code, Index: i, Area: l.Area, From: l.From, To: l.To, Cases: cases,
				ExtraCaseworkers: cases/l.To - cases/l.From, PersonsFull: full, Persons: full * phase}
			inv.CaseworkerCost = inv.ExtraCaseworkers * s.CaseworkerCost
			inv.BenefitSaved = inv.Persons * s.Prices[l.Area]
			inv.Net = inv.BenefitSaved - inv.CaseworkerCost
			res.Investments = append(res.Investments, inv)
		}
	}
	for _, t := range s.Transfers {
		i, err := index(t.Code)
		if err != nil {
			return err
		}
		if !out.Included[t.From] {
			return fmt.Errorf("transfer in %s: area %s is not in the data", ds.Municipalities[i].Name, t.From)
		}
		v := t.Persons
		if t.Pct != 0 {
			v = t.Pct / 100 * w[t.From].a[i]
		}
		addDA(t.From, i, -v)
		if out.Included[t.To] {
			addDA(t.To, i, v)
		}
	}

	// 3. Expected: official, or re-estimated.
	var des *design
	for _, a := range Areas {
		if !out.Included[a] {
			continue
		}
		need := s.Reestimate && in[a]
		if !need {
			for i := range rows {
				if !rows[i].Areas[a].HasExpected && !(a == FP && s.Lens) {
					need = true
					break
				}
			}
		}
		if !need {
			continue
		}
		if des == nil {
			var err error
			if des, err = newDesign(ds, p, s.CovariatesOff, a); err != nil {
				return err
			}
		}
		fit, fitted, err := des.fit(ds, a, w[a].as)
		if err != nil {
			return err
		}
		if res != nil {
			res.Fits[a] = fit
		}
		for i := range rows {
			P := rows[i].Population
			w[a].es[i] = fitted[i]
			w[a].e[i] = fitted[i] * P / 100
		}
	}

	// 4. Area entries and ranks.
	for _, a := range Areas {
		if !out.Included[a] {
			continue
		}
		es := make([]Entry, n)
		for i := range rows {
			P := rows[i].Population
			d := 0.0
			if dA[a] != nil {
				d = dA[a][i]
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
			e.Potential = e.DiffPersons * s.Prices[a]
		}
		rankEntries(es, sc.keys)
		out.Areas[a] = es
	}

	// 5. The total.
	tot := make([]Entry, n)
	var weights [NumAreas]float64
	var meanPrice float64
	var nin int
	for _, a := range Areas {
		if in[a] {
			meanPrice += s.Prices[a]
			nin++
		}
	}
	if nin == 0 {
		return fmt.Errorf("the scope has no areas")
	}
	meanPrice /= float64(nin)
	for _, a := range Areas {
		if !in[a] {
			continue
		}
		switch s.Weighting {
		case WeightCost:
			if meanPrice > 0 {
				weights[a] = s.Prices[a] / meanPrice
			}
		case WeightCustom:
			weights[a] = s.Weights[a]
		default:
			weights[a] = 1
		}
	}
	for i := range rows {
		r := &rows[i]
		t := &tot[i]
		t.Population = r.Population
		offset := 0.0
		if f := r.Areas[Total]; f.HasShares {
			offset = (f.ActualShare - f.ExpectedShare) - rawD[i]
		}
		t.DiffPP = offset
		for _, a := range Areas {
			if !in[a] {
				continue
			}
			e := &out.Areas[a][i]
			t.Actual += e.Actual
			t.Expected += e.Expected
			t.ActualShare += e.ActualShare
			t.ExpectedShare += e.ExpectedShare
			t.DiffPP += weights[a] * e.DiffPP
			t.Potential += e.Potential
		}
		if f := r.Areas[Total]; f.HasShares && weights == ([NumAreas]float64{0, 1, 1, 1, 0, 0}) {
			// Keep the published shares' own rounding in the shares shown.
			t.ActualShare += f.ActualShare - sumShares(r, true)
			t.ExpectedShare += f.ExpectedShare - sumShares(r, false)
		}
		t.DiffPersons = t.Actual - t.Expected
		t.Score = t.DiffPP
	}
	officialTotal := weights == ([NumAreas]float64{0, 1, 1, 1, 0, 0}) && !kth2017 && s.Weighting != WeightRankMean
	for i := range rows {
		if officialTotal {
			tot[i].PublishedRank = rows[i].Areas[Total].PublishedRank
		}
	}
	if s.Weighting == WeightRankMean {
		for i := range tot {
			sum := 0.0
			for _, a := range Areas {
				if in[a] {
					sum += float64(out.Areas[a][i].Rank)
				}
			}
			tot[i].Score = sum / float64(nin)
		}
	}
	rankEntries(tot, sc.keys)
	out.Areas[Total] = tot

	// 6. Supervision.
	rs := effectiveRuleSet(s, p)
	if res != nil {
		res.RuleSet = rs
	}
	out.Status = make([]Status, n)
	tol := Param(ParamTolerance)
	for i := range rows {
		st := &out.Status[i]
		st.ResultMet = tot[i].DiffPP <= tol
		f := rows[i].Fokus
		for _, o := range s.Fokus {
			if o.Code == ds.Municipalities[i].Code {
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
	return nil
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
