package ui

import (
	"strconv"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/ui/domtable"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// rankBody is the ranking table's body. On the server (prerendering) and
// under plain go test go-app renders the rows (rankRow). In the browser
// domtable owns them: go-app renders an empty body with its handlers, and
// on every update domtable moves the rows that are out of place and writes
// the cells that changed, where go-app would rewrite the rows by position
// (every row, on a reorder).
//
// compact and shape (the column ids and the caption) let patchNow rebuild
// the same rows outside a render and tell when the head around them
// would change.
//
// rows are the go-app rows, live the same rows for domtable (liveRows).
func rankBody(tbody func() app.HTMLTBody, compact bool, shape string, rows func() app.UI, live func() []domtable.Row) app.UI {
	if !app.IsClient {
		return tbody().Body(rows())
	}
	b := &liveBody{Rows: live(), Compact: compact, Shape: shape, tbody: tbody}
	if warming {
		// The first fill, as domtable encodes it (warmup.go).
		_ = domtable.EncodeFill(nil, b.Rows)
	}
	return b
}

// rowEvents is the ranking's empty body with the handlers of every row's
// pin button and link (rowClick, freshHref).
func (p *rankingPage) rowEvents() app.HTMLTBody {
	return app.TBody().OnClick(p.rowClick).On("focusin", p.freshHref).On("mouseover", p.freshHref).
		OnMouseDown(p.freshHref).On("touchstart", p.freshHref)
}

// domRow is the row as domtable builds it: the elements, attributes and
// texts rankRow.Render gives go-app.
func (c *rankRow) domRow() domtable.Row {
	sep := string(fieldSep)
	cols, cells, classes := strings.Split(c.Cols, sep), strings.Split(c.Cells, sep), strings.Split(c.Classes, sep)
	code := strconv.Itoa(c.Code)
	r := domtable.Row{Key: code, Data: []domtable.Attr{{Name: "code", Value: code}}, Cells: make([]domtable.Cell, len(cols))}
	if c.Pinned {
		r.Class = "pinned"
	}
	for j, col := range cols {
		cell := domtable.Cell{Col: col, Class: classes[j], Text: cells[j]}
		if col == report.ColName {
			cell.Head, cell.Link = true, c.Href
			cell.Button = []domtable.Attr{{Name: "class", Value: "pin"}, {Name: "aria-pressed", Value: strconv.FormatBool(c.Pinned)},
				{Name: "aria-label", Value: c.PinLabel}, {Name: "title", Value: c.PinLabel}}
		}
		r.Cells[j] = cell
	}
	return r
}

// liveBody is the browser's ranking body: go-app updates it (OnUpdate)
// only when a row changed (it compares Rows), and domtable writes the
// difference.
type liveBody struct {
	app.Compo

	Rows    []domtable.Row
	Compact bool   // the scenario page's table (rankingPage.rankCols)
	Shape   string // the column ids and the caption (rankBody)

	tbody func() app.HTMLTBody // the empty body with its handlers
	table *domtable.Table
}

// liveBodySel finds the body; there is one ranking table per view.
const liveBodySel = "#ranking > tbody"

// Render is the empty body. data-keep-children tells go-app's start (which
// adopts the prerendered page, app/internal/wasmbuild) to leave the
// server's rows in it: OnMount's fill replaces them, so no frame shows the
// table empty.
func (b *liveBody) Render() app.UI { return b.tbody().Attr("data-keep-children", true) }

// OnMount fills the body. It runs right after go-app has mounted the
// page, in the same task: no frame shows the body empty. Nothing else
// changes, so the page is not rendered again for it (go-app would render
// the whole page: a dispatch updates every component above).
func (b *liveBody) OnMount(ctx app.Context) {
	ctx.PreventUpdate()
	b.table = domtable.Attach(liveBodySel)
	b.table.Update(b.Rows)
	liveTable = b
}

// OnDismount forgets the body.
func (b *liveBody) OnDismount() {
	if liveTable == b {
		liveTable = nil
	}
}

// OnUpdate writes the changed rows.
func (b *liveBody) OnUpdate(ctx app.Context) {
	if b.table == nil {
		b.table = domtable.Attach(liveBodySel)
	}
	b.table.Update(b.Rows)
}

// liveTable is the mounted ranking body, nil when the view has none.
var liveTable *liveBody

// patchNow shows the state in the ranking table and the summary's texts
// at once, before go-app's render: a slider's input handler calls it right
// after applying the lever. go-app renders the page some 10 ms after an
// event (its update timer), in a task of its own, so the table would
// otherwise follow a drag a frame or two late.
//
// The rows are built exactly as rankTable builds them and become the
// mounted body's Rows: go-app's render then finds them unchanged and
// leaves the body alone; it stays the source of truth for everything
// else and follows in the next frame. When the table's head or caption
// would change (other columns, another row count), patchNow leaves the
// table to go-app's render, so that no frame shows a body under the wrong
// head.
//
// It reports whether it wrote the table: the caller then holds go-app's
// render back until the browser has painted (renderAfterPaint), so that
// the render's task does not delay the frame that shows the table.
func (k kit) patchNow() bool {
	b := liveTable
	if !app.IsClient || b == nil || b.table == nil {
		return false
	}
	p := newRankingPage(k.root)
	cols := p.rankCols(b.Compact)
	list := colList(cols)
	rows := p.tableRows(list)
	if list+string(fieldSep)+p.caption(len(rows)) != b.Shape {
		return false
	}
	dom := p.liveRows(rows, cols)
	b.Rows = dom
	b.table.Update(dom)
	k.patchSummary()
	return true
}

// timeInput times a slider's input handler, when the page's
// window.benchsimTimeInputs is true (`make bench` sets it): the returned
// function, called when the handler ends, records the time as a
// performance measure named "ui-input".
func timeInput() func() {
	if !app.IsClient {
		return func() {}
	}
	w := app.Window()
	if !w.Get("benchsimTimeInputs").Truthy() {
		return func() {}
	}
	perf := w.Get("performance")
	start := perf.Call("now").Float()
	return func() { perf.Call("measure", "ui-input", map[string]any{"start": start}) }
}

// The pending render after a paint (renderAfterPaint).
var (
	paintPending bool
	paintFrame   app.Func // the animation frame's callback
	paintTask    app.Func // the task after the frame's paint
)

// renderAfterPaint has go-app render the page once the browser has painted
// the next frame: a task posted from that frame's animation callback runs
// after its paint (at the latest after paintWait). Several inputs before that frame share one render. The
// render goes through the root's own context: the whole page follows the
// state, as after any event.
func (k kit) renderAfterPaint(ctx app.Context) {
	if liveRoot == nil || !liveRoot.ready {
		return // not mounted: go-app renders as usual
	}
	ctx.PreventUpdate()
	if paintPending {
		return
	}
	paintPending = true
	if paintFrame == nil {
		paintTask = app.FuncOf(func(this app.Value, args []app.Value) any {
			if !paintPending {
				return nil // the other of the two calls came first
			}
			paintPending = false
			if liveRoot != nil {
				liveRoot.mountCtx.Dispatch(nil)
			}
			return nil
		})
		paintFrame = app.FuncOf(func(this app.Value, args []app.Value) any {
			app.Window().Call("setTimeout", paintTask, 0)
			return nil
		})
	}
	app.Window().Call("requestAnimationFrame", paintFrame)
	// A hidden page draws no frames: the render never waits longer.
	app.Window().Call("setTimeout", paintTask, paintWait.Milliseconds())
}

// paintWait is the longest renderAfterPaint holds go-app's render back.
const paintWait = 100 * time.Millisecond

// patchSummary writes the summary's texts (kit.summary) and the scenario
// page's headline figures (kit.headline) that are on the page, into the
// text nodes go-app made for them: go-app's render then writes the same
// texts, or nothing, and owns the elements as before. Elements that come
// or go with the change are left to that render.
func (k kit) patchSummary() {
	var w textWrites
	k.summaryWrites(&w)
	w.flush()
}

// summaryWrites adds patchSummary's texts to w.
func (k kit) summaryWrites(w *textWrites) {
	st := k.state()
	line, counts := k.summaryTexts()
	w.set("#summary", line)
	if st.Area == calc.Total {
		w.set("#counts", counts)
	}
	if st.Tab != view.TabScenario {
		return
	}
	const prefix = "s-"
	res := st.Result()
	a, figs := headlineFigs(res, st.Area, st.Lang)
	h := res.Headline(a)
	places := " " + view.CmpMsg(st.Lang).Places
	for _, f := range figs {
		v := f.Value
		switch {
		case f.Key == "climber" && !h.Climber.Found, f.Key == "faller" && !h.Faller.Found:
			continue // a plain div without an id in the render
		case f.Key == "climber", f.Key == "faller":
			v += places
		}
		w.set("#"+prefix+f.Key+" > .hl-value", v)
	}
}

// textWrites are texts for the text nodes that are the only content of
// the elements some selectors find, written with one call to the page's
// web/table.js (benchsimSetTexts), or one by one (setText) without it.
type textWrites struct {
	b     []byte
	pairs []string // selector, text, … for setText
}

func (w *textWrites) set(sel, s string) {
	w.b = domtable.AppendField(domtable.AppendField(w.b, sel), s)
	w.pairs = append(w.pairs, sel, s)
}

func (w *textWrites) flush() {
	if !app.IsClient || len(w.pairs) == 0 {
		return
	}
	if f := app.Window().Get("benchsimSetTexts"); f.Type() == app.TypeFunction {
		f.Invoke(string(w.b))
		return
	}
	for i := 0; i < len(w.pairs); i += 2 {
		setText(w.pairs[i], w.pairs[i+1])
	}
}

// setText writes s into the text node that is the only content of the
// element matching sel, when there is one and its text differs.
func setText(sel, s string) {
	el := app.Window().Get("document").Call("querySelector", sel)
	if !el.Truthy() {
		return
	}
	n := el.Get("firstChild")
	if !n.Truthy() || n.Get("nodeType").Int() != 3 || n.Get("nextSibling").Truthy() {
		return
	}
	if n.Get("data").String() != s {
		n.Set("data", s)
	}
}
