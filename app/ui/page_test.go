package ui

import (
	"testing"

	"benchsim/app/dataset"
	"benchsim/app/ui/view"
	"benchsim/calc/demo"
)

// The pages' tests render Root on a State of the illustrative data.

// pageState is a State with the datasets kept in memory.
func pageState(t testing.TB) *view.State {
	t.Helper()
	return view.NewState(demo.Dataset(), &dataset.MemStore{})
}

// serverState is a State as the server makes it.
func serverState(t testing.TB) *view.State {
	t.Helper()
	return view.NewState(demoDataset(), nil)
}
