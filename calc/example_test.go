package calc_test

import (
	"fmt"

	"benchsim/calc"
)

// Compare lines up the official model and scenarios: here the toy's m4
// moving 100 persons from kontanthjælp to førtidspension, officially and
// under KL's scope, where førtidspension counts.
func ExampleCompare() {
	move := calc.DefaultScenario()
	move.Transfers = []calc.Transfer{{Code: 4, From: calc.KTH, To: calc.FP, Persons: 100}}
	kl := move.Clone()
	kl.Scope = calc.ScopeKL
	c, err := calc.Compare(toy(), "", calc.Total, move, kl)
	if err != nil {
		fmt.Println(err)
		return
	}
	r := c.Rows[3]
	fmt.Println("official", r.Official, "ranks", r.Ranks, "changes", r.Changes)
	// Output: official 4 ranks [1 4] changes [3 0]
}

// A caseload reform: every municipality to at most 50 cases per caseworker,
// m5 with its own entry.
func ExampleResult_CaseloadTotals() {
	s := calc.DefaultScenario()
	s.SetReform(calc.CaseloadReform{Area: calc.KTH, To: 50})
	s.SetCaseload(calc.CaseloadLever{Code: 5, Area: calc.KTH, From: 100, To: 30})
	res, err := calc.Apply(reformToy(), s)
	if err != nil {
		fmt.Println(err)
		return
	}
	t := res.CaseloadTotals("")
	fmt.Println(s.Encode())
	fmt.Printf("%d cases, %.2f caseworkers, %.4f persons fewer, default c0 for %d\n",
		t.Municipalities, t.ExtraCaseworkers, t.Persons, res.Reform.DefaultFrom)
	// Output:
	// v=1&cl=all:50,5:100:30
	// 4 cases, 33.98 caseworkers, 92.4375 persons fewer, default c0 for 1
}

// Apply runs a scenario beside the official model: here the toy's m1
// halves its kontanthjælp caseload (100 to 50 cases per caseworker). Its
// 400 kth cases need 400/50 − 400/100 = 4 more caseworkers; 15 fewer
// persons on kth take its total from +0.50 to +0.35 pp of its 10,000
// residents, not enough to leave last place.
func ExampleApply() {
	s := calc.DefaultScenario()
	s.SetCaseload(calc.CaseloadLever{Code: 1, Area: calc.KTH, From: 100, To: 50})
	res, err := calc.Apply(toy(), s)
	if err != nil {
		fmt.Println(err)
		return
	}
	base, scen := res.Baseline.Areas[calc.Total][0], res.Scenario.Areas[calc.Total][0]
	fmt.Printf("official: rank %d, %+.2f pp\n", base.Rank, base.DiffPP)
	fmt.Printf("scenario: rank %d, %+.2f pp\n", scen.Rank, scen.DiffPP)
	inv := res.Investments[0]
	fmt.Printf("%.0f fewer on kth for %.1f more caseworkers\n", inv.Persons, inv.ExtraCaseworkers)
	// Output:
	// official: rank 5, +0.50 pp
	// scenario: rank 5, +0.35 pp
	// 15 fewer on kth for 4.0 more caseworkers
}
