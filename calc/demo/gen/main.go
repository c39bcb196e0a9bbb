// Command gen writes the illustrative dataset's embedded file
// (calc/demo/dataset.json) from demo.Generate. Run it with
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
	def := filepath.Join("calc", "demo", demo.FileName)
	if _, err := os.Stat("demo.go"); err == nil { // run by go generate in the package directory
		def = demo.FileName
	}
	out := flag.String("o", def, "output file")
	flag.Parse()
	ds := demo.Generate()
	if err := ds.Validate(); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	b, err := demo.Encode(ds)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Printf("gen: wrote %s (%d bytes)\n", *out, len(b))
}
