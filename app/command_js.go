//go:build js

package main

import "syscall/js"

// The performance mark lets the benchmark split the time to interactive
// into loading the wasm and starting the app.
func init() {
	if p := js.Global().Get("performance"); p.Truthy() {
		p.Call("mark", "go-start")
	}
}

// command is never reached in the browser: RunWhenOnBrowser does not return.
func command([]string) int { return 0 }
