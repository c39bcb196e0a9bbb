package main

import (
	"context"
	"fmt"
	"os"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

func main() {
	url := os.Args[1]
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath("/usr/bin/chromium"), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU, chromedp.WindowSize(412, 823))
	alloc, c1 := chromedp.NewExecAllocator(context.Background(), opts...)
	defer c1()
	ctx, c2 := chromedp.NewContext(alloc)
	defer c2()
	ctx, c3 := context.WithTimeout(ctx, 60*time.Second)
	defer c3()
	chromedp.Do(ctx)
	chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__lt = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lt.push([Math.round(e.startTime), Math.round(e.duration)]); }).observe({type: 'longtask'}); window.__lcp = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__lcp.push([Math.round(e.startTime), e.size, e.element ? (e.element.tagName + '#' + e.element.id + '.' + e.element.className + ' ' + (e.element.textContent||'').slice(0,60)) : 'gone', e.element ? e.element.isConnected : false]); }).observe({type: 'largest-contentful-paint', buffered: true});`,
	})
	chromedp.Do(ctx, chromedp.EmulateViewport(412, 823, chromedp.EmulateScale(1.75), chromedp.EmulateMobile, chromedp.EmulateTouch))
	chromedp.Do(ctx, chromedp.Navigate(url))
	ready, err := chromedp.Run(ctx, chromedp.Poll[float64](`document.querySelector('#app[data-ready="1"]') ? performance.now() : 0`, chromedp.WithPollingInterval(5*time.Millisecond)))
	fmt.Println("ready", ready, err)
	time.Sleep(4 * time.Second)
	res, err := chromedp.Run(ctx, chromedp.Evaluate[any](`({lcp: window.__lcp, lt: window.__lt, marks: performance.getEntriesByType("mark").map(m => [m.name, Math.round(m.startTime)]), res: performance.getEntriesByType('resource').filter(e=>e.name.includes('wasm')).map(e => [e.name, Math.round(e.startTime), Math.round(e.responseEnd)])})`))
	fmt.Printf("%v %v\n", res, err)
}
