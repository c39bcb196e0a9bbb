package ui

import (
	"reflect"
	"testing"

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
