package chart

import (
	"testing"

	"gonum.org/v1/plot"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// The benchmarks draw each chart of the 98 municipalities of the demo
// dataset and render it to an SVG string: the work the UI repeats after
// every lever change.

func benchChart(b *testing.B, draw func() (*plot.Plot, error)) {
	b.Helper()
	b.ReportAllocs()
	for b.Loop() {
		p, err := draw()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := SVG(p, Width, Height, "Eksempeldata · 2021 · officiel"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFunnel(b *testing.B) {
	r := demoResult(b)
	opts := Options{Selected: 50}
	benchChart(b, func() (*plot.Plot, error) { p, _, err := Funnel(r, opts); return p, err })
}

func BenchmarkRankIntervals(b *testing.B) {
	r := demoResult(b)
	iv := calc.RankIntervals(r, calc.Total, 1000, 4, 1)
	opts := Options{Selected: 50}
	benchChart(b, func() (*plot.Plot, error) { p, _, err := RankIntervals(r, iv, opts); return p, err })
}

func BenchmarkWhoMoves(b *testing.B) {
	r := demoResult(b)
	opts := Options{Selected: 50}
	benchChart(b, func() (*plot.Plot, error) { p, _, err := WhoMoves(r, opts); return p, err })
}

// BenchmarkRankHistory draws five municipalities over the demo's eight
// periods; the ranks are computed once (calc.RankHistory applies the scenario to
// every period and is measured by BenchmarkHistoryOf).
func BenchmarkRankHistory(b *testing.B) {
	ds := demo.Dataset()
	h, err := HistoryOf(calc.RankHistory(ds, calc.DefaultScenario()), calc.Total, []int{0, 10, 30, 50, 97}, "da")
	if err != nil {
		b.Fatal(err)
	}
	opts := Options{Selected: 0}
	benchChart(b, func() (*plot.Plot, error) { p, _, err := RankHistory(h, opts); return p, err })
}

func BenchmarkHistoryOf(b *testing.B) {
	ds := demo.Dataset()
	for b.Loop() {
		if _, err := HistoryOf(calc.RankHistory(ds, calc.DefaultScenario()), calc.Total, []int{0, 10, 30, 50, 97}, "da"); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkWaterfall(b *testing.B) {
	r := demoResult(b)
	opts := Options{Area: calc.KTH}
	benchChart(b, func() (*plot.Plot, error) { p, _, err := WhyExpected(r, 50, opts); return p, err })
}

func BenchmarkVessels(b *testing.B) {
	r := demoResult(b)
	opts := Options{Selected: 50}
	benchChart(b, func() (*plot.Plot, error) { p, _, err := Vessels(r, true, opts); return p, err })
}

func BenchmarkMap(b *testing.B) {
	r := demoResult(b)
	b.ReportAllocs()
	for b.Loop() {
		vals, err := MapValues(r, calc.Total, MeasureDiffPP)
		if err != nil {
			b.Fatal(err)
		}
		Map(vals, MapOptions{Selected: 101, Stamp: "Eksempeldata · 2021 · officiel"})
	}
}
