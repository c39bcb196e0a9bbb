package ui

import (
	"reflect"
	"testing"

	"benchsim/app/report"
	"benchsim/app/ui/domtable"
)

// TestDomRow checks that the row domtable builds in the browser has the
// elements, attributes and texts of rankRow.Render (the name cell: a head
// cell with the pin button and the link).
func TestDomRow(t *testing.T) {
	r := &rankRow{Code: 101, Pinned: true, Cols: "rank\x1fname\x1fpp", Cells: "1\x1fKøbenhavn\x1f−0,50",
		Classes: "num c-rank\x1fc-name\x1fnum", Href: "/?tab=municipality&m=101", PinLabel: "Fjern København"}
	want := domtable.Row{Key: "101", Class: "pinned", Data: []domtable.Attr{{Name: "code", Value: "101"}}, Cells: []domtable.Cell{
		{Col: "rank", Class: "num c-rank", Text: "1"},
		{Head: true, Col: "name", Class: "c-name", Text: "København", Link: "/?tab=municipality&m=101", Button: []domtable.Attr{
			{Name: "class", Value: "pin"}, {Name: "aria-pressed", Value: "true"},
			{Name: "aria-label", Value: "Fjern København"}, {Name: "title", Value: "Fjern København"}}},
		{Col: "pp", Class: "num", Text: "−0,50"},
	}}
	if got := r.domRow(); !reflect.DeepEqual(got, want) {
		t.Fatalf("domRow:\n got %+v\nwant %+v", got, want)
	}
	r.Pinned = false
	if got := r.domRow(); got.Class != "" || got.Cells[1].Button[1].Value != "false" {
		t.Fatalf("an unpinned row: class %q, aria-pressed %q", got.Class, got.Cells[1].Button[1].Value)
	}
}

// TestLiveRows checks that the rows the browser's table is built from
// (liveRows: built directly, and taken again from the last build when a
// row did not change) are the rows rankTable's go-app rows give
// (rankRow, then domRow), through a drag of a caseload lever, a pin, a
// sort and another language, on both tables.
func TestLiveRows(t *testing.T) {
	st := pageState(t)
	st.ApplyQuery("v=1&tab=scenario&m=336")
	k := kit{&Root{st: st}}
	p := newRankingPage(k.root)
	check := func(what string, compact bool) {
		t.Helper()
		got, shape, caption := k.liveRows(compact)
		cols := p.rankCols(compact)
		list := colList(cols)
		rows := st.Rows()
		if len(got) != len(rows) {
			t.Fatalf("%s: %d rows, want %d", what, len(got), len(rows))
		}
		for i := range rows {
			if want := p.rankRow(&rows[i], cols, list).domRow(); !reflect.DeepEqual(got[i], want) {
				t.Fatalf("%s: row %d:\n got %+v\nwant %+v", what, i, got[i], want)
			}
		}
		if c := p.caption(len(rows)); caption != c || shape != list+string(fieldSep)+c {
			t.Fatalf("%s: caption %q, shape %q; want %q", what, caption, shape, c)
		}
	}
	for _, compact := range []bool{true, false} {
		check("official", compact)
	}
	for _, v := range []float64{60, 40, 41, 40, 120} {
		if err := st.SetCaseload(336, st.CaseloadDefaults(336).From, v); err != nil {
			t.Fatal(err)
		}
		check("caseload", true)
		check("caseload, the same state again", true)
		check("caseload, the ranking's table", false)
	}
	st.TogglePin(101)
	check("pinned", true)
	st.SetSort(report.ColPP)
	check("sorted", true)
	st.ApplyQuery(st.Query() + "&lang=en")
	check("English", true)
	check("English, the ranking's table", false)
}
