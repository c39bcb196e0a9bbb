package companion

import (
	"bytes"
	"math"
	"strings"

	"benchsim/calc"
)

// tkind is what a template column holds.
type tkind int

const (
	tCovariate tkind = iota
	tCaseload
	tConversations
	tOffers
)

// tcol is a template column: a known figure or a covariate.
type tcol struct {
	col         int
	kind        tkind
	area        calc.Area // tCaseload
	id          string
	label, unit string
}

type templateData struct {
	cols  []tcol
	rows  map[int][]float64 // municipality → one value per col (NaN: empty)
	lines map[int]int
}

// templateColumns are the template's own columns, Danish and English.
var templateColumns = []struct {
	kind             tkind
	area             calc.Area
	da, en, uda, uen string
}{
	{tCaseload, calc.DP, "Sager pr. sagsbehandler, a-dagpenge", "Cases per caseworker, unemployment benefit", "sager", "cases"},
	{tCaseload, calc.KTH, "Sager pr. sagsbehandler, kontanthjælp", "Cases per caseworker, social assistance", "sager", "cases"},
	{tCaseload, calc.SYG, "Sager pr. sagsbehandler, sygedagpenge", "Cases per caseworker, sickness benefit", "sager", "cases"},
	{tCaseload, calc.FP, "Sager pr. sagsbehandler, førtidspension", "Cases per caseworker, disability pension", "sager", "cases"},
	{tCaseload, calc.Flex, "Sager pr. sagsbehandler, fleksjob", "Cases per caseworker, flex jobs", "sager", "cases"},
	{tConversations, 0, "Fokusmål: mindst 4 samtaler", "Focus target: at least 4 conversations", "pct.", "pct."},
	{tOffers, 0, "Fokusmål: tilbud eller 225 timer", "Focus target: an offer or 225 hours", "pct.", "pct."},
	{tCovariate, 0, "Ledighed", "Unemployment", "pct.", "pct."},
}

// Template writes the template CSV (UTF-8 with BOM, ';', CRLF):
// kommunekode;kommune, then one column per figure with its unit in
// parentheses, one row for each of the 98 municipalities. lang is "da" or
// "en" (the header's language; both read back).
func Template(lang string) []byte {
	var b bytes.Buffer
	b.WriteString("\ufeff")
	h := []string{"kommunekode", "kommune"}
	for _, c := range templateColumns {
		if lang == "en" {
			h = append(h, c.en+" ("+c.uen+")")
		} else {
			h = append(h, c.da+" ("+c.uda+")")
		}
	}
	b.WriteString(strings.Join(h, ";") + "\r\n")
	empty := strings.Repeat(";", len(templateColumns))
	for _, m := range calc.Municipalities {
		b.WriteString(itoa(m.Code) + ";" + m.Name + empty + "\r\n")
	}
	return b.Bytes()
}

func itoa(i int) string { return num(float64(i)) }

// splitUnit splits "Ledighed (pct.)" into "Ledighed" and "pct.".
func splitUnit(h string) (label, unit string) {
	h = strings.TrimSpace(h)
	i := strings.LastIndexByte(h, '(')
	if !strings.HasSuffix(h, ")") || i < 0 {
		return h, ""
	}
	return strings.TrimSpace(h[:i]), strings.TrimSpace(h[i+1 : len(h)-1])
}

// slug makes a covariate id from a label: lower-case ASCII letters and
// digits ("Ledighed" → "ledighed", "Afstand til storby" → "afstandtilstorby").
func slug(s string) string {
	s = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa").Replace(strings.ToLower(s))
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			return r
		}
		return -1
	}, s)
}

func templateColumn(col int, h string) (tcol, bool) {
	label, unit := splitUnit(h)
	if unit == "" || slug(label) == "" {
		return tcol{}, false
	}
	for _, c := range templateColumns {
		if norm(label) == norm(c.da) || norm(label) == norm(c.en) {
			return tcol{col: col, kind: c.kind, area: c.area, id: slug(c.da), label: label, unit: unit}, true
		}
	}
	return tcol{col: col, kind: tCovariate, id: slug(label), label: label, unit: unit}, true
}

// readTemplate reads the filled-in template.
func readTemplate(f *File, t *table, c columns) ([]Warning, error) {
	var ws warnings
	d := &templateData{rows: map[int][]float64{}, lines: map[int]int{}}
	for _, col := range c.other {
		if tc, ok := templateColumn(col, t.header[col]); ok {
			d.cols = append(d.cols, tc)
		} else if t.header[col] != "" {
			ws.add(Warning{Kind: WarnColumnIgnored, Line: t.headerLine, Column: t.header[col]})
		}
	}
	for _, r := range t.rows {
		if err := d.row(t, r, c, &ws); err != nil {
			return ws.list, err
		}
	}
	if len(d.rows) == 0 {
		return ws.list, &Error{Kind: ErrNoMunicipalities, Line: t.headerLine}
	}
	d.dropEmpty()
	f.tmpl = d
	for _, tc := range d.cols {
		switch tc.kind {
		case tCovariate:
			f.Covariates = append(f.Covariates, tc.id)
		case tCaseload:
			f.Caseload = true
		default:
			f.Fokus = true
		}
	}
	return ws.list, nil
}

func (d *templateData) row(t *table, r trow, c columns, ws *warnings) error {
	col := c.code
	if col < 0 || t.text(r, col) == "" {
		col = c.area
	}
	if col < 0 {
		col = c.code
	}
	muni, agg, err := areaOf(t, r, col)
	if err != nil || agg {
		if agg {
			ws.add(Warning{Kind: WarnAggregateSkipped, Line: r.line, Column: t.header[col], Value: t.text(r, col)})
		}
		return err
	}
	if _, dup := d.rows[muni]; dup {
		return &Error{Kind: ErrDuplicate, Line: r.line, Column: t.header[col], Municipality: muniName(muni), Value: t.text(r, col)}
	}
	vals := make([]float64, len(d.cols))
	for j, tc := range d.cols {
		v, err := value(t, r, tc.col, &warnings{})
		if err != nil {
			return err
		}
		if tc.kind == tConversations || tc.kind == tOffers {
			if v > 100 {
				return &Error{Kind: ErrOutOfRange, Line: r.line, Column: t.header[tc.col], Value: t.text(r, tc.col), Municipality: muniName(muni)}
			}
		}
		vals[j] = v
	}
	d.rows[muni], d.lines[muni] = vals, r.line
	return nil
}

// dropEmpty forgets columns nobody filled in.
func (d *templateData) dropEmpty() {
	keep := d.cols[:0]
	idx := []int{}
	for j, tc := range d.cols {
		for _, v := range d.rows {
			if !math.IsNaN(v[j]) {
				keep = append(keep, tc)
				idx = append(idx, j)
				break
			}
		}
	}
	for m, v := range d.rows {
		nv := make([]float64, len(idx))
		for k, j := range idx {
			nv[k] = v[j]
		}
		d.rows[m] = nv
	}
	d.cols = keep
}
