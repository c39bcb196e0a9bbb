package e2e

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestScreenshots writes a screenshot of every view at 1280×800 and at a
// phone's 390×844 to tests/screenshots/ (git-ignored), for people to look at.
func TestScreenshots(t *testing.T) {
	dir := filepath.Join(root, "tests", "screenshots")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	views := []struct{ name, query string }{
		{"ranking", ""},
		{"scenario", "?v=1&cl=336:100:50&tab=scenario&m=336"},
		{"municipality", "?v=1&cl=336:100:50&tab=municipality&m=336"},
		{"data", "?v=1&tab=data"},
		{"method", "?v=1&tab=method"},
		{"ranking-kl-en", "?v=1&scope=kl&lang=en"},
	}
	ctx := newTab(t)
	for _, s := range screenSizes {
		emulate(t, ctx, s)
		for _, v := range views {
			open(t, ctx, shared.URL+"/"+v.query)
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			name := filepath.Join(dir, v.name+"-"+s.name+".png")
			if err := os.WriteFile(name, png, 0o644); err != nil {
				t.Fatal(err)
			}
			// The viewport alone, as a user first sees it.
			png, err = chromedp.Run(ctx, chromedp.CaptureScreenshot())
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, v.name+"-"+s.name+"-top.png"), png, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// screenSize is a viewport screenshots are taken at.
type screenSize struct {
	name   string
	w, h   int64
	mobile bool
}

// screenSizes are a laptop's 1280×800 and a phone's 390×844.
var screenSizes = []screenSize{{"1280", 1280, 800, false}, {"390", 390, 844, true}}

// emulate sizes the tab like s (a phone also gets touch and mobile mode).
func emulate(t *testing.T, ctx context.Context, s screenSize) {
	t.Helper()
	opts := []chromedp.EmulateViewportOption{chromedp.EmulateScale(1)}
	if s.mobile {
		opts = append(opts, chromedp.EmulateMobile, chromedp.EmulateTouch)
	}
	do(t, ctx, chromedp.EmulateViewport(s.w, s.h, opts...))
}
