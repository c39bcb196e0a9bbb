package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/figure"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// Pages a chartHost serves.
const (
	hostCharts = "charts"       // the charts view
	hostMuni   = "municipality" // the municipality page's two charts
	hostTable  = "table"        // the ranking table's uncertainty switch
)

// chartHost shows charts on a page and draws them: at once on the server
// and in tests, in the background in the browser, where a chart that is
// being redrawn keeps its last picture (marked busy) until the new one is
// ready. Only the figures of the shown page are drawn.
type chartHost struct {
	app.Compo

	Rev  int    // the state's revision: every change renders again
	Page string // hostCharts, hostMuni or hostTable
	Code int    // hostMuni: the municipality

	kit     // the Root and the shared controls
	id      int
	ctx     app.Context
	mounted bool
	open    map[string]bool // figure ids whose table is open
	tip     mapTip
	reqs    []figure.Request       // figures wanted from the drawing worker
	figs    map[string]view.Figure // what this render shows, by figure id
	fresh   map[string]bool        // whether it is up to date
}

// newChartsPage is the Charts tab: a chartHost, re-rendered on every
// change of the state (Rev).
func newChartsPage(r *Root) *chartHost {
	return &chartHost{kit: kit{r}, Rev: r.state().Rev, Page: hostCharts}
}

// muniCharts are the municipality page's "why this expected?" and rank
// history charts.
func (k kit) muniCharts(code int) app.UI {
	return &chartHost{kit: k, Rev: k.state().Rev, Page: hostMuni, Code: code}
}

// uncertaintyToggle is the ranking table's "Vis usikkerhed" switch; it runs
// the rank simulation while the column is shown.
func (k kit) uncertaintyToggle() app.UI {
	return &chartHost{kit: k, Rev: k.state().Rev, Page: hostTable}
}

// OnMount starts the background drawing of what the first render wanted.
func (c *chartHost) OnMount(ctx app.Context) {
	c.ctx, c.mounted = ctx, true
	c.kick()
}

// OnDismount stops drawing for this host.
func (c *chartHost) OnDismount() {
	c.mounted = false
	worker.Want("host"+strconv.Itoa(c.id), nil, nil, nil, nil)
}

// OnResize draws again when the window crosses the phone width.
func (c *chartHost) OnResize(ctx app.Context) { ctx.Update() }

func (c *chartHost) kick() {
	st := c.state()
	if c.mounted {
		ctx := c.ctx
		worker.Want("host"+strconv.Itoa(c.id), st.Dataset(), c.reqs, func(f view.Figure) {
			ctx.Dispatch(func(app.Context) { st.Charts.Keep(f) })
		}, func() { ctx.Dispatch(nil) })
	}
}

// narrow reports whether charts are drawn at phone size.
func narrow() bool {
	if !app.IsClient {
		return false
	}
	w, _ := app.Window().Size()
	return w > 0 && w < view.NarrowBelow
}

// figure returns figure id (of kind) as it should be shown now and whether
// it is up to date. When it is not, the host wants it drawn and the last
// drawing (or an empty Figure) stands in.
func (c *chartHost) figure(id, kind string, subject int, narrow bool) (view.Figure, bool) {
	f, fresh, want := c.state().Charts.Shown(id, kind, subject, narrow)
	if want != nil {
		c.reqs = append(c.reqs, *want)
	}
	return f, fresh
}

// Render shows the host's page and, in the browser, asks for what is
// missing to be drawn.
func (c *chartHost) Render() app.UI {
	if c.id == 0 {
		c.id = c.state().Charts.NewHostID()
	}
	if c.open == nil {
		c.open = map[string]bool{}
	}
	c.figs, c.fresh = map[string]view.Figure{}, map[string]bool{}
	c.reqs = nil // the worker's client owns the last list
	var ui app.UI
	switch c.Page {
	case hostMuni:
		ui = c.muniPage()
	case hostTable:
		ui = c.tableSwitch()
	default:
		ui = c.chartsPage()
	}
	if c.mounted {
		c.kick()
	}
	return ui
}

// chartsPage is the charts tab: the controls, a few levers, the map and
// the six charts.
func (c *chartHost) chartsPage() app.UI {
	r := c.kit
	st := r.state()
	t := st.T()
	ct := view.ChartMsg(st.Lang)
	nw := narrow()
	for _, k := range view.ChartFigures {
		c.figs[k], c.fresh[k] = c.figure(k, k, 0, nw)
	}
	cards := make([]app.UI, len(view.ChartFigures))
	for i, k := range view.ChartFigures {
		cards[i] = c.section(k)
	}
	return app.Div().Class("page", "charts").Body(
		app.Div().Class("page-head").Body(
			app.H1().Text(ct.Title),
			r.periodSelect("ch-period"),
		),
		app.P().Class("lead").Text(ct.Lead),
		r.areaSwitch(),
		r.summary(),
		c.controls(),
		app.If(st.LeverError != "", func() app.UI {
			return app.P().ID("lever-error").Class("error").Attr("role", "alert").Text(t.LeverRefused(st.LeverError))
		}),
		app.Div().Class("chart-grid").Body(cards...),
	)
}

// section is a figure's card as a part of the page that is rendered again
// only when what it shows changes: while a slider moves, a chart that is
// still being redrawn costs the update nothing.
func (c *chartHost) section(id string) app.UI {
	st := c.state()
	f := c.figs[id]
	var extra string
	switch strings.TrimPrefix(id, "m-") {
	case view.FigMap:
		extra = fmt.Sprint(st.Charts.MapMeasure(), c.tip)
	case view.FigIntervals:
		extra = fmt.Sprint(st.Charts.SimPhi())
	case view.FigHistory:
		extra = fmt.Sprint(st.DatasetID, st.Charts.HistoryCodes(), len(st.Charts.Picked) == 0)
	case view.FigWhy:
		extra = fmt.Sprint(st.Area, view.WhyArea(st.Result(), st.Area))
	case view.FigVessels:
		extra = fmt.Sprint(st.Charts.Weighted)
	}
	key := strings.Join([]string{f.Key, strconv.FormatBool(c.fresh[id]), strconv.FormatBool(c.open[id]),
		st.Lang, f.Err, f.Action, extra, drawFailed()}, "|")
	return cached("chart-"+id, key, func() app.UI { return c.cardUI(id) })
}

// cardUI is figure id's card as this render shows it.
func (c *chartHost) cardUI(id string) app.UI {
	r := c.kit
	st := r.state()
	ct := view.ChartMsg(st.Lang)
	f, fresh := c.figs[id], c.fresh[id]
	switch id {
	case view.FigMap:
		return c.mapCard(f, fresh)
	case view.FigFunnel:
		return c.card(f, fresh, id, ct.FunnelTitle, ct.FunnelHelp)
	case view.FigIntervals:
		return c.card(f, fresh, id, ct.IntervalsTitle, ct.IntervalsHelp(view.SimDraws(), st.Charts.SimPhi()))
	case view.FigMoves:
		return c.card(f, fresh, id, ct.MovesTitle, ct.MovesHelp)
	case view.FigHistory:
		return c.card(f, fresh, id, ct.HistoryTitle, ct.HistoryHelp, c.historyControls())
	case view.FigWhy, "m-" + view.FigWhy:
		return c.card(f, fresh, id, ct.WhyTitle, ct.WhyHelp, c.whyNote(f))
	case view.FigVessels:
		return c.card(f, fresh, id, ct.VesselsTitle, ct.VesselsHelp,
			r.checkbox("vessels-weighted", ct.VesselsWeighted, st.Charts.Weighted, func(on bool) { st.Charts.SetVesselsWeighted(on) }),
			c.vesselsAction(f))
	case "m-" + view.FigHistory:
		return c.card(f, fresh, id, ct.HistoryTitle, ct.HistoryHelp)
	}
	return nil
}

// controls are the highlighted municipality and a few levers, so that the
// charts can be watched while a lever moves.
func (c *chartHost) controls() app.UI {
	r := c.kit
	st := r.state()
	ct := view.ChartMsg(st.Lang)
	ds := st.Dataset()
	code := st.Muni
	var lever app.UI = app.P().Class("help").Text(ct.CaseloadNone)
	if code != 0 {
		l := st.CaseloadDefaults(code)
		pc1, _ := calc.ParamInfo(calc.ParamCaseloadTarget)
		name := ds.Municipalities[ds.MunicipalityIndex(code)].Name
		lever = r.slider(slider{id: "ch-c1", label: ct.Caseload(name), unit: paramUnit(pc1, st.Lang),
			value: l.To, min: pc1.Min, max: pc1.Max, step: 1, key: strconv.Itoa(code),
			set: func(v float64) error { return st.SetCaseload(code, st.CaseloadDefaults(code).From, v) }})
	}
	pick := fmt.Sprint(st.Lang, st.DatasetID, st.Muni, st.Scenario.Scope)
	return app.Section().Class("panel", "chart-controls").Attr("aria-label", ct.LeversTitle).Body(
		cached("ch-pick", pick, c.pickers),
		lever,
		app.P().Class("help").Body(
			app.A().Href(r.href(view.TabScenario, nil)).Text(ct.LeversMore),
		),
	)
}

// pickers choose the highlighted municipality and the scope.
func (c *chartHost) pickers() app.UI {
	r := c.kit
	st := r.state()
	t := st.T()
	ct := view.ChartMsg(st.Lang)
	ds := st.Dataset()
	order := make([]int, len(ds.Municipalities))
	for i := range order {
		order[i] = i
	}
	view.SortByName(ds.Municipalities, order)
	scopes := calc.ScopePresets
	return app.Div().Class("pickers").Body(
		app.Div().Class("field").Body(
			app.Label().For("ch-muni").Text(ct.Highlight),
			app.Select().ID("ch-muni").
				OnChange(func(ctx app.Context, e app.Event) {
					v, _ := strconv.Atoi(ctx.JSSrc().Get("value").String())
					st.SetMunicipality(v)
					r.step(ctx, true)
				}).
				Body(
					app.Option().Value("0").Selected(st.Muni == 0).Text(ct.HighlightNone),
					app.Range(order).Slice(func(i int) app.UI {
						m := ds.Municipalities[order[i]]
						return app.Option().Value(m.Code).Selected(m.Code == st.Muni).Text(m.Name)
					}),
				),
		),
		app.Div().Class("field").Body(
			app.Label().For("ch-scope").Text(ct.ScopeLabel),
			app.Select().ID("ch-scope").
				OnChange(func(ctx app.Context, e app.Event) {
					st.SetScope(ctx.JSSrc().Get("value").String())
					r.step(ctx, true)
				}).
				Body(app.Range(scopes).Slice(func(i int) app.UI {
					return app.Option().Value(scopes[i]).Selected(scopes[i] == st.Scenario.Scope).Text(t.ScopeName(scopes[i]))
				})),
		),
	)
}

// historyControls choose the rank history's municipalities.
func (c *chartHost) historyControls() app.UI {
	r := c.kit
	st := r.state()
	ct := view.ChartMsg(st.Lang)
	ds := st.Dataset()
	codes := st.Charts.HistoryCodes()
	order := make([]int, 0, len(ds.Municipalities))
	for i, m := range ds.Municipalities {
		if !slices.Contains(codes, m.Code) {
			order = append(order, i)
		}
	}
	view.SortByName(ds.Municipalities, order)
	full := len(codes) >= view.MaxHistory
	return app.Div().Class("history-controls").Body(
		app.P().Class("chips-label").ID("hm-label").Text(ct.HistoryChosen),
		app.Ul().Class("chips").Attr("aria-labelledby", "hm-label").Body(app.Range(codes).Slice(func(i int) app.UI {
			code := codes[i]
			name := ds.Municipalities[ds.MunicipalityIndex(code)].Name
			return app.Li().Class("chip").DataSet("code", code).Body(
				app.Span().Text(name),
				app.Button().Class("chip-x").Attr("aria-label", ct.HistoryRemove(name)).Title(ct.HistoryRemove(name)).Text("×").
					OnClick(func(ctx app.Context, e app.Event) {
						st.Charts.RemoveHistory(code)
						r.step(ctx, true)
					}, app.EventScope(code)),
			)
		})),
		app.Div().Class("field", "inline").Body(
			app.Label().For("hm-add").Text(ct.HistoryAdd),
			app.Select().ID("hm-add").Disabled(full).
				OnChange(func(ctx app.Context, e app.Event) {
					v, _ := strconv.Atoi(ctx.JSSrc().Get("value").String())
					st.Charts.AddHistory(v)
					r.step(ctx, true)
				}).
				Body(
					app.Option().Value("0").Selected(true).Text("—"),
					app.Range(order).Slice(func(i int) app.UI {
						m := ds.Municipalities[order[i]]
						return app.Option().Value(m.Code).Text(m.Name)
					}),
				),
		),
		app.P().Class("help").Text(func() string {
			if full {
				return ct.HistoryFull
			}
			if len(st.Charts.Picked) == 0 {
				return ct.HistoryDefault
			}
			return ""
		}()),
	)
}

// muniPage is the municipality page's charts: why its expected share is
// what it is, and its rank over time next to its most similar
// municipalities.
func (c *chartHost) muniPage() app.UI {
	nw := narrow()
	for _, k := range []string{view.FigHistory, view.FigWhy} {
		c.figs["m-"+k], c.fresh["m-"+k] = c.figure("m-"+k, k, c.Code, nw)
	}
	// The page's history table (Root's muniHistory) reads this.
	c.figure("m-"+view.FigRanks, view.FigRanks, c.Code, false)
	return app.Div().Class("muni-charts").Body(
		c.section("m-"+view.FigHistory),
		c.section("m-"+view.FigWhy),
	)
}

// tableSwitch is the ranking table's uncertainty switch with a status line
// while the simulation runs.
func (c *chartHost) tableSwitch() app.UI {
	r := c.kit
	st := r.state()
	ct := view.ChartMsg(st.Lang)
	busy := false
	if st.Charts.Uncertainty {
		_, fresh := c.figure(view.FigRankSim, view.FigRankSim, 0, false)
		busy = !fresh
	}
	return app.Div().Class("uncertainty").Body(
		r.checkbox("show-uncertainty", ct.UncertaintyLabel, st.Charts.Uncertainty, func(on bool) { st.Charts.SetUncertainty(on) }),
		app.Span().ID("uncertainty-status").Class("help").Attr("aria-live", "polite").Text(func() string {
			if busy {
				return ct.Computing
			}
			if st.Charts.Uncertainty {
				return ct.UncertaintyHelp
			}
			return ""
		}()),
	)
}
