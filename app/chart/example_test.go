package chart_test

import (
	"fmt"
	"strings"

	"benchsim/app/chart"
	"benchsim/calc"
	"benchsim/calc/demo"
)

func ExampleIntervalText() {
	fmt.Println(chart.IntervalText(12, calc.Interval{Lo: 5, Hi: 31}, "da"))
	fmt.Println(chart.IntervalText(12, calc.Interval{Lo: 5, Hi: 31}, "en"))
	// Output:
	// plads 12, plausibelt 5–31
	// rank 12, plausibly 5–31
}

func ExampleMap() {
	svg, marks := chart.Map([]chart.MapValue{
		{Code: 101, Name: "København", Value: -0.5},
		{Code: 751, Name: "Aarhus", Value: 0.3},
	}, chart.MapOptions{Measure: chart.MeasureDiffPP, MaxAbs: 1})
	fmt.Println(strings.HasPrefix(svg, "<svg"), len(marks.Tiles), marks.Better, marks.Worse, marks.Missing)
	fmt.Println(marks.Alt.Summary)
	// Output:
	// true 98 1 1 96
	// Faktisk minus forventet andel, procentpoint: 1 bedre end forventet, 1 dårligere end forventet, 96 uden data. Bedst: København: −0,50 procentpoint, bedre end forventet. Dårligst: Aarhus: +0,30 procentpoint, dårligere end forventet.
}

func ExampleFunnel() {
	r, err := calc.Apply(demo.Dataset(), calc.DefaultScenario())
	if err != nil {
		panic(err)
	}
	p, marks, err := chart.Funnel(r, chart.Options{Lang: "en", Selected: -1})
	if err != nil {
		panic(err)
	}
	svg, err := chart.SVG(p, chart.Width, chart.Height, r.Dataset.Provenance.Name)
	if err != nil {
		panic(err)
	}
	fmt.Println(marks.N, strings.HasPrefix(svg, "<svg"), strings.Contains(svg, "<title>Funnel plot · All benefit groups</title>"))
	// Output: 98 true true
}
