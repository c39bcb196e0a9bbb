package main

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"benchsim/app/server"
	"benchsim/app/ui"
)

// browserFigures measures the app as users get it, in headless Chromium on
// loopback: sizes, bytes over the wire, time to interactive cold and warm,
// input → DOM while dragging a lever, and the longest main-thread task.
func browserFigures() ([]Figure, error) {
	var figs []Figure
	for _, f := range []struct {
		name, path string
		budget     float64
	}{
		{"UI app.wasm raw", "web/app.wasm", 0},
		{"UI app.wasm gzip", "web/app.wasm.gz", 0},
		{"UI app.wasm brotli", "web/app.wasm.br", 2.2},
		{"drawing worker draw.wasm raw", "web/draw.wasm", 0},
		{"drawing worker draw.wasm brotli", "web/draw.wasm.br", 0},
	} {
		fi, err := os.Stat(f.path)
		if err != nil {
			return nil, fmt.Errorf("%v (run make build)", err)
		}
		figs = append(figs, Figure{Name: f.name, Value: float64(fi.Size()) / 1e6, Unit: "MB", Budget: f.budget})
	}

	bctx, url, stop, err := startBrowser()
	if err != nil {
		return nil, err
	}
	defer stop()

	// Cold and warm loads, three rounds each in fresh browser contexts; the
	// median is reported.
	var cold, warm, wire []float64
	var coldParts, warmParts [3][]float64
	for round := 0; round < 3; round++ {
		c, w, b, err := loads(bctx, url)
		if err != nil {
			return nil, err
		}
		cold, warm, wire = append(cold, c.total), append(warm, w.total), append(wire, b)
		for k, v := range []float64{c.wasm, c.goStart, c.total} {
			coldParts[k] = append(coldParts[k], v)
		}
		for k, v := range []float64{w.wasm, w.goStart, w.total} {
			warmParts[k] = append(warmParts[k], v)
		}
	}
	refCold, refBytes, err := refLoad(bctx, url)
	if err != nil {
		return nil, err
	}
	figs = append(figs,
		Figure{Name: "bytes over the wire before interactive, cold", Value: median(wire) / 1e6, Unit: "MB", Budget: 2.5, Ref: &refBytes},
		Figure{Name: "cold load → interactive (median of 3)", Value: median(cold), Unit: "s", Budget: 1.2, Ref: &refCold},
		Figure{Name: "  cold: app.wasm received", Value: median(coldParts[0]), Unit: "s"},
		Figure{Name: "  cold: wasm compiled, Go starts", Value: median(coldParts[1]), Unit: "s"},
		Figure{Name: "warm load → interactive (median of 3)", Value: median(warm), Unit: "s", Budget: 0.6},
		Figure{Name: "  warm: app.wasm received", Value: median(warmParts[0]), Unit: "s"},
		Figure{Name: "  warm: wasm compiled, Go starts", Value: median(warmParts[1]), Unit: "s"})

	inter, err := interactionFigures(bctx, url)
	if err != nil {
		return nil, err
	}
	figs = append(figs, inter...)

	drawn, longestCharts, err := chartsView(bctx, url)
	if err != nil {
		return nil, err
	}
	figs = append(figs,
		Figure{Name: "longest main-thread task, navigation through the charts view drawn (1,000-draw intervals)", Value: longestCharts, Unit: "ms", Budget: 50},
		Figure{Name: "charts view: every chart drawn, after interactive", Value: drawn, Unit: "s", Budget: 0.6})

	lh, err := lighthouseFigures(url)
	if err != nil {
		return nil, err
	}
	figs = append(figs, lh...)

	tf, err := travelFigures(bctx, url)
	if err != nil {
		return nil, err
	}
	return append(figs, tf...), nil
}

// refLoad opens the reference page in a fresh context and returns the
// seconds until its table is built and the bytes it received.
func refLoad(bctx context.Context, url string) (float64, float64, error) {
	var mu sync.Mutex
	var total float64
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext(), chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*network.EventLoadingFinished); ok {
			mu.Lock()
			total += e.EncodedDataLength
			mu.Unlock()
		}
	}))
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, time.Minute)
	defer cancelT()
	if err := chromedp.Do(ctx); err != nil {
		return 0, 0, err
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		return 0, 0, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url+refPath)); err != nil {
		return 0, 0, err
	}
	ms, err := chromedp.Run(ctx, chromedp.Poll[float64](`document.querySelector('#ref[data-ready="1"]') ? performance.now() : 0`,
		chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		return 0, 0, err
	}
	mu.Lock()
	defer mu.Unlock()
	return ms / 1000, total / 1e6, nil
}

// chartsView opens the charts view and returns the seconds from
// interactive until every chart, the rank intervals included, is drawn,
// and the longest main-thread task in that time.
func chartsView(bctx context.Context, url string) (float64, float64, error) {
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()
	// Collect long tasks from the start of the page.
	if err := chromedp.Do(ctx); err != nil {
		return 0, 0, err
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__longtasks = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__longtasks.push([e.startTime, e.duration]); }).observe({type: 'longtask'});`,
	}); err != nil {
		return 0, 0, err
	}
	ready, err := timeToInteractive(ctx, url+"/?v=1&tab=charts")
	if err != nil {
		return 0, 0, err
	}
	done, err := chromedp.Run(ctx, chromedp.Poll[float64](
		`document.querySelector('figure.chart[aria-busy="true"], .chart-placeholder') === null
		   && document.querySelector('#fig-intervals-figure svg') !== null ? performance.now() : 0`,
		chromedp.WithPollingInterval(10*time.Millisecond), chromedp.WithPollingTimeout(120*time.Second)))
	if err != nil {
		return 0, 0, fmt.Errorf("the charts were not drawn: %v", err)
	}
	longest, err := chromedp.Run(ctx, chromedp.Evaluate[float64](
		`Math.max(0, ...window.__longtasks.map(e => e[1]))`))
	if err != nil {
		return 0, 0, err
	}
	return done/1000 - ready.total, longest, nil
}

// loads opens the app in a fresh browser context (cold: nothing cached),
// then again once the service worker controls the page (warm). It returns
// both times to interactive in seconds and the bytes received cold.
func loads(bctx context.Context, url string) (cold, warm timing, bytes float64, err error) {
	var mu sync.Mutex
	var total float64
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext(), chromedp.WithListener(func(ev any) {
		if e, ok := ev.(*network.EventLoadingFinished); ok {
			mu.Lock()
			total += e.EncodedDataLength
			mu.Unlock()
		}
	}))
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelT()
	if err := chromedp.Do(ctx); err != nil {
		return timing{}, timing{}, 0, err
	}
	if _, err := chromedp.Call(ctx, network.Enable, network.EnableParams{}); err != nil {
		return timing{}, timing{}, 0, err
	}
	if cold, err = timeToInteractive(ctx, url); err != nil {
		return timing{}, timing{}, 0, err
	}
	// The page's network events do not see a worker's fetch: the wasm
	// compiled in web/compile.js is added from the loader's mark.
	workerWasm, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`(() => {
	  if (performance.getEntriesByType('resource').some(e => e.name.endsWith('/web/app.wasm'))) return 0;
	  const m = performance.getEntriesByName('app-wasm-received')[0];
	  return m && m.detail ? m.detail.transferSize : 0;
	})()`))
	if err != nil {
		return timing{}, timing{}, 0, err
	}
	mu.Lock()
	bytes = total + workerWasm
	mu.Unlock()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`,
		chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		// The first load installs the worker; a reload puts it in control.
		if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
			return timing{}, timing{}, 0, err
		}
	}
	if warm, err = timeToInteractive(ctx, url); err != nil {
		return timing{}, timing{}, 0, err
	}
	return cold, warm, bytes, nil
}

// timing splits a load, in seconds from navigation start: app.wasm
// received, Go started (the wasm compiled and instantiated), interactive.
type timing struct {
	wasm, goStart, total float64
}

// timeToInteractive navigates and returns the seconds from navigation start
// until the wasm has marked the page ready, with the parts of that time.
func timeToInteractive(ctx context.Context, url string) (timing, error) {
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return timing{}, err
	}
	ms, err := chromedp.Run(ctx, chromedp.Poll[float64](
		`document.querySelector('#app[data-ready="1"]') ? performance.now() : 0`,
		chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		return timing{}, fmt.Errorf("the app did not start at %s: %v", url, err)
	}
	parts, err := chromedp.Run(ctx, chromedp.Evaluate[[]float64](`[
	  (() => {
	    // The page's own fetch, or the compile worker's (web/compile.js), which
	    // the loader marks as app-wasm-received.
	    const r = performance.getEntriesByType('resource').find(e => e.name.endsWith('/web/app.wasm'));
	    if (r) return r.responseEnd;
	    const m = performance.getEntriesByName('app-wasm-received')[0];
	    return m ? m.startTime : 0;
	  })(),
	  (performance.getEntriesByName('go-start')[0] || {startTime: 0}).startTime]`))
	if err != nil || len(parts) != 2 {
		return timing{}, fmt.Errorf("reading the load's timings: %v", err)
	}
	return timing{wasm: parts[0] / 1000, goStart: parts[1] / 1000, total: ms / 1000}, nil
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	return quantile(s, 0.5)
}

// quantile of sorted values (nearest rank).
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	k := int(q*float64(len(sorted))+0.5) - 1
	k = max(0, min(k, len(sorted)-1))
	return sorted[k]
}

// startBrowser serves web/ as `app serve` does and starts headless
// Chromium on a fresh profile; stop ends both.
func startBrowser() (context.Context, string, func(), error) {
	ui.Routes()
	srv := httptest.NewServer(withRef(server.New(ui.Handler(server.WasmVersion("web")), "web")))
	browser := os.Getenv("CHROMIUM")
	if browser == "" {
		browser = "/usr/bin/chromium"
	}
	tmp, err := os.MkdirTemp("", "benchsim-bench-")
	if err != nil {
		srv.Close()
		return nil, "", nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.NoFirstRun,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(filepath.Join(tmp, "profile")), chromedp.WindowSize(1280, 800))
	alloc, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	bctx, cancelCtx := chromedp.NewContext(alloc)
	stop := func() { cancelCtx(); cancelAlloc(); os.RemoveAll(tmp); srv.Close() }
	if err := chromedp.Do(bctx); err != nil {
		stop()
		return nil, "", nil, fmt.Errorf("starting Chromium (%s): %v", browser, err)
	}
	return bctx, srv.URL, stop, nil
}
