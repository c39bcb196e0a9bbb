package view

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"benchsim/app/dataset"
	"benchsim/app/report"
	"benchsim/calc"
)

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
	add := func(k, v string) { q += "&" + k + "=" + EscapeValue(v) }
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

func EscapeValue(v string) string {
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
	ns.resetView() // the result is computed below, for the query's scenario
	ns.Lang = lang
	ns.Notice = ""
	linked, err := ns.applyViewKeys(kv)
	if err != nil {
		return fail(err)
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
	ns.shown = shownQuery{q, ns.Query()}
	*s = ns
	return nil
}

// shownQuery is the last query applied (ApplyQuery, or "" for a new
// State) and the state's Query it gave.
type shownQuery struct{ q, query string }

// Shows reports whether the state is the view the query q names: q is its
// Query, or q was applied last and gave the Query it still has ("" for the
// first view, whose Query names the default scenario). Applying it again
// would compute the same result anew.
func (s *State) Shows(q string) bool {
	cur := s.Query()
	return q == cur || (q == s.shown.q && cur == s.shown.query)
}

// applyViewKeys reads the view's own keys of a query (not the scenario's,
// the tour's, the charts' or the comparison's) into s. linked is the files
// a link names (files=).
func (s *State) applyViewKeys(kv [][2]string) (linked string, err error) {
	for _, p := range kv {
		k, v := p[0], p[1]
		switch k {
		case "ds":
			s.DatasetID = v
		case "files":
			linked = v
		case "need":
			if _, ok := dataset.LeverByID(v); !ok {
				return "", fmt.Errorf("need=%s: unknown lever", v)
			}
			s.Data.Need = v
		case "tab":
			if !slices.Contains(Tabs, v) {
				return "", fmt.Errorf("tab=%s: unknown view", v)
			}
			s.Tab = v
		case "m":
			c, err := strconv.Atoi(v)
			if err != nil || c < 0 {
				return "", fmt.Errorf("m=%s: not a municipality code", v)
			}
			s.Muni = c
		case "area":
			a, err := calc.ParseArea(v)
			if err != nil {
				return "", fmt.Errorf("area=%s: %v", v, err)
			}
			s.Area = a
		case "sort":
			if !validSort(v) {
				return "", fmt.Errorf("sort=%s: unknown column", v)
			}
			s.Sort = v
		case "q":
			s.Filter = v
		case "region":
			s.Region = v
		case "lang":
			if v != LangDA && v != LangEN {
				return "", fmt.Errorf("lang=%s: want da or en", v)
			}
		}
	}
	return linked, nil
}

func validSort(v string) bool { return report.Sortable(v) }
