package companion_test

import (
	"testing"
	"time"

	"benchsim/calc/companion"
	"benchsim/calc/demo"
	"benchsim/tests/fixtures"
)

// BenchmarkRead reads the companion files of a three-file import, made by
// tests/fixtures for the embedded illustrative dataset's 98 municipalities
// and periods: a PTV_A02 (fp and flex) and a FOLK1A (population by age).
func BenchmarkRead(b *testing.B) {
	ds := demo.Dataset()
	opt := companion.Options{Today: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
	for _, f := range []struct {
		name string
		data []byte
	}{{"ptv_a02.csv", fixtures.PTVA02(ds)}, {"folk1a.csv", fixtures.FOLK1A(ds)}} {
		b.Run("file="+f.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(f.data)))
			for b.Loop() {
				if _, _, err := companion.Read(f.name, f.data, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
