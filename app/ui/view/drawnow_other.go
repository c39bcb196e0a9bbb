//go:build !js

package view

import (
	"strconv"

	"benchsim/app/figure"
	"benchsim/app/figure/drawer"
	"benchsim/calc"
)

// On the server and in the tests the figures are drawn at once, in
// process, by the same drawer the browser's worker runs.

// drawNow draws req on ds.
func (cc *chartCache) drawNow(ds *calc.Dataset, req figure.Request) Figure {
	d, _ := cc.native.(*nativeDrawer)
	if d == nil {
		d = &nativeDrawer{d: drawer.New(), keys: map[*calc.Dataset]string{}}
		cc.native = d
	}
	key, ok := d.keys[ds]
	if !ok {
		key = "d" + strconv.Itoa(len(d.keys)+1)
		d.keys[ds] = key
		d.d.SetDataset(key, ds)
	}
	req.Dataset = key
	return d.d.Draw(req)
}

type nativeDrawer struct {
	d    *drawer.Drawer
	keys map[*calc.Dataset]string
}
