package view

import (
	"bytes"
	"reflect"
	"strings"
	"testing"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/demo"
)

// TestSavedScenarios: save, rename, duplicate, delete and undo, kept in the
// store with the scenario's query and dataset.
func TestSavedScenarios(t *testing.T) {
	store := &MemScenarioStore{}
	st := newTestState(t)
	st.UseScenarioStore(store)
	if err := st.SetScope(calc.ScopeKL); err != nil {
		t.Fatal(err)
	}
	kl := st.Scenario.Encode()
	id, err := st.SaveScenario("  KL's   forslag ")
	if err != nil {
		t.Fatal(err)
	}
	if len(store.List) != 1 || store.List[0].Name != "KL's forslag" || store.List[0].Query != kl || store.List[0].Dataset != DemoID {
		t.Fatalf("stored %+v, want KL's forslag with %q on demo", store.List, kl)
	}
	st.ResetScenario()
	id2, _ := st.SaveScenario("")
	if x, _ := st.SavedByID(id2); x.Name != "Scenarie 2" || x.Query != "v=1" {
		t.Errorf("unnamed save is %+v, want Scenarie 2 with v=1", x)
	}
	if err := st.RenameSaved(id, "KL"); err != nil {
		t.Fatal(err)
	}
	cp, err := st.DuplicateSaved(id)
	if err != nil {
		t.Fatal(err)
	}
	if x, _ := st.SavedByID(cp); x.Name != "KL (kopi)" || x.Query != kl || cp == id {
		t.Errorf("copy is %+v (id %s)", x, cp)
	}
	if err := st.DeleteSaved(id); err != nil {
		t.Fatal(err)
	}
	if _, ok := st.SavedByID(id); ok || len(store.List) != 2 {
		t.Fatalf("deleted scenario still there: %+v", store.List)
	}
	if x, ok := st.LastDeleted(); !ok || x.Name != "KL" {
		t.Fatalf("last deleted %+v %v", x, ok)
	}
	if err := st.UndoDelete(); err != nil {
		t.Fatal(err)
	}
	if len(store.List) != 3 || store.List[0].ID != id || store.List[0].Name != "KL" {
		t.Fatalf("undo gave %+v, want KL back first", store.List)
	}
	// A fresh state (a reload) reads them back.
	again := newTestState(t)
	again.UseScenarioStore(store)
	if got := again.SavedScenarios(); len(got) != 3 || got[0].Query != kl {
		t.Errorf("reloaded %+v", got)
	}
	if err := again.OpenSaved(id); err != nil || again.Scenario.Encode() != kl || again.Tab != TabScenario {
		t.Errorf("open gave %q on %s (%v)", again.Scenario.Encode(), again.Tab, err)
	}
	// A full storage says so, and the list stays.
	store.Full = true
	if _, err := st.SaveScenario("x"); err == nil || !strings.Contains(st.Saved.Error, "storage full") || len(st.SavedScenarios()) != 3 {
		t.Errorf("full storage: err %v, message %q, %d saved", err, st.Saved.Error, len(st.SavedScenarios()))
	}
}

// TestComparisonView: two saved scenarios compared give calc.Compare's
// rows, sort like report.CompareRows, export report.CompareCSV, and the
// comparison's URL reproduces it in a fresh state.
func TestComparisonView(t *testing.T) {
	st := newTestState(t)
	st.UseScenarioStore(&MemScenarioStore{})
	st.SetScope(calc.ScopeKL)
	a, _ := st.SaveScenario("KL")
	st.ResetScenario()
	st.SetWeighting(calc.WeightCost)
	st.SetPricePreset(calc.PricesTeaching)
	b, _ := st.SaveScenario("Pris")
	st.SetTab(TabCompare)
	if err := st.CompareAddSaved(a); err != nil {
		t.Fatal(err)
	}
	if err := st.CompareAddSaved(b); err != nil {
		t.Fatal(err)
	}
	st.SetCompareSort("change2")
	if st.Compare.Sort != "-change2" {
		t.Errorf("sort %q, want -change2 (biggest climb first)", st.Compare.Sort)
	}
	got, err := st.Comparison()
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
	if csv := st.CompareCSV(); !bytes.Equal(csv, report.CompareCSV(want, []string{"KL", "Pris"}, "-change2", report.DA)) {
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
	fc, _ := fresh.Comparison()
	if fc.Rows[5].Ranks[1] != want.Rows[5].Ranks[1] {
		t.Errorf("shared link gives rank %d, want %d", fc.Rows[5].Ranks[1], want.Rows[5].Ranks[1])
	}
	// Taking the first out keeps the second and drops a sort that no
	// longer exists.
	st.CompareRemove(1)
	if len(st.Compare.Items) != 1 || st.Compare.Items[0].Name != "KL" || st.Compare.Sort != "" {
		t.Errorf("after removal: %+v sort %q", st.Compare.Items, st.Compare.Sort)
	}
	// A fourth scenario does not fit.
	st.CompareAddCurrent()
	st.CompareAddCurrent()
	if err := st.CompareAddCurrent(); err == nil || len(st.Compare.Items) != 3 {
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

// TestNationalReform: a reform for all municipalities goes into the
// scenario and the URL, and the totals shown are calc's.
func TestNationalReform(t *testing.T) {
	st := newTestState(t)
	st.SetTab(TabScenario)
	st.SetReformDraft(calc.CaseloadReform{To: 50})
	if err := st.ApplyReform(); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(st.Query(), "cl=all:50") {
		t.Errorf("query %q lacks cl=all:50", st.Query())
	}
	sc, _ := calc.DecodeScenario("v=1&cl=all:50")
	res, err := calc.Apply(demo.Dataset(), sc)
	if err != nil {
		t.Fatal(err)
	}
	tot := st.ReformTotals()
	if len(tot) != 1 || tot[0].Totals != res.CaseloadTotals("") || tot[0].Totals.Municipalities == 0 {
		t.Fatalf("totals %+v, calc %+v", tot, res.CaseloadTotals(""))
	}
	if st.Result().Reform != res.Reform {
		t.Errorf("reform summary %+v, calc %+v", st.Result().Reform, res.Reform)
	}
	// A region on top adds its column; removing the national one leaves it.
	st.SetReformDraft(calc.CaseloadReform{Region: 1084, Area: calc.KTH, To: 40})
	st.ApplyReform()
	if tot := st.ReformTotals(); len(tot) != 2 || tot[1].Title != "Region Hovedstaden" || tot[1].Totals != st.Result().CaseloadTotals("Region Hovedstaden") {
		t.Errorf("region totals %+v", tot)
	}
	st.RemoveReform(0, calc.KTH)
	if q := st.Scenario.Encode(); q != "v=1&cl=r1084:40" {
		t.Errorf("after removing the national reform: %q", q)
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
