package e2e

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"benchsim/calc"
)

// requests records the URL of every request a tab makes.
type requests struct {
	mu   sync.Mutex
	urls []string
}

func recordRequests(t *testing.T, ctx context.Context) *requests {
	t.Helper()
	r := &requests{}
	if err := chromedp.Listen(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			r.mu.Lock()
			r.urls = append(r.urls, e.Request.URL)
			r.mu.Unlock()
		}
	}); err != nil {
		t.Fatal(err)
	}
	return r
}

// foreign returns the requests that left origin (data: and blob: stay).
func (r *requests) foreign(origin string) []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, u := range r.urls {
		if u == origin || strings.HasPrefix(u, origin+"/") || strings.HasPrefix(u, "data:") || strings.HasPrefix(u, "blob:") {
			continue
		}
		out = append(out, u)
	}
	return out
}

// TestOffline: after the first load the service worker controls the page;
// with the server gone a reload still runs the app, with the dataset that
// was imported before.
func TestOffline(t *testing.T) {
	ts := newServer()
	defer ts.Close()
	ctx := newTab(t)
	reqs := recordRequests(t, ctx)
	open(t, ctx, ts.URL+"/?v=1&tab=data")
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`navigator.serviceWorker.controller !== null`,
		chromedp.WithPollingTimeout(60*time.Second))); err != nil {
		t.Fatalf("the service worker does not control the page: %v", err)
	}
	path, ok := realExtract(t)
	if !ok {
		path = demoFile(t)
	}
	ds := readDataset(t, path)
	importFile(t, ctx, path)
	waitFor(t, ctx, "the import", `document.querySelector('#import-ok') !== null`)
	do(t, ctx, chromedp.Click(chromedp.CSS("#import-ok a")))
	waitFor(t, ctx, "the ranking page", `document.querySelector('#app').dataset.tab === 'ranking'`)
	online := checkTable(t, ctx, ds, calc.DefaultScenario(), calc.Total, "da")
	q := query(t, ctx)
	if !strings.Contains(q, "ds=") {
		t.Fatalf("the URL %q does not name the imported dataset", q)
	}
	if f := reqs.foreign(ts.URL); len(f) > 0 {
		t.Errorf("requests left the page's origin: %v", f)
	}

	ts.Close()
	if resp, err := chromedp.RunResponse(ctx, chromedp.Reload()); err != nil {
		t.Fatalf("reload offline: %v", err)
	} else if resp != nil && resp.Status != 200 {
		t.Fatalf("reload offline: status %d", resp.Status)
	}
	waitReady(t, ctx)
	if err := sameTable(readTable(t, ctx), online); err != nil {
		t.Fatalf("offline the imported dataset's table differs: %v", err)
	}
	// Another view of the same data, opened offline by its address.
	open(t, ctx, ts.URL+"/?"+q+"&tab=municipality&m=101")
	waitFor(t, ctx, "the municipality page", `document.querySelector('#muni-name').textContent === 'København'`)
	// The stored datasets are listed offline too.
	open(t, ctx, ts.URL+"/?"+strings.Replace(q, "ds=", "tab=data&ds=", 1))
	if got := eval[string](t, ctx, `document.querySelector('#ds-name').textContent`); got != importedName(path) {
		t.Errorf("offline the data page shows %q, want %q", got, importedName(path))
	}
}

// TestOwnOrigin visits every view and uses a few levers: no request goes
// anywhere but the page's own origin.
func TestOwnOrigin(t *testing.T) {
	ctx := newTab(t)
	reqs := recordRequests(t, ctx)
	open(t, ctx, shared.URL)
	for _, tab := range []string{"scenario", "municipality", "data", "method", "ranking"} {
		do(t, ctx, chromedp.Click(chromedp.ID("tab-"+tab)))
		waitFor(t, ctx, "the "+tab+" page", `document.querySelector('#app').dataset.tab === '`+tab+`'`)
	}
	do(t, ctx, chromedp.Click(chromedp.ID("lang")))
	waitFor(t, ctx, "English", `document.documentElement.lang === 'en'`)
	if f := reqs.foreign(shared.URL); len(f) > 0 {
		t.Errorf("requests left the page's origin: %v", f)
	}
	reqs.mu.Lock()
	n := len(reqs.urls)
	reqs.mu.Unlock()
	if n < 5 {
		t.Errorf("only %d requests recorded: is the listener working?", n)
	}
}
