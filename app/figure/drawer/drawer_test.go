package drawer

import (
	"fmt"
	"strconv"
	"testing"

	"benchsim/app/chart"
	"benchsim/app/figure"
	"benchsim/calc"
	"benchsim/calc/demo"
)

// scenario is the demo scenario of the tests: re-estimated expected, the
// connected-vessels lens and a transfer, so that ranks move.
func scenario() calc.Scenario {
	s := calc.DefaultScenario()
	s.Reestimate = true
	s.Lens = true
	s.Transfers = []calc.Transfer{{Code: 336, From: calc.KTH, To: calc.FP, Pct: 20}}
	return s
}

// requests are one request of every kind for the demo dataset.
func requests(ds *calc.Dataset, lang string) []figure.Request {
	sel := ds.MunicipalityIndex(336)
	base := figure.Request{Key: "k", Dataset: "demo", Scenario: scenario().Encode(), Area: calc.Total.ID(), Lang: lang,
		Selected: sel, W: 450, H: 280, Stamp: "Eksempeldata · test", File: "f", Draws: 200, SimPhi: 4, Seed: 1}
	var out []figure.Request
	for _, kind := range []string{figure.Map, figure.Funnel, figure.Intervals, figure.Moves, figure.History,
		figure.Why, figure.Vessels, figure.RankSim, figure.Ranks, "nosuch"} {
		r := base
		r.ID, r.Kind = kind, kind
		switch kind {
		case figure.Map:
			r.Measure, r.SelCode, r.Title = int(chart.MeasureRankChange), 336, "Kort"
		case figure.History:
			r.Idx, r.Selected = []int{sel, 0, 5}, 0
		case figure.Ranks:
			r.Idx = []int{sel}
		case figure.Why:
			r.Area, r.WhyIdx = calc.KTH.ID(), sel
		case figure.Vessels:
			r.Weighted = true
		}
		out = append(out, r)
	}
	return out
}

func newDrawer(t *testing.T) (*Drawer, *calc.Dataset) {
	t.Helper()
	ds := demo.Dataset()
	d := New()
	d.SetDataset("demo", ds)
	if !d.HasDataset("demo") || d.HasDataset("other") {
		t.Fatal("HasDataset")
	}
	return d, ds
}

// Every figure's marks are calc's numbers.
func TestDrawReadsCalc(t *testing.T) {
	d, ds := newDrawer(t)
	res, err := calc.Apply(ds, scenario())
	if err != nil {
		t.Fatal(err)
	}
	n := len(ds.Municipalities)
	sel := ds.MunicipalityIndex(336)
	figs := map[string]figure.Figure{}
	for _, r := range requests(ds, "da") {
		f := d.Draw(r)
		figs[r.Kind] = f
		if r.Kind != "nosuch" && f.Err != "" {
			t.Errorf("%s: %s", r.Kind, f.Err)
		}
		if f.ID != r.ID || f.Key != "k" || f.File != "f" {
			t.Errorf("%s: ID %q key %q file %q", r.Kind, f.ID, f.Key, f.File)
		}
	}
	if f := figs["nosuch"]; f.Err != `drawer: no figure kind "nosuch"` || f.SVG != "" {
		t.Errorf("unknown kind: %q", f.Err)
	}
	for _, k := range []string{figure.Map, figure.Funnel, figure.Intervals, figure.Moves} {
		if figs[k].N != n || figs[k].SVG == "" || len(figs[k].Alt.Rows) != n {
			t.Errorf("%s: N %d, %d rows, want %d", k, figs[k].N, len(figs[k].Alt.Rows), n)
		}
	}
	better, worse := 0, 0
	moved := 0
	for i := range n {
		switch c := res.RankChange(calc.Total, i); {
		case c > 0:
			better++
		case c < 0:
			worse++
		}
		if res.RankChange(calc.Total, i) != 0 {
			moved++
		}
	}
	m := figs[figure.Map]
	if m.Title != "Kort" || m.Data["better"] != strconv.Itoa(better) || m.Data["worse"] != strconv.Itoa(worse) {
		t.Errorf("map: %q %v, want better %d worse %d", m.Title, m.Data, better, worse)
	}
	if got := figs[figure.Moves].Data["moved"]; got != strconv.Itoa(moved) {
		t.Errorf("moves: moved %s, want %d", got, moved)
	}
	f := calc.NewFunnel(res, calc.Total, res.Settings.Phi)
	outside := 0
	for _, e := range res.Scenario.Areas[calc.Total] {
		if f.Outside(calc.Param(calc.ParamZ998), e.DiffPP, e.Population) {
			outside++
		}
	}
	if fu := figs[figure.Funnel]; fu.Data["outside"] != strconv.Itoa(outside) || fu.Data["selected"] != strconv.Itoa(sel) {
		t.Errorf("funnel: %v, want %d outside", fu.Data, outside)
	}
	iv := calc.RankIntervals(res, calc.Total, 200, 4, 1)
	if got := figs[figure.RankSim].Intervals; fmt.Sprint(got) != fmt.Sprint(iv) {
		t.Errorf("ranksim: %v, want %v", got, iv)
	}
	fit, err := calc.FitVessels(res, true)
	if err != nil {
		t.Fatal(err)
	}
	if got := figs[figure.Vessels].Data["slope"]; got != strconv.FormatFloat(fit.Slope, 'g', 6, 64) {
		t.Errorf("vessels: slope %s, want %v", got, fit.Slope)
	}
	if w := figs[figure.Why]; w.N != len(res.Fits[calc.KTH].Coef) || w.Data["area"] != "kth" {
		t.Errorf("why: N %d, data %v", w.N, w.Data)
	}
	hist := calc.RankHistory(ds, scenario())
	ranks := figs[figure.Ranks].Ranks
	if len(ranks) != len(ds.Periods) || figs[figure.Ranks].Data["code"] != "336" {
		t.Fatalf("ranks: %d periods, data %v", len(ranks), figs[figure.Ranks].Data)
	}
	official, scen := hist.Ranks(calc.Total, sel, true), hist.Ranks(calc.Total, sel, false)
	for p, pr := range ranks {
		if !pr.OK || pr.Official != official[p] || pr.Scenario != scen[p] {
			t.Errorf("ranks, period %d: %+v, want official %d scenario %d", p, pr, official[p], scen[p])
		}
	}
	if h := figs[figure.History]; h.Data["series"] != "3" || h.N != 3*len(ds.Periods) {
		t.Errorf("history: N %d, data %v", h.N, h.Data)
	}
}

// Requests the drawer cannot answer say why.
func TestDrawErrors(t *testing.T) {
	d, ds := newDrawer(t)
	r := requests(ds, "da")[1]
	for _, c := range []struct {
		change func(*figure.Request)
		want   string
	}{
		{func(r *figure.Request) { r.Dataset = "none" }, `drawer: no dataset "none"`},
		{func(r *figure.Request) { r.Area = "nosuch" }, ""},
		{func(r *figure.Request) { r.Kind, r.Idx = figure.Ranks, []int{len(ds.Municipalities)} }, "drawer: no municipality [98]"},
		{func(r *figure.Request) { r.Kind, r.Idx = figure.History, []int{-1} }, "chart: no municipality with index -1"},
	} {
		q := r
		c.change(&q)
		f := d.Draw(q)
		if f.Err == "" || (c.want != "" && f.Err != c.want) || f.SVG != "" {
			t.Errorf("%+v: error %q, want %q", q, f.Err, c.want)
		}
	}
}
