// Command worker is the drawing worker (see main.go); it runs only in the
// browser, built with GOOS=js GOARCH=wasm to web/draw.wasm.
package main
