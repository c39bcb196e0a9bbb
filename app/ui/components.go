package ui

import (
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/report"
)

// The two components below keep the update cycle short while a slider is
// dragged: go-app re-renders a child component only when one of its
// exported fields changed, so a table row whose figures did not move and a
// panel whose lever was not touched are skipped.

// rankRow is one row of the ranking table. Its exported fields are all it
// shows.
type rankRow struct {
	app.Compo

	Code   int
	Pinned bool
	// Columns, texts and classes of the cells, each joined by fieldSep:
	// strings compare much faster than slices when go-app looks for
	// changed fields.
	Cols     string
	Cells    string
	Classes  string
	Href     string // the municipality page without the scenario; see freshHref
	PinLabel string
}

// fieldSep joins the cells of a rankRow.
const fieldSep = '\x1f'

func (c *rankRow) Render() app.UI {
	tr := app.Tr().DataSet("code", strconv.Itoa(c.Code))
	if c.Pinned {
		tr = tr.Class("pinned")
	}
	sep := string(fieldSep)
	cols, cells, classes := strings.Split(c.Cols, sep), strings.Split(c.Cells, sep), strings.Split(c.Classes, sep)
	return tr.Body(app.Range(cols).Slice(func(j int) app.UI {
		col := cols[j]
		if col == report.ColName {
			// No handlers here: the table body handles the pin buttons
			// and links of all rows (rowEvents), so that mounting 98
			// rows does not add five listeners to each.
			return app.Th().Scope("row").DataSet("col", col).Class(classes[j]).Body(
				app.Button().Class("pin").Attr("aria-pressed", strconv.FormatBool(c.Pinned)).
					Attr("aria-label", c.PinLabel).Title(c.PinLabel),
				app.A().Href(c.Href).Text(cells[j]),
			)
		}
		return app.Td().DataSet("col", col).Class(classes[j]).Text(cells[j])
	}))
}

// rowCode returns the element of the event's target that matches sel
// inside a table row, and that row's municipality code.
func rowCode(e app.Event, sel string) (app.Value, int, bool) {
	t := e.Get("target")
	if !t.Truthy() || t.Get("closest").IsUndefined() {
		return nil, 0, false
	}
	el := t.Call("closest", sel)
	if !el.Truthy() {
		return nil, 0, false
	}
	tr := el.Call("closest", "tr")
	if !tr.Truthy() {
		return nil, 0, false
	}
	code, err := strconv.Atoi(tr.Get("dataset").Get("code").String())
	if err != nil {
		return nil, 0, false
	}
	return el, code, true
}

// section is a part of a page that re-renders only when its Key changes.
// Key must hold everything the section shows; fn renders it from the state.
type section struct {
	app.Compo

	Name string // which section: another name is another component
	Key  string

	fn func() app.UI
}

// CompoID makes go-app replace, not update, a section by another one.
func (s *section) CompoID() string { return s.Name }

func (s *section) Render() app.UI { return s.fn() }

// cached wraps a part of a page in a section.
func cached(name, key string, fn func() app.UI) app.UI {
	return &section{Name: name, Key: key, fn: fn}
}
