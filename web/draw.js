// The drawing worker: runs web/draw.wasm (app/worker), which draws the
// charts for the UI program. Messages that arrive before the wasm has
// started are queued for it.
self.drawQueue = [];
self.onmessage = (e) => self.drawQueue.push(e.data);
importScripts("/wasm_exec.js");
const go = new Go();
WebAssembly.instantiateStreaming(fetch("/web/draw.wasm"), go.importObject)
  .then((r) => go.run(r.instance))
  .catch((err) => self.postMessage(JSON.stringify({ Type: "error", Err: String(err) })));
