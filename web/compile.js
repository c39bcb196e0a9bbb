// benchsim: compiles the UI program (app.wasm) off the page's main thread.
// The page (app.js) posts {url, total}; this worker fetches the wasm,
// streams it into the compiler, posts the download's progress as
// {progress}, then the compiled module as {module} (or {error}). The page
// instantiates the module; the compiler's streaming work and the progress
// count never hold the page's main thread.
self.onmessage = async (e) => {
  const { url, total, query } = e.data;
  try {
    const response = await fetch(url);
    if (!response.ok) {
      throw new Error(url + ": " + response.status);
    }
    const length = total > 0 ? total : parseInt(response.headers.get("Content-Length"), 10);
    (async () => {
      try {
        const reader = response.clone().body.getReader();
        let loaded = 0, last = -1;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) {
            break;
          }
          loaded += value.byteLength;
          const p = Math.min(100, Math.round((loaded * 100) / length));
          if (p !== last) {
            last = p;
            self.postMessage({ progress: p });
          }
        }
      } catch { }
    })();
    const module = await WebAssembly.compileStreaming(response);
    // When the wasm arrived (epoch ms) and its bytes over the wire, for the
    // page's performance marks: the page's own resource timing does not
    // see a worker's fetch.
    const entry = performance.getEntriesByName(url).pop();
    const received = performance.timeOrigin + (entry ? entry.responseEnd : performance.now());
    const warmed = typeof query === "string" && await warmUp(module, query);
    self.postMessage({ module, received, transferSize: entry ? entry.transferSize : 0, warmed });
  } catch (err) {
    self.postMessage({ error: String(err) });
  }
};

// warmUp runs the UI program once here, without a page (app/ui/warmup.go:
// the Go runtime's start, every package's initialisation and the start's
// Go work for the page's address, then it exits). V8 compiles a wasm
// function on its first call, on the thread that calls it, and keeps the
// code with the module: the functions the page's start calls are then
// compiled already when the page instantiates the module, instead of in
// its long tasks. It reports whether the warm-up ran to its end; any
// failure only loses the warm-up.
async function warmUp(module, query) {
  try {
    if (!self.Go) {
      importScripts("/wasm_exec.js");
    }
    self.benchsimWarmUp = { query };
    const go = new Go();
    const instance = await WebAssembly.instantiate(module, go.importObject);
    let timer;
    await Promise.race([go.run(instance), new Promise((resolve) => { timer = setTimeout(resolve, 3000); })]);
    clearTimeout(timer);
    return self.benchsimWarmUp.done === true;
  } catch (err) {
    console.warn("warming up the UI program failed:", err);
    return false;
  }
}
