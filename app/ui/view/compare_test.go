package view

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/demo"
)

// TestComparisonView: two saved scenarios compared give calc.Compare's
// rows, sort like report.CompareRows, export report.CompareCSV, and the
// comparison's URL reproduces it in a fresh state.
func TestComparisonView(t *testing.T) {
	st := newTestState(t)
	st.Saved.UseStore(&MemScenarioStore{})
	st.SetScope(calc.ScopeKL)
	a, _ := st.Saved.Save("KL")
	st.ResetScenario()
	st.SetWeighting(calc.WeightCost)
	st.SetPricePreset(calc.PricesTeaching)
	b, _ := st.Saved.Save("Pris")
	st.SetTab(TabCompare)
	if err := st.Compare.AddSaved(a); err != nil {
		t.Fatal(err)
	}
	if err := st.Compare.AddSaved(b); err != nil {
		t.Fatal(err)
	}
	st.Compare.SetSort("change2")
	if st.Compare.Sort != "-change2" {
		t.Errorf("sort %q, want -change2 (biggest climb first)", st.Compare.Sort)
	}
	got, err := st.Compare.Comparison()
	if err != nil {
		t.Fatal(err)
	}
	sa, _ := calc.DecodeScenario("v=1&scope=kl")
	sb := calc.DefaultScenario()
	sb.Weighting = calc.WeightCost
	sb.SetPricePreset(calc.PricesTeaching)
	want, err := calc.Compare(demo.Dataset(), "", calc.Total, sa, sb)
	if err != nil {
		t.Fatal(err)
	}
	for i := range want.Rows {
		w, g := want.Rows[i], got.Rows[i]
		if w.Official != g.Official || w.Ranks[0] != g.Ranks[0] || w.Ranks[1] != g.Ranks[1] || w.Changes[1] != g.Changes[1] {
			t.Fatalf("row %d: %+v, calc %+v", i, g, w)
		}
	}
	if got.Moved[0] != want.Moved[0] || got.Moved[1] != want.Moved[1] {
		t.Errorf("moved %v, calc %v", got.Moved, want.Moved)
	}
	rows := report.CompareRows(got, st.Compare.Sort)
	for i := 1; i < len(rows); i++ {
		if rows[i-1].Changes[1] < rows[i].Changes[1] {
			t.Fatalf("not sorted by change 2 descending at %d", i)
		}
	}
	if csv := st.Compare.CSV(); !bytes.Equal(csv, report.CompareCSV(want, []string{"KL", "Pris"}, "-change2", report.DA)) {
		t.Errorf("CSV differs from report.CompareCSV")
	}
	q := st.Query()
	if !strings.Contains(q, "cmp1=") || !strings.Contains(q, "cmpn2=Pris") || !strings.Contains(q, "csort=-change2") {
		t.Errorf("query %q lacks the comparison", q)
	}
	fresh := newTestState(t)
	if err := fresh.ApplyQuery(q); err != nil {
		t.Fatal(err)
	}
	if fresh.Query() != q || fresh.Tab != TabCompare || len(fresh.Compare.Items) != 2 || fresh.Compare.Items[1].Name != "Pris" {
		t.Fatalf("fresh state %q, want %q", fresh.Query(), q)
	}
	fc, _ := fresh.Compare.Comparison()
	if fc.Rows[5].Ranks[1] != want.Rows[5].Ranks[1] {
		t.Errorf("shared link gives rank %d, want %d", fc.Rows[5].Ranks[1], want.Rows[5].Ranks[1])
	}
	// Taking the first out keeps the second and drops a sort that no
	// longer exists.
	st.Compare.Remove(1)
	if len(st.Compare.Items) != 1 || st.Compare.Items[0].Name != "KL" || st.Compare.Sort != "" {
		t.Errorf("after removal: %+v sort %q", st.Compare.Items, st.Compare.Sort)
	}
	// A fourth scenario does not fit.
	st.Compare.AddCurrent()
	st.Compare.AddCurrent()
	if err := st.Compare.AddCurrent(); err == nil || len(st.Compare.Items) != 3 {
		t.Errorf("fourth scenario: %v, %d items", err, len(st.Compare.Items))
	}
	for _, bad := range []string{"v=1&cmp2=v%3D1", "v=1&cmp1=v%3D1&csort=rank3", "v=1&cmpn1=x", "v=1&cmp1=v%3D9"} {
		if err := newTestState(t).ApplyQuery(bad); err == nil {
			t.Errorf("%q accepted", bad)
		}
	}
}

// TestHeadlineRows: the rows behind the headline are calc's movers and
// status changes.
func TestHeadlineRows(t *testing.T) {
	st := newTestState(t)
	st.SetScope(calc.ScopeKL)
	res := st.Result()
	movers := res.Movers(calc.Total, 5)
	rows := st.HeadlineRows(res, "moved")
	if len(rows) != len(movers) || len(rows) == 0 {
		t.Fatalf("%d rows, calc has %d movers", len(rows), len(movers))
	}
	i := movers[0]
	m := demo.Dataset().Municipalities[i]
	want := report.Signed(float64(res.RankChange(calc.Total, i)), 0, report.DA) + " (plads " +
		report.Number(float64(res.Baseline.Areas[calc.Total][i].Rank), 0, report.DA) + " → " +
		report.Number(float64(res.Scenario.Areas[calc.Total][i].Rank), 0, report.DA) + ")"
	if rows[0].Code != m.Code || rows[0].What != want {
		t.Errorf("first row %+v, want %s %s", rows[0], m.Name, want)
	}
	if got, want := len(st.HeadlineRows(res, "supervision")), len(res.StatusChanges()); got != want {
		t.Errorf("%d status rows, calc %d", got, want)
	}
	st.ToggleHeadline("s-moved")
	st.ToggleHeadline("s-moved")
	if st.HeadlineOpen != "" {
		t.Errorf("toggle twice left %q open", st.HeadlineOpen)
	}
}

// TestCostEqualsVolumeAndPresets: "Efter pris" with equal prices says it is
// the volume weighting; the teaching preset makes it differ.
func TestCostEqualsVolumeAndPresets(t *testing.T) {
	st := newTestState(t)
	st.SetWeighting(calc.WeightCost)
	if !st.Result().CostWeightingIsVolume() {
		t.Fatal("cost weighting with the default prices is not the volume weighting")
	}
	if err := st.SetPricePreset(calc.PricesTeaching); err != nil {
		t.Fatal(err)
	}
	if st.Result().CostWeightingIsVolume() || st.Scenario.PricePreset() != calc.PricesTeaching {
		t.Errorf("teaching prices: volume %v, preset %q", st.Result().CostWeightingIsVolume(), st.Scenario.PricePreset())
	}
	if st.Summary(); st.Result().Moved(calc.Total, 1) == 0 {
		t.Error("the teaching prices move nobody")
	}
}

// TestWeightSlider: a custom weight set as the slider sets it is calc's.
func TestWeightSlider(t *testing.T) {
	st := newTestState(t)
	if err := st.SetWeight(calc.KTH, 2.5); err != nil {
		t.Fatal(err)
	}
	sc := calc.DefaultScenario()
	sc.Weighting, sc.Weights[calc.KTH] = calc.WeightCustom, 2.5
	res, _ := calc.Apply(demo.Dataset(), sc)
	if st.Scenario.Encode() != sc.Encode() || st.Result().Scenario.Areas[calc.Total][0] != res.Scenario.Areas[calc.Total][0] {
		t.Errorf("slider scenario %q, want %q", st.Scenario.Encode(), sc.Encode())
	}
}

// TestExplanationOnPage: the municipality page's paragraph is app/text's
// wording of calc's explainer, in the page's language.
func TestExplanationOnPage(t *testing.T) {
	st := newTestState(t)
	st.SetScope(calc.ScopeKL)
	ds := demo.Dataset()
	code := ds.Municipalities[3].Code
	x := calc.NewExplainer(st.Result(), nil)
	if got, want := st.Explanation(code), text.Explanation(ds, x.Explain(3), LangDA); got != want || got == "" {
		t.Errorf("paragraph %q, want %q", got, want)
	}
	st.SetLang(LangEN)
	if got, want := st.Explanation(code), text.Explanation(ds, x.Explain(3), LangEN); got != want {
		t.Errorf("English paragraph %q, want %q", got, want)
	}
}

// TestCompareTexts: every Danish text has its English counterpart.
func TestCompareTexts(t *testing.T) {
	for _, l := range []string{LangDA, LangEN} {
		v := reflect.ValueOf(*CmpMsg(l).Compare)
		for i := 0; i < v.NumField(); i++ {
			if v.Field(i).String() == "" {
				t.Errorf("%s: %s is empty", l, v.Type().Field(i).Name)
			}
		}
		if Msg(l).TabName(TabCompare) == "" {
			t.Errorf("%s: no tab name", l)
		}
	}
}

// withoutArea is a copy of ds without figures for the areas, as a
// Y30R21 file as Jobindsats publishes it has no fp and no fleksjob.
func withoutArea(ds *calc.Dataset, areas ...calc.Area) *calc.Dataset {
	cp := *ds
	cp.Periods = slices.Clone(ds.Periods)
	for t := range cp.Periods {
		cp.Periods[t].Rows = slices.Clone(ds.Periods[t].Rows)
		for i := range cp.Periods[t].Rows {
			for _, a := range areas {
				cp.Periods[t].Rows[i].Areas[a] = calc.Figures{}
			}
		}
	}
	return &cp
}

// TestCompareAreaFallback: on data without førtidspension the lens brings
// the area, but a compared scenario without the lens (cost weighting) and
// the official model have none: the comparison is calc's on the total, and the note
// names the scenario and the area, in the state's language.
func TestCompareAreaFallback(t *testing.T) {
	ds := withoutArea(demo.Dataset(), calc.FP)
	st := NewState(ds, nil)
	lens, _ := calc.DecodeScenario("v=1&lens=1")
	cost := calc.DefaultScenario()
	cost.Weighting = calc.WeightCost
	q := lens.Encode() + "&tab=compare&area=fp&" + calc.EncodeComparison([]calc.ComparedScenario{
		{Name: "Pris", Scenario: cost}, {Name: "Kar", Scenario: lens}})
	if err := st.ApplyQuery(q); err != nil {
		t.Fatal(err)
	}
	if st.Area != calc.FP {
		t.Fatalf("area %s, want fp (the lens brings it)", st.Area)
	}
	got, err := st.Compare.Comparison()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := calc.Compare(ds, "", calc.FP, cost, lens); err == nil {
		t.Fatal("calc compares fp without fp figures")
	}
	want, err := calc.Compare(ds, "", calc.Total, cost, lens)
	if err != nil {
		t.Fatal(err)
	}
	if got.Area != calc.Total || got.Rows[7].Ranks[1] != want.Rows[7].Ranks[1] || got.Moved[0] != want.Moved[0] {
		t.Errorf("comparison on %s, row 8 %+v; calc on the total %+v", got.Area, got.Rows[7], want.Rows[7])
	}
	if note, w := st.Compare.AreaNote(), "«Pris» og den officielle model: ingen tal for området Førtidspension – sammenligningen viser derfor alle ydelsesgrupper i alt."; note != w {
		t.Errorf("note %q, want %q", note, w)
	}
	st.SetLang(LangEN)
	if note, w := st.Compare.AreaNote(), "“Pris” and the official model: no figures for the area Disability pension – the comparison therefore shows all benefit groups in total."; note != w {
		t.Errorf("English note %q, want %q", note, w)
	}
	// A comparison on an area every scenario has says nothing.
	st.SetArea(calc.KTH)
	if c, _ := st.Compare.Comparison(); c.Area != calc.KTH || st.Compare.AreaNote() != "" {
		t.Errorf("on kth: area %s, note %q", c.Area, st.Compare.AreaNote())
	}
	// On the demo data every scenario has fp: no note there either.
	full := newTestState(t)
	if err := full.ApplyQuery(q); err != nil {
		t.Fatal(err)
	}
	if c, _ := full.Compare.Comparison(); c.Area != calc.FP || full.Compare.AreaNote() != "" {
		t.Errorf("demo data: area %s, note %q", c.Area, full.Compare.AreaNote())
	}
}
