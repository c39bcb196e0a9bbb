// Package server wraps the go-app handler for serving the simulator: it adds
// security headers, serves app.wasm precompressed (brotli or gzip, by
// Accept-Encoding) with the raw size for the loader's progress bar, and
// compresses the rest (the prerendered page, styles, scripts) on the fly.
package server

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"

	"github.com/klauspost/compress/gzhttp"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Headers are the security headers sent with every response. The static
// export documents the same set for other hosts.
var Headers = map[string]string{
	// Go's wasm needs 'wasm-unsafe-eval'; go-app sets style attributes, so
	// inline styles are allowed; no inline script and no remote origin.
	"Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; " +
		"style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; " +
		"worker-src 'self'; manifest-src 'self'; font-src 'self'; object-src 'none'; " +
		"base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
	"X-Content-Type-Options": "nosniff",
	"Referrer-Policy":        "no-referrer",
}

// WasmVersion returns a short hash of the wasm file, used as the app's
// version so that the service worker's cache changes exactly when the app
// does.
func WasmVersion(webDir string) string {
	b, err := os.ReadFile(filepath.Join(webDir, "app.wasm"))
	if err != nil {
		return "dev"
	}
	sum := sha256.Sum256(b)
	return fmt.Sprintf("%x", sum[:6])
}

// Prepare sets the handler fields that depend on the built files: the raw
// wasm size for the progress bar.
func Prepare(h *app.Handler, webDir string) {
	if fi, err := os.Stat(filepath.Join(webDir, "app.wasm")); err == nil {
		h.WasmContentLength = strconv.FormatInt(fi.Size(), 10)
	}
}

type handler struct {
	next   http.Handler
	files  http.Handler
	webDir string

	mu   sync.Mutex
	wasm map[string]*wasmFile // by file name: app.wasm, draw.wasm
}

// wasmFile is one wasm program in every encoding.
type wasmFile struct {
	enc map[string][]byte // encoding → bytes, "" = raw
	mod int64
}

// New returns the HTTP handler for the app: h for pages, the files of
// webDir under /web/, headers on everything.
//
// Every text response is compressed (gzhttp: gzip or zstd by
// Accept-Encoding, from 1 KB up): the prerendered page alone is some
// 100 KB raw and about a tenth of that compressed, which on a phone's
// connection is what the first paint waits for. The wasm programs keep
// their precompressed copies (a response that names its encoding is
// passed through).
func New(h *app.Handler, webDir string) http.Handler {
	Prepare(h, webDir)
	return gzhttp.GzipHandler(&handler{next: h, webDir: webDir, files: http.StripPrefix("/web/", http.FileServer(http.Dir(webDir)))})
}

func (s *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	for k, v := range Headers {
		w.Header().Set(k, v)
	}
	switch r.URL.Path {
	case "/web/app.wasm", "/app.wasm":
		s.serveWasm(w, r, "app.wasm")
		return
	case "/app.js":
		s.serveAppJS(w, r)
		return
	case "/web/draw.wasm":
		s.serveWasm(w, r, "draw.wasm")
		return
	}
	if strings.HasPrefix(r.URL.Path, "/web/") {
		// The files of webDir, wherever the process runs from.
		s.files.ServeHTTP(w, r)
		return
	}
	s.servePage(w, r)
}

// encodings returns the wasm in every encoding, reading the precompressed
// files written by the build when they exist and compressing with gzip once
// otherwise.
func (s *handler) encodings(name string) (map[string][]byte, error) {
	path := filepath.Join(s.webDir, name)
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if f := s.wasm[name]; f != nil && f.mod == fi.ModTime().UnixNano() {
		return f.enc, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	m := map[string][]byte{"": raw}
	if b, err := os.ReadFile(path + ".br"); err == nil {
		m["br"] = b
	}
	if b, err := os.ReadFile(path + ".gz"); err == nil {
		m["gzip"] = b
	} else {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = io.Copy(zw, bytes.NewReader(raw))
		_ = zw.Close()
		m["gzip"] = buf.Bytes()
	}
	if s.wasm == nil {
		s.wasm = map[string]*wasmFile{}
	}
	s.wasm[name] = &wasmFile{enc: m, mod: fi.ModTime().UnixNano()}
	return m, nil
}

func (s *handler) serveWasm(w http.ResponseWriter, r *http.Request, name string) {
	m, err := s.encodings(name)
	if err != nil {
		http.Error(w, name+" is not built: run make build", http.StatusNotFound)
		return
	}
	accept := r.Header.Get("Accept-Encoding")
	enc := ""
	switch {
	case m["br"] != nil && acceptsEncoding(accept, "br"):
		enc = "br"
	case m["gzip"] != nil && acceptsEncoding(accept, "gzip"):
		enc = "gzip"
	}
	body := m[enc]
	h := w.Header()
	h.Set("Content-Type", "application/wasm")
	h.Set("Vary", "Accept-Encoding")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Wasm-Content-Length", strconv.Itoa(len(m[""])))
	if enc != "" {
		h.Set("Content-Encoding", enc)
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	if r.Method == http.MethodHead {
		return
	}
	_, _ = w.Write(body)
}

func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.TrimSpace(name) != enc {
			continue
		}
		if strings.Contains(strings.ReplaceAll(params, " ", ""), "q=0") && !strings.Contains(params, "q=0.") {
			return false
		}
		return true
	}
	return false
}
