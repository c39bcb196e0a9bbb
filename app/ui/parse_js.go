//go:build js

package ui

import (
	"errors"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/dataset"
	"benchsim/app/ui/view"
)

// The browser reads files in the drawing worker (app/worker), which holds
// the readers, so that the UI program links none of them and a large file
// never freezes the page: a request goes as bytes in app/internal/wire's
// encoding, {parse: seq, bytes}, and comes back the same way with the
// result.

// workerParser is the dataset.Parser of the running app.
type workerParser struct {
	seq     int
	pending map[int]func(dataset.Result)
}

var filesWorker = &workerParser{pending: map[int]func(dataset.Result){}}

func init() { view.NewParser = func() dataset.Parser { return filesWorker } }

// Parse posts the request to the worker (starting it if it has not
// started); done runs on the UI goroutine with the answer, or with the
// worker's failure.
func (p *workerParser) Parse(req dataset.Request, done func(dataset.Result)) {
	b, err := dataset.EncodeRequest(req)
	if err != nil {
		done(dataset.Result{Err: err})
		return
	}
	startDrawWorker()
	if msg := drawFailed(); msg != "" {
		done(dataset.Result{Err: errors.New(msg)})
		return
	}
	p.seq++
	p.pending[p.seq] = done
	arr := app.Window().Get("Uint8Array").New(len(b))
	app.CopyBytesToJS(arr, b)
	worker.w.Call("postMessage", map[string]any{"parse": p.seq, "bytes": arr})
}

// answered takes in the worker's answer {parse: seq, bytes}.
func (p *workerParser) answered(data app.Value) {
	seq := data.Get("parse").Int()
	done, ok := p.pending[seq]
	if !ok {
		return
	}
	delete(p.pending, seq)
	b := make([]byte, data.Get("bytes").Length())
	app.CopyBytesToGo(b, data.Get("bytes"))
	res, err := dataset.DecodeResult(b)
	if err != nil {
		res = dataset.Result{Err: err}
	}
	uiDispatch(func() { done(res) })
}

// failed answers every waiting request with the worker's failure.
func (p *workerParser) failed(msg string) {
	for seq, done := range p.pending {
		delete(p.pending, seq)
		uiDispatch(func() { done(dataset.Result{Err: errors.New(msg)}) })
	}
}
