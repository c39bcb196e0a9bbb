package jobindsats

import (
	"math"
	"sort"
	"strconv"
	"strings"

	"benchsim/calc"
	"benchsim/calc/internal/memo"
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

// entry is a record interpreted: which municipality, period and area, and
// the numbers it holds.
type entry struct {
	rec    *record
	muni   int // index in calc.Municipalities
	period periodInfo
	area   calc.Area
	val    [numFields]float64
	has    [numFields]bool
}

// place locates a record for messages: its line, and its Data row when
// the rows of an API answer share lines.
func (r *record) place() Place { return Place{Line: r.line, Row: r.row} }

// errAt makes an error about field f (or the record, with f < 0) of r.
func errAt(r *record, f field, kind Kind, d Detail, facts Facts) *Error {
	e := &Error{Line: r.line, Row: r.row, Kind: kind, Detail: d, Facts: facts}
	if f >= 0 {
		e.Field = r.labels[f]
		if e.Field == "" {
			e.Field = shortLabels[f]
		}
	}
	return e
}

// where names a municipality and period, the first Values of many messages.
func where(name, code string, more ...string) []string {
	return append([]string{name, code}, more...)
}

// parseGroup reads a benefit group: the Jobindsats label, the label without
// " mv.", or the area's identifier ("dp", "kth", …).
func parseGroup(s string) (calc.Area, bool) {
	n := normLabel(s)
	for a, l := range calc.AreaLabels {
		nl := normLabel(l)
		if n == nl || n == strings.TrimSuffix(nl, " mv.") {
			return calc.Area(a), true
		}
	}
	if n == "i alt" || n == "ydelsesgrupper" {
		return calc.Total, true
	}
	if a, err := calc.ParseArea(n); err == nil {
		return a, true
	}
	return 0, false
}

func suggestGroup(s string) string {
	n := normLabel(s)
	best, bestD := "", 3
	for _, l := range calc.AreaLabels {
		if d := editDistance(n, normLabel(l), bestD); d < bestD {
			best, bestD = l, d
		}
	}
	return best
}

// areaHit is what an Area cell says: the municipality (index in
// calc.Municipalities, or -1), the Jobindsats name when the cell spells an
// alias, and whether it names an aggregate such as a region.
type areaHit struct {
	muni      int
	alias     string
	aggregate bool
}

// area looks up an Area cell, remembered per text: a file repeats each
// name in every period and group.
func (p *parser) area(s string) areaHit { return p.areas.Get(s, lookupArea) }

func lookupArea(s string) areaHit {
	n := normName(s)
	a := areaHit{muni: lookupMunicipality(s)}
	if a.muni >= 0 {
		a.alias = aliasOf[n]
	} else {
		a.aggregate = isAggregate(n)
	}
	return a
}

// period is parsePeriod, remembered per text.
func (p *parser) period(s string) (periodInfo, bool) { return memo.Get2(&p.periods, s, parsePeriod) }

// group is parseGroup, remembered per text.
func (p *parser) group(s string) (calc.Area, bool) { return memo.Get2(&p.groups, s, parseGroup) }

func isCount(f field) bool {
	return f == fExpected || f == fActual || f == fDiff || f == fPopulation || f == fRank
}

func num(v float64) string { return formatNumber(v, false, 0) }

// entry interprets one record. It returns nil and true for a row that is
// skipped on purpose (a national or regional total), nil and false on error.
// It checks in steps (keys, numbers, then ranges, then consistency), each
// only when the one before found nothing wrong.
func (p *parser) entry(r *record) (*entry, bool) {
	c := &entryCheck{p: p, e: &entry{rec: r}, ok: true}
	if c.keys() {
		return nil, true
	}
	c.numbers()
	if !c.ok {
		return nil, false
	}
	c.ranges()
	if !c.ok {
		return nil, false
	}
	c.consistent()
	if !c.ok {
		return nil, false
	}
	return c.e, true
}

// entryCheck is one record being made an entry; ok turns false with the
// first problem.
type entryCheck struct {
	p  *parser
	e  *entry
	ok bool
}

// fail adds a problem of field f.
func (c *entryCheck) fail(f field, kind Kind, d Detail, facts Facts) {
	r := c.e.rec
	if kind == ErrMissingField && r.cells[f].kind == cellAbsent {
		d, facts = DetailNoKey, Facts{}
	}
	c.p.addErr(errAt(r, f, kind, d, facts))
	c.ok = false
}

// text is field f's text, failing when it has none.
func (c *entryCheck) text(f field) (string, bool) {
	cl := c.e.rec.cells[f]
	switch cl.kind {
	case cellAbsent, cellNull:
		c.fail(f, ErrMissingField, DetailNoValue, Facts{})
		return "", false
	case cellOther:
		return cl.text, true
	}
	return strings.TrimSpace(cl.text), true
}

// keys reads the municipality, period and group. skip is true for an
// aggregate's row (a region, the whole country), which is left out.
func (c *entryCheck) keys() (skip bool) {
	p, e, r := c.p, c.e, c.e.rec
	if s, has := c.text(fArea); has {
		if a := p.area(s); a.muni >= 0 {
			e.muni = a.muni
			if a.alias != "" {
				p.warnOnce("alias "+s, r.line, WarnAlias, vals(s, a.alias))
			}
		} else if a.aggregate {
			p.warnOnce("aggregate "+s, r.line, WarnAggregate, vals(s))
			return true
		} else {
			if sug := suggestMunicipality(s); sug != "" {
				c.fail(fArea, ErrUnknownMunicipality, DetailUnknownMunicipalitySuggest, vals(clip(s), sug))
			} else {
				c.fail(fArea, ErrUnknownMunicipality, DetailUnknownMunicipality, vals(clip(s)))
			}
		}
	}
	if s, has := c.text(fPeriod); has {
		if pi, good := p.period(s); good {
			e.period = pi
		} else {
			c.fail(fPeriod, ErrBadPeriod, DetailBadPeriod, vals(clip(s)))
		}
	}
	if s, has := c.text(fGroup); has {
		if a, good := p.group(s); good {
			e.area = a
		} else {
			if sug := suggestGroup(s); sug != "" {
				c.fail(fGroup, ErrUnknownArea, DetailUnknownGroupSuggest, vals(clip(s), sug))
			} else {
				c.fail(fGroup, ErrUnknownArea, DetailUnknownGroup, vals(clip(s)))
			}
		}
	}
	return false
}

// numbers reads the number fields.
func (c *entryCheck) numbers() {
	e := c.e
	for f := fExpected; f < numFields; f++ {
		cl := e.rec.cells[f]
		var v float64
		good := false
		switch cl.kind {
		case cellAbsent, cellNull:
			continue
		case cellNumber:
			x, err := strconv.ParseFloat(cl.text, 64)
			v, good = x, err == nil && !math.IsInf(x, 0) && !math.IsNaN(x)
		case cellString:
			v, good = parseNumber(cl.text, isCount(f))
		}
		if !good {
			c.fail(f, ErrNotNumber, DetailNotNumber, vals(clip(cl.text)))
			continue
		}
		e.val[f], e.has[f] = v, true
	}
}

// ranges checks that the fields a row needs are there and that each
// number is possible.
func (c *entryCheck) ranges() {
	e := c.e
	if !e.has[fActual] {
		c.fail(fActual, ErrMissingField, DetailNoValue, Facts{})
	}
	official := e.area <= calc.SYG
	if official && !e.has[fExpected] {
		c.fail(fExpected, ErrMissingField, DetailNoValue, Facts{})
	}
	if e.has[fExpected] {
		if e.has[fActualShare] && !e.has[fExpectedShare] {
			c.fail(fExpectedShare, ErrMissingField, DetailNoExpectedShare, Facts{})
		}
		if e.has[fExpectedShare] && !e.has[fActualShare] {
			c.fail(fActualShare, ErrMissingField, DetailNoActualShare, Facts{})
		}
	} else if e.has[fExpectedShare] {
		c.fail(fExpectedShare, ErrInconsistent, DetailShareWithoutCount, Facts{})
	}
	for _, f := range []field{fExpected, fActual} {
		switch v := e.val[f]; {
		case v < 0:
			c.fail(f, ErrOutOfRange, DetailNegativeCount, nums(v))
		case v > maxCount:
			c.fail(f, ErrOutOfRange, DetailHugeCount, nums(v))
		}
	}
	for _, f := range []field{fExpectedShare, fActualShare} {
		if v := e.val[f]; v < 0 || v > 100 {
			c.fail(f, ErrOutOfRange, DetailShareRange, nums(v))
		}
	}
	if v := e.val[fDiff]; math.Abs(v) > maxCount {
		c.fail(fDiff, ErrOutOfRange, DetailHugeDiff, nums(v))
	}
	if v := e.val[fDiffShare]; math.Abs(v) > 100 {
		c.fail(fDiffShare, ErrOutOfRange, DetailDiffShareRange, nums(v))
	}
	if e.has[fRank] {
		n := len(calc.Municipalities)
		switch v := e.val[fRank]; {
		case v != math.Trunc(v):
			c.fail(fRank, ErrNotNumber, DetailNotWhole, nums(v))
		case v < 1 || v > float64(n):
			c.fail(fRank, ErrOutOfRange, DetailRankRange, nums(v, float64(n)))
		}
	}
	if e.has[fPopulation] {
		switch v := e.val[fPopulation]; {
		case v <= 0:
			c.fail(fPopulation, ErrOutOfRange, DetailPopulationNotPositive, nums(v))
		case v > maxCount:
			c.fail(fPopulation, ErrOutOfRange, DetailHugePopulation, nums(v))
		}
	}
}

// consistent checks the published differences against actual − expected.
func (c *entryCheck) consistent() {
	e := c.e
	if e.has[fDiff] && e.has[fExpected] {
		if d := e.val[fActual] - e.val[fExpected]; math.Abs(e.val[fDiff]-d) > diffCountSlack {
			c.fail(fDiff, ErrInconsistent, DetailDiffMismatch, nums(e.val[fDiff], d))
		}
	}
	if e.has[fDiffShare] && e.has[fExpectedShare] && e.has[fActualShare] {
		if d := e.val[fActualShare] - e.val[fExpectedShare]; math.Abs(e.val[fDiffShare]-d) > diffShareSlack {
			c.fail(fDiffShare, ErrInconsistent, DetailDiffShareMismatch, nums(e.val[fDiffShare], math.Round(d*1e6)/1e6))
		}
	}
}

// figures turns an entry into calc.Figures.
func (e *entry) figures() calc.Figures {
	f := calc.Figures{
		Known:       true,
		Actual:      e.val[fActual],
		Expected:    e.val[fExpected],
		HasExpected: e.has[fExpected],
	}
	if e.has[fActualShare] && (e.has[fExpectedShare] || !e.has[fExpected]) {
		f.HasShares = true
		f.ActualShare = e.val[fActualShare]
		f.ExpectedShare = e.val[fExpectedShare]
	}
	if e.has[fRank] {
		f.PublishedRank = int(e.val[fRank])
	}
	return f
}

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
