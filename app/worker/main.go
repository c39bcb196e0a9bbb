//go:build js

package main

import (
	"encoding/json"
	"syscall/js"

	"benchsim/app/dataset"
	"benchsim/app/figure"
	"benchsim/app/figure/drawer"
	"benchsim/calc/demo"
)

func main() {
	d := drawer.New()
	reader := dataset.NewReader()
	self := js.Global()
	post := func(m figure.Message) {
		b, err := json.Marshal(m)
		if err != nil {
			b, _ = json.Marshal(figure.Message{Type: "error", Err: err.Error()})
		}
		self.Call("postMessage", string(b))
	}
	// Requests are drawn one message at a time in the order they came; the
	// UI keeps at most one draw request in flight and sends only the newest
	// when it is answered, so stale ones never reach here.
	inbox := make(chan js.Value, 64)
	handle := js.FuncOf(func(this js.Value, args []js.Value) any {
		inbox <- args[0].Get("data")
		return nil
	})
	self.Set("onmessage", handle)
	// Messages that came before the program started (draw.js queues them).
	if q := self.Get("drawQueue"); q.Truthy() {
		for i := 0; i < q.Length(); i++ {
			inbox <- q.Index(i)
		}
		self.Set("drawQueue", js.Null())
	}
	post(figure.Message{Type: "ready"})
	warmUp(d, func() bool { yieldWorker(); return len(inbox) > 0 })
	for data := range inbox {
		if data.Type() != js.TypeString && data.Get("parse").Truthy() {
			parse(reader, data)
			continue
		}
		if data.Type() != js.TypeString && data.Get("demo").Truthy() {
			// The illustrative dataset, which both programs embed: {key, demo}.
			d.SetDataset(data.Get("key").String(), demo.Dataset())
			continue
		}
		if data.Type() != js.TypeString {
			// A dataset: {key, bytes}.
			b := make([]byte, data.Get("bytes").Length())
			js.CopyBytesToGo(b, data.Get("bytes"))
			ds, err := figure.DecodeDataset(b)
			if err != nil {
				post(figure.Message{Type: "error", Err: "dataset: " + err.Error()})
				continue
			}
			d.SetDataset(data.Get("key").String(), ds)
			continue
		}
		var m figure.Message
		if err := json.Unmarshal([]byte(data.String()), &m); err != nil {
			post(figure.Message{Type: "error", Err: err.Error()})
			continue
		}
		for _, req := range m.Requests {
			f := d.Draw(req)
			postFigure(self, figure.Message{Type: "figure", Seq: m.Seq, Figure: &f})
		}
		post(figure.Message{Type: "done", Seq: m.Seq})
	}
}

// postFigure posts a drawn figure as {msg, svg}: the message without its
// SVG as JSON, and the SVG as a string of its own, which the UI takes as
// it is instead of scanning it out of the JSON (in wasm, on the page's
// main thread, the costlier part of a figure's arrival).
func postFigure(self js.Value, m figure.Message) {
	svg := m.Figure.SVG
	m.Figure.SVG = ""
	b, err := json.Marshal(m)
	if err != nil {
		b, _ = json.Marshal(figure.Message{Type: "error", Err: err.Error()})
		svg = ""
	}
	self.Call("postMessage", map[string]any{"msg": string(b), "svg": svg})
}

// parse reads files for the UI program, which links no reader: a
// dataset.Request in app/internal/wire's encoding, {parse: seq, bytes},
// answered with the dataset.Result the same way under the same seq.
func parse(r *dataset.Reader, data js.Value) {
	b := make([]byte, data.Get("bytes").Length())
	js.CopyBytesToGo(b, data.Get("bytes"))
	req, err := dataset.DecodeRequest(b)
	res := dataset.Result{Err: err}
	if err == nil {
		res = r.Parse(req)
	}
	out, err := dataset.EncodeResult(res)
	if err != nil {
		out, _ = dataset.EncodeResult(dataset.Result{Err: err})
	}
	arr := js.Global().Get("Uint8Array").New(len(out))
	js.CopyBytesToJS(arr, out)
	js.Global().Call("postMessage", map[string]any{"parse": data.Get("parse"), "bytes": arr})
}
