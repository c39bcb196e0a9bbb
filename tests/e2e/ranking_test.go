package e2e

import (
	"strings"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// TestDefaultRanking: the start page, once the wasm runs, shows calc's
// ranking for the official model on the illustrative data, with the
// banner and an accessible table.
func TestDefaultRanking(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL)
	checkTable(t, ctx, demo.Dataset(), calc.DefaultScenario(), calc.Total, "da")
	// The UI program was compiled in web/compile.js and warmed up there to
	// its end (app/ui/warmup.go) before the page instantiated it.
	if n := eval[int](t, ctx, `performance.getEntriesByName('app-wasm-warmed').length`); n != 1 {
		t.Errorf("%d app-wasm-warmed marks, want 1: the warm-up did not run to its end", n)
	}

	banner := eval[string](t, ctx, `document.querySelector('#illustrative').textContent`)
	const want = "Eksempeldata — ikke de officielle tal; importér Jobindsats Y30R21 for de rigtige tal."
	if !strings.Contains(banner, want) {
		t.Errorf("banner %q lacks %q", banner, want)
	}
	if got := eval[string](t, ctx, `document.documentElement.lang`); got != "da" {
		t.Errorf("<html lang> = %q, want da", got)
	}
	if got := eval[string](t, ctx, `document.querySelector('#ranking caption').textContent`); got == "" {
		t.Error("the table has no caption")
	}
	if got := eval[string](t, ctx, `document.querySelector('#ranking th[aria-sort]').textContent`); !strings.Contains(got, "Placering") {
		t.Errorf("aria-sort is on %q, want the rank column", got)
	}
	if n := eval[int](t, ctx, `document.querySelectorAll('#ranking thead th button.sort').length`); n < 6 {
		t.Errorf("%d sort buttons in the header, want one per sortable column", n)
	}
}
