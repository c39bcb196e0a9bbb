package view

import (
	"encoding/json"
	"fmt"
	"html"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"testing"

	"benchsim/app/chart"
	"benchsim/app/figure"
	"benchsim/app/report"
	"benchsim/calc"
	"benchsim/calc/demo"
)

const stevnsCode = 336

func chartState(t testing.TB) *State {
	t.Helper()
	return NewState(demo.Dataset(), nil)
}

// TestChartViewURL: the charts' keys go into the URL only when they differ
// from the default, come back from it, and a bad value gives the default
// view with a notice.
func TestChartViewURL(t *testing.T) {
	st := chartState(t)
	if q := st.Query(); strings.Contains(q, "map=") || strings.Contains(q, "hm=") || strings.Contains(q, "unc=") {
		t.Fatalf("default query %q has chart keys", q)
	}
	st.SetTab(TabCharts)
	st.Charts.SetMapMeasure(measureRank)
	st.Charts.AddHistory(stevnsCode)
	st.Charts.SetVesselsWeighted(true)
	st.Charts.SetUncertainty(true)
	q := st.Query()
	for _, want := range []string{"tab=charts", "map=rank", "hm=", "vw=1", "unc=1"} {
		if !strings.Contains(q, want) {
			t.Errorf("query %q lacks %q", q, want)
		}
	}
	codes := st.Charts.HistoryCodes()
	if len(codes) != 6 || codes[5] != stevnsCode {
		t.Fatalf("history codes %v: want the five defaults and Stevns", codes)
	}

	fresh := chartState(t)
	if err := fresh.ApplyQuery(q); err != nil {
		t.Fatalf("ApplyQuery(%q): %v", q, err)
	}
	if fresh.Tab != TabCharts || fresh.Charts.MapMeasure() != measureRank || !fresh.Charts.Weighted || !fresh.Charts.Uncertainty {
		t.Errorf("round trip of %q gave %+v", q, fresh.Charts)
	}
	if got := fresh.Charts.HistoryCodes(); !slices.Equal(got, codes) {
		t.Errorf("history codes after the round trip %v, want %v", got, codes)
	}
	if fresh.Query() != q {
		t.Errorf("query after the round trip %q, want %q", fresh.Query(), q)
	}

	for _, bad := range []string{"v=1&map=colour", "v=1&hm=101.99999", "v=1&hm=abc"} {
		b := chartState(t)
		if err := b.ApplyQuery(bad); err == nil {
			t.Errorf("ApplyQuery(%q) accepted", bad)
		}
		if b.Notice == "" || b.Charts.MapMeasure() != measurePP || b.Charts.Picked != nil {
			t.Errorf("ApplyQuery(%q): notice %q, charts %+v; want the default view with a notice", bad, b.Notice, b.Charts)
		}
	}
}

// TestHistoryChoice: the default choice, adding, removing, the limit.
func TestHistoryChoice(t *testing.T) {
	st := chartState(t)
	def := st.Charts.HistoryCodes()
	// The four largest by population, highlighted municipality first when set.
	if len(def) != 5 || def[0] != 101 {
		t.Fatalf("default history %v: want København first of the five largest", def)
	}
	st.SetMunicipality(stevnsCode)
	if got := st.Charts.HistoryCodes(); got[0] != stevnsCode || len(got) != 5 {
		t.Fatalf("with Stevns highlighted: %v", got)
	}
	st.Charts.RemoveHistory(101)
	if got := st.Charts.HistoryCodes(); slices.Contains(got, 101) || len(got) != 4 {
		t.Fatalf("after removing København: %v", got)
	}
	for _, m := range st.Dataset().Municipalities {
		st.Charts.AddHistory(m.Code)
	}
	if got := st.Charts.HistoryCodes(); len(got) != MaxHistory {
		t.Fatalf("%d municipalities after adding all, want at most %d", len(got), MaxHistory)
	}
	for _, c := range st.Charts.HistoryCodes() {
		st.Charts.RemoveHistory(c)
	}
	if st.Charts.Picked != nil {
		t.Fatalf("removing every choice should bring back the default, got %v", st.Charts.Picked)
	}
}

// TestFiguresFollowCalc: every figure of the charts view is drawn from the
// state's calc result: its marks equal what the chart package draws from
// calc.Apply for the same scenario, one point (or tile) per municipality.
func TestFiguresFollowCalc(t *testing.T) {
	st := chartState(t)
	st.SetMunicipality(stevnsCode)
	if err := st.SetCaseload(stevnsCode, 100, 40); err != nil {
		t.Fatal(err)
	}
	res, err := calc.Apply(demo.Dataset(), st.Scenario)
	if err != nil {
		t.Fatal(err)
	}
	n := len(res.Dataset.Municipalities)
	sel := res.Dataset.MunicipalityIndex(stevnsCode)
	opts := chart.Options{Lang: "da", Selected: sel}

	f := st.Charts.Draw(FigFunnel, 0, false)
	_, fm, _ := chart.Funnel(res, opts)
	if f.N != n || f.Alt.Summary != fm.Alt.Summary || f.Data["selected"] != fmt.Sprint(sel) || f.Data["outside"] != fmt.Sprint(len(fm.Outside)) {
		t.Errorf("funnel: n %d, data %v; want %d points, Stevns (%d) highlighted, %d outside", f.N, f.Data, n, sel, len(fm.Outside))
	}
	if !strings.HasPrefix(f.SVG, "<svg") || !strings.Contains(f.SVG, html.EscapeString(st.Charts.Stamp())) {
		t.Errorf("funnel SVG without root element or stamp %q", st.Charts.Stamp())
	}

	f = st.Charts.Draw(FigIntervals, 0, false)
	iv := calc.RankIntervals(res, calc.Total, int(calc.Param(calc.ParamDraws)), calc.Param(calc.ParamPhi), RankSimSeed)
	_, im, _ := chart.RankIntervals(res, iv, opts)
	if f.N != n || f.Alt.Summary != im.Alt.Summary || !reflect.DeepEqual(f.Alt.Rows, im.Alt.Rows) {
		t.Errorf("rank intervals differ from calc.RankIntervals with seed %d:\n%s\n%s", RankSimSeed, f.Alt.Summary, im.Alt.Summary)
	}

	f = st.Charts.Draw(FigMoves, 0, false)
	if want := res.Moved(calc.Total, 1); f.N != n || f.Data["moved"] != fmt.Sprint(want) {
		t.Errorf("who moves: %d lines, moved %s; want %d lines, %d moved", f.N, f.Data["moved"], n, want)
	}

	f = st.Charts.Draw(FigVessels, 0, false)
	_, vm, _ := chart.Vessels(res, false, opts)
	if slope := strconv.FormatFloat(vm.Slope, 'g', 6, 64); f.N != vm.N || f.Data["slope"] != slope {
		t.Errorf("vessels: n %d slope %s; want %d, %s", f.N, f.Data["slope"], vm.N, slope)
	}

	f = st.Charts.Draw(FigMap, 0, false)
	vals, _ := chart.MapValues(res, calc.Total, chart.MeasureDiffPP)
	_, mm := chart.Map(vals, chart.MapOptions{Measure: chart.MeasureDiffPP, N: n, Selected: stevnsCode})
	if f.N != 98 || f.Alt.Summary != mm.Alt.Summary {
		t.Errorf("map: %d tiles, %q; want 98, %q", f.N, f.Alt.Summary, mm.Alt.Summary)
	}
	for _, tm := range mm.Tiles {
		want := fmt.Sprintf(`data-code="%d"`, tm.Code)
		k := strings.Index(f.SVG, want)
		if k < 0 || !strings.Contains(f.SVG[k:min(len(f.SVG), k+600)], `fill="`+tm.Fill+`"`) {
			t.Errorf("tile %d: no fill %s in the map", tm.Code, tm.Fill)
		}
	}

	f = st.Charts.Draw(FigHistory, 0, false)
	codes := st.Charts.HistoryCodes()
	if f.N != len(codes)*len(res.Dataset.Periods) || f.Data["series"] != fmt.Sprint(len(codes)) {
		t.Errorf("rank history: %d points of %s series; want %d×%d", f.N, f.Data["series"], len(codes), len(res.Dataset.Periods))
	}

	// Without re-estimation the waterfall has nothing to split and says so;
	// with it, one bar per covariate of calc's fit.
	f = st.Charts.Draw(FigWhy, 0, false)
	if f.SVG != "" || f.Action != "reestimate" {
		t.Errorf("waterfall without a fit: SVG %d bytes, action %q", len(f.SVG), f.Action)
	}
	if err := st.SetReestimate(true); err != nil {
		t.Fatal(err)
	}
	f = st.Charts.Draw(FigWhy, 0, false)
	fit := st.Result().Fits[calc.KTH]
	if fit == nil || f.N != len(fit.Names) || f.Data["area"] != "kth" || f.SVG == "" {
		t.Errorf("waterfall: %d steps for area %s, err %q; want one per covariate of kth's fit", f.N, f.Data["area"], f.Err)
	}
}

// TestFigureCache: a figure is drawn again exactly when its inputs change.
func TestFigureCache(t *testing.T) {
	st := chartState(t)
	a := st.Charts.Draw(FigFunnel, 0, false)
	st.SetFilter("Stevns") // the table's filter does not touch the charts
	b := st.Charts.Draw(FigFunnel, 0, false)
	if a.Key != b.Key {
		t.Errorf("the table filter changed the funnel's key")
	}
	st.SetCaseload(stevnsCode, 100, 30)
	c := st.Charts.Draw(FigFunnel, 0, false)
	if c.Key == a.Key || c.SVG == a.SVG {
		t.Errorf("a lever did not redraw the funnel")
	}
	st.SetLang(LangEN)
	d := st.Charts.Draw(FigFunnel, 0, false)
	if d.Key == c.Key || !strings.Contains(d.SVG, "Funnel plot") {
		t.Errorf("English did not redraw the funnel in English")
	}
	n := st.Charts.Draw(FigFunnel, 0, true)
	if n.Key == d.Key || !strings.Contains(n.SVG, `width="269.29pt"`) {
		t.Errorf("the phone size is not drawn at 9.5 cm: %.80s", n.SVG)
	}
}

// TestRankIntervals: the table's intervals are calc.RankIntervals with the
// app's seed, and survive the worker's JSON message unchanged.
func TestRankIntervals(t *testing.T) {
	st := chartState(t)
	st.SetArea(calc.KTH)
	want := calc.RankIntervals(st.Result(), calc.KTH, SimDraws(), calc.Param(calc.ParamPhi), RankSimSeed)
	got := st.RankIntervals()
	if len(got) != len(st.Dataset().Municipalities) || !slices.Equal(got, want) {
		t.Fatalf("State.RankIntervals differs from calc.RankIntervals")
	}
	f, _ := st.computed(FigRankSim, FigRankSim, 0)
	b, err := json.Marshal(figure.Message{Type: "figure", Figure: &f})
	if err != nil {
		t.Fatal(err)
	}
	var m figure.Message
	if err := json.Unmarshal(b, &m); err != nil || !slices.Equal(m.Figure.Intervals, want) {
		t.Fatalf("the intervals do not survive the worker's message (%v)", err)
	}
}

// TestIntervalColumn: "Vis usikkerhed" adds the interval column to the
// ranking table, with calc's intervals in the words of the chart package.
func TestIntervalColumn(t *testing.T) {
	st := chartState(t)
	if slices.Contains(st.Columns(), report.ColInterval) {
		t.Fatal("interval column shown by default")
	}
	st.Charts.SetUncertainty(true)
	cols := st.Columns()
	if k := slices.Index(cols, report.ColInterval); k != slices.Index(cols, report.ColName)+1 {
		t.Fatalf("columns %v: want the interval right after the name", cols)
	}
	iv := calc.RankIntervals(st.Result(), calc.Total, SimDraws(), calc.Param(calc.ParamPhi), RankSimSeed)
	for _, r := range st.Rows() {
		want := chart.IntervalText(r.Entry.Rank, iv[r.Index], "da")
		if got := report.ColumnByID(report.ColInterval).Cell(&r, report.Display, report.DA); got != want {
			t.Fatalf("%s: %q, want %q", r.Muni.Name, got, want)
		}
	}
	if got := report.ColumnByID(report.ColInterval).Cell(&Row{Entry: calc.Entry{Rank: 3}}, report.Display, report.DA); got != "…" {
		t.Errorf("a row without an interval shows %q", got)
	}
	st.SetTab(TabScenario)
	if slices.Contains(st.Columns(), report.ColInterval) {
		t.Error("the scenario page's table should not have the interval column")
	}
}

// TestHistoryMatchesRankHistory: the municipality page's ranks in every
// period (the drawer's, which the worker computes in the browser) equal
// calc.RankHistory's, and the demo's scope change shows in the history.
func TestHistoryMatchesRankHistory(t *testing.T) {
	for _, scope := range []string{calc.ScopeOfficial, calc.ScopeKL} {
		st := chartState(t)
		if err := st.SetScope(scope); err != nil {
			t.Fatal(err)
		}
		st.SetCaseload(stevnsCode, 100, 40)
		idx := []int{0, 10, st.Dataset().MunicipalityIndex(stevnsCode)}
		want, err := chart.HistoryOf(calc.RankHistory(st.Dataset(), st.Scenario), calc.Total, idx, "da")
		if err != nil {
			t.Fatal(err)
		}
		h := calc.RankHistory(st.Dataset(), st.Scenario)
		i := idx[2]
		ranks, fresh := st.History(stevnsCode)
		if !fresh || len(ranks) != len(st.Dataset().Periods) {
			t.Fatalf("scope %q: %d periods (fresh %v), want %d", scope, len(ranks), fresh, len(st.Dataset().Periods))
		}
		for k, r := range h.Results {
			if r == nil {
				if ranks[k].Official != 0 || ranks[k].Scenario != 0 {
					t.Errorf("scope %q, %s: ranks %+v for a period calc could not compute", scope, ranks[k].Code, ranks[k])
				}
				continue
			}
			e := r.Scenario.Areas[calc.Total][i]
			if ranks[k].Official != r.Baseline.Areas[calc.Total][i].Rank || ranks[k].Scenario != e.Rank || ranks[k].DiffPP != e.DiffPP {
				t.Errorf("scope %q, %s: %+v, calc %d/%d/%v", scope, ranks[k].Code, ranks[k], r.Baseline.Areas[calc.Total][i].Rank, e.Rank, e.DiffPP)
			}
		}
		got := want
		if scope == calc.ScopeOfficial && len(got.Breaks) == 0 {
			t.Errorf("the demo's scope change is not marked")
		}
	}
}

// TestOpenMunicipality: a map tile opens its municipality's page.
func TestOpenMunicipality(t *testing.T) {
	st := chartState(t)
	st.SetTab(TabCharts)
	st.OpenMunicipality(stevnsCode)
	if st.Tab != TabMunicipality || st.Muni != stevnsCode {
		t.Fatalf("tab %s, municipality %d", st.Tab, st.Muni)
	}
	if q := st.Query(); !strings.Contains(q, "tab=municipality") || !strings.Contains(q, "m=336") {
		t.Errorf("query %q", q)
	}
	st.OpenMunicipality(99999)
	if st.Muni != stevnsCode {
		t.Error("an unknown code changed the selection")
	}
}

// TestChartStamp: dataset, period, scenario and the illustrative marker.
func TestChartStamp(t *testing.T) {
	st := chartState(t)
	s := st.Charts.Stamp()
	p := st.Period()
	if !strings.Contains(s, "Eksempeldata") || !strings.Contains(s, p.Label) || !strings.HasSuffix(s, "officiel model") {
		t.Errorf("stamp %q", s)
	}
	st.SetCaseload(stevnsCode, 100, 40)
	st.SetLang(LangEN)
	s = st.Charts.Stamp()
	if !strings.HasPrefix(s, "Illustrative data · ") || !strings.Contains(s, "scenario "+st.Scenario.Encode()) {
		t.Errorf("English stamp %q", s)
	}
	for _, m := range st.Dataset().Municipalities[:20] {
		st.SetCaseload(m.Code, 120, 35)
	}
	if s := st.Charts.Stamp(); !strings.HasSuffix(s, st.Scenario.Encode()) {
		t.Errorf("the full stamp lacks the scenario: %q", s)
	}
	limit := stampChars(narrowW)
	if s := st.Charts.stamp(limit); len([]rune(s)) != limit || !strings.HasSuffix(s, "…") || !strings.Contains(s, p.Code) {
		t.Errorf("the stamp of a phone-sized chart (%d characters) is not cut to fit, with the period's code: %q", limit, s)
	}
}

// TestChartTextsComplete: every Danish text has an English counterpart.
func TestChartTextsComplete(t *testing.T) {
	da, en := reflect.ValueOf(*ChartMsg(LangDA).Charts), reflect.ValueOf(*ChartMsg(LangEN).Charts)
	for i := range da.NumField() {
		f := da.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		switch f.Type.Kind() {
		case reflect.String:
			if da.Field(i).String() == "" || en.Field(i).String() == "" {
				t.Errorf("%s is empty in one language", f.Name)
			}
		case reflect.Map:
			if da.Field(i).Len() != en.Field(i).Len() || da.Field(i).Len() == 0 {
				t.Errorf("%s: %d Danish, %d English entries", f.Name, da.Field(i).Len(), en.Field(i).Len())
			}
		}
	}
	for _, l := range []string{LangDA, LangEN} {
		if Msg(l).TabName(TabCharts) == "" || Msg(l).ColumnName(report.ColInterval) == "" {
			t.Errorf("%s: the charts tab or the interval column has no name", l)
		}
	}
}

// TestHostileNames: a municipality name from an imported file is escaped in
// every figure's SVG (the UI puts SVG into the page as markup with app.Raw;
// everything else it shows goes through go-app's text and attribute
// setters).
func TestHostileNames(t *testing.T) {
	ds := *demo.Dataset()
	ds.Municipalities = slices.Clone(ds.Municipalities)
	const evil = `<img src=x onerror="alert(1)">&`
	ds.Municipalities[0].Name = evil
	st := NewState(&ds, nil)
	st.SetMunicipality(ds.Municipalities[0].Code)
	st.SetReestimate(true)
	for _, k := range ChartFigures {
		f := st.Charts.Draw(k, 0, false)
		if f.Err != "" {
			t.Fatalf("%s: %s", k, f.Err)
		}
		if strings.Contains(f.SVG, "<img") || strings.Contains(f.SVG, `onerror="`) {
			t.Errorf("%s: the name is not escaped", k)
		}
		if !strings.Contains(f.SVG, "&lt;img") {
			t.Errorf("%s: the name is not in the picture", k)
		}
	}
}

// BenchmarkChartsRedraw measures what one lever step costs on the charts
// view: "recompute" is calc alone (a caseload change); "visible" adds the
// map and the charts redrawn at every step (funnel, who moves, why
// expected, vessels, and the rank-interval chart from a finished
// simulation); "all" adds the 1,000-draw rank simulation and the rank
// history over every period, which the browser spreads over frames and
// postpones until the levers are still.
func BenchmarkChartsRedraw(b *testing.B) {
	visible := []string{FigMap, FigFunnel, FigMoves, FigWhy, FigVessels, FigIntervals}
	run := func(b *testing.B, kinds []string, fresh bool) {
		st := chartState(b)
		st.SetMunicipality(stevnsCode)
		st.SetReestimate(true)
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			i++
			if err := st.SetCaseload(stevnsCode, 100, float64(30+i%40)); err != nil {
				b.Fatal(err)
			}
			if !fresh {
				// The redraw alone: the previous scenario's simulation
				// stands in (the drawer keeps it).
				st.SetCaseload(stevnsCode, 100, 30)
				st.Charts.Draw(FigIntervals, 0, false)
				st.SetCaseload(stevnsCode, 100, float64(30+i%40))
			}
			for _, k := range kinds {
				if f := st.Charts.Draw(k, 0, false); f.Err != "" {
					b.Fatal(f.Err)
				}
			}
		}
	}
	b.Run("recompute", func(b *testing.B) { run(b, nil, false) })
	b.Run("visible", func(b *testing.B) { run(b, visible, false) })
	b.Run("all", func(b *testing.B) { run(b, ChartFigures, true) })
}
