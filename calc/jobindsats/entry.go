package jobindsats

import (
	"math"
	"strconv"
	"strings"

	"benchsim/calc"
	"benchsim/calc/internal/memo"
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
		a.alias = municipalities().aliasOf[n]
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
