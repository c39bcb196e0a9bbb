package main

import (
	"os"
)

// browserFigures measures the app as users get it.
func browserFigures() ([]Figure, error) {
	var figs []Figure
	for _, f := range []struct{ name, path string }{
		{"app.wasm raw", "web/app.wasm"},
		{"app.wasm gzip", "web/app.wasm.gz"},
		{"app.wasm brotli", "web/app.wasm.br"},
	} {
		fi, err := os.Stat(f.path)
		if err != nil {
			return nil, err
		}
		figs = append(figs, Figure{Name: f.name, Value: float64(fi.Size()) / 1e6, Unit: "MB"})
	}
	return figs, nil
}
