package view

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"benchsim/app/dataset"
	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/tests/fixtures"
)

func baseFile(t *testing.T) []byte {
	t.Helper()
	b, err := fixtures.Y30R21(fixtures.WithoutBenefits(demo.Dataset()))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// A dataset grows by companion files chosen together with its Y30R21 file
// (in any order), lists them with what each gives, and loses what a removed
// file gave.
func TestCompanionFiles(t *testing.T) {
	store := &dataset.MemStore{}
	st := NewState(demo.Dataset(), store)
	ds := demo.Dataset()
	st.ImportFiles([]NamedFile{{Name: "ptv_a02.csv", Data: fixtures.PTVA02(ds)}, {Name: "y30r21.jsonl", Data: baseFile(t)}, {Name: "folk1a.csv", Data: fixtures.FOLK1A(ds)}})
	if st.ImportError != "" {
		t.Fatal(st.ImportError)
	}
	files := st.Files()
	var tables []string
	for _, f := range files {
		tables = append(tables, f.Table)
	}
	if strings.Join(tables, ",") != "Y30R21,FOLK1A,PTV_A02" {
		t.Fatalf("files %v", tables)
	}
	if st.DatasetID != dataset.SetID(files) || len(st.Datasets()) != 2 {
		t.Errorf("dataset %s of %d listed; want one set of three files", st.DatasetID, len(st.Datasets()))
	}
	if got := st.MissingLevers(); slices.Contains(got, "fp") || slices.Contains(got, "population") {
		t.Errorf("missing %v after adding PTV_A02 and FOLK1A", got)
	}
	if got := Msg(LangDA).LeverList(files[2].Unlocks); got != "førtidspension og fleksjob" {
		t.Errorf("PTV_A02 gives %q", got)
	}
	// KL's proposal runs on the fp and flex figures the file brought.
	if err := st.SetScope(calc.ScopeKL); err != nil {
		t.Fatalf("KL's scope: %v", err)
	}
	set, _ := st.Library().Set(st.DatasetID)
	want, _, err := dataset.Build(&set, st.Library().Data())
	if err != nil {
		t.Fatal(err)
	}
	res, err := calc.Apply(want, st.Scenario)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(res.Scenario, st.Result().Scenario) {
		t.Error("the app's ranks differ from calc's on the built dataset")
	}

	// A full storage refuses the removal; what was kept stays.
	store.Full = true
	st.RemoveFile(files[2].ID)
	if !strings.Contains(st.ImportError, "lager er fuldt") || len(st.Files()) != 3 {
		t.Errorf("removal in a full storage: %q, %d files", st.ImportError, len(st.Files()))
	}
	store.Full = false

	if err := st.RemoveFile(files[2].ID); err != nil {
		t.Fatal(err)
	}
	if want := "ptv_a02.csv er fjernet fra datasættet. Med den forsvandt: førtidspension og fleksjob."; st.RemovedText() != want {
		t.Errorf("removed: %q, want %q", st.RemovedText(), want)
	}
	st.SetLang(LangEN)
	if want := "ptv_a02.csv has been removed from the dataset. It took along: førtidspension and fleksjob."; st.RemovedText() != want {
		t.Errorf("removed, after switching to English: %q, want %q", st.RemovedText(), want)
	}
	st.SetLang(LangDA)
	if st.Scenario.Scope != calc.ScopeOfficial {
		t.Errorf("KL's scope stayed without fp figures: %q", st.Scenario.Scope)
	}
	again := NewState(demo.Dataset(), store)
	if len(again.Files()) != 2 || again.DatasetID != st.DatasetID {
		t.Errorf("reopened on %s with %d files", again.DatasetID, len(again.Files()))
	}
	if store.FileCount() != 2 {
		t.Errorf("%d files kept, want 2 (the removed one's bytes go)", store.FileCount())
	}
}

// A benefit file that does not say fp or flex is held back and read again
// with the user's answer.
func TestAskBenefit(t *testing.T) {
	st := newTestState(t)
	if err := st.Import("base.jsonl", string(baseFile(t))); err != nil {
		t.Fatal(err)
	}
	ds := demo.Dataset()
	var b strings.Builder
	b.WriteString("Område;Periode;Antal fuldtidspersoner\n")
	for j, p := range ds.Periods {
		for i, m := range ds.Municipalities {
			fmt.Fprintf(&b, "%s;%s;%d\n", m.Name, p.Code, 100+i+j)
		}
	}
	if err := st.Import("ydelse.csv", b.String()); err == nil || st.Data.Ask == nil || st.Data.Ask.Name != "ydelse.csv" {
		t.Fatalf("no question: err %v, ask %+v, error %q", err, st.Data.Ask, st.ImportError)
	}
	if err := st.ImportAs(st.Data.Ask.Name, st.Data.Ask.Data, "flex"); err != nil {
		t.Fatal(err)
	}
	if st.Data.Ask != nil || len(st.Files()) != 2 || st.Files()[1].Benefit != "flex" {
		t.Fatalf("after the answer: ask %+v, files %+v", st.Data.Ask, st.Files())
	}
	p := st.Period()
	i := st.Dataset().MunicipalityIndex(101)
	if f := p.Rows[i].Areas[calc.Flex]; !f.Known || f.Actual != float64(100+i+len(st.Dataset().Periods)-1) {
		t.Errorf("København's flex: %+v", f)
	}
	if p.Rows[i].Areas[calc.FP].Known {
		t.Error("fp known from a file said to be flex")
	}
}

// need= points the Data page at the import for a lever, and round-trips.
func TestNeedKey(t *testing.T) {
	st := newTestState(t)
	if err := st.ApplyQuery("v=1&tab=data&need=fp"); err != nil {
		t.Fatal(err)
	}
	if st.Data.Need != "fp" || st.Query() != "v=1&tab=data&need=fp" {
		t.Errorf("need %q, query %q", st.Data.Need, st.Query())
	}
	if got := Msg(LangEN).ImportFor("fp"); got != "import PTV_A02 or Y10A02" {
		t.Errorf("English hint %q", got)
	}
	st.SetTab(TabRanking)
	if strings.Contains(st.Query(), "need=") {
		t.Errorf("need= outside the Data page: %q", st.Query())
	}
	if err := st.ApplyQuery("v=1&tab=data&need=rocket"); err == nil {
		t.Error("an unknown lever was accepted")
	}
}

// A broken companion file says in Danish what and where, once named; the
// dataset stays as it was.
func TestCompanionError(t *testing.T) {
	st := newTestState(t)
	if err := st.Import("base.jsonl", string(baseFile(t))); err != nil {
		t.Fatal(err)
	}
	id := st.DatasetID
	bad := ";Område;Periode;Ydelsesgrupper;Antal fuldtidspersoner\n0;København;2021QMAT02;Førtidspension;mange\n"
	if err := st.Import("ptv.csv", bad); err == nil {
		t.Fatal("the broken file was accepted")
	}
	if !strings.HasPrefix(st.ImportError, "ptv.csv kunne ikke importeres: linje 2") || strings.Count(st.ImportError, "ptv.csv") != 1 {
		t.Errorf("error %q", st.ImportError)
	}
	if st.DatasetID != id || len(st.Files()) != 1 {
		t.Errorf("after the error: %s with %d files", st.DatasetID, len(st.Files()))
	}
}

// KL's proposal refused for want of fp figures offers the import for fp.
func TestGoImport(t *testing.T) {
	st := newTestState(t)
	if err := st.Import("base.jsonl", string(baseFile(t))); err != nil {
		t.Fatal(err)
	}
	if err := st.SetScope(calc.ScopeKL); err == nil {
		t.Fatal("KL's scope accepted without fp figures")
	}
	area, need := st.LeverNeedsImport()
	if !need {
		t.Fatalf("no import offered for %q", st.LeverError)
	}
	st.GoImport(area.ID())
	if q := st.Query(); !strings.Contains(q, "tab=data&need="+area.ID()) {
		t.Errorf("query %q", q)
	}
	if got := Msg(LangDA).ImportFor(st.Data.Need); !strings.Contains(got, "PTV_A02") {
		t.Errorf("the page says %q", got)
	}
}
