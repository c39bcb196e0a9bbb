//go:build js && wasm

package domtable

import (
	"syscall/js"
	"unsafe"
)

// Table owns the rows of one <tbody>: Update writes what changed since the
// last Update. Nothing else may add, move or remove the body's rows.
//
// The writes are done by the page's web/table.js (benchsimTableApply),
// given every operation of an Update in one string (Encode): the first
// Update fills the body with the rows' HTML, later ones move the rows out
// of place and write the cells that changed. Without that script (a page
// that did not load it) every Update rewrites the body's HTML.
type Table struct {
	body   js.Value
	apply  js.Value // benchsimTableApply, or undefined
	rows   []Row
	filled bool
	buf    []byte
	ops    []Op // the last Update's, kept for the next
	differ differ
}

// New takes over body: the first Update replaces its rows.
func New(body js.Value) *Table {
	return &Table{body: body, apply: js.Global().Get("benchsimTableApply")}
}

// Attach takes over the first element matching sel (a <tbody>), or
// returns nil when there is none.
func Attach(sel string) *Table {
	el := js.Global().Get("document").Call("querySelector", sel)
	if !el.Truthy() {
		return nil
	}
	return New(el)
}

// Update brings the body in line with rows and returns how many operations
// it took. rows is kept: the caller must not change it afterwards.
func (t *Table) Update(rows []Row) int {
	if t == nil {
		return 0
	}
	n := len(rows)
	switch {
	case t.apply.Type() != js.TypeFunction:
		b := t.buf[:0]
		for i := range rows {
			b = AppendHTML(b, &rows[i])
		}
		t.body.Set("innerHTML", string(b))
		t.keep(b)
	case !t.filled:
		b := EncodeFill(t.buf[:0], rows)
		t.apply.Invoke(t.body, transient(b))
		t.keep(b)
	default:
		ops := t.differ.diff(t.ops[:0], t.rows, rows)
		n = len(ops)
		if n > 0 {
			b := Encode(t.buf[:0], ops, rows)
			t.apply.Invoke(t.body, transient(b))
			t.keep(b)
		}
		clear(ops) // the rows' strings are not held beyond the next Update
		t.ops = ops
	}
	t.rows, t.filled = rows, true
	return n
}

// keep holds on to the encoding buffer for the next Update, unless it grew
// large (a whole body's HTML).
func (t *Table) keep(b []byte) {
	if cap(b) <= 1<<16 {
		t.buf = b
	}
}

// transient is b as a string without a copy, for a call that copies it
// into JavaScript at once (syscall/js does): b must not change during the
// call, and the string must not be kept.
func transient(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}
