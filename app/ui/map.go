package ui

import (
	"math"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
)

// mapTip is the map's visible tooltip: the tile under the pointer or with
// keyboard focus.
type mapTip struct {
	code  int
	text  string
	x, y  float64 // CSS px within the map's frame: the tile's top (or bottom) centre
	below bool    // under the tile: a tile at the top has no room above
}

// mapCard is the tile map with its measure switch. Each tile is focusable
// (chart.Map gives it tabindex="0" and role="link"); hovering or focusing
// shows a tooltip, a click or Enter opens the municipality's page.
func (c *chartHost) mapCard(f view.Figure, fresh bool) app.UI {
	r := c.kit
	st := r.state()
	ct := view.ChartMsg(st.Lang)
	labels := make([]string, len(view.Measures))
	for i, m := range view.Measures {
		labels[i] = ct.Measures[m]
	}
	return app.Section().ID("fig-map").Class("panel", "chart-card", "map-card").TabIndex(-1).
		Attr("aria-labelledby", "fig-map-h").Body(
		app.H2().ID("fig-map-h").Text(ct.MapTitle),
		app.P().Class("help").Text(ct.MapHelp),
		r.radios("map-measure", ct.MeasureLegend, view.Measures, labels, st.Charts.MapMeasure(), func(v string) { st.Charts.SetMapMeasure(v) }),
		app.Button().ID("skip-map").Class("skip-inline").Text(ct.SkipMap).
			OnClick(func(ctx app.Context, e app.Event) {
				ctx.PreventUpdate()
				if el := app.Window().GetElementByID("fig-funnel"); el.Truthy() {
					el.Call("focus")
				}
			}),
		// Shown on a phone only (web/print.css), where the map scrolls
		// sideways.
		app.P().ID("map-scroll-hint").Class("help", "scroll-hint").Text(view.MeetMsg(st.Lang).MapScrolls),
		c.picture(f, fresh, view.FigMap, ct),
	)
}

// mapFrame wraps the map's SVG with the handlers of its tiles and the
// tooltip.
func (c *chartHost) mapFrame(svg app.UI) app.UI {
	tip := c.tip
	cls := "map-tip"
	if tip.below {
		cls = "map-tip below"
	}
	// On a phone the map keeps a readable size and scrolls sideways.
	return app.Div().Class("map-scroll").Attr("aria-describedby", "map-scroll-hint").Body(app.Div().ID("map-frame").Class("svg", "map-frame").
		On("mouseover", c.showTip).
		On("focusin", c.showTip).
		On("mouseleave", c.hideTip).
		On("focusout", c.hideTip).
		On("click", c.openTile).
		On("keydown", c.tileKey).
		Body(
			svg,
			app.If(tip.code != 0, func() app.UI {
				return app.Div().ID("map-tip").Class(cls).Attr("aria-hidden", "true").
					DataSet("code", tip.code).
					Style("left", strconv.FormatFloat(tip.x, 'f', 1, 64)+"px").
					Style("top", strconv.FormatFloat(tip.y, 'f', 1, 64)+"px").
					Text(tip.text)
			}),
		))
}

// tileOf returns the tile an event happened on, or a null value.
func tileOf(e app.Event) (app.Value, int) {
	t := e.Get("target")
	if !t.Truthy() || t.Get("closest").IsUndefined() {
		return app.Null(), 0
	}
	tile := t.Call("closest", ".bm-tile")
	if !tile.Truthy() {
		return app.Null(), 0
	}
	code, err := strconv.Atoi(tile.Call("getAttribute", "data-code").String())
	if err != nil {
		return app.Null(), 0
	}
	return tile, code
}

// showTip shows the tooltip of the tile under the pointer or focused.
func (c *chartHost) showTip(ctx app.Context, e app.Event) {
	tile, code := tileOf(e)
	if code == 0 {
		if c.tip.code == 0 {
			ctx.PreventUpdate()
		}
		c.tip = mapTip{}
		return
	}
	if code == c.tip.code {
		ctx.PreventUpdate()
		return
	}
	tr := tile.Call("getBoundingClientRect")
	fr := ctx.JSSrc().Call("getBoundingClientRect")
	x := tr.Get("left").Float() - fr.Get("left").Float() + tr.Get("width").Float()/2
	y := tr.Get("top").Float() - fr.Get("top").Float()
	// Keep the tooltip (about 200 px wide, centred on x) inside the frame,
	// and under the tile where there is no room above it.
	if w := fr.Get("width").Float(); w > 0 {
		x = math.Max(100, math.Min(x, w-100))
	}
	below := y < 70
	if below {
		y += tr.Get("height").Float()
	}
	c.tip = mapTip{code: code, text: tile.Call("getAttribute", "aria-label").String(), x: x, y: y, below: below}
}

// hideTip hides the tooltip when the pointer leaves the map or the focus
// leaves a tile.
func (c *chartHost) hideTip(ctx app.Context, e app.Event) {
	if c.tip.code == 0 {
		ctx.PreventUpdate()
		return
	}
	c.tip = mapTip{}
}

// openTile opens the page of the clicked tile's municipality.
func (c *chartHost) openTile(ctx app.Context, e app.Event) {
	if _, code := tileOf(e); code != 0 {
		c.open1(ctx, code)
		return
	}
	ctx.PreventUpdate()
}

// tileKey: Enter or Space opens the focused tile's municipality, Escape
// hides the tooltip.
func (c *chartHost) tileKey(ctx app.Context, e app.Event) {
	switch e.Get("key").String() {
	case "Enter", " ":
		if _, code := tileOf(e); code != 0 {
			e.PreventDefault()
			c.open1(ctx, code)
			return
		}
	case "Escape":
		if c.tip.code != 0 {
			c.tip = mapTip{}
			return
		}
	}
	ctx.PreventUpdate()
}

// open1 shows a municipality's page, as its link in the table does, and
// moves the keyboard focus to the page's main content.
func (c *chartHost) open1(ctx app.Context, code int) {
	r := c.kit
	r.state().OpenMunicipality(code)
	c.tip = mapTip{}
	r.step(ctx, true)
	if m := app.Window().GetElementByID("main"); m.Truthy() {
		m.Call("focus", map[string]any{"preventScroll": true})
	}
	app.Window().Call("scrollTo", 0, 0)
}
