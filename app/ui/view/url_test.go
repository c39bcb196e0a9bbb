package view

import (
	"reflect"
	"strings"
	"testing"

	"benchsim/app/report"
	"benchsim/calc"
)

// TestURLRoundTrip: every part of the view survives Query → ApplyQuery.
func TestURLRoundTrip(t *testing.T) {
	st := newTestState(t)
	st.SetScope(calc.ScopeKL)
	st.SetCaseload(336, 120, 45)
	st.SetCaseloadArea(336, calc.SYG)
	st.SetParam(calc.ParamEpsilon, 0.06)
	st.SetPrice(calc.FP, 80000)
	st.SetRuleSet("2020")
	st.SetFokus(707, 94.3, 83.2)
	st.SetDraft(calc.Transfer{Code: 101, From: calc.KTH, To: calc.FP, Persons: 250})
	st.AddTransfer()
	st.SetArea(calc.KTH)
	st.SetSort(report.ColPP)
	st.SetSort(report.ColPP) // descending
	st.SetFilter("Kø & co")
	st.SetRegion("Region Sjælland")
	st.SetMunicipality(336)
	st.SetLang(LangEN) // the ranking, where the filters are (TestFiltersStayOnRanking)
	q := st.Query()

	fresh := newTestState(t)
	if err := fresh.ApplyQuery(q); err != nil {
		t.Fatalf("ApplyQuery(%q): %v", q, err)
	}
	if got := fresh.Query(); got != q {
		t.Errorf("round trip:\n got %s\nwant %s", got, q)
	}
	if !reflect.DeepEqual(fresh.Scenario, st.Scenario) {
		t.Errorf("scenario after the round trip\n got %+v\nwant %+v", fresh.Scenario, st.Scenario)
	}
	if fresh.Lang != LangEN || fresh.Tab != TabRanking || fresh.Muni != 336 || fresh.Area != calc.KTH ||
		fresh.Sort != "-"+report.ColPP || fresh.Filter != "Kø & co" || fresh.Region != "Region Sjælland" {
		t.Errorf("view after the round trip: %+v", fresh)
	}
	if !reflect.DeepEqual(fresh.Rows(), st.Rows()) {
		t.Error("the table differs after the round trip")
	}
}

// TestBadQuery: a malformed or future-versioned URL gives the default view
// and a notice, in the language the URL asked for when it can be read. (A
// link to an absent dataset waits for it: TestLinkWaitsForData.)
func TestBadQuery(t *testing.T) {
	for _, q := range []string{
		"v=2&scope=kl", "v=1&scope=nonsense", "v=1&cl=336:abc:5", "v=1&tab=nowhere", "v=1&m=99999",
		"v=1&area=kth%ZZ", "v=1&sort=colour", "v=1&lang=fr", "v=1&p=1999QMAT04",
	} {
		st := newTestState(t)
		st.SetCaseload(336, 100, 50)
		if err := st.ApplyQuery(q); err == nil {
			t.Errorf("ApplyQuery(%q) accepted", q)
			continue
		}
		if st.Notice == "" {
			t.Errorf("%q: no notice", q)
		}
		if st.Query() != "v=1" {
			t.Errorf("%q: view %q, want the default", q, st.Query())
		}
	}
	st := newTestState(t)
	st.ApplyQuery("v=7&lang=en")
	if st.Lang != LangEN || !strings.HasPrefix(st.Notice, "The link could not be read") {
		t.Errorf("notice %q in %s", st.Notice, st.Lang)
	}
	st.DismissNotice()
	if st.Notice != "" {
		t.Error("the notice stays")
	}
}
