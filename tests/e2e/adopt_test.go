package e2e

import (
	"context"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"benchsim/app/report"
	"benchsim/calc"
)

// markServerNodes marks, before the UI program runs, the prerendered
// page's elements the tests follow (a JavaScript property the running
// page cannot have set), and its form controls' focus.
const markServerNodes = `document.addEventListener('DOMContentLoaded', () => {
  for (const el of document.querySelectorAll('#app, #main h1, header.top, #ranking tbody, nav.tabs a, input'))
    el.__server = true;
  window.__changedInputs = [...document.querySelectorAll('input, textarea')]
    .filter((el) => (el.type === 'checkbox' || el.type === 'radio') ? el.checked !== el.defaultChecked : el.value !== el.defaultValue)
    .map((el) => el.id + ':' + el.value + '/' + el.defaultValue);
});`

// settledApp is the running page's #app written out with its attributes
// in order (go-app sets them in map order), the render counter, the ready
// marker and what the drawing worker writes when it answers left out.
const settledApp = `(() => {
  const skip = new Set(['data-rev', 'data-ready']);
  const out = [];
  const walk = (n) => {
    if (n.nodeType === 3) { out.push(JSON.stringify(n.data)); return; }
    if (n.nodeType !== 1) { out.push('<!' + n.nodeType + '>'); return; }
    const attrs = n.getAttributeNames().filter((a) => !skip.has(a)).sort().map((a) => a + '=' + JSON.stringify(n.getAttribute(a)));
    out.push('<' + n.localName + (attrs.length ? ' ' + attrs.join(' ') : '') + '>');
    if (!n.matches('.chart-body, .chart-note, .stand-in, [aria-busy]')) for (const c of n.childNodes) walk(c);
    out.push('</' + n.localName + '>');
  };
  walk(document.querySelector('#app'));
  return out.join('');
})()`

// settle waits until the start is over: the table filled, the OnMounts
// and the first renders after them done.
func settle(t *testing.T, ctx context.Context) {
	t.Helper()
	evalAwait[bool](t, ctx, `new Promise(r => setTimeout(() => requestAnimationFrame(() => r(true)), 600))`)
}

// The UI program's start adopts the prerendered page (app/internal/
// wasmbuild's patch of go-app's first mount): the elements the browser
// has shown since the first paint stay, and the page they make is
// exactly the one go-app would have built in their place.
func TestStartAdoptsThePrerenderedPage(t *testing.T) {
	for _, u := range []string{"/", "/?lang=en", "/?v=1&tab=scenario&m=336", "/?v=1&tab=compare",
		"/?v=1&tab=municipality&m=101", "/?v=1&tab=data", "/?v=1&tab=method", "/?v=1&tab=charts"} {
		t.Run(strings.TrimPrefix(u, "/?"), func(t *testing.T) {
			adopted := newTab(t)
			addScript(t, adopted, markServerNodes)
			open(t, adopted, shared.URL+u)
			settle(t, adopted)
			kept := eval[map[string]bool](t, adopted, `(() => {
			  const out = {};
			  for (const sel of ['#app', '#main h1', 'header.top', 'nav.tabs a'])
			    out[sel] = !!(document.querySelector(sel) || {}).__server;
			  return out;
			})()`)
			if c := eval[[]string](t, adopted, `window.__changedInputs`); len(c) > 0 {
				t.Errorf("the prerendered page's controls differ from their markup before anyone touched them: %v", c)
			}
			for sel, ok := range kept {
				if !ok {
					t.Errorf("%s is not the prerendered element: the start replaced it", sel)
				}
			}

			replaced := newTab(t)
			addScript(t, replaced, `window.benchsimNoAdopt = true;`+markServerNodes)
			open(t, replaced, shared.URL+u)
			settle(t, replaced)
			if eval[bool](t, replaced, `!!document.querySelector('#app').__server`) {
				t.Fatal("with benchsimNoAdopt the prerendered page was adopted: the comparison below compares nothing")
			}
			a, r := eval[string](t, adopted, settledApp), eval[string](t, replaced, settledApp)
			if a != r {
				i := 0
				for i < len(a) && i < len(r) && a[i] == r[i] {
					i++
				}
				t.Errorf("the adopted page differs from the one go-app builds (%d and %d bytes), from byte %d:\nadopted:  %s\nreplaced: %s",
					len(a), len(r), i, excerpt(a, i), excerpt(r, i))
			}
		})
	}
}

func excerpt(s string, i int) string {
	from, to := max(0, i-150), min(len(s), i+150)
	return s[from:to]
}

func addScript(t *testing.T, ctx context.Context, src string) {
	t.Helper()
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: src}); err != nil {
		t.Fatal(err)
	}
}

// What the user did on the prerendered page before the UI program ran
// stays: the focus (on the element the browser has focused), and a slider
// moved then becomes the scenario, its table calc's for it.
func TestStartKeepsWhatTheUserDid(t *testing.T) {
	ctx := newTab(t)
	// As the page is parsed, before the program can run (it is fetched
	// after the first paint): the custom weight for kth moved to 8.8 and
	// the scenario tab's link focused.
	addScript(t, ctx, markServerNodes+`
document.addEventListener('DOMContentLoaded', () => {
  const r = document.querySelector('#weight-kth-range');
  r.value = '8.8';
  window.__before = r.value;
  document.querySelector('#tab-compare').focus();
});`)
	open(t, ctx, shared.URL+"/?v=1&tab=scenario&w=custom&m=336")
	if b := eval[string](t, ctx, `window.__before`); b != "8.8" {
		t.Fatalf("the slider could not be moved before the start (%q)", b)
	}
	waitRendered(t, ctx, "the weight moved before the start", `kth(:|%3A)8.8`)
	settle(t, ctx)
	res := checkRowsShown(t, ctx, "the weight moved before the start", report.View{Area: calc.Total, Pinned: 336, Lang: "da"})
	if res.Moved(calc.Total, 5) < 10 {
		t.Fatalf("the weight moved only %d municipalities 5 places or more: the test shows nothing", res.Moved(calc.Total, 5))
	}
	if v := eval[string](t, ctx, `document.querySelector('#weight-kth-range').value`); v != "8.8" {
		t.Errorf("the slider shows %s after the start, want 8.8", v)
	}
	if f := eval[string](t, ctx, `(() => { const a = document.activeElement; return (a.__server ? 'prerendered ' : 'new ') + a.id; })()`); f != "prerendered tab-compare" {
		t.Errorf("focus after the start: %s, want the prerendered tab-compare", f)
	}
}
