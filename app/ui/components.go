package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The two components below keep the update cycle short while a slider is
// dragged: go-app re-renders a child component only when one of its
// exported fields changed, so a table row whose figures did not move and a
// panel whose lever was not touched are skipped.

// rankRow is one row of the ranking table. Its exported fields are all it
// shows.
type rankRow struct {
	app.Compo

	Code     int
	Pinned   bool
	Cols     []string
	Cells    []string
	Classes  []string
	Href     string // the municipality page without the scenario; see freshHref
	PinLabel string

	root *Root
}

func (c *rankRow) Render() app.UI {
	tr := app.Tr().DataSet("code", strconv.Itoa(c.Code))
	if c.Pinned {
		tr = tr.Class("pinned")
	}
	return tr.Body(app.Range(c.Cols).Slice(func(j int) app.UI {
		col := c.Cols[j]
		if col == ColName {
			return app.Th().Scope("row").DataSet("col", col).Class(c.Classes[j]).Body(
				app.Button().Class("pin").Attr("aria-pressed", strconv.FormatBool(c.Pinned)).
					Attr("aria-label", c.PinLabel).Title(c.PinLabel).
					OnClick(c.togglePin),
				app.A().Href(c.Href).Text(c.Cells[j]).
					OnFocus(c.freshHref).OnMouseEnter(c.freshHref).OnMouseDown(c.freshHref).On("touchstart", c.freshHref),
			)
		}
		return app.Td().DataSet("col", col).Class(c.Classes[j]).Text(c.Cells[j])
	}))
}

// freshHref puts the whole current view into the link just before it can
// be followed, opened in a new tab or copied. Rendering it would make every
// row change on every drag of a slider.
func (c *rankRow) freshHref(ctx app.Context, e app.Event) {
	st := c.root.state()
	ctx.JSSrc().Set("href", "/?"+st.LinkQuery(TabMunicipality, c.Code))
	ctx.PreventUpdate()
}

// togglePin reads the row's current code: go-app keeps the first handler.
func (c *rankRow) togglePin(ctx app.Context, e app.Event) {
	st := c.root.state()
	st.TogglePin(c.Code)
	c.root.step(ctx, true)
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
