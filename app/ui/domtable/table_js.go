//go:build js && wasm

package domtable

import "syscall/js"

// Table owns the rows of one <tbody>: Update writes what changed since the
// last Update. Nothing else may add, move or remove the body's rows.
//
// Rows are written as HTML (AppendHTML): the first Update writes the whole
// body with one call, an inserted or rebuilt row is parsed from its HTML.
// The elements are looked up when an operation first needs them (rowEls),
// so that the start does not hold a js.Value (each with a finalizer) per
// cell.
type Table struct {
	body js.Value
	doc  js.Value
	rows []Row
	els  map[string]*rowEls
	// loose counts the rows written by the first Update whose <tr> has
	// not been looked up: until the first row moves, the body's children
	// are in the order of rows, and such a row is found by its index.
	loose int
	tmpl  js.Value // a <template> that parses one row
	buf   []byte
}

// rowEls are the elements of one row, each looked up on first use.
type rowEls struct {
	tr    js.Value // undefined while the row is loose
	idx   int      // the row's index in the body while it is loose
	tds   js.Value // tr.cells, once looked up
	shape *Row     // the row as built: which cells have a button or a link
	cells []cellEls
}

type cellEls struct {
	found                  bool
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
	if len(t.rows) == 0 && len(t.els) == 0 {
		return t.fill(rows)
	}
	ops := Diff(t.rows, rows)
	if t.loose > 0 {
		for _, op := range ops {
			if op.Kind != SetText && op.Kind != SetClass && op.Kind != SetAttr {
				t.fix() // the rows are about to move
				break
			}
		}
	}
	for _, op := range ops {
		t.apply(op, rows)
	}
	t.rows = rows
	return len(ops)
}

// fill writes every row into the empty body with one call.
func (t *Table) fill(rows []Row) int {
	b := t.buf[:0]
	for i := range rows {
		b = AppendHTML(b, &rows[i])
		t.els[rows[i].Key] = &rowEls{idx: i, shape: &rows[i], cells: make([]cellEls, len(rows[i].Cells))}
	}
	if len(rows) > 0 {
		t.body.Call("insertAdjacentHTML", "beforeend", string(b))
	}
	if cap(b) <= 1<<16 {
		t.buf = b
	}
	t.loose = len(rows)
	t.rows = rows
	return len(rows)
}

// fix looks up the <tr> of every loose row, while the body's children are
// still in the order the first Update wrote them.
func (t *Table) fix() {
	kids := js.Global().Get("Array").Call("from", t.body.Get("children"))
	for _, e := range t.els {
		if e.tr.IsUndefined() {
			e.tr = kids.Index(e.idx)
		}
	}
	t.loose = 0
}

func (t *Table) row(key string) *rowEls {
	e := t.els[key]
	if e.tr.IsUndefined() {
		e.tr = t.body.Get("children").Index(e.idx)
		t.loose--
	}
	return e
}

// cell looks up the elements of cell j of row e.
func (t *Table) cell(e *rowEls, j int) *cellEls {
	c := &e.cells[j]
	if c.found {
		return c
	}
	if e.tds.IsUndefined() {
		e.tds = e.tr.Get("cells")
	}
	c.el = e.tds.Index(j)
	rc := &e.shape.Cells[j]
	parent := c.el
	if rc.Button != nil {
		c.button = c.el.Get("firstElementChild")
	}
	if rc.Link != "" {
		c.link = c.el.Get("lastElementChild")
		parent = c.link
	}
	c.text = parent.Get("lastChild")
	if c.text.IsNull() || c.text.Get("nodeType").Int() != 3 {
		// An empty text: the parser made no node.
		c.text = t.doc.Call("createTextNode", "")
		parent.Call("appendChild", c.text)
	}
	c.found = true
	return c
}

func (t *Table) before(key string) js.Value {
	if key == "" {
		return js.Null()
	}
	return t.row(key).tr
}

func (t *Table) apply(op Op, rows []Row) {
	switch op.Kind {
	case Remove:
		t.row(op.Key).tr.Call("remove")
		delete(t.els, op.Key)
	case Insert:
		e := t.build(&rows[op.Row])
		t.els[op.Key] = e
		t.body.Call("insertBefore", e.tr, t.before(op.Before))
	case Replace:
		e := t.build(&rows[op.Row])
		t.row(op.Key).tr.Call("replaceWith", e.tr)
		t.els[op.Key] = e
	case Move:
		t.body.Call("insertBefore", t.row(op.Key).tr, t.before(op.Before))
	case SetText:
		t.cell(t.row(op.Key), op.Col).text.Set("data", op.Value)
	case SetClass:
		e := t.row(op.Key)
		el := e.tr
		if op.Col >= 0 {
			el = t.cell(e, op.Col).el
		}
		setClass(el, op.Value)
	case SetAttr:
		c := t.cell(t.row(op.Key), op.Col)
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

// build makes a row's <tr> from its HTML (AppendHTML), not yet in the
// body; its cells are looked up on first use.
func (t *Table) build(r *Row) *rowEls {
	if t.tmpl.IsUndefined() {
		t.tmpl = t.doc.Call("createElement", "template")
	}
	t.buf = AppendHTML(t.buf[:0], r)
	t.tmpl.Set("innerHTML", string(t.buf))
	tr := t.tmpl.Get("content").Get("firstElementChild")
	return &rowEls{tr: tr, shape: r, cells: make([]cellEls, len(r.Cells))}
}
