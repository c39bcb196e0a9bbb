package e2e

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"benchsim/app/cli"
	"benchsim/app/ui"
	"benchsim/calc"
	"benchsim/calc/demo"
)

// TestReestimate switches the re-estimation on and a covariate off: the
// fit's R² shown is calc's, and the table follows.
func TestReestimate(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=scenario")
	do(t, ctx, chromedp.Click(chromedp.ID("reestimate")))
	waitFor(t, ctx, "re=1 in the URL", `location.search.includes('re=1')`)
	waitFor(t, ctx, "a fit table", `document.querySelector('table.fit') !== null`)
	check := func() {
		t.Helper()
		_, sc, res := pageResult(t, ctx)
		for a := calc.DP; a < calc.NumAreas; a++ {
			f := res.Fits[a]
			if f == nil {
				continue
			}
			caption := eval[string](t, ctx, fmt.Sprintf(`(document.querySelector('#fit-%s caption') || {}).textContent || ''`, a.ID()))
			if want := "R² = " + ui.FormatNumber(f.R2, 3, "da"); !strings.Contains(caption, want) {
				t.Errorf("%s: caption %q lacks %q", a.ID(), caption, want)
			}
		}
		checkTable(t, ctx, demo.Dataset(), sc, calc.Total, "da")
	}
	check()
	if len(demo.Dataset().Covariates) > 0 {
		id := demo.Dataset().Covariates[0].ID
		do(t, ctx, chromedp.Click(chromedp.ID("cov-"+id)))
		waitFor(t, ctx, "covoff in the URL", `location.search.includes('covoff=')`)
		check()
	}
}

// TestFokus types focus-target figures on the municipality page: the
// supervision status follows calc.
func TestFokus(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=municipality&m=707")
	do(t, ctx, chromedp.Focus(chromedp.ID("fk-conv")),
		chromedp.Evaluate[chromedp.Void](`document.querySelector('#fk-conv').select()`),
		chromedp.SendKeys(chromedp.ID("fk-conv"), "12"),
		chromedp.KeyEvent(kb.Tab))
	waitFor(t, ctx, "fk= in the URL", `/fk=707(:|%3A)12(:|%3A)/.test(location.search)`)
	_, _, res := pageResult(t, ctx)
	i := demo.Dataset().MunicipalityIndex(707)
	want := ui.Msg("da").StatusLong(res.Scenario.Status[i])
	if got := eval[string](t, ctx, `document.querySelector('#status').textContent`); got != want {
		t.Errorf("status %q, calc says %q", got, want)
	}
	if res.Scenario.Status[i].FokusMet {
		t.Error("12 % with four conversations should fail the focus target")
	}
}

// TestCSVDownload clicks the export buttons and reads the Blob the page
// hands to the browser.
func TestCSVDownload(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&cl=336:100:50")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		const orig = URL.createObjectURL;
		window.__blobs = [];
		URL.createObjectURL = (b) => { window.__blobs.push(b); return orig(b); };
	})()`))
	do(t, ctx, chromedp.Click(chromedp.ID("csv-table")), chromedp.Click(chromedp.ID("csv-full")))
	waitFor(t, ctx, "two downloads", `window.__blobs.length === 2`)
	table := evalAwait[string](t, ctx, `window.__blobs[0].arrayBuffer().then(b => Array.from(new Uint8Array(b).slice(0, 3)).join(',') + '|' + new TextDecoder().decode(b))`)
	bom, text, _ := strings.Cut(table, "|")
	if bom != "239,187,191" {
		t.Errorf("the table's CSV starts with bytes %s, want the UTF-8 BOM", bom)
	}
	for _, want := range []string{"Datasæt;", "Scenarie;v=1&cl=336:100:50", "Eksempeldata;", "Placering;Kommune;Ændring"} {
		if !strings.Contains(text, want) {
			t.Errorf("the table's CSV lacks %q", want)
		}
	}
	if n := strings.Count(text, "\r\n"); n < 98+6 {
		t.Errorf("the table's CSV has %d lines", n)
	}
	full := evalAwait[string](t, ctx, `window.__blobs[1].text()`)
	if !strings.Contains(full, "Kommunekode;Kommune;Region;Ydelsesområde") || !strings.Contains(full, "336;Stevns;Region Sjælland;I alt;") {
		t.Errorf("the full CSV: %.300s", full)
	}
	if typ := eval[string](t, ctx, `window.__blobs[0].type`); !strings.HasPrefix(typ, "text/csv") {
		t.Errorf("blob type %q", typ)
	}
	// The command line writes the same bytes for the same view.
	for i, full := range []bool{false, true} {
		args := []string{"rank", "--format", "csv", "--scenario", "v=1&cl=336:100:50"}
		if full {
			args = append(args, "--full")
		}
		var out, errb strings.Builder
		if code := cli.Run(args, &out, &errb); code != 0 {
			t.Fatalf("%v: exit %d: %s", args, code, errb.String())
		}
		got := evalAwait[string](t, ctx, fmt.Sprintf(`window.__blobs[%d].arrayBuffer().then(b => new TextDecoder('utf-8', {ignoreBOM: true}).decode(b))`, i))
		if got != out.String() {
			t.Errorf("the downloaded file %d differs from app %s:\n--- page\n%.400s\n--- cli\n%.400s", i, strings.Join(args, " "), got, out.String())
		}
	}
}

// TestDropImport drops a file on the drop zone: a broken one shows the
// importer's error with its line number.
func TestDropImport(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=data")
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(() => {
		const dt = new DataTransfer();
		dt.items.add(new File(['{"Area":"København","Periode":"2021QMAT02"}\nthis is not json\n'], 'dropped.jsonl', {type: 'application/json'}));
		const zone = document.querySelector('#dropzone');
		zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));
		zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));
	})()`))
	waitFor(t, ctx, "the import error", `document.querySelector('#import-error') !== null`)
	msg := eval[string](t, ctx, `document.querySelector('#import-error').textContent`)
	if !strings.Contains(msg, "dropped.jsonl") || !strings.Contains(msg, "linje") {
		t.Errorf("error %q should name the file and a line", msg)
	}
	if !eval[bool](t, ctx, `document.querySelector('#illustrative') !== null`) {
		t.Error("the demo data should still be shown")
	}
}

// TestHistoryBack: the browser's back button walks back through the
// deliberate steps.
func TestHistoryBack(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=scenario")
	do(t, ctx, chromedp.Click(chromedp.ID("scope-kl")))
	waitFor(t, ctx, "scope=kl", `location.search.includes('scope=kl')`)
	do(t, ctx, chromedp.Click(chromedp.ID("weighting-cost")))
	waitFor(t, ctx, "w=cost", `location.search.includes('w=cost')`)

	do(t, ctx, chromedp.NavigateBack())
	waitFor(t, ctx, "back to scope=kl without w=cost", `location.search.includes('scope=kl') && !location.search.includes('w=cost')`)
	_, sc := pageScenario(t, ctx)
	checkTable(t, ctx, demo.Dataset(), sc, calc.Total, "da")

	do(t, ctx, chromedp.NavigateBack())
	waitFor(t, ctx, "back to the official model", `!location.search.includes('scope=')`)
	waitQuery(t, ctx, query(t, ctx))
	checkTable(t, ctx, demo.Dataset(), calc.DefaultScenario(), calc.Total, "da")
}

// TestMunicipalityHistory: the municipality page's rank in every period,
// which the drawing worker computes, is calc's history of the scenario.
func TestMunicipalityHistory(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&cl=336:100:40&tab=municipality&m=336")
	ds := demo.Dataset()
	waitFor(t, ctx, "the history table filled in", fmt.Sprintf(
		`document.querySelectorAll('#m-history tbody tr').length === %d && document.querySelector('#m-history').getAttribute('aria-busy') === 'false'`,
		len(ds.Periods)))
	_, sc, _ := pageResult(t, ctx)
	h := calc.RankHistory(ds, sc)
	i := ds.MunicipalityIndex(336)
	got := eval[[][]string](t, ctx, `Array.from(document.querySelectorAll('#m-history tbody tr')).map(tr => Array.from(tr.children).map(c => c.textContent))`)
	for k, r := range h.Results {
		off, scen := "–", "–"
		if r != nil {
			off = strconv.Itoa(r.Baseline.Areas[calc.Total][i].Rank)
			scen = strconv.Itoa(r.Scenario.Areas[calc.Total][i].Rank)
		}
		if len(got[k]) != 4 || got[k][1] != off || got[k][2] != scen {
			t.Errorf("period %s: %v, calc official %s scenario %s", ds.Periods[k].Code, got[k], off, scen)
		}
	}
}
