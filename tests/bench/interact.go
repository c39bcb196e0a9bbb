package main

import (
	"context"
	"embed"
	"fmt"
	"net/http"
	"slices"
	"strconv"
	"time"

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
// was painted (a rAF, then a message posted from it, which runs after that
// frame's paint), and the mutation records written (the DOM writes). The
// next input comes when the table has been still for two frames. It also
// returns the longest main-thread task during the inputs.
const inputsJS = `(async (sel, values) => {
  const longest = [];
  const po = new PerformanceObserver(l => { for (const e of l.getEntries()) longest.push(e.duration); });
  try { po.observe({type: 'longtask', buffered: false}); } catch (e) {}
  const el = document.querySelector(sel);
  const body = document.querySelector('#ranking tbody');
  if (!el || !body) return {error: 'no ' + sel + ' or #ranking tbody'};
  const afterPaint = () => new Promise(r => requestAnimationFrame(() => {
    const ch = new MessageChannel(); ch.port1.onmessage = () => r(performance.now()); ch.port2.postMessage(0);
  }));
  const dom = [], painted = [], writes = [], rows = [];
  for (const v of values) {
    let first = null, count = 0, moved = 0;
    const mo = new MutationObserver(recs => {
      if (first === null) first = performance.now();
      count += recs.length;
      for (const r of recs) if (r.type === 'childList' && r.target === body) moved += r.addedNodes.length;
    });
    mo.observe(body, {subtree: true, childList: true, characterData: true, attributes: true});
    const t0 = performance.now();
    el.value = v;
    el.dispatchEvent(new Event('input', {bubbles: true}));
    let paintedAt = null, quiet = 0, seen = 0;
    while (performance.now() - t0 < 1500 && quiet < 2) {
      const t = await afterPaint();
      await new Promise(r => setTimeout(r, 0)); // let the observer's records in
      if (count > seen) { paintedAt = t; quiet = 0; seen = count; } else if (count > 0) quiet++;
    }
    mo.disconnect();
    if (first !== null) { dom.push(first - t0); painted.push(paintedAt - t0); writes.push(count); rows.push(moved); }
  }
  el.dispatchEvent(new Event('change', {bubbles: true}));
  po.disconnect();
  return {dom, painted, writes, rows, longest: longest.length ? Math.max(...longest) : 0};
})`

// inputRun is what inputsJS returns.
type inputRun struct {
	DOM     []float64 `json:"dom"`
	Painted []float64 `json:"painted"`
	Writes  []float64 `json:"writes"`
	Rows    []float64 `json:"rows"`
	Longest float64   `json:"longest"`
	Error   string    `json:"error"`
}

func (r inputRun) p(xs []float64, q float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return quantile(s, q)
}

// drive opens page (the app or the reference), waits until ready and runs
// the inputs on the element sel.
func drive(bctx context.Context, url, ready, sel string, values []string) (inputRun, error) {
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 4*time.Minute)
	defer cancelT()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return inputRun{}, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](ready, chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		return inputRun{}, fmt.Errorf("%s did not become ready: %v", url, err)
	}
	// Let the start's own work (the worker, deferred renders) settle.
	time.Sleep(1500 * time.Millisecond)
	js := inputsJS + "(" + strconv.Quote(sel) + ", " + jsStrings(values) + ")"
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
// weight), and returns the figures with the reference's beside them.
func interactionFigures(bctx context.Context, url string) ([]Figure, error) {
	appLight, err := drive(bctx, url+"/?v=1&tab=scenario&m=336", appReady, "#c1-range", caseloadValues())
	if err != nil {
		return nil, err
	}
	refLight, err := drive(bctx, url+refPath, refReady, "#c1-range", caseloadValues())
	if err != nil {
		return nil, err
	}
	appFull, err := drive(bctx, url+"/?v=1&tab=scenario&w=custom", appReady, "#weight-kth-range", weightValues())
	if err != nil {
		return nil, err
	}
	refFull, err := drive(bctx, url+refPath, refReady, "#weight-kth-range", weightValues())
	if err != nil {
		return nil, err
	}
	ref := func(v float64) *float64 { return &v }
	fp50, fp95 := appFull.p(appFull.Painted, 0.5), appFull.p(appFull.Painted, 0.95)
	rp50, rp95 := refFull.p(refFull.Painted, 0.5), refFull.p(refFull.Painted, 0.95)
	return []Figure{
		{Name: fmt.Sprintf("light drag (target caseload, %d inputs), input → painted, p50", len(appLight.Painted)),
			Value: appLight.p(appLight.Painted, 0.5), Unit: "ms", Ref: ref(refLight.p(refLight.Painted, 0.5))},
		{Name: "light drag, input → painted, p95", Value: appLight.p(appLight.Painted, 0.95), Unit: "ms", Budget: 16,
			Ref: ref(refLight.p(refLight.Painted, 0.95))},
		{Name: "light drag, input → first DOM write, p50", Value: appLight.p(appLight.DOM, 0.5), Unit: "ms",
			Ref: ref(refLight.p(refLight.DOM, 0.5))},
		{Name: "light drag, input → first DOM write, p95", Value: appLight.p(appLight.DOM, 0.95), Unit: "ms",
			Ref: ref(refLight.p(refLight.DOM, 0.95))},
		{Name: "light drag, DOM writes (mutation records) per input, median", Value: appLight.p(appLight.Writes, 0.5), Unit: "",
			Ref: ref(refLight.p(refLight.Writes, 0.5))},
		{Name: "light drag, longest main-thread task", Value: appLight.Longest, Unit: "ms", Budget: 50, Ref: ref(refLight.Longest)},
		{Name: fmt.Sprintf("full reorder (custom weight, %d inputs), input → painted, p50", len(appFull.Painted)),
			Value: fp50, Unit: "ms", Ref: ref(rp50)},
		{Name: "full reorder, input → painted, p95", Value: fp95, Unit: "ms", Ref: ref(rp95)},
		{Name: "full reorder, p50 as ratio to the plain-DOM page", Value: fp50 / rp50, Unit: "×", Budget: 1.2},
		{Name: "full reorder, p95 as ratio to the plain-DOM page", Value: fp95 / rp95, Unit: "×", Budget: 1.5},
		{Name: "full reorder, DOM writes (mutation records) per input, median", Value: appFull.p(appFull.Writes, 0.5), Unit: "",
			Ref: ref(refFull.p(refFull.Writes, 0.5))},
		{Name: "full reorder, longest main-thread task", Value: appFull.Longest, Unit: "ms", Ref: ref(refFull.Longest)},
	}, nil
}
