package jobindsats

import (
	"math"
	"sort"

	"benchsim/calc"
)

// Tolerances and bounds used when checking a file.
const (
	// Counts are published rounded to 10; a total may differ from the sum of
	// its three rounded areas by up to 20 persons plus 0.5 %.
	totalCountSlack = 20
	totalCountRel   = 0.005
	// Shares are rounded to 0.01 pct.; a larger gap is reported as a
	// warning (Jobindsats itself has a few), a gap over totalShareError as
	// an error.
	totalShareWarn  = 0.05
	totalShareError = 1.0
	// A published difference may be off actual − expected by rounding.
	diffCountSlack = 15
	diffShareSlack = 0.0151
	// Nothing in Denmark counts more persons than this.
	maxCount = 1e8
	// Populations derived from one file must agree within half a person.
	popSlack = 0.5
)

type entryKey struct {
	muni   int
	period string
	area   calc.Area
}

type groupKey struct {
	period string
	muni   int
}

// group is one municipality in one period.
type group struct {
	entries [calc.NumAreas]*entry
	first   *entry // the entry on the lowest line
}

// build interprets the records and assembles the dataset. It reports
// problems of single rows first; the checks across rows (missing areas,
// totals, population) run only when every row is fine, so that one bad row
// does not cause a cascade of follow-up errors.
func (p *parser) build() *calc.Dataset {
	seen := map[entryKey]*entry{}
	groups := map[groupKey]*group{}
	periods := map[string]periodInfo{}
	muniFirst := map[int]*entry{}
	for i := range p.recs {
		if p.tooMany() {
			break
		}
		e, ok := p.entry(&p.recs[i])
		if !ok || e == nil {
			continue
		}
		k := entryKey{e.muni, e.period.Code, e.area}
		if prev := seen[k]; prev != nil {
			p.repeat(prev, e)
			continue
		}
		seen[k] = e
		periods[e.period.Code] = e.period
		if muniFirst[e.muni] == nil {
			muniFirst[e.muni] = e
		}
		gk := groupKey{e.period.Code, e.muni}
		g := groups[gk]
		if g == nil {
			g = &group{first: e}
			groups[gk] = g
		}
		g.entries[e.area] = e
	}
	if len(p.errs) > 0 || len(groups) == 0 {
		if len(p.errs) == 0 {
			p.addErr(&Error{Line: p.lineOf(len(p.data) - 1), Kind: ErrEmpty, Detail: DetailNoMunicipalityRows})
		}
		return nil
	}

	munis := make([]int, 0, len(muniFirst))
	for m := range muniFirst {
		munis = append(munis, m)
	}
	sort.Slice(munis, func(i, j int) bool { return calc.Municipalities[munis[i]].Code < calc.Municipalities[munis[j]].Code })
	codes := make([]string, 0, len(periods))
	for c := range periods {
		codes = append(codes, c)
	}
	sort.Strings(codes)

	ds := &calc.Dataset{Provenance: calc.Provenance{Name: "Jobindsats Y30R21 (import)", Illustrative: false}}
	for _, m := range munis {
		ds.Municipalities = append(ds.Municipalities, calc.Municipalities[m])
	}
	derived, synthesized := false, false
	for _, code := range codes {
		pi := periods[code]
		per := calc.Period{Code: code, Label: pi.Label(), Scope: pi.Scope(), RuleSet: pi.RuleSet(),
			Rows: make([]calc.Row, len(munis))}
		for i, m := range munis {
			if p.tooMany() {
				return nil
			}
			g := groups[groupKey{code, m}]
			if g == nil {
				first := muniFirst[m]
				p.addErr(errAt(first.rec, fArea, ErrMissingPeriod, DetailMissingPeriod,
					vals(calc.Municipalities[m].Name, first.period.Code, code)))
				continue
			}
			row, ok := p.row(g, &synthesized)
			if ok {
				per.Rows[i] = row
				derived = derived || row.PopulationDerived
			}
		}
		ds.Periods = append(ds.Periods, per)
	}
	if len(p.errs) > 0 {
		return nil
	}
	if !p.opts.Partial && len(munis) < len(calc.Municipalities) {
		p.addErr(missingMunicipalities(muniFirst))
		return nil
	}
	rows := 0
	for _, g := range groups {
		for _, e := range g.entries {
			if e != nil {
				rows++
			}
		}
	}
	// Facts, not sentences: app/text words them in the user's language.
	ds.Provenance.Source = "jobindsats.dk, Y30R21 (Beskæftigelsesministeriet)"
	ds.Provenance.Format, ds.Provenance.Rows = p.format.String(), rows
	ds.Provenance.PopulationDerived, ds.Provenance.TotalSynthesized = derived, synthesized
	return ds
}

// row checks one municipality in one period and makes its calc.Row: its
// areas, its total (from the file, checked against the areas, or summed
// from them) and its population (from the file, or derived).
func (p *parser) row(g *group, synthesized *bool) (calc.Row, bool) {
	var row calc.Row
	name := calc.Municipalities[g.first.muni].Name
	code := g.first.period.Code
	for _, a := range calc.OfficialAreas {
		if g.entries[a] == nil {
			p.addErr(errAt(g.first.rec, fGroup, ErrMissingArea, DetailMissingArea, vals(where(name, code, calc.AreaLabels[a])...)))
			return row, false
		}
	}
	for a, e := range g.entries {
		if e != nil {
			row.Areas[a] = e.figures()
		}
	}
	areas := []*entry{g.entries[calc.DP], g.entries[calc.KTH], g.entries[calc.SYG]}
	sum, allShares := sumAreas(areas)
	t := g.entries[calc.Total]
	if t == nil {
		*synthesized = true
		p.warnOnce("synthesized total", g.first.rec.line, WarnSynthesizedTotal, vals(calc.AreaLabels[calc.Total]))
		sum.Known, sum.HasExpected, sum.HasShares = true, true, allShares
		if !allShares {
			sum.ActualShare, sum.ExpectedShare = 0, 0
		}
		row.Areas[calc.Total] = sum
	} else if !p.checkTotal(t, row.Areas[calc.Total], areas, sum, allShares, name, code) {
		return row, false
	}
	return row, p.population(g, &row, sum, allShares, name, code)
}

// sumAreas sums the official areas' figures; allShares says whether each
// has shares.
func sumAreas(areas []*entry) (sum calc.Figures, allShares bool) {
	allShares = true
	for _, e := range areas {
		f := e.figures()
		sum.Actual += f.Actual
		sum.Expected += f.Expected
		sum.ActualShare += f.ActualShare
		sum.ExpectedShare += f.ExpectedShare
		allShares = allShares && f.HasShares
	}
	return sum, allShares
}

// checkTotal checks the file's total t (as figures, tf) against the sum
// of the areas: counts within rounding, shares within totalShareError
// (and a warning beyond totalShareWarn).
func (p *parser) checkTotal(t *entry, tf calc.Figures, areas []*entry, sum calc.Figures, allShares bool, name, code string) bool {
	ok := true
	for _, c := range []struct {
		f        field
		tot, sum float64
	}{{fActual, t.val[fActual], sum.Actual}, {fExpected, t.val[fExpected], sum.Expected}} {
		if math.Abs(c.tot-c.sum) > totalCountSlack+totalCountRel*c.tot {
			p.addErr(errAt(t.rec, c.f, ErrTotalMismatch, DetailTotalMismatch,
				Facts{Values: where(name, code), Nums: []float64{c.tot, c.sum}}))
			ok = false
		}
	}
	if !tf.HasShares || !allShares {
		return ok
	}
	gap := math.Max(math.Abs(tf.ActualShare-sum.ActualShare), math.Abs(tf.ExpectedShare-sum.ExpectedShare))
	switch {
	case gap > totalShareError:
		f := fActualShare
		if math.Abs(tf.ExpectedShare-sum.ExpectedShare) > math.Abs(tf.ActualShare-sum.ActualShare) {
			f = fExpectedShare
		}
		p.addErr(errAt(t.rec, f, ErrTotalMismatch, DetailTotalSharesMismatch, shareFacts(name, code, tf, sum)))
		ok = false
	case gap > totalShareWarn:
		k, facts := WarnTotalShares, shareFacts(name, code, tf, sum)
		if offArea(tf, areas, &facts) {
			k = WarnTotalSharesOffArea
		}
		p.warn(t.rec.line, k, facts)
	}
	return ok
}

// population sets row's population: from the file when it has it (the
// same in every area), else derived from the total's or the areas'
// expected count and share.
func (p *parser) population(g *group, row *calc.Row, sum calc.Figures, allShares bool, name, code string) bool {
	var popEntry *entry
	for _, e := range g.entries {
		if e == nil || !e.has[fPopulation] {
			continue
		}
		if popEntry == nil {
			popEntry = e
			continue
		}
		if math.Abs(e.val[fPopulation]-popEntry.val[fPopulation]) > popSlack {
			p.addErr(errAt(e.rec, fPopulation, ErrInconsistent, DetailPopulationMismatch, Facts{Values: where(name, code),
				Nums: []float64{e.val[fPopulation], popEntry.val[fPopulation]}, Ref: popEntry.rec.place()}))
			return false
		}
	}
	if popEntry != nil {
		row.Population = popEntry.val[fPopulation]
		return true
	}
	row.PopulationDerived = true
	t := g.entries[calc.Total]
	tf := row.Areas[calc.Total]
	if t != nil && tf.HasShares && tf.ExpectedShare > 0 && tf.Expected > 0 {
		row.Population = tf.Expected / tf.ExpectedShare * 100
	} else if sum.ExpectedShare > 0 && sum.Expected > 0 && allShares {
		row.Population = sum.Expected / sum.ExpectedShare * 100
	}
	at := g.first
	if t != nil {
		at = t
	}
	switch {
	case !tf.HasShares && !allShares:
		p.addErr(errAt(at.rec, fExpectedShare, ErrMissingField, DetailNoShareForPopulation, vals(where(name, code, LabelPopulation)...)))
		return false
	case row.Population <= 0:
		p.addErr(errAt(at.rec, fExpectedShare, ErrOutOfRange, DetailPopulationNotDerivable,
			Facts{Values: where(name, code), Nums: []float64{tf.Expected, tf.ExpectedShare}}))
		return false
	case row.Population > maxCount || math.IsInf(row.Population, 0):
		p.addErr(errAt(at.rec, fExpectedShare, ErrOutOfRange, DetailPopulationHuge,
			Facts{Values: where(name, code), Nums: []float64{tf.Expected, tf.ExpectedShare}}))
		return false
	}
	return true
}

// shareFacts are the facts of a total's shares that differ from the sums
// of the areas': the total's expected and actual share, then the sums'.
func shareFacts(name, code string, tf, sum calc.Figures) Facts {
	return Facts{Values: where(name, code), Nums: []float64{tf.ExpectedShare, tf.ActualShare,
		share(sum.ExpectedShare), share(sum.ActualShare)}}
}

func share(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// offArea names the area whose expected share fits its expected count worst,
// given the population the total implies, when the misfit is clear: it
// adds the area, its place, its expected count, the share that count is of
// the population and its published share to f.
func offArea(total calc.Figures, areas []*entry, f *Facts) bool {
	if total.ExpectedShare <= 0 || total.Expected <= 0 {
		return false
	}
	pop := total.Expected / total.ExpectedShare * 100
	var worst *entry
	worstGap := 0.0
	for _, e := range areas {
		implied := e.val[fExpected] / pop * 100
		// Counts are rounded to 10, shares to 0.01.
		if gap := math.Abs(implied-e.val[fExpectedShare]) - 5/pop*100 - 0.005; gap > worstGap {
			worst, worstGap = e, gap
		}
	}
	if worst == nil || worstGap < 0.05 {
		return false
	}
	f.Values = append(f.Values, calc.AreaLabels[worst.area])
	f.Nums = append(f.Nums, worst.val[fExpected], math.Round(worst.val[fExpected]/pop*1e4)/100, worst.val[fExpectedShare])
	f.Ref = worst.rec.place()
	return true
}

// sameValues reports whether two entries hold the same numbers; if not, it
// returns the first field that differs.
func sameValues(a, b *entry) (field, bool) {
	for f := fExpected; f < numFields; f++ {
		if a.has[f] != b.has[f] || a.val[f] != b.val[f] {
			return f, false
		}
	}
	return 0, true
}

// valueOf is e's value of f, NaN for none.
func valueOf(e *entry, f field) float64 {
	if !e.has[f] {
		return math.NaN()
	}
	return e.val[f]
}

// repeat reports e, which repeats prev's municipality, period and area: a
// warning when the values are the same (the repeat is dropped), else an error.
func (p *parser) repeat(prev, e *entry) {
	what := []string{calc.Municipalities[e.muni].Name, e.period.Code, calc.AreaLabels[e.area]}
	f, same := sameValues(prev, e)
	if same {
		p.warn(e.rec.line, WarnRepeat, Facts{Values: what, Ref: prev.rec.place()})
		return
	}
	p.addErr(errAt(e.rec, f, ErrDuplicate, DetailConflictingRepeat,
		Facts{Values: what, Nums: []float64{valueOf(prev, f), valueOf(e, f)}, Ref: prev.rec.place()}))
}

// missingMunicipalities is the error of a file that lacks some of the 98
// municipalities: Values names every one missing, in kommunekode order.
func missingMunicipalities(have map[int]*entry) *Error {
	var names []string
	for i, m := range calc.Municipalities {
		if have[i] == nil {
			names = append(names, m.Name)
		}
	}
	return &Error{Kind: ErrMissingMunicipalities, Detail: DetailMissingMunicipalities,
		Facts: Facts{Values: names, Nums: []float64{float64(len(names)), float64(len(calc.Municipalities))}}}
}
