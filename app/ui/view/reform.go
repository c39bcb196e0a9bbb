package view

import (
	"benchsim/calc"
)

// DraftReform returns the reform being prepared with its defaults: all
// municipalities, kontanthjælp, the parameter's target caseload.
func (s *State) DraftReform() calc.CaseloadReform {
	d := s.reformDraft
	if d.Area == calc.Total {
		d.Area = calc.KTH
	}
	if !(d.To > 0) {
		d.To = calc.Param(calc.ParamCaseloadTarget)
	}
	return d
}

// SetReformDraft edits the reform being prepared.
func (s *State) SetReformDraft(d calc.CaseloadReform) { s.reformDraft = d; s.Rev++ }

// ApplyReform adds the prepared reform to the scenario (replacing one for
// the same region and area).
func (s *State) ApplyReform() error {
	d := s.DraftReform()
	return s.change(func(sc *calc.Scenario) { sc.SetReform(d) })
}

// RemoveReform takes a reform (by region and area) out of the scenario.
func (s *State) RemoveReform(region int, a calc.Area) error {
	return s.change(func(sc *calc.Scenario) { sc.SetReform(calc.CaseloadReform{Region: region, Area: a}) })
}

// ReformTotals are the caseload totals the scenario page shows: the
// nation's, and each region a reform targets, as a title and calc's totals.
func (s *State) ReformTotals() []ReformTotal {
	res := s.res
	ct := CmpMsg(s.Lang)
	out := []ReformTotal{{Title: ct.National, Totals: res.CaseloadTotals("")}}
	seen := map[int]bool{}
	for _, r := range s.Scenario.Reforms {
		if reg, ok := calc.RegionByCode(r.Region); ok && !seen[r.Region] {
			seen[r.Region] = true
			out = append(out, ReformTotal{Title: reg.Name, Region: reg.Code, Totals: res.CaseloadTotals(reg.Name)})
		}
	}
	return out
}

// ReformTotal is one column of the caseload totals.
type ReformTotal struct {
	Title  string
	Region int
	Totals calc.CaseloadTotals
}

// ToggleReformCases shows or hides every municipality's investment case
// under the reform's totals.
func (s *State) ToggleReformCases() { s.reformCases = !s.reformCases; s.Rev++ }

// ReformCasesShown says whether the reform's cases are listed.
func (s *State) ReformCasesShown() bool { return s.reformCases }
