package main

import (
	"context"
	"embed"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// refPage is the plain-DOM reference page, served by the bench's own
// server at refPath (never shipped in web/).
//
//go:embed ref.html
var refFS embed.FS

const refPath = "/bench/ref.html"

// withRef serves the reference page beside the app.
func withRef(app http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc(refPath, func(w http.ResponseWriter, r *http.Request) {
		b, _ := refFS.ReadFile("ref.html")
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(b)
	})
	mux.Handle("/", app)
	return mux
}

// inputsJS sets an input to each value in turn, the way a drag does (an
// input event each), and for every input records: the time until the
// table's body first changed (DOM), until the frame after its last change
// was painted, and the mutation records written (the DOM writes). The next
// input comes when the table has been still for two frames. It also
// returns the longest main-thread task during the inputs.
//
// aligned chooses when each input comes:
//
//   - false ("input just after a paint"): right after a frame was painted
//     (in a task posted from a rAF callback). Even a page that writes at
//     once then waits for the next frame (~16 ms) plus its paint, so no page
//     shows under 16 ms this way.
//   - true ("frame-aligned"): inside a requestAnimationFrame callback, as
//     Chromium delivers the continuous input of a real drag (just before
//     the frame's rAF callbacks). What the user sees is then whether the
//     handler's work plus that frame's style, layout and paint fit in the
//     frame.
//
// In both, painted is taken by posting a message from a rAF callback: it
// runs after that frame's paint. A rAF callback posts one every frame until
// the table has been still for two frames, so a page that writes in a later
// frame (a deferred render) is measured to the paint after its last write:
// painted is the first such message after the last mutation.
const inputsJS = `(async (sel, values, aligned) => {
  const longest = [];
  const po = new PerformanceObserver(l => { for (const e of l.getEntries()) longest.push(e.duration); });
  try { po.observe({type: 'longtask', buffered: false}); } catch (e) {}
  const el = document.querySelector(sel);
  const body = document.querySelector('#ranking tbody');
  if (!el || !body) return {error: 'no ' + sel + ' or #ranking tbody'};
  const afterPaint = () => new Promise(r => requestAnimationFrame(() => {
    const ch = new MessageChannel(); ch.port1.onmessage = () => r(performance.now()); ch.port2.postMessage(0);
  }));
  // The app times its own input handler (performance measures "ui-input").
  window.benchsimTimeInputs = true;
  performance.clearMeasures('ui-input');
  const input = (v) => { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true})); };
  const dom = [], painted = [], writes = [], rows = [];
  for (const v of values) {
    let first = null, last = null, count = 0, moved = 0;
    const mo = new MutationObserver(recs => {
      last = performance.now();
      if (first === null) first = last;
      count += recs.length;
      for (const r of recs) if (r.type === 'childList' && r.target === body) moved += r.addedNodes.length;
    });
    mo.observe(body, {subtree: true, childList: true, characterData: true, attributes: true});
    // A frame whose rAF callback runs fn, then posts the message that
    // runs after the frame's paint: [the callback's time, painted].
    const frame = (fn) => new Promise(r => requestAnimationFrame(() => {
      const t = performance.now();
      if (fn) fn();
      const ch = new MessageChannel(); ch.port1.onmessage = () => r([t, performance.now()]); ch.port2.postMessage(0);
    }));
    const paints = [];
    let start;
    if (aligned) {
      const [t, p] = await frame(() => input(v));
      start = t;
      paints.push(p);
    } else {
      await afterPaint(); // the input comes just after a paint
      start = performance.now();
      input(v);
    }
    // One message after each frame's paint, until the table has been
    // still for two frames after its last change.
    for (;;) {
      await new Promise(r => setTimeout(r, 0)); // let the observer's records in
      const n = paints.length;
      if (performance.now() - start > 1500) break;
      if (last !== null && n >= 3 && paints[n - 3] > last) break;
      paints.push(await afterPaint());
    }
    mo.disconnect();
    if (first !== null) {
      dom.push(first - start);
      const p = paints.find(t => t > last);
      painted.push((p === undefined ? performance.now() : p) - start);
      writes.push(count); rows.push(moved);
    }
  }
  el.dispatchEvent(new Event('change', {bubbles: true}));
  po.disconnect();
  const handler = performance.getEntriesByName('ui-input', 'measure').map(e => e.duration);
  window.benchsimTimeInputs = false;
  return {dom, painted, writes, rows, handler, longest: longest.length ? Math.max(...longest) : 0};
})`

// inputRun is what inputsJS returns.
type inputRun struct {
	DOM     []float64 `json:"dom"`
	Painted []float64 `json:"painted"`
	Writes  []float64 `json:"writes"`
	Rows    []float64 `json:"rows"`
	Handler []float64 `json:"handler"` // the app's own input handler (ui-input measures)
	Longest float64   `json:"longest"`
	Error   string    `json:"error"`
}

func (r inputRun) p(xs []float64, q float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return quantile(s, q)
}

// drive opens page (the app or the reference), waits until ready and runs
// the inputs on the element sel, first each just after a paint, then
// frame-aligned (inputsJS), in the same page.
func drive(bctx context.Context, url, ready, sel string, values []string) (afterPaint, aligned inputRun, err error) {
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 4*time.Minute)
	defer cancelT()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return inputRun{}, inputRun{}, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](ready, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		return inputRun{}, inputRun{}, fmt.Errorf("%s did not become ready: %v", url, err)
	}
	// Let the start's own work (the worker, deferred renders) settle.
	time.Sleep(1500 * time.Millisecond)
	run := func(aligned bool) (inputRun, error) {
		js := inputsJS + "(" + strconv.Quote(sel) + ", " + jsStrings(values) + ", " + strconv.FormatBool(aligned) + ")"
		r, err := chromedp.Run(ctx, chromedp.Evaluate[inputRun](js, chromedp.EvalAwaitPromise))
		if err != nil {
			return inputRun{}, err
		}
		if r.Error != "" {
			return inputRun{}, fmt.Errorf("%s: %s", url, r.Error)
		}
		if len(r.DOM) < len(values)/2 {
			return inputRun{}, fmt.Errorf("%s: only %d of %d inputs changed the table", url, len(r.DOM), len(values))
		}
		return r, nil
	}
	if afterPaint, err = run(false); err != nil {
		return inputRun{}, inputRun{}, err
	}
	time.Sleep(500 * time.Millisecond)
	if aligned, err = run(true); err != nil {
		return inputRun{}, inputRun{}, err
	}
	return afterPaint, aligned, nil
}

func jsStrings(vs []string) string {
	b := []byte{'['}
	for i, v := range vs {
		if i > 0 {
			b = append(b, ',')
		}
		b = strconv.AppendQuote(b, v)
	}
	return string(append(b, ']'))
}

// caseloadValues is a drag of the target-caseload slider back and forth.
func caseloadValues() []string {
	var vs []string
	for i := 0; i < 80; i++ {
		vs = append(vs, strconv.Itoa(150-(i*3)%140))
	}
	return vs
}

// weightValues moves one custom weight across its range in big steps, so
// each input reorders the table.
func weightValues() []string {
	var vs []string
	for i := 0; i < 60; i++ {
		v := float64((i*37)%100+1) / 10
		vs = append(vs, strconv.FormatFloat(v, 'f', -1, 64))
	}
	return vs
}

const (
	appReady = `document.querySelector('#app[data-ready="1"] #ranking tbody tr') !== null`
	refReady = `document.querySelector('#ref[data-ready="1"]') !== null`
)

// interactionFigures drives the app and the reference page with the same
// inputs: a light drag (the target caseload) and a full reorder (a custom
// weight), each input once just after a paint and once frame-aligned
// (inputsJS), and returns the figures with the reference's beside them.
// The budgets apply to the frame-aligned figures: that is how a real drag's
// input arrives.
func interactionFigures(bctx context.Context, url string) ([]Figure, error) {
	appLightOld, appLight, err := drive(bctx, url+"/?v=1&tab=scenario&m=336", appReady, "#c1-range", caseloadValues())
	if err != nil {
		return nil, err
	}
	refLightOld, refLight, err := drive(bctx, url+refPath, refReady, "#c1-range", caseloadValues())
	if err != nil {
		return nil, err
	}
	appFullOld, appFull, err := drive(bctx, url+"/?v=1&tab=scenario&w=custom", appReady, "#weight-kth-range", weightValues())
	if err != nil {
		return nil, err
	}
	refFullOld, refFull, err := drive(bctx, url+refPath, refReady, "#weight-kth-range", weightValues())
	if err != nil {
		return nil, err
	}
	ref := func(v float64) *float64 { return &v }
	const aligned, old = "frame-aligned input (as a real drag's)", "input just after a paint"
	light := func(a, r inputRun, how string, budget float64) []Figure {
		return []Figure{
			{Name: fmt.Sprintf("light drag (target caseload, %d inputs), %s: input → painted, p50", len(a.Painted), how),
				Value: a.p(a.Painted, 0.5), Unit: "ms", Ref: ref(r.p(r.Painted, 0.5))},
			{Name: "light drag, " + how + ": input → painted, p95", Value: a.p(a.Painted, 0.95), Unit: "ms", Budget: budget,
				Ref: ref(r.p(r.Painted, 0.95))},
			{Name: "light drag, " + how + ": input → first DOM write, p50", Value: a.p(a.DOM, 0.5), Unit: "ms",
				Ref: ref(r.p(r.DOM, 0.5))},
			{Name: "light drag, " + how + ": input → first DOM write, p95", Value: a.p(a.DOM, 0.95), Unit: "ms",
				Ref: ref(r.p(r.DOM, 0.95))},
		}
	}
	full := func(a, r inputRun, how string, b50, b95 float64) []Figure {
		fp50, fp95 := a.p(a.Painted, 0.5), a.p(a.Painted, 0.95)
		rp50, rp95 := r.p(r.Painted, 0.5), r.p(r.Painted, 0.95)
		return []Figure{
			{Name: fmt.Sprintf("full reorder (custom weight, %d inputs), %s: input → painted, p50", len(a.Painted), how),
				Value: fp50, Unit: "ms", Ref: ref(rp50)},
			{Name: "full reorder, " + how + ": input → painted, p95", Value: fp95, Unit: "ms", Ref: ref(rp95)},
			{Name: "full reorder, " + how + ": p50 as ratio to the plain-DOM page", Value: fp50 / rp50, Unit: "×", Budget: b50},
			{Name: "full reorder, " + how + ": p95 as ratio to the plain-DOM page", Value: fp95 / rp95, Unit: "×", Budget: b95},
		}
	}
	var figs []Figure
	figs = append(figs, light(appLight, refLight, aligned, 16)...)
	figs = append(figs, light(appLightOld, refLightOld, old, 0)...)
	figs = append(figs,
		Figure{Name: "light drag, DOM writes (mutation records) per input, median", Value: appLight.p(appLight.Writes, 0.5), Unit: "",
			Ref: ref(refLight.p(refLight.Writes, 0.5))},
		Figure{Name: "light drag, frame-aligned: the app's input handler (Go, its own timing), p50", Value: appLight.p(appLight.Handler, 0.5), Unit: "ms"},
		Figure{Name: "light drag, frame-aligned: the app's input handler (Go, its own timing), p95", Value: appLight.p(appLight.Handler, 0.95), Unit: "ms"},
		Figure{Name: "light drag, longest main-thread task", Value: max(appLight.Longest, appLightOld.Longest), Unit: "ms", Budget: 50,
			Ref: ref(max(refLight.Longest, refLightOld.Longest))})
	figs = append(figs, full(appFull, refFull, aligned, 1.2, 1.5)...)
	figs = append(figs, full(appFullOld, refFullOld, old, 0, 0)...)
	figs = append(figs,
		Figure{Name: "full reorder, frame-aligned: the app's input handler (Go, its own timing), p50", Value: appFull.p(appFull.Handler, 0.5), Unit: "ms"},
		Figure{Name: "full reorder, frame-aligned: the app's input handler (Go, its own timing), p95", Value: appFull.p(appFull.Handler, 0.95), Unit: "ms"},
		Figure{Name: "full reorder, DOM writes (mutation records) per input, median", Value: appFull.p(appFull.Writes, 0.5), Unit: "",
			Ref: ref(refFull.p(refFull.Writes, 0.5))},
		Figure{Name: "full reorder, longest main-thread task", Value: max(appFull.Longest, appFullOld.Longest), Unit: "ms",
			Ref: ref(max(refFull.Longest, refFullOld.Longest))})
	mouse, err := mouseFigures(bctx, url)
	if err != nil {
		return nil, err
	}
	return append(figs, mouse...), nil
}

// dragJS starts recording a real drag on the slider sel, in the page:
// each pointer move's time (the event's timeStamp, when the browser
// received it), each input event's end (after the page's own handlers: a
// listener on the document, in the bubbling phase), each change of the
// table's body, and each frame's paint (a message posted from every rAF
// callback runs after that frame's paint). dragResultJS turns them into
// figures when the drag is over.
//
// (The browser's Event Timing API, which INP is built on, would be the
// natural source, but Chromium reports no entries for the pointermove and
// input events of a drag, only for the press and the release.)
const dragJS = `((sel) => {
  const el = document.querySelector(sel);
  const body = document.querySelector('#ranking tbody');
  const d = window.__drag = {move: 0, inputs: [], muts: [], paints: [], on: true};
  document.addEventListener('pointermove', e => { d.move = e.timeStamp; }, true);
  document.addEventListener('input', e => { if (e.target === el) d.inputs.push([d.move, performance.now()]); });
  new MutationObserver(() => { d.muts.push(performance.now()); }).observe(body, {subtree: true, childList: true, characterData: true, attributes: true});
  const frame = () => requestAnimationFrame(() => {
    if (!d.on) return;
    const ch = new MessageChannel(); ch.port1.onmessage = () => d.paints.push(performance.now()); ch.port2.postMessage(0);
    frame();
  });
  frame();
  return true;
})`

// dragResultJS computes, for every input event of the drag, the time from
// its pointer move to the paint of the frame that shows the table's change
// for it: the first paint after both the input's handlers and the table's
// last change before the next input (a page that writes in a later task is
// measured to that write, as long as it comes before the next input). It
// also returns the intervals between the frames painted during the drag.
const dragResultJS = `(() => {
  const d = window.__drag;
  d.on = false;
  const lat = [];
  for (let i = 0; i < d.inputs.length; i++) {
    const [move, end] = d.inputs[i];
    const next = i + 1 < d.inputs.length ? d.inputs[i + 1][1] : Infinity;
    let last = end;
    for (const m of d.muts) if (m > end - 1000 && m < next && m > last) last = m;
    const p = d.paints.find(t => t > last);
    if (p !== undefined && move > 0) lat.push(p - move);
  }
  const t0 = d.inputs.length ? d.inputs[0][1] : 0, t1 = d.inputs.length ? d.inputs[d.inputs.length - 1][1] : 0;
  const ps = d.paints.filter(t => t >= t0 && t <= t1 + 50), frames = [];
  for (let i = 1; i < ps.length; i++) frames.push(ps[i] - ps[i - 1]);
  return {latency: lat, frames, inputs: d.inputs.length};
})()`

// dragRun is what dragResultJS returns.
type dragRun struct {
	Latency []float64 `json:"latency"`
	Frames  []float64 `json:"frames"`
	Inputs  int       `json:"inputs"`
}

// mouseDrag opens page, presses the mouse on the slider sel's thumb and
// drags it back and forth with real mouse moves (CDP's
// Input.dispatchMouseEvent: the browser's own input path, which delivers
// the moves aligned to frames), about one a frame, then releases it, and
// returns what dragResultJS measured.
func mouseDrag(bctx context.Context, url, ready, sel string, moves int) (dragRun, error) {
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelT()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return dragRun{}, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](ready, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		return dragRun{}, fmt.Errorf("%s did not become ready: %v", url, err)
	}
	time.Sleep(1500 * time.Millisecond)
	// The slider in the middle of the window; its track's left, width and
	// middle, and the thumb's share of the range.
	box, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`(() => {
	  const el = document.querySelector(`+strconv.Quote(sel)+`);
	  el.scrollIntoView({block: 'center'});
	  const r = el.getBoundingClientRect();
	  const f = (Number(el.value) - Number(el.min)) / (Number(el.max) - Number(el.min));
	  return [r.left, r.width, r.top + r.height / 2, f];
	})()`))
	if err != nil || len(box) != 4 {
		return dragRun{}, fmt.Errorf("%s: no slider %s: %v", url, sel, err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](dragJS+"("+strconv.Quote(sel)+")")); err != nil {
		return dragRun{}, err
	}
	// The thumb is about 16 px wide; its centre runs from left+8 to
	// left+width-8.
	left, width, y := box[0]+8, box[1]-16, box[2]
	x := left + box[3]*width
	mouse := func(typ input.DispatchMouseEventType, x float64, buttons int64) error {
		_, err := chromedp.Call(ctx, input.DispatchMouseEvent, input.DispatchMouseEventParams{
			Type: typ, X: x, Y: y, Button: input.MouseButtonLeft, Buttons: buttons, ClickCount: 1})
		return err
	}
	if err := mouse(input.DispatchMouseEventTypeMouseMoved, x, 0); err != nil {
		return dragRun{}, err
	}
	if err := mouse(input.DispatchMouseEventTypeMousePressed, x, 1); err != nil {
		return dragRun{}, err
	}
	// Back and forth over the middle half of the track, 3 px a move (more
	// than one step of the slider): each move changes the value.
	lo, hi := left+width/4, left+3*width/4
	step := 3.0
	tick := time.NewTicker(16 * time.Millisecond)
	for i := 0; i < moves; i++ {
		<-tick.C
		x += step
		if x > hi || x < lo {
			step = -step
			x += 2 * step
		}
		if err := mouse(input.DispatchMouseEventTypeMouseMoved, x, 1); err != nil {
			tick.Stop()
			return dragRun{}, err
		}
	}
	tick.Stop()
	time.Sleep(300 * time.Millisecond) // the last move's frames
	r, err := chromedp.Run(ctx, chromedp.Evaluate[dragRun](dragResultJS))
	if err != nil {
		return dragRun{}, err
	}
	if err := mouse(input.DispatchMouseEventTypeMouseReleased, x, 0); err != nil {
		return dragRun{}, err
	}
	if r.Inputs < moves/2 || len(r.Latency) < moves/2 {
		return dragRun{}, fmt.Errorf("%s: only %d input events (%d measured) for %d mouse moves", url, r.Inputs, len(r.Latency), moves)
	}
	return r, nil
}

// mouseFigures drags the target-caseload slider of the app and of the
// reference page with real mouse moves (mouseDrag) and returns the
// figures with the reference's beside them.
func mouseFigures(bctx context.Context, url string) ([]Figure, error) {
	const moves = 120
	app, err := mouseDrag(bctx, url+"/?v=1&tab=scenario&m=336", appReady, "#c1-range", moves)
	if err != nil {
		return nil, err
	}
	ref, err := mouseDrag(bctx, url+refPath, refReady, "#c1-range", moves)
	if err != nil {
		return nil, err
	}
	p := func(xs []float64, q float64) float64 { return inputRun{}.p(xs, q) }
	// Frames longer than 1.5 frames of 60 Hz: at least one was dropped.
	long := func(fs []float64) float64 {
		n := 0
		for _, f := range fs {
			if f > 25 {
				n++
			}
		}
		return 100 * float64(n) / float64(max(1, len(fs)))
	}
	v := func(x float64) *float64 { return &x }
	return []Figure{
		{Name: fmt.Sprintf("light drag, real mouse drag (%d moves, app %d / reference %d inputs): pointer move → painted, p50", moves, app.Inputs, ref.Inputs),
			Value: p(app.Latency, 0.5), Unit: "ms", Ref: v(p(ref.Latency, 0.5))},
		{Name: "light drag, real mouse drag: pointer move → painted, p95", Value: p(app.Latency, 0.95), Unit: "ms", Ref: v(p(ref.Latency, 0.95))},
		{Name: "light drag, real mouse drag: frames over 25 ms (a frame dropped)", Value: long(app.Frames), Unit: "%", Ref: v(long(ref.Frames))},
	}, nil
}
