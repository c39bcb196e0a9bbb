package e2e

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
)

// saveAs types a name and presses Gem; it waits for the saved list to have
// n entries.
func saveAs(t *testing.T, ctx context.Context, name string, n int) {
	t.Helper()
	do(t, ctx, chromedp.SendKeys(chromedp.ID("save-name"), name), chromedp.Click(chromedp.ID("save")))
	waitFor(t, ctx, fmt.Sprintf("%d saved scenarios", n), fmt.Sprintf(`document.querySelectorAll('#saved-list > li').length === %d`, n))
}

// compareCodes are the comparison table's municipality codes, top to bottom.
func compareCodes(t *testing.T, ctx context.Context) []int {
	t.Helper()
	return eval[[]int](t, ctx, `[...document.querySelectorAll('#compare tbody tr')].map(r => +r.dataset.code)`)
}

// compareCells are the comparison table's cells as shown.
func compareCells(t *testing.T, ctx context.Context) [][]string {
	t.Helper()
	return eval[[][]string](t, ctx, `[...document.querySelectorAll('#compare tbody tr')].map(r => [...r.cells].map(c => c.textContent))`)
}

// checkComparison checks the comparison table shown, sorted by sort, cell
// by cell against calc's comparison c of the scenarios named.
func checkComparison(t *testing.T, ctx context.Context, c *calc.Comparison, names []string, sort string) {
	t.Helper()
	rows := report.CompareRows(c, sort)
	cols := report.CompareColumns(c, names, report.DA)
	cells := compareCells(t, ctx)
	if len(cells) != len(rows) {
		t.Fatalf("%d rows, calc %d", len(cells), len(rows))
	}
	for i := range rows {
		for j, col := range cols {
			if want := col.Cell(&rows[i], report.Display, report.DA); cells[i][j] != want {
				t.Fatalf("sort %q row %d %s: %q, want %q", sort, i+1, col.ID, cells[i][j], want)
			}
		}
	}
}

// TestCompareScenarios saves two scenarios (KL's scope; cost weighting with
// the teaching prices picked from the "Efter pris" note), compares them,
// sorts the comparison and opens its link in a fresh profile: every figure
// is calc.Compare's.
func TestCompareScenarios(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=scenario&scope=kl")
	saveAs(t, ctx, "KL's forslag", 1)

	do(t, ctx, chromedp.Click(chromedp.ID("reset")))
	waitFor(t, ctx, "the official model", `location.search === '?v=1&tab=scenario'`)
	do(t, ctx, chromedp.Click(chromedp.ID("weighting-cost")))
	waitFor(t, ctx, "the note that cost equals volume", `!!document.querySelector('#cost-note')`)
	if got := eval[string](t, ctx, `document.querySelector('#cost-note p').textContent`); got != text.CostEqualsVolume("da") {
		t.Errorf("cost note %q", got)
	}
	do(t, ctx, chromedp.Click(chromedp.ID("use-teaching")))
	waitFor(t, ctx, "the teaching prices", `location.search.includes('price=') && !document.querySelector('#cost-note')`)
	_, sb := pageScenario(t, ctx)
	if sb.PricePreset() != calc.PricesTeaching || sb.Weighting != calc.WeightCost {
		t.Fatalf("scenario %q is not cost weighting with the teaching prices", sb.Encode())
	}
	saveAs(t, ctx, "Pris", 2)
	var stored []struct{ Name, Query, Dataset string }
	if err := json.Unmarshal([]byte(eval[string](t, ctx, `localStorage.getItem('benchsim.scenarios')`)), &stored); err != nil {
		t.Fatal(err)
	}
	if len(stored) != 2 || stored[0].Name != "KL's forslag" || stored[0].Query != "v=1&scope=kl" || stored[1].Query != sb.Encode() || stored[1].Dataset != "demo" {
		t.Fatalf("stored %+v", stored)
	}

	// Compare both.
	do(t, ctx, chromedp.Click(chromedp.ID("saved-compare-s1")))
	waitFor(t, ctx, "the comparison view", `document.querySelector('#app').dataset.tab === 'compare' && !!document.querySelector('#compare')`)
	do(t, ctx, chromedp.Click(chromedp.ID("saved-compare-s2")))
	waitFor(t, ctx, "two scenarios compared", `document.querySelectorAll('#compare thead th').length === 7`)
	sa, _ := calc.DecodeScenario("v=1&scope=kl")
	c, err := calc.Compare(demo.Dataset(), "", calc.Total, sa, sb)
	if err != nil {
		t.Fatal(err)
	}
	for k := range 2 {
		want := fmt.Sprintf("%d kommuner flytter sig 5 pladser eller mere", c.Moved[k])
		if got := eval[string](t, ctx, fmt.Sprintf(`document.querySelector('#c%d-moved').textContent`, k+1)); got != want {
			t.Errorf("scenario %d: %q, want %q", k+1, got, want)
		}
	}
	checkCompare := func(ctx context.Context, sort string) {
		t.Helper()
		checkComparison(t, ctx, c, []string{"KL's forslag", "Pris"}, sort)
	}
	checkCompare(ctx, "")

	// Sort by the second scenario's change: biggest climb first.
	do(t, ctx, chromedp.Click(`#compare th button[data-col="change2"]`))
	waitFor(t, ctx, "the sort in the URL", `location.search.includes('csort=-change2')`)
	// The address is written in the click's handler, the head in the
	// render that follows: wait for it.
	waitFor(t, ctx, "the sorted column", `(document.querySelector('#compare th[aria-sort]') || {textContent: ''}).textContent.startsWith('Ændring (Pris)')`)
	checkCompare(ctx, "-change2")

	// The headline's "moved" figure opens its rows.
	do(t, ctx, chromedp.Click(chromedp.ID("c1-moved")))
	waitFor(t, ctx, "the movers' rows", `!!document.querySelector('#c1-moved-rows li')`)
	if n := eval[int](t, ctx, `document.querySelectorAll('#c1-moved-rows li').length`); n != c.Moved[0] {
		t.Errorf("%d movers listed, calc %d", n, c.Moved[0])
	}

	// The link in a fresh profile (no saved scenarios there) shows the same.
	q := query(t, ctx)
	fresh := newTab(t)
	open(t, fresh, shared.URL+"/?"+q)
	waitFor(t, fresh, "the shared comparison", `!!document.querySelector('#compare')`)
	checkCompare(fresh, "-change2")
	if n := eval[int](t, fresh, `document.querySelectorAll('#saved-list > li').length`); n != 0 {
		t.Errorf("a fresh profile lists %d saved scenarios", n)
	}

	// Delete one and undo.
	do(t, ctx, chromedp.Click(chromedp.ID("saved-delete-s1")))
	waitFor(t, ctx, "one saved scenario and the undo", `document.querySelectorAll('#saved-list > li').length === 1 && !!document.querySelector('#saved-undo')`)
	do(t, ctx, chromedp.Click(chromedp.ID("saved-undo")))
	waitFor(t, ctx, "both back", `document.querySelectorAll('#saved-list > li').length === 2 && JSON.parse(localStorage.getItem('benchsim.scenarios')).length === 2`)

	for _, s := range screenSizes {
		emulate(t, fresh, s)
		open(t, fresh, shared.URL+"/?"+q)
		waitFor(t, fresh, "the comparison", `!!document.querySelector('#compare')`)
		shot(t, fresh, "compare-"+s.name, true)
		shot(t, fresh, "compare-"+s.name+"-top", false)
	}
	if n := eval[int](t, fresh, `document.querySelectorAll('#compare-area-note').length`); n != 0 {
		t.Errorf("a comparison of scenarios that all have the area shows %d area notes", n)
	}

	compareWithoutArea(t)
}

// compareWithoutArea imports data without førtidspension and compares, on
// førtidspension (which the connected-vessels lens brings), a scenario
// without the lens: the comparison is calc's on the total, and a note names
// the scenario, the official model and the area.
func compareWithoutArea(t *testing.T) {
	t.Helper()
	ds := *demo.Dataset()
	ds.Periods = slices.Clone(ds.Periods)
	for p := range ds.Periods {
		ds.Periods[p].Rows = slices.Clone(ds.Periods[p].Rows)
		for i := range ds.Periods[p].Rows {
			ds.Periods[p].Rows[i].Areas[calc.FP] = calc.Figures{}
		}
	}
	var buf bytes.Buffer
	if err := jobindsats.Write(&buf, &ds, jobindsats.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "uden-fp.jsonl")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	imported := readDataset(t, path)
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=data")
	importFile(t, ctx, path)
	waitFor(t, ctx, "the import", `document.querySelector('#import-ok, #import-error') !== null`)
	if msg := eval[string](t, ctx, `(document.querySelector('#import-error') || {}).textContent || ''`); msg != "" {
		t.Fatalf("the import failed: %s", msg)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#import-ok a")))
	waitFor(t, ctx, "the ranking page", `document.querySelector('#app').dataset.tab === 'ranking'`)
	dsKey := dsParam(query(t, ctx))

	lens, _ := calc.DecodeScenario("v=1&lens=1")
	cost := calc.DefaultScenario()
	cost.Weighting = calc.WeightCost
	open(t, ctx, shared.URL+"/?"+lens.Encode()+"&"+dsKey+"&tab=compare&area=fp&"+
		calc.EncodeComparison([]calc.ComparedScenario{{Name: "Pris", Scenario: cost}, {Name: "Kar", Scenario: lens}}))
	waitFor(t, ctx, "the note on the area", `!!document.querySelector('#compare-area-note') && !!document.querySelector('#compare')`)
	if got, want := eval[string](t, ctx, `document.querySelector('#compare-area-note').textContent`),
		text.CompareMsg(text.DA).AreaFallback([]string{"Pris"}, true, calc.FP); got != want {
		t.Errorf("note %q, want %q", got, want)
	}
	c, err := calc.Compare(imported, "", calc.Total, cost, lens)
	if err != nil {
		t.Fatal(err)
	}
	checkComparison(t, ctx, c, []string{"Pris", "Kar"}, "")
	// In English the note is the catalogue's English.
	do(t, ctx, chromedp.Click(chromedp.ID("lang")))
	waitFor(t, ctx, "the English note", `location.search.includes("lang=en") && /Disability pension/.test((document.querySelector("#compare-area-note") || {}).textContent || "")`)
	if got, want := eval[string](t, ctx, `document.querySelector('#compare-area-note').textContent`),
		text.CompareMsg(text.EN).AreaFallback([]string{"Pris"}, true, calc.FP); got != want {
		t.Errorf("English note %q, want %q", got, want)
	}
}

// TestNationalReformInBrowser applies a reform of every municipality to 50
// cases per caseworker and reads the national totals: calc's.
func TestNationalReformInBrowser(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=scenario")
	do(t, ctx, chromedp.Focus(chromedp.ID("rf-to")),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('#rf-to').select()`),
		chromedp.SendKeys(chromedp.ID("rf-to"), "50"), chromedp.KeyEvent(kb.Tab))
	waitFor(t, ctx, "the draft target", `document.querySelector('#rf-to').value === '50'`)
	do(t, ctx, chromedp.Click(chromedp.ID("rf-apply")))
	waitFor(t, ctx, "the reform in the URL", `/cl=all(:|%3A)50/.test(location.search)`)
	_, sc, res := pageResult(t, ctx)
	if len(sc.Reforms) != 1 || sc.Reforms[0] != (calc.CaseloadReform{Area: calc.KTH, To: 50}) {
		t.Fatalf("reforms %+v", sc.Reforms)
	}
	want := text.CaseloadTotals(res.CaseloadTotals(""), "da")
	got := eval[[]string](t, ctx, `[...document.querySelectorAll('#reform-totals tbody tr')].map(r => r.cells[1].textContent)`)
	if len(got) != len(want) {
		t.Fatalf("totals %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i][1] {
			t.Errorf("%s: %q, calc %q", want[i][0], got[i], want[i][1])
		}
	}
	if note := eval[string](t, ctx, `document.querySelector('#reform-note').textContent`); note != text.ReformNote(res.Reform, "da") {
		t.Errorf("note %q", note)
	}
	checkTable(t, ctx, demo.Dataset(), sc, calc.Total, "da")
	// The headline: moved count is calc's.
	h := res.Headline(calc.Total)
	if got := eval[string](t, ctx, `document.querySelector('#s-moved .hl-value').textContent`); got != fmt.Sprint(h.Moved) {
		t.Errorf("headline moved %q, calc %d", got, h.Moved)
	}
	for _, s := range screenSizes {
		emulate(t, ctx, s)
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.scrollTo(0, 0)`))
		shot(t, ctx, "scenario-headline-"+s.name, false)
		do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('#reform').scrollIntoView()`))
		shot(t, ctx, "reform-"+s.name, false)
	}
}

// TestWeightSliderDrag drags the kontanthjælp weight slider with the
// keyboard: the URL's weights and the table follow, and the number field
// shows the same value.
func TestWeightSliderDrag(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=scenario&w=custom")
	waitFor(t, ctx, "the weight slider", `!!document.querySelector('#weight-kth-range')`)
	do(t, ctx, chromedp.Focus(chromedp.ID("weight-kth-range")))
	for range 5 {
		do(t, ctx, chromedp.KeyEvent(kb.ArrowRight))
	}
	waitFor(t, ctx, "the weight in the URL", `/wc=[^&]*kth(:|%3A)1.5/.test(location.search)`)
	q, sc := pageScenario(t, ctx)
	if sc.Weights[calc.KTH] != 1.5 {
		t.Fatalf("%q: kth weight %v", q, sc.Weights[calc.KTH])
	}
	if v := eval[string](t, ctx, `document.querySelector('#weight-kth-num').value`); v != "1.5" {
		t.Errorf("number field %q", v)
	}
	checkTable(t, ctx, demo.Dataset(), sc, calc.Total, "da")
	shot(t, ctx, "weights-1280", false)
}

// TestExplanationOnMunicipality: the municipality page's paragraph is
// app/text's wording of calc's explainer.
func TestExplanationOnMunicipality(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&scope=kl&tab=municipality&m=336")
	_, _, res0 := pageResult(t, ctx)
	i := demo.Dataset().MunicipalityIndex(336)
	want := text.Explanation(demo.Dataset(), calc.NewExplainer(res0, nil).Explain(i), "da")
	if got := eval[string](t, ctx, `document.querySelector('#explanation').textContent`); got != want {
		t.Errorf("paragraph %q\nwant %q", got, want)
	}
	// After a new target caseload the paragraph is the new scenario's.
	// The charts come from the drawing worker a moment after the load and
	// redraw the page: let them first, so the keys go to the field.
	waitFor(t, ctx, "the drawing worker's charts", `!!document.querySelector('.muni-charts svg, .muni-charts img')`)
	// (The end of a drag: the range input's change event at 45.)
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => { const el = document.querySelector('#m-c1-range');
		el.value = '45'; el.dispatchEvent(new Event('input', {bubbles: true})); el.dispatchEvent(new Event('change', {bubbles: true})); })()`))
	waitFor(t, ctx, "the typed caseload in the URL", `/cl=336(:|%3A)[0-9.]+(:|%3A)45(&|$)/.test(location.search)`)
	_, sc, res := pageResult(t, ctx)
	if l, ok := sc.CaseloadFor(336); !ok || l.To >= l.From {
		t.Fatalf("no lowered caseload in %q", sc.Encode())
	}
	want = text.Explanation(demo.Dataset(), calc.NewExplainer(res, nil).Explain(i), "da")
	waitFor(t, ctx, "the new paragraph", fmt.Sprintf(`document.querySelector('#explanation').textContent === %q`, want))
	// And in English.
	do(t, ctx, chromedp.Click(chromedp.ID("lang")))
	want = text.Explanation(demo.Dataset(), calc.NewExplainer(res, nil).Explain(i), "en")
	waitFor(t, ctx, "the English paragraph", fmt.Sprintf(`document.querySelector('#explanation').textContent === %q`, want))
}
