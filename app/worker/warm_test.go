package main

import (
	"testing"

	"benchsim/app/figure"
	"benchsim/app/figure/drawer"
	"benchsim/calc/demo"
)

// TestWarmRequestsDraw: every warm-up request draws its figure (an SVG, or
// the intervals), so warming up runs each kind's real drawing code, not an
// early error.
func TestWarmRequestsDraw(t *testing.T) {
	d := drawer.New()
	d.SetDataset(warmKey, demo.Dataset())
	kinds := map[string]bool{}
	for _, req := range warmRequests() {
		f := d.Draw(req)
		if f.Err != "" {
			t.Errorf("%s: %s", req.Kind, f.Err)
			continue
		}
		if f.SVG == "" {
			t.Errorf("%s: no SVG", req.Kind)
		}
		kinds[req.Kind] = true
	}
	for _, k := range []string{figure.Map, figure.Funnel, figure.Intervals, figure.Moves, figure.History, figure.Vessels, figure.Why} {
		if !kinds[k] {
			t.Errorf("no warm-up draw of %s", k)
		}
	}
}
