// Package domtable keeps a table body in step with a list of rows, with as
// few DOM writes as the change needs: rows are keyed (by municipality code
// in the ranking), a reorder moves only the rows outside the longest run
// already in order, and only cells whose text, class or attributes changed
// are written.
//
// The package has two halves. Diff (this file) is plain Go: it compares the
// rows shown with the rows wanted and returns the operations that turn one
// into the other; plain `go test` tests it. Table (table_js.go, js/wasm
// only) holds the elements of a <tbody> and applies the operations with
// syscall/js. A row is built from its Row exactly as app/ui's go-app row
// renders it, so the page looks the same whichever built it.
package domtable

import "slices"

// Attr is one attribute of an element.
type Attr struct{ Name, Value string }

// Row is one <tr>: its key, its class and data-* attributes, its cells.
type Row struct {
	Key   string
	Class string
	Data  []Attr // data-* attributes, names without "data-"; part of the row's shape
	Cells []Cell
}

// Cell is one <td>, or with Head a <th scope="row">.
type Cell struct {
	Head  bool
	Col   string // data-col; part of the row's shape
	Class string
	Text  string
	// Link, when not empty, puts the text in an <a href=Link>.
	Link string
	// Button, when not nil, is a <button> before the text (the pin).
	Button []Attr
}

// Kind is what an operation does.
type Kind uint8

const (
	// Insert builds Rows[Row] and puts it before the row Before ("" = at the end).
	Insert Kind = iota
	// Remove takes the row Key out.
	Remove
	// Replace builds Rows[Row] in place of the row Key (its shape changed:
	// other columns, or a cell that gained a link or a button).
	Replace
	// Move puts the row Key before the row Before ("" = at the end).
	Move
	// SetText sets the text of cell Col of row Key.
	SetText
	// SetClass sets the class of cell Col of row Key, or of the row when Col < 0.
	SetClass
	// SetAttr sets attribute Name of the button or link of cell Col of row Key.
	SetAttr
)

// Part is the element of a cell a SetAttr operation writes.
type Part uint8

const (
	PartButton Part = iota
	PartLink
)

// Op is one DOM operation.
type Op struct {
	Kind   Kind
	Key    string
	Before string // Insert, Move
	Row    int    // Insert, Replace: the index in the wanted rows
	Col    int    // SetText, SetClass, SetAttr
	Part   Part   // SetAttr
	Name   string // SetAttr
	Value  string // SetText, SetClass, SetAttr
}

// Diff returns the operations that turn the rows shown (old) into the
// rows wanted (rows), in an order that can be applied one by one: removals
// first, then from the last wanted row to the first, each row's own
// changes and, when it is not in place, its move before the row after it
// (already in place by then). Keys must be unique within each list.
func Diff(old, rows []Row) []Op {
	var d differ
	return d.diff(nil, old, rows)
}

// differ holds Diff's maps between calls, so that a Table's updates (one
// per input of a drag) do not make them anew.
type differ struct {
	want, had map[string]int
}

// diff appends to ops what Diff returns.
func (d *differ) diff(ops []Op, old, rows []Row) []Op {
	if d.want == nil {
		d.want, d.had = make(map[string]int, len(rows)), make(map[string]int, len(old))
	}
	want, had := d.want, d.had
	clear(want)
	clear(had)
	for i := range rows {
		want[rows[i].Key] = i
	}
	for i := range old {
		if _, ok := want[old[i].Key]; !ok {
			ops = append(ops, Op{Kind: Remove, Key: old[i].Key})
			continue
		}
		had[old[i].Key] = i
	}
	// The old positions of the wanted rows that are kept; the longest
	// increasing run of them stays where it is.
	pos := make([]int, len(rows))
	for i := range rows {
		p, ok := had[rows[i].Key]
		if !ok {
			p = -1
		}
		pos[i] = p
	}
	stay := stable(pos)
	for i := len(rows) - 1; i >= 0; i-- {
		r := &rows[i]
		before := ""
		if i+1 < len(rows) {
			before = rows[i+1].Key
		}
		if pos[i] < 0 {
			ops = append(ops, Op{Kind: Insert, Key: r.Key, Before: before, Row: i})
			continue
		}
		o := &old[pos[i]]
		if !sameShape(o, r) {
			ops = append(ops, Op{Kind: Replace, Key: r.Key, Row: i})
		} else {
			ops = cellOps(ops, o, r)
		}
		if !stay[i] {
			ops = append(ops, Op{Kind: Move, Key: r.Key, Before: before})
		}
	}
	return ops
}

// cellOps appends the writes that turn row o into row r of the same shape.
func cellOps(ops []Op, o, r *Row) []Op {
	if o.Class != r.Class {
		ops = append(ops, Op{Kind: SetClass, Key: r.Key, Col: -1, Value: r.Class})
	}
	for j := range r.Cells {
		oc, c := &o.Cells[j], &r.Cells[j]
		if oc.Text != c.Text {
			ops = append(ops, Op{Kind: SetText, Key: r.Key, Col: j, Value: c.Text})
		}
		if oc.Class != c.Class {
			ops = append(ops, Op{Kind: SetClass, Key: r.Key, Col: j, Value: c.Class})
		}
		if oc.Link != c.Link {
			ops = append(ops, Op{Kind: SetAttr, Key: r.Key, Col: j, Part: PartLink, Name: "href", Value: c.Link})
		}
		for k, a := range c.Button {
			if oc.Button[k] != a {
				ops = append(ops, Op{Kind: SetAttr, Key: r.Key, Col: j, Part: PartButton, Name: a.Name, Value: a.Value})
			}
		}
	}
	return ops
}

// sameShape reports whether b can be written into a's elements: the same
// cells, elements and attribute names.
func sameShape(a, b *Row) bool {
	if len(a.Cells) != len(b.Cells) || !slices.Equal(a.Data, b.Data) {
		return false
	}
	for j := range a.Cells {
		x, y := &a.Cells[j], &b.Cells[j]
		if x.Head != y.Head || x.Col != y.Col || (x.Link == "") != (y.Link == "") ||
			(x.Button == nil) != (y.Button == nil) || len(x.Button) != len(y.Button) {
			return false
		}
		for k := range x.Button {
			if x.Button[k].Name != y.Button[k].Name {
				return false
			}
		}
	}
	return true
}

// stable marks the entries of pos (old positions, -1 for new rows) that
// belong to one longest increasing subsequence: the rows that need not move.
func stable(pos []int) []bool {
	// tails[k] is the index in pos of the smallest tail of an increasing
	// run of length k+1; prev links each entry to the one before it.
	var tails []int
	prev := make([]int, len(pos))
	for i, p := range pos {
		if p < 0 {
			continue
		}
		k, _ := slices.BinarySearchFunc(tails, p, func(t, p int) int { return pos[t] - p })
		if k > 0 {
			prev[i] = tails[k-1]
		} else {
			prev[i] = -1
		}
		if k == len(tails) {
			tails = append(tails, i)
		} else {
			tails[k] = i
		}
	}
	stay := make([]bool, len(pos))
	if len(tails) > 0 {
		for i := tails[len(tails)-1]; i >= 0; i = prev[i] {
			stay[i] = true
		}
	}
	return stay
}
