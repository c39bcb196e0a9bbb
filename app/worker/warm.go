//go:build js

package main

import (
	"syscall/js"

	"benchsim/app/figure/drawer"
	"benchsim/calc/demo"
)

// warmUp draws each kind of figure once, small, on the illustrative data
// while no message waits. V8 compiles a wasm function when it is first
// called (lazily, with its baseline compiler, on the thread that calls
// it), so a worker's first charts cost several times their redraws: the
// charts view's six took ≈510 ms the first time and ≈100 ms after, in
// headless Chromium here. Warmed up in the worker's idle time before the
// UI asks, the UI's first charts run compiled code. waiting gives the
// worker's event loop a turn and reports whether a message came; warming
// up stops at once when one did.
func warmUp(d *drawer.Drawer, waiting func() bool) {
	d.SetDataset(warmKey, demo.Dataset())
	defer d.SetDataset(warmKey, nil)
	for _, req := range warmRequests() {
		if waiting() {
			return
		}
		_ = d.Draw(req)
	}
}

// yieldWorker gives the worker's event loop a turn (a zero-delay timeout),
// so messages posted meanwhile reach the inbox.
func yieldWorker() {
	done := make(chan struct{})
	var f js.Func
	f = js.FuncOf(func(js.Value, []js.Value) any {
		f.Release()
		close(done)
		return nil
	})
	js.Global().Call("setTimeout", f, 0)
	<-done
}
