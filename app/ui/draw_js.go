//go:build js

package ui

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/figure"
	"benchsim/app/ui/view"
	"benchsim/calc"
)

// drawFailed says why the drawing worker is not drawing ("" while it works).
func drawFailed() string { return worker.failed }

// drawClient talks to the drawing worker (web/draw.js running
// web/draw.wasm). Owners (a chart host, the tour) say which figures they
// want; the client keeps one draw message in flight and, when it is
// answered, sends what is wanted then, so requests that went stale while a
// lever moved are never sent.
type drawClient struct {
	w        app.Value
	started  bool
	ready    bool
	failed   string
	inflight bool
	seq      int
	datasets map[*calc.Dataset]string
	owners   map[string]*drawOwner
}

type drawOwner struct {
	ds      *calc.Dataset
	reqs    []figure.Request
	got     func(view.Figure)
	refresh func()
}

var worker = &drawClient{datasets: map[*calc.Dataset]string{}, owners: map[string]*drawOwner{}}

// startDrawWorker starts the worker (once). The UI calls it when it is
// interactive, so the worker's download and compilation come after.
func startDrawWorker() {
	cl := worker
	if cl.started {
		return
	}
	cl.started = true
	defer func() {
		if r := recover(); r != nil {
			cl.fail(fmt.Sprint(r))
		}
	}()
	onMessage := func(e app.Value) {
		data := e.Get("data")
		switch {
		case data.Type() == app.TypeString:
			cl.message(data.String(), "")
		case data.Get("msg").Type() == app.TypeString:
			// A figure: its message, and its SVG apart (app/worker's postFigure).
			cl.message(data.Get("msg").String(), data.Get("svg").String())
		default:
			filesWorker.answered(data) // a file read (parse_js.go)
		}
	}
	onError := func(e app.Value) {
		msg := "worker error"
		if m := e.Get("message"); m.Truthy() {
			msg = m.String()
		}
		cl.fail(msg)
	}
	// The loader may have started it already (app.js, benchsimStartDrawing:
	// a first view with charts), keeping what it posted since.
	early := app.Window().Get("benchsimDrawWorker")
	if early.Truthy() {
		cl.w = early.Get("worker")
	} else {
		perfMark("draw-start")
		cl.w = app.Window().Get("Worker").New("/web/draw.js")
	}
	cl.w.Set("onmessage", app.FuncOf(func(this app.Value, args []app.Value) any {
		onMessage(args[0])
		return nil
	}))
	cl.w.Set("onerror", app.FuncOf(func(this app.Value, args []app.Value) any {
		onError(args[0])
		return nil
	}))
	if early.Truthy() {
		app.Window().Set("benchsimDrawWorker", app.Null())
		replay := func(list app.Value, f func(app.Value)) {
			for i := 0; i < list.Length(); i++ {
				f(list.Index(i))
			}
		}
		replay(early.Get("errors"), onError)
		replay(early.Get("messages"), onMessage)
	}
}

// startDrawWorkerSoon starts the worker when the main thread is idle
// after the page became interactive (at the latest after a second), so
// that creating it and posting it the dataset never lengthen the tasks of
// the first view; a chart or a file to read starts it at once.
func startDrawWorkerSoon() {
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		startDrawWorker()
		return nil
	})
	if ric := app.Window().Get("requestIdleCallback"); ric.Truthy() {
		app.Window().Call("requestIdleCallback", f, map[string]any{"timeout": 1000})
		return
	}
	app.Window().Call("setTimeout", f, 200)
}

// want replaces what owner wants drawn: reqs on ds. got receives each
// figure and refresh is called when the worker fails; both run in a
// JavaScript callback, so they hand the work to the UI goroutine.
// Want asks the worker for the owner's figures (State's Drawer).
func (cl *drawClient) Want(owner string, ds *calc.Dataset, reqs []figure.Request, got func(view.Figure), refresh func()) {
	if len(reqs) == 0 {
		delete(cl.owners, owner)
		return
	}
	cl.owners[owner] = &drawOwner{ds: ds, reqs: reqs, got: got, refresh: refresh}
	startDrawWorker()
	cl.send()
}

func (cl *drawClient) fail(msg string) {
	if cl.failed != "" {
		return
	}
	cl.failed, cl.inflight = msg, false
	app.Log("drawing worker:", msg)
	filesWorker.failed(msg)
	for _, o := range cl.owners {
		if o.refresh != nil {
			o.refresh()
		}
	}
}

// send posts the wanted figures not yet answered, if none is in flight.
func (cl *drawClient) send() {
	if cl.inflight || !cl.ready || cl.failed != "" {
		return
	}
	var reqs []figure.Request
	for _, o := range cl.owners {
		key, ok := cl.dataset(o.ds)
		if !ok {
			return
		}
		for _, r := range o.reqs {
			r.Dataset = key
			reqs = append(reqs, r)
		}
	}
	if len(reqs) == 0 {
		return
	}
	cl.seq++
	b, _ := json.Marshal(figure.Message{Type: "draw", Seq: cl.seq, Requests: reqs})
	cl.inflight = true
	cl.w.Call("postMessage", string(b))
}

// dataset returns the key ds was sent to the worker under, sending it
// first if it was not; false when it could not be encoded.
func (cl *drawClient) dataset(ds *calc.Dataset) (string, bool) {
	if key, ok := cl.datasets[ds]; ok {
		return key, true
	}
	key := fmt.Sprintf("d%d", len(cl.datasets)+1)
	if ds == demoDataset() {
		// The worker has the same embedded data: no encoding on the main
		// thread.
		cl.w.Call("postMessage", map[string]any{"key": key, "demo": true})
		cl.datasets[ds] = key
		return key, true
	}
	b, err := figure.EncodeDataset(ds)
	if err != nil {
		cl.fail(err.Error())
		return "", false
	}
	arr := app.Window().Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(arr, b)
	cl.w.Call("postMessage", map[string]any{"key": key, "bytes": arr})
	cl.datasets[ds] = key
	return key, true
}

// message takes a message of the worker's: JSON, and a figure's SVG
// posted beside it ("" for other messages).
func (cl *drawClient) message(data, svg string) {
	var m figure.Message
	if err := json.Unmarshal([]byte(data), &m); err != nil {
		cl.fail(err.Error())
		return
	}
	if m.Figure != nil && svg != "" {
		m.Figure.SVG = svg
	}
	switch m.Type {
	case "ready":
		perfMark("draw-ready")
		cl.ready = true
		// The shown dataset goes at once, so the worker has decoded it
		// before the first figure is asked for.
		if browserState != nil && len(cl.owners) == 0 {
			cl.dataset(browserState.Dataset())
		}
		cl.send()
	case "error":
		cl.fail(m.Err)
	case "figure":
		f := *m.Figure
		perfMark("drawn-" + f.ID)
		// An answered request is no longer wanted, so "done" does not
		// send it again. Nothing else remembers it: a figure that no
		// owner kept (its page went away meanwhile, or it was drawn over
		// since) is drawn again when a page wants it.
		for _, o := range cl.owners {
			o.reqs = slices.DeleteFunc(o.reqs, func(r figure.Request) bool {
				if r.ID == f.ID && r.Key == f.Key {
					o.got(f)
					return true
				}
				return false
			})
		}
	case "done":
		cl.inflight = false
		cl.send()
	}
}
