package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// TestStaticExport: the static export (`app static DIR`, what `make static`
// runs) works from a plain static file server, which sends no
// Content-Encoding and no app headers: the UI program is compiled in
// web/compile.js and warmed up there, shows calc's ranking, and the
// drawing worker (web/draw.wasm) draws the charts, whose marks are calc's.
func TestStaticExport(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "site")
	cmd := exec.Command("go", "run", "./app", "static", "-web", webDir, dir)
	cmd.Dir = root
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("app static: %v\n%s", err, out)
	}
	for _, f := range []string{"index.html", "app.js", "wasm_exec.js", "web/app.wasm", "web/compile.js", "web/draw.js", "web/draw.wasm"} {
		if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
			t.Fatalf("the static site lacks %s: %v", f, err)
		}
	}
	site := httptest.NewServer(http.FileServer(http.Dir(dir)))
	t.Cleanup(site.Close)

	ctx := newTab(t)
	open(t, ctx, site.URL+"/")
	checkTable(t, ctx, demo.Dataset(), calc.DefaultScenario(), calc.Total, "da")
	checkTableWriter(t, ctx) // web/table.js is in the export
	if n := eval[int](t, ctx, `performance.getEntriesByName('app-wasm-warmed').length`); n != 1 {
		t.Errorf("%d app-wasm-warmed marks, want 1", n)
	}

	open(t, ctx, site.URL+"/?v=1&tab=charts&m=336")
	waitCharts(t, ctx, 6)
	sc, err := calc.DecodeScenario(query(t, ctx))
	if err != nil {
		t.Fatal(err)
	}
	checkCharts(t, ctx, sc, stevns)
	if n := eval[int](t, ctx, `performance.getEntriesByName('drawn-funnel').length`); n < 1 {
		t.Error("the drawing worker drew no funnel")
	}
}
