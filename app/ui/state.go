package ui

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"

	"benchsim/app/dataset"
	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
)

// Tabs (views) of the app, as written in the URL.
const (
	TabRanking      = "ranking"
	TabScenario     = "scenario"
	TabMunicipality = "municipality"
	TabData         = "data"
	TabMethod       = "method"
)

// Tabs lists the views in display order.
var Tabs = []string{TabRanking, TabScenario, TabCompare, TabCharts, TabMunicipality, TabData, TabMethod, TabTour}

// DemoID is the identifier of the built-in illustrative dataset.
const DemoID = "demo"

// State is the whole state of the app's view: dataset, scenario, period,
// tab, selected municipality, language, sort and filter. Components render
// from it and change it only through its methods, so plain `go test` can
// drive the app without a browser. The numbers come from calc.Apply; State
// never computes model numbers itself.
type State struct {
	Lang      string
	Tab       string
	DatasetID string
	Scenario  calc.Scenario
	Area      calc.Area
	Sort      string // column, with a leading "-" for descending
	Filter    string // part of a municipality's name
	Region    string
	Muni      int // selected (pinned) municipality code; 0 for none
	// Charts is the charts view's state (charts.go).
	Charts ChartView
	// Tour is the guided tour's state (tour.go).
	Tour TourView
	// Compare is the comparison view's state, Saved the saved scenarios
	// (compare_state.go, saved.go); HeadlineOpen the headline figure whose
	// rows are shown (headline.go).
	Compare      CompareView
	Saved        SavedView
	HeadlineOpen string
	reformDraft  calc.CaseloadReform
	reformCases  bool
	explain      explainCache

	// Notice is a message for the user about the URL or the stored data
	// (e.g. a link that could not be read); empty when there is none.
	Notice string
	// LeverError is the last scenario change that calc refused, worded in
	// the language; the scenario stayed as it was. leverErr is calc's error
	// behind it, worded again when the language changes.
	LeverError string
	leverErr   error
	// ImportError is the last failed import's message; ImportOK the last
	// successful one's; ImportWarnings its warnings.
	ImportError    string
	ImportOK       string
	ImportWarnings []string
	// ConfirmDelete is the stored dataset whose "Slet" was pressed and
	// awaits "Ja, slet" (delete.go); "" for none.
	ConfirmDelete string
	// Caseload editor: the municipality being edited on the scenario page.
	EditMuni int
	// Transfer editor draft.
	Draft calc.Transfer
	// Rev increases with every change; components use it to skip work.
	Rev int

	// Data is the datasets' state (datasets.go): the library of sets, a
	// link waiting for its data, a file waiting for an answer.
	Data DataView

	demo *calc.Dataset
	ds   *calc.Dataset
	res  *calc.Result

	byName   []int // municipality indices by name, for byNameDS
	byNameDS *calc.Dataset
}

// NewState returns the default view on the demo dataset, with the
// datasets kept in store (a dataset.MemStore when nil). The store is read
// at once when it answers at once (as MemStore does); a browser store's
// answer arrives later and is taken in by restored.
func NewState(demo *calc.Dataset, store dataset.Store) *State {
	if store == nil {
		store = &dataset.MemStore{}
	}
	s := &State{demo: demo}
	s.Data.init(store)
	s.reset()
	s.Data.lib.Open(func(err error) { s.restored(err) })
	return s
}

func (s *State) reset() {
	s.Lang, s.Tab, s.DatasetID = LangDA, TabRanking, DemoID
	s.Scenario = calc.DefaultScenario()
	s.Area, s.Sort, s.Filter, s.Region, s.Muni = calc.Total, report.ColRank, "", "", 0
	s.Charts.reset()
	s.Tour.reset()
	s.Compare.reset()
	s.EditMuni = 0
	s.LeverError = ""
	s.Data.Need = ""
	s.ds = s.demo
	s.recompute()
}

// Dataset returns the current dataset.
func (s *State) Dataset() *calc.Dataset { return s.ds }

// Result returns calc's result for the current scenario.
func (s *State) Result() *calc.Result { return s.res }

// T returns the texts in the current language.
func (s *State) T() *Texts { return Msg(s.Lang) }

func (s *State) recompute() {
	res, err := calc.Apply(s.ds, s.Scenario)
	if err != nil {
		// The default scenario always works on a valid dataset.
		s.Scenario = calc.DefaultScenario()
		res, err = calc.Apply(s.ds, s.Scenario)
		if err != nil {
			panic("ui: the default scenario failed: " + err.Error())
		}
	}
	s.res = res
	s.Rev++
}

// change applies f to a copy of the scenario; when calc accepts the result
// it becomes the scenario, otherwise the scenario stays and LeverError says
// why.
func (s *State) change(f func(sc *calc.Scenario)) error {
	sc := s.Scenario.Clone()
	f(&sc)
	res, err := calc.Apply(s.ds, sc)
	if err != nil {
		s.leverErr, s.LeverError = err, text.CalcError(err, s.Lang)
		s.Rev++
		return err
	}
	s.leverErr, s.LeverError = nil, ""
	s.Scenario, s.res = sc, res
	s.Rev++
	return nil
}

// ---- URL ----

// Query returns the whole view as a URL query string (without "?"): the
// scenario in calc's syntax followed by the app's own keys, each only when
// it differs from the default.
func (s *State) Query() string { return s.query(s.Scenario.Encode(), s.Tab, s.Muni) }

// LinkQuery is Query for the same view with another tab and municipality.
func (s *State) LinkQuery(tab string, muni int) string {
	return s.query(s.Scenario.Encode(), tab, muni)
}

// query builds the query from the already encoded scenario, so that a
// table can link every row without encoding the scenario 98 times.
func (s *State) query(scenario, tab string, muni int) string {
	q := scenario
	add := func(k, v string) { q += "&" + k + "=" + escapeValue(v) }
	switch {
	case s.DatasetID != DemoID:
		add("ds", s.DatasetID)
		if f := s.Data.linkFiles(s.DatasetID); f != "" {
			add("files", f)
		}
	case s.Data.wanted != "":
		// A link waiting for its data keeps naming it, so that a reload
		// or a link made meanwhile waits for it too.
		add("ds", s.Data.wanted)
		if s.Data.linked != "" {
			add("files", s.Data.linked)
		}
	}
	if tab != TabRanking {
		add("tab", tab)
	}
	if muni != 0 {
		add("m", strconv.Itoa(muni))
	}
	if s.Area != calc.Total {
		add("area", s.Area.ID())
	}
	if s.Sort != report.ColRank {
		add("sort", s.Sort)
	}
	// The name and region filters belong to the ranking, where their boxes
	// are: they do not follow the user to other views or into their links.
	if s.Filter != "" && tab == TabRanking {
		add("q", s.Filter)
	}
	if s.Region != "" && tab == TabRanking {
		add("region", s.Region)
	}
	if tab == TabData && s.Data.Need != "" {
		add("need", s.Data.Need)
	}
	q += s.Charts.query()
	q += s.Tour.query(tab)
	q += s.Compare.query()
	if s.Lang != LangDA {
		add("lang", s.Lang)
	}
	return q
}

func escapeValue(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '.', c == '~':
			b.WriteByte(c)
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// ApplyQuery sets the whole view from a URL query string. A malformed or
// future-versioned query leaves the default view with a Notice saying why,
// and returns the error. The language is kept from the query when it can be
// read, so the notice is in the user's language.
func (s *State) ApplyQuery(q string) error {
	kv, err := calc.ParseQuery(q)
	lang := LangDA
	for _, p := range kv {
		if p[0] == "lang" && p[1] == LangEN {
			lang = LangEN
		}
	}
	fail := func(err error) error {
		s.reset()
		s.Lang = lang
		s.Notice = fmt.Sprintf(Msg(lang).BadLink, err.Error())
		s.Rev++
		return err
	}
	if err != nil {
		return fail(err)
	}
	sc, err := calc.DecodeScenarioPairs(kv)
	if err != nil {
		return fail(err)
	}
	ns := *s
	ns.reset()
	linked := "" // the files a link names (files=)
	ns.Lang = lang
	ns.Notice = ""
	for _, p := range kv {
		k, v := p[0], p[1]
		switch k {
		case "ds":
			ns.DatasetID = v
		case "files":
			linked = v
		case "need":
			if _, ok := dataset.LeverByID(v); !ok {
				return fail(fmt.Errorf("need=%s: unknown lever", v))
			}
			ns.Data.Need = v
		case "tab":
			if !slices.Contains(Tabs, v) {
				return fail(fmt.Errorf("tab=%s: unknown view", v))
			}
			ns.Tab = v
		case "m":
			c, err := strconv.Atoi(v)
			if err != nil || c < 0 {
				return fail(fmt.Errorf("m=%s: not a municipality code", v))
			}
			ns.Muni = c
		case "area":
			a, err := calc.ParseArea(v)
			if err != nil {
				return fail(fmt.Errorf("area=%s: %v", v, err))
			}
			ns.Area = a
		case "sort":
			if !validSort(v) {
				return fail(fmt.Errorf("sort=%s: unknown column", v))
			}
			ns.Sort = v
		case "q":
			ns.Filter = v
		case "region":
			ns.Region = v
		case "lang":
			if v != LangDA && v != LangEN {
				return fail(fmt.Errorf("lang=%s: want da or en", v))
			}
		}
	}
	if ns.Tab != TabRanking {
		ns.Filter, ns.Region = "", ""
	}
	if err := ns.applyTour(kv, &sc); err != nil {
		return fail(err)
	}
	ds, err := s.loadDataset(ns.DatasetID, func() { s.ApplyQuery(q) })
	if errors.Is(err, errBuilding) {
		return nil // shown once the worker has built it
	}
	if errors.Is(err, errAbsent) {
		return s.applyAbsent(q, kv, &ns, sc, linked)
	}
	if err != nil {
		return fail(err)
	}
	ns.ds = ds
	if ns.DatasetID != DemoID {
		// A dataset that is here: a link that waited is done with.
		ns.Data.pending, ns.Data.wanted, ns.Data.linked = "", "", ""
	}
	if err := ns.Charts.apply(kv, ds); err != nil {
		return fail(err)
	}
	if err := ns.Compare.apply(kv); err != nil {
		return fail(err)
	}
	if ns.Muni != 0 && ds.MunicipalityIndex(ns.Muni) < 0 {
		return fail(fmt.Errorf("m=%d: the dataset has no such municipality", ns.Muni))
	}
	res, err := calc.Apply(ds, sc)
	if err != nil {
		return fail(err)
	}
	if ns.Area != calc.Total && !res.Scenario.Included[ns.Area] {
		return fail(fmt.Errorf("area=%s: not in this scenario", ns.Area))
	}
	ns.Scenario, ns.res = sc, res
	ns.Rev = s.Rev + 1
	*s = ns
	return nil
}

func validSort(v string) bool { return report.Sortable(v) }

// DismissNotice hides the notice.
func (s *State) DismissNotice() { s.Notice = ""; s.Rev++ }

// ---- view settings ----

// SetLang switches the language ("da" or "en").
func (s *State) SetLang(l string) {
	if l != LangEN {
		l = LangDA
	}
	s.Lang = l
	if s.leverErr != nil {
		s.LeverError = text.CalcError(s.leverErr, l)
	}
	s.Rev++
}

// LeverNeedsImport reports the area whose missing figures made calc refuse
// the last change, so the page can offer the file that brings them.
func (s *State) LeverNeedsImport() (calc.Area, bool) {
	if s.LeverError == "" {
		return 0, false
	}
	return text.NeedsImport(s.leverErr)
}

// SetTab switches the view.
func (s *State) SetTab(t string) {
	if slices.Contains(Tabs, t) {
		s.Tab = t
		if t != TabRanking {
			s.Filter, s.Region = "", ""
		}
		s.Rev++
	}
}

// SetArea shows another area's ranking (Total or an area in the scenario).
func (s *State) SetArea(a calc.Area) {
	if a == calc.Total || (a > calc.Total && a < calc.NumAreas && s.res.Scenario.Included[a]) {
		s.Area = a
		s.Rev++
	}
}

// SetSort sorts by a column; choosing the sorted column again reverses it.
func (s *State) SetSort(col string) {
	if !validSort(col) {
		return
	}
	switch s.Sort {
	case col:
		s.Sort = "-" + col
	case "-" + col:
		s.Sort = col
	default:
		s.Sort = col
		// Numbers people read "biggest first" start descending.
		if report.ColumnByID(col).Desc {
			s.Sort = "-" + col
		}
	}
	s.Rev++
}

// SetFilter filters the table by part of a municipality's name.
func (s *State) SetFilter(f string) { s.Filter = strings.TrimSpace(f); s.Rev++ }

// SetRegion filters the table by region ("" for all).
func (s *State) SetRegion(r string) { s.Region = r; s.Rev++ }

// SetMunicipality selects (pins) a municipality; 0 clears it.
func (s *State) SetMunicipality(code int) {
	if code != 0 && s.ds.MunicipalityIndex(code) < 0 {
		return
	}
	s.Muni = code
	s.Rev++
}

// TogglePin pins a municipality, or unpins it when it is pinned.
func (s *State) TogglePin(code int) {
	if s.Muni == code {
		s.SetMunicipality(0)
		return
	}
	s.SetMunicipality(code)
}

// ---- scenario levers ----

// SetPeriod selects a period by code ("" for the latest).
func (s *State) SetPeriod(code string) error {
	if n := len(s.ds.Periods); n > 0 && code == s.ds.Periods[n-1].Code {
		code = ""
	}
	return s.change(func(sc *calc.Scenario) { sc.Period = code })
}

// SetScope selects a scope preset.
func (s *State) SetScope(scope string) error {
	if !slices.Contains(calc.ScopePresets, scope) {
		return fmt.Errorf("unknown scope %q", scope)
	}
	err := s.change(func(sc *calc.Scenario) {
		if scope == calc.ScopeCustom && sc.Scope != calc.ScopeCustom {
			// Start the custom scope from what is in the total now.
			in, _ := sc.ScopeAreas(s.period().Scope)
			sc.Areas = in
		}
		sc.Scope = scope
	})
	s.fixArea()
	return err
}

// SetCustomArea adds or removes an area from a custom scope.
func (s *State) SetCustomArea(a calc.Area, on bool) error {
	err := s.change(func(sc *calc.Scenario) {
		if sc.Scope != calc.ScopeCustom {
			in, _ := sc.ScopeAreas(s.period().Scope)
			sc.Areas = in
			sc.Scope = calc.ScopeCustom
		}
		sc.Areas[a] = on
	})
	s.fixArea()
	return err
}

func (s *State) fixArea() {
	if s.Area != calc.Total && !s.res.Scenario.Included[s.Area] {
		s.Area = calc.Total
	}
}

// SetWeighting selects how the areas are weighted in the total.
func (s *State) SetWeighting(w string) error {
	if !slices.Contains(calc.Weightings, w) {
		return fmt.Errorf("unknown weighting %q", w)
	}
	return s.change(func(sc *calc.Scenario) { sc.Weighting = w })
}

// SetWeight sets a custom weight.
func (s *State) SetWeight(a calc.Area, w float64) error {
	return s.change(func(sc *calc.Scenario) { sc.Weighting = calc.WeightCustom; sc.Weights[a] = w })
}

// SetReestimate switches the re-estimation of expected on or off.
func (s *State) SetReestimate(on bool) error {
	return s.change(func(sc *calc.Scenario) { sc.Reestimate = on })
}

// SetCovariate switches a covariate of the re-estimation on or off.
func (s *State) SetCovariate(id string, on bool) error {
	return s.change(func(sc *calc.Scenario) {
		sc.CovariatesOff = slices.DeleteFunc(sc.CovariatesOff, func(x string) bool { return x == id })
		if !on {
			sc.CovariatesOff = append(sc.CovariatesOff, id)
			slices.Sort(sc.CovariatesOff)
		}
	})
}

// CaseloadDefaults returns the caseload lever shown for a municipality: its
// lever when it has one, otherwise the current caseload from the data (or
// the parameter default) as both current and target.
func (s *State) CaseloadDefaults(code int) calc.CaseloadLever {
	if l, ok := s.Scenario.CaseloadFor(code); ok {
		return l
	}
	c0 := calc.Param(calc.ParamCaseloadCurrent)
	if i := s.ds.MunicipalityIndex(code); i >= 0 {
		if v := s.period().Rows[i].Caseload[calc.KTH]; v > 0 {
			c0 = v
		}
	}
	return calc.CaseloadLever{Code: code, Area: calc.KTH, From: c0, To: c0}
}

// SetCaseload sets a municipality's current (c0) and target (c1) caseload
// on its lever's area; c0 == c1 removes the lever.
func (s *State) SetCaseload(code int, c0, c1 float64) error {
	l := s.CaseloadDefaults(code)
	l.From, l.To = c0, c1
	return s.change(func(sc *calc.Scenario) { sc.SetCaseload(l) })
}

// SetCaseloadArea sets the area a municipality's caseload lever targets.
func (s *State) SetCaseloadArea(code int, a calc.Area) error {
	l := s.CaseloadDefaults(code)
	l.Area = a
	return s.change(func(sc *calc.Scenario) { sc.SetCaseload(l) })
}

// RemoveCaseload removes a municipality's caseload lever.
func (s *State) RemoveCaseload(code int) error {
	return s.change(func(sc *calc.Scenario) {
		sc.Caseload = slices.DeleteFunc(sc.Caseload, func(l calc.CaseloadLever) bool { return l.Code == code })
	})
}

// SetEditMuni chooses the municipality in the scenario page's caseload editor.
func (s *State) SetEditMuni(code int) { s.EditMuni = code; s.Rev++ }

// EditMunicipality is the municipality the caseload editor shows: the
// chosen one, else the selected one, else the first with a lever, else the
// first in the dataset.
func (s *State) EditMunicipality() int {
	for _, c := range []int{s.EditMuni, s.Muni} {
		if c != 0 && s.ds.MunicipalityIndex(c) >= 0 {
			return c
		}
	}
	if len(s.Scenario.Caseload) > 0 {
		return s.Scenario.Caseload[0].Code
	}
	return s.ds.Municipalities[0].Code
}

// SetParam sets one of the scenario's numeric parameters by its
// calc.Parameters ID (eps, phasein, cwcost, vessels, price, phi, convmin,
// offermin) or "years".
func (s *State) SetParam(id string, v float64) error {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return errors.New("not a number")
	}
	return s.change(func(sc *calc.Scenario) {
		switch id {
		case calc.ParamEpsilon:
			sc.Epsilon = v
		case calc.ParamPhaseIn:
			sc.PhaseIn = v
		case "years":
			sc.Years = v
		case calc.ParamCaseworkerCost:
			sc.CaseworkerCost = v
		case calc.ParamVesselsElasticity:
			sc.VesselsElasticity = v
		case calc.ParamPhi:
			sc.Phi = v
		case calc.ParamConvMin:
			sc.ConvMin = v
			sc.RuleSet = s.effectiveRuleSetID()
		case calc.ParamOfferMin:
			sc.OfferMin = v
			sc.RuleSet = s.effectiveRuleSetID()
		case calc.ParamPrice:
			for a := calc.DP; a < calc.NumAreas; a++ {
				sc.Prices[a] = v
			}
		}
	})
}

func (s *State) effectiveRuleSetID() string {
	if s.Scenario.RuleSet != "" {
		return s.Scenario.RuleSet
	}
	return s.res.RuleSet.ID
}

// SetPrice sets one area's price per full-time person.
func (s *State) SetPrice(a calc.Area, v float64) error {
	return s.change(func(sc *calc.Scenario) { sc.Prices[a] = v })
}

// SetRuleSet selects a supervision rule set ("" = the period's own).
func (s *State) SetRuleSet(id string) error {
	return s.change(func(sc *calc.Scenario) {
		if id == "" {
			d := calc.DefaultScenario()
			sc.RuleSet, sc.ConvMin, sc.UseOffers, sc.OfferMin = d.RuleSet, d.ConvMin, d.UseOffers, d.OfferMin
			return
		}
		sc.SetRuleSet(id)
	})
}

// SetUseOffers switches the offers target on or off.
func (s *State) SetUseOffers(on bool) error {
	return s.change(func(sc *calc.Scenario) {
		if sc.RuleSet == "" {
			r := s.res.RuleSet
			sc.RuleSet, sc.ConvMin, sc.OfferMin = r.ID, r.ConvMin, r.OfferMin
		}
		sc.UseOffers = on
	})
}

// SetFokus sets a municipality's focus-target figures (pct.).
func (s *State) SetFokus(code int, conversations, offers float64) error {
	return s.change(func(sc *calc.Scenario) {
		sc.SetFokus(calc.FokusOverride{Code: code, Conversations: conversations, Offers: offers})
	})
}

// FokusFigures returns a municipality's focus-target figures (conversations
// and offers, pct.) as the scenario has them; the rule set's thresholds when
// they are unknown.
func (s *State) FokusFigures(code int) (conversations, offers float64) {
	if i := s.ds.MunicipalityIndex(code); i >= 0 {
		if st := s.res.Scenario.Status[i]; st.FokusKnown {
			return st.Conversations, st.Offers
		}
	}
	return s.res.RuleSet.ConvMin, s.res.RuleSet.OfferMin
}

// DraftTransfer returns the transfer being prepared, with defaults filled
// in: the edited municipality, from kth to fp, 100 persons.
func (s *State) DraftTransfer() calc.Transfer {
	t := s.Draft
	if t.Code == 0 || s.ds.MunicipalityIndex(t.Code) < 0 {
		t.Code = s.EditMunicipality()
	}
	if t.From == calc.Total {
		t.From = calc.KTH
	}
	if t.To == calc.Total {
		t.To = calc.FP
	}
	if t.Persons == 0 && t.Pct == 0 {
		t.Persons = 100
	}
	return t
}

// SetDraft edits the transfer draft.
func (s *State) SetDraft(t calc.Transfer) { s.Draft = t; s.Rev++ }

// AddTransfer adds the draft transfer to the scenario.
func (s *State) AddTransfer() error {
	t := s.DraftTransfer()
	return s.change(func(sc *calc.Scenario) { sc.Transfers = append(sc.Transfers, t) })
}

// RemoveTransfer removes the i-th transfer.
func (s *State) RemoveTransfer(i int) error {
	if i < 0 || i >= len(s.Scenario.Transfers) {
		return nil
	}
	return s.change(func(sc *calc.Scenario) { sc.Transfers = slices.Delete(sc.Transfers, i, i+1) })
}

// SetLens switches the connected-vessels lens on or off.
func (s *State) SetLens(on bool) error {
	err := s.change(func(sc *calc.Scenario) { sc.Lens = on })
	s.fixArea()
	return err
}

// ResetScenario goes back to the official model (keeping the period).
func (s *State) ResetScenario() {
	p := s.Scenario.Period
	s.Scenario = calc.DefaultScenario()
	s.Scenario.Period = p
	s.LeverError = ""
	s.recompute()
	s.fixArea()
}

func (s *State) period() *calc.Period { return &s.ds.Periods[s.res.Period] }

// Period returns the shown period.
func (s *State) Period() *calc.Period { return s.period() }

// ClearImportMessages hides the last import's messages.
func (s *State) ClearImportMessages() {
	s.ImportError, s.ImportOK, s.ImportWarnings = "", "", nil
	s.Rev++
}
