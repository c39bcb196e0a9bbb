//go:build !js

package ui

import (
	"io"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
)

func TestHandlerFields(t *testing.T) {
	h := Handler("abc123")
	if h.Version != "abc123" || h.Lang != "da" || h.Name == "" || h.ShortName == "" || h.Title == "" || h.Description == "" {
		t.Errorf("handler %+v", h)
	}
	for _, icon := range []string{h.Icon.Default, h.Icon.Large, h.Icon.Maskable, h.Icon.SVG, h.Image} {
		if !strings.HasPrefix(icon, "/web/") {
			t.Errorf("icon %q is not a local file: offline caching would fail", icon)
		}
	}
	if len(h.Styles) == 0 || h.Styles[0] != "/web/app.css" {
		t.Errorf("styles %v", h.Styles)
	}
	if h.ThemeColor != themeColor || h.BackgroundColor != backgroundColor {
		t.Errorf("colours %q %q", h.ThemeColor, h.BackgroundColor)
	}
}

// TestServiceWorkerPatch: the worker answers any page address with the
// cached "/" offline. The patch is a text replacement in go-app's worker, so
// a go-app upgrade that changes the text must fail here, not silently.
func TestServiceWorkerPatch(t *testing.T) {
	sw := serviceWorker()
	if strings.Contains(sw, swFetchOld) && !strings.Contains(sw, swFetchNew) {
		t.Fatal("the fetch handler of go-app's worker changed: update swFetchOld")
	}
	if !strings.Contains(sw, "ignoreSearch: true") || !strings.Contains(sw, `request.mode === "navigate"`) {
		t.Error("the offline fallback for page addresses is missing")
	}
	if strings.Contains(sw, swInstallOld) || !strings.Contains(sw, "event.waitUntil(") {
		t.Fatal("the install handler of go-app's worker changed: update swInstallOld")
	}
	h := Handler("test")
	if !slices.Contains(h.CacheableResources, "/web/draw.wasm") || !slices.Contains(h.CacheableResources, "/web/draw.js") {
		t.Errorf("the drawing worker is not precached: %v", h.CacheableResources)
	}
}

func get(t *testing.T, srv *httptest.Server, path string) string {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %d", path, resp.StatusCode)
	}
	return string(b)
}

// TestPrerender: the server's first HTML already shows the requested view,
// without the marker that only the running wasm sets.
func TestPrerender(t *testing.T) {
	Routes()
	srv := httptest.NewServer(Handler("test"))
	defer srv.Close()

	page := get(t, srv, "/")
	if n := strings.Count(page, "data-code="); n != 98 {
		t.Errorf("the start page has %d table rows, want 98", n)
	}
	if strings.Contains(page, `data-ready=`) {
		t.Error("the prerendered page carries the wasm's ready marker")
	}
	for _, want := range []string{`<html lang="da"`, "<caption", `aria-sort="ascending"`, "Eksempeldata — ikke de officielle tal;", `data-query="v=1"`} {
		if !strings.Contains(page, want) {
			t.Errorf("the start page lacks %q", want)
		}
	}

	page = get(t, srv, "/?v=1&tab=method&lang=en")
	for _, want := range []string{"The official rules", "Parameters and sources", "Connected vessels."} {
		if !strings.Contains(page, want) {
			t.Errorf("the method page lacks %q", want)
		}
	}

	page = get(t, srv, "/?v=9&scope=kl")
	if !strings.Contains(page, "Linket kunne ikke læses") {
		t.Error("a future-versioned link shows no notice")
	}

	page = get(t, srv, "/?v=1&tab=municipality&m=336&cl=336:100:50")
	for _, want := range []string{"Stevns", `id="investment"`, "Netto pr. år"} {
		if !strings.Contains(page, want) {
			t.Errorf("the municipality page lacks %q", want)
		}
	}

	sw := get(t, srv, "/app-worker.js")
	if !strings.Contains(sw, "ignoreSearch") || !strings.Contains(sw, "/web/icon-192.png") {
		t.Error("the served worker lacks the offline fallback or the local icons")
	}
	if strings.Contains(sw, "https://") {
		t.Error("the worker caches a remote resource")
	}
	manifest := get(t, srv, "/manifest.webmanifest")
	if strings.Contains(manifest, "https://") || !strings.Contains(manifest, "maskable") {
		t.Errorf("manifest %s", manifest)
	}
}
