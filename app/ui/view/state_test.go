package view

import (
	"bytes"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"benchsim/app/dataset"
	"benchsim/app/report"
	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
)

func newTestState(t testing.TB) *State {
	t.Helper()
	return NewState(demo.Dataset(), &dataset.MemStore{})
}

// demoJSONL is the illustrative dataset written as a Jobindsats file.
func demoJSONL(t testing.TB) string {
	t.Helper()
	var buf bytes.Buffer
	if err := jobindsats.Write(&buf, demo.Dataset(), jobindsats.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestDefaultView(t *testing.T) {
	st := newTestState(t)
	if q := st.Query(); q != "v=1" {
		t.Errorf("default query %q, want v=1", q)
	}
	res, err := calc.Apply(demo.Dataset(), calc.DefaultScenario())
	if err != nil {
		t.Fatal(err)
	}
	rows := st.Rows()
	order := res.Scenario.Order(calc.Total)
	if len(rows) != len(order) {
		t.Fatalf("%d rows, calc has %d", len(rows), len(order))
	}
	for i, r := range rows {
		if r.Index != order[i] || r.Entry != res.Scenario.Areas[calc.Total][order[i]] {
			t.Fatalf("row %d is %s, calc ranks %s there", i+1, r.Muni.Name, demo.Dataset().Municipalities[order[i]].Name)
		}
	}
	if cols := st.Columns(); slices.Contains(cols, report.ColChange) {
		t.Errorf("the official model shows a change column: %v", cols)
	}
}

// TestCaseloadLever: a caseload change gives calc's result for the same
// scenario, and c0 == c1 removes the lever.
func TestCaseloadLever(t *testing.T) {
	st := newTestState(t)
	l := st.CaseloadDefaults(336)
	if l.From != l.To || l.Area != calc.KTH {
		t.Fatalf("defaults %+v: want no change on kth", l)
	}
	if err := st.SetCaseload(336, 100, 50); err != nil {
		t.Fatal(err)
	}
	sc := calc.DefaultScenario()
	sc.SetCaseload(calc.CaseloadLever{Code: 336, Area: calc.KTH, From: 100, To: 50})
	want, err := calc.Apply(demo.Dataset(), sc)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(st.Result().Scenario, want.Scenario) || !reflect.DeepEqual(st.Result().Investments, want.Investments) {
		t.Error("the state's result differs from calc.Apply on the same scenario")
	}
	if !strings.Contains(st.Query(), "cl=336:100:50") {
		t.Errorf("query %q lacks the lever", st.Query())
	}
	if cols := st.Columns(); !slices.Contains(cols, report.ColChange) || !slices.Contains(cols, report.ColOfficial) {
		t.Errorf("a scenario should show the change and the official rank: %v", cols)
	}
	st.SetCaseload(336, 50, 50)
	if len(st.Scenario.Caseload) != 0 {
		t.Errorf("c0 == c1 should remove the lever: %+v", st.Scenario.Caseload)
	}
}

func TestSortFilterPin(t *testing.T) {
	st := newTestState(t)
	st.SetSort(report.ColPP)
	st.SetSort(report.ColPP)
	rows := st.Rows()
	for i := 1; i < len(rows); i++ {
		if rows[i-1].Entry.DiffPP < rows[i].Entry.DiffPP {
			t.Fatalf("rows %d and %d not in descending pp", i, i+1)
		}
	}
	st.SetSort(report.ColName)
	rows = st.Rows()
	names := make([]string, len(rows))
	for i, r := range rows {
		names[i] = r.Muni.Name
	}
	// æ, ø, å after z: Ærø and Aabenraa come where a Dane looks for them.
	if !(slices.Index(names, "Aabenraa") < slices.Index(names, "Vordingborg") && slices.Index(names, "Vordingborg") < slices.Index(names, "Ærø")) {
		t.Errorf("Danish order wrong: %v", names)
	}

	st.SetFilter("kø")
	for _, r := range st.Rows() {
		if !strings.Contains(strings.ToLower(r.Muni.Name), "kø") {
			t.Errorf("filter kø shows %s", r.Muni.Name)
		}
	}
	st.SetMunicipality(336) // Stevns is pinned and stays visible
	rows = st.Rows()
	if !slices.ContainsFunc(rows, func(r Row) bool { return r.Muni.Code == 336 && r.Pinned }) {
		t.Error("the pinned municipality is filtered away")
	}
	st.TogglePin(336)
	if st.Muni != 0 {
		t.Error("TogglePin did not unpin")
	}
	st.SetFilter("")
	st.SetRegion("Region Nordjylland")
	for _, r := range st.Rows() {
		if r.Muni.Region != "Region Nordjylland" {
			t.Errorf("region filter shows %s (%s)", r.Muni.Name, r.Muni.Region)
		}
	}
}

// TestLeverRefused: a change calc cannot compute leaves the scenario as it
// was and says why.
func TestLeverRefused(t *testing.T) {
	st := newTestState(t)
	// A Y30R21 file as Jobindsats publishes it: no fp, no fleksjob.
	ds := withoutArea(demo.Dataset(), calc.FP, calc.Flex)
	var buf bytes.Buffer
	if err := jobindsats.Write(&buf, ds, jobindsats.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	if err := st.Import("y30r21.jsonl", buf.String()); err != nil {
		t.Fatal(err)
	}
	if st.Result().Scenario.Included[calc.FP] {
		t.Fatal("the imported file has figures for fp")
	}
	before := st.Query()
	if err := st.SetScope(calc.ScopeKL); err == nil {
		t.Fatal("KL's scope accepted on data without fp")
	}
	if st.LeverError == "" || st.Query() != before {
		t.Errorf("LeverError %q, query %q (was %q)", st.LeverError, st.Query(), before)
	}
	// Said in Danish, naming the area and the file that brings it, and
	// offering the import; again in English after a switch.
	if !strings.Contains(st.LeverError, "Data har ingen tal for Førtidspension") || !strings.Contains(st.LeverError, "PTV_A02") {
		t.Errorf("LeverError not in Danish or without the cure: %q", st.LeverError)
	}
	if a, ok := st.LeverNeedsImport(); !ok || a != calc.FP {
		t.Errorf("LeverNeedsImport = %v, %v; want fp, true", a, ok)
	}
	st.SetLang(LangEN)
	if !strings.Contains(st.LeverError, "The data has no figures for Disability pension") {
		t.Errorf("LeverError after switching to English: %q", st.LeverError)
	}
	st.SetLang(LangDA)
	// The connected-vessels lens makes fp available.
	if err := st.SetLens(true); err != nil {
		t.Fatal(err)
	}
	// …but not fleksjob: KL's scope names it next.
	if err := st.SetScope(calc.ScopeKL); err == nil || !strings.Contains(st.LeverError, "Fleksjob") {
		t.Errorf("KL's scope with the lens but no fleksjob: %v, %q", err, st.LeverError)
	}
	if err := st.SetScope(calc.ScopeCustom); err != nil {
		t.Fatal(err)
	}
	if err := st.SetCustomArea(calc.FP, true); err != nil {
		t.Errorf("fp in the total with the lens: %v", err)
	}
	if st.LeverError != "" {
		t.Errorf("LeverError %q stays after a good change", st.LeverError)
	}
}

func TestImportStoreDelete(t *testing.T) {
	store := &dataset.MemStore{}
	st := NewState(demo.Dataset(), store)
	st.SetCaseload(336, 100, 50)
	text := demoJSONL(t)
	if err := st.Import("eksempel.jsonl", text); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(st.DatasetID, "i") || st.ImportOK == "" || st.ImportError != "" {
		t.Fatalf("after import: id %q, ok %q, error %q", st.DatasetID, st.ImportOK, st.ImportError)
	}
	if len(st.Scenario.Caseload) != 0 {
		t.Error("a new dataset should start from the official model")
	}
	today := time.Now().Format("2006-01-02")
	if name := st.Dataset().Provenance.Name; name != "eksempel.jsonl, "+today {
		t.Errorf("the import is named %q, want the file and the date", name)
	}
	id := st.DatasetID
	q := st.Query()
	if !strings.Contains(q, "ds="+id) || !strings.Contains(q, "files=Y30R21%3Aeksempel.jsonl") {
		t.Errorf("query %q lacks ds=%s and its file", q, id)
	}

	// A new state (a reload) finds the dataset in the store through the
	// URL, and opens it without an address too (the dataset used last).
	again := NewState(demo.Dataset(), store)
	if again.DatasetID != id {
		t.Errorf("reopened without an address on %q, want the last used %q", again.DatasetID, id)
	}
	again = NewState(demo.Dataset(), store)
	if err := again.ApplyQuery(q); err != nil {
		t.Fatalf("reload: %v", err)
	}
	if again.Dataset().Provenance.Illustrative || again.DatasetID != id || again.Query() != q {
		t.Errorf("reload shows %q, %q", again.DatasetID, again.Query())
	}

	// A broken file: the error names its line; the data stays.
	lines := strings.SplitAfter(text, "\n")
	lines[6] = lines[6][:len(lines[6])/2] + "\n" // cut off
	if err := st.Import("broken.jsonl", strings.Join(lines, "")); err == nil {
		t.Fatal("the broken file was accepted")
	}
	if !strings.Contains(st.ImportError, "linje 7") || !strings.Contains(st.ImportError, "broken.jsonl") {
		t.Errorf("error %q should name the file and line 7", st.ImportError)
	}
	if st.DatasetID != id {
		t.Errorf("the data changed to %q", st.DatasetID)
	}

	// Storage full: the page says so; the data that was there stays, in
	// the state and in the store.
	store.Full = true
	other := strings.Replace(text, "\n", "\n\n", 1) // another file, same rows
	st.Import("second.jsonl", other)
	if !strings.Contains(st.ImportError, "lager er fuldt") || !strings.Contains(st.ImportError, "second.jsonl") {
		t.Errorf("error %q", st.ImportError)
	}
	if st.DatasetID != id || len(st.Datasets()) != 2 {
		t.Errorf("after the refused import: %q, %d datasets", st.DatasetID, len(st.Datasets()))
	}
	store.Full = false
	if n := len(NewState(demo.Dataset(), store).Datasets()); n != 2 {
		t.Errorf("the store holds %d datasets after the refused import, want demo and the first", n)
	}

	if err := st.DeleteDataset(st.DatasetID); err != nil {
		t.Fatal(err)
	}
	if st.DatasetID != DemoID || len(st.Datasets()) != 1 || store.FileCount() != 0 {
		t.Errorf("after deleting: %q, %d datasets, %d files kept", st.DatasetID, len(st.Datasets()), store.FileCount())
	}
	if err := st.DeleteDataset(DemoID); err == nil {
		t.Error("the built-in dataset was deleted")
	}
}

// TestLinkWaitsForData: a link whose dataset is absent keeps its levers
// and view waiting and says which file to import; importing it shows the
// linked view.
func TestLinkWaitsForData(t *testing.T) {
	sender := newTestState(t)
	text := demoJSONL(t)
	if err := sender.Import("y30r21.jsonl", text); err != nil {
		t.Fatal(err)
	}
	if err := sender.SetCaseload(336, 100, 50); err != nil {
		t.Fatal(err)
	}
	sender.SetTab(TabScenario)
	sender.SetMunicipality(336)
	link := sender.Query()

	st := newTestState(t)
	if err := st.ApplyQuery(link); err != nil {
		t.Fatal(err)
	}
	ok, files := st.Waiting()
	if !ok || len(files) != 1 || files[0] != "y30r21.jsonl (Y30R21)" {
		t.Fatalf("waiting %v, files %v", ok, files)
	}
	if st.DatasetID != DemoID || st.Tab != TabScenario || len(st.Scenario.Caseload) != 1 {
		t.Errorf("while waiting: %s, tab %s, levers %v", st.DatasetID, st.Tab, st.Scenario.Caseload)
	}
	// The address keeps the link while it waits (a reload waits too).
	if st.Query() != link {
		t.Errorf("while waiting the address is %q, want the link %q", st.Query(), link)
	}
	// Going to the Data page (a navigation) keeps the link waiting.
	st.SetTab(TabData)
	if err := st.ApplyQuery(st.Query()); err != nil {
		t.Fatal(err)
	}
	if ok, files := st.Waiting(); !ok || len(files) != 1 {
		t.Fatalf("after going to the Data page: waiting %v, files %v", ok, files)
	}
	if err := st.Import("y30r21.jsonl", text); err != nil {
		t.Fatal(err)
	}
	if st.Query() != link {
		t.Errorf("after the import the view is %q, want the link's %q", st.Query(), link)
	}
	if ok, _ := st.Waiting(); ok {
		t.Error("still waiting after the import")
	}
}

// TestBundleOpens: the view saved with its data opens in another browser
// as the same view with the same numbers.
func TestBundleOpens(t *testing.T) {
	st := newTestState(t)
	if st.CanExport() {
		t.Error("the built-in data offers a bundle")
	}
	if err := st.Import("y30r21.jsonl", demoJSONL(t)); err != nil {
		t.Fatal(err)
	}
	st.SetScope(calc.ScopeBM2017)
	st.SetCaseload(101, 100, 60)
	st.SetTab(TabScenario)
	name, data, err := st.Bundle()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(name, dataset.BundleExt) {
		t.Errorf("bundle name %q", name)
	}
	other := newTestState(t)
	if err := other.Import(name, string(data)); err != nil {
		t.Fatal(err)
	}
	if other.Query() != st.Query() {
		t.Errorf("opened %q, want %q", other.Query(), st.Query())
	}
	if !reflect.DeepEqual(other.Result(), st.Result()) {
		t.Error("the opened bundle gives other results")
	}
}

// TestTextsComplete: every Danish text has its English counterpart.
func TestTextsComplete(t *testing.T) {
	check := func(name string, v reflect.Value) {
		if v.IsZero() {
			t.Errorf("%s is empty", name)
		}
	}
	da, en := Msg(LangDA), Msg(LangEN)
	dv, ev := reflect.ValueOf(*da.UI), reflect.ValueOf(*en.UI)
	for i := 0; i < dv.NumField(); i++ {
		f := dv.Type().Field(i)
		if !f.IsExported() {
			continue
		}
		check("da."+f.Name, dv.Field(i))
		check("en."+f.Name, ev.Field(i))
		switch f.Type.Kind() {
		case reflect.Map:
			for _, k := range dv.Field(i).MapKeys() {
				if !ev.Field(i).MapIndex(k).IsValid() {
					t.Errorf("en.%s lacks %v", f.Name, k)
				}
			}
			if dv.Field(i).Len() != ev.Field(i).Len() {
				t.Errorf("%s: %d Danish, %d English", f.Name, dv.Field(i).Len(), ev.Field(i).Len())
			}
		case reflect.Slice:
			if dv.Field(i).Len() != ev.Field(i).Len() {
				t.Errorf("%s: %d Danish, %d English", f.Name, dv.Field(i).Len(), ev.Field(i).Len())
			}
		}
	}
	for _, tab := range Tabs {
		if da.TabName(tab) == "" || en.TabName(tab) == "" {
			t.Errorf("tab %s has no name", tab)
		}
	}
	if da.Banner != "Eksempeldata — ikke de officielle tal; importér Jobindsats Y30R21 for de rigtige tal." {
		t.Errorf("banner %q", da.Banner)
	}
	if got := da.Moved(23, 5); got != "23 kommuner flytter sig 5 pladser eller mere" {
		t.Errorf("summary %q", got)
	}
}

// TestPartsBelongToTheirState: every part reaches the State it is part of,
// also after the view was replaced by a link (ApplyQuery copies the
// state), a bad link, a link whose data is absent and a tour step.
func TestPartsBelongToTheirState(t *testing.T) {
	st := newTestState(t)
	check := func(when string) {
		t.Helper()
		if st.Charts.s != st || st.Tour.s != st || st.Compare.s != st || st.Saved.s != st || st.Reform.s != st {
			t.Errorf("%s: a part points to another state", when)
		}
	}
	check("new")
	if err := st.ApplyQuery("v=1&scope=kl&tab=compare&cmp1=v%3D1"); err != nil {
		t.Fatal(err)
	}
	check("a link")
	st.Compare.AddCurrent()
	if len(st.Compare.Items) != 2 || st.Compare.Items[1].Scenario.Encode() != "v=1&scope=kl" {
		t.Errorf("after a link the comparison adds %+v", st.Compare.Items)
	}
	st.ApplyQuery("v=9")
	check("a bad link")
	st.ApplyQuery("v=1&ds=elsewhere")
	check("a link whose data is absent")
	st.Tour.SetStep(3)
	check("a tour step")
	if st.Tab != TabTour || st.Tour.Step != 3 {
		t.Errorf("tour step: tab %s step %d", st.Tab, st.Tour.Step)
	}
}
