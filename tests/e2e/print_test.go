package e2e

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// a4Content is an A4 page's width inside print.css's 11 mm margins, in CSS
// pixels (96 per inch): what a table may take on paper.
const a4Content = int64((210 - 2*11) * 960 / 254) // 710 px

// printMedia switches the tab to print media (on) or back to the screen,
// with the viewport as wide as a page's content.
func printMedia(t *testing.T, ctx context.Context, on bool) {
	t.Helper()
	media := ""
	if on {
		media = "print"
		do(t, ctx, chromedp.EmulateViewport(a4Content, 1000))
	} else {
		do(t, ctx, chromedp.EmulateViewport(1280, 800))
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: media}); err != nil {
		t.Fatal(err)
	}
}

// stubPrint replaces window.print, which would open a dialog, with a
// counter.
func stubPrint(t *testing.T, ctx context.Context) {
	eval[bool](t, ctx, `(() => { window.__printed = 0; window.print = () => { window.__printed++;
		window.__printedTour = document.querySelectorAll('#tour-print .tour-print-step').length; }; return true; })()`)
}

// visibleControls lists the controls a printout shows: buttons, fields and
// navigation with a box on the page.
func visibleControls(t *testing.T, ctx context.Context) []string {
	return eval[[]string](t, ctx, `[...document.querySelectorAll('button, input, select, textarea, nav, [role=button]')]
		.filter(e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden')
		.map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + [...e.classList].join('.') + ' "' + e.textContent.trim().slice(0, 30) + '"')`)
}

// wideTables lists the tables wider than the page.
func wideTables(t *testing.T, ctx context.Context) []string {
	return eval[[]string](t, ctx, `[...document.querySelectorAll('table')]
		.filter(e => e.getClientRects().length > 0 && e.scrollWidth > `+strconv.FormatInt(a4Content, 10)+`)
		.map(e => (e.id || e.className) + ': ' + e.scrollWidth + ' px')`)
}

// checkPrinted asserts what every printout needs: no control, no table
// wider than the page, the page itself within it, and the provenance stamp
// fixed on every page with dataset, period, scenario and year.
func checkPrinted(t *testing.T, ctx context.Context, name string, sc calc.Scenario) {
	t.Helper()
	printMedia(t, ctx, true)
	defer printMedia(t, ctx, false)
	if c := visibleControls(t, ctx); len(c) > 0 {
		t.Errorf("%s: controls on paper: %s", name, strings.Join(c, "; "))
	}
	if w := wideTables(t, ctx); len(w) > 0 {
		t.Errorf("%s: tables wider than the page (%d px): %s", name, a4Content, strings.Join(w, "; "))
	}
	if w := eval[int64](t, ctx, `document.documentElement.scrollWidth`); w > a4Content {
		t.Errorf("%s: the page is %d px wide on paper, the sheet %d px", name, w, a4Content)
	}
	// The browser's print command (and the button) set the stamp that
	// the page's margin box shows.
	stamp := eval[[]string](t, ctx, `(() => { window.dispatchEvent(new Event('beforeprint'));
		const rules = [...document.styleSheets].flatMap(s => [...s.cssRules]).filter(r => r instanceof CSSMediaRule)
			.flatMap(m => [...m.cssRules]).filter(r => r instanceof CSSPageRule);
		return [rules.map(r => r.cssText).join(' '), getComputedStyle(document.documentElement).getPropertyValue('--print-stamp')]; })()`)
	ds := demo.Dataset()
	p := ds.Periods[len(ds.Periods)-1]
	scText := "den officielle model"
	if !sc.IsOfficial() {
		scText = sc.Encode()
	}
	if !regexp.MustCompile(`@bottom-left\s*\{[^}]*content:\s*var\(--print-stamp`).MatchString(stamp[0]) {
		t.Errorf("%s: no page margin box shows the stamp: %q", name, stamp[0])
	}
	year := strconv.Itoa(time.Now().Year())
	wants := []string{`"Datasæt: ` + ds.Provenance.Name, "Periode: ", "(" + p.Code + ")", "Scenarie: " + scText, "Udskrevet ", year + `"`}
	if name == "tour" { // the handout: each step prints its own period and scenario
		wants = []string{`"Datasæt: ` + ds.Provenance.Name, "Periode og scenarie: hvert trins eget", "Udskrevet ", year + `"`}
	}
	for _, want := range wants {
		if !strings.Contains(stamp[1], want) {
			t.Errorf("%s: the stamp %q lacks %q", name, stamp[1], want)
		}
	}
}

// pdfPages prints the page to an A4 PDF, keeps it in tests/out/ for people
// to look at (pdftoppm -png turns it into pictures), and counts its pages.
// Where poppler is installed it also reads the stamp (its first words in
// lang) off every page.
func pdfPages(t *testing.T, ctx context.Context, name, lang string) int {
	t.Helper()
	pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize()))
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "tests", "out")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(dir, "print-"+name+".pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	n := len(regexp.MustCompile(`/Type\s*/Page\b`).FindAll(pdf, -1))
	if _, err := exec.LookPath("pdftotext"); err == nil {
		out, err := exec.Command("pdftotext", "-layout", file, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		words := map[string][2]string{"da": {"Datasæt:", "Udskrevet"}, "en": {"Dataset:", "Printed"}}[lang]
		pages := strings.Split(strings.TrimRight(string(out), "\f"), "\f")
		for i, pg := range pages {
			if !strings.Contains(pg, words[0]) || !strings.Contains(pg, words[1]) {
				t.Errorf("%s: page %d of %d lacks the stamp", name, i+1, len(pages))
			}
		}
	}
	return n
}

// TestPrint prints the municipality handout, the ranking and the tour.
func TestPrint(t *testing.T) {
	ctx := newTab(t)

	// The municipality page: one A4 page, with the investment case.
	open(t, ctx, shared.URL+"/?v=1&cl=336:100:50&tab=municipality&m=336")
	_, sc := pageScenario(t, ctx)
	stubPrint(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.ID("print")))
	if n := eval[int](t, ctx, `window.__printed`); n != 1 {
		t.Errorf("Udskriv called print %d times, want 1", n)
	}
	checkPrinted(t, ctx, "municipality", sc)
	printMedia(t, ctx, true)
	for _, id := range []string{"m-areas", "m-status", "m-invest", "m-history"} {
		if !eval[bool](t, ctx, `(() => { const e = document.getElementById('`+id+`'); return !!e && e.getClientRects().length > 0; })()`) {
			t.Errorf("municipality: #%s is not on paper", id)
		}
	}
	// The lever the hidden sliders set is written out beside the investment case.
	if got := eval[string](t, ctx, `(() => { const e = document.getElementById('print-caseload'); return e && e.getClientRects().length > 0 ? e.textContent : ''; })()`); got != "Stevns: 100 → 50 sager pr. medarbejder (Kontanthjælp mv.)" {
		t.Errorf("municipality: the printed caseload lever reads %q", got)
	}
	printMedia(t, ctx, false)
	if n := pdfPages(t, ctx, "municipality", "da"); n != 1 {
		t.Errorf("the municipality handout prints on %d pages, want 1", n)
	}

	// In English too, with its longer words, the handout is one page.
	open(t, ctx, shared.URL+"/?v=1&cl=336:100:50&tab=municipality&m=336&lang=en")
	printMedia(t, ctx, true)
	if c, w := visibleControls(t, ctx), wideTables(t, ctx); len(c)+len(w) > 0 {
		t.Errorf("municipality in English: controls %v, wide tables %v", c, w)
	}
	printMedia(t, ctx, false)
	if n := pdfPages(t, ctx, "municipality-en", "en"); n != 1 {
		t.Errorf("the English municipality handout prints on %d pages, want 1", n)
	}

	// The ranking: every municipality, on as many pages as it takes.
	open(t, ctx, shared.URL+"/?v=1")
	checkPrinted(t, ctx, "ranking", calc.DefaultScenario())
	printMedia(t, ctx, true)
	if n := eval[int](t, ctx, `document.querySelectorAll('#ranking tbody tr').length`); n != len(demo.Dataset().Municipalities) {
		t.Errorf("ranking: %d rows on paper", n)
	}
	printMedia(t, ctx, false)
	if n := pdfPages(t, ctx, "ranking", "da"); n < 2 {
		t.Errorf("the ranking prints on %d pages", n)
	}

	// The tour: one step a page, each with its answer.
	open(t, ctx, shared.URL+"/?v=1&tab=tour")
	_, sc = pageScenario(t, ctx)
	stubPrint(t, ctx)
	do(t, ctx, chromedp.Click(chromedp.ID("print")))
	waitFor(t, ctx, "the printed tour", `window.__printed === 1`)
	if n := eval[int](t, ctx, `window.__printedTour`); n != 6 {
		t.Errorf("the tour was printed with %d steps drawn, want all 6", n)
	}
	checkPrinted(t, ctx, "tour", sc)
	printMedia(t, ctx, true)
	answers := eval[[]string](t, ctx, `[...document.querySelectorAll('.tour-print-step')].filter(e => e.getClientRects().length > 0)
		.map(e => e.querySelector('.tour-print-answer strong').dataset.value + '|' + e.querySelector('.tour-print-sc').textContent)`)
	if len(answers) != 6 {
		t.Errorf("tour: %d steps on paper, want 6", len(answers))
	}
	if eval[bool](t, ctx, `document.querySelector('.tour-grid').getClientRects().length > 0`) {
		t.Errorf("tour: the on-screen step is printed too")
	}
	printMedia(t, ctx, false)
	if n := pdfPages(t, ctx, "tour", "da"); n != 6 {
		t.Errorf("the tour prints on %d pages, want 6 (one a step)", n)
	}
	// Each answer is calc's for the step's own scenario (the one its link
	// opens with).
	for n := 1; n <= len(answers); n++ {
		open(t, ctx, shared.URL+"/?v=1&tab=tour&step="+strconv.Itoa(n))
		_, sc := pageScenario(t, ctx)
		want, _, _ := tourExpected(t, n, sc, "da")
		scText := "den officielle model"
		if !sc.IsOfficial() {
			scText = sc.Encode()
		}
		if w := strconv.FormatFloat(want, 'f', -1, 64) + "|Scenarie: " + scText; answers[n-1] != w {
			t.Errorf("tour step %d: printed %q, want calc's answer and the step's scenario %q", n, answers[n-1], w)
		}
	}
}
