package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
)

// scrollRegion is the frame of a table that may scroll sideways: a named
// region that takes keyboard focus, so keyboard users can scroll it too
// (WCAG 2.1.1; axe's scrollable-region-focusable).
func scrollRegion(label string) app.HTMLDiv {
	return app.Div().Class("tablewrap").TabIndex(0).Attr("role", "region").Attr("aria-label", label)
}

// a11yStatement is the accessibility statement ("tilgængelighedserklæring")
// Danish public sites carry: the aim, what was tested and how, and what is
// known not to work.
func a11yStatement(lang string) app.UI {
	mt := view.MeetMsg(lang)
	paras := func(ps []string) app.UI {
		return app.Range(ps).Slice(func(i int) app.UI { return app.P().Text(ps[i]) })
	}
	items := func(ps []string) app.UI {
		return app.Ul().Body(app.Range(ps).Slice(func(i int) app.UI { return app.Li().Text(ps[i]) }))
	}
	return app.Section().Class("panel", "wide").ID("a11y").Attr("aria-labelledby", "a11y-title").Body(
		app.H2().ID("a11y-title").Text(mt.A11yTitle),
		paras(mt.A11yBody),
		app.H3().Text(mt.A11yTestedTitle),
		items(mt.A11yTested),
		app.H3().Text(mt.A11yKnownTitle),
		items(mt.A11yKnown),
		app.P().Text(mt.A11yContact),
	)
}

// focusSoon focuses the element a CSS selector finds once go-app has
// drawn it (the handler that asks is often on an element the change
// removes, whose ctx.Defer and ctx.After go-app drops).
func focusSoon(selector string) {
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		if el := app.Window().Get("document").Call("querySelector", selector); el.Truthy() {
			el.Call("focus")
		}
		fn.Release()
		return nil
	})
	app.Window().Call("setTimeout", fn, 30)
}
