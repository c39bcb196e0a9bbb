package e2e

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestKeyboard uses the page with the keyboard alone: the skip link comes
// first, every focused element shows a focus ring, and a sort button works
// with Enter.
func TestKeyboard(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL)
	do(t, ctx, chromedp.KeyEvent(kb.Tab))
	if got := eval[string](t, ctx, `document.activeElement.className`); got != "skip" {
		t.Errorf("the first Tab lands on %q, want the skip link", got)
	}
	visible := `(() => { const s = getComputedStyle(document.activeElement);
		return s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2; })()`
	for i := 0; i < 12; i++ {
		if !eval[bool](t, ctx, visible) {
			t.Errorf("Tab %d: %s has no visible focus ring", i+1,
				eval[string](t, ctx, `document.activeElement.outerHTML.slice(0, 80)`))
		}
		do(t, ctx, chromedp.KeyEvent(kb.Tab))
	}
	// Sort by percentage points with the keyboard.
	do(t, ctx, chromedp.Focus(chromedp.CSS(`#ranking button.sort[data-col="pp"]`)), chromedp.KeyEvent(kb.Enter))
	waitFor(t, ctx, "sort=pp", `location.search.includes('sort=pp')`)
	waitFor(t, ctx, "aria-sort on the pp column", `document.querySelector('#ranking th[aria-sort]').textContent.startsWith('Procentpoint')`)
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(root, "tests", "screenshots")
	os.MkdirAll(dir, 0o755)
	os.WriteFile(filepath.Join(dir, "keyboard-focus-1280.png"), png, 0o644)
	rows := readTable(t, ctx)
	for i := 1; i < len(rows); i++ {
		a := strings.NewReplacer(",", ".", "+", "").Replace(rows[i-1]["pp"])
		b := strings.NewReplacer(",", ".", "+", "").Replace(rows[i]["pp"])
		if parse(a) > parse(b) {
			t.Fatalf("rows %d, %d not ascending by pp: %s, %s", i, i+1, rows[i-1]["pp"], rows[i]["pp"])
		}
	}
}

func parse(s string) float64 {
	f, _ := strconv.ParseFloat(s, 64)
	return f
}
