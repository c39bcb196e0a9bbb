package companion

import (
	"math"
	"slices"
	"strings"
	"time"
	"unicode"

	"benchsim/calc"
	"benchsim/calc/jobindsats"
)

// Kind is the kind of companion file.
type Kind int

// The kinds of companion file.
const (
	KindBenefit  Kind = iota + 1 // Jobindsats PTV_A02, Y10A02, Y08A02: actual fp and flex
	KindStatBank                 // StatBank FOLK1A, FOLK1C/FOLK3, HFUDD11, AUH01/AUK01
	KindTemplate                 // the simulator's template: caseload, fokusmål, other covariates
)

func (k Kind) String() string {
	switch k {
	case KindBenefit:
		return "benefit"
	case KindStatBank:
		return "statbank"
	case KindTemplate:
		return "template"
	}
	return "kind?"
}

// File is one companion file, read and checked, not yet tied to a dataset.
type File struct {
	Name           string
	Kind           Kind
	Table          string      // "PTV_A02", "Y10A02", "Y08A02", "FOLK1A", "FOLK1C", "FOLK3", "HFUDD11", "AUH01", "AUK01", "template"
	Format         string      // FormatJSON, FormatCSV or FormatXLSX
	Areas          []calc.Area // benefit areas it carries (calc.FP, calc.Flex)
	Covariates     []string    // covariate IDs it carries, plus "population" for the 16–66 population
	Caseload       bool        // the template carries caseload figures
	Fokus          bool        // the template carries fokusmål figures
	Periods        []string    // the Y30R21 windows it fills completely for every municipality it has, oldest first
	Municipalities int         // how many municipalities it covers

	// series holds the figures: measure → municipality (index in
	// calc.Municipalities) → period → value (NaN: given as missing).
	series map[string]map[int]series
	// yearAll is true when a yearly figure fills every window ending in its
	// year (StatBank); else only the calendar-year window (Jobindsats).
	yearAll bool
	tmpl    *templateData
}

// Options tune Read.
type Options struct {
	// Benefit says which benefit a Jobindsats file holds when the file does
	// not say (a Y10A02 or Y08A02 without a Ydelsesgrupper column): calc.FP
	// or calc.Flex; 0 = detect.
	Benefit calc.Area
	// Today is the date after which a period counts as future; zero means now.
	Today time.Time
}

// Read detects the kind and format of a companion file and reads it. name
// is used in messages and for hints (the .xlsx extension; "Y10A02" or
// "Y08A02" in a benefit file's name says fp or flex).
func Read(name string, data []byte, opt Options) (*File, []Warning, error) {
	f, ws, err := read(name, data, opt)
	for i := range ws {
		ws[i].File = name
	}
	if e, ok := err.(*Error); ok {
		e.File = name
	}
	return f, ws, err
}

func read(name string, data []byte, opt Options) (*File, []Warning, error) {
	t, err := readTable(name, data)
	if err != nil {
		return nil, nil, err
	}
	c := columnsOf(t.header)
	f := &File{Name: name, Format: t.format, series: map[string]map[int]series{}}
	var ws []Warning
	switch {
	case c.value >= 0:
		f.Kind, f.yearAll = KindStatBank, true
		ws, err = readStatBank(f, t, c, opt)
	case c.fullTime >= 0 && c.area >= 0 && c.period >= 0:
		f.Kind = KindBenefit
		ws, err = readBenefit(f, t, c, opt)
	case (c.code >= 0 || c.area >= 0) && c.period < 0:
		f.Kind, f.Table = KindTemplate, "template"
		ws, err = readTemplate(f, t, c)
	case c.area >= 0 && c.period >= 0:
		return nil, nil, &Error{Kind: ErrMissingColumn, Line: t.headerLine, Value: "Antal fuldtidspersoner"}
	default:
		return nil, nil, &Error{Kind: ErrUnknownTable, Line: t.headerLine, Value: clip(strings.Join(t.header, ";"))}
	}
	if err != nil {
		return nil, ws, err
	}
	f.summarise()
	return f, ws, nil
}

func clip(s string) string {
	if r := []rune(s); len(r) > 80 {
		return string(r[:80]) + "…"
	}
	return s
}

// role is what a column holds.
type role int

const (
	roleOther role = iota
	roleArea
	roleCode
	rolePeriod
	roleGroup
	roleValue
	roleFullTime
	roleMeasure
)

// norm lower-cases and collapses spaces; a "long: short" label keeps the
// part after the last ": ".
func norm(s string) string {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if i := strings.LastIndex(s, ": "); i >= 0 {
		s = s[i+2:]
	}
	return strings.Map(func(r rune) rune {
		if r == '\u2013' || r == '\u2014' || r == '\u2212' {
			return '-'
		}
		return r
	}, s)
}

var roles = map[string]role{
	"område": roleArea, "omrade": roleArea, "area": roleArea, "kommune": roleArea, "kommunenavn": roleArea,
	"municipality": roleArea, "region": roleArea, "bopomr": roleArea, "komk": roleArea, "omr": roleArea,
	"kommunekode": roleCode, "municipality code": roleCode, "komkode": roleCode,
	"periode": rolePeriod, "period": rolePeriod, "tid": rolePeriod, "time": rolePeriod,
	"ydelsesgrupper": roleGroup, "ydelsesgruppe": roleGroup, "benefit groups": roleGroup,
	"indhold": roleValue, "content": roleValue,
	"antal fuldtidspersoner": roleFullTime, "fuldtidspersoner": roleFullTime, "full-time persons": roleFullTime,
	"number of full-time persons": roleFullTime,
	"antal personer":              roleMeasure, "number of persons": roleMeasure,
}

func roleOf(h string) role {
	n := norm(h)
	if r, ok := roles[n]; ok {
		return r
	}
	if strings.HasPrefix(n, "fuldtidspersoner i pct") || strings.HasPrefix(n, "full-time persons in pct") {
		return roleMeasure
	}
	return roleOther
}

// columns are the indexes of the columns with a role (-1: none) and the rest.
type columns struct {
	area, code, period, group, value, fullTime int
	other                                      []int
}

func columnsOf(header []string) columns {
	c := columns{-1, -1, -1, -1, -1, -1, nil}
	for i, h := range header {
		p := map[role]*int{roleArea: &c.area, roleCode: &c.code, rolePeriod: &c.period,
			roleGroup: &c.group, roleValue: &c.value, roleFullTime: &c.fullTime}[roleOf(h)]
		switch {
		case p != nil && *p < 0:
			*p = i
		case p == nil && roleOf(h) == roleOther:
			c.other = append(c.other, i)
		}
	}
	return c
}

// isTotal reports whether a breakdown value is a total ("I alt", "Total").
func isTotal(s string) bool {
	n := norm(stripCode(s))
	return n == "i alt" || n == "total" || n == "tot" || n == "ialt" || n == "alle" || n == "begge køn" ||
		strings.HasSuffix(n, " i alt") || strings.HasSuffix(n, ", total") || strings.HasPrefix(n, "total ") ||
		strings.HasPrefix(n, "i alt ")
}

// stripCode drops a leading code as StatBank writes it with
// valuePresentation=CodeAndValue ("101 København", "H10 Grundskole").
func stripCode(s string) string {
	s = strings.TrimSpace(s)
	i := strings.IndexByte(s, ' ')
	if i <= 0 || !strings.ContainsFunc(s[:i], unicode.IsDigit) {
		return s
	}
	return strings.TrimSpace(s[i+1:])
}

var englishNames = map[string]string{"copenhagen": "København"}

// lookupArea finds a municipality by name, "code name" or code. agg is true
// for the whole country, regions, provinces and "not stated".
func lookupArea(s string) (idx int, agg bool) {
	s = strings.TrimSpace(s)
	name := stripCode(s)
	n := norm(name)
	if jobindsats.IsAggregate(name) || n == "all denmark" || n == "denmark" || n == "uoplyst" ||
		strings.Contains(n, "not stated") || strings.Contains(n, "uoplyst") || strings.HasPrefix(n, "province ") ||
		strings.HasPrefix(n, "landsdel") || strings.Contains(n, "region") {
		return -1, true
	}
	if en, ok := englishNames[n]; ok {
		name = en
	}
	if i := jobindsats.LookupMunicipality(name); i >= 0 {
		return i, false
	}
	if name != s {
		if code := strings.Fields(s)[0]; strings.Trim(code, "0123456789") == "" {
			return jobindsats.LookupMunicipality(code), false
		}
	}
	return -1, false
}

// areaOf reads the municipality of a row, as an error for unknown names.
func areaOf(t *table, r trow, col int) (int, bool, error) {
	s := t.text(r, col)
	a := t.areas.Get(s, func(s string) areaHit {
		idx, agg := lookupArea(s)
		return areaHit{idx, agg}
	})
	i, agg := a.idx, a.agg
	if agg {
		return -1, true, nil
	}
	if i < 0 {
		if s == "" {
			return -1, false, &Error{Kind: ErrUnknownMunicipality, Line: r.line, Column: t.header[col], Value: s}
		}
		return -1, false, &Error{Kind: ErrUnknownMunicipality, Line: r.line, Column: t.header[col],
			Value: clip(s), Suggest: jobindsats.SuggestMunicipality(s)}
	}
	return i, false, nil
}

// periodOf reads a row's period, refusing bad and future ones.
func periodOf(t *table, r trow, col int, opt Options) (period, error) {
	s := t.text(r, col)
	p, ok := t.parsePeriod(s)
	if !ok {
		return p, &Error{Kind: ErrBadPeriod, Line: r.line, Column: t.header[col], Value: clip(s)}
	}
	today := opt.Today
	if today.IsZero() {
		today = time.Now()
	}
	if p.lastMonth() > today.Year()*12+int(today.Month())-1 {
		return p, &Error{Kind: ErrFuturePeriod, Line: r.line, Column: t.header[col], Value: s}
	}
	return p, nil
}

// add stores a value in the file's series.
func (f *File) add(measure string, muni int, p period, v float64) {
	m := f.series[measure]
	if m == nil {
		m = map[int]series{}
		f.series[measure] = m
	}
	s := m[muni]
	if s == nil {
		s = series{}
		m[muni] = s
	}
	s[p] += v
}

// summarise fills Periods and Municipalities from the series.
func (f *File) summarise() {
	munis := map[int]bool{}
	lo, hi := math.MaxInt, math.MinInt
	for _, m := range f.series {
		for i, s := range m {
			munis[i] = true
			for p := range s {
				lo, hi = min(lo, p.lastMonth()), max(hi, p.lastMonth())
			}
		}
	}
	if f.tmpl != nil {
		for i := range f.tmpl.rows {
			munis[i] = true
		}
	}
	f.Municipalities = len(munis)
	if lo > hi {
		return
	}
	for w := window(lo/12*4 - 4); w.lastMon() <= hi+12; w++ {
		if f.complete(w) {
			f.Periods = append(f.Periods, w.Code())
		}
	}
}

// complete reports whether every measure is known over w for every
// municipality that measure has.
func (f *File) complete(w window) bool {
	keys := make([]string, 0, len(f.series))
	for k := range f.series {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, s := range f.series[k] {
			if _, c, _ := s.at(w, f.yearAll); c != covered {
				return false
			}
		}
	}
	return len(keys) > 0
}

func muniName(i int) string {
	if i < 0 || i >= len(calc.Municipalities) {
		return ""
	}
	return calc.Municipalities[i].Name
}
