package dataset

import (
	"slices"

	"benchsim/calc"
)

// A Lever is something the simulator can do only when the data has its
// figures, and the tables that bring them.
type Lever struct {
	ID     string   // "fp", "flex", "population", a covariate ID, "caseload", "fokus"
	Kind   Kind     // the kind of file to import for it
	Tables []string // tables that carry it
}

// Levers lists the levers that depend on data, in display order.
var Levers = []Lever{
	{"fp", KindBenefit, []string{"PTV_A02", "Y10A02"}},
	{"flex", KindBenefit, []string{"PTV_A02", "Y08A02"}},
	{"population", KindStatBank, []string{"FOLK1A"}},
	{"alder5066", KindStatBank, []string{"FOLK1A"}},
	{"ikkevestlig", KindStatBank, []string{"FOLK1C", "FOLK3"}},
	{"grundskole", KindStatBank, []string{"HFUDD11"}},
	{"fpmodtagere", KindBenefit, []string{"PTV_A02", "Y10A02"}},
	{"caseload", KindTemplate, []string{"template"}},
	{"fokus", KindTemplate, []string{"template"}},
}

// LeverByID returns a lever, or false.
func LeverByID(id string) (Lever, bool) {
	i := slices.IndexFunc(Levers, func(l Lever) bool { return l.ID == id })
	if i < 0 {
		return Lever{}, false
	}
	return Levers[i], true
}

// Available lists the levers whose figures the dataset has in its latest
// period, in the order of Levers.
func Available(ds *calc.Dataset) []string { return availableLevers(ds) }

// Missing lists the levers the dataset lacks, in the order of Levers.
func Missing(ds *calc.Dataset) []string {
	have := availableLevers(ds)
	var out []string
	for _, l := range Levers {
		if !slices.Contains(have, l.ID) {
			out = append(out, l.ID)
		}
	}
	return out
}

func availableLevers(ds *calc.Dataset) []string {
	if len(ds.Periods) == 0 {
		return nil
	}
	p := &ds.Periods[len(ds.Periods)-1]
	var out []string
	for _, l := range Levers {
		if hasLever(ds, p, l.ID) {
			out = append(out, l.ID)
		}
	}
	return out
}

func hasLever(ds *calc.Dataset, p *calc.Period, id string) bool {
	all := func(f func(r *calc.Row) bool) bool {
		for i := range p.Rows {
			if !f(&p.Rows[i]) {
				return false
			}
		}
		return len(p.Rows) > 0
	}
	switch id {
	case "fp":
		return p.HasArea(calc.FP)
	case "flex":
		return p.HasArea(calc.Flex)
	case "population":
		return all(func(r *calc.Row) bool { return !r.PopulationDerived })
	case "caseload":
		return all(func(r *calc.Row) bool {
			for _, v := range r.Caseload {
				if v > 0 {
					return true
				}
			}
			return false
		})
	case "fokus":
		return all(func(r *calc.Row) bool { return r.Fokus.Known })
	}
	i := slices.IndexFunc(ds.Covariates, func(c calc.Covariate) bool { return c.ID == id })
	return i >= 0 && all(func(r *calc.Row) bool { return i < len(r.Covariates) })
}

// TookAlong lists the levers in before that after lacks: what removing a
// file took along.
func TookAlong(before, after []string) []string {
	var out []string
	for _, id := range before {
		if !slices.Contains(after, id) {
			out = append(out, id)
		}
	}
	return out
}
