package companion

import (
	"math"
	"strconv"
	"strings"
)

// sdim is what a StatBank breakdown column holds.
type sdim int

const (
	dOther sdim = iota
	dAge
	dOrigin
	dEdu
	dBenefit
)

var sdims = map[string]sdim{
	"alder": dAge, "age": dAge,
	"herkomst": dOrigin, "ancestry": dOrigin, "origin": dOrigin,
	"ieland": dOrigin, "oprindelsesland": dOrigin, "country of origin": dOrigin,
	"hfudd": dEdu, "uddannelse": dEdu, "højeste fuldførte uddannelse": dEdu,
	"highest education attained": dEdu, "education": dEdu,
	"ydelsestype": dBenefit, "ydelse": dBenefit, "type of benefit": dBenefit, "benefit": dBenefit,
}

// statTables maps a table to the measures its rows add to and the
// covariates it gives.
var statCovariates = map[string][]string{
	"FOLK1A": {"population", "alder5066"}, "FOLK1C": {"ikkevestlig"}, "FOLK3": {"ikkevestlig"},
	"HFUDD11": {"grundskole"}, "AUH01": {"fpmodtagere"}, "AUK01": {"fpmodtagere"},
}

type sdimCol struct {
	col      int
	kind     sdim
	hasTotal bool
}

// readStatBank reads a StatBank CSV (or its xlsx) of FOLK1A, FOLK1C/FOLK3,
// HFUDD11 or AUH01/AUK01.
func readStatBank(f *File, t *table, c columns, opt Options) ([]Warning, error) {
	if c.area < 0 || c.period < 0 {
		return nil, &Error{Kind: ErrMissingColumn, Line: t.headerLine, Value: "OMRÅDE/TID"}
	}
	dims := statDims(t, c)
	f.Table = statTable(f.Name, t, c, dims)
	if f.Table == "" {
		return nil, &Error{Kind: ErrUnknownTable, Line: t.headerLine, Value: clip(strings.Join(t.header, ";"))}
	}
	f.Covariates = statCovariates[f.Table]
	sr := &statReader{f: f, t: t, c: c, opt: opt, dims: dims, singleAges: hasSingleAges(t, dims),
		ages: map[[2]int]map[int]bool{}, seen: make(map[rowKey]float64, len(t.rows))}
	for _, r := range t.rows {
		if err := sr.row(r); err != nil {
			return sr.ws.list, err
		}
	}
	if len(f.series) == 0 {
		return sr.ws.list, &Error{Kind: ErrNoMunicipalities, Line: t.headerLine}
	}
	f.finishStatBank(sr.ages)
	if need := needs[f.Table]; f.series[need[0]] == nil {
		return sr.ws.list, &Error{Kind: ErrMissingCategory, Line: t.headerLine, Value: need[1]}
	}
	return sr.ws.list, nil
}

// needs names the measure each table must have, and its rows as users know them.
var needs = map[string][2]string{
	"FOLK1A": {"pop", "ALDER 16–66"}, "FOLK1C": {"nonwest", "Ikke-vestlige lande"}, "FOLK3": {"nonwest", "Ikke-vestlige lande"},
	"HFUDD11": {"grund", "H10 Grundskole"}, "AUH01": {"fprec", "Førtidspension"}, "AUK01": {"fprec", "Førtidspension"},
}

type statReader struct {
	f          *File
	t          *table
	c          columns
	opt        Options
	dims       []sdimCol
	singleAges bool
	ages       map[[2]int]map[int]bool // (muni, period) → ages seen, FOLK1A
	seen       map[rowKey]float64      // a row's cells but INDHOLD → its value
	ws         warnings
	ms         []string // statMeasures' answer, reused row after row
}

// rowKey is a StatBank row but for its value: the municipality, the
// period and the normalised texts of the other columns.
type rowKey struct {
	muni  int
	p     period
	other string
}

// row adds one StatBank row to the measures it counts in.
func (sr *statReader) row(r trow) error {
	t, c := sr.t, sr.c
	muni, agg, err := areaOf(t, r, c.area)
	if err != nil {
		return err
	}
	if agg {
		sr.ws.add(Warning{Kind: WarnAggregateSkipped, Line: r.line, Column: t.header[c.area], Value: t.text(r, c.area)})
		return nil
	}
	p, err := periodOf(t, r, c.period, sr.opt)
	if err != nil {
		return err
	}
	v, err := value(t, r, c.value, &sr.ws)
	if err != nil {
		return err
	}
	if dup, err := duplicate(sr.seen, t, r, c, muni, p, v); dup || err != nil {
		if dup {
			sr.ws.add(Warning{Kind: WarnDuplicateRow, Line: r.line})
		}
		return err
	}
	ms, age := statMeasures(sr.ms[:0], sr.f.Table, t, r, sr.dims, sr.singleAges)
	sr.ms = ms
	for _, m := range ms {
		sr.f.add(m, muni, p, v)
	}
	if sr.f.Table == "FOLK1A" && len(ms) > 0 {
		k := [2]int{muni, int(p.g)<<24 | p.n}
		if sr.ages[k] == nil {
			sr.ages[k] = map[int]bool{}
		}
		sr.ages[k][age] = true
	}
	return nil
}

// duplicate reports a row seen before with the same value, and refuses one
// seen with another.
func duplicate(seen map[rowKey]float64, t *table, r trow, c columns, muni int, p period, v float64) (bool, error) {
	key := rowKey{muni: muni, p: p}
	if len(c.other) == 1 {
		key.other = t.norm(t.text(r, c.other[0]))
	} else if len(c.other) > 1 {
		b := t.keyBuf[:0]
		for _, col := range c.other {
			b = append(b, 0)
			b = append(b, t.norm(t.text(r, col))...)
		}
		t.keyBuf = b
		// The same few combinations come back row after row: keep one copy.
		other, ok := t.keys[string(b)]
		if !ok {
			other = string(b)
			if t.keys == nil {
				t.keys = map[string]string{}
			}
			t.keys[other] = other
		}
		key.other = other
	}
	old, ok := seen[key]
	seen[key] = v
	switch {
	case !ok:
		return false, nil
	case old == v || math.IsNaN(old) && math.IsNaN(v):
		return true, nil
	}
	return false, &Error{Kind: ErrDuplicate, Line: r.line, Column: t.header[c.value], Municipality: muniName(muni),
		Period: p.String(), Value: num(v), Want: old, Got: v}
}

func statDims(t *table, c columns) []sdimCol {
	var dims []sdimCol
	for _, col := range c.other {
		d := sdimCol{col: col, kind: sdims[norm(t.header[col])]}
		for _, r := range t.rows {
			if t.isTotal(t.text(r, col)) {
				d.hasTotal = true
				break
			}
		}
		dims = append(dims, d)
	}
	return dims
}

// statTable names the table from its columns; a table id in the file name
// decides between tables of the same shape (FOLK1C or FOLK3).
func statTable(name string, t *table, c columns, dims []sdimCol) string {
	has := map[sdim]bool{}
	for _, d := range dims {
		has[d.kind] = true
	}
	up := strings.ToUpper(name)
	switch {
	case has[dBenefit]:
		for _, r := range t.rows {
			if p, ok := parsePeriod(t.text(r, c.period)); ok && p.g == gQuarter {
				return "AUK01"
			}
		}
		return "AUH01"
	case has[dEdu]:
		return "HFUDD11"
	case has[dOrigin]:
		if strings.Contains(up, "FOLK3") {
			return "FOLK3"
		}
		return "FOLK1C"
	case has[dAge]:
		return "FOLK1A"
	}
	return ""
}

// ageOf reads a single-year age: "16", "16 år", "16 years", "16 år" with a code.
func ageOf(s string) (int, bool) {
	n := norm(s)
	for _, suf := range []string{" år", " years", " year", " aar"} {
		n = strings.TrimSuffix(n, suf)
	}
	if f := strings.Fields(n); len(f) == 2 && f[0] == f[1] {
		n = f[0] // "16 16" from code and value
	}
	a, err := strconv.Atoi(n)
	return a, err == nil && a >= 0 && a < 130
}

func hasSingleAges(t *table, dims []sdimCol) bool {
	for _, d := range dims {
		if d.kind != dAge {
			continue
		}
		for _, r := range t.rows {
			if _, ok := t.ageOf(t.text(r, d.col)); ok {
				return true
			}
		}
	}
	return false
}

// ownKind reports whether breakdowns of kind k are what table counts
// (ages in FOLK1A, and in FOLK1C/FOLK3 when it has single years; origin;
// education; benefit type), rather than a breakdown to take the total of.
func ownKind(table string, k sdim, singleAges bool) bool {
	switch k {
	case dAge:
		return table == "FOLK1A" || isOriginTable(table) && singleAges
	case dOrigin:
		return isOriginTable(table)
	case dEdu:
		return table == "HFUDD11"
	case dBenefit:
		return table == "AUH01" || table == "AUK01"
	}
	return false
}

// statMeasures returns the measures a row adds to, and its age (FOLK1A).
// Breakdowns other than the table's own keep their total rows when there
// are any, and are summed otherwise.
// The measures are appended to ms[:0].
func statMeasures(ms []string, table string, t *table, r trow, dims []sdimCol, singleAges bool) ([]string, int) {
	ms = ms[:0]
	var origin []string
	age := -1
	for _, d := range dims {
		v := t.text(r, d.col)
		if !ownKind(table, d.kind, singleAges) {
			if d.hasTotal && !t.isTotal(v) {
				return ms[:0], 0
			}
			continue
		}
		switch d.kind {
		case dAge:
			a, ok := t.ageOf(v)
			if !ok || a < 16 || a > 66 {
				return ms[:0], 0
			}
			age = a
		case dOrigin:
			origin = append(origin, v)
		case dEdu:
			ms = append(ms, eduMeasures(v)...)
		case dBenefit:
			if !isFP(v) {
				return ms[:0], 0
			}
			ms = append(ms, "fprec")
		}
	}
	if table == "FOLK1A" && age >= 0 {
		ms = append(ms, "pop")
		if age >= 50 {
			ms = append(ms, "pop5066")
		}
	}
	return append(ms, originMeasures(origin)...), age
}

func isOriginTable(t string) bool { return t == "FOLK1C" || t == "FOLK3" }

// originMeasures classifies a row by its origin columns (HERKOMST, and
// IELAND in FOLK1C): all totals count everyone; a non-Western value counts
// the non-Western, taken from rows whose other origin columns are totals
// when there are such, else summed; a single specific value is a part of
// everyone, summed when the file has no total.
func originMeasures(vals []string) []string {
	if len(vals) == 0 {
		return nil
	}
	totals, nonwest := 0, false
	for _, v := range vals {
		n := norm(v)
		if isTotal(v) {
			totals++
		}
		if strings.Contains(n, "ikke-vestlig") || strings.Contains(n, "non-western") || strings.Contains(n, "ikke vestlig") {
			nonwest = true
		}
	}
	var ms []string
	switch {
	case totals == len(vals):
		return []string{"originTot"}
	case totals == len(vals)-1:
		ms = append(ms, "originSum")
		if nonwest {
			ms = append(ms, "nonwestTot")
		}
	case nonwest:
		ms = append(ms, "nonwestSum")
	}
	return ms
}

func eduMeasures(v string) []string {
	n := norm(v)
	switch {
	case isTotal(v):
		return []string{"eduTot"}
	case strings.Contains(n, "grundskole") || strings.Contains(n, "primary education") || strings.HasPrefix(n, "h10 ") || n == "h10":
		return []string{"grund", "eduSum"}
	}
	return []string{"eduSum"}
}

func isFP(v string) bool {
	n := norm(v)
	return strings.Contains(n, "førtidspension") || strings.Contains(n, "disability pension") ||
		strings.Contains(n, "early retirement pension") || n == "fp" || strings.HasPrefix(n, "fp ")
}

// finishStatBank marks incomplete age sums as missing and settles the
// denominators: the file's total rows when it has them, else the parts' sum.
func (f *File) finishStatBank(ages map[[2]int]map[int]bool) {
	for k, seen := range ages {
		n5066 := 0
		for a := range seen {
			if a >= 50 {
				n5066++
			}
		}
		for p := range f.series["pop"][k[0]] {
			if int(p.g)<<24|p.n != k[1] {
				continue
			}
			if len(seen) < 51 {
				f.series["pop"][k[0]][p] = math.NaN()
			}
			if n5066 < 17 {
				f.series["pop5066"][k[0]][p] = math.NaN()
			}
		}
	}
	for _, pair := range [][3]string{{"origin", "originTot", "originSum"}, {"edu", "eduTot", "eduSum"}, {"nonwest", "nonwestTot", "nonwestSum"}} {
		if tot := f.series[pair[1]]; len(tot) > 0 {
			f.series[pair[0]] = tot
		} else if sum := f.series[pair[2]]; sum != nil {
			f.series[pair[0]] = sum
		}
		delete(f.series, pair[1])
		delete(f.series, pair[2])
	}
}
