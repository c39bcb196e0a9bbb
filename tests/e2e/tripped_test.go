package e2e

// What new users tripped on (issue 15), each with the test that would have
// caught it. (Presenter mode's are in presenter_test.go.)

import (
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"benchsim/app/ui"
	"benchsim/calc"
	"benchsim/calc/demo"
)

// TestFilterStaysOnRanking types a name filter on the ranking and goes to
// Scenarie: its table shows every municipality, and neither its address
// nor its links carry the filter, since it has no box to clear it.
func TestFilterStaysOnRanking(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1")
	do(t, ctx, chromedp.SendKeys(chromedp.ID("filter"), "kø"))
	waitFor(t, ctx, "the filter", `document.querySelectorAll('#ranking tbody tr').length < 10 && location.search.includes('q=')`)
	do(t, ctx, chromedp.Click(chromedp.ID("tab-scenario")))
	waitFor(t, ctx, "the scenario page", `document.querySelector('#app').dataset.tab === 'scenario'`)
	n := len(demo.Dataset().Municipalities)
	waitFor(t, ctx, "every row", `document.querySelectorAll('#ranking tbody tr').length === `+strconv.Itoa(n))
	links := eval[[]string](t, ctx, `[location.search, ...[...document.querySelectorAll('.tabs a')].map(a => a.getAttribute('href'))]`)
	for _, l := range links {
		if strings.Contains(l, "q=") {
			t.Errorf("the filter followed to %q", l)
		}
	}
}

// TestScenarioSummary: the scenario page does not say "go to Scenario".
func TestScenarioSummary(t *testing.T) {
	ctx := newTab(t)
	for _, lang := range []string{"da", "en"} {
		open(t, ctx, shared.URL+"/?v=1&tab=scenario&lang="+lang)
		got := eval[string](t, ctx, `document.getElementById('summary').textContent`)
		if want := ui.MeetMsg(lang).OfficialHere; got != want {
			t.Errorf("%s: the scenario page's summary reads %q, want %q", lang, got, want)
		}
	}
	open(t, ctx, shared.URL+"/?v=1")
	if got := eval[string](t, ctx, `document.getElementById('summary').textContent`); got != ui.Msg("da").OfficialSummary {
		t.Errorf("the ranking's summary reads %q", got)
	}
}

// TestMunicipalityPeriod: the municipality page has its own period
// selector, and choosing a period shows that period's figures.
func TestMunicipalityPeriod(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=municipality&m=336")
	opts := eval[[]string](t, ctx, `[...document.querySelectorAll('#m-period option')].map(o => o.value)`)
	if len(opts) < 2 {
		t.Fatalf("the municipality page offers %d periods", len(opts))
	}
	older := opts[1]
	eval[bool](t, ctx, `(() => { const s = document.getElementById('m-period'); s.value = '`+older+`';
		return s.dispatchEvent(new Event('change', {bubbles: true})); })()`)
	waitFor(t, ctx, "the older period", `location.search.includes('`+older+`')`)
	q, sc, res := pageResult(t, ctx)
	if !strings.Contains(q, "tab=municipality") || sc.Period != older {
		t.Fatalf("after choosing %s the page shows %q (scenario period %q)", older, q, sc.Period)
	}
	// The areas table shows calc's official rank for Stevns in that period.
	i := demo.Dataset().MunicipalityIndex(336)
	want := ui.FormatInt(res.Baseline.Areas[calc.Total][i].Rank, "da")
	got := eval[string](t, ctx, `document.querySelector('#m-areas tr[data-area="`+calc.Total.ID()+`"] td:nth-of-type(5)').textContent`)
	if got != want {
		t.Errorf("Stevns's official rank in %s: the page shows %q, calc gives %s", older, got, want)
	}
	if sel := eval[string](t, ctx, `document.getElementById('m-period').value`); sel != older {
		t.Errorf("the selector shows %s", sel)
	}
}

// TestDeleteAsks: "Slet" asks first; "Behold" keeps the dataset and its
// storage, and the question has the keyboard focus.
func TestDeleteAsks(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=data")
	importFile(t, ctx, demoFile(t))
	waitFor(t, ctx, "the import", `document.querySelector('#import-ok') !== null`)
	stored := storedCatalogue(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.CSS("#datasets button.delete")))
	waitFor(t, ctx, "the question in focus", `document.activeElement && document.activeElement.id === 'confirm-delete'`)
	if n := eval[int](t, ctx, `document.querySelectorAll('#datasets tbody tr').length`); n != 2 {
		t.Fatalf("one click on Slet left %d datasets, want 2 (it must ask first)", n)
	}
	if q := eval[string](t, ctx, `document.getElementById('confirm-q').textContent`); !strings.Contains(q, "Slet „") {
		t.Errorf("the question reads %q", q)
	}
	// The question passes axe's WCAG 2.1 A/AA rules too.
	for _, vi := range runAxe(t, ctx, axeSource(t)) {
		t.Errorf("the question: %s (%s): %s", vi.ID, vi.Help, strings.Join(vi.Nodes, "; "))
	}
	do(t, ctx, chromedp.Click(chromedp.ID("cancel-delete")))
	waitFor(t, ctx, "Slet again, in focus", `document.getElementById('confirm-delete') === null && document.activeElement === document.querySelector('#datasets button.delete')`)
	if n := eval[int](t, ctx, `document.querySelectorAll('#datasets tbody tr').length`); n != 2 {
		t.Errorf("Behold left %d datasets", n)
	}
	if now := storedCatalogue(t, ctx); now != stored || !strings.Contains(now, `"id":"i`) {
		t.Errorf("Behold changed the storage:\n%s\nwas\n%s", now, stored)
	}
}
