package report

import (
	"bytes"
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"benchsim/calc"
)

// CompareColumn is one column of the comparison table (calc.Compare): the
// official model and each scenario's rank and change side by side.
type CompareColumn struct {
	ID       string // "code", "name", "region", "official", "rank1"…, "change1"…
	Title    string // in the table's language, with the scenario's name
	Scenario int    // the scenario (0-based) of a rank or change column; -1 otherwise
	Class    string // CSS classes of the header and every cell
	Cell     func(r *calc.CompareRow, f Form, l Lang) string
	Compare  func(x, y *calc.CompareRow) int
	Desc     bool // sorting by it starts with the biggest first
}

// ScenarioName is the name a comparison shows for scenario k (0-based) when
// it has none: "Scenarie 1".
func ScenarioName(k int, l Lang) string {
	return Words{"Scenarie ", "Scenario "}.In(l) + strconv.Itoa(k+1)
}

// names returns the scenarios' names, filling in ScenarioName for missing ones.
func names(c *calc.Comparison, given []string, l Lang) []string {
	out := make([]string, len(c.Results))
	for k := range out {
		if k < len(given) && strings.TrimSpace(given[k]) != "" {
			out[k] = given[k]
		} else {
			out[k] = ScenarioName(k, l)
		}
	}
	return out
}

// CompareColumns are the comparison table's columns in order; names are the
// scenarios' names (missing ones become "Scenarie N").
func CompareColumns(c *calc.Comparison, given []string, l Lang) []CompareColumn {
	ds := c.Results[0].Dataset
	muni := func(r *calc.CompareRow) calc.Municipality { return ds.Municipalities[r.Index] }
	cols := []CompareColumn{
		{ID: "code", Title: Words{"Kommunekode", "Code"}.In(l), Scenario: -1, Class: "num c-code",
			Cell:    func(r *calc.CompareRow, f Form, l Lang) string { return strconv.Itoa(muni(r).Code) },
			Compare: func(x, y *calc.CompareRow) int { return cmp.Compare(muni(x).Code, muni(y).Code) }},
		{ID: ColName, Title: Words{"Kommune", "Municipality"}.In(l), Scenario: -1, Class: "c-name",
			Cell: func(r *calc.CompareRow, f Form, l Lang) string { return muni(r).Name },
			Compare: func(x, y *calc.CompareRow) int {
				return strings.Compare(CollateKey(muni(x).Name), CollateKey(muni(y).Name))
			}},
		{ID: ColOfficial, Title: Words{"Officiel placering", "Official rank"}.In(l), Scenario: -1, Class: "num c-official",
			Cell:    func(r *calc.CompareRow, f Form, l Lang) string { return num(float64(r.Official), 0, false, f, l) },
			Compare: func(x, y *calc.CompareRow) int { return cmp.Compare(x.Official, y.Official) }},
	}
	for k, name := range names(c, given, l) {
		cols = append(cols, CompareColumn{ID: "rank" + strconv.Itoa(k+1), Scenario: k, Class: "num c-rank",
			Title:   fmt.Sprintf("%s (%s)", Words{"Placering", "Rank"}.In(l), name),
			Cell:    func(r *calc.CompareRow, f Form, l Lang) string { return num(float64(r.Ranks[k]), 0, false, f, l) },
			Compare: func(x, y *calc.CompareRow) int { return cmp.Compare(x.Ranks[k], y.Ranks[k]) }},
			CompareColumn{ID: "change" + strconv.Itoa(k+1), Scenario: k, Class: "num c-change", Desc: true,
				Title:   fmt.Sprintf("%s (%s)", Words{"Ændring", "Change"}.In(l), name),
				Cell:    func(r *calc.CompareRow, f Form, l Lang) string { return num(float64(r.Changes[k]), 0, true, f, l) },
				Compare: func(x, y *calc.CompareRow) int { return cmp.Compare(x.Changes[k], y.Changes[k]) }})
	}
	return cols
}

// CompareSortable reports whether the comparison can be sorted by key (a
// column ID, "-" in front for descending).
func CompareSortable(c *calc.Comparison, key string) bool {
	id := strings.TrimPrefix(key, "-")
	return slices.ContainsFunc(CompareColumns(c, nil, DA), func(col CompareColumn) bool { return col.ID == id })
}

// CompareRows returns the comparison's rows sorted by key (a column ID, "-"
// in front for descending; "" is by official rank); ties by official rank.
func CompareRows(c *calc.Comparison, key string) []calc.CompareRow {
	rows := slices.Clone(c.Rows)
	id, desc := strings.CutPrefix(key, "-")
	by := func(x, y *calc.CompareRow) int { return cmp.Compare(x.Official, y.Official) }
	for _, col := range CompareColumns(c, nil, DA) {
		if col.ID == id {
			by = col.Compare
		}
	}
	slices.SortStableFunc(rows, func(x, y calc.CompareRow) int {
		r := by(&x, &y)
		if desc {
			r = -r
		}
		return cmp.Or(r, cmp.Compare(x.Official, y.Official))
	})
	return rows
}

// CompareProvenance is what a comparison export says it shows: dataset,
// source, period, area, each scenario's name with its query and how many
// municipalities it moves, and the illustrative-data warning.
func CompareProvenance(c *calc.Comparison, given []string, l Lang) [][2]string {
	res := c.Results[0]
	var out [][2]string
	for _, h := range Provenance(res, AreaName(c.Area, l), l) {
		if h[0] != wScenario.In(l) {
			out = append(out, h)
		}
	}
	for k, name := range names(c, given, l) {
		out = append(out, [2]string{name, c.Results[k].Settings.Encode() + " — " + Summary(c.Results[k], c.Area, l)})
	}
	return out
}

// CompareCSV is the comparison table as a spreadsheet-friendly CSV, in the
// same form as TableCSV: BOM, ';' and decimal commas in Danish, provenance
// lines first.
func CompareCSV(c *calc.Comparison, given []string, key string, l Lang) []byte {
	var buf bytes.Buffer
	w := newWriter(&buf, l)
	for _, h := range CompareProvenance(c, given, l) {
		_ = w.Write(h[:])
	}
	_ = w.Write(nil)
	cols := CompareColumns(c, given, l)
	rec := make([]string, len(cols))
	for j, col := range cols {
		rec[j] = col.Title
	}
	_ = w.Write(rec)
	for _, r := range CompareRows(c, key) {
		for j, col := range cols {
			rec[j] = col.Cell(&r, File, l)
		}
		_ = w.Write(rec)
	}
	w.Flush()
	return buf.Bytes()
}
