package view

import (
	"slices"
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
	// The parts: each is a type with its own methods, state and tests,
	// and reaches the core (the dataset, scenario, result, language and
	// Rev) through its back pointer to this State. Charts: the charts and
	// their cache (charts_state.go, charts_draw.go); Tour: the guided tour
	// (tour_state.go, tour_figures.go); Compare: the comparison
	// (compare_state.go); Saved: the saved scenarios (saved.go); Reform:
	// the caseload reform being prepared (reform.go).
	Charts  Charts
	Tour    Tour
	Compare Compare
	Saved   Saved
	Reform  Reform
	// HeadlineOpen is the headline figure whose rows are shown (headline.go).
	HeadlineOpen string
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
	Rev   int
	shown shownQuery // Shows

	// Data is the datasets' state (datasets.go): the library of sets, a
	// link waiting for its data, a file waiting for an answer.
	Data DataView

	demo   *calc.Dataset
	ds     *calc.Dataset
	res    *calc.Result
	drawer Drawer // draws in the background (the browser); nil: at once

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
	s.Charts.s, s.Tour.s, s.Compare.s, s.Saved.s, s.Reform.s = s, s, s, s, s
	s.Data.init(store)
	s.reset()
	s.shown = shownQuery{"", s.Query()}
	s.Data.lib.Open(func(err error) { s.restored(err) })
	return s
}

func (s *State) reset() {
	s.resetView()
	s.recompute()
}

// resetView is reset but for computing the result: for a caller that
// computes it anyway.
func (s *State) resetView() {
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
}

// Dataset returns the current dataset.
func (s *State) Dataset() *calc.Dataset { return s.ds }

// Demo returns the built-in illustrative dataset (the tour runs on it).
func (s *State) Demo() *calc.Dataset { return s.demo }

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
	// Numbers people read "biggest first" start descending.
	s.Sort = toggleSort(s.Sort, col, report.ColumnByID(col).Desc)
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

// OpenMunicipality selects a municipality and shows its page, as a click
// or Enter on the map does.
func (s *State) OpenMunicipality(code int) {
	if s.ds.MunicipalityIndex(code) < 0 {
		return
	}
	s.SetMunicipality(code)
	s.SetTab(TabMunicipality)
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

func (s *State) period() *calc.Period { return &s.ds.Periods[s.res.Period] }

// Period returns the shown period.
func (s *State) Period() *calc.Period { return s.period() }

// ClearImportMessages hides the last import's messages.
func (s *State) ClearImportMessages() {
	s.ImportError, s.ImportOK, s.ImportWarnings = "", "", nil
	s.Rev++
}

// toggleSort is the sort after choosing col while sorted by cur ("-" in
// front means descending): the same column again reverses it, another
// starts ascending, or descending when desc.
func toggleSort(cur, col string, desc bool) string {
	switch cur {
	case col:
		return "-" + col
	case "-" + col:
		return col
	}
	if desc {
		return "-" + col
	}
	return col
}
