package view

import (
	"strings"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// TestNationalReform: a reform for all municipalities goes into the
// scenario and the URL, and the totals shown are calc's.
func TestNationalReform(t *testing.T) {
	st := newTestState(t)
	st.SetTab(TabScenario)
	st.Reform.SetDraft(calc.CaseloadReform{To: 50})
	if err := st.Reform.Apply(); err != nil {
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
	tot := st.Reform.Totals()
	if len(tot) != 1 || tot[0].Totals != res.CaseloadTotals("") || tot[0].Totals.Municipalities == 0 {
		t.Fatalf("totals %+v, calc %+v", tot, res.CaseloadTotals(""))
	}
	if st.Result().Reform != res.Reform {
		t.Errorf("reform summary %+v, calc %+v", st.Result().Reform, res.Reform)
	}
	// A region on top adds its column; removing the national one leaves it.
	st.Reform.SetDraft(calc.CaseloadReform{Region: 1084, Area: calc.KTH, To: 40})
	st.Reform.Apply()
	if tot := st.Reform.Totals(); len(tot) != 2 || tot[1].Title != "Region Hovedstaden" || tot[1].Totals != st.Result().CaseloadTotals("Region Hovedstaden") {
		t.Errorf("region totals %+v", tot)
	}
	st.Reform.Remove(0, calc.KTH)
	if q := st.Scenario.Encode(); q != "v=1&cl=r1084:40" {
		t.Errorf("after removing the national reform: %q", q)
	}
}
