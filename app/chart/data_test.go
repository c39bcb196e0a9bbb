package chart

import (
	"fmt"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// toyRow is one municipality of the hand-made test dataset: population and
// the percentage-point difference per official area.
type toyRow struct {
	name          string
	code          int
	pop           float64
	dDP, dKTH     float64
	dSYG          float64
	esDP, esKTH   float64 // expected shares, pct.
	esSYG         float64
	fpRel, kthRel float64 // unused when zero
	cov           [2]float64
}

// toy is six municipalities small enough to check by hand. Totals (pp):
// Aby +3.0, Bby −0.2, Cby +0.2, Dby +0.05, Eby −0.7, Fby +0.6. With φ = 4
// and a national share near 8 %, the 99.8 % limit is about 5.3 pp at 1,000
// residents and 0.31 pp at 300,000, so Eby (below) and Fby (above) lie
// outside it and the small Aby, despite its +3.0, inside.
var toy = []toyRow{
	{"Aby", 825, 1000, 1.0, 1.5, 0.5, 2.0, 3.5, 3.0, 0, 0, [2]float64{30, 60}},
	{"Bby", 563, 5000, -0.3, 0.2, -0.1, 2.2, 3.0, 2.8, 0, 0, [2]float64{25, 40}},
	{"Cby", 741, 20000, 0.1, -0.2, 0.3, 1.8, 2.5, 3.2, 0, 0, [2]float64{28, 20}},
	{"Dby", 336, 50000, -0.1, 0.1, 0.05, 2.1, 2.8, 2.9, 0, 0, [2]float64{22, 35}},
	{"Eby", 461, 100000, -0.3, -0.3, -0.1, 1.9, 3.2, 3.1, 0, 0, [2]float64{20, 10}},
	{"Fby", 101, 300000, 0.2, 0.3, 0.1, 2.0, 4.0, 2.6, 0, 0, [2]float64{18, 5}},
}

// fpShare is the toy's expected fp share (pct.); fp actual is expected ×
// (1 + fpRel(i)), a made-up response to the kth deviation.
const fpShare = 6.0

func fpRel(kthRel float64, i int) float64 { return -0.5*kthRel + 0.01*float64(i%3-1) }

// toyDataset builds the hand-made dataset: one period per shift, oldest
// first; each later period moves every difference by shift×(i−2.5)/10 pp.
func toyDataset(shifts ...float64) *calc.Dataset {
	if len(shifts) == 0 {
		shifts = []float64{0}
	}
	ds := &calc.Dataset{
		Provenance: calc.Provenance{Name: "Testdata", Illustrative: true},
		Covariates: []calc.Covariate{
			{ID: "udd", Label: "Kort uddannelse", LabelEN: "Short education", Unit: "pct."},
			{ID: "afst", Label: "Afstand til storby", LabelEN: "Distance to a big city", Unit: "km"},
		},
	}
	for _, t := range toy {
		ds.Municipalities = append(ds.Municipalities, calc.Municipality{Code: t.code, Name: t.name})
	}
	for k, sh := range shifts {
		p := calc.Period{Code: fmt.Sprintf("%dQMAT04", 2018+k), Label: fmt.Sprintf("%d", 2018+k), Scope: "2019", RuleSet: "2021"}
		if k == 0 && len(shifts) > 1 {
			p.Scope = "2017"
		}
		for i, t := range toy {
			P := t.pop
			adj := sh * (float64(i) - 2.5) / 10
			fig := func(es, d float64) calc.Figures {
				return calc.Figures{Known: true, HasExpected: true, Actual: (es + d + adj) / 100 * P, Expected: es / 100 * P}
			}
			row := calc.Row{Population: P, Covariates: []float64{t.cov[0], t.cov[1]}}
			row.Areas[calc.DP] = fig(t.esDP, t.dDP)
			row.Areas[calc.KTH] = fig(t.esKTH, t.dKTH)
			row.Areas[calc.SYG] = fig(t.esSYG, t.dSYG)
			kth := row.Areas[calc.KTH]
			rel := (kth.Actual - kth.Expected) / kth.Expected
			eFP := fpShare / 100 * P
			row.Areas[calc.FP] = calc.Figures{Known: true, HasExpected: true, Expected: eFP, Actual: eFP * (1 + fpRel(rel, i))}
			p.Rows = append(p.Rows, row)
		}
		ds.Periods = append(ds.Periods, p)
	}
	return ds
}

// apply runs a scenario on a dataset and fails the test on error.
func apply(tb testing.TB, ds *calc.Dataset, s calc.Scenario) *calc.Result {
	tb.Helper()
	if err := ds.Validate(); err != nil {
		tb.Fatal(err)
	}
	r, err := calc.Apply(ds, s)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// demoResult is the illustrative dataset under a scenario that moves ranks:
// re-estimated expected, the connected-vessels lens, a transfer and a
// caseload change.
func demoResult(tb testing.TB) *calc.Result {
	tb.Helper()
	s := calc.DefaultScenario()
	s.Reestimate = true
	s.Lens = true
	s.Transfers = []calc.Transfer{{Code: 336, From: calc.KTH, To: calc.FP, Pct: 20}}
	s.Caseload = []calc.CaseloadLever{{Code: 101, Area: calc.KTH, From: 100, To: 40}}
	return apply(tb, demo.Dataset(), s)
}
