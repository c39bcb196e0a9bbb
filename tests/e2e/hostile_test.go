package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// hostile holds text that would run script or add attributes if it were
// ever treated as markup.
var hostile = []string{
	`<script>window.__pwned=1</script>`,
	`"><img src=x onerror="window.__pwned=2">`,
	`' onmouseover='window.__pwned=3`,
}

// injected reports what a successful injection would have left behind.
const injected = `(() => {
  const bad = [];
  if (window.__pwned !== undefined) bad.push('script ran: ' + window.__pwned);
  document.querySelectorAll('[onerror],[onmouseover],[onload]').forEach(e => bad.push('attribute on ' + e.tagName));
  document.querySelectorAll('script').forEach(s => { if (!s.src) bad.push('inline script: ' + s.textContent.slice(0, 40)); });
  document.querySelectorAll('img').forEach(i => { if (i.getAttribute('src') === 'x') bad.push('img src=x'); });
  return bad.join('; ');
})()`

// TestHostileNamesAreText imports a file whose municipality names and file
// name hold markup: the importer refuses the names with an error that
// shows them as text, a valid file under a hostile file name is listed and
// shown as text everywhere, and no script runs and no attribute appears.
func TestHostileNamesAreText(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=data")

	// Unknown (hostile) municipality names: refused, the name shown verbatim.
	var b strings.Builder
	b.WriteString("Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;Forventet andel (pct.);Faktisk andel (pct.);Placering på benchmarkranglisten\n")
	for _, h := range hostile {
		b.WriteString(strings.ReplaceAll(h, ";", ",") + ";2021QMAT02;Ydelsesgrupper i alt;100;110;9,0;9,9;1\n")
	}
	dir := t.TempDir()
	bad := filepath.Join(dir, "navne.csv")
	if err := os.WriteFile(bad, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	importFile(t, ctx, bad)
	waitFor(t, ctx, "the import error", `document.querySelector('#import-error') !== null`)
	msg := eval[string](t, ctx, `document.querySelector('#import-error').textContent`)
	if !strings.Contains(msg, "<script>window.__pwned=1</script>") || !strings.Contains(msg, "linje 2") {
		t.Errorf("the error should name line 2 and show the name as text, got %q", msg)
	}
	if got := eval[string](t, ctx, injected); got != "" {
		t.Fatalf("markup from the file took effect: %s", got)
	}

	// A valid file under a hostile file name.
	name := `"><img src=x onerror="window.__pwned=4">.jsonl`
	good := filepath.Join(dir, name)
	data, err := os.ReadFile(demoFile(t))
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(good, data, 0o644); err != nil {
		t.Fatal(err)
	}
	importFile(t, ctx, good)
	waitFor(t, ctx, "the imported dataset listed", `document.body.textContent.includes('onerror="window.__pwned=4"')`)
	for _, tab := range []string{"tab-ranking", "tab-scenario", "tab-municipality", "tab-data", "tab-method"} {
		if eval[bool](t, ctx, `document.getElementById('`+tab+`') !== null`) {
			do(t, ctx, chromedp.Click(chromedp.ID(tab)))
		}
		if got := eval[string](t, ctx, injected); got != "" {
			t.Fatalf("after %s: markup from the file name took effect: %s", tab, got)
		}
	}
}

// TestHugeFileRefused: a 50 MB file is refused before it is read, with a
// clear message, and the page stays responsive with the data it had.
func TestHugeFileRefused(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=data")
	before := query(t, ctx)
	p := filepath.Join(t.TempDir(), "kæmpe.csv")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(50 << 20); err != nil {
		t.Fatal(err)
	}
	f.Close()
	start := eval[float64](t, ctx, `performance.now()`)
	importFile(t, ctx, p)
	waitFor(t, ctx, "the refusal", `document.querySelector('#import-error') !== null`)
	msg := eval[string](t, ctx, `document.querySelector('#import-error').textContent`)
	if !strings.Contains(msg, "kæmpe.csv er for stor (50,0 MB; højst 8 MB)") {
		t.Errorf("message %q", msg)
	}
	if took := eval[float64](t, ctx, `performance.now()`) - start; took > 2000 {
		t.Errorf("refusing took %.0f ms", took)
	}
	if q := query(t, ctx); q != before {
		t.Errorf("the view changed: %q → %q", before, q)
	}
	if got := eval[string](t, ctx, `document.querySelector('#ds-name').textContent`); !strings.Contains(got, "Eksempeldata") {
		t.Errorf("the current dataset is %q, want the illustrative data still", got)
	}
}
