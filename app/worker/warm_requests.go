package main

import (
	"benchsim/app/figure"
	"benchsim/calc"
)

// warmKey is the illustrative dataset's key while warming up (warm.go); no
// UI dataset key looks like it (the UI's are d1, d2, …).
const warmKey = "warm-up"

// warmRequests are one small request of each kind of figure, the ones the
// charts view shows first.
func warmRequests() []figure.Request {
	base := figure.Request{Dataset: warmKey, Scenario: calc.DefaultScenario().Encode(), Area: calc.Total.ID(),
		Lang: "da", Selected: -1, W: 160, H: 100}
	var reqs []figure.Request
	for _, kind := range []string{figure.Map, figure.Funnel, figure.Intervals, figure.Moves, figure.History, figure.Vessels, figure.Why} {
		r := base
		r.ID, r.Kind = "warm-"+kind, kind
		switch kind {
		case figure.Intervals:
			r.Draws, r.SimPhi, r.Seed = 20, 0, 1
		case figure.History:
			r.Idx, r.Selected = []int{0, 1, 2}, 0
		case figure.Vessels:
			r.Scenario = warmVesselsScenario()
		case figure.Why:
			r.Scenario, r.Area, r.WhyIdx = warmWhyScenario(), calc.KTH.ID(), 0
		}
		reqs = append(reqs, r)
	}
	return reqs
}

// warmVesselsScenario counts every area the data has (førtidspension
// among them), which the vessels chart needs.
func warmVesselsScenario() string {
	sc := calc.DefaultScenario()
	sc.Scope = calc.ScopeAll
	return sc.Encode()
}

// warmWhyScenario re-estimates expected, which the waterfall explains.
func warmWhyScenario() string {
	sc := calc.DefaultScenario()
	sc.Reestimate = true
	return sc.Encode()
}
