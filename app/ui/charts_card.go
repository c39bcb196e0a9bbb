package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/figure"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// card lays out one chart: heading, help, controls, the picture with its
// summary, the table behind a disclosure, and the downloads.
func (c *chartHost) card(f view.Figure, fresh bool, id, title, help string, controls ...app.UI) app.UI {
	ct := view.ChartMsg(c.state().Lang)
	return app.Section().ID("fig-"+id).Class("panel", "chart-card").TabIndex(-1).
		Attr("aria-labelledby", "fig-"+id+"-h").Body(
		app.H2().ID("fig-"+id+"-h").Text(title),
		app.P().Class("help").Text(help),
		app.Range(controls).Slice(func(i int) app.UI { return controls[i] }),
		c.picture(f, fresh, id, ct),
	)
}

// picture is a figure's drawing, summary, table and downloads, or what
// stands in for it.
func (c *chartHost) picture(f view.Figure, fresh bool, id string, ct *view.ChartTexts) app.UI {
	switch {
	case f.Err != "":
		return app.P().ID("fig-" + id + "-note").Class("chart-note").Text(f.Err)
	case f.SVG == "":
		return c.standIn(id, ct)
	}
	fig := app.Figure().ID("fig-"+id+"-figure").Class("chart").
		DataSet("kind", f.Kind).DataSet("key", f.Key).DataSet("n", f.N).DataSet("fresh", fresh).
		Attr("aria-busy", strconv.FormatBool(!fresh))
	for k, v := range f.Data {
		fig = fig.DataSet(k, v)
	}
	if !fresh {
		fig = fig.Class("stale")
	}
	open := c.open[id]
	var svg app.UI = app.Div().Class("svg").Body(app.Raw(f.SVG))
	if f.Kind == view.FigMap {
		svg = c.mapFrame(app.Raw(f.SVG))
	}
	return app.Div().Class("chart-body").Body(
		fig.Body(
			svg,
			app.FigCaption().ID("fig-"+id+"-summary").Text(f.Alt.Summary),
		),
		app.Details().ID("fig-"+id+"-alt").Class("alt").Open(open).
			OnToggle(func(ctx app.Context, e app.Event) {
				c.open[id] = ctx.JSSrc().Get("open").Bool()
			}, app.EventScope(id)).
			Body(
				app.Summary().Text(ct.AltTable),
				app.If(open, func() app.UI { return altTable(f.Alt) }),
			),
		app.Div().Class("downloads").Body(
			app.Button().ID("dl-"+id+"-svg").Class("btn", "small").
				Attr("aria-label", ct.Download(f.Title, "SVG")).Text(ct.DownloadSVG).
				OnClick(func(ctx app.Context, e app.Event) { c.download(id, false) }, app.EventScope(id)),
			app.Button().ID("dl-"+id+"-png").Class("btn", "small").
				Attr("aria-label", ct.Download(f.Title, "PNG")).Text(ct.DownloadPNG).
				OnClick(func(ctx app.Context, e app.Event) { c.download(id, true) }, app.EventScope(id)),
		),
	)
}

// standIn is what a figure shows before the drawing worker has drawn it,
// or when the worker failed: a quiet "tegner …" (or why nothing will be
// drawn) and the text alternative the UI can give without drawing, the
// municipalities' ranks and differences.
func (c *chartHost) standIn(id string, ct *view.ChartTexts) app.UI {
	st := c.state()
	failed := drawFailed()
	open := c.open[id] || failed != ""
	var head app.UI = app.Div().Class("chart-placeholder").Attr("aria-busy", "true").Text(ct.Drawing)
	if failed != "" {
		head = app.P().ID("fig-"+id+"-failed").Class("chart-note", "error").Attr("role", "status").Text(ct.DrawFailed(failed))
	}
	return app.Div().Class("chart-body", "stand-in").Body(
		head,
		app.Details().ID("fig-"+id+"-alt").Class("alt").Open(open).
			OnToggle(func(ctx app.Context, e app.Event) {
				c.open[id] = ctx.JSSrc().Get("open").Bool()
			}, app.EventScope(id)).
			Body(
				app.Summary().Text(ct.AltTable),
				app.If(open, func() app.UI { return altTable(st.Charts.StandInAlt()) }),
			),
	)
}

// altTable is a figure's text alternative as a table.
func altTable(a figure.Alt) app.UI {
	return app.Div().Class("tablewrap").Body(
		app.Table().Class("rank", "small", "alt-table").Body(
			app.THead().Body(app.Tr().Body(app.Range(a.Header).Slice(func(i int) app.UI {
				return app.Th().Scope("col").Text(a.Header[i])
			}))),
			app.TBody().Body(app.Range(a.Rows).Slice(func(i int) app.UI {
				row := a.Rows[i]
				return app.Tr().Body(app.Range(row).Slice(func(j int) app.UI {
					if j == 0 {
						return app.Th().Scope("row").Text(row[j])
					}
					return app.Td().Text(row[j])
				}))
			})),
		),
	)
}

// download saves the figure's current drawing as SVG or PNG.
func (c *chartHost) download(id string, png bool) {
	f := c.state().Charts.Drawn(id)
	if f.SVG == "" {
		return
	}
	if png {
		downloadPNG(f.File+".png", f.SVG)
		return
	}
	downloadBlob(f.File+".svg", "image/svg+xml;charset=utf-8", []byte(f.SVG))
}

// whyNote says which area the waterfall explains, or offers to switch
// re-estimation on.
func (c *chartHost) whyNote(f view.Figure) app.UI {
	r := c.kit
	st := r.state()
	t := st.T()
	ct := view.ChartMsg(st.Lang)
	switch f.Action {
	case "reestimate":
		return app.Button().ID("why-reestimate").Class("btn").Text(ct.WhyReestimate).
			OnClick(func(ctx app.Context, e app.Event) {
				st.SetReestimate(true)
				r.step(ctx, true)
			})
	case "":
		if a := view.WhyArea(st.Result(), st.Area); a != calc.Total && a != st.Area {
			return app.P().Class("help").Text(ct.WhyArea(t.AreaName(a)))
		}
	}
	return nil
}

// vesselsAction offers the lens when the data has no fp figures.
func (c *chartHost) vesselsAction(f view.Figure) app.UI {
	r := c.kit
	st := r.state()
	if f.Action != "lens" {
		return nil
	}
	return app.Button().ID("vessels-lens").Class("btn").Text(view.ChartMsg(st.Lang).LensOn).
		OnClick(func(ctx app.Context, e app.Event) {
			st.SetLens(true)
			r.step(ctx, true)
		})
}
