package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// The install button arrives after the page has shown, when the browser
// offers installing (beforeinstallprompt): it takes room the header keeps
// for it, so nothing on the page moves. Before, on a phone, the title
// wrapped and the page moved down by its new line: Lighthouse counted a
// layout shift of 0,14 for it.
func TestInstallButtonShiftsNothing(t *testing.T) {
	for _, tc := range []struct {
		w, h int64
		lang string
	}{{412, 823, "da"}, {412, 823, "en"}, {360, 740, "da"}, {1280, 800, "da"}, {1280, 800, "en"}} {
		t.Run(fmt.Sprintf("%dx%d-%s", tc.w, tc.h, tc.lang), func(t *testing.T) {
			ctx := newTab(t)
			do(t, ctx, chromedp.EmulateViewport(tc.w, tc.h))
			url := shared.URL + "/"
			if tc.lang == "en" {
				url += "?lang=en"
			}
			open(t, ctx, url)
			before := eval[string](t, ctx, `(() => {
			  window.__shift = 0;
			  new PerformanceObserver(l => { for (const e of l.getEntries()) if (!e.hadRecentInput) window.__shift += e.value; })
			    .observe({type: 'layout-shift'});
			  const r = document.querySelector('#main h1').getBoundingClientRect();
			  return r.top + ',' + r.left;
			})()`)
			if n := eval[int](t, ctx, `document.querySelectorAll('#install').length`); n != 0 {
				t.Fatalf("%d install buttons before the browser offered installing", n)
			}
			// What the browser fires when it offers installing; go-app's
			// app.js keeps the event and tells the program.
			eval[bool](t, ctx, `window.dispatchEvent(new Event('beforeinstallprompt', {cancelable: true}))`)
			waitFor(t, ctx, "the install button", `document.querySelector("#install") !== null`)
			// Two frames, so a shift would have been reported.
			evalAwait[bool](t, ctx, `new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => r(true), 50))))`)
			after := eval[string](t, ctx, `(() => { const r = document.querySelector('#main h1').getBoundingClientRect(); return r.top + ',' + r.left; })()`)
			if after != before {
				t.Errorf("the page's heading moved from %s to %s when the install button came", before, after)
			}
			if s := eval[float64](t, ctx, `window.__shift`); s > 0.001 {
				t.Errorf("layout shift %.4f when the install button came, want none", s)
			}
			// Its name is the label, also where only its icon shows.
			if name := eval[string](t, ctx, `document.querySelector('#install').textContent.trim()`); name != map[string]string{"da": "Installér app", "en": "Install app"}[tc.lang] {
				t.Errorf("the install button's text is %q", name)
			}
			if w := eval[float64](t, ctx, `document.querySelector('#install').getBoundingClientRect().width`); w < 24 {
				t.Errorf("the install button is %.0f px wide: too small to tap", w)
			}
		})
	}
}
