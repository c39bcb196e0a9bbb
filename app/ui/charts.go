package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"benchsim/app/figure"
	"benchsim/app/report"
	"benchsim/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// TabCharts is the charts view's tab.
const TabCharts = "charts"

// Figures: what a figure draws. A figure's slot (its cache entry and DOM
// id) is the kind, with a page prefix where one page shows the same kind
// for another subject (the municipality page's "m-why").
const (
	figMap       = "map"
	figFunnel    = "funnel"
	figIntervals = "intervals"
	figMoves     = "moves"
	figHistory   = "history"
	figWhy       = "why"
	figVessels   = "vessels"
)

// chartFigures are the charts view's figures in the order they are drawn
// (the map first: it is the first thing on the page).
var chartFigures = []string{figMap, figFunnel, figIntervals, figMoves, figHistory, figWhy, figVessels}

// The map's measures as written in the URL (map=…).
const (
	measurePP     = "pp"
	measureRank   = "rank"
	measureChange = "change"
)

var measures = []string{measurePP, measureRank, measureChange}

// chartMeasure is the map's measure as app/chart numbers it
// (chart.MeasureDiffPP, MeasureRank, MeasureRankChange).
func chartMeasure(m string) int {
	switch m {
	case measureRank:
		return 1
	case measureChange:
		return 2
	}
	return 0
}

// RankSimSeed is the seed of every rank-interval simulation in the app, so
// that the same scenario always shows the same intervals (and the command
// line and the tests can reproduce them with calc.RankIntervals).
const RankSimSeed = report.RankSimSeed

// MaxHistory is the most municipalities the rank history shows.
const MaxHistory = 8

// Frame budget of the background drawing, and how long the levers must be
// still before a chart is redrawn (a chart takes 10–30 ms in the browser,
// more than a frame, so drawing while a slider moves would hold up the
// slider) and before the rank history, which runs calc once per period,
// is recomputed. An empty slot is drawn at once.
const (
	frameBudget = 8 * time.Millisecond
	quietDelay  = 120 * time.Millisecond
	settleDelay = 300 * time.Millisecond
	simChunk    = 20 // draws per step of the rank simulation
	cacheKeep   = 6  // simulations and histories kept per cache
)

// narrowBelow is the window width (CSS px) under which charts are drawn at
// the phone size.
const narrowBelow = 700

// ChartView is the state of the charts: the map's measure, the
// municipalities of the rank history, the vessels' weighting and the
// ranking table's uncertainty column. It is part of the URL (map=, hm=,
// vw=, unc=) and holds the cache of what has been drawn.
type ChartView struct {
	Measure     string // measurePP, measureRank or measureChange
	Picked      []int  // municipality codes chosen for the rank history; nil = the default choice
	Weighted    bool   // connected vessels: population-weighted fit
	Uncertainty bool   // ranking table: show each rank's plausible interval

	cache *chartCache
}

func (c *ChartView) reset() {
	c.Measure, c.Picked, c.Weighted, c.Uncertainty = measurePP, nil, false, false
}

// query returns the chart keys of the URL ("" when all are at their
// defaults), each starting with "&".
func (c *ChartView) query() string {
	var q string
	if c.Measure != "" && c.Measure != measurePP {
		q += "&map=" + escapeValue(c.Measure)
	}
	if len(c.Picked) > 0 {
		s := make([]string, len(c.Picked))
		for i, code := range c.Picked {
			s[i] = strconv.Itoa(code)
		}
		q += "&hm=" + strings.Join(s, ".")
	}
	if c.Weighted {
		q += "&vw=1"
	}
	if c.Uncertainty {
		q += "&unc=1"
	}
	return q
}

// apply sets the chart keys from a parsed URL query; codes must exist in ds.
func (c *ChartView) apply(kv [][2]string, ds *calc.Dataset) error {
	c.reset()
	for _, p := range kv {
		k, v := p[0], p[1]
		switch k {
		case "map":
			if !slices.Contains(measures, v) {
				return fmt.Errorf("map=%s: want pp, rank or change", v)
			}
			c.Measure = v
		case "hm":
			for _, f := range strings.Split(v, ".") {
				code, err := strconv.Atoi(f)
				if err != nil || ds.MunicipalityIndex(code) < 0 {
					return fmt.Errorf("hm=%s: %q is not a municipality of the dataset", v, f)
				}
				if !slices.Contains(c.Picked, code) && len(c.Picked) < MaxHistory {
					c.Picked = append(c.Picked, code)
				}
			}
		case "vw":
			c.Weighted = v == "1"
		case "unc":
			c.Uncertainty = v == "1"
		}
	}
	return nil
}

// charts returns the chart cache, created on first use. States copied by
// ApplyQuery share it.
func (s *State) charts() *chartCache {
	if s.Charts.cache == nil {
		s.Charts.cache = newChartCache()
	}
	return s.Charts.cache
}

// ---- state methods of the charts view ----

// SetMapMeasure colours the map by "pp", "rank" or "change".
func (s *State) SetMapMeasure(m string) {
	if slices.Contains(measures, m) {
		s.Charts.Measure = m
		s.Rev++
	}
}

// MapMeasure returns the map's measure.
func (s *State) MapMeasure() string {
	if s.Charts.Measure == "" {
		return measurePP
	}
	return s.Charts.Measure
}

// HistoryCodes returns the municipalities the rank history shows: the
// chosen ones, or by default the highlighted municipality and the four
// largest by population.
func (s *State) HistoryCodes() []int {
	var out []int
	add := func(code int) {
		if code != 0 && s.ds.MunicipalityIndex(code) >= 0 && !slices.Contains(out, code) && len(out) < MaxHistory {
			out = append(out, code)
		}
	}
	if len(s.Charts.Picked) > 0 {
		for _, c := range s.Charts.Picked {
			add(c)
		}
		return out
	}
	add(s.Muni)
	es := s.res.Scenario.Areas[calc.Total]
	idx := make([]int, len(es))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case es[a].Population > es[b].Population:
			return -1
		case es[a].Population < es[b].Population:
			return 1
		}
		return 0
	})
	for _, i := range idx {
		if len(out) >= 5 {
			break
		}
		add(s.ds.Municipalities[i].Code)
	}
	return out
}

// AddHistory adds a municipality to the rank history (at most MaxHistory).
func (s *State) AddHistory(code int) {
	cur := s.HistoryCodes()
	if s.ds.MunicipalityIndex(code) < 0 || slices.Contains(cur, code) || len(cur) >= MaxHistory {
		return
	}
	s.Charts.Picked = append(slices.Clone(cur), code)
	s.Rev++
}

// RemoveHistory takes a municipality off the rank history; when none is
// left the default choice returns.
func (s *State) RemoveHistory(code int) {
	cur := s.HistoryCodes()
	if !slices.Contains(cur, code) {
		return
	}
	s.Charts.Picked = slices.DeleteFunc(slices.Clone(cur), func(c int) bool { return c == code })
	if len(s.Charts.Picked) == 0 {
		s.Charts.Picked = nil
	}
	s.Rev++
}

// SetVesselsWeighted switches the population weighting of the vessels' fit.
func (s *State) SetVesselsWeighted(on bool) { s.Charts.Weighted = on; s.Rev++ }

// SetUncertainty shows or hides the ranking table's interval column.
func (s *State) SetUncertainty(on bool) { s.Charts.Uncertainty = on; s.Rev++ }

// OpenMunicipality selects a municipality and shows its page, as a click
// or Enter on the map does.
func (s *State) OpenMunicipality(code int) {
	if s.ds.MunicipalityIndex(code) < 0 {
		return
	}
	s.SetMunicipality(code)
	s.SetTab(TabMunicipality)
}

// showIntervals reports whether the ranking table has the interval column.
func (s *State) showIntervals() bool { return s.Charts.Uncertainty && s.Tab == TabRanking }

// simPhi is the overdispersion of the rank simulation: the scenario's own,
// else calc's default (as the funnel's limits).
func (s *State) simPhi() float64 { return report.SimPhi(s.res) }

func simDraws() int { return int(calc.Param(calc.ParamDraws)) }

func (s *State) simKey() string {
	return s.DatasetID + "|" + s.Scenario.Encode() + "|" + s.Area.ID() + "|" +
		strconv.FormatFloat(s.simPhi(), 'g', -1, 64) + "|" + strconv.Itoa(simDraws())
}

// simEntry returns the rank simulation of the shown area under the current
// scenario, created (but not run) on first use.
func (s *State) simEntry() *simEntry {
	cc := s.charts()
	key := s.simKey()
	if e, ok := cc.sims[key]; ok {
		return e
	}
	cc.seq++
	e := &simEntry{key: key, res: s.res, area: s.Area, phi: s.simPhi(), draws: simDraws(), seq: cc.seq}
	cc.sims[key] = e
	evict(cc.sims)
	return e
}

// RankIntervals returns each municipality's plausible rank interval (95 %)
// in the shown area under the current scenario: calc's simulation with
// calc's draws and φ and the fixed RankSimSeed. In the browser the
// simulation runs in the background and RankIntervals returns nil until it
// is done; elsewhere (server, tests) it runs at once.
func (s *State) RankIntervals() []calc.Interval {
	cc := s.charts()
	cc.mu.Lock()
	defer cc.mu.Unlock()
	e := s.simEntry()
	if e.iv == nil && !app.IsClient {
		for !e.step(e.draws) {
		}
	}
	return e.iv
}

// ChartStamp is the provenance line of every chart and download: dataset,
// period, scenario, and a word for illustrative data.
func (s *State) ChartStamp() string { return s.chartStamp(0) }

// chartStamp is ChartStamp in at most limit characters (0: no limit), so that
// it fits as one line under a chart: the period's label gives way to its
// code, then the scenario is cut (the whole of it is in the address).
func (s *State) chartStamp(limit int) string {
	ct := ChartMsg(s.Lang)
	p := s.ds.Provenance
	var head []string
	if p.Illustrative && !strings.Contains(strings.ToLower(p.Name), strings.ToLower(ct.StampIllustrative)) {
		head = append(head, ct.StampIllustrative)
	}
	head = append(head, p.Name)
	scen := ct.StampOfficial
	if !s.Scenario.IsOfficial() {
		scen = ct.StampScenario + " " + s.Scenario.Encode()
	}
	join := func(period string) string {
		return strings.Join(append(slices.Clone(head), period, scen), " · ")
	}
	stamp := join(s.Period().Label)
	if limit <= 0 || utf8.RuneCountInString(stamp) <= limit {
		return stamp
	}
	stamp = join(s.Period().Code)
	if r := []rune(stamp); len(r) > limit {
		stamp = string(r[:max(1, limit-1)]) + "…"
	}
	return stamp
}

// stampChars is how many characters of the stamp fit under a chart of
// width w (the stamp's 7 pt letters are about 3.6 pt wide on average).
func stampChars(w float64) int { return int(w / 3.6) }

// ---- the component ----

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

	root    *Root
	id      int
	ctx     app.Context
	mounted bool
	open    map[string]bool // figure ids whose table is open
	tip     mapTip
	wants   []task            // background work in the UI (the table's simulation)
	reqs    []figure.Request  // figures wanted from the drawing worker
	figs    map[string]Figure // what this render shows, by figure id
	fresh   map[string]bool   // whether it is up to date
}

// chartsView is the charts tab.
func (r *Root) chartsView() app.UI {
	return &chartHost{root: r, Rev: r.state().Rev, Page: hostCharts}
}

// muniCharts are the municipality page's "why this expected?" and rank
// history charts.
func (r *Root) muniCharts(code int) app.UI {
	return &chartHost{root: r, Rev: r.state().Rev, Page: hostMuni, Code: code}
}

// uncertaintyToggle is the ranking table's "Vis usikkerhed" switch; it runs
// the rank simulation while the column is shown.
func (r *Root) uncertaintyToggle() app.UI {
	return &chartHost{root: r, Rev: r.state().Rev, Page: hostTable}
}

// OnMount starts the background drawing of what the first render wanted.
func (c *chartHost) OnMount(ctx app.Context) {
	c.ctx, c.mounted = ctx, true
	c.kick()
}

// OnDismount stops drawing for this host.
func (c *chartHost) OnDismount() {
	c.mounted = false
	cc := c.root.state().charts()
	cc.mu.Lock()
	cc.want(c.id, nil)
	cc.mu.Unlock()
	worker.want("host"+strconv.Itoa(c.id), nil, nil, nil, nil)
}

// OnResize draws again when the window crosses the phone width.
func (c *chartHost) OnResize(ctx app.Context) { ctx.Update() }

func (c *chartHost) kick() {
	st := c.root.state()
	cc := st.charts()
	cc.mu.Lock()
	cc.want(c.id, c.wants)
	if c.mounted {
		cc.kick(c.ctx)
	}
	cc.mu.Unlock()
	if c.mounted {
		ctx := c.ctx
		worker.want("host"+strconv.Itoa(c.id), st.ds, c.reqs, func(f Figure) {
			ctx.Dispatch(func(app.Context) {
				cc.mu.Lock()
				cc.figs[f.ID] = f
				cc.mu.Unlock()
			})
		}, func() { ctx.Dispatch(nil) })
	}
}

// narrow reports whether charts are drawn at phone size.
func narrow() bool {
	if !app.IsClient {
		return false
	}
	w, _ := app.Window().Size()
	return w > 0 && w < narrowBelow
}

// figure returns figure id (of kind) as it should be shown now and whether
// it is up to date. When it is not, the host wants it drawn and the last
// drawing (or an empty Figure) stands in.
func (c *chartHost) figure(id, kind string, subject int, narrow bool) (Figure, bool) {
	st := c.root.state()
	cc := st.charts()
	cc.mu.Lock()
	defer cc.mu.Unlock()
	in := st.figureInput(id, kind, subject, narrow)
	if f, ok := in.stands(); ok {
		cc.figs[id] = f
		return f, true
	}
	if f, ok := cc.figs[id]; ok && f.Key == in.req.Key {
		return f, true
	}
	if !app.IsClient {
		f := cc.drawNow(st.ds, in.req)
		cc.figs[id] = f
		return f, true
	}
	c.reqs = append(c.reqs, in.req)
	return cc.figs[id], false
}

// Render shows the host's page and, in the browser, asks for what is
// missing to be drawn.
func (c *chartHost) Render() app.UI {
	if c.id == 0 {
		cc := c.root.state().charts()
		cc.mu.Lock()
		cc.hostSeq++
		c.id = cc.hostSeq
		cc.mu.Unlock()
	}
	if c.open == nil {
		c.open = map[string]bool{}
	}
	c.figs, c.fresh = map[string]Figure{}, map[string]bool{}
	c.wants, c.reqs = nil, nil // the cache owns the last list
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
	r := c.root
	st := r.state()
	t := st.T()
	ct := ChartMsg(st.Lang)
	nw := narrow()
	for _, k := range chartFigures {
		c.figs[k], c.fresh[k] = c.figure(k, k, 0, nw)
	}
	cards := make([]app.UI, len(chartFigures))
	for i, k := range chartFigures {
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
	st := c.root.state()
	f := c.figs[id]
	var extra string
	switch strings.TrimPrefix(id, "m-") {
	case figMap:
		extra = fmt.Sprint(st.MapMeasure(), c.tip)
	case figIntervals:
		extra = fmt.Sprint(st.simPhi())
	case figHistory:
		extra = fmt.Sprint(st.DatasetID, st.HistoryCodes(), len(st.Charts.Picked) == 0)
	case figWhy:
		extra = fmt.Sprint(st.Area, whyArea(st.Result(), st.Area))
	case figVessels:
		extra = fmt.Sprint(st.Charts.Weighted)
	}
	key := strings.Join([]string{f.Key, strconv.FormatBool(c.fresh[id]), strconv.FormatBool(c.open[id]),
		st.Lang, f.Err, f.Action, extra, drawFailed()}, "|")
	return cached("chart-"+id, key, func() app.UI { return c.cardUI(id) })
}

// cardUI is figure id's card as this render shows it.
func (c *chartHost) cardUI(id string) app.UI {
	r := c.root
	st := r.state()
	ct := ChartMsg(st.Lang)
	f, fresh := c.figs[id], c.fresh[id]
	switch id {
	case figMap:
		return c.mapCard(f, fresh)
	case figFunnel:
		return c.card(f, fresh, id, ct.FunnelTitle, ct.FunnelHelp)
	case figIntervals:
		return c.card(f, fresh, id, ct.IntervalsTitle, ct.IntervalsHelp(simDraws(), st.simPhi()))
	case figMoves:
		return c.card(f, fresh, id, ct.MovesTitle, ct.MovesHelp)
	case figHistory:
		return c.card(f, fresh, id, ct.HistoryTitle, ct.HistoryHelp, c.historyControls())
	case figWhy, "m-" + figWhy:
		return c.card(f, fresh, id, ct.WhyTitle, ct.WhyHelp, c.whyNote(f))
	case figVessels:
		return c.card(f, fresh, id, ct.VesselsTitle, ct.VesselsHelp,
			r.checkbox("vessels-weighted", ct.VesselsWeighted, st.Charts.Weighted, func(on bool) { st.SetVesselsWeighted(on) }),
			c.vesselsAction(f))
	case "m-" + figHistory:
		return c.card(f, fresh, id, ct.HistoryTitle, ct.HistoryHelp)
	}
	return nil
}

// controls are the highlighted municipality and a few levers, so that the
// charts can be watched while a lever moves.
func (c *chartHost) controls() app.UI {
	r := c.root
	st := r.state()
	ct := ChartMsg(st.Lang)
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
			app.A().Href(r.href(TabScenario, nil)).Text(ct.LeversMore),
		),
	)
}

// pickers choose the highlighted municipality and the scope.
func (c *chartHost) pickers() app.UI {
	r := c.root
	st := r.state()
	t := st.T()
	ct := ChartMsg(st.Lang)
	ds := st.Dataset()
	order := make([]int, len(ds.Municipalities))
	for i := range order {
		order[i] = i
	}
	sortByName(ds.Municipalities, order)
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

// card lays out one chart: heading, help, controls, the picture with its
// summary, the table behind a disclosure, and the downloads.
func (c *chartHost) card(f Figure, fresh bool, id, title, help string, controls ...app.UI) app.UI {
	ct := ChartMsg(c.root.state().Lang)
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
func (c *chartHost) picture(f Figure, fresh bool, id string, ct *ChartTexts) app.UI {
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
	if f.Kind == figMap {
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
func (c *chartHost) standIn(id string, ct *ChartTexts) app.UI {
	st := c.root.state()
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
				app.If(open, func() app.UI { return altTable(st.standInAlt()) }),
			),
	)
}

// standInAlt is the text alternative of a figure not drawn: every
// municipality's rank and difference in the shown area, by rank.
func (s *State) standInAlt() figure.Alt {
	ct := ChartMsg(s.Lang)
	a := figure.Alt{Summary: ct.StandInSummary, Header: []string{ct.ColMunicipality, ct.ColRank, ct.ColDiff}}
	es := s.res.Scenario.Areas[s.Area]
	idx := make([]int, len(es))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int { return es[x].Rank - es[y].Rank })
	for _, i := range idx {
		a.Rows = append(a.Rows, []string{s.ds.Municipalities[i].Name, FormatInt(es[i].Rank, s.Lang),
			FormatSigned(es[i].DiffPP, 1, s.Lang)})
	}
	return a
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
	cc := c.root.state().charts()
	cc.mu.Lock()
	f := cc.figs[id]
	cc.mu.Unlock()
	if f.SVG == "" {
		return
	}
	if png {
		downloadPNG(f.File+".png", f.SVG)
		return
	}
	downloadBlob(f.File+".svg", "image/svg+xml;charset=utf-8", []byte(f.SVG))
}

// historyControls choose the rank history's municipalities.
func (c *chartHost) historyControls() app.UI {
	r := c.root
	st := r.state()
	ct := ChartMsg(st.Lang)
	ds := st.Dataset()
	codes := st.HistoryCodes()
	order := make([]int, 0, len(ds.Municipalities))
	for i, m := range ds.Municipalities {
		if !slices.Contains(codes, m.Code) {
			order = append(order, i)
		}
	}
	sortByName(ds.Municipalities, order)
	full := len(codes) >= MaxHistory
	return app.Div().Class("history-controls").Body(
		app.P().Class("chips-label").ID("hm-label").Text(ct.HistoryChosen),
		app.Ul().Class("chips").Attr("aria-labelledby", "hm-label").Body(app.Range(codes).Slice(func(i int) app.UI {
			code := codes[i]
			name := ds.Municipalities[ds.MunicipalityIndex(code)].Name
			return app.Li().Class("chip").DataSet("code", code).Body(
				app.Span().Text(name),
				app.Button().Class("chip-x").Attr("aria-label", ct.HistoryRemove(name)).Title(ct.HistoryRemove(name)).Text("×").
					OnClick(func(ctx app.Context, e app.Event) {
						st.RemoveHistory(code)
						r.step(ctx, true)
					}, app.EventScope(code)),
			)
		})),
		app.Div().Class("field", "inline").Body(
			app.Label().For("hm-add").Text(ct.HistoryAdd),
			app.Select().ID("hm-add").Disabled(full).
				OnChange(func(ctx app.Context, e app.Event) {
					v, _ := strconv.Atoi(ctx.JSSrc().Get("value").String())
					st.AddHistory(v)
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

// whyNote says which area the waterfall explains, or offers to switch
// re-estimation on.
func (c *chartHost) whyNote(f Figure) app.UI {
	r := c.root
	st := r.state()
	t := st.T()
	ct := ChartMsg(st.Lang)
	switch f.Action {
	case "reestimate":
		return app.Button().ID("why-reestimate").Class("btn").Text(ct.WhyReestimate).
			OnClick(func(ctx app.Context, e app.Event) {
				st.SetReestimate(true)
				r.step(ctx, true)
			})
	case "":
		if a := whyArea(st.Result(), st.Area); a != calc.Total && a != st.Area {
			return app.P().Class("help").Text(ct.WhyArea(t.AreaName(a)))
		}
	}
	return nil
}

// vesselsAction offers the lens when the data has no fp figures.
func (c *chartHost) vesselsAction(f Figure) app.UI {
	r := c.root
	st := r.state()
	if f.Action != "lens" {
		return nil
	}
	return app.Button().ID("vessels-lens").Class("btn").Text(ChartMsg(st.Lang).LensOn).
		OnClick(func(ctx app.Context, e app.Event) {
			st.SetLens(true)
			r.step(ctx, true)
		})
}

// muniPage is the municipality page's charts: why its expected share is
// what it is, and its rank over time next to its most similar
// municipalities.
func (c *chartHost) muniPage() app.UI {
	nw := narrow()
	for _, k := range []string{figHistory, figWhy} {
		c.figs["m-"+k], c.fresh["m-"+k] = c.figure("m-"+k, k, c.Code, nw)
	}
	return app.Div().Class("muni-charts").Body(
		c.section("m-"+figHistory),
		c.section("m-"+figWhy),
	)
}

// tableSwitch is the ranking table's uncertainty switch with a status line
// while the simulation runs.
func (c *chartHost) tableSwitch() app.UI {
	r := c.root
	st := r.state()
	ct := ChartMsg(st.Lang)
	busy := false
	if st.Charts.Uncertainty {
		cc := st.charts()
		cc.mu.Lock()
		e := st.simEntry()
		if e.iv == nil {
			if app.IsClient {
				busy = true
				c.wants = append(c.wants, task{key: "sim|" + e.key, wait: quietDelay, run: func() bool { return e.step(simChunk) }})
			} else {
				for !e.step(e.draws) {
				}
			}
		}
		cc.mu.Unlock()
	}
	return app.Div().Class("uncertainty").Body(
		r.checkbox("show-uncertainty", ct.UncertaintyLabel, st.Charts.Uncertainty, func(on bool) { st.SetUncertainty(on) }),
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
