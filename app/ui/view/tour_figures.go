package view

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"

	"benchsim/app/figure"
	"benchsim/calc"
)

// Charts draws step 2's funnel plot and rank intervals for f: at once off
// the browser, by the drawing worker in it, where it returns "" for a chart
// not yet drawn and calls refresh (if not nil) when one is.
func (t *Tour) Charts(f *TourFigures, lang string, narrow bool, refresh func()) ([2]string, error) {
	s := t.s
	m := t.mem()
	key := f.Key + "|" + lang + "|" + strconv.FormatBool(narrow)
	if v, ok := m.svgs[key]; ok && v[0] != "" && v[1] != "" {
		return v, nil
	}
	w, h := chartW, chartH
	if narrow {
		w, h = narrowW, narrowW
	}
	stamp := tourStamp(f, lang, stampChars(w))
	reqs := make([]figure.Request, 2)
	for i, kind := range []string{FigFunnel, FigIntervals} {
		reqs[i] = figure.Request{ID: "tour-" + kind, Kind: kind, Key: key, Scenario: f.Res.Settings.Encode(),
			Area: calc.Total.ID(), Lang: lang, Selected: -1, Phi: f.Res.Settings.Phi, W: w, H: h, Stamp: stamp,
			Given: f.Intervals, HasGiven: true}
	}
	if len(m.svgs) > 12 {
		clear(m.svgs)
	}
	if s.drawer != nil {
		s.drawer.Want("tour", s.demo, reqs, func(fg Figure) {
			v := m.svgs[key]
			v[slices.Index([]string{"tour-" + FigFunnel, "tour-" + FigIntervals}, fg.ID)] = fg.SVG
			m.svgs[key] = v
			if refresh != nil {
				refresh()
			}
		}, refresh)
		return m.svgs[key], nil
	}
	var out [2]string
	cc := s.Charts.figCache()
	for i, r := range reqs {
		fg := cc.drawNow(s.demo, r)
		if fg.Err != "" {
			return out, errors.New(fg.Err)
		}
		out[i] = fg.SVG
	}
	m.svgs[key] = out
	return out, nil
}

// tourStamp is the provenance line under the tour's charts, cut to at
// most limit characters.
func tourStamp(f *TourFigures, lang string, limit int) string {
	ds := f.Res.Dataset
	s := ds.Provenance.Name + " · " + Msg(lang).PeriodName(&ds.Periods[f.Res.Period]) + " · " + f.Res.Settings.Encode()
	if r := []rune(s); limit > 1 && len(r) > limit {
		s = string(r[:limit-1]) + "…"
	}
	return s
}

// ---- the figures ----

// TourFigures are the numbers one step shows for one scenario, all taken
// from calc: Values by the id of the element that shows them, Rows for
// the step's lists. The tests compare them with calc, and the page shows
// each value in an element with that id and the exact value in data-value.
type TourFigures struct {
	Step      int
	Key       string       // the step and the scenario's encoding
	Res       *calc.Result // the step's scenario
	Values    map[string]float64
	Rows      map[string][]TourRow
	Answer    float64         // what the step's question asks for, under this scenario
	Intervals []calc.Interval // step 2: every municipality's plausible ranks
}

// TourRow is one municipality in a list of a step.
type TourRow struct {
	Code   int
	Name   string
	Values []float64 // the list's columns
	Status calc.Status
	New    bool // step 3: new in the top 10
}

// tourFigures computes step n's figures under sc.
func tourFigures(ds *calc.Dataset, n int, sc calc.Scenario) (*TourFigures, error) {
	res, err := calc.Apply(ds, sc)
	if err != nil {
		return nil, err
	}
	f := &TourFigures{Step: n, Key: TourKey(n, sc), Res: res, Values: map[string]float64{}, Rows: map[string][]TourRow{}}
	b := tourBuild{ds: ds, sc: sc, res: res, f: f, v: f.Values, tot: res.Scenario.Areas[calc.Total], base: res.Baseline.Areas[calc.Total]}
	steps := []func() error{b.step1, b.step2, b.step3, b.step4, b.step5, b.step6}
	if n < 1 || n > len(steps) {
		return nil, fmt.Errorf("tour: no step %d", n)
	}
	if err := steps[n-1](); err != nil {
		return nil, err
	}
	return f, nil
}

// tourBuild is what one step's figures are computed from and into.
type tourBuild struct {
	ds        *calc.Dataset
	sc        calc.Scenario
	res       *calc.Result
	f         *TourFigures
	v         map[string]float64 // f.Values
	tot, base []calc.Entry       // the scenario's and the official total
}

// idx is the index of the municipality code, or an error if the data has
// none.
func (b tourBuild) idx(code int) (int, error) {
	i := b.ds.MunicipalityIndex(code)
	if i < 0 {
		return -1, fmt.Errorf("tour: the data has no municipality %d", code)
	}
	return i, nil
}

// row is municipality i in a list, with the list's columns.
func (b tourBuild) row(i int, vals ...float64) TourRow {
	return TourRow{Code: b.ds.Municipalities[i].Code, Name: b.ds.Municipalities[i].Name, Values: vals, Status: b.res.Scenario.Status[i]}
}

// step1: the covariates' effect on Lolland and Rudersdal and the fit.
func (b tourBuild) step1() error {
	ds, sc, res, f, v, tot, base, idx := b.ds, b.sc, b.res, b.f, b.v, b.tot, b.base, b.idx
	for _, code := range []int{TourLolland, TourRudersdal} {
		i, err := idx(code)
		if err != nil {
			return err
		}
		c := strconv.Itoa(code)
		v["t1-actual-"+c] = tot[i].ActualShare
		v["t1-exp-bm-"+c] = base[i].ExpectedShare
		v["t1-exp-model-"+c] = tot[i].ExpectedShare
		v["t1-rank-bm-"+c] = float64(base[i].Rank)
		v["t1-rank-model-"+c] = float64(tot[i].Rank)
	}
	v["t1-covariates"] = float64(len(ds.Covariates) - len(sc.CovariatesOff))
	for _, a := range calc.OfficialAreas {
		if fit := res.Fits[a]; fit != nil {
			v["t1-r2-"+a.ID()] = fit.R2
		}
	}
	f.Answer = v["t1-rank-model-"+strconv.Itoa(TourLolland)]
	return nil
}

// step2: how far apart the middle ranks are, the funnel and the islands' intervals.
func (b tourBuild) step2() error {
	sc, res, f, v, tot, idx, row := b.sc, b.res, b.f, b.v, b.tot, b.idx, b.row
	phi := sc.Phi
	f.Intervals = calc.RankIntervals(res, calc.Total, int(calc.Param(calc.ParamDraws)), phi, RankSimSeed)
	order := res.Scenario.Order(calc.Total)
	if len(order) < tourMidTo {
		return fmt.Errorf("tour: %d municipalities are too few for ranks %d–%d", len(order), tourMidFrom, tourMidTo)
	}
	pairs, apart, width := calc.IntervalsApart(f.Intervals, order[tourMidFrom-1:tourMidTo])
	v["t2-phi"] = phi
	v["t2-pairs"] = float64(pairs)
	v["t2-apart"] = float64(apart)
	v["t2-width"] = float64(width)
	fu := calc.NewFunnel(res, calc.Total, phi)
	v["t2-out95"] = float64(calc.OutsideFunnel(res, calc.Total, fu, calc.Param(calc.ParamZ95)))
	v["t2-out998"] = float64(calc.OutsideFunnel(res, calc.Total, fu, calc.Param(calc.ParamZ998)))
	for _, code := range tourIslands {
		i, err := idx(code)
		if err != nil {
			return err
		}
		iv := f.Intervals[i]
		f.Rows["t2-islands"] = append(f.Rows["t2-islands"], row(i, float64(tot[i].Rank), float64(iv.Lo), float64(iv.Hi)))
	}
	f.Answer = float64(apart)
	return nil
}

// step3: the top 10 under the step's weighting and prices.
func (b tourBuild) step3() error {
	sc, res, f, v, tot, base, row := b.sc, b.res, b.f, b.v, b.tot, b.base, b.row
	top, isNew, left := calc.TopChange(res, calc.Total, 10)
	entered := 0
	for k, i := range top {
		r := row(i, float64(tot[i].Rank), float64(base[i].Rank))
		r.New = isNew[k]
		if r.New {
			entered++
		}
		f.Rows["t3-top"] = append(f.Rows["t3-top"], r)
	}
	for _, i := range left {
		f.Rows["t3-left"] = append(f.Rows["t3-left"], row(i, float64(base[i].Rank), float64(tot[i].Rank)))
	}
	v["t3-moved"] = float64(res.Moved(calc.Total, int(calc.Param(calc.ParamMoveThreshold))))
	v["t3-entered"] = float64(entered)
	for _, a := range calc.OfficialAreas {
		v["t3-price-"+a.ID()] = sc.Prices[a]
	}
	f.Answer = v["t3-moved"]
	return nil
}

// step4: Stevns's climb on the official and KL's list after the transfer.
func (b tourBuild) step4() error {
	ds, sc, res, f, v, tot, base, idx, row := b.ds, b.sc, b.res, b.f, b.v, b.tot, b.base, b.idx, b.row
	i, err := idx(TourStevns)
	if err != nil {
		return err
	}
	kl := sc.Clone()
	kl.Scope = calc.ScopeKL
	resKL, err := calc.Apply(ds, kl)
	if err != nil {
		return err
	}
	kl.Transfers = nil
	resKL0, err := calc.Apply(ds, kl)
	if err != nil {
		return err
	}
	t, _ := TourTransfer(&sc)
	v["t4-persons"] = t.Persons
	v["t4-official-before"] = float64(base[i].Rank)
	v["t4-official-after"] = float64(tot[i].Rank)
	v["t4-official-climb"] = float64(res.RankChange(calc.Total, i))
	v["t4-kl-before"] = float64(resKL0.Scenario.Areas[calc.Total][i].Rank)
	v["t4-kl-after"] = float64(resKL.Scenario.Areas[calc.Total][i].Rank)
	v["t4-kl-climb"] = v["t4-kl-before"] - v["t4-kl-after"]
	v["t4-kth"] = res.Scenario.Areas[calc.KTH][i].Actual
	if res.Scenario.Included[calc.FP] {
		v["t4-fp"] = res.Scenario.Areas[calc.FP][i].Actual
	}
	for _, j := range calc.RankWindow(res, calc.Total, i, 5) {
		f.Rows["t4-near"] = append(f.Rows["t4-near"], row(j, float64(tot[j].Rank), tot[j].DiffPP, float64(base[j].Rank)))
	}
	f.Answer = v["t4-official-climb"]
	return nil
}

// step5: the caseload investment in Stevns: money and rank.
func (b tourBuild) step5() error {
	ds, sc, res, f, v, tot, base, idx := b.ds, b.sc, b.res, b.f, b.v, b.tot, b.base, b.idx
	i, err := idx(TourStevns)
	if err != nil {
		return err
	}
	var inv calc.Investment
	for _, x := range res.Investments {
		if x.Code == TourStevns {
			inv = x
		}
	}
	l, ok := sc.CaseloadFor(TourStevns)
	if !ok {
		l.From, l.To = TourCaseloadNow(ds), TourCaseloadNow(ds)
	}
	v["t5-c0"], v["t5-c1"] = l.From, l.To
	v["t5-persons"] = inv.Persons
	v["t5-caseworkers"] = inv.ExtraCaseworkers
	v["t5-cost"] = inv.CaseworkerCost
	v["t5-saved"] = inv.BenefitSaved
	v["t5-net"] = inv.Net
	v["t5-rank-before"] = float64(base[i].Rank)
	v["t5-rank-after"] = float64(tot[i].Rank)
	v["t5-climb"] = float64(res.RankChange(calc.Total, i))
	f.Answer = v["t5-climb"]
	return nil
}

// step6: supervision status and the municipalities nearest a margin.
func (b tourBuild) step6() error {
	res, f, v, tot, row := b.res, b.f, b.v, b.tot, b.row
	met, insp, risk := res.Scenario.Counts()
	v["t6-conv"] = res.RuleSet.ConvMin
	v["t6-result"], v["t6-insp"], v["t6-risk"] = float64(met), float64(insp), float64(risk)
	v["t6-n"] = float64(len(tot))
	st := res.Scenario.Status
	for i := range tot {
		if st[i].Risk {
			f.Rows["t6-risk"] = append(f.Rows["t6-risk"], row(i, tot[i].DiffPersons, st[i].Conversations))
		}
	}
	for _, i := range calc.NearestResultTarget(res, 5) {
		f.Rows["t6-near-result"] = append(f.Rows["t6-near-result"], row(i, tot[i].DiffPersons, st[i].Conversations))
	}
	for _, i := range calc.NearestConversations(res, 5) {
		f.Rows["t6-near-fokus"] = append(f.Rows["t6-near-fokus"], row(i, tot[i].DiffPersons, st[i].Conversations))
	}
	f.Answer = float64(risk)
	return nil
}

// TourExplain is the sentence under step n's answer, from its figures.
func TourExplain(n int, f *TourFigures, lang string) string {
	t := TourMsg(lang)
	v := f.Values
	i0 := func(id string) string { return FormatNumber(v[id], 0, lang) }
	e := t.Steps[n-1].Explain
	switch n {
	case 1:
		l, r := strconv.Itoa(TourLolland), strconv.Itoa(TourRudersdal)
		return fmt.Sprintf(e, FormatNumber(v["t1-exp-model-"+l], 2, lang), i0("t1-rank-bm-"+l), i0("t1-rank-model-"+l),
			i0("t1-rank-bm-"+r), i0("t1-rank-model-"+r))
	case 2:
		return fmt.Sprintf(e, i0("t2-apart"), i0("t2-pairs"), i0("t2-width"))
	case 3:
		return fmt.Sprintf(e, i0("t3-moved"), i0("t3-entered"))
	case 4:
		return fmt.Sprintf(e, i0("t4-official-before"), i0("t4-official-after"), i0("t4-kl-after"))
	case 5:
		return fmt.Sprintf(e, i0("t5-rank-before"), i0("t5-rank-after"), i0("t5-persons"),
			FormatNumber(v["t5-caseworkers"], 1, lang), FormatMio(v["t5-cost"], lang), FormatMio(v["t5-saved"], lang),
			FormatMioSigned(v["t5-net"], lang))
	case 6:
		name, gap := "–", 0.0
		if rows := f.Rows["t6-near-result"]; len(rows) > 0 {
			name, gap = rows[0].Name, math.Abs(rows[0].Values[0])
		}
		return fmt.Sprintf(e, i0("t6-risk"), i0("t6-insp"), name, FormatNumber(gap, 1, lang))
	}
	return ""
}
