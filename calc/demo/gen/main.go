// Command gen writes the illustrative dataset's files from demo.Generate:
// calc/demo/dataset.json, the readable canonical file, and
// calc/demo/dataset_gen.go, the same numbers as Go data, from which
// programs build the dataset (see demo.EncodeGo). Run it with
// `go generate ./calc/demo` or `go run ./calc/demo/gen`.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"benchsim/calc/demo"
)

func main() {
	dir := filepath.Join("calc", "demo")
	if _, err := os.Stat("demo.go"); err == nil { // run by go generate in the package directory
		dir = "."
	}
	out := flag.String("o", filepath.Join(dir, demo.FileName), "output file (JSON)")
	goOut := flag.String("go", filepath.Join(dir, demo.GoFileName), "output file (Go)")
	flag.Parse()
	ds := demo.Generate()
	if err := ds.Validate(); err != nil {
		fail(err)
	}
	b, err := demo.Encode(ds)
	if err != nil {
		fail(err)
	}
	g, err := demo.EncodeGo(ds)
	if err != nil {
		fail(err)
	}
	for _, f := range []struct {
		name string
		b    []byte
	}{{*out, b}, {*goOut, g}} {
		if err := os.WriteFile(f.name, f.b, 0o644); err != nil {
			fail(err)
		}
		fmt.Printf("gen: wrote %s (%d bytes)\n", f.name, len(f.b))
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "gen:", err)
	os.Exit(1)
}
