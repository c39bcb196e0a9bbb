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
// compiled code and compiled the UI program again on every load. The
// download waits for the prerendered page's first paint.
//
// It also has the page compile the UI program in a worker (web/compile.js)
// and instantiate the compiled module: the compiler's streaming work ran
// on the page's main thread in tasks of 50–230 ms. Where the worker cannot
// (an old browser, a module that cannot be posted), the page compiles it
// itself as before.
func PatchAppJS(js string) string {
	i := strings.Index(js, appJSFetchStart)
	if i < 0 {
		return js
	}
	j := strings.Index(js[i:], appJSFetchEnd)
	if j < 0 {
		return js
	}
	js = js[:i] + appJSFetch + js[i+j+len(appJSFetchEnd):]
	if strings.Count(js, appJSInstantiate) == 1 {
		js = strings.Replace(js, appJSInstantiate, appJSInstantiateWorker, 1) + appJSCompileWorker
	}
	return js
}

// appJSInstantiate is go-app's call that compiles and instantiates the UI
// program on the page; appJSInstantiateWorker replaces it.
const (
	appJSInstantiate = `    const wasm = await instantiateStreaming(
      fetchWithProgress("/web/app.wasm", showProgress),
      go.importObject
    );`
	appJSInstantiateWorker = `    const wasm = await benchsimInstantiate("/web/app.wasm", showProgress, go.importObject, instantiateStreaming);`
)

const appJSCompileWorker = `
// benchsim: compile the UI program in a worker (web/compile.js), which
// posts the download's progress and then the compiled module; the page
// instantiates it. On any failure the page compiles it itself.
async function benchsimInstantiate(url, progress, importObject, instantiateStreaming) {
  if ("Worker" in self && WebAssembly.compileStreaming) {
    try {
      const module = await benchsimCompileInWorker(url, progress);
      benchsimStartDrawing();
      const instance = await WebAssembly.instantiate(module, importObject);
      // The instantiation (~37 ms of the main thread here: the module's
      // memory and tables) and the Go runtime's start in tasks of their own.
      await new Promise((resolve) => setTimeout(resolve, 0));
      return { module, instance };
    } catch (err) {
      console.warn("compiling the wasm in a worker failed; compiling it here:", err);
    }
  }
  const wasm = await instantiateStreaming(fetchWithProgress(url, progress), importObject);
  benchsimStartDrawing();
  return wasm;
}

// benchsim: a view that shows charts from its first paint (the charts, a
// municipality, the tour) starts the drawing worker (web/draw.js) as soon
// as the UI program has arrived, so draw.wasm downloads and compiles while
// the UI program starts instead of after it; the first view, the ranking,
// leaves it to the UI program (after interactive). The UI program adopts
// the worker (app/ui/draw_js.go) and replays what it posted meanwhile.
function benchsimStartDrawing() {
  const tab = new URLSearchParams(location.search).get("tab");
  if (!["charts", "municipality", "tour"].includes(tab) || !("Worker" in self) || self.benchsimDrawWorker) {
    return;
  }
  try {
    const worker = new Worker("/web/draw.js");
    const early = { worker, messages: [], errors: [] };
    worker.onmessage = (e) => early.messages.push(e);
    worker.onerror = (e) => early.errors.push(e);
    self.benchsimDrawWorker = early;
    performance.mark("draw-start");
  } catch (err) {
    console.warn("starting the drawing worker failed:", err);
  }
}

async function benchsimCompileInWorker(url, progress) {
  await benchsimFirstPaint();
  return await new Promise((resolve, reject) => {
    const w = new Worker("/web/compile.js");
    w.onmessage = (e) => {
      if (e.data.progress !== undefined) {
        progress(e.data.progress);
        return;
      }
      w.terminate();
      if (e.data.module) {
        try {
          performance.mark("app-wasm-received", { startTime: e.data.received - performance.timeOrigin, detail: { transferSize: e.data.transferSize } });
          if (e.data.warmed) {
            performance.mark("app-wasm-warmed");
          }
        } catch { }
        progress(100);
        resolve(e.data.module);
      } else {
        reject(new Error(e.data.error));
      }
    };
    w.onerror = (e) => {
      w.terminate();
      reject(new Error(e.message || "compile.js failed"));
    };
    w.postMessage({ url: new URL(url, location.href).href, total: parseInt(goappWasmContentLength, 10) || 0, query: location.search.slice(1) });
  });
}
`

const (
	appJSFetchStart = "async function fetchWithProgress(url, progess) {"
	appJSFetchEnd   = "  return res;\n}"
)

const appJSFetch = `// benchsim: the download starts once the prerendered page's first
// contentful paint is reported (at once in a hidden tab, after 300 ms where
// paint timing is missing), so that paint, the page's largest, never waits
// behind the wasm.
function benchsimFirstPaint() {
  return new Promise((resolve) => {
    if (document.hidden || !("PerformanceObserver" in self) || performance.getEntriesByName("first-contentful-paint").length) {
      return resolve();
    }
    const t = setTimeout(resolve, 300);
    try {
      new PerformanceObserver((list, obs) => { obs.disconnect(); clearTimeout(t); resolve(); })
        .observe({ type: "paint", buffered: true });
    } catch { resolve(); }
  });
}

async function fetchWithProgress(url, progess) {
  await benchsimFirstPaint();
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
