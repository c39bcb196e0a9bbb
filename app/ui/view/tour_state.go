package view

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"benchsim/calc"
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
	TourLolland   = 360 // rural, many on support and even more expected
	TourRudersdal = 230 // north of Copenhagen, few on support and fewer expected
	TourStevns    = 336 // last in 2017 (seed 000); its chairman on connected vessels and caseload
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

// TourQuiet is how long the φ slider must rest before step 2's 1,000-draw
// simulation and charts are computed in the browser.
const TourQuiet = 150 * time.Millisecond

// Tour is the tour's part of the view (State.Tour): the step and
// presenter mode (in the URL as step= and present=), and what the session
// remembers: guesses, revealed answers, the scenario each step was left
// with, and the figures computed (tour_figures.go). A step's scenario is
// the scenario of the State the tour belongs to while the step is shown.
type Tour struct {
	Step    int // 1..TourSteps
	Present bool

	memory *tourMemory // shared by copies of the state (ApplyQuery)
	s      *State      // the state whose scenario the steps set
}

type tourMemory struct {
	guess    [TourSteps]string
	revealed [TourSteps]bool
	last     [TourSteps]*calc.Scenario
	figs     map[string]*TourFigures
	svgs     map[string][2]string
	order    []string // cache keys, oldest first
}

func (t *Tour) reset() { t.Step, t.Present = 1, false }

// query returns the tour's URL keys, each starting with "&": only on the
// tour's view.
func (t *Tour) query(tab string) string {
	if tab != TabTour {
		return ""
	}
	q := "&step=" + strconv.Itoa(max(t.Step, 1))
	if t.Present {
		q += "&present=1"
	}
	return q
}

// apply reads the tour's keys from a parsed URL query.
func (t *Tour) apply(kv [][2]string) error {
	t.reset()
	for _, p := range kv {
		switch p[0] {
		case "step":
			n, err := strconv.Atoi(p[1])
			if err != nil || n < 1 || n > TourSteps {
				return fmt.Errorf("step=%s: the tour has steps 1–%d", p[1], TourSteps)
			}
			t.Step = n
		case "present":
			if p[1] != "0" && p[1] != "1" {
				return fmt.Errorf("present=%s: want 0 or 1", p[1])
			}
			t.Present = p[1] == "1"
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

// mem is what the session remembers, created on first use.
func (t *Tour) mem() *tourMemory {
	if t.memory == nil {
		t.memory = &tourMemory{figs: map[string]*TourFigures{}, svgs: map[string][2]string{}}
	}
	return t.memory
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
		if t, ok := TourTransfer(from); ok {
			persons = t.Persons
		}
		sc.Transfers = []calc.Transfer{{Code: TourStevns, From: calc.KTH, To: calc.FP, Persons: persons}}
	case 5: // Stevns lowers its kth caseload
		c0 := TourCaseloadNow(ds)
		c1 := calc.Param(calc.ParamCaseloadTarget)
		if from != nil {
			if l, ok := from.CaseloadFor(TourStevns); ok && l.Area == calc.KTH && l.To > 0 {
				c1 = l.To
			}
		}
		sc.SetCaseload(calc.CaseloadLever{Code: TourStevns, Area: calc.KTH, From: c0, To: c1})
	case 6: // supervision thresholds; the question: the period's own rule set
		if from != nil && from.RuleSet != "" {
			sc.RuleSet, sc.ConvMin, sc.UseOffers, sc.OfferMin = from.RuleSet, from.ConvMin, from.UseOffers, from.OfferMin
		}
	}
	return sc
}

// TourTransfer finds step 4's transfer (Stevns, kth → fp) in a scenario.
func TourTransfer(sc *calc.Scenario) (calc.Transfer, bool) {
	if sc == nil {
		return calc.Transfer{}, false
	}
	for _, t := range sc.Transfers {
		if t.Code == TourStevns && t.From == calc.KTH && t.To == calc.FP && t.Pct == 0 {
			return t, true
		}
	}
	return calc.Transfer{}, false
}

// TourCaseloadNow is Stevns' current kth caseload in the latest period (the
// data's, else the parameter default).
func TourCaseloadNow(ds *calc.Dataset) float64 {
	if i := ds.MunicipalityIndex(TourStevns); i >= 0 && len(ds.Periods) > 0 {
		if v := ds.Periods[len(ds.Periods)-1].Rows[i].Caseload[calc.KTH]; v > 0 {
			return v
		}
	}
	return calc.Param(calc.ParamCaseloadCurrent)
}

// SetStep shows step n of the tour with its scenario on the built-in
// data: the scenario the step was left with earlier in the session, else
// the step's question.
func (t *Tour) SetStep(n int) {
	s := t.s
	if n < 1 || n > TourSteps {
		return
	}
	m := t.mem()
	if s.Tab == TabTour && t.Step >= 1 {
		cp := s.Scenario.Clone()
		m.last[t.Step-1] = &cp
	}
	s.Tab, t.Step = TabTour, n
	s.DatasetID, s.ds = DemoID, s.demo
	if s.Muni != 0 && s.ds.MunicipalityIndex(s.Muni) < 0 {
		s.Muni = 0
	}
	s.Scenario = tourScenario(s.demo, n, m.last[n-1])
	s.LeverError = ""
	s.recompute()
	s.fixArea()
}

// SetPresent switches presenter mode: large type, the app's header and
// navigation hidden.
func (t *Tour) SetPresent(on bool) { t.Present = on; t.s.Rev++ }

// SetGuess keeps the guess typed for the shown step.
func (t *Tour) SetGuess(text string) { t.mem().guess[t.Step-1] = strings.TrimSpace(text) }

// Guess returns step n's guess, if one was made.
func (t *Tour) Guess(n int) (float64, bool) {
	if n < 1 || n > TourSteps {
		return 0, false
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(t.mem().guess[n-1], ",", "."), 64)
	return v, err == nil && !math.IsNaN(v) && !math.IsInf(v, 0)
}

// GuessText is the guess typed at step n, as typed (trimmed).
func (t *Tour) GuessText(n int) string { return t.mem().guess[n-1] }

// Reveal shows the shown step's answer next to the guess.
func (t *Tour) Reveal() { t.mem().revealed[t.Step-1] = true; t.s.Rev++ }

// HideAnswer asks the shown step's question again.
func (t *Tour) HideAnswer() {
	s := t.s
	m := t.mem()
	m.revealed[t.Step-1] = false
	m.guess[t.Step-1] = ""
	s.Rev++
}

// Revealed reports whether step n's answer is shown.
func (t *Tour) Revealed(n int) bool {
	return n >= 1 && n <= TourSteps && t.mem().revealed[n-1]
}

// SetTransfer is step 4's control: the full-time persons Stevns moves
// from kontanthjælp to førtidspension.
func (t *Tour) SetTransfer(persons float64) error {
	s := t.s
	if math.IsNaN(persons) || math.IsInf(persons, 0) {
		return fmt.Errorf("not a number")
	}
	return s.change(func(sc *calc.Scenario) {
		sc.Transfers = slices.DeleteFunc(sc.Transfers, func(t calc.Transfer) bool {
			return t.Code == TourStevns && t.From == calc.KTH && t.To == calc.FP
		})
		sc.Transfers = append(sc.Transfers, calc.Transfer{Code: TourStevns, From: calc.KTH, To: calc.FP, Persons: persons})
	})
}

// Figures returns what the shown step shows for the current scenario.
func (t *Tour) Figures() (*TourFigures, error) {
	s := t.s
	return t.FiguresFor(t.Step, s.Scenario)
}

// Answer returns the figures of the shown step's question: its
// scenario before the control is touched. Its Answer is what the question
// asks for.
func (t *Tour) Answer() (*TourFigures, error) {
	s := t.s
	n := t.Step
	return t.FiguresFor(n, tourScenario(s.demo, n, nil))
}

// TourKey is the key of step n's figures for a scenario.
func TourKey(n int, sc calc.Scenario) string { return strconv.Itoa(n) + "|" + sc.Encode() }

// Cached returns step n's figures for a scenario when they were computed.
func (t *Tour) Cached(n int, sc calc.Scenario) (*TourFigures, bool) {
	f, ok := t.mem().figs[TourKey(n, sc)]
	return f, ok
}

// FiguresFor computes (or takes from the cache) step n's figures for a
// scenario on the built-in data.
func (t *Tour) FiguresFor(n int, sc calc.Scenario) (*TourFigures, error) {
	s := t.s
	m := t.mem()
	key := TourKey(n, sc)
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

// Question is step n's question with its numbers (from the data and
// calc) filled in, and the guess input's range.
func (t *Tour) Question(n int) (q string, lo, hi float64) {
	s := t.s
	tt := TourMsg(s.Lang)
	ds := s.demo
	nm := float64(len(ds.Municipalities))
	f := func(v float64) string { return FormatNumber(v, 0, s.Lang) }
	q = tt.Steps[n-1].Question
	switch n {
	case 1:
		// Lolland's official rank: the baseline of the question's figures.
		rank := 0.0
		if a, err := t.FiguresFor(1, tourScenario(ds, 1, nil)); err == nil {
			rank = a.Values["t1-rank-bm-"+strconv.Itoa(TourLolland)]
		}
		return fmt.Sprintf(q, f(rank)), 1, nm
	case 2:
		k := float64(tourMidTo - tourMidFrom + 1)
		pairs := k * (k - 1) / 2
		return fmt.Sprintf(q, f(pairs)), 0, pairs
	case 4:
		return fmt.Sprintf(q, f(tourPersons)), 0, nm
	case 5:
		return fmt.Sprintf(q, f(TourCaseloadNow(ds)), f(calc.Param(calc.ParamCaseloadTarget))), 0, nm
	case 6:
		return fmt.Sprintf(q, f(nm)), 0, nm
	}
	return q, 0, nm
}

// Href is the address of step n: the scenario it was left with in this
// session, else its question's.
func (t *Tour) Href(n int) string {
	s := t.s
	cp := *s
	cp.Tour.Step = n
	sc := tourScenario(s.demo, n, t.mem().last[n-1])
	if n == t.Step && s.Tab == TabTour {
		sc = s.Scenario
	}
	cp.DatasetID = DemoID
	return "/?" + cp.query(sc.Encode(), TabTour, s.Muni)
}
