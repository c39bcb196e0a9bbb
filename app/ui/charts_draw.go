package ui

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"benchsim/app/figure"
	"benchsim/calc"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// This file draws the figures of charts.go: their inputs, the drawing, the
// cache and the background work in the browser, and the downloads.

// ---- figures ----

// Figure is one drawn chart or the map (package figure's, which the
// drawing worker answers with).
type Figure = figure.Figure

// figInput is a figure's request, captured on the UI goroutine, or what
// stands in for the drawing when the figure cannot be drawn (Err, Action).
type figInput struct {
	req         figure.Request
	err, action string
}

// Chart sizes in points: the default (16 × 10 cm), the one for a phone
// (9,5 cm square, shown about 1:1 in a 390 px wide screen, so the text
// stays readable), and the tile map's width (chart.Map draws it 760 px
// wide).
const (
	pointsPerCm = 72 / 2.54
	chartW      = 16 * pointsPerCm
	chartH      = 10 * pointsPerCm
	narrowW     = 9.5 * pointsPerCm
	mapWidth    = 570
)

// figureInput prepares figure id of the given kind for the current state.
// subject is the municipality a municipality-page figure is about (0 on the
// charts view). Must run on the UI goroutine with the cache locked.
func (s *State) figureInput(id, kind string, subject int, narrow bool) *figInput {
	ds := s.ds
	ct := ChartMsg(s.Lang)
	in := &figInput{}
	r := &in.req
	r.ID, r.Kind, r.W, r.H = id, kind, chartW, chartH
	if narrow {
		r.W, r.H = narrowW, narrowW
	}
	r.Stamp = s.chartStamp(stampChars(r.W))
	if kind == figMap {
		r.Stamp = s.chartStamp(stampChars(mapWidth))
	}
	sel := -1
	if s.Muni != 0 {
		sel = ds.MunicipalityIndex(s.Muni)
	}
	area := s.Area
	r.Lang, r.Selected, r.SelCode = s.Lang, sel, s.Muni
	r.Scenario = s.Scenario.Encode()
	var extra string
	switch kind {
	case figMap:
		name := s.MapMeasure()
		r.Measure = int(chartMeasure(name))
		r.Title = ct.MapTitle + " · " + ct.Measures[name]
		extra = name
	case figIntervals:
		r.Draws, r.SimPhi, r.Seed = simDraws(), s.simPhi(), RankSimSeed
		extra = fmt.Sprint(r.Draws, r.SimPhi)
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
		r.Selected = -1
		for k, c := range codes {
			r.Idx = append(r.Idx, ds.MunicipalityIndex(c))
			if c == hl {
				r.Selected = k
			}
		}
		extra = fmt.Sprint(codes, r.Selected)
	case figWhy:
		code := subject
		if code == 0 {
			code = s.Muni
		}
		if code == 0 {
			code = s.EditMunicipality()
		}
		r.WhyIdx = ds.MunicipalityIndex(code)
		area = whyArea(s.res, s.Area)
		if area == calc.Total {
			in.err, in.action = ct.WhyNoFit, "reestimate"
		}
		extra = strconv.Itoa(code)
	case figVessels:
		r.Weighted = s.Charts.Weighted
		if !s.res.Scenario.Included[calc.FP] || !s.res.Scenario.Included[calc.KTH] {
			in.err, in.action = ct.VesselsNoFP, "lens"
		}
		extra = strconv.FormatBool(r.Weighted)
	}
	r.Area = area.ID()
	r.File = "benchmark-" + ct.FileNames[kind] + "-" + s.Period().Code
	r.Key = strings.Join([]string{kind, s.DatasetID, r.Scenario, r.Area, s.Lang,
		strconv.Itoa(r.Selected), fmt.Sprint(r.W, r.H), extra, r.Stamp}, "|")
	return in
}

// stands returns the figure when it is not drawn at all (no fit, no fp).
func (in *figInput) stands() (Figure, bool) {
	if in.err == "" {
		return Figure{}, false
	}
	r := in.req
	return Figure{ID: r.ID, Kind: r.Kind, Key: r.Key, File: r.File, Err: in.err, Action: in.action}, true
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
	f, ok := in.stands()
	if !ok {
		f = cc.drawNow(s.ds, in.req)
	}
	cc.figs[id] = f
	return f
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
	native  any // the in-process drawer off the browser (draw_other.go)
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
