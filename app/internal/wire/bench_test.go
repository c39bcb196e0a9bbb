package wire

import (
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// The demo dataset, the largest thing that crosses to the worker.
func BenchmarkMarshalDataset(b *testing.B) {
	ds := demo.Dataset()
	var n int
	for b.Loop() {
		m, err := Marshal(ds)
		if err != nil {
			b.Fatal(err)
		}
		n = len(m)
	}
	b.ReportMetric(float64(n), "bytes")
}

func BenchmarkUnmarshalDataset(b *testing.B) {
	m, err := Marshal(demo.Dataset())
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		var ds calc.Dataset
		if err := Unmarshal(m, &ds); err != nil {
			b.Fatal(err)
		}
	}
}
