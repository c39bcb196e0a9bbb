//go:build js

package view

import (
	"benchsim/app/figure"
	"benchsim/calc"
)

// drawNow is the server's and the tests' drawing; the browser has the
// worker.
func (cc *chartCache) drawNow(ds *calc.Dataset, req figure.Request) Figure {
	return Figure{ID: req.ID, Kind: req.Kind, Key: req.Key, Err: "no drawing in the UI program"}
}
