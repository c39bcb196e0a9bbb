package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"benchsim/app/ui"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// TestPrintTourByBrowser prints the tour with the browser's own print
// command (not the app's "Udskriv"): every step, in order, one a page,
// each with its text and calc's answer, as the app's handout has them.
func TestPrintTourByBrowser(t *testing.T) {
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is missing: apt-get install -y poppler-utils")
	}
	for _, lang := range []string{ui.LangDA, ui.LangEN} {
		t.Run(lang, func(t *testing.T) {
			ctx := newTab(t)
			// The third step is shown: the printout is still the whole tour.
			open(t, ctx, shared.URL+"/?v=1&tab=tour&step=3&lang="+lang)
			waitFor(t, ctx, "step 3", `document.querySelector('#tour') !== null && document.querySelector('#tour').dataset.step === '3'`)
			// A user's Ctrl+P comes a moment after the page is there; the
			// PDF is printed after at most that long, drawn or not.
			chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('tour-print') !== null`, chromedp.WithPollingTimeout(5*time.Second)))
			pdf, err := chromedp.Run(ctx, chromedp.PrintToPDF(chromedp.PDFPreferCSSPageSize()))
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "tour.pdf")
			if err := os.WriteFile(file, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			out, err := exec.Command("pdftotext", "-layout", file, "-").Output()
			if err != nil {
				t.Fatal(err)
			}
			pages := strings.Split(strings.TrimRight(string(out), "\f"), "\f")
			steps := view.TourMsg(lang).Steps
			if len(pages) != len(steps) {
				t.Errorf("the tour prints on %d pages, want %d (one a step)", len(pages), len(steps))
			}
			// Each step's answer is calc's for the step's own scenario, which
			// the handout names beside it.
			printed := eval[[][]string](t, ctx, `[...document.querySelectorAll('#tour-print .tour-print-step')].map(e => [e.querySelector('.tour-print-sc').textContent])`)
			if len(printed) != len(steps) {
				t.Fatalf("the handout has %d steps, want %d", len(printed), len(steps))
			}
			mt := ui.MeetMsg(lang)
			answers := make([]string, len(steps))
			for i, p := range printed {
				q := strings.TrimPrefix(p[0], mt.ScenarioLabel+": ")
				sc := calc.DefaultScenario()
				if q != mt.OfficialModel {
					if sc, err = calc.DecodeScenario(q); err != nil {
						t.Fatalf("step %d's scenario %q: %v", i+1, q, err)
					}
				}
				want, _, _ := tourExpected(t, i+1, sc, lang)
				answers[i] = ui.FormatNumber(want, 0, lang)
			}
			words := map[string]string{ui.LangDA: "Udskrevet", ui.LangEN: "Printed"}[lang]
			for i, s := range steps {
				if i >= len(pages) {
					break
				}
				pg := strings.Join(strings.Fields(pages[i]), " ")
				for _, want := range []string{s.Title, firstWords(s.Body[0], 6), answers[i], words} {
					if !strings.Contains(pg, want) {
						t.Errorf("page %d lacks %q (step %d):\n%s", i+1, want, i+1, pg)
					}
				}
				for j, other := range steps {
					if j != i && strings.Contains(pg, other.Title) {
						t.Errorf("page %d has step %d's title %q too", i+1, j+1, other.Title)
					}
				}
			}
		})
	}
}

// firstWords is the first n words of s (a line on paper may break a longer
// stretch where the text has no space).
func firstWords(s string, n int) string {
	w := strings.Fields(s)
	return strings.Join(w[:min(n, len(w))], " ")
}
