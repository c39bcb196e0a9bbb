package chart

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// TestWriteSVGs writes every chart of the demo dataset to $CHART_OUT (skipped
// when unset), for looking at them: CHART_OUT=/tmp/charts go test -run WriteSVGs.
func TestWriteSVGs(t *testing.T) {
	dir := os.Getenv("CHART_OUT")
	if dir == "" {
		t.Skip("set CHART_OUT to a directory to write the charts")
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ds := demo.Dataset()
	s := calc.DefaultScenario()
	s.Reestimate = true
	s.Lens = true
	s.Transfers = []calc.Transfer{{Code: 336, From: calc.KTH, To: calc.FP, Pct: 20}}
	s.Caseload = []calc.CaseloadLever{{Code: 101, Area: calc.KTH, From: 100, To: 40}}
	r := apply(t, ds, s)
	sel := ds.MunicipalityIndex(336) // Stevns
	for _, lang := range []string{"da", "en"} {
		opts := Options{Lang: lang, Selected: sel}
		stamp := "Eksempeldata (syntetiske tal) · " + ds.Periods[r.Period].Label + " · scenarie: testhåndtag"
		write := func(name string, p *plot.Plot, err error) {
			t.Helper()
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			for _, size := range []struct {
				suffix string
				w, h   vg.Length
			}{{"", Width, Height}, {"-phone", 9 * vg.Centimeter, 11 * vg.Centimeter}} {
				svg, err := SVG(p, size.w, size.h, stamp)
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join(dir, name+"-"+lang+size.suffix+".svg"), []byte(svg), 0o644); err != nil {
					t.Fatal(err)
				}
			}
		}
		p, _, err := Funnel(r, opts)
		write("funnel", p, err)
		iv := calc.RankIntervals(r, calc.Total, 1000, opts.phi(r), 1)
		p, _, err = RankIntervals(r, iv, opts)
		write("intervals", p, err)
		p, _, err = WhoMoves(r, opts)
		write("moves", p, err)
		h, err := HistoryOf(calc.RankHistory(ds, calc.DefaultScenario()), calc.Total, []int{sel, ds.MunicipalityIndex(707), ds.MunicipalityIndex(101), ds.MunicipalityIndex(825)}, lang)
		if err != nil {
			t.Fatal(err)
		}
		p, _, err = RankHistory(h, Options{Lang: lang, Selected: 0})
		write("history", p, err)
		p, _, err = WhyExpected(r, sel, Options{Lang: lang, Area: calc.KTH})
		write("waterfall", p, err)
		p, _, err = Vessels(r, true, opts)
		write("vessels", p, err)
		for _, ms := range []Measure{MeasureDiffPP, MeasureRank, MeasureRankChange} {
			vals, err := MapValues(r, calc.Total, ms)
			if err != nil {
				t.Fatal(err)
			}
			svg, _ := Map(vals, MapOptions{Lang: lang, Measure: ms, Selected: 336, Stamp: stamp})
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("map%d-%s.svg", ms, lang)), []byte(svg), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		r0 := apply(t, ds, func() calc.Scenario { s := calc.DefaultScenario(); return s }())
		p, _, err = Vessels(r0, false, opts)
		write("vessels-data", p, err)
	}
}
