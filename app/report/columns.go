package report

import (
	"cmp"
	"strconv"
	"strings"

	"benchsim/calc"
)

// Form says whether a cell is for the screen (grouped and signed numbers,
// short region names, "–" for nothing) or for a file (plain numbers, full
// names, empty for nothing).
type Form int

// The two forms of a cell.
const (
	Display Form = iota
	File
)

// Column is one column of the ranking table. The app's table, its CSV
// export and the command line's table and CSV all read this one list, so a
// new column is one struct literal in columns.
type Column struct {
	ID      string // in the URL's sort key and the cells' CSS class
	Title   Words
	Cell    func(r *Row, f Form, lang Lang) string
	Compare func(x, y *Row) int                  // nil: the column cannot be sorted by
	Desc    bool                                 // sorting by it starts with the biggest first
	Class   string                               // CSS classes of the header and every cell
	Mark    func(r *Row) string                  // extra CSS classes of one row's cell, or nil
	Show    func(res *calc.Result, v *View) bool // nil: always shown
}

// The columns' IDs.
const (
	ColRank      = "rank"      // scenario rank
	ColName      = "name"      // municipality
	ColInterval  = "interval"  // plausible rank interval
	ColChange    = "change"    // places climbed from the official rank
	ColOfficial  = "official"  // rank in the official model
	ColRegion    = "region"    // region
	ColActual    = "actual"    // actual full-time persons
	ColExpected  = "expected"  // expected full-time persons
	ColPersons   = "persons"   // actual − expected
	ColPP        = "pp"        // percentage-point difference
	ColScore     = "score"     // mean of area ranks (rank-mean weighting)
	ColPotential = "potential" // mio. kr.
	ColPublished = "published" // rank published by BM
	ColStatus    = "status"    // supervision status
)

// columns are all the table's columns in the order they are shown.
var columns = []Column{
	{ID: ColRank, Title: Words{"Placering", "Rank"}, Class: "num c-rank",
		Cell:    func(r *Row, f Form, l Lang) string { return num(float64(r.Entry.Rank), 0, false, f, l) },
		Compare: func(x, y *Row) int { return cmp.Compare(x.Entry.Rank, y.Entry.Rank) }},
	{ID: ColName, Title: Words{"Kommune", "Municipality"}, Class: "c-name",
		Cell:    func(r *Row, f Form, l Lang) string { return r.Muni.Name },
		Compare: func(x, y *Row) int { return strings.Compare(CollateKey(x.Muni.Name), CollateKey(y.Muni.Name)) }},
	{ID: ColInterval, Title: Words{"Plausibel placering", "Plausible rank"}, Class: "num c-interval",
		Cell: intervalCell,
		Show: func(_ *calc.Result, v *View) bool { return v.ShowIntervals }},
	{ID: ColChange, Title: Words{"Ændring", "Change"}, Class: "num c-change", Desc: true,
		Cell:    func(r *Row, f Form, l Lang) string { return num(float64(r.Change), 0, true, f, l) },
		Compare: func(x, y *Row) int { return cmp.Compare(x.Change, y.Change) },
		Mark:    changeMark, Show: notOfficial},
	{ID: ColOfficial, Title: Words{"Officiel placering", "Official rank"}, Class: "num c-official",
		Cell:    func(r *Row, f Form, l Lang) string { return num(float64(r.Official.Rank), 0, false, f, l) },
		Compare: func(x, y *Row) int { return cmp.Compare(x.Official.Rank, y.Official.Rank) },
		Show:    notOfficial},
	{ID: ColRegion, Title: Words{"Region", "Region"}, Class: "c-region",
		Cell:    regionCell,
		Compare: func(x, y *Row) int { return strings.Compare(x.Muni.Region, y.Muni.Region) }},
	{ID: ColActual, Title: Words{"Faktisk", "Actual"}, Class: "num c-actual",
		Cell:    func(r *Row, f Form, l Lang) string { return num(r.Entry.Actual, 0, false, f, l) },
		Compare: func(x, y *Row) int { return cmp.Compare(x.Entry.Actual, y.Entry.Actual) }},
	{ID: ColExpected, Title: Words{"Forventet", "Expected"}, Class: "num c-expected",
		Cell:    func(r *Row, f Form, l Lang) string { return num(r.Entry.Expected, 0, false, f, l) },
		Compare: func(x, y *Row) int { return cmp.Compare(x.Entry.Expected, y.Entry.Expected) }},
	{ID: ColPersons, Title: Words{"Personer", "Persons"}, Class: "num c-persons", Mark: worseMark,
		Cell:    func(r *Row, f Form, l Lang) string { return num(r.Entry.DiffPersons, 0, true, f, l) },
		Compare: func(x, y *Row) int { return cmp.Compare(x.Entry.DiffPersons, y.Entry.DiffPersons) }},
	{ID: ColPP, Title: Words{"Procentpoint", "Percentage points"}, Class: "num c-pp", Mark: worseMark,
		Cell:    func(r *Row, f Form, l Lang) string { return num(r.Entry.DiffPP, 2, true, f, l) },
		Compare: func(x, y *Row) int { return cmp.Compare(x.Entry.DiffPP, y.Entry.DiffPP) }},
	{ID: ColScore, Title: Words{"Gns. placering", "Mean rank"}, Class: "num c-score",
		Cell:    func(r *Row, f Form, l Lang) string { return num(r.Entry.Score, 1, false, f, l) },
		Compare: func(x, y *Row) int { return cmp.Compare(x.Entry.Score, y.Entry.Score) },
		Show: func(res *calc.Result, v *View) bool {
			return v.Area == calc.Total && res.Settings.Weighting == calc.WeightRankMean
		}},
	{ID: ColPotential, Title: Words{"Potentiale mio. kr.", "Potential DKK m"}, Class: "num c-potential", Desc: true, Mark: worseMark,
		Cell:    func(r *Row, f Form, l Lang) string { return num(r.Entry.Potential/1e6, 1, true, f, l) },
		Compare: func(x, y *Row) int { return cmp.Compare(x.Entry.Potential, y.Entry.Potential) }},
	{ID: ColPublished, Title: Words{"Offentliggjort placering", "Published rank"}, Class: "num c-published",
		Cell:    publishedCell,
		Compare: func(x, y *Row) int { return cmp.Compare(x.Entry.PublishedRank, y.Entry.PublishedRank) },
		Show:    func(res *calc.Result, v *View) bool { return hasPublished(res, v.Area) }},
	{ID: ColStatus, Title: Words{"Tilsyn", "Supervision"}, Class: "c-status", Mark: statusMark,
		Cell: func(r *Row, f Form, l Lang) string { return StatusShort(r.Status, l) },
		Show: func(_ *calc.Result, v *View) bool { return v.Area == calc.Total }},
}

// ColumnByID returns the column with the ID, or nil.
func ColumnByID(id string) *Column {
	for i := range columns {
		if columns[i].ID == id {
			return &columns[i]
		}
	}
	return nil
}

// ColumnTitle names a column in lang ("" for an unknown ID).
func ColumnTitle(id string, lang Lang) string {
	if c := ColumnByID(id); c != nil {
		return c.Title.In(lang)
	}
	return ""
}

// Sortable reports whether the table can be sorted by the key (a column ID,
// with "-" in front for descending).
func Sortable(key string) bool {
	c := ColumnByID(strings.TrimPrefix(key, "-"))
	return c != nil && c.Compare != nil
}

// Columns returns the columns of the view, in order.
func Columns(res *calc.Result, v *View) []*Column {
	var out []*Column
	for i := range columns {
		if c := &columns[i]; c.Show == nil || c.Show(res, v) {
			out = append(out, c)
		}
	}
	return out
}

// CellClass is the CSS classes of a row's cell in the column.
func (c *Column) CellClass(r *Row) string {
	if c.Mark == nil {
		return c.Class
	}
	if m := c.Mark(r); m != "" {
		return c.Class + " " + m
	}
	return c.Class
}

func num(v float64, decimals int, signed bool, f Form, lang Lang) string {
	switch {
	case f == File:
		return Plain(v, decimals, lang)
	case signed:
		return Signed(v, decimals, lang)
	}
	return Number(v, decimals, lang)
}

func notOfficial(res *calc.Result, _ *View) bool { return !res.Settings.IsOfficial() }

func hasPublished(res *calc.Result, a calc.Area) bool {
	for _, e := range res.Scenario.Areas[a] {
		if e.PublishedRank > 0 {
			return true
		}
	}
	return false
}

func regionCell(r *Row, f Form, _ Lang) string {
	if f == File {
		return r.Muni.Region
	}
	return strings.TrimPrefix(r.Muni.Region, "Region ")
}

func publishedCell(r *Row, f Form, l Lang) string {
	switch {
	case r.Entry.PublishedRank > 0:
		return num(float64(r.Entry.PublishedRank), 0, false, f, l)
	case f == File:
		return ""
	}
	return "–"
}

// intervalCell is "plads 12, plausibelt 5–31", or "…" while the interval is
// being computed.
func intervalCell(r *Row, _ Form, l Lang) string {
	if r.Interval.Lo <= 0 {
		return "…"
	}
	return IntervalText(r.Entry.Rank, r.Interval, l)
}

// IntervalText says a rank and its plausible interval in words, as the
// rank-interval chart and the table show it: "plads 12, plausibelt 5–31"
// (English: "rank 12, plausibly 5–31").
func IntervalText(rank int, iv calc.Interval, lang Lang) string {
	s := Words{"plads ", "rank "}.In(lang) + strconv.Itoa(rank)
	if iv.Lo <= 0 || iv.Hi <= 0 {
		return s
	}
	return s + Words{", plausibelt ", ", plausibly "}.In(lang) + strconv.Itoa(iv.Lo) + "–" + strconv.Itoa(iv.Hi)
}

func changeMark(r *Row) string {
	switch {
	case r.Change > 0:
		return "up"
	case r.Change < 0:
		return "down"
	}
	return "zero"
}

func worseMark(r *Row) string {
	if r.Entry.DiffPP > 0 {
		return "worse"
	}
	return ""
}

func statusMark(r *Row) string {
	switch {
	case r.Status.Risk:
		return "risk"
	case r.Status.Inspiration:
		return "insp"
	}
	return ""
}

// AllColumns are every column the table can have, in the order shown.
func AllColumns() []*Column {
	out := make([]*Column, len(columns))
	for i := range columns {
		out[i] = &columns[i]
	}
	return out
}
