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
// Regenerate its files (dataset.json, the readable canonical file, and
// dataset_gen.go, the same numbers as Go data) with `go generate ./calc/demo`
// (or `go run ./calc/demo/gen`).
package demo

//go:generate go run ./gen

import (
	"sync"

	"benchsim/calc"
)

// FileName is the dataset's canonical file, relative to this package's
// directory. Programs do not read it: Dataset builds the same dataset from
// the Go data in GoFileName (see EncodeGo).
const FileName = "dataset.json"

var (
	once    sync.Once
	dataset *calc.Dataset
)

// Dataset returns the illustrative dataset (built once, shared; callers
// must not modify it). It panics if the generated file is stale, which the
// package's tests rule out.
func Dataset() *calc.Dataset {
	once.Do(func() {
		ds, err := build()
		if err != nil {
			panic(err)
		}
		dataset = ds
	})
	return dataset
}
