package server

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
)

// PatchAppJS changes go-app's loader (app.js) to hand the wasm's fetch
// response itself to WebAssembly.instantiateStreaming and count the
// progress on a clone of it: go-app wraps the body in a new Response built
// from a stream, which has no URL, so the browser could not cache the
// compiled code and compiled the UI program again on every load.
func PatchAppJS(js string) string {
	i := strings.Index(js, appJSFetchStart)
	if i < 0 {
		return js
	}
	j := strings.Index(js[i:], appJSFetchEnd)
	if j < 0 {
		return js
	}
	return js[:i] + appJSFetch + js[i+j+len(appJSFetchEnd):]
}

const (
	appJSFetchStart = "async function fetchWithProgress(url, progess) {"
	appJSFetchEnd   = "  return res;\n}"
)

const appJSFetch = `async function fetchWithProgress(url, progess) {
  const response = await fetch(url);

  let contentLength = goappWasmContentLength;
  if (contentLength <= 0) {
    try {
      contentLength = response.headers.get(goappWasmContentLengthHeader);
    } catch { }
    if (!goappWasmContentLengthHeader || !contentLength) {
      contentLength = response.headers.get("Content-Length");
    }
  }
  const total = parseInt(contentLength, 10);

  // benchsim: progress counted on a clone; the response itself streams
  // into the compiler, so its compiled code can be cached.
  (async () => {
    try {
      const reader = response.clone().body.getReader();
      let loaded = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) {
          break;
        }
        loaded += value.byteLength;
        progess(Math.min(100, Math.round((loaded * 100) / total)));
      }
      progess(100);
    } catch { }
  })();
  return response;
}`

// serveAppJS answers /app.js with go-app's loader, patched.
func (s *handler) serveAppJS(w http.ResponseWriter, r *http.Request) {
	rec := httptest.NewRecorder()
	s.next.ServeHTTP(rec, r)
	body := rec.Body.Bytes()
	if rec.Code == http.StatusOK && rec.Header().Get("Content-Encoding") == "" {
		body = []byte(PatchAppJS(string(body)))
	}
	for k, v := range rec.Header() {
		w.Header()[k] = v
	}
	w.Header().Set("Content-Length", strconv.Itoa(len(body)))
	w.WriteHeader(rec.Code)
	_, _ = w.Write(bytes.Clone(body))
}
