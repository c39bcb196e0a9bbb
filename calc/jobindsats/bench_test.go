package jobindsats_test

import (
	"bytes"
	"os"
	"testing"

	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
	"benchsim/tests/fixtures"
)

// realExtract is the real Y30R21 extract kept outside the project, read in
// place (a plain clone has no ../shared).
const realExtract = "../../../shared/data/jobindsats/y30r21-2020-2022.jsonl"

// BenchmarkRead reads a whole Y30R21 file: the real extract beside the
// repository (skipped without it) and the JSON lines file of the embedded
// illustrative dataset.
func BenchmarkRead(b *testing.B) {
	b.Run("file=real", func(b *testing.B) {
		data, err := os.ReadFile(realExtract)
		if err != nil {
			b.Skipf("real Jobindsats extract not available (%v)", err)
		}
		benchRead(b, data)
	})
	b.Run("file=demo", func(b *testing.B) {
		data, err := fixtures.Y30R21(demo.Dataset())
		if err != nil {
			b.Fatal(err)
		}
		benchRead(b, data)
	})
}

func benchRead(b *testing.B, data []byte) {
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, _, err := jobindsats.Read(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
