package e2e

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"benchsim/app/report"
	"benchsim/calc"
	"benchsim/calc/demo"
)

// shownRow is one row of the ranking as the DOM has it: its code, class,
// the pin's state and every cell's text and class by column.
type shownRow struct {
	Code    string            `json:"code"`
	Class   string            `json:"class"`
	Pressed string            `json:"pressed"`
	Label   string            `json:"label"`
	Href    string            `json:"href"`
	Text    map[string]string `json:"text"`
	Classes map[string]string `json:"classes"`
}

func readShown(t *testing.T, ctx context.Context) []shownRow {
	t.Helper()
	return eval[[]shownRow](t, ctx, `Array.from(document.querySelectorAll('#ranking tbody > tr')).map(tr => {
		const pin = tr.querySelector('th[data-col="name"] > button.pin'), a = tr.querySelector('th[data-col="name"] > a');
		const text = {}, classes = {};
		for (const c of tr.children) { text[c.dataset.col] = c.textContent.trim(); classes[c.dataset.col] = c.className; }
		return {code: tr.dataset.code, class: tr.className, pressed: pin ? pin.getAttribute('aria-pressed') : '',
			label: pin ? pin.getAttribute('aria-label') : '', href: a ? a.getAttribute('href') : '', text, classes};
	})`)
}

// checkRowsShown compares the table with report's rows for the page's own
// scenario (decoded from the query the page rendered), computed here by
// calc.Apply and report.Rows: the order, every shown cell's text and
// class, the pinned row's class and its pin button.
func checkRowsShown(t *testing.T, ctx context.Context, what string, v report.View) *calc.Result {
	t.Helper()
	q := eval[string](t, ctx, `document.querySelector('#app').dataset.query`)
	sc, err := calc.DecodeScenario(q)
	if err != nil {
		t.Fatalf("%s: the page's query %q: %v", what, q, err)
	}
	res, err := calc.Apply(demo.Dataset(), sc)
	if err != nil {
		t.Fatalf("%s: calc on %q: %v", what, q, err)
	}
	want := report.Rows(res, &v)
	got := readShown(t, ctx)
	if len(got) != len(want) {
		t.Fatalf("%s: %d rows shown, report has %d", what, len(got), len(want))
	}
	for i := range want {
		w, g := &want[i], got[i]
		name := w.Muni.Name
		if g.Code != strconv.Itoa(w.Muni.Code) {
			t.Fatalf("%s (%s): row %d is %s, report has %d (%s)", what, q, i+1, g.Code, w.Muni.Code, name)
		}
		if len(g.Text) < 5 {
			t.Fatalf("%s: row %d (%s) has only the columns %v", what, i+1, name, g.Text)
		}
		for col, text := range g.Text {
			c := report.ColumnByID(col)
			if c == nil {
				t.Fatalf("%s: row %d has an unknown column %q", what, i+1, col)
			}
			if wt := c.Cell(w, report.Display, v.Lang); text != wt {
				t.Fatalf("%s (%s): row %d (%s), %s: shown %q, report %q", what, q, i+1, name, col, text, wt)
			}
			if wc := strings.Join(strings.Fields(c.CellClass(w)), " "); g.Classes[col] != wc {
				t.Fatalf("%s: row %d (%s), %s: class %q, report %q", what, i+1, name, col, g.Classes[col], wc)
			}
		}
		wantClass, pressed := "", "false"
		if w.Pinned {
			wantClass, pressed = "pinned", "true"
		}
		if g.Class != wantClass || g.Pressed != pressed || !strings.Contains(g.Label, name) {
			t.Fatalf("%s: row %d (%s): class %q, pin aria-pressed %q, label %q; pinned %v", what, i+1, name, g.Class, g.Pressed, g.Label, w.Pinned)
		}
		if g.Href != "/?tab=municipality&m="+g.Code && !strings.Contains(g.Href, "m="+g.Code) {
			t.Fatalf("%s: row %d (%s): link %q", what, i+1, name, g.Href)
		}
	}
	return res
}

// drag sets a slider to each value in turn with an input event a frame
// apart, as a pointer drag does, without the change event that ends it.
func drag(t *testing.T, ctx context.Context, sel string, values ...string) {
	t.Helper()
	js := fmt.Sprintf(`(async (sel, values) => { const el = document.querySelector(sel);
		for (const v of values) { el.value = v; el.dispatchEvent(new Event('input', {bubbles: true}));
			await new Promise(r => requestAnimationFrame(() => setTimeout(r, 0))); } return true; })(%q, %s)`, sel, jsStrings(values))
	evalAwait[bool](t, ctx, js)
}

func jsStrings(vs []string) string {
	qs := make([]string, len(vs))
	for i, v := range vs {
		qs[i] = strconv.Quote(v)
	}
	return "[" + strings.Join(qs, ",") + "]"
}

// waitRendered waits until the page has rendered a query matching pattern
// (a JavaScript regular expression).
func waitRendered(t *testing.T, ctx context.Context, what, pattern string) {
	t.Helper()
	waitFor(t, ctx, what, fmt.Sprintf(`new RegExp(%q).test(document.querySelector('#app').dataset.query)`, pattern))
}

// TestTableFollowsDragAndReorder: the table the browser patches row by row
// (domtable) equals report's rows for the scenario in the middle of a drag
// of the target caseload, after it, in the middle of a drag of a custom
// weight that reorders the whole list, after a sort by name, and after a
// pin is moved to another row.
func TestTableFollowsDragAndReorder(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=scenario&m=336")
	v := report.View{Area: calc.Total, Pinned: 336, Lang: "da"}
	checkRowsShown(t, ctx, "the start", v)

	drag(t, ctx, "#c1-range", "140", "120", "90", "60", "45")
	waitRendered(t, ctx, "the dragged caseload", `cl=336(:|%3A)[0-9.]+(:|%3A)45(&|$)`)
	res := checkRowsShown(t, ctx, "mid-drag of the caseload", v)
	if res.Moved(calc.Total, 1) == 0 {
		t.Fatal("the caseload drag moved no municipality: the test shows nothing")
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('#c1-range').dispatchEvent(new Event('change', {bubbles: true}))`))
	checkRowsShown(t, ctx, "after the caseload drag", v)

	open(t, ctx, shared.URL+"/?v=1&tab=scenario&w=custom&m=336")
	checkRowsShown(t, ctx, "custom weights", v)
	drag(t, ctx, "#weight-kth-range", "0.1", "9.7", "3.2", "8.8")
	waitRendered(t, ctx, "the dragged weight", `kth(:|%3A)8.8`)
	res = checkRowsShown(t, ctx, "mid-drag of a weight", v)
	if res.Moved(calc.Total, 5) < 10 {
		t.Fatalf("the weight moved only %d municipalities 5 places or more: not a reorder", res.Moved(calc.Total, 5))
	}
	checkTableWriter(t, ctx)
	checkPatch(t, ctx, v, "#weight-kth-range", "2.4", `kth(:|%3A)2.4`)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('#weight-kth-range').dispatchEvent(new Event('change', {bubbles: true}))`))

	do(t, ctx, chromedp.Click(`#ranking thead button.sort[data-col="name"]`))
	waitRendered(t, ctx, "the sort by name", `sort=name`)
	v.Sort = "name"
	checkRowsShown(t, ctx, "sorted by name", v)

	// Pin the row now third: the old pin's row loses its class, the new one gains it.
	code := eval[string](t, ctx, `document.querySelector('#ranking tbody > tr:nth-child(3)').dataset.code`)
	do(t, ctx, chromedp.Click(`#ranking tbody > tr:nth-child(3) button.pin`))
	waitRendered(t, ctx, "the new pin", `(^|&)m=`+code+`(&|$)`)
	v.Pinned, _ = strconv.Atoi(code)
	checkRowsShown(t, ctx, "pinned anew", v)
	if n := eval[int](t, ctx, `document.querySelectorAll('#ranking tbody > tr.pinned').length`); n != 1 {
		t.Fatalf("%d pinned rows", n)
	}
	checkTableWriter(t, ctx)
}

// checkTableWriter checks that web/table.js wrote the ranking's rows (not
// domtable's fallback) and that its rows by key are the body's rows.
func checkTableWriter(t *testing.T, ctx context.Context) {
	t.Helper()
	if bad := eval[string](t, ctx, `(() => {
	  const b = document.querySelector('#ranking tbody'), m = b.benchsimRows;
	  if (!(m instanceof Map)) return 'no benchsimRows: web/table.js did not write the rows';
	  if (m.size !== b.children.length) return m.size + ' rows by key, ' + b.children.length + ' in the body';
	  for (const [k, tr] of m) if (tr.parentNode !== b || tr.dataset.code !== k) return 'the row of ' + k + ' is not in the body';
	  return '';
	})()`); bad != "" {
		t.Error(bad)
	}
}

// TestTableNeverShownEmpty: when the wasm takes over the prerendered page
// and when a tab is switched, domtable fills the ranking's body in the same
// task go-app mounts it, so no frame shows the table without rows.
func TestTableNeverShownEmpty(t *testing.T) {
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `window.__empty = []; window.__frames = 0; (function f() { const b = document.querySelector('#ranking tbody');
			window.__frames++; if (b && b.children.length === 0) window.__empty.push(location.search); requestAnimationFrame(f); })();`,
	}); err != nil {
		t.Fatal(err)
	}
	settle := func() { evalAwait[bool](t, ctx, `new Promise(r => setTimeout(() => r(true), 800))`) }
	for _, u := range []string{"/", "/?v=1&tab=scenario&m=336"} {
		open(t, ctx, shared.URL+u)
		settle()
		if e := eval[[]string](t, ctx, `window.__empty`); len(e) > 0 {
			t.Errorf("%s: %d frames showed the ranking without rows", u, len(e))
		}
	}
	do(t, ctx, chromedp.Click(chromedp.ID("tab-ranking")))
	waitFor(t, ctx, "the ranking tab", `document.querySelector('#app').dataset.tab === 'ranking'`)
	settle()
	if e := eval[[]string](t, ctx, `window.__empty`); len(e) > 0 {
		t.Errorf("after switching tabs: %d frames showed the ranking without rows", len(e))
	}
	if n := eval[int](t, ctx, `window.__frames`); n < 20 {
		t.Fatalf("only %d frames watched", n)
	}
}

// Without web/table.js (a page that did not load it) the table and the
// texts around it still follow: domtable rewrites the body's HTML on every
// update, the texts are written one by one.
func TestTableWithoutWriter(t *testing.T) {
	ctx := newTab(t)
	if _, err := chromedp.Call(ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `for (const name of ['benchsimTableApply', 'benchsimSetTexts'])
		  Object.defineProperty(self, name, {get() { return undefined; }, set(v) {}});`,
	}); err != nil {
		t.Fatal(err)
	}
	open(t, ctx, shared.URL+"/?v=1&tab=scenario&w=custom&m=336")
	v := report.View{Area: calc.Total, Pinned: 336, Lang: "da"}
	checkRowsShown(t, ctx, "custom weights", v)
	drag(t, ctx, "#weight-kth-range", "0.1", "9.7", "3.2", "8.8")
	waitRendered(t, ctx, "the dragged weight", `kth(:|%3A)8.8`)
	if res := checkRowsShown(t, ctx, "mid-drag of a weight", v); res.Moved(calc.Total, 5) < 10 {
		t.Fatalf("the weight moved only %d municipalities 5 places or more: not a reorder", res.Moved(calc.Total, 5))
	}
	checkPatch(t, ctx, v, "#weight-kth-range", "2.4", `kth(:|%3A)2.4`)
	if eval[bool](t, ctx, `document.querySelector('#ranking tbody').benchsimRows !== undefined`) {
		t.Error("web/table.js wrote the rows: the test did not keep it out")
	}
}

// checkPatch sets the slider sel to value with one input event and reads,
// in the same task (before go-app's render, which follows the next
// paint), what the input handler wrote (patchNow): the rows' order and
// the scenario headline's count of moved municipalities. Both must be
// calc's for the scenario the page then renders.
func checkPatch(t *testing.T, ctx context.Context, v report.View, sel, value, pattern string) {
	t.Helper()
	snap := eval[[]string](t, ctx, fmt.Sprintf(`(() => {
	  const el = document.querySelector(%q);
	  el.value = %q; el.dispatchEvent(new Event('input', {bubbles: true}));
	  const rows = [...document.querySelectorAll('#ranking tbody tr')].map(r => r.dataset.code).join(',');
	  return [rows, document.querySelector('#s-moved .hl-value').textContent];
	})()`, sel, value))
	waitRendered(t, ctx, "the input's render", pattern)
	q := eval[string](t, ctx, `document.querySelector('#app').dataset.query`)
	sc, err := calc.DecodeScenario(q)
	if err != nil {
		t.Fatalf("the page's query %q: %v", q, err)
	}
	res, err := calc.Apply(demo.Dataset(), sc)
	if err != nil {
		t.Fatalf("calc on %q: %v", q, err)
	}
	var codes []string
	for _, r := range report.Rows(res, &v) {
		codes = append(codes, strconv.Itoa(r.Muni.Code))
	}
	if want := strings.Join(codes, ","); snap[0] != want {
		t.Errorf("rows written by the input handler:\n%s\nreport's for %s:\n%s", snap[0], q, want)
	}
	if want := fmt.Sprint(res.Headline(calc.Total).Moved); snap[1] != want {
		t.Errorf("headline moved written by the input handler %q, calc %s", snap[1], want)
	}
}
