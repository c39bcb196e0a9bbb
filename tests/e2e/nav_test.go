package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"benchsim/app/ui/view"
)

// shownView is what the page shows: the address, the state the app
// rendered (data-query) and the tab marked as the current one.
type shownView struct{ Search, Query, Tab string }

func (v shownView) String() string {
	return fmt.Sprintf("address ?%s, rendered %q, tab %q", v.Search, v.Query, v.Tab)
}

func currentView(t *testing.T, ctx context.Context) shownView {
	t.Helper()
	v := eval[[]string](t, ctx, `[location.search.slice(1), document.querySelector('#app').dataset.query,
		(document.querySelector('.tabs a[aria-current=page]') || {id: ''}).id.replace(/^tab-/, '')]`)
	return shownView{v[0], v[1], v[2]}
}

// follow clicks the link with the id and waits until the page shows the
// view its address names, with that tab current: a link that does nothing
// fails the test.
func follow(t *testing.T, ctx context.Context, id, tab string) shownView {
	t.Helper()
	href := eval[string](t, ctx, fmt.Sprintf(`document.getElementById(%q).getAttribute('href')`, id))
	do(t, ctx, chromedp.Click(chromedp.ID(id)))
	want := strings.TrimPrefix(href, "/?")
	js := fmt.Sprintf(`(() => { const q = location.search.slice(1), a = document.querySelector('#app');
		return a.dataset.query === q && (q === %q || %q === 'tour' && q.includes('tab=tour')) &&
			!!document.querySelector('.tabs a#tab-%s[aria-current=page]'); })()`, want, tab, tab)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(10e9))); err != nil {
		t.Fatalf("clicking #%s (href %s) left the page at %s", id, href, currentView(t, ctx))
	}
	return currentView(t, ctx)
}

// walkHistory goes back through the views (the last one is shown) and then
// forward again, checking each.
func walkHistory(t *testing.T, ctx context.Context, views []shownView) {
	t.Helper()
	at := func(i int, how string) {
		want := views[i]
		js := fmt.Sprintf(`(() => { const a = document.querySelector('#app'), c = document.querySelector('.tabs a[aria-current=page]');
			return location.search.slice(1) === %q && a.dataset.query === %q && !!c && c.id === 'tab-' + %q; })()`, want.Search, want.Query, want.Tab)
		if _, err := chromedp.Run(ctx, chromedp.Poll[bool](js, chromedp.WithPollingTimeout(10e9))); err != nil {
			t.Fatalf("%s to view %d: want %s, the page shows %s", how, i, want, currentView(t, ctx))
		}
	}
	for i := len(views) - 2; i >= 0; i-- {
		do(t, ctx, chromedp.NavigateBack())
		at(i, "back")
	}
	for i := 1; i < len(views); i++ {
		do(t, ctx, chromedp.NavigateForward())
		at(i, "forward")
	}
}

// clickTile clicks a municipality's tile on the charts page's map.
func clickTile(t *testing.T, ctx context.Context, code int) {
	t.Helper()
	tile := fmt.Sprintf(`#fig-map-figure .bm-tile[data-code="%d"]`, code)
	// The map is drawn by the worker: a drawing lost on the way (the page
	// was left before it came) must be drawn again.
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](fmt.Sprintf(`document.querySelector(%q) !== null`, tile), chromedp.WithPollingTimeout(30e9))); err != nil {
		t.Fatalf("the map was not drawn at %s: %v", currentView(t, ctx), err)
	}
	do(t, ctx, chromedp.ScrollIntoView(chromedp.CSS(tile)), chromedp.Click(chromedp.CSS(tile)))
}

// TestTabLinksAfterLevers: after a lever changed the address, every tab's
// link shows its tab with the levers kept, back and forward walk through
// the same views, and after a reload the tabs work again.
func TestTabLinksAfterLevers(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&m=336")
	views := []shownView{currentView(t, ctx)}
	views = append(views, follow(t, ctx, "tab-scenario", view.TabScenario))
	do(t, ctx, chromedp.Click(chromedp.ID("scope-kl")))
	waitQuery(t, ctx, "v=1&scope=kl&tab=scenario&m=336")
	views = append(views, currentView(t, ctx))
	do(t, ctx, chromedp.Click(chromedp.ID("weighting-cost")))
	waitFor(t, ctx, "w=cost", `location.search.includes('w=cost')`)
	views = append(views, currentView(t, ctx))
	// Every tab, twice, and back to one seen before the levers moved.
	for round := 0; round < 2; round++ {
		for _, tab := range view.Tabs {
			if tab == view.TabTour {
				continue // the tour opens its steps' own scenarios (TestNavLinksAfterAppSteps)
			}
			v := follow(t, ctx, "tab-"+tab, tab)
			if round == 0 {
				views = append(views, v)
			}
			if !strings.Contains(v.Search, "scope=kl") || !strings.Contains(v.Search, "w=cost") {
				t.Errorf("tab %s: the levers were lost: %s", tab, v)
			}
		}
	}
	// The second round added no history entries of its own beyond one
	// per click; walk back over it to the first round's views.
	eval[bool](t, ctx, fmt.Sprintf(`history.go(-%d), true`, len(view.Tabs)-1))
	waitFor(t, ctx, "back at the first round's end", fmt.Sprintf(`location.search.slice(1) === %q && document.querySelector('#app').dataset.query === location.search.slice(1)`, views[len(views)-1].Search))
	walkHistory(t, ctx, views)

	// The charts tab, a map tile to the municipality page, and the charts
	// tab again.
	follow(t, ctx, "tab-charts", view.TabCharts)
	clickTile(t, ctx, 336)
	waitFor(t, ctx, "the municipality page", `location.search.includes('tab=municipality&m=336')`)
	follow(t, ctx, "tab-charts", view.TabCharts)

	// A lever moved back to the official model, then the ranking tab: its
	// address is the one first opened, and the tab works.
	follow(t, ctx, "tab-scenario", view.TabScenario)
	do(t, ctx, chromedp.Click(chromedp.ID("scope-default")))
	do(t, ctx, chromedp.Click(chromedp.ID("weighting-default")))
	waitQuery(t, ctx, "v=1&tab=scenario&m=336")
	follow(t, ctx, "tab-ranking", view.TabRanking)

	// After a reload the tabs work, back included.
	follow(t, ctx, "tab-scenario", view.TabScenario)
	eval[bool](t, ctx, `document.querySelector('#app').dataset.ready = 'reloading', true`)
	do(t, ctx, chromedp.Reload())
	// The old document may answer first, or none while the new one loads.
	for i := 0; ; i++ {
		ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`location.search === '?v=1&tab=scenario&m=336' && document.querySelector('#app[data-ready="1"]') !== null`))
		if err == nil && ok {
			break
		}
		if i == 600 {
			t.Fatalf("the reloaded page did not start: %v", err)
		}
		time.Sleep(100 * time.Millisecond)
	}
	do(t, ctx, chromedp.Click(chromedp.ID("scope-kl")))
	waitQuery(t, ctx, "v=1&scope=kl&tab=scenario&m=336")
	after := []shownView{currentView(t, ctx)}
	for _, tab := range []string{view.TabRanking, view.TabCharts, view.TabScenario} {
		after = append(after, follow(t, ctx, "tab-"+tab, tab))
	}
	walkHistory(t, ctx, after)
}

// TestNavLinksAfterAppSteps: a link to the view the app last navigated to
// by a link works after the app moved on by itself (a map tile opening
// the municipality page, the tour's Next button).
func TestNavLinksAfterAppSteps(t *testing.T) {
	ctx := newTab(t)
	// The map's tile opens the municipality page; the charts tab goes back.
	open(t, ctx, shared.URL+"/?v=1&tab=charts&m=336")
	clickTile(t, ctx, 336)
	waitQuery(t, ctx, "v=1&tab=municipality&m=336")
	follow(t, ctx, "tab-charts", view.TabCharts)
	if v := currentView(t, ctx); v.Search != "v=1&tab=charts&m=336" {
		t.Errorf("the charts tab opened %s", v)
	}

	// The tour: a step's dot after Next, twice.
	follow(t, ctx, "tab-tour", view.TabTour)
	for round := 0; round < 2; round++ {
		do(t, ctx, chromedp.Click(chromedp.ID("tour-next")))
		waitFor(t, ctx, "step 2", `document.querySelector('#tour').dataset.step === '2'`)
		do(t, ctx, chromedp.Click(chromedp.ID("tour-dot-1")))
		waitFor(t, ctx, fmt.Sprintf("step 1 by its dot (round %d)", round+1),
			`document.querySelector('#tour').dataset.step === '1' && location.search.includes('step=1')`)
	}
	// From the tour back to the ranking, and back again to the tour.
	follow(t, ctx, "tab-ranking", view.TabRanking)
	do(t, ctx, chromedp.NavigateBack())
	waitFor(t, ctx, "back on the tour's step 1", `location.search.includes('tab=tour') && document.querySelector('#tour') !== null && document.querySelector('#tour').dataset.step === '1'`)
}
