package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"benchsim/calc"
	"benchsim/calc/demo"
)

const stevns = 336

// TestCaseload changes Stevns' caseload with the keyboard on the range
// input and by typing in the number input; each time the table equals
// calc's result for the scenario in the URL, and the URL opened in a fresh
// browser shows the same table.
func TestCaseload(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, fmt.Sprintf("%s/?v=1&tab=scenario&m=%d", shared.URL, stevns))
	before := query(t, ctx)
	histBefore := eval[int](t, ctx, `history.length`)
	c1 := eval[string](t, ctx, `document.querySelector('#c1-range').value`)

	// Ten presses of the left arrow on the target caseload slider.
	do(t, ctx, chromedp.Focus(chromedp.ID("c1-range")))
	for range 10 {
		do(t, ctx, chromedp.KeyEvent(kb.ArrowLeft))
	}
	waitFor(t, ctx, "the caseload lever in the URL",
		fmt.Sprintf(`location.search.includes('cl=%d%%3A') || location.search.includes('cl=%d:')`, stevns, stevns))
	q := query(t, ctx)
	if q == before {
		t.Fatal("the URL did not change")
	}
	if h := eval[int](t, ctx, `history.length`); h <= histBefore {
		t.Errorf("history.length %d → %d: deliberate steps should push entries", histBefore, h)
	}
	sc, err := calc.DecodeScenario(q)
	if err != nil {
		t.Fatalf("the URL's scenario %q: %v", q, err)
	}
	l, ok := sc.CaseloadFor(stevns)
	if !ok || fmt.Sprint(l.To+10) != c1 {
		t.Fatalf("URL %q: want Stevns' target caseload 10 below %s, got %+v", q, c1, l)
	}
	waitQuery(t, ctx, q)
	got := checkTable(t, ctx, demo.Dataset(), sc, calc.Total, "da")

	// The same URL in a fresh browser (no shared state) shows the same table.
	fresh := newTab(t)
	open(t, fresh, shared.URL+"/?"+q)
	again := readTable(t, fresh)
	if err := sameTable(again, got); err != nil {
		t.Fatalf("the shared link shows another table: %v", err)
	}

	// Typing a number: select the field's text, type 45, leave with Tab.
	do(t, ctx, chromedp.Focus(chromedp.ID("c1-num")),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('#c1-num').select()`),
		chromedp.SendKeys(chromedp.ID("c1-num"), "45"),
		chromedp.KeyEvent(kb.Tab))
	waitFor(t, ctx, "the typed caseload in the URL", `/cl=336(:|%3A)[0-9.]+(:|%3A)45(&|$)/.test(location.search)`)
	q = query(t, ctx)
	sc, err = calc.DecodeScenario(q)
	if err != nil {
		t.Fatal(err)
	}
	waitQuery(t, ctx, q)
	checkTable(t, ctx, demo.Dataset(), sc, calc.Total, "da")

	// The investment case is shown and the summary counts the moves.
	res, _ := calc.Apply(demo.Dataset(), sc)
	summary := eval[string](t, ctx, `document.querySelector('#summary').textContent`)
	moved := res.Moved(calc.Total, int(calc.Param(calc.ParamMoveThreshold)))
	if !strings.HasPrefix(summary, fmt.Sprint(moved)+" kommune") {
		t.Errorf("summary %q, calc says %d municipalities move 5 places or more", summary, moved)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#investment tr').length`); n < 5 {
		t.Errorf("the investment case has %d rows", n)
	}
}

// waitQuery waits until the page has rendered the state of query q.
func waitQuery(t *testing.T, ctx context.Context, q string) {
	t.Helper()
	waitFor(t, ctx, "the page to render "+q, fmt.Sprintf(`document.querySelector('#app').dataset.query === %q`, q))
}

// pageScenario waits until the page shows what its address says and
// returns the address and its scenario; an address that does not decode
// fails the test.
func pageScenario(t *testing.T, ctx context.Context) (string, calc.Scenario) {
	t.Helper()
	waitFor(t, ctx, "the address to show the view", `document.querySelector('#app').dataset.query === location.search.slice(1)`)
	q := query(t, ctx)
	sc, err := calc.DecodeScenario(q)
	if err != nil {
		t.Fatalf("the address %q: %v", q, err)
	}
	return q, sc
}

// pageResult is pageScenario with calc's result for it on the illustrative
// data.
func pageResult(t *testing.T, ctx context.Context) (string, calc.Scenario, *calc.Result) {
	t.Helper()
	q, sc := pageScenario(t, ctx)
	res, err := calc.Apply(demo.Dataset(), sc)
	if err != nil {
		t.Fatalf("calc on %q: %v", q, err)
	}
	return q, sc, res
}

// TestScopeKL switches to KL's proposal (+ FP + fleksjob) with a click; the
// scenario's table and then the ranking page equal calc's.
func TestScopeKL(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=scenario")
	do(t, ctx, chromedp.Click(chromedp.ID("scope-kl")))
	waitFor(t, ctx, "scope=kl in the URL", `location.search.includes('scope=kl')`)
	q, sc := pageScenario(t, ctx)
	if sc.Scope != calc.ScopeKL {
		t.Fatalf("scope %q", sc.Scope)
	}
	waitQuery(t, ctx, q)
	checkTable(t, ctx, demo.Dataset(), sc, calc.Total, "da")

	do(t, ctx, chromedp.Click(chromedp.ID("tab-ranking")))
	waitFor(t, ctx, "the ranking page", `document.querySelector('#app').dataset.tab === 'ranking'`)
	rows := checkTable(t, ctx, demo.Dataset(), sc, calc.Total, "da")
	if _, ok := rows[0]["actual"]; !ok {
		t.Error("the ranking page should show the actual column")
	}
	// Back to the official model with one click.
	do(t, ctx, chromedp.Click(chromedp.ID("reset-top")))
	waitFor(t, ctx, "the official model", `!location.search.includes('scope=')`)
	checkTable(t, ctx, demo.Dataset(), calc.DefaultScenario(), calc.Total, "da")
}

// TestEnglish: the language switch changes the texts, the number format
// and <html lang>.
func TestEnglish(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL)
	do(t, ctx, chromedp.Click(chromedp.ID("lang")))
	waitFor(t, ctx, "<html lang=en>", `document.documentElement.lang === 'en'`)
	waitFor(t, ctx, "English texts", `document.querySelector('#tab-ranking').textContent === 'Ranking'`)
	rows := checkTable(t, ctx, demo.Dataset(), calc.DefaultScenario(), calc.Total, "en")
	var thousands bool
	for _, r := range rows {
		if strings.Contains(r["actual"], ",") {
			thousands = true
		}
		if strings.Contains(r["pp"], ",") {
			t.Fatalf("%s: percentage points %q in Danish format", r["name"], r["pp"])
		}
	}
	if !thousands {
		t.Error("no English thousands separator in the actual column")
	}
	if !strings.Contains(query(t, ctx), "lang=en") {
		t.Error("the language is not in the URL")
	}
	caption := eval[string](t, ctx, `document.querySelector('#ranking caption').textContent`)
	if !strings.HasPrefix(caption, "Places on the benchmark") {
		t.Errorf("caption %q", caption)
	}
	do(t, ctx, chromedp.Click(chromedp.ID("lang")))
	// <html lang> changes at once; the page is redrawn a frame later.
	waitFor(t, ctx, "<html lang=da>", `document.documentElement.lang === 'da'`)
	waitFor(t, ctx, "Danish texts", `document.querySelector('#tab-ranking').textContent === 'Rangliste'`)
	checkTable(t, ctx, demo.Dataset(), calc.DefaultScenario(), calc.Total, "da")
}

// TestBadLink: a malformed or future-versioned link falls back to the
// default view with a visible notice.
func TestBadLink(t *testing.T) {
	ctx := newTab(t)
	for _, q := range []string{"v=99&scope=kl", "v=1&scope=nonsense", "v=1&cl=336:abc:5"} {
		open(t, ctx, shared.URL+"/?"+q)
		waitFor(t, ctx, "the notice", `document.querySelector('#notice') !== null`)
		checkTable(t, ctx, demo.Dataset(), calc.DefaultScenario(), calc.Total, "da")
	}
}
