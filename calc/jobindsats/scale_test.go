package jobindsats

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
)

// readShapes are inputs built to find work that grows faster than the
// input: many rows, tables, keys, labels and lines, deep nesting, long
// texts and many errors, each for n of its unit.
var readShapes = map[string]func(n int) string{
	"jsonl lines": func(n int) string {
		return strings.Repeat(strings.SplitN(stevnsJSONL, "\n", 2)[0]+"\n", n)
	},
	"jsonl errors": func(n int) string { return strings.Repeat("{\"Area\":1}\n", n) },
	"one record, many keys": func(n int) string {
		return "{" + numbered(n, "\"k%d\":1,") + "\"Area\":\"Stevns\"}"
	},
	"deep value": func(n int) string {
		return "{\"Area\":" + strings.Repeat("[", n) + strings.Repeat("]", n) + "}"
	},
	"deep array": func(n int) string { return strings.Repeat("[", n) + strings.Repeat("]", n) },
	"long text":  func(n int) string { return "{\"Area\":\"" + strings.Repeat("x", 100*n) + "\"}" },
	"api rows": func(n int) string {
		return "[{\"Variables\":[\"Area\",\"Periode\"],\"Data\":[" +
			strings.Repeat("[\"Læsø\",\"2022QMAT04\"],", n) + "[]]}]"
	},
	"api tables": func(n int) string {
		return "[" + strings.Repeat("{\"Variables\":[\"Area\"],\"Data\":[[\"x\"]]},", n) + "{}]"
	},
	"api labels": func(n int) string {
		return "[{\"Variables\":[" + numbered(n, "\"Lab %d\",") + "\"Area\"],\"Data\":[]}]"
	},
	"array of records": func(n int) string {
		return "[" + strings.Repeat("{\"Area\":\"Stevns\",\"x\":1},", n) + "{}]"
	},
	"unterminated": func(n int) string {
		return strings.Repeat("{\"Area\":\"a\"}\n", n) + "{\"Area\":\""
	},
	"blank lines": func(n int) string { return strings.Repeat(" \n", 50*n) + "{}" },
	"csv":         func(n int) string { return strings.Repeat("a;b;c\n", n) },
}

// numbered is format filled in with 0, 1, …, n−1 in turn.
func numbered(n int, format string) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, format, i)
	}
	return b.String()
}

// readCost reads data in each format and with detection, and returns
// the bytes and objects allocated and the time taken.
func readCost(data []byte) (bytes, objects uint64, took time.Duration) {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	start := time.Now()
	for _, f := range []Format{FormatJSONL, FormatAPI, FormatCSV, 0} {
		readBytes(data, f, ReadOptions{Partial: true})
	}
	took = time.Since(start)
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc, after.Mallocs - before.Mallocs, took
}

// TestReadGrowsLinearly guards against quadratic work and outsized
// allocations on crafted inputs: reading four times the input allocates
// at most eight times the bytes and objects (linear work gives four,
// quadratic sixteen), and no shape hangs (ten seconds at its larger size,
// a few kilobytes to 1.3 MB; each takes milliseconds on a laptop). The
// fuzzers' apparent stalls on these targets are the minimizer's (see
// fuzzRead), not the reader's.
func TestReadGrowsLinearly(t *testing.T) {
	for name, gen := range readShapes {
		small, large := []byte(gen(500)), []byte(gen(2000))
		readCost(small) // warm the package's lazily built tables
		sb, so, _ := readCost(small)
		lb, lo, took := readCost(large)
		assert.LessOrEqual(t, lb, 8*sb+1<<16, "%s: %d bytes for %d, %d for %d", name, lb, len(large), sb, len(small))
		assert.LessOrEqual(t, lo, 8*so+64, "%s: %d objects for %d bytes, %d for %d", name, lo, len(large), so, len(small))
		assert.Less(t, took, 10*time.Second, "%s: %v for %d bytes", name, took, len(large))
	}
}
