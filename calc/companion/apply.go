package companion

import (
	"math"
	"slices"
	"strconv"

	"benchsim/calc"
	"benchsim/calc/jobindsats"
)

// Apply returns a new dataset with the files' figures merged into a deep
// copy of ds (ds itself is never changed, also not on error): fp and flex
// actual full-time persons (Known, no official expected: a scenario
// re-estimates it), the 16–66 population (PopulationDerived false),
// covariates (Dataset.Covariates and every period's Row.Covariates),
// caseload per area and fokusmål.
func Apply(ds *calc.Dataset, files []*File) (*calc.Dataset, []Warning, error) {
	out := clone(ds)
	a := &applier{ds: out, idx: make([]int, len(out.Municipalities))}
	for i, m := range out.Municipalities {
		a.idx[i] = jobindsats.LookupMunicipality(m.Name)
		if m.Code != 0 {
			if j := jobindsats.LookupMunicipality(strconv.Itoa(m.Code)); j >= 0 {
				a.idx[i] = j
			}
		}
	}
	files = slices.Clone(files)
	slices.SortStableFunc(files, func(x, y *File) int { return applyRank(x) - applyRank(y) })
	for _, f := range files {
		var err error
		switch f.Kind {
		case KindBenefit:
			err = a.benefit(f)
		case KindStatBank:
			err = a.statBank(f)
		case KindTemplate:
			err = a.template(f)
		}
		if err != nil {
			if e, ok := err.(*Error); ok {
				e.File = f.Name
			}
			return nil, a.warns, err
		}
	}
	return out, a.warns, nil
}

// applyRank orders the files: the population first, the figures that
// divide by it last.
func applyRank(f *File) int {
	switch f.Table {
	case "FOLK1A":
		return 0
	case "AUH01", "AUK01":
		return 2
	}
	return 1
}

type applier struct {
	ds    *calc.Dataset
	idx   []int // dataset municipality → index in calc.Municipalities (-1: unknown)
	warns []Warning
}

func (a *applier) warn(w Warning) { a.warns = append(a.warns, w) }

func clone(ds *calc.Dataset) *calc.Dataset {
	out := *ds
	out.Municipalities = slices.Clone(ds.Municipalities)
	out.Covariates = slices.Clone(ds.Covariates)
	out.Periods = slices.Clone(ds.Periods)
	for i := range out.Periods {
		p := &out.Periods[i]
		p.Rows = slices.Clone(p.Rows)
		for j := range p.Rows {
			p.Rows[j].Covariates = slices.Clone(p.Rows[j].Covariates)
		}
	}
	return &out
}

// values returns every dataset municipality's figure of a measure over the
// period's window; ok is false when the file has nothing for that window.
func (a *applier) values(f *File, measure string, code string) ([]float64, bool, error) {
	w, isWindow := parseWindow(code)
	if !isWindow {
		return nil, false, nil
	}
	m := f.series[measure]
	vals := make([]float64, len(a.idx))
	var absent []int
	any := false
	var missing *Error
	for i, j := range a.idx {
		s := m[j]
		if s == nil {
			absent = append(absent, i)
			continue
		}
		v, c, miss := s.at(w, f.yearAll)
		if c == uncovered {
			miss = monthCodes(w)
		}
		any = any || c != uncovered
		if c != covered && missing == nil {
			missing = &Error{Kind: ErrMissingMonths, Municipality: a.ds.Municipalities[i].Name, Period: code, Missing: miss}
		}
		vals[i] = v
	}
	switch {
	case !any:
		return nil, false, nil
	case missing != nil:
		return nil, false, missing
	case len(absent) > 0:
		return nil, false, &Error{Kind: ErrMissingMunicipality, Municipality: a.ds.Municipalities[absent[0]].Name, Period: code}
	}
	return vals, true, nil
}

func monthCodes(w window) []string {
	var out []string
	for _, m := range w.months() {
		out = append(out, period{gMonth, m}.String())
	}
	return out
}

func (a *applier) notCovered(f *File, what, code string) {
	a.warn(Warning{File: f.Name, Kind: WarnPeriodNotCovered, Value: what, Period: code})
}

func (a *applier) benefit(f *File) error {
	for _, area := range f.Areas {
		for pi := range a.ds.Periods {
			p := &a.ds.Periods[pi]
			vals, ok, err := a.values(f, area.ID(), p.Code)
			if err != nil {
				return err
			}
			if !ok {
				a.notCovered(f, area.ID(), p.Code)
				continue
			}
			for i := range p.Rows {
				p.Rows[i].Areas[area] = calc.Figures{Known: true, Actual: vals[i]}
			}
		}
	}
	return nil
}

// statBank merges a StatBank table: FOLK1A's population and share aged
// 50–66, or one share covariate.
func (a *applier) statBank(f *File) error {
	switch f.Table {
	case "FOLK1A":
		if err := a.population(f); err != nil {
			return err
		}
		return a.ratio(f, "alder5066", "pop5066", "pop")
	case "FOLK1C", "FOLK3":
		return a.ratio(f, "ikkevestlig", "nonwest", "origin")
	case "HFUDD11":
		return a.ratio(f, "grundskole", "grund", "edu")
	}
	return a.ratio(f, "fpmodtagere", "fprec", "")
}

func (a *applier) population(f *File) error {
	for pi := range a.ds.Periods {
		p := &a.ds.Periods[pi]
		vals, ok, err := a.values(f, "pop", p.Code)
		if err != nil {
			return err
		}
		if !ok {
			a.notCovered(f, "population", p.Code)
			continue
		}
		for i := range p.Rows {
			if !(vals[i] > 0) {
				return &Error{Kind: ErrOutOfRange, Municipality: a.ds.Municipalities[i].Name, Period: p.Code, Value: num(vals[i])}
			}
			p.Rows[i].Population, p.Rows[i].PopulationDerived = vals[i], false
		}
	}
	return nil
}

// ratio sets covariate id to 100 × numerator / denominator per period; an
// empty den divides by the dataset's 16–66 population.
func (a *applier) ratio(f *File, id, numer, den string) error {
	per := make([][]float64, len(a.ds.Periods))
	for pi := range a.ds.Periods {
		p := &a.ds.Periods[pi]
		nv, ok, err := a.values(f, numer, p.Code)
		if err != nil {
			return err
		}
		numOK := ok
		dv := make([]float64, len(p.Rows))
		if den == "" {
			for i := range p.Rows {
				dv[i] = p.Rows[i].Population
			}
		} else if dv, ok, err = a.values(f, den, p.Code); err != nil {
			return err
		}
		if !ok || !numOK {
			continue
		}
		if per[pi], err = a.shares(nv, dv, p.Code); err != nil {
			return err
		}
	}
	return a.setCovariate(f, knownCovariate(id), per)
}

func (a *applier) shares(nv, dv []float64, code string) ([]float64, error) {
	out := make([]float64, len(nv))
	for i := range nv {
		if !(dv[i] > 0) || nv[i] > dv[i] {
			return nil, &Error{Kind: ErrOutOfRange, Municipality: a.ds.Municipalities[i].Name, Period: code, Value: num(nv[i]) + "/" + num(dv[i])}
		}
		out[i] = 100 * nv[i] / dv[i]
	}
	return out, nil
}

// setCovariate adds (or replaces) a covariate. Periods the file does not
// cover take the values of the nearest covered period, with a warning.
func (a *applier) setCovariate(f *File, c calc.Covariate, per [][]float64) error {
	from := -1
	for pi := range per {
		if per[pi] != nil {
			from = pi
			break
		}
	}
	if from < 0 {
		a.notCovered(f, c.ID, "")
		return nil
	}
	for pi := range per {
		if per[pi] == nil {
			near := nearest(per, pi)
			per[pi] = per[near]
			a.warn(Warning{File: f.Name, Kind: WarnNearestPeriod, Value: c.ID, Period: a.ds.Periods[pi].Code, From: a.ds.Periods[near].Code})
		}
	}
	j := slices.IndexFunc(a.ds.Covariates, func(x calc.Covariate) bool { return x.ID == c.ID })
	if j < 0 {
		j = len(a.ds.Covariates)
		a.ds.Covariates = append(a.ds.Covariates, c)
	} else {
		a.ds.Covariates[j] = c
	}
	for pi := range a.ds.Periods {
		rows := a.ds.Periods[pi].Rows
		for i := range rows {
			for len(rows[i].Covariates) < len(a.ds.Covariates) {
				rows[i].Covariates = append(rows[i].Covariates, math.NaN())
			}
			rows[i].Covariates[j] = per[pi][i]
		}
	}
	return nil
}

func nearest(per [][]float64, pi int) int {
	for d := 1; d < len(per); d++ {
		for _, q := range []int{pi - d, pi + d} {
			if q >= 0 && q < len(per) && per[q] != nil {
				return q
			}
		}
	}
	return pi
}

// knownCovariates describe the covariates the StatBank tables give, with
// the ids the demo data uses.
var knownCovariates = map[string]calc.Covariate{
	"alder5066": {ID: "alder5066", Label: "Andel 50–66 år", LabelEN: "Share aged 50–66", Unit: "pct.",
		Description: "Andel af kommunens 16–66-årige, der er 50–66 år (Danmarks Statistik, FOLK1A)."},
	"ikkevestlig": {ID: "ikkevestlig", Label: "Ikke-vestlig oprindelse", LabelEN: "Non-Western origin", Unit: "pct.",
		Description: "Andel indvandrere og efterkommere med ikke-vestlig oprindelse blandt de personer, filen tæller: de 16–66-årige, når filen har de enkelte aldre, ellers alle aldre i filen (Danmarks Statistik, FOLK1C/FOLK3)."},
	"grundskole": {ID: "grundskole", Label: "Kun grundskole", LabelEN: "Primary education only", Unit: "pct.",
		Description: "Andel med grundskole som højeste fuldførte uddannelse blandt de personer, filen tæller (Danmarks Statistik, HFUDD11)."},
	"fpmodtagere": {ID: "fpmodtagere", Label: "Førtidspension", LabelEN: "Disability pension", Unit: "pct.",
		Description: "Fuldtidspersoner på førtidspension i pct. af de 16–66-årige (Danmarks Statistik, AUH01/AUK01)."},
}

func knownCovariate(id string) calc.Covariate { return knownCovariates[id] }

// template merges caseload, fokusmål and the template's covariates; the
// same figures apply to every period.
func (a *applier) template(f *File) error {
	d := f.tmpl
	for j, tc := range d.cols {
		vals := make([]float64, len(a.idx))
		for i, m := range a.idx {
			v, ok := d.rows[m]
			vals[i] = math.NaN()
			if ok {
				vals[i] = v[j]
			}
			if tc.kind == tCovariate && math.IsNaN(vals[i]) {
				return &Error{Kind: ErrMissingValue, Line: d.lines[m], Column: tc.label + " (" + tc.unit + ")", Municipality: a.ds.Municipalities[i].Name}
			}
		}
		if tc.kind == tCovariate {
			per := make([][]float64, len(a.ds.Periods))
			for pi := range per {
				per[pi] = vals
			}
			c := calc.Covariate{ID: tc.id, Label: tc.label, LabelEN: tc.label, Unit: tc.unit}
			if err := a.setCovariate(f, c, per); err != nil {
				return err
			}
			continue
		}
		a.templateFigures(tc, vals)
	}
	return nil
}

func (a *applier) templateFigures(tc tcol, vals []float64) {
	for pi := range a.ds.Periods {
		rows := a.ds.Periods[pi].Rows
		for i, v := range vals {
			if math.IsNaN(v) {
				continue
			}
			r := &rows[i]
			switch tc.kind {
			case tCaseload:
				r.Caseload[tc.area] = v
			case tConversations:
				r.Fokus.Known, r.Fokus.Conversations = true, v
			case tOffers:
				r.Fokus.Known, r.Fokus.Offers = true, v
			}
		}
	}
}
