package main

import (
	"context"
	"fmt"
	"sort"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// timeline opens path cold in a fresh browser context, waits until the app
// is interactive and then for wait, and prints the page's performance
// marks and long tasks in time order: where a start's time goes.
func timeline(bctx context.Context, url, path string, wait time.Duration) error {
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 2*time.Minute)
	defer cancelT()
	if err := chromedp.Do(ctx); err != nil {
		return err
	}
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__longtasks = []; new PerformanceObserver(l => { for (const e of l.getEntries()) window.__longtasks.push([e.startTime, e.duration]); }).observe({type: 'longtask'});`,
	}); err != nil {
		return err
	}
	tti, err := timeToInteractive(ctx, url+path)
	if err != nil {
		return err
	}
	time.Sleep(wait)
	type event struct {
		At, Dur float64
		Name    string
	}
	events, err := chromedp.Run(ctx, chromedp.Evaluate[[]event](`[
	  ...performance.getEntriesByType('mark').map(m => ({At: m.startTime, Dur: 0, Name: m.name})),
	  ...performance.getEntriesByType('paint').map(m => ({At: m.startTime, Dur: 0, Name: m.name})),
	  ...window.__longtasks.map(t => ({At: t[0], Dur: t[1], Name: 'long task'})),
	  ...performance.getEntriesByType('resource').flatMap(r => [
	    {At: r.startTime, Dur: 0, Name: 'fetch ' + new URL(r.name).pathname},
	    {At: r.responseEnd, Dur: 0, Name: 'received ' + new URL(r.name).pathname}]),
	  ...(() => { const n = performance.getEntriesByType('navigation')[0]; return n ? [
	    {At: n.responseEnd, Dur: 0, Name: 'page received'},
	    {At: n.domContentLoadedEventEnd, Dur: 0, Name: 'DOMContentLoaded'},
	    {At: n.loadEventEnd, Dur: 0, Name: 'load'}] : []; })()]`))
	if err != nil {
		return err
	}
	events = append(events, event{At: tti.total * 1000, Name: "interactive (data-ready seen)"})
	sort.SliceStable(events, func(i, j int) bool { return events[i].At < events[j].At })
	for _, e := range events {
		if e.Dur > 0 {
			fmt.Printf("%8.1f ms  %-24s %6.1f ms\n", e.At, e.Name, e.Dur)
		} else {
			fmt.Printf("%8.1f ms  %s\n", e.At, e.Name)
		}
	}
	return nil
}
