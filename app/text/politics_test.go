package text_test

import (
	"strings"
	"testing"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/demo"
)

func TestHeadlineFigures(t *testing.T) {
	ds := demo.Dataset()
	s, _ := calc.DecodeScenario("v=1&cl=all:50,101:100:30")
	res, err := calc.Apply(ds, s)
	if err != nil {
		t.Fatal(err)
	}
	h := res.Headline(calc.Total)
	figs := text.Headline(ds, h, "da")
	if len(figs) != 5 {
		t.Fatalf("want 5 figures, got %v", figs)
	}
	keys := []string{"moved", "climber", "faller", "potential", "supervision"}
	for k, f := range figs {
		if f.Key != keys[k] {
			t.Errorf("figure %d is %s, want %s", k, f.Key, keys[k])
		}
	}
	if want := ds.Municipalities[h.Climber.Index].Name; !strings.HasSuffix(figs[1].Label, want) {
		t.Errorf("climber label %q does not name %s", figs[1].Label, want)
	}
	// The values are calc's, formatted: places and mio. kr.
	want := []string{report.Number(float64(h.Moved), 0, report.DA), report.Signed(float64(h.Climber.Places), 0, report.DA),
		report.Signed(float64(h.Faller.Places), 0, report.DA), report.SignedMio(h.PotentialDelta, report.DA),
		report.Signed(float64(h.Inspiration.Delta()), 0, report.DA) + " / " + report.Signed(float64(h.Risk.Delta()), 0, report.DA)}
	for k, f := range figs {
		if f.Value != want[k] {
			t.Errorf("%s = %q, want %q", f.Key, f.Value, want[k])
		}
	}
	if h.Climber.Places <= 0 || h.Faller.Places >= 0 {
		t.Errorf("climber %+v, faller %+v", h.Climber, h.Faller)
	}

	for i := range ds.Periods {
		for j := range ds.Periods[i].Rows {
			ds.Periods[i].Rows[j].Fokus = calc.Fokus{}
		}
	}
	res, _ = calc.Apply(ds, s)
	if got := text.Headline(ds, res.Headline(calc.Total), "en")[4].Value; got != "unknown" {
		t.Errorf("supervision without focus figures = %q, want unknown", got)
	}
}

func TestReformNoteAndTotals(t *testing.T) {
	got := text.ReformNote(calc.ReformSummary{Municipalities: 92, DefaultFrom: 3, AtTarget: 5, Overridden: 1}, "da")
	want := "Reformen ændrer sagstallet i 92 kommuner. For 3 af dem har data ikke deres nuværende sagstal, så standarden på 100 sager pr. medarbejder er brugt. 5 ligger allerede på eller under målet og er uændrede. 1 har sit eget sagstal, som går forud for reformen."
	if got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
	if text.ReformNote(calc.ReformSummary{}, "da") != "" {
		t.Error("a note without reforms")
	}
	tot := text.CaseloadTotals(calc.CaseloadTotals{ExtraCaseworkers: 1154.4, CaseworkerCost: 1038.3e6, PersonsFull: 3718, BenefitSaved: 264.9e6, Net: -773.4e6}, "da")
	wantTot := [][2]string{{"Flere sagsbehandlere", "1.154"}, {"Udgift til sagsbehandlere pr. år", "1.038,3 mio. kr."},
		{"Færre fuldtidspersoner efter indfasning", "3.718"}, {"Sparet ydelsespotentiale pr. år", "264,9 mio. kr."}, {"Netto pr. år", "-773,4 mio. kr."}}
	for k := range wantTot {
		if tot[k] != wantTot[k] {
			t.Errorf("%d: got %q, want %q", k, tot[k], wantTot[k])
		}
	}
}

func TestPriceTexts(t *testing.T) {
	p, ok := calc.PricePresetByID(calc.PricesTeaching)
	if !ok {
		t.Fatal("no teaching preset")
	}
	label, source, caveat := text.PricePreset(p, "da")
	if !strings.Contains(label, "Undervisningspriser") || source == "" || !strings.Contains(caveat, "BM offentliggør ikke priser pr. ydelsesområde") {
		t.Errorf("%q / %q / %q", label, source, caveat)
	}
	label, _, caveat = text.PricePreset(p, "en")
	if !strings.Contains(label, "Teaching prices") || !strings.Contains(caveat, "publishes no price per benefit area") {
		t.Errorf("%q / %q", label, caveat)
	}
	if da, en := text.CostEqualsVolume("da"), text.CostEqualsVolume("en"); !strings.Contains(da, "samme liste") || !strings.Contains(en, "same list") {
		t.Errorf("%q / %q", da, en)
	}
}
