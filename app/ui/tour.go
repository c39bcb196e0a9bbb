package ui

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"benchsim/app/figure"
	"benchsim/app/report"
	"benchsim/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The guided tour "Forstå benchmarket": six steps, each a short text, a
// question to guess, one control and the live figures it changes. Every
// number comes from calc.Apply on a calc.Scenario that the step builds and
// that is the app's scenario while the step is shown, so the address
// carries it in the same syntax as the rest of the app
// (?v=1&p=2017QMAT04&tr=336:kth:fp:100&tab=tour&step=4) and the simulator
// opens it as it is. The tour always runs on the built-in illustrative
// data: its words are about the municipalities and facts of the seeds.

// TabTour is the tour's view; TourSteps its number of steps.
const (
	TabTour   = "tour"
	TourSteps = 6
)

// Municipalities the tour talks about (kommunekoder).
const (
	tourLolland   = 360 // rural, many on support and even more expected
	tourRudersdal = 230 // north of Copenhagen, few on support and fewer expected
	tourStevns    = 336 // last in 2017 (seed 000); its chairman on connected vessels and caseload
)

// tourIslands are the small municipalities of critique 2 (model.md 2.2):
// Læsø, Samsø, Fanø, Ærø.
var tourIslands = []int{825, 741, 563, 492}

// The middle of the list in step 2: ranks 25–74.
const (
	tourMidFrom = 25
	tourMidTo   = 74
)

// tourPeriod2017 is the period of step 4: the first list, where Stevns was
// last (seed 000).
const tourPeriod2017 = "2017QMAT04"

// tourPersons is step 4's question: full-time persons moved from kth to fp.
const tourPersons = 100

// TourPrices are step 3's teaching prices per full-time person a year
// (kr.): an assumption for teaching, not official prices. The municipality
// carries more of the cost of kontanthjælp than of a-dagpenge; the mean is
// the 71,250 kr. of calc's price parameter (BM's implied price), so the
// potential in kroner stays comparable.
var TourPrices = [calc.NumAreas]float64{calc.DP: 40000, calc.KTH: 110000, calc.SYG: 63750}

// tourQuiet is how long the φ slider must rest before step 2's 1,000-draw
// simulation and charts are computed in the browser.
const tourQuiet = 150 * time.Millisecond

// TourView is the tour's part of the view: the step and presenter mode
// (in the URL as step= and present=), and what the session remembers:
// guesses, revealed answers, the scenario each step was left with, and
// the figures computed.
type TourView struct {
	Step    int // 1..TourSteps
	Present bool

	mem *tourMemory // shared by copies of the state (ApplyQuery)
}

type tourMemory struct {
	guess    [TourSteps]string
	revealed [TourSteps]bool
	last     [TourSteps]*calc.Scenario
	figs     map[string]*TourFigures
	svgs     map[string][2]string
	order    []string // cache keys, oldest first
}

func (v *TourView) reset() { v.Step, v.Present = 1, false }

// query returns the tour's URL keys, each starting with "&": only on the
// tour's view.
func (v *TourView) query(tab string) string {
	if tab != TabTour {
		return ""
	}
	q := "&step=" + strconv.Itoa(max(v.Step, 1))
	if v.Present {
		q += "&present=1"
	}
	return q
}

// apply reads the tour's keys from a parsed URL query.
func (v *TourView) apply(kv [][2]string) error {
	v.reset()
	for _, p := range kv {
		switch p[0] {
		case "step":
			n, err := strconv.Atoi(p[1])
			if err != nil || n < 1 || n > TourSteps {
				return fmt.Errorf("step=%s: the tour has steps 1–%d", p[1], TourSteps)
			}
			v.Step = n
		case "present":
			if p[1] != "0" && p[1] != "1" {
				return fmt.Errorf("present=%s: want 0 or 1", p[1])
			}
			v.Present = p[1] == "1"
		}
	}
	return nil
}

// applyTour is ApplyQuery's part for the tour: it reads step= and
// present=, and on the tour's view takes the built-in data and makes the
// scenario the step's own, keeping the step's lever from the URL and
// dropping the rest.
func (s *State) applyTour(kv [][2]string, sc *calc.Scenario) error {
	if err := s.Tour.apply(kv); err != nil {
		return err
	}
	if s.Tab == TabTour {
		s.DatasetID = DemoID
		*sc = tourScenario(s.demo, s.Tour.Step, sc)
	}
	return nil
}

func (s *State) tour() *tourMemory {
	if s.Tour.mem == nil {
		s.Tour.mem = &tourMemory{figs: map[string]*TourFigures{}, svgs: map[string][2]string{}}
	}
	return s.Tour.mem
}

// ---- the steps' scenarios ----

// tourScenario returns step n's scenario: the official model with the
// step's lever. from (nil for the step's question) supplies the lever's
// setting; everything else in it is dropped.
func tourScenario(ds *calc.Dataset, n int, from *calc.Scenario) calc.Scenario {
	sc := calc.DefaultScenario()
	switch n {
	case 1: // expected re-estimated on the chosen covariates; the question: none
		sc.Reestimate = true
		if from != nil && from.Reestimate {
			for _, id := range from.CovariatesOff {
				if slices.ContainsFunc(ds.Covariates, func(c calc.Covariate) bool { return c.ID == id }) {
					sc.CovariatesOff = append(sc.CovariatesOff, id)
				}
			}
		} else {
			for _, c := range ds.Covariates {
				sc.CovariatesOff = append(sc.CovariatesOff, c.ID)
			}
		}
		slices.Sort(sc.CovariatesOff)
	case 2: // overdispersion
		if from != nil && from.Phi > 0 {
			sc.Phi = from.Phi
		}
	case 3: // weighting, with the teaching prices; the question: cost
		sc.Prices[calc.DP], sc.Prices[calc.KTH], sc.Prices[calc.SYG] = TourPrices[calc.DP], TourPrices[calc.KTH], TourPrices[calc.SYG]
		sc.Weighting = calc.WeightCost
		// A scenario of this step has the teaching prices; without them
		// (a link with the step alone) no weighting was chosen.
		if from != nil && from.Prices == sc.Prices && (from.Weighting == calc.WeightVolume || from.Weighting == calc.WeightRankMean) {
			sc.Weighting = from.Weighting
		}
	case 4: // Stevns 2017 moves persons from kth to fp
		if ds.PeriodIndex(tourPeriod2017) >= 0 {
			sc.Period = tourPeriod2017
		}
		persons := float64(tourPersons)
		if t, ok := tourTransfer(from); ok {
			persons = t.Persons
		}
		sc.Transfers = []calc.Transfer{{Code: tourStevns, From: calc.KTH, To: calc.FP, Persons: persons}}
	case 5: // Stevns lowers its kth caseload
		c0 := tourCaseloadNow(ds)
		c1 := calc.Param(calc.ParamCaseloadTarget)
		if from != nil {
			if l, ok := from.CaseloadFor(tourStevns); ok && l.Area == calc.KTH && l.To > 0 {
				c1 = l.To
			}
		}
		sc.SetCaseload(calc.CaseloadLever{Code: tourStevns, Area: calc.KTH, From: c0, To: c1})
	case 6: // supervision thresholds; the question: the period's own rule set
		if from != nil && from.RuleSet != "" {
			sc.RuleSet, sc.ConvMin, sc.UseOffers, sc.OfferMin = from.RuleSet, from.ConvMin, from.UseOffers, from.OfferMin
		}
	}
	return sc
}

// tourTransfer finds step 4's transfer (Stevns, kth → fp) in a scenario.
func tourTransfer(sc *calc.Scenario) (calc.Transfer, bool) {
	if sc == nil {
		return calc.Transfer{}, false
	}
	for _, t := range sc.Transfers {
		if t.Code == tourStevns && t.From == calc.KTH && t.To == calc.FP && t.Pct == 0 {
			return t, true
		}
	}
	return calc.Transfer{}, false
}

// tourCaseloadNow is Stevns' current kth caseload in the latest period (the
// data's, else the parameter default).
func tourCaseloadNow(ds *calc.Dataset) float64 {
	if i := ds.MunicipalityIndex(tourStevns); i >= 0 && len(ds.Periods) > 0 {
		if v := ds.Periods[len(ds.Periods)-1].Rows[i].Caseload[calc.KTH]; v > 0 {
			return v
		}
	}
	return calc.Param(calc.ParamCaseloadCurrent)
}

// ---- state methods ----

// SetTourStep shows step n of the tour with its scenario on the built-in
// data: the scenario the step was left with earlier in the session, else
// the step's question.
func (s *State) SetTourStep(n int) {
	if n < 1 || n > TourSteps {
		return
	}
	m := s.tour()
	if s.Tab == TabTour && s.Tour.Step >= 1 {
		cp := s.Scenario.Clone()
		m.last[s.Tour.Step-1] = &cp
	}
	s.Tab, s.Tour.Step = TabTour, n
	s.DatasetID, s.ds = DemoID, s.demo
	if s.Muni != 0 && s.ds.MunicipalityIndex(s.Muni) < 0 {
		s.Muni = 0
	}
	s.Scenario = tourScenario(s.demo, n, m.last[n-1])
	s.LeverError = ""
	s.recompute()
	s.fixArea()
}

// SetTourPresent switches presenter mode: large type, the app's header and
// navigation hidden.
func (s *State) SetTourPresent(on bool) { s.Tour.Present = on; s.Rev++ }

// SetTourGuess keeps the guess typed for the shown step.
func (s *State) SetTourGuess(text string) { s.tour().guess[s.Tour.Step-1] = strings.TrimSpace(text) }

// TourGuess returns step n's guess, if one was made.
func (s *State) TourGuess(n int) (float64, bool) {
	if n < 1 || n > TourSteps {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(s.tour().guess[n-1], ",", "."), 64)
	return v, err == nil && !math.IsNaN(v) && !math.IsInf(v, 0)
}

// RevealTour shows the shown step's answer next to the guess.
func (s *State) RevealTour() { s.tour().revealed[s.Tour.Step-1] = true; s.Rev++ }

// HideTourAnswer asks the shown step's question again.
func (s *State) HideTourAnswer() {
	m := s.tour()
	m.revealed[s.Tour.Step-1] = false
	m.guess[s.Tour.Step-1] = ""
	s.Rev++
}

// TourRevealed reports whether step n's answer is shown.
func (s *State) TourRevealed(n int) bool {
	return n >= 1 && n <= TourSteps && s.tour().revealed[n-1]
}

// SetTourTransfer is step 4's control: the full-time persons Stevns moves
// from kontanthjælp to førtidspension.
func (s *State) SetTourTransfer(persons float64) error {
	if math.IsNaN(persons) || math.IsInf(persons, 0) {
		return fmt.Errorf("not a number")
	}
	return s.change(func(sc *calc.Scenario) {
		sc.Transfers = slices.DeleteFunc(sc.Transfers, func(t calc.Transfer) bool {
			return t.Code == tourStevns && t.From == calc.KTH && t.To == calc.FP
		})
		sc.Transfers = append(sc.Transfers, calc.Transfer{Code: tourStevns, From: calc.KTH, To: calc.FP, Persons: persons})
	})
}

// TourFigures returns what the shown step shows for the current scenario.
func (s *State) TourFigures() (*TourFigures, error) {
	return s.tourFiguresFor(s.Tour.Step, s.Scenario)
}

// TourAnswer returns the figures of the shown step's question: its
// scenario before the control is touched. Its Answer is what the question
// asks for.
func (s *State) TourAnswer() (*TourFigures, error) {
	n := s.Tour.Step
	return s.tourFiguresFor(n, tourScenario(s.demo, n, nil))
}

func tourKey(n int, sc calc.Scenario) string { return strconv.Itoa(n) + "|" + sc.Encode() }

func (s *State) tourCached(n int, sc calc.Scenario) (*TourFigures, bool) {
	f, ok := s.tour().figs[tourKey(n, sc)]
	return f, ok
}

// tourFiguresFor computes (or takes from the cache) step n's figures for a
// scenario on the built-in data.
func (s *State) tourFiguresFor(n int, sc calc.Scenario) (*TourFigures, error) {
	m := s.tour()
	key := tourKey(n, sc)
	if f, ok := m.figs[key]; ok {
		return f, nil
	}
	f, err := tourFigures(s.demo, n, sc)
	if err != nil {
		return nil, err
	}
	m.figs[key] = f
	m.order = append(m.order, key)
	for len(m.order) > 24 {
		delete(m.figs, m.order[0])
		m.order = m.order[1:]
	}
	return f, nil
}

// tourCharts draws step 2's funnel plot and rank intervals for f: at once
// off the browser, by the drawing worker in it, where it returns "" for a
// chart not yet drawn and calls refresh (if not nil) when one is.
func (s *State) tourCharts(f *TourFigures, lang string, narrow bool, refresh func()) ([2]string, error) {
	m := s.tour()
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
	for i, kind := range []string{figFunnel, figIntervals} {
		reqs[i] = figure.Request{ID: "tour-" + kind, Kind: kind, Key: key, Scenario: f.Res.Settings.Encode(),
			Area: calc.Total.ID(), Lang: lang, Selected: -1, Phi: f.Res.Settings.Phi, W: w, H: h, Stamp: stamp,
			Given: f.Intervals, HasGiven: true}
	}
	if len(m.svgs) > 12 {
		clear(m.svgs)
	}
	if app.IsClient {
		worker.want("tour", s.demo, reqs, func(fg Figure) {
			v := m.svgs[key]
			v[slices.Index([]string{"tour-" + figFunnel, "tour-" + figIntervals}, fg.ID)] = fg.SVG
			m.svgs[key] = v
			if refresh != nil {
				refresh()
			}
		}, refresh)
		return m.svgs[key], nil
	}
	var out [2]string
	cc := s.charts()
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

// tourSVG is a tour chart, or "tegner …" until the worker has drawn it.
func tourSVG(svg, lang string) app.UI {
	if svg == "" {
		return app.Div().Class("chart-placeholder").Attr("aria-busy", "true").Text(ChartMsg(lang).Drawing)
	}
	return app.Div().Class("svg").Body(app.Raw(svg))
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

func tourFigures(ds *calc.Dataset, n int, sc calc.Scenario) (*TourFigures, error) {
	res, err := calc.Apply(ds, sc)
	if err != nil {
		return nil, err
	}
	f := &TourFigures{Step: n, Key: tourKey(n, sc), Res: res, Values: map[string]float64{}, Rows: map[string][]TourRow{}}
	v := f.Values
	idx := func(code int) (int, error) {
		i := ds.MunicipalityIndex(code)
		if i < 0 {
			return -1, fmt.Errorf("tour: the data has no municipality %d", code)
		}
		return i, nil
	}
	row := func(i int, vals ...float64) TourRow {
		return TourRow{Code: ds.Municipalities[i].Code, Name: ds.Municipalities[i].Name, Values: vals, Status: res.Scenario.Status[i]}
	}
	tot, base := res.Scenario.Areas[calc.Total], res.Baseline.Areas[calc.Total]
	switch n {
	case 1:
		for _, code := range []int{tourLolland, tourRudersdal} {
			i, err := idx(code)
			if err != nil {
				return nil, err
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
		f.Answer = v["t1-rank-model-"+strconv.Itoa(tourLolland)]
	case 2:
		phi := sc.Phi
		f.Intervals = calc.RankIntervals(res, calc.Total, int(calc.Param(calc.ParamDraws)), phi, RankSimSeed)
		order := res.Scenario.Order(calc.Total)
		if len(order) < tourMidTo {
			return nil, fmt.Errorf("tour: %d municipalities are too few for ranks %d–%d", len(order), tourMidFrom, tourMidTo)
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
				return nil, err
			}
			iv := f.Intervals[i]
			f.Rows["t2-islands"] = append(f.Rows["t2-islands"], row(i, float64(tot[i].Rank), float64(iv.Lo), float64(iv.Hi)))
		}
		f.Answer = float64(apart)
	case 3:
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
	case 4:
		i, err := idx(tourStevns)
		if err != nil {
			return nil, err
		}
		kl := sc.Clone()
		kl.Scope = calc.ScopeKL
		resKL, err := calc.Apply(ds, kl)
		if err != nil {
			return nil, err
		}
		kl.Transfers = nil
		resKL0, err := calc.Apply(ds, kl)
		if err != nil {
			return nil, err
		}
		t, _ := tourTransfer(&sc)
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
	case 5:
		i, err := idx(tourStevns)
		if err != nil {
			return nil, err
		}
		var inv calc.Investment
		for _, x := range res.Investments {
			if x.Code == tourStevns {
				inv = x
			}
		}
		l, ok := sc.CaseloadFor(tourStevns)
		if !ok {
			l.From, l.To = tourCaseloadNow(ds), tourCaseloadNow(ds)
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
	case 6:
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
	default:
		return nil, fmt.Errorf("tour: no step %d", n)
	}
	return f, nil
}

// tourQuestion is step n's question with its numbers (from the data and
// calc) filled in, and the guess input's range.
func (s *State) tourQuestion(n int) (q string, lo, hi float64) {
	t := TourMsg(s.Lang)
	ds := s.demo
	nm := float64(len(ds.Municipalities))
	f := func(v float64) string { return FormatNumber(v, 0, s.Lang) }
	q = t.Steps[n-1].Question
	switch n {
	case 1:
		// Lolland's official rank: the baseline of the question's figures.
		rank := 0.0
		if a, err := s.tourFiguresFor(1, tourScenario(ds, 1, nil)); err == nil {
			rank = a.Values["t1-rank-bm-"+strconv.Itoa(tourLolland)]
		}
		return fmt.Sprintf(q, f(rank)), 1, nm
	case 2:
		k := float64(tourMidTo - tourMidFrom + 1)
		pairs := k * (k - 1) / 2
		return fmt.Sprintf(q, f(pairs)), 0, pairs
	case 4:
		return fmt.Sprintf(q, f(tourPersons)), 0, nm
	case 5:
		return fmt.Sprintf(q, f(tourCaseloadNow(ds)), f(calc.Param(calc.ParamCaseloadTarget))), 0, nm
	case 6:
		return fmt.Sprintf(q, f(nm)), 0, nm
	}
	return q, 0, nm
}

// tourExplain is the sentence under step n's answer, from its figures.
func tourExplain(n int, f *TourFigures, lang string) string {
	t := TourMsg(lang)
	v := f.Values
	i0 := func(id string) string { return FormatNumber(v[id], 0, lang) }
	e := t.Steps[n-1].Explain
	switch n {
	case 1:
		l, r := strconv.Itoa(tourLolland), strconv.Itoa(tourRudersdal)
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

// tourHref is the address of step n: the scenario it was left with in this
// session, else its question's.
func (s *State) tourHref(n int) string {
	cp := *s
	cp.Tour.Step = n
	sc := tourScenario(s.demo, n, s.tour().last[n-1])
	if n == s.Tour.Step && s.Tab == TabTour {
		sc = s.Scenario
	}
	cp.DatasetID = DemoID
	return "/?" + cp.query(sc.Encode(), TabTour, s.Muni)
}

// ---- the component ----

// tourView is the tour's tab.
func (r *Root) tourView() app.UI { return &tourPage{Rev: r.state().Rev, root: r} }

// tourPage shows the shown step. It listens for ← and → (and a presenter
// remote's Page Up and Page Down) on the window while it is mounted.
type tourPage struct {
	app.Compo

	Rev int // the state's revision: every change renders again

	root    *Root
	ctx     app.Context
	mounted bool
	keydown app.Func
	print   *tourPrint   // "Udskriv" was pressed: the all-steps handout, drawn hidden on screen (print.go)
	want    string       // step 2: the figures asked for in the background
	last    *TourFigures // step 2: the last figures shown, standing in while new ones are computed
}

// redraw renders the tour again when the drawing worker answers.
func (c *tourPage) redraw() {
	if c.mounted {
		c.ctx.Dispatch(nil)
	}
}

// OnMount listens for the step keys and puts the step's own scenario into
// the address when the link carried other levers.
func (c *tourPage) OnMount(ctx app.Context) {
	c.ctx, c.mounted = ctx, true
	c.keydown = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		e := args[0]
		if e.Get("defaultPrevented").Bool() || e.Get("altKey").Bool() || e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() {
			return nil
		}
		delta := 0
		switch e.Get("key").String() {
		case "ArrowRight", "PageDown":
			delta = 1
		case "ArrowLeft", "PageUp":
			delta = -1
		case "Escape":
			// Leave a field or a checkbox, so that the arrows step
			// again; outside them, leave presenter mode.
			if tg := e.Get("target"); tourInField(tg) || (tg.Truthy() && tg.Get("type").String() == "checkbox") {
				focusID("tour-title")
			} else if st := c.root.state(); st.Tour.Present {
				e.Call("preventDefault")
				ctx.Dispatch(func(ctx app.Context) {
					st.SetTourPresent(false)
					c.root.step(ctx, true)
				})
			}
			return nil
		default:
			return nil
		}
		if tourInField(e.Get("target")) {
			return nil // the arrows belong to the slider, the number or the radio buttons
		}
		e.Call("preventDefault")
		ctx.Dispatch(func(ctx app.Context) { c.move(ctx, delta) })
		return nil
	})
	app.Window().Call("addEventListener", "keydown", c.keydown)
	c.root.writeURL(false)
}

// OnDismount stops listening.
func (c *tourPage) OnDismount() {
	c.mounted = false
	if c.keydown != nil {
		app.Window().Call("removeEventListener", "keydown", c.keydown)
		c.keydown.Release()
		c.keydown = nil
	}
}

// OnResize draws step 2's charts again at phone or screen size.
func (c *tourPage) OnResize(ctx app.Context) { ctx.Update() }

// tourInField reports whether a key event's target uses the arrow keys
// itself: a text, number or range input, a radio button, a select.
func tourInField(el app.Value) bool {
	if !el.Truthy() {
		return false
	}
	switch el.Get("tagName").String() {
	case "SELECT", "TEXTAREA":
		return true
	case "INPUT":
		switch el.Get("type").String() {
		case "checkbox", "button", "submit", "reset":
			return false
		}
		return true
	}
	return el.Get("isContentEditable").Bool()
}

func focusID(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
	}
}

// move goes delta steps on, records it in the address and puts the focus
// on the new step's heading.
func (c *tourPage) move(ctx app.Context, delta int) {
	st := c.root.state()
	n := st.Tour.Step + delta
	if n < 1 || n > TourSteps {
		return
	}
	st.SetTourStep(n)
	c.root.step(ctx, true)
	app.Window().Call("scrollTo", 0, 0)
	c.focusAfter(ctx, "tour-title")
}

// focusAfter puts the focus on the element with the id once the page has
// been updated. It defers on the tour's own context: an event's context is
// dropped when its element goes away with the update, as the guess form
// does when the answer is revealed.
func (c *tourPage) focusAfter(ctx app.Context, id string) {
	if c.mounted {
		ctx = c.ctx
	}
	ctx.Defer(func(ctx app.Context) { focusID(id) })
}

func tourNarrow() bool {
	if !app.IsClient {
		return false
	}
	w, _ := app.Window().Size()
	return w > 0 && w < narrowBelowTour
}

// narrowBelowTour is the window width (CSS px) under which step 2's charts
// are drawn at phone size.
const narrowBelowTour = 700

// live returns the figures of the shown step under the current scenario
// and whether they are up to date. Step 2's simulation takes a good part
// of a second in the browser: there it runs once the slider has rested,
// and the last figures stand in until then.
func (c *tourPage) live(st *State) (*TourFigures, bool, error) {
	n := st.Tour.Step
	sc := st.Scenario.Clone()
	if f, ok := st.tourCached(n, sc); ok {
		if n == 2 {
			c.last = f
		}
		return f, true, nil
	}
	if n != 2 || !app.IsClient || c.last == nil {
		f, err := st.tourFiguresFor(n, sc)
		if n == 2 && err == nil {
			c.last = f
		}
		return f, err == nil, err
	}
	key := tourKey(n, sc)
	if c.want != key && c.mounted {
		c.want = key
		lang, nw := st.Lang, tourNarrow()
		c.ctx.After(tourQuiet, func(ctx app.Context) {
			if c.want != key {
				return
			}
			if f, err := st.tourFiguresFor(n, sc); err == nil {
				st.tourCharts(f, lang, nw, nil)
			}
		})
	}
	return c.last, false, nil
}

// Render shows the step: text, question or answer, the live control and
// figures, and the step navigation.
func (c *tourPage) Render() app.UI {
	st := c.root.state()
	t := TourMsg(st.Lang)
	n := min(max(st.Tour.Step, 1), TourSteps)
	stt := t.Steps[n-1]
	revealed := st.TourRevealed(n)
	page := app.Div().ID("tour").Class("page", "tour").
		DataSet("step", n).DataSet("revealed", revealed).DataSet("present", st.Tour.Present)
	return page.Body(
		app.If(!st.Tour.Present, func() app.UI {
			return app.P().Class("lead", "tour-lead").Text(t.Lead)
		}),
		app.Div().Class("tour-grid").Body(
			app.Article().ID("tour-step").Class("tour-main").Attr("aria-labelledby", "tour-title").Body(
				app.P().Class("tour-kicker").Body(
					app.Span().Class("tour-name").Text(t.Title),
					app.Span().ID("tour-stepof").Text(t.StepOf(n)),
				),
				app.H1().ID("tour-title").TabIndex(-1).Text(stt.Title),
				app.Range(stt.Body).Slice(func(i int) app.UI {
					return app.P().Class("tour-text").Text(stt.Body[i])
				}),
				c.quiz(st, n, revealed),
			),
			c.livePanel(st, n, revealed),
		),
		c.nav(st, n),
		app.If(c.print != nil, func() app.UI { return c.handout(st) }),
	)
}

// quiz asks the step's question with a number input, or shows the answer
// next to the guess.
func (c *tourPage) quiz(st *State, n int, revealed bool) app.UI {
	t := TourMsg(st.Lang)
	lang := st.Lang
	q, lo, hi := st.tourQuestion(n)
	if !revealed {
		return app.Form().ID("tour-quiz").Class("tour-quiz").
			OnSubmit(func(ctx app.Context, e app.Event) {
				e.PreventDefault()
				st.RevealTour()
				c.focusAfter(ctx, "tour-answer")
			}, app.EventScope("reveal", n)).
			Body(
				app.Label().For("tour-guess").Class("tour-question").Text(q),
				app.Div().Class("tour-guessrow").Body(
					app.Input().Type("number").ID("tour-guess").Class("number", "tour-guess").
						Attr("inputmode", "numeric").Min(num(lo)).Max(num(hi)).Step(1).
						Value(st.tour().guess[n-1]).Attr("aria-describedby", "tour-unit").
						OnInput(func(ctx app.Context, e app.Event) {
							st.SetTourGuess(ctx.JSSrc().Get("value").String())
							ctx.PreventUpdate()
						}, app.EventScope("guess", n)),
					app.Span().ID("tour-unit").Class("unit").Text(t.Steps[n-1].Unit),
					app.Button().Type("submit").ID("tour-reveal").Class("btn", "tour-reveal").Text(t.Reveal),
				),
			)
	}
	ans, err := st.TourAnswer()
	if err != nil {
		return app.P().ID("tour-error").Class("error").Text(err.Error())
	}
	guess, guessed := st.TourGuess(n)
	guessUI := app.Strong().ID("tour-guess-shown").Class("big", "muted").Text(t.NoGuess)
	if guessed {
		guessUI = app.Strong().ID("tour-guess-shown").Class("big").DataSet("value", num(guess)).Text(FormatNumber(guess, decimalsOf(guess), lang))
	}
	return app.Div().ID("tour-answer").Class("tour-answer").TabIndex(-1).Body(
		app.P().Class("tour-question").Text(q),
		app.Div().Class("tour-versus").Body(
			app.Div().Class("tour-guessbox").Body(app.Span().Class("label").Text(t.YourGuess), guessUI),
			app.Div().Class("tour-answerbox").Body(
				app.Span().Class("label").Text(t.Answer),
				tnum("tour-answer-value", ans.Answer, 0, lang).Class("big"),
			),
		),
		app.If(guessed, func() app.UI {
			return app.P().ID("tour-offby").Class("tour-offby").Text(t.OffBy(guess, ans.Answer))
		}),
		app.P().ID("tour-explain").Class("tour-explain").Text(tourExplain(n, ans, lang)),
		app.Button().ID("tour-again").Class("btn", "ghost", "small").Text(t.Again).
			OnClick(func(ctx app.Context, e app.Event) {
				st.HideTourAnswer()
				c.focusAfter(ctx, "tour-guess")
			}, app.EventScope("again", n)),
	)
}

// livePanel is the step's control and the figures it changes; before the
// answer is shown it only says that it will appear.
func (c *tourPage) livePanel(st *State, n int, revealed bool) app.UI {
	t := TourMsg(st.Lang)
	if !revealed {
		return app.Section().ID("tour-live").Class("tour-live", "panel", "locked").Attr("aria-label", t.Live).Body(
			app.P().Class("tour-lock").Text("?"),
			app.P().Class("help").Text(t.LiveLocked),
		)
	}
	f, fresh, err := c.live(st)
	sec := app.Section().ID("tour-live").Class("tour-live", "panel").Attr("aria-labelledby", "tour-live-h").
		DataSet("fresh", fresh).Attr("aria-busy", strconv.FormatBool(!fresh))
	if f != nil {
		sec = sec.DataSet("key", f.Key)
	}
	var body app.UI
	switch {
	case err != nil:
		body = app.P().ID("tour-error").Class("error").Text(err.Error())
	case f == nil:
		body = app.P().Class("help").Text(t.Computing)
	default:
		body = c.stepLive(st, n, f, fresh)
	}
	link := "/?" + st.LinkQuery(TabRanking, tourMuni(n))
	return sec.Body(
		app.H2().ID("tour-live-h").Text(t.Live),
		c.control(st, n),
		app.If(st.LeverError != "", func() app.UI {
			return app.P().ID("lever-error").Class("error").Attr("role", "alert").Text(Msg(st.Lang).LeverRefused(st.LeverError))
		}),
		body,
		app.P().Class("tour-open").Body(app.A().ID("tour-open").Href(link).Text(t.OpenSimulator)),
	)
}

// tourMuni is the municipality a step is about, pinned when the scenario
// is opened in the simulator (0: none).
func tourMuni(n int) int {
	switch n {
	case 1:
		return tourLolland
	case 4, 5:
		return tourStevns
	}
	return 0
}

// control is the step's one control.
func (c *tourPage) control(st *State, n int) app.UI {
	r := c.root
	t := TourMsg(st.Lang)
	lang := st.Lang
	switch n {
	case 1:
		ds := st.demo
		return app.FieldSet().ID("t1-control").Class("tour-control", "tour-covariates").Body(
			app.Legend().Text(t.AllCovariates),
			app.Div().Class("tour-checks").Body(app.Range(ds.Covariates).Slice(func(i int) app.UI {
				cv := ds.Covariates[i]
				on := !slices.Contains(st.Scenario.CovariatesOff, cv.ID)
				return r.checkbox("t1-cov-"+cv.ID, st.T().CovariateLabel(cv), on, func(on bool) { st.SetCovariate(cv.ID, on) })
			})),
		)
	case 2:
		p, _ := calc.ParamInfo(calc.ParamPhi)
		return app.Div().ID("t2-control").Class("tour-control").Body(r.slider(slider{
			id: "t2-phi", label: t.Phi, unit: "", value: st.Scenario.Phi, min: p.Min, max: 16, step: 0.5,
			source: p.Source, def: FormatNumber(p.Value, decimalsOf(p.Value), lang),
			set: func(v float64) error { return st.SetParam(calc.ParamPhi, v) },
		}))
	case 3:
		values := []string{calc.WeightVolume, calc.WeightCost, calc.WeightRankMean}
		labels := []string{t.WeightingVolume, t.WeightingCost, t.WeightingRank}
		return app.Div().ID("t3-control").Class("tour-control").Body(
			r.radios("t3-w", t.Weighting, values, labels, st.Scenario.Weighting, func(w string) { st.SetWeighting(w) }),
		)
	case 4:
		return app.Div().ID("t4-control").Class("tour-control").Body(r.slider(slider{
			id: "t4-persons", label: t.PersonsMoved, unit: Msg(lang).FullTimePersons, value: func() float64 {
				tr, _ := tourTransfer(&st.Scenario)
				return tr.Persons
			}(), min: 0, max: 300, step: 10,
			set: func(v float64) error { return st.SetTourTransfer(v) },
		}))
	case 5:
		c0 := tourCaseloadNow(st.demo)
		l, ok := st.Scenario.CaseloadFor(tourStevns)
		if !ok {
			l.From, l.To = c0, c0
		}
		pc1, _ := calc.ParamInfo(calc.ParamCaseloadTarget)
		return app.Div().ID("t5-control").Class("tour-control").Body(r.slider(slider{
			id: "t5-c1", label: t.TargetCaseload, unit: paramUnit(pc1, lang), value: l.To,
			min: 20, max: math.Floor(c0), step: 1, source: pc1.Source,
			def: FormatNumber(pc1.Value, 0, lang),
			set: func(v float64) error { return st.SetCaseload(tourStevns, c0, v) },
		}))
	case 6:
		p, _ := calc.ParamInfo(calc.ParamConvMin)
		return app.Div().ID("t6-control").Class("tour-control").Body(r.slider(slider{
			id: "t6-conv", label: t.ConvThreshold, unit: "%", value: st.Result().RuleSet.ConvMin,
			min: 50, max: 100, step: 1, source: p.Source, def: FormatNumber(p.Value, 0, lang),
			set: func(v float64) error { return st.SetParam(calc.ParamConvMin, v) },
		}))
	}
	return nil
}

// tnum shows a number of the figures: the formatted value, and the exact
// value in data-value for tests and for anyone reading the page's source.
func tnum(id string, v float64, decimals int, lang string) app.HTMLStrong {
	return app.Strong().ID(id).Class("tnum").DataSet("value", num(v)).Text(FormatNumber(v, decimals, lang))
}

// tmio shows kroner as millions.
func tmio(id string, kr float64, lang string) app.HTMLStrong {
	return app.Strong().ID(id).Class("tnum").DataSet("value", num(kr)).Text(FormatMio(kr, lang))
}

// stat is a big number with a line of text under it.
func stat(n app.UI, label string, class ...string) app.UI {
	return app.Div().Class(append([]string{"tour-stat"}, class...)...).Body(n, app.Span().Class("label").Text(label))
}

// stepLive is the figures of the step under the current scenario.
func (c *tourPage) stepLive(st *State, n int, f *TourFigures, fresh bool) app.UI {
	t := TourMsg(st.Lang)
	tt := st.T()
	lang := st.Lang
	v := f.Values
	num0 := func(id string) app.HTMLStrong { return tnum(id, v[id], 0, lang) }
	switch n {
	case 1:
		codes := []int{tourLolland, tourRudersdal}
		r2 := func(a calc.Area) string {
			if x, ok := v["t1-r2-"+a.ID()]; ok {
				return FormatNumber(x, 2, lang)
			}
			return "–"
		}
		return app.Div().Class("tour-figs").Body(
			app.P().ID("t1-covcount").Class("tour-line").Text(fmt.Sprintf(t.CovariatesOnFmt,
				FormatNumber(v["t1-covariates"], 0, lang), FormatInt(len(st.demo.Covariates), lang))),
			app.Table().ID("t1-table").Class("tour-table", "t1").Body(
				app.THead().Body(app.Tr().Body(
					app.Td(),
					app.Range(codes).Slice(func(k int) app.UI {
						return app.Th().Scope("col").Class("num").DataSet("code", codes[k]).
							Text(st.demo.Municipalities[st.demo.MunicipalityIndex(codes[k])].Name)
					}),
				)),
				app.TBody().Body(app.Range(t1Rows).Slice(func(k int) app.UI {
					rw := t1Rows[k]
					tr := app.Tr()
					if rw.hl {
						tr = tr.Class("hl")
					}
					return tr.Body(
						app.Th().Scope("row").Text(rw.label(t)),
						app.Range(codes).Slice(func(j int) app.UI {
							id := rw.id + strconv.Itoa(codes[j])
							return app.Td().Class("num").Body(tnum(id, v[id], rw.decimals, lang))
						}),
					)
				})),
			),
			app.P().ID("t1-r2").Class("help").Text(fmt.Sprintf(t.R2Fmt, r2(calc.DP), r2(calc.KTH), r2(calc.SYG))),
			app.P().Class("help").Text(t.ModelNote),
		)
	case 2:
		svgs, err := st.tourCharts(f, lang, tourNarrow() || st.Tour.Present, c.redraw)
		islands := f.Rows["t2-islands"]
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats", "four").Body(
				stat(num0("t2-apart"), fmt.Sprintf(t.PairsApartFmt, FormatNumber(v["t2-pairs"], 0, lang))),
				stat(num0("t2-width"), t.MedianWidth),
				stat(num0("t2-out95"), t.Outside95),
				stat(num0("t2-out998"), t.Outside998),
			),
			app.If(err != nil, func() app.UI { return app.P().Class("error").Text(fmt.Sprint(err)) }),
			app.If(err == nil, func() app.UI {
				cls := []string{"tour-charts"}
				if !fresh {
					cls = append(cls, "stale")
				}
				return app.Div().ID("t2-charts").Class(cls...).Body(
					app.Figure().ID("t2-funnel").Class("chart").Attr("aria-label", t.FunnelAlt).Body(tourSVG(svgs[0], lang)),
					app.Figure().ID("t2-intervals").Class("chart").Attr("aria-label", t.IvAlt).Body(tourSVG(svgs[1], lang)),
				)
			}),
			app.P().Class("tour-line", "islands").Body(
				app.Span().Class("label").Text(t.SmallTitle+" — "+t.IntervalCol+":"),
				app.Ul().ID("t2-islands").Class("tour-chips").Body(app.Range(islands).Slice(func(k int) app.UI {
					r := islands[k]
					return app.Li().DataSet("code", r.Code).DataSet("rank", num(r.Values[0])).
						DataSet("lo", num(r.Values[1])).DataSet("hi", num(r.Values[2])).
						Text(fmt.Sprintf("%s %s %s (%s–%s)", r.Name, t.RankNo, FormatNumber(r.Values[0], 0, lang),
							FormatNumber(r.Values[1], 0, lang), FormatNumber(r.Values[2], 0, lang)))
				})),
			),
		)
	case 3:
		top, left := f.Rows["t3-top"], f.Rows["t3-left"]
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats", "two").Body(
				stat(num0("t3-moved"), fmt.Sprintf(t.MovedFmt, FormatNumber(calc.Param(calc.ParamMoveThreshold), 0, lang))),
				stat(num0("t3-entered"), t.EnteredTop),
			),
			app.Div().Class("tour-two").Body(
				app.Table().ID("t3-top").Class("tour-table").Body(
					app.Caption().Text(t.Top10Title+" · "+tourWeightingName(t, st.Scenario.Weighting)),
					app.THead().Body(app.Tr().Body(
						app.Th().Scope("col").Class("num").Text(t.RankCol),
						app.Th().Scope("col").Text(tt.Municipality),
						app.Th().Scope("col").Class("num").Text(t.OfficialRankCol),
					)),
					app.TBody().Body(app.Range(top).Slice(func(k int) app.UI {
						r := top[k]
						tr := app.Tr().DataSet("code", r.Code).DataSet("rank", num(r.Values[0])).DataSet("official", num(r.Values[1])).DataSet("new", r.New)
						if r.New {
							tr = tr.Class("new")
						}
						return tr.Body(
							app.Td().Class("num").Text(FormatNumber(r.Values[0], 0, lang)),
							app.Th().Scope("row").Body(app.Text(r.Name), app.If(r.New, func() app.UI {
								return app.Span().Class("tag").Text(t.NewInTop)
							})),
							app.Td().Class("num").Text(FormatNumber(r.Values[1], 0, lang)),
						)
					})),
				),
				app.Div().ID("t3-left").Class("tour-left").Body(
					app.H3().Text(t.LeftTop),
					app.If(len(left) == 0, func() app.UI { return app.P().Text(t.NoneLeft) }),
					app.Ul().Body(app.Range(left).Slice(func(k int) app.UI {
						r := left[k]
						return app.Li().DataSet("code", r.Code).DataSet("official", num(r.Values[0])).DataSet("rank", num(r.Values[1])).
							Text(r.Name + ": " + fmt.Sprintf(t.RankNowFmt, FormatNumber(r.Values[0], 0, lang), FormatNumber(r.Values[1], 0, lang)))
					})),
				),
			),
			app.P().ID("t3-prices").Class("help").Body(
				app.Text(fmt.Sprintf(t.PricesFmt, FormatNumber(v["t3-price-dp"], 0, lang), FormatNumber(v["t3-price-kth"], 0, lang),
					FormatNumber(v["t3-price-syg"], 0, lang))),
			),
		)
	case 4:
		near := f.Rows["t4-near"]
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats", "two").Body(
				c.rankMove("t4-official", t.OfficialList, v, lang),
				c.rankMove("t4-kl", t.KLList, v, lang),
			),
			app.P().Class("tour-line").Body(
				app.Text(t.StevnsKTH+": "), tnum("t4-kth", v["t4-kth"], 0, lang),
				app.Text(" · "+t.StevnsFP+": "), tnum("t4-fp", v["t4-fp"], 0, lang),
			),
			app.Table().ID("t4-near").Class("tour-table", "small").Body(
				app.Caption().Text(t.NearTitle),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Class("num").Text(t.RankCol),
					app.Th().Scope("col").Text(tt.Municipality),
					app.Th().Scope("col").Class("num").Text(tt.ColumnName(report.ColPP)),
				)),
				app.TBody().Body(app.Range(near).Slice(func(k int) app.UI {
					r := near[k]
					tr := app.Tr().DataSet("code", r.Code).DataSet("rank", num(r.Values[0]))
					if r.Code == tourStevns {
						tr = tr.Class("hl")
					}
					return tr.Body(
						app.Td().Class("num").Text(FormatNumber(r.Values[0], 0, lang)),
						app.Th().Scope("row").Text(r.Name),
						app.Td().Class("num").Text(FormatSigned(r.Values[1], 2, lang)),
					)
				})),
			),
		)
	case 5:
		netCls := "good"
		if v["t5-net"] < 0 {
			netCls = "bad"
		}
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats", "two").Body(
				c.rankMove("t5", t.RankStevns, map[string]float64{"t5-before": v["t5-rank-before"], "t5-after": v["t5-rank-after"], "t5-climb": v["t5-climb"]}, lang),
				stat(tnum("t5-persons", v["t5-persons"], 0, lang), t.FewerPersons),
			),
			app.Table().ID("t5-money").Class("tour-table", "invest").Body(
				app.TBody().Body(
					app.Tr().Body(app.Th().Scope("row").Text(t.ExtraCaseworkers), app.Td().Class("num").Body(tnum("t5-caseworkers", v["t5-caseworkers"], 1, lang))),
					app.Tr().Body(app.Th().Scope("row").Text(t.CaseworkerCost), app.Td().Class("num").Body(tmio("t5-cost", v["t5-cost"], lang))),
					app.Tr().Body(app.Th().Scope("row").Text(t.BenefitSaved), app.Td().Class("num").Body(tmio("t5-saved", v["t5-saved"], lang))),
					app.Tr().Class("total").Body(app.Th().Scope("row").Text(t.Net),
						app.Td().Class("num", netCls).Body(app.Strong().ID("t5-net").Class("tnum").DataSet("value", num(v["t5-net"])).Text(FormatMioSigned(v["t5-net"], lang)))),
				),
			),
			app.P().Class("help").Text(fmt.Sprintf(t.AssumptionsFmt,
				FormatNumber(f.Res.Settings.Epsilon, decimalsOf(f.Res.Settings.Epsilon), lang),
				FormatNumber(f.Res.Settings.PhaseIn, decimalsOf(f.Res.Settings.PhaseIn), lang),
				FormatNumber(f.Res.Settings.CaseworkerCost, 0, lang),
				FormatNumber(f.Res.Settings.Prices[calc.KTH], 0, lang))),
		)
	case 6:
		// list shows municipalities with one margin: persons from the result
		// target's line (col 0) or conversations (col 1).
		list := func(id, caption string, rows []TourRow, col int) app.UI {
			head := t.PersonsFromLine
			if col == 1 {
				head = t.Conversations
			}
			return app.Table().ID(id).Class("tour-table", "small").Body(
				app.Caption().Text(caption),
				app.THead().Body(app.Tr().Body(
					app.Th().Scope("col").Text(tt.Municipality),
					app.Th().Scope("col").Class("num").Text(head),
					app.Th().Scope("col").Text(t.StatusCol),
				)),
				app.TBody().Body(app.Range(rows).Slice(func(k int) app.UI {
					r := rows[k]
					cls := ""
					switch {
					case r.Status.Inspiration:
						cls = "insp"
					case r.Status.Risk:
						cls = "risk"
					}
					cell := FormatSigned(r.Values[0], 1, lang)
					if col == 1 {
						cell = FormatNumber(r.Values[1], 1, lang)
					}
					return app.Tr().DataSet("code", r.Code).DataSet("persons", num(r.Values[0])).DataSet("conv", num(r.Values[1])).Body(
						app.Th().Scope("row").Text(r.Name),
						app.Td().Class("num").Text(cell),
						app.Td().Class("st", cls).Text(tt.StatusShort(r.Status)),
					)
				})),
			)
		}
		risk := f.Rows["t6-risk"]
		return app.Div().Class("tour-figs").Body(
			app.Div().Class("tour-stats").Body(
				stat(num0("t6-result"), t.ResultMet),
				stat(num0("t6-insp"), t.Inspiration),
				stat(num0("t6-risk"), t.AtRisk, "risk"),
			),
			app.P().Class("tour-line", "risk").Body(
				app.Span().Class("label").Text(t.RiskTitle+":"),
				app.If(len(risk) == 0, func() app.UI { return app.Span().ID("t6-none").Text(" " + t.NoRisk) }),
				app.Ul().ID("t6-risk-list").Class("tour-chips").Body(app.Range(risk).Slice(func(k int) app.UI {
					r := risk[k]
					return app.Li().DataSet("code", r.Code).DataSet("persons", num(r.Values[0])).DataSet("conv", num(r.Values[1])).
						Text(fmt.Sprintf("%s (%s · %s %%)", r.Name, FormatSigned(r.Values[0], 0, lang), FormatNumber(r.Values[1], 1, lang)))
				})),
			),
			app.Div().Class("tour-two").Body(
				list("t6-near-result", t.NearResult, f.Rows["t6-near-result"], 0),
				list("t6-near-fokus", t.NearFokus, f.Rows["t6-near-fokus"], 1),
			),
		)
	}
	return nil
}

// t1Rows are the rows of step 1's table: an id prefix (the code follows),
// its label and decimals.
var t1Rows = []struct {
	id       string
	label    func(*TourTexts) string
	decimals int
	hl       bool
}{
	{"t1-actual-", func(t *TourTexts) string { return t.ActualShare }, 2, false},
	{"t1-exp-bm-", func(t *TourTexts) string { return t.ExpectedBM }, 2, false},
	{"t1-exp-model-", func(t *TourTexts) string { return t.ExpectedModel }, 2, false},
	{"t1-rank-bm-", func(t *TourTexts) string { return t.RankBM }, 0, false},
	{"t1-rank-model-", func(t *TourTexts) string { return t.RankModel }, 0, true},
}

// rankMove shows a rank before and after and the places climbed, from the
// values prefix+"-before", "-after", "-climb".
func (c *tourPage) rankMove(prefix, label string, v map[string]float64, lang string) app.UI {
	t := TourMsg(lang)
	climb := v[prefix+"-climb"]
	cls := "zero"
	switch {
	case climb > 0:
		cls = "up"
	case climb < 0:
		cls = "down"
	}
	return app.Div().ID(prefix+"-move").Class("tour-stat", "tour-move", cls).Body(
		app.Span().Class("label").Text(label),
		app.P().Class("tour-ranks").Body(
			app.Text(t.RankNo+" "), tnum(prefix+"-before", v[prefix+"-before"], 0, lang),
			app.Text(" → "+t.RankNo+" "), tnum(prefix+"-after", v[prefix+"-after"], 0, lang),
		),
		app.P().Class("tour-climb").Body(
			app.Strong().ID(prefix+"-climb").Class("tnum").DataSet("value", num(climb)).Text(FormatSigned(climb, 0, lang)),
			app.Text(" "+t.PlacesWord),
		),
	)
}

func tourWeightingName(t *TourTexts, w string) string {
	switch w {
	case calc.WeightCost:
		return t.WeightingCost
	case calc.WeightRankMean:
		return t.WeightingRank
	}
	return t.WeightingVolume
}

// nav is the step navigation: previous, the six steps as links, next,
// presenter mode and (in presenter mode, where the header is hidden) the
// language.
func (c *tourPage) nav(st *State, n int) app.UI {
	t := TourMsg(st.Lang)
	r := c.root
	steps := make([]int, TourSteps)
	for i := range steps {
		steps[i] = i + 1
	}
	other, otherLabel := LangEN, "English"
	if st.Lang == LangEN {
		other, otherLabel = LangDA, "Dansk"
	}
	return app.Nav().ID("tour-nav").Class("tour-nav").Attr("aria-label", t.StepsNav).Body(
		app.Div().Class("tour-steps").Body(
			app.Button().ID("tour-prev").Class("btn", "ghost").Disabled(n <= 1).Attr("aria-label", t.Prev).Body(
				app.Span().Attr("aria-hidden", "true").Text("←"), app.Span().Class("tour-word").Text(" "+t.Prev),
			).
				OnClick(func(ctx app.Context, e app.Event) { c.move(ctx, -1) }),
			app.Ol().Class("tour-dots").Body(app.Range(steps).Slice(func(i int) app.UI {
				k := steps[i]
				a := app.A().ID("tour-dot-"+strconv.Itoa(k)).Href(st.tourHref(k)).
					Title(t.Steps[k-1].Title).Attr("aria-label", t.StepOf(k)+": "+t.Steps[k-1].Title).Text(strconv.Itoa(k))
				if k == n {
					a = a.Attr("aria-current", "step").Class("current")
				}
				if st.TourRevealed(k) {
					a = a.Class("done")
				}
				return app.Li().Body(a)
			})),
			app.Button().ID("tour-next").Class("btn").Disabled(n >= TourSteps).Attr("aria-label", t.Next).Body(
				app.Span().Class("tour-word").Text(t.Next+" "), app.Span().Attr("aria-hidden", "true").Text("→"),
			).
				OnClick(func(ctx app.Context, e app.Event) { c.move(ctx, 1) }),
		),
		app.Div().Class("tour-tools").Body(
			r.printButton(func(ctx app.Context) { c.print = &tourPrint{}; ctx.Update() }, "tour-print"),
			app.Button().ID("tour-present").Class("btn", "ghost").Attr("aria-pressed", strconv.FormatBool(st.Tour.Present)).
				Text(func() string {
					if st.Tour.Present {
						return t.PresentOff
					}
					return t.PresentOn
				}()).
				OnClick(func(ctx app.Context, e app.Event) {
					st.SetTourPresent(!st.Tour.Present)
					r.step(ctx, true)
				}),
			app.If(st.Tour.Present, func() app.UI {
				return app.Button().ID("tour-lang").Class("btn", "ghost").Lang(other).
					Attr("aria-label", st.T().SwitchLanguage).Text(otherLabel).
					OnClick(func(ctx app.Context, e app.Event) {
						st.SetLang(other)
						r.step(ctx, true)
					}, app.EventScope(other))
			}),
		),
		app.P().Class("tour-keys", "help").Body(
			app.Text(t.KeysHelp+" "),
			app.If(st.Tour.Present, func() app.UI { return app.Span().ID("tour-esc").Text(MeetMsg(st.Lang).PresentEsc + " ") }),
			app.If(n == TourSteps, func() app.UI { return app.Span().Text(t.Finished + " ") }),
			app.Span().Class("tour-data").Text(t.DataNote),
		),
	)
}
