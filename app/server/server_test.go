package server

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func webDir(t *testing.T, withBr bool) (string, []byte) {
	dir := t.TempDir()
	raw := bytes.Repeat([]byte("\x00asm wasm bytes "), 4096)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.wasm"), raw, 0o644))
	if withBr {
		var buf bytes.Buffer
		w := brotli.NewWriter(&buf)
		_, _ = w.Write(raw)
		require.NoError(t, w.Close())
		require.NoError(t, os.WriteFile(filepath.Join(dir, "app.wasm.br"), buf.Bytes(), 0o644))
	}
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.css"), []byte("body{}"), 0o644))
	return dir, raw
}

func get(t *testing.T, h http.Handler, path, enc string) *http.Response {
	req := httptest.NewRequest(http.MethodGet, path, nil)
	if enc != "" {
		req.Header.Set("Accept-Encoding", enc)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func TestWasmByAcceptEncoding(t *testing.T) {
	dir, raw := webDir(t, true)
	h := New(&app.Handler{Name: "t"}, dir)

	res := get(t, h, "/web/app.wasm", "gzip, deflate, br")
	assert.Equal(t, "br", res.Header.Get("Content-Encoding"))
	assert.Equal(t, "application/wasm", res.Header.Get("Content-Type"))
	body, _ := io.ReadAll(res.Body)
	dec, err := io.ReadAll(brotli.NewReader(bytes.NewReader(body)))
	require.NoError(t, err)
	assert.Equal(t, raw, dec)
	assert.Less(t, len(body), len(raw))

	res = get(t, h, "/web/app.wasm", "gzip")
	assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
	zr, err := gzip.NewReader(res.Body)
	require.NoError(t, err)
	dec, _ = io.ReadAll(zr)
	assert.Equal(t, raw, dec)

	res = get(t, h, "/web/app.wasm", "")
	assert.Empty(t, res.Header.Get("Content-Encoding"))
	body, _ = io.ReadAll(res.Body)
	assert.Equal(t, raw, body)

	res = get(t, h, "/web/app.wasm", "br;q=0, gzip")
	assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"))
}

func TestSecurityHeadersOnEveryResponse(t *testing.T) {
	dir, _ := webDir(t, false)
	h := New(&app.Handler{Name: "t", Icon: app.Icon{Default: "/web/app.css"}}, dir)
	for _, path := range []string{"/", "/web/app.css", "/web/app.wasm", "/app.js", "/manifest.webmanifest"} {
		res := get(t, h, path, "gzip")
		assert.Equal(t, "nosniff", res.Header.Get("X-Content-Type-Options"), path)
		assert.Equal(t, "no-referrer", res.Header.Get("Referrer-Policy"), path)
		csp := res.Header.Get("Content-Security-Policy")
		assert.Contains(t, csp, "default-src 'self'", path)
		assert.Contains(t, csp, "'wasm-unsafe-eval'", path)
		assert.NotContains(t, csp, "script-src 'self' 'unsafe-inline'", path)
		assert.NotContains(t, csp, "http", path, "no remote origins")
	}
	// The page itself has no inline script, so the CSP does not block the app.
	res := get(t, h, "/", "")
	body, _ := io.ReadAll(res.Body)
	for _, s := range strings.Split(string(body), "<script")[1:] {
		assert.Contains(t, strings.SplitN(s, ">", 2)[0], "src=", "inline script in the page")
	}
}

// The page, styles and scripts are compressed by Accept-Encoding and
// decompress to what an uncompressed request gets; the wasm keeps its own
// precompressed copy (not compressed twice) and its raw size header.
func TestTextCompressed(t *testing.T) {
	dir, raw := webDir(t, true)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.css"), bytes.Repeat([]byte("body { margin: 0 }\n"), 200), 0o644))
	app.Route("/big", func() app.Composer { return &bigPage{} })
	h := New(&app.Handler{Name: "t", Icon: app.Icon{Default: "/web/app.css"}}, dir)
	for _, path := range []string{"/big", "/web/app.css", "/app.js", "/wasm_exec.js"} {
		plain, _ := io.ReadAll(get(t, h, path, "").Body)
		require.Greater(t, len(plain), 1024, path)
		res := get(t, h, path, "gzip, deflate")
		assert.Equal(t, "gzip", res.Header.Get("Content-Encoding"), path)
		assert.Contains(t, res.Header.Get("Vary"), "Accept-Encoding", path)
		body, _ := io.ReadAll(res.Body)
		zr, err := gzip.NewReader(bytes.NewReader(body))
		require.NoError(t, err, path)
		dec, _ := io.ReadAll(zr)
		// go-app writes a tag's attributes in map order: the page is
		// compared by length and content, the files byte for byte.
		assert.Equal(t, len(plain), len(dec), path)
		if path == "/big" {
			assert.Equal(t, 400, bytes.Count(dec, []byte("<li>row of the prerendered page</li>")))
		} else {
			assert.True(t, bytes.Equal(plain, dec), path)
		}
		assert.Less(t, len(body), len(plain)/2, path)
	}
	res := get(t, h, "/web/app.wasm", "gzip, deflate, br")
	assert.Equal(t, "br", res.Header.Get("Content-Encoding"))
	assert.Equal(t, len(raw), atoi(res.Header.Get("X-Wasm-Content-Length")))
	body, _ := io.ReadAll(res.Body)
	dec, err := io.ReadAll(brotli.NewReader(bytes.NewReader(body)))
	require.NoError(t, err)
	assert.Equal(t, raw, dec)
}

// bigPage is a prerendered page of some 10 KB.
type bigPage struct{ app.Compo }

func (p *bigPage) Render() app.UI {
	return app.Ul().Body(app.Range(make([]int, 400)).Slice(func(i int) app.UI {
		return app.Li().Text("row of the prerendered page")
	}))
}

func TestProgressLength(t *testing.T) {
	dir, raw := webDir(t, false)
	h := &app.Handler{Name: "t"}
	New(h, dir)
	assert.Equal(t, len(raw), atoi(h.WasmContentLength))
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		n = n*10 + int(c-'0')
	}
	return n
}
