package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"benchsim/app/chart"
	"benchsim/calc"
)

// This file draws the figures of charts.go: their inputs, the drawing, the
// cache and the background work in the browser, and the downloads.

// ---- figures ----

// Figure is one drawn chart or the map: its SVG (one <svg> element), its
// text alternative and what the UI shows about it.
type Figure struct {
	ID, Kind string
	Key      string // what it was drawn from; a new key means a new drawing
	Title    string // the chart's title on one line
	SVG      string
	Alt      chart.Alt
	N        int               // points, lines or tiles drawn (one per municipality, series point or step)
	Data     map[string]string // more of the marks, as data-* attributes for tests
	Err      string            // why nothing is drawn; SVG is empty then
	Action   string            // what would make it drawable: "reestimate" or "lens"
	File     string            // download file name without extension
}

// figInput is everything a figure is drawn from, captured on the UI
// goroutine, so that the drawing can run in a later frame.
type figInput struct {
	id, kind, key string
	res           *calc.Result
	opts          chart.Options
	size          [2]vg.Length
	stamp, file   string
	// map
	measure     chart.Measure
	measureName string
	selCode     int
	// rank intervals
	sim *simEntry
	// rank history
	hist *histEntry
	idx  []int
	// why expected
	whyIdx int
	noFit  bool
	// connected vessels
	weighted bool
}

// figureInput prepares figure id of the given kind for the current state.
// subject is the municipality a municipality-page figure is about (0 on the
// charts view). Must run on the UI goroutine with the cache locked.
func (s *State) figureInput(id, kind string, subject int, narrow bool) *figInput {
	ds := s.ds
	in := &figInput{id: id, kind: kind, res: s.res, size: sizeWide}
	if narrow {
		in.size = sizeNarrow
	}
	in.stamp = s.chartStamp(stampChars(in.size[0]))
	if kind == figMap {
		in.stamp = s.chartStamp(stampChars(mapWidth))
	}
	sel := -1
	if s.Muni != 0 {
		sel = ds.MunicipalityIndex(s.Muni)
	}
	in.opts = chart.Options{Lang: s.Lang, Area: s.Area, Selected: sel}
	in.selCode = s.Muni
	var extra string
	switch kind {
	case figMap:
		in.measureName = s.MapMeasure()
		in.measure = chartMeasure(in.measureName)
		extra = in.measureName
	case figIntervals:
		in.sim = s.simEntry()
	case figHistory:
		codes := s.HistoryCodes()
		hl := s.Muni
		if subject != 0 {
			codes = []int{subject}
			for _, j := range calc.Similar(s.res, ds.MunicipalityIndex(subject), 3) {
				codes = append(codes, ds.Municipalities[j].Code)
			}
			hl = subject
		}
		in.opts.Selected = -1
		for k, c := range codes {
			in.idx = append(in.idx, ds.MunicipalityIndex(c))
			if c == hl {
				in.opts.Selected = k
			}
		}
		in.hist = s.histEntry()
		extra = fmt.Sprint(codes, in.opts.Selected)
	case figWhy:
		code := subject
		if code == 0 {
			code = s.Muni
		}
		if code == 0 {
			code = s.EditMunicipality()
		}
		in.whyIdx = ds.MunicipalityIndex(code)
		in.opts.Area = whyArea(s.res, s.Area)
		in.noFit = in.opts.Area == calc.Total
		extra = strconv.Itoa(code)
	case figVessels:
		in.weighted = s.Charts.Weighted
		extra = strconv.FormatBool(in.weighted)
	}
	in.file = "benchmark-" + ChartMsg(s.Lang).FileNames[kind] + "-" + s.Period().Code
	in.key = strings.Join([]string{kind, s.DatasetID, s.Scenario.Encode(), in.opts.Area.ID(), s.Lang,
		strconv.Itoa(in.opts.Selected), fmt.Sprint(in.size), extra, in.stamp}, "|")
	return in
}

// whyArea is the area the waterfall explains: the shown one when it was
// re-estimated, else kth, else the first re-estimated area; Total when the
// scenario re-estimated none.
func whyArea(r *calc.Result, shown calc.Area) calc.Area {
	if shown != calc.Total && r.Fits[shown] != nil {
		return shown
	}
	if r.Fits[calc.KTH] != nil {
		return calc.KTH
	}
	for _, a := range calc.Areas {
		if r.Fits[a] != nil {
			return a
		}
	}
	return calc.Total
}

// step does a slice of the work for the figure — a chunk of the rank
// simulation, one period of the rank history, or the drawing — and reports
// whether the figure is drawn (stored in the cache). The cache is locked.
func (in *figInput) step(cc *chartCache) bool {
	if in.sim != nil && !in.sim.step(simChunk) {
		return false
	}
	if in.hist != nil && !in.hist.step() {
		return false
	}
	f := in.draw()
	cc.figs[in.id] = f
	return true
}

// draw draws the figure from its inputs (the simulation and the history,
// if any, finished).
func (in *figInput) draw() Figure {
	ct := ChartMsg(in.opts.Lang)
	f := Figure{ID: in.id, Kind: in.kind, Key: in.key, File: in.file, Data: map[string]string{}}
	var p *plot.Plot
	var err error
	switch in.kind {
	case figMap:
		vals, err := chart.MapValues(in.res, in.opts.Area, in.measure)
		if err != nil {
			f.Err = err.Error()
			return f
		}
		svg, m := chart.Map(vals, chart.MapOptions{Lang: in.opts.Lang, Measure: in.measure, N: len(vals),
			Selected: in.selCode, Stamp: in.stamp})
		f.SVG, f.Alt, f.N = svg, m.Alt, len(m.Tiles)
		f.Title = ct.MapTitle + " · " + ct.Measures[in.measureName]
		f.Data["better"], f.Data["worse"] = strconv.Itoa(m.Better), strconv.Itoa(m.Worse)
		f.Data["maxabs"] = strconv.FormatFloat(m.MaxAbs, 'g', -1, 64)
		return f
	case figFunnel:
		var m chart.FunnelMarks
		p, m, err = chart.Funnel(in.res, in.opts)
		f.N, f.Alt = m.N, m.Alt
		f.Data["outside"], f.Data["selected"] = strconv.Itoa(len(m.Outside)), strconv.Itoa(m.Selected)
	case figIntervals:
		var m chart.IntervalMarks
		p, m, err = chart.RankIntervals(in.res, in.sim.iv, in.opts)
		f.N, f.Alt = m.N, m.Alt
		f.Data["selected"] = strconv.Itoa(m.Selected)
	case figMoves:
		var m chart.MovesMarks
		p, m, err = chart.WhoMoves(in.res, in.opts)
		f.N, f.Alt = len(m.Lines), m.Alt
		f.Data["moved"], f.Data["top"] = strconv.Itoa(m.Moved), strconv.Itoa(len(m.Top))
	case figHistory:
		var m chart.HistoryMarks
		h, herr := chart.HistoryOf(in.hist.h, in.opts.Area, in.idx, in.opts.Lang)
		if herr != nil {
			f.Err = herr.Error()
			return f
		}
		p, m, err = chart.RankHistory(h, in.opts)
		for _, pts := range m.Points {
			f.N += len(pts)
		}
		f.Alt = m.Alt
		f.Data["series"], f.Data["breaks"] = strconv.Itoa(len(m.Points)), strconv.Itoa(len(m.Breaks))
	case figWhy:
		if in.noFit {
			f.Err, f.Action = ct.WhyNoFit, "reestimate"
			return f
		}
		var m chart.WaterfallMarks
		p, m, err = chart.WhyExpected(in.res, in.whyIdx, in.opts)
		f.N, f.Alt = len(m.Steps), m.Alt
		f.Data["area"] = in.opts.Area.ID()
	case figVessels:
		if !in.res.Scenario.Included[calc.FP] || !in.res.Scenario.Included[calc.KTH] {
			f.Err, f.Action = ct.VesselsNoFP, "lens"
			return f
		}
		var m chart.VesselsMarks
		p, m, err = chart.Vessels(in.res, in.weighted, in.opts)
		f.N, f.Alt = m.N, m.Alt
		f.Data["slope"] = strconv.FormatFloat(m.Slope, 'g', 6, 64)
	}
	if err != nil {
		f.Err = err.Error()
		return f
	}
	f.Title = strings.ReplaceAll(p.Title.Text, "\n", " · ")
	if f.SVG, err = chart.SVG(p, in.size[0], in.size[1], in.stamp); err != nil {
		f.Err = err.Error()
	}
	return f
}

// DrawFigure draws a figure of the charts view (or, with subject, of a
// municipality's page) at once, as the server and the tests do, and keeps
// it in the cache.
func (s *State) DrawFigure(kind string, subject int, narrow bool) Figure {
	cc := s.charts()
	cc.mu.Lock()
	defer cc.mu.Unlock()
	id := kind
	if subject != 0 {
		id = "m-" + kind
	}
	in := s.figureInput(id, kind, subject, narrow)
	for !in.step(cc) {
	}
	return cc.figs[id]
}

// ---- the cache and the background drawing ----

// chartCache keeps what has been drawn and computed, and draws in the
// background in the browser: a few milliseconds of work per animation
// frame, so that dragging a lever stays smooth while the charts catch up.
// The UI goroutine and the frame callbacks share it under mu.
type chartCache struct {
	mu    sync.Mutex
	figs  map[string]Figure // by figure id: the last drawing
	sims  map[string]*simEntry
	hists map[string]*histEntry
	seq   int

	wants   map[int][]task // by host component
	wantKey string         // the wanted keys, to see when they change
	changed time.Time      // when the wanted keys last changed
	running bool
	ctx     app.Context // a mounted host's context, for Dispatch
	hostSeq int
}

func newChartCache() *chartCache {
	return &chartCache{figs: map[string]Figure{}, sims: map[string]*simEntry{}, hists: map[string]*histEntry{},
		wants: map[int][]task{}}
}

// task is a piece of background work: run does a slice of it (the cache is
// locked) and reports whether it is finished. It starts once the wanted
// keys have been still for wait.
type task struct {
	key  string
	wait time.Duration
	run  func() bool
}

// want replaces a host's wanted tasks. The cache is locked.
func (cc *chartCache) want(host int, tasks []task) {
	if len(tasks) == 0 {
		delete(cc.wants, host)
	} else {
		cc.wants[host] = tasks
	}
	var keys []string
	for _, ts := range cc.wants {
		for _, t := range ts {
			keys = append(keys, t.key)
		}
	}
	slices.Sort(keys)
	if k := strings.Join(keys, "\n"); k != cc.wantKey {
		cc.wantKey, cc.changed = k, time.Now()
	}
}

// kick starts the frame loop when there is work. The cache is locked.
func (cc *chartCache) kick(ctx app.Context) {
	cc.ctx = ctx
	if cc.running || len(cc.wants) == 0 || !app.IsClient {
		return
	}
	cc.running = true
	requestFrame(cc.frame)
}

// frame runs wanted tasks for up to frameBudget, then asks the host to
// render what was finished and, when work is left, for another frame.
func (cc *chartCache) frame() {
	start := time.Now()
	cc.mu.Lock()
	finished, left := false, false
	still := time.Since(cc.changed)
	hosts := make([]int, 0, len(cc.wants))
	for h := range cc.wants {
		hosts = append(hosts, h)
	}
	slices.Sort(hosts)
	for _, h := range hosts {
		ts := cc.wants[h]
		keep := ts[:0]
		for _, t := range ts {
			if time.Since(start) >= frameBudget || still < t.wait {
				keep = append(keep, t)
				continue
			}
			done := false
			for !done && time.Since(start) < frameBudget {
				done = t.run()
			}
			if done {
				finished = true
			} else {
				keep = append(keep, t)
			}
		}
		if len(keep) == 0 {
			delete(cc.wants, h)
		} else {
			cc.wants[h] = keep
			left = true
		}
	}
	cc.running = left
	ctx := cc.ctx
	cc.mu.Unlock()
	if finished {
		ctx.Dispatch(nil)
	}
	if left {
		requestFrame(cc.frame)
	}
}

// requestFrame calls f in the browser's next animation frame.
func requestFrame(f func()) {
	var fn app.Func
	fn = app.FuncOf(func(this app.Value, args []app.Value) any {
		fn.Release()
		f()
		return nil
	})
	app.Window().Call("requestAnimationFrame", fn)
}

// evict drops the oldest entries beyond cacheKeep.
func evict[E interface{ order() int }](m map[string]E) {
	for len(m) > cacheKeep {
		oldest, seq := "", -1
		for k, e := range m {
			if seq < 0 || e.order() < seq {
				oldest, seq = k, e.order()
			}
		}
		delete(m, oldest)
	}
}

// simEntry is one rank simulation, run in steps.
type simEntry struct {
	key   string
	res   *calc.Result
	area  calc.Area
	phi   float64
	draws int
	seq   int
	sim   *calc.RankSim   // nil until the first step and after the last
	iv    []calc.Interval // the intervals, when done
}

func (e *simEntry) order() int { return e.seq }

// step runs up to k draws and reports whether the simulation is done.
func (e *simEntry) step(k int) bool {
	if e.iv != nil {
		return true
	}
	if e.sim == nil {
		e.sim = calc.NewRankSim(e.res, e.area, e.draws, e.phi, RankSimSeed)
	}
	if e.sim.Step(k) {
		e.iv, e.sim, e.res = e.sim.Intervals(), nil, nil
	}
	return e.iv != nil
}

// histEntry is calc's history of the current scenario (every period),
// computed a period at a time so that a browser frame is never long. The
// rank-history chart and the municipality page read it.
type histEntry struct {
	key string
	h   *calc.History
	cur *calc.Result // the current period's result, reused
	seq int
}

func (e *histEntry) order() int { return e.seq }

func (s *State) histEntry() *histEntry {
	cc := s.charts()
	sc := s.Scenario.Clone()
	sc.Period = ""
	key := s.DatasetID + "|" + sc.Encode()
	if e, ok := cc.hists[key]; ok {
		return e
	}
	cc.seq++
	e := &histEntry{key: key, h: calc.NewHistory(s.ds, sc), cur: s.res, seq: cc.seq}
	cc.hists[key] = e
	evict(cc.hists)
	return e
}

// step computes one period and reports whether all are done.
func (e *histEntry) step() bool {
	if e.h.Step(e.cur) {
		e.cur = nil
		return true
	}
	return false
}

// ---- downloads ----

// downloadBlob hands bytes to the browser as a file download.
func downloadBlob(name, mime string, data []byte) {
	if !app.IsClient {
		return
	}
	arr := app.Window().Get("Uint8Array").New(len(data))
	app.CopyBytesToJS(arr, data)
	blob := app.Window().Get("Blob").New([]any{arr}, map[string]any{"type": mime})
	saveBlob(name, blob)
}

// saveBlob downloads a Blob through a temporary blob: address.
func saveBlob(name string, blob app.Value) {
	url := app.Window().Get("URL").Call("createObjectURL", blob)
	a := app.Window().Get("document").Call("createElement", "a")
	a.Set("href", url)
	a.Set("download", name)
	a.Call("click")
	// Revoke later: the download reads the Blob after click returns.
	var revoke app.Func
	revoke = app.FuncOf(func(this app.Value, args []app.Value) any {
		app.Window().Get("URL").Call("revokeObjectURL", url)
		revoke.Release()
		return nil
	})
	app.Window().Call("setTimeout", revoke, 10000)
}

// pngScale is how many device pixels a PNG has per CSS pixel of the chart.
const pngScale = 2

// downloadPNG draws the SVG on a canvas in the browser (from a blob:
// address, which the Content-Security-Policy's img-src allows) and
// downloads the canvas as PNG.
func downloadPNG(name, svg string) {
	if !app.IsClient {
		return
	}
	win := app.Window()
	blob := win.Get("Blob").New([]any{svg}, map[string]any{"type": "image/svg+xml;charset=utf-8"})
	url := win.Get("URL").Call("createObjectURL", blob)
	img := win.Get("Image").New()
	var onload, onerror, done app.Func
	release := func() {
		win.Get("URL").Call("revokeObjectURL", url)
		onload.Release()
		onerror.Release()
	}
	onload = app.FuncOf(func(this app.Value, args []app.Value) any {
		w, h := img.Get("naturalWidth").Int(), img.Get("naturalHeight").Int()
		canvas := win.Get("document").Call("createElement", "canvas")
		canvas.Set("width", w*pngScale)
		canvas.Set("height", h*pngScale)
		g := canvas.Call("getContext", "2d")
		g.Set("fillStyle", "#ffffff")
		g.Call("fillRect", 0, 0, w*pngScale, h*pngScale)
		g.Call("drawImage", img, 0, 0, w*pngScale, h*pngScale)
		release()
		done = app.FuncOf(func(this app.Value, args []app.Value) any {
			if len(args) > 0 && !args[0].IsNull() {
				saveBlob(name, args[0])
			}
			done.Release()
			return nil
		})
		canvas.Call("toBlob", done, "image/png")
		return nil
	})
	onerror = app.FuncOf(func(this app.Value, args []app.Value) any {
		app.Log("chart: the SVG could not be drawn as PNG")
		release()
		return nil
	})
	img.Set("onload", onload)
	img.Set("onerror", onerror)
	img.Set("src", url)
}
