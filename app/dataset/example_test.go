package dataset_test

import (
	"bytes"
	"fmt"

	"benchsim/app/dataset"
	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
)

// A view saved with its data (the app's "Gem visning med data") opens as
// the same dataset and scenario, here as the command line's --data does.
func ExampleReadBundle() {
	var y30r21 bytes.Buffer
	jobindsats.Write(&y30r21, demo.Dataset(), jobindsats.FormatJSONL)
	f, _, _, err := dataset.Describe("y30r21.jsonl", y30r21.Bytes(), "", "2026-12-01")
	if err != nil {
		panic(err)
	}
	set := dataset.Set{Added: "2026-12-01", Files: []dataset.File{f}}
	set.Normalize()
	saved, _ := (&dataset.Bundle{Set: set, Query: "v=1&scope=bm2017&tab=scenario",
		Data: map[string][]byte{f.ID: y30r21.Bytes()}}).Encode()

	b, err := dataset.ReadBundle(saved)
	if err != nil {
		panic(err)
	}
	ds, _, err := b.Dataset()
	if err != nil {
		panic(err)
	}
	sc, _ := b.Scenario()
	res, _ := calc.Apply(ds, sc)
	fmt.Println(ds.Provenance.Name)
	fmt.Println(sc.Scope, len(res.Scenario.Areas[calc.Total]))
	// Output:
	// y30r21.jsonl, 2026-12-01
	// bm2017 98
}
