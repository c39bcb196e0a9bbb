package ui

import (
	"reflect"
	"testing"

	"benchsim/app/report"
	"benchsim/app/ui/domtable"
	"benchsim/app/ui/view"
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
// (liveRows) are rankRow's rows (rankRow.domRow) for the official model and
// a scenario, with a pinned municipality, in the ranking's and the scenario
// page's columns.
func TestLiveRows(t *testing.T) {
	for _, q := range []string{"v=1", "v=1&scope=kl&sort=-pp", "v=1&tab=scenario&scope=kl"} {
		st := view.NewState(demoDataset(), nil)
		if err := st.ApplyQuery(q); err != nil {
			t.Fatal(err)
		}
		st.TogglePin(st.Dataset().Municipalities[3].Code)
		p := newRankingPage(&Root{st: st})
		for _, compact := range []bool{false, true} {
			cols := p.rankCols(compact)
			list := colList(cols)
			rows := st.Rows()
			got := p.liveRows(rows, cols)
			if len(got) != len(rows) || len(rows) == 0 {
				t.Fatalf("%s: %d live rows for %d rows", q, len(got), len(rows))
			}
			for i := range rows {
				if want := p.rankRow(&rows[i], cols, list).domRow(); !reflect.DeepEqual(got[i], want) {
					t.Fatalf("%s compact=%v row %d:\n got %+v\nwant %+v", q, compact, i, got[i], want)
				}
			}
		}
	}
}

// TestLiveRowsThroughDrag checks the browser's rows (liveRows, with the
// rows kept from the last input, rowMemos) against rankRow's through a
// drag of a caseload lever, the same state again, a pin, a sort and
// English, on both tables.
func TestLiveRowsThroughDrag(t *testing.T) {
	memoRows = true
	defer func() { memoRows = false; clear(rowMemos) }()
	st := view.NewState(demoDataset(), nil)
	if err := st.ApplyQuery("v=1&tab=scenario&m=336"); err != nil {
		t.Fatal(err)
	}
	p := newRankingPage(&Root{st: st})
	// Each table in turn (the memo then holds the other table's rows), or
	// one table only (the memo holds its rows of the state before).
	check := func(what string, compacts ...bool) {
		t.Helper()
		if compacts == nil {
			compacts = []bool{true, false}
		}
		for _, compact := range compacts {
			cols := p.rankCols(compact)
			list := colList(cols)
			rows := st.Rows()
			got := p.liveRows(rows, cols)
			if len(got) != len(rows) || len(rows) == 0 {
				t.Fatalf("%s: %d live rows for %d rows", what, len(got), len(rows))
			}
			for i := range rows {
				if want := p.rankRow(&rows[i], cols, list).domRow(); !reflect.DeepEqual(got[i], want) {
					t.Fatalf("%s compact=%v row %d:\n got %+v\nwant %+v", what, compact, i, got[i], want)
				}
			}
		}
	}
	check("official")
	for _, v := range []float64{60, 40, 41, 40, 120} {
		if err := st.SetCaseload(336, st.CaseloadDefaults(336).From, v); err != nil {
			t.Fatal(err)
		}
		check("caseload", true)
		check("caseload, the same state again", true)
		check("caseload, both tables")
	}
	st.TogglePin(101)
	check("pinned", true)
	st.SetSort(report.ColPP)
	check("sorted", true)
	if err := st.ApplyQuery(st.Query() + "&lang=en"); err != nil {
		t.Fatal(err)
	}
	check("English", true)
	check("English, both tables")
}
