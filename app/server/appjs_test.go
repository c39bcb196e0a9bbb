package server

import (
	"io"
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestPatchAppJS: the loader served hands the fetch response itself to
// instantiateStreaming; a go-app upgrade that changes the text fails here.
func TestPatchAppJS(t *testing.T) {
	srv := New(&app.Handler{Name: "t"}, t.TempDir())
	resp := get(t, srv, "/app.js", "")
	b, _ := io.ReadAll(resp.Body)
	rec := string(b)
	require.Truef(t, strings.Contains(rec, "response.clone().body.getReader()") && !strings.Contains(rec, "new ReadableStream"),
		"app.js is not patched:\n%s", rec)
	assert.Contains(t, rec, "instantiateStreaming(", "app.js lost instantiateStreaming")
	f := strings.Index(rec, "await fetch(url)")
	assert.True(t, f >= 0 && strings.Contains(rec[:f], `observe({ type: "paint"`), "app.js fetches the wasm before the first paint")
	// The UI program is compiled in web/compile.js, after the first paint,
	// and the page falls back to compiling it itself.
	assert.Contains(t, rec, `await benchsimInstantiate("/web/app.wasm", showProgress, go.importObject, instantiateStreaming);`)
	assert.NotContains(t, rec, "fetchWithProgress(\"/web/app.wasm\", showProgress),\n", "go-app's own compile call is still there")
	assert.Contains(t, rec, `new Worker("/web/compile.js")`)
	w := strings.Index(rec, "async function benchsimCompileInWorker")
	assert.True(t, w >= 0 && strings.Contains(rec[w:], "await benchsimFirstPaint();"), "the worker starts before the first paint")
	// A first view with charts starts the drawing worker once the UI
	// program has arrived, on both ways of compiling it.
	assert.Equal(t, 3, strings.Count(rec, "benchsimStartDrawing()"), "benchsimStartDrawing is not called after both compiles")
	assert.Contains(t, rec, `["charts", "municipality", "tour"].includes(tab)`)
	assert.Contains(t, rec, `self.benchsimDrawWorker = early;`)
	// The worker warms the UI program up for the page's address; the page
	// starts Go in a task after the instantiation's.
	assert.Contains(t, rec, `query: location.search.slice(1) });`)
	assert.Contains(t, rec, `performance.mark("app-wasm-warmed")`)
	i := strings.Index(rec, "await WebAssembly.instantiate(module, importObject);")
	j := strings.Index(rec, "return { module, instance };")
	assert.True(t, i >= 0 && j > i && strings.Contains(rec[i:j], "await new Promise((resolve) => setTimeout(resolve, 0));"), "Go does not start in a task of its own")
}
