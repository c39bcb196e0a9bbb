//go:build js

package view

import (
	"benchsim/app/figure"
	"benchsim/calc"
)

// DrawNow is the server's and the tests' drawing; the browser has the
// worker.
func (cc *chartCache) DrawNow(ds *calc.Dataset, req figure.Request) Figure {
	return Figure{ID: req.ID, Kind: req.Kind, Key: req.Key, Err: "no drawing in the UI program"}
}
