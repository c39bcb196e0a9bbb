package view

import (
	"benchsim/calc"
)

// Reform is the caseload reform's part of the view (State.Reform): the
// reform being prepared on the scenario page and whether every
// municipality's investment case is listed. Applying it changes the
// scenario of the State it belongs to, as every lever does.
type Reform struct {
	draft calc.CaseloadReform
	cases bool

	s *State // the state whose scenario the reform changes
}

// Draft returns the reform being prepared with its defaults: all
// municipalities, kontanthjælp, the parameter's target caseload.
func (r *Reform) Draft() calc.CaseloadReform {
	d := r.draft
	if d.Area == calc.Total {
		d.Area = calc.KTH
	}
	if !(d.To > 0) {
		d.To = calc.Param(calc.ParamCaseloadTarget)
	}
	return d
}

// SetDraft edits the reform being prepared.
func (r *Reform) SetDraft(d calc.CaseloadReform) { r.draft = d; r.s.Rev++ }

// Apply adds the prepared reform to the scenario (replacing one for the
// same region and area).
func (r *Reform) Apply() error {
	d := r.Draft()
	return r.s.change(func(sc *calc.Scenario) { sc.SetReform(d) })
}

// Remove takes a reform (by region and area) out of the scenario.
func (r *Reform) Remove(region int, a calc.Area) error {
	return r.s.change(func(sc *calc.Scenario) { sc.SetReform(calc.CaseloadReform{Region: region, Area: a}) })
}

// Totals are the caseload totals the scenario page shows: the nation's,
// and each region a reform targets, as a title and calc's totals.
func (r *Reform) Totals() []ReformTotal {
	res := r.s.res
	ct := CmpMsg(r.s.Lang)
	out := []ReformTotal{{Title: ct.National, Totals: res.CaseloadTotals("")}}
	seen := map[int]bool{}
	for _, rf := range r.s.Scenario.Reforms {
		if reg, ok := calc.RegionByCode(rf.Region); ok && !seen[rf.Region] {
			seen[rf.Region] = true
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

// ToggleCases shows or hides every municipality's investment case under
// the reform's totals.
func (r *Reform) ToggleCases() { r.cases = !r.cases; r.s.Rev++ }

// CasesShown says whether the reform's cases are listed.
func (r *Reform) CasesShown() bool { return r.cases }
