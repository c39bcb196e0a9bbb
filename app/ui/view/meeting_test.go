package view

import (
	"reflect"
	"strings"
	"testing"
	"time"
)

// TestFiltersStayOnRanking: the name and region filters typed on the
// ranking do not follow the user to views without their boxes, nor into
// those views' links (issue 15: a filter hid municipalities on Scenarie
// with no box there to clear it).
func TestFiltersStayOnRanking(t *testing.T) {
	st := newTestState(t)
	st.SetFilter("kø")
	st.SetRegion("Region Hovedstaden")
	if q := st.Query(); !strings.Contains(q, "q=k%C3%B8") || !strings.Contains(q, "region=Region%20Hovedstaden") {
		t.Errorf("the ranking's own address lost its filters: %s", q)
	}
	for _, tab := range []string{TabScenario, TabCharts, TabMunicipality, TabData, TabMethod, TabTour} {
		if q := st.LinkQuery(tab, 336); strings.Contains(q, "q=") || strings.Contains(q, "region=") {
			t.Errorf("the link to %s carries the ranking's filters: %s", tab, q)
		}
	}
	// An old shared link to the scenario page with a filter shows every row.
	if err := st.ApplyQuery("v=1&tab=scenario&q=k%C3%B8&region=Region%20Hovedstaden"); err != nil {
		t.Fatal(err)
	}
	if st.Filter != "" || st.Region != "" || len(st.Rows()) != len(st.Dataset().Municipalities) {
		t.Errorf("the scenario page's table is filtered (%q, %q): %d rows", st.Filter, st.Region, len(st.Rows()))
	}
	st.SetTab(TabRanking)
	st.SetFilter("kø")
	st.SetTab(TabMunicipality)
	if st.Filter != "" || strings.Contains(st.Query(), "q=") {
		t.Errorf("switching view kept the filter: %q", st.Query())
	}
}

// TestOfficialSummaryOnScenarioPage: the scenario page does not tell the
// user to go to the scenario page.
func TestOfficialSummaryOnScenarioPage(t *testing.T) {
	if MeetMsg(LangDA).OfficialHere == Msg(LangDA).OfficialSummary ||
		strings.Contains(MeetMsg(LangDA).OfficialHere, "Skift til Scenarie") ||
		strings.Contains(MeetMsg(LangEN).OfficialHere, "Go to Scenario") {
		t.Errorf("the scenario page's summary points to itself: %q / %q", MeetMsg(LangDA).OfficialHere, MeetMsg(LangEN).OfficialHere)
	}
}

func TestPrintStamp(t *testing.T) {
	st := newTestState(t)
	day := time.Date(2026, time.March, 4, 10, 0, 0, 0, time.UTC)
	p := st.Period()
	want := "Datasæt: " + st.Dataset().Provenance.Name + " · Periode: " + Msg(LangDA).PeriodName(p) + " (" + p.Code + ")" +
		" · Scenarie: den officielle model · Udskrevet 4. marts 2026"
	if got := st.PrintStamp(day, false); got != want {
		t.Errorf("stamp\n got %q\nwant %q", got, want)
	}
	st.SetCaseload(336, 100, 50)
	st.SetLang(LangEN)
	if got := st.PrintStamp(day, false); !strings.Contains(got, "Scenario: v=1&cl=336:100:50") || !strings.HasSuffix(got, "Printed 4 March 2026") {
		t.Errorf("English stamp of a changed scenario: %q", got)
	}
	if got := st.PrintStamp(day, true); !strings.Contains(got, "Period and scenario: each step's own") {
		t.Errorf("the tour handout's stamp: %q", got)
	}
}

// TestTourHandout: the printed tour has every step with calc's answer for
// the step's own scenario.
func TestTourHandout(t *testing.T) {
	st := newTestState(t)
	steps, err := st.Tour.Handout()
	if err != nil {
		t.Fatal(err)
	}
	if len(steps) != TourSteps {
		t.Fatalf("%d steps", len(steps))
	}
	for _, s := range steps {
		f, err := tourFigures(st.demo, s.N, tourScenario(st.demo, s.N, nil))
		if err != nil {
			t.Fatal(err)
		}
		if s.Answer != f.Answer || s.Title == "" || s.Question == "" || s.Explain == "" || s.Scenario != scenarioText(tourScenario(st.demo, s.N, nil), LangDA) {
			t.Errorf("step %d: %+v, calc's answer %v", s.N, s, f.Answer)
		}
	}
}

func TestMeetingTextsComplete(t *testing.T) {
	dv, ev := reflect.ValueOf(*MeetMsg(LangDA)), reflect.ValueOf(*MeetMsg(LangEN))
	for i := 0; i < dv.NumField(); i++ {
		f := dv.Type().Field(i)
		if dv.Field(i).IsZero() || ev.Field(i).IsZero() {
			t.Errorf("%s is empty in one language", f.Name)
		}
		if f.Type.Kind() == reflect.Slice && dv.Field(i).Len() != ev.Field(i).Len() {
			t.Errorf("%s: %d Danish, %d English", f.Name, dv.Field(i).Len(), ev.Field(i).Len())
		}
	}
}

// TestDeleteAsksFirst: deleting needs AskDelete then ConfirmDeleteDataset;
// CancelDelete keeps the dataset.
func TestDeleteAsksFirst(t *testing.T) {
	st := newTestState(t)
	if err := st.Import("mine.jsonl", demoJSONL(t)); err != nil {
		t.Fatal(err)
	}
	id := st.DatasetID
	if err := st.ConfirmDeleteDataset(id); err == nil {
		t.Fatal("deleted without asking")
	}
	st.AskDelete(id)
	st.CancelDelete()
	if err := st.ConfirmDeleteDataset(id); err == nil || len(st.Datasets()) != 2 {
		t.Fatalf("deleted after Behold: %v, %d datasets", err, len(st.Datasets()))
	}
	st.AskDelete(id)
	if err := st.ConfirmDeleteDataset(id); err != nil || len(st.Datasets()) != 1 || st.DatasetID != DemoID {
		t.Fatalf("Ja, slet: %v, %d datasets, using %s", err, len(st.Datasets()), st.DatasetID)
	}
}
