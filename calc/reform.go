package calc

import (
	"cmp"
	"slices"
)

// Region is one of Denmark's five regions, by its code in Danmarks
// Statistik's and Jobindsats' tables.
type Region struct {
	Code int
	Name string // as Municipality.Region spells it
}

// Regions are the five regions, by code.
var Regions = []Region{
	{1081, "Region Nordjylland"},
	{1082, "Region Midtjylland"},
	{1083, "Region Syddanmark"},
	{1084, "Region Hovedstaden"},
	{1085, "Region Sjælland"},
}

// RegionByCode returns the region with the given code.
func RegionByCode(code int) (Region, bool) {
	i := slices.IndexFunc(Regions, func(r Region) bool { return r.Code == code })
	if i < 0 {
		return Region{}, false
	}
	return Regions[i], true
}

// CaseloadReform sets the caseload of many municipalities to one target
// (model.md 7): every municipality (Region 0) or those of one region. Each
// starts from its own current caseload (Row.Caseload of the area, else the
// default ParamCaseloadCurrent). A municipality already at or below the
// target is left as it is: the reform is "at most To cases per caseworker".
// A municipality's own CaseloadLever replaces the reform in the lever's area.
type CaseloadReform struct {
	Region int     // region code (1081–1085); 0 = all municipalities
	Area   Area    // targeted area (default KTH)
	To     float64 // target cases per caseworker (c1)
}

// SetReform adds or replaces the reform for r's region and area, keeping
// the list sorted (all municipalities first, then regions by code, then by
// area). A reform with To ≤ 0 removes it.
func (s *Scenario) SetReform(r CaseloadReform) {
	out := make([]CaseloadReform, 0, len(s.Reforms)+1) // one allocation, not append's growth
	for _, x := range s.Reforms {
		if x.Region != r.Region || x.Area != r.Area {
			out = append(out, x)
		}
	}
	if r.To > 0 {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b CaseloadReform) int {
		return cmp.Or(cmp.Compare(a.Region, b.Region), cmp.Compare(a.Area, b.Area))
	})
	if len(out) == 0 {
		out = s.Reforms[:0:0] // nil stays nil
	}
	s.Reforms = out
}

// ResolvedLever is a caseload lever as the engine applies it: a
// municipality's own entry, or what a reform stands for in it.
type ResolvedLever struct {
	CaseloadLever
	Index       int  // into Dataset.Municipalities
	Reform      bool // made by a reform, not a municipality's own entry
	DefaultFrom bool // c0 is ParamCaseloadCurrent: the data has no caseload for it
}

// ResolveCaseload lists the caseload levers the scenario applies in period
// pi, sorted by kommunekode and area: each municipality's own entries, and
// for the others what the reforms stand for. Where a region's reform and the
// all-municipalities reform cover the same municipality and area, the
// region's wins. Codes of entries the dataset lacks are left out (Apply
// refuses them).
func (s *Scenario) ResolveCaseload(ds *Dataset, pi int) []ResolvedLever {
	var out []ResolvedLever
	if len(s.Caseload) > 0 {
		out = make([]ResolvedLever, 0, len(s.Caseload))
	}
	for _, l := range s.Caseload {
		if i := ds.MunicipalityIndex(l.Code); i >= 0 {
			out = append(out, ResolvedLever{CaseloadLever: l, Index: i})
		}
	}
	if len(s.Reforms) > 0 && pi >= 0 && pi < len(ds.Periods) {
		out = append(out, s.reformLevers(ds, &ds.Periods[pi])...)
	}
	slices.SortFunc(out, func(a, b ResolvedLever) int {
		return cmp.Or(cmp.Compare(a.Code, b.Code), cmp.Compare(a.Area, b.Area))
	})
	return out
}

// reformLevers are the levers the reforms stand for.
func (s *Scenario) reformLevers(ds *Dataset, p *Period) []ResolvedLever {
	var out []ResolvedLever
	for i, m := range ds.Municipalities {
		for _, a := range Areas {
			r, ok := s.reformFor(m, a)
			if !ok || s.hasOwnLever(m.Code, a) || i >= len(p.Rows) {
				continue
			}
			l := ResolvedLever{CaseloadLever: CaseloadLever{Code: m.Code, Area: a, From: reformFrom(p, i, a), To: r.To},
				Index: i, Reform: true, DefaultFrom: !(p.Rows[i].Caseload[a] > 0)}
			if l.From > l.To {
				out = append(out, l)
			}
		}
	}
	return out
}

// reformFor returns the reform that covers municipality m in area a: its
// region's, else the all-municipalities one.
func (s *Scenario) reformFor(m Municipality, a Area) (CaseloadReform, bool) {
	var all, region *CaseloadReform
	for k := range s.Reforms {
		r := &s.Reforms[k]
		if r.Area != a {
			continue
		}
		if r.Region == 0 {
			all = r
		} else if reg, ok := RegionByCode(r.Region); ok && reg.Name == m.Region {
			region = r
		}
	}
	switch {
	case region != nil:
		return *region, true
	case all != nil:
		return *all, true
	}
	return CaseloadReform{}, false
}

// hasOwnLever reports whether the municipality has its own caseload entry
// in area a.
func (s *Scenario) hasOwnLever(code int, a Area) bool {
	l, ok := s.CaseloadFor(code)
	return ok && l.Area == a
}

// ReformSummary is what the caseload reforms did in a result.
type ReformSummary struct {
	Municipalities int // municipalities (and areas) the reforms changed
	DefaultFrom    int // of those, how many started from the default current caseload
	AtTarget       int // covered but already at or below the target: left as they are
	Overridden     int // covered but with their own entry in the area
}

// CaseloadTotals sums investment cases: the national (or a region's)
// totals of a caseload scenario, in kr. per year where money.
type CaseloadTotals struct {
	Municipalities   int // investment cases summed
	ExtraCaseworkers float64
	CaseworkerCost   float64
	PersonsFull      float64 // fewer full-time persons after full phase-in
	Persons          float64 // fewer full-time persons at Scenario.Years
	BenefitSaved     float64
	Net              float64
}

// CaseloadTotals sums the result's investment cases of the municipalities
// in region (a name as Municipality.Region spells it; "" for all).
func (r *Result) CaseloadTotals(region string) CaseloadTotals {
	var t CaseloadTotals
	for _, inv := range r.Investments {
		if region != "" && r.Dataset.Municipalities[inv.Index].Region != region {
			continue
		}
		t.Municipalities++
		t.ExtraCaseworkers += inv.ExtraCaseworkers
		t.CaseworkerCost += inv.CaseworkerCost
		t.PersonsFull += inv.PersonsFull
		t.Persons += inv.Persons
		t.BenefitSaved += inv.BenefitSaved
		t.Net += inv.Net
	}
	return t
}

// summarizeReforms counts what the reforms covered in period p.
func (s *Scenario) summarizeReforms(ds *Dataset, p *Period, levers []ResolvedLever) ReformSummary {
	var sum ReformSummary
	for _, l := range levers {
		if l.Reform {
			sum.Municipalities++
			if l.DefaultFrom {
				sum.DefaultFrom++
			}
		}
	}
	if len(s.Reforms) == 0 {
		return sum
	}
	for i, m := range ds.Municipalities {
		for _, a := range Areas {
			r, ok := s.reformFor(m, a)
			switch {
			case !ok:
			case s.hasOwnLever(m.Code, a):
				sum.Overridden++
			case !(reformFrom(p, i, a) > r.To):
				sum.AtTarget++
			}
		}
	}
	return sum
}

// reformFrom is the current caseload a reform starts from.
func reformFrom(p *Period, i int, a Area) float64 {
	if i < len(p.Rows) && p.Rows[i].Caseload[a] > 0 {
		return p.Rows[i].Caseload[a]
	}
	return Param(ParamCaseloadCurrent)
}
