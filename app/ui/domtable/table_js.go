//go:build js && wasm

package domtable

import "syscall/js"

// Table owns the rows of one <tbody>: Update writes what changed since the
// last Update. Nothing else may add, move or remove the body's rows.
type Table struct {
	body js.Value
	doc  js.Value
	rows []Row
	els  map[string]*rowEls
}

// rowEls are the elements of one built row.
type rowEls struct {
	tr    js.Value
	cells []cellEls
}

type cellEls struct {
	el, text, button, link js.Value
}

// New takes over body, emptying it: the first Update builds every row.
func New(body js.Value) *Table {
	body.Set("textContent", "")
	return &Table{body: body, doc: js.Global().Get("document"), els: map[string]*rowEls{}}
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
	ops := Diff(t.rows, rows)
	for _, op := range ops {
		t.apply(op, rows)
	}
	t.rows = rows
	return len(ops)
}

func (t *Table) before(key string) js.Value {
	if key == "" {
		return js.Null()
	}
	return t.els[key].tr
}

func (t *Table) apply(op Op, rows []Row) {
	switch op.Kind {
	case Remove:
		t.els[op.Key].tr.Call("remove")
		delete(t.els, op.Key)
	case Insert:
		e := t.build(&rows[op.Row])
		t.els[op.Key] = e
		t.body.Call("insertBefore", e.tr, t.before(op.Before))
	case Replace:
		e := t.build(&rows[op.Row])
		t.els[op.Key].tr.Call("replaceWith", e.tr)
		t.els[op.Key] = e
	case Move:
		t.body.Call("insertBefore", t.els[op.Key].tr, t.before(op.Before))
	case SetText:
		t.els[op.Key].cells[op.Col].text.Set("data", op.Value)
	case SetClass:
		el := t.els[op.Key].tr
		if op.Col >= 0 {
			el = t.els[op.Key].cells[op.Col].el
		}
		setClass(el, op.Value)
	case SetAttr:
		c := t.els[op.Key].cells[op.Col]
		el := c.button
		if op.Part == PartLink {
			el = c.link
		}
		el.Call("setAttribute", op.Name, op.Value)
	}
}

// setClass writes a class, removing the attribute when it is empty (as
// go-app renders an element without a class).
func setClass(el js.Value, class string) {
	if class == "" {
		el.Call("removeAttribute", "class")
		return
	}
	el.Set("className", class)
}

// build makes a row's elements: <tr data-…> then per cell <td> or
// <th scope="row">, with an optional <button> and the text, in an <a> when
// the cell has a link.
func (t *Table) build(r *Row) *rowEls {
	tr := t.doc.Call("createElement", "tr")
	for _, d := range r.Data {
		tr.Call("setAttribute", "data-"+d.Name, d.Value)
	}
	setClass(tr, r.Class)
	e := &rowEls{tr: tr, cells: make([]cellEls, len(r.Cells))}
	for j := range r.Cells {
		c := &r.Cells[j]
		var ce cellEls
		if c.Head {
			ce.el = t.doc.Call("createElement", "th")
			ce.el.Call("setAttribute", "scope", "row")
		} else {
			ce.el = t.doc.Call("createElement", "td")
		}
		ce.el.Call("setAttribute", "data-col", c.Col)
		setClass(ce.el, c.Class)
		if c.Button != nil {
			ce.button = t.doc.Call("createElement", "button")
			for _, a := range c.Button {
				ce.button.Call("setAttribute", a.Name, a.Value)
			}
			ce.el.Call("appendChild", ce.button)
		}
		ce.text = t.doc.Call("createTextNode", c.Text)
		parent := ce.el
		if c.Link != "" {
			ce.link = t.doc.Call("createElement", "a")
			ce.link.Call("setAttribute", "href", c.Link)
			ce.el.Call("appendChild", ce.link)
			parent = ce.link
		}
		parent.Call("appendChild", ce.text)
		tr.Call("appendChild", ce.el)
		e.cells[j] = ce
	}
	return e
}
