package calc

import (
	"math"
	"unsafe"
)

// The steps of compute, in their order; see computation.

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
		official := a == DP || a == KTH || a == SYG
		wa := &w[a]
		for i := range rows {
			r := &rows[i]
			f := &r.Areas[a]
			P := r.Population
			A, E := f.Actual, f.Expected
			as, es := A/P*100, E/P*100
			if f.HasShares {
				as, es = f.ActualShare, f.ExpectedShare
			}
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
			wa.a[i], wa.e[i], wa.as[i], wa.es[i], wa.pub[i] = A, E, as, es, pub
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
		kth := &r.Areas[KTH]
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
	if c.res != nil && len(levers) > 0 {
		c.res.Investments = make([]Investment, 0, len(levers))
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
			des, desErr = designFor(c.ds, c.pi, c.s.CovariatesOff, a)
		}
		var fit *Fit
		var fitted []float64
		err := desErr
		if err == nil {
			fit, fitted, err = des.fit(c.ds, a, c.w[a].as, &c.sc.fit)
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

// areaEntries fills and ranks each area's entries (step 4). The areas' and
// the total's lists are allocated a few at a time, in chunks under the
// runtime's large-object size (32 KB): small allocations are cheaper than
// large ones, most of all in wasm. Each list is capped at its own length.
func (c *computation) areaEntries() error {
	rows, w, n := c.p.Rows, c.w, c.n
	lists := 1 // the total, then the areas included
	for _, a := range Areas {
		if c.out.Included[a] {
			lists++
		}
	}
	var ess [NumAreas][]Entry
	per := max(1, (32<<10)/(n*int(unsafe.Sizeof(Entry{}))))
	for k := 0; k < lists; {
		m := min(per, lists-k)
		chunk := make([]Entry, m*n)
		for j := range m {
			ess[k+j] = chunk[j*n : (j+1)*n : (j+1)*n]
		}
		k += m
	}
	c.tot = ess[0]
	k := 1
	for _, a := range Areas {
		if !c.out.Included[a] {
			continue
		}
		es := ess[k]
		k++
		wa, da, price := &w[a], c.dA[a], c.s.Prices[a]
		for i := range rows {
			P := rows[i].Population
			d := 0.0
			if da != nil {
				d = da[i]
			}
			e := &es[i]
			e.Population = P
			e.Actual = wa.a[i] + d
			e.Expected = wa.e[i]
			e.ActualShare = wa.as[i] + d/P*100
			e.ExpectedShare = wa.es[i]
			e.DiffPersons = e.Actual - e.Expected
			e.DiffPP = e.ActualShare - e.ExpectedShare
			e.Score = e.DiffPP
			e.PublishedRank = wa.pub[i]
			e.Potential = e.DiffPersons * price
		}
		rankEntries(es, a, c.sc)
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
	published := c.weights == volume && !c.kth2017 && c.s.Weighting != WeightRankMean
	// The areas in the total, in order, with their entries and weights.
	var ins [NumAreas][]Entry
	var wts [NumAreas]float64
	nin := 0
	for _, a := range Areas {
		if c.in[a] {
			ins[nin], wts[nin] = c.out.Areas[a], c.weights[a]
			nin++
		}
	}
	tot := c.tot
	for i := range rows {
		r := &rows[i]
		t := &tot[i]
		f := &r.Areas[Total]
		t.Population = r.Population
		if f.HasShares {
			t.DiffPP = (f.ActualShare - f.ExpectedShare) - c.sc.rawD[i]
		}
		for k := 0; k < nin; k++ {
			e := &ins[k][i]
			t.Actual += e.Actual
			t.Expected += e.Expected
			t.ActualShare += e.ActualShare
			t.ExpectedShare += e.ExpectedShare
			t.DiffPP += wts[k] * e.DiffPP
			t.Potential += e.Potential
		}
		if official && f.Known {
			t.Actual += f.Actual - sumCounts(r, true)
			t.Expected += f.Expected - sumCounts(r, false)
		}
		if official && f.HasShares {
			t.ActualShare += f.ActualShare - sumShares(r, true)
			t.ExpectedShare += f.ExpectedShare - sumShares(r, false)
		}
		t.DiffPersons = t.Actual - t.Expected
		t.Score = t.DiffPP
		if published {
			t.PublishedRank = f.PublishedRank
		}
	}
	if c.s.Weighting == WeightRankMean {
		c.rankMean(tot)
	}
	rankEntries(tot, Total, c.sc)
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
