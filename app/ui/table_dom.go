package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
	"benchsim/app/ui/domtable"
)

// rankBody is the ranking table's body. On the server (prerendering) and
// under plain go test go-app renders the rows (rankRow). In the browser
// domtable owns them: go-app renders an empty body with its handlers, and
// on every update domtable moves the rows that are out of place and writes
// the cells that changed, where go-app would rewrite the rows by position
// (every row, on a reorder).
func rankBody(tbody func() app.HTMLTBody, rows app.UI) app.UI {
	if !app.IsClient {
		return tbody().Body(rows)
	}
	uis := app.FilterUIElems(rows)
	dom := make([]domtable.Row, 0, len(uis))
	for _, u := range uis {
		if r, ok := u.(*rankRow); ok {
			dom = append(dom, r.domRow())
		}
	}
	return &liveBody{Rows: dom, tbody: tbody}
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

	Rows []domtable.Row

	tbody func() app.HTMLTBody // the empty body with its handlers
	table *domtable.Table
}

// liveBodySel finds the body; there is one ranking table per view.
const liveBodySel = "#ranking > tbody"

func (b *liveBody) Render() app.UI { return b.tbody() }

// OnMount fills the body. It runs right after go-app has mounted the
// page, in the same task: no frame shows the body empty.
func (b *liveBody) OnMount(ctx app.Context) {
	b.table = domtable.Attach(liveBodySel)
	b.table.Update(b.Rows)
}

// OnUpdate writes the changed rows.
func (b *liveBody) OnUpdate(ctx app.Context) {
	if b.table == nil {
		b.table = domtable.Attach(liveBodySel)
	}
	b.table.Update(b.Rows)
}
