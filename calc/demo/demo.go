// Package demo is the illustrative dataset: a believable, synthetic Denmark
// of 98 municipalities and eight half-year benchmark lists (2017–2021), made
// by a deterministic generator so that every lever of the simulator has data
// to work on without the official figures.
//
// The figures are synthetic. The municipalities' names, codes and regions are
// real; their populations, positions and framework conditions are the
// project's own approximations; expected and actual numbers come from this
// illustrative world's own model (see Generate). The data says so in its
// Provenance.
//
// Regenerate the embedded file with `go generate ./calc/demo` (or
// `go run ./calc/demo/gen`).
package demo

//go:generate go run ./gen

import (
	_ "embed"
	"sync"

	"benchsim/calc"
)

// FileName is the embedded file, relative to this package's directory.
const FileName = "dataset.json"

//go:embed dataset.json
var embedded []byte

var (
	once    sync.Once
	dataset *calc.Dataset
)

// Dataset returns the embedded illustrative dataset (parsed once, shared;
// callers must not modify it). It panics if the embedded file is broken,
// which the package's tests rule out.
func Dataset() *calc.Dataset {
	Load(nil)
	return dataset
}

// Load decodes the embedded dataset if it is not yet, calling yield (when
// not nil) between its parts, so that the browser can give its main thread
// a turn in between and no part is a long task; Dataset then returns it.
func Load(yield func()) {
	once.Do(func() {
		ds, err := decode(embedded, yield)
		if err != nil {
			panic(err)
		}
		dataset = ds
	})
}
