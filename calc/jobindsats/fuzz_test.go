package jobindsats

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkRead is the property the fuzz targets check: Read (of a partial
// file) never panics; it fails with sorted, well-formed *Error values, or it
// returns a dataset that validates and survives a round trip through every
// format.
func checkRead(t *testing.T, data []byte, force Format) {
	ds, _, errs := readBytes(data, force, ReadOptions{Partial: true})
	if len(errs) > 0 {
		require.Nil(t, ds, "dataset and errors: %v", errs)
		require.LessOrEqual(t, len(errs), MaxErrors, "too many errors")
		lines := bytes.Count(data, []byte("\n")) + 1
		for i, e := range errs {
			require.False(t, e.Detail == 0 || e.Message() == "" || strings.HasPrefix(e.Kind.String(), "kind("), "malformed error %#v", e)
			require.True(t, e.Line >= 0 && e.Line <= lines, "line %d outside the file's %d lines: %v", e.Line, lines, e)
			require.False(t, i > 0 && errs[i-1].Line > e.Line, "errors not sorted: %v", errs)
		}
		var e *Error
		require.True(t, errors.As(error(errs), &e) && e == errs[0], "errors.As does not find the first error")
		return
	}
	require.NoError(t, ds.Validate(), "Read returned an invalid dataset")
	for _, f := range []Format{FormatAPI, FormatJSONL, FormatCSV} {
		var b bytes.Buffer
		require.NoError(t, Write(&b, ds, f), "Write %s", f)
		written := b.Bytes()
		got, _, err := ReadWith(&b, ReadOptions{Partial: true})
		require.NoError(t, err, "reading back %s:\n%s", f, written)
		equalDatasets(t, ds, got)
	}
}

// checkJSONText is the property of textRecord, the quick path for JSON
// lines records through jsontext: reading with it gives exactly what
// encoding/json alone gives.
func checkJSONText(t *testing.T, data []byte, force Format) {
	ds, warns, errs := readBytes(data, force, ReadOptions{Partial: true})
	noJSONText = true
	slowDS, slowWarns, slowErrs := readBytes(data, force, ReadOptions{Partial: true})
	noJSONText = false
	require.True(t, reflect.DeepEqual(ds, slowDS) && reflect.DeepEqual(bitwise(warns, errs), bitwise(slowWarns, slowErrs)),
		"textRecord differs from encoding/json:\n%v %v\nagainst\n%v %v", warns, errs, slowWarns, slowErrs)
}

// bitwise copies warnings and errors with every number as its bits, so
// that reflect.DeepEqual finds two NaNs ("none") equal, as they are here.
func bitwise(warns []Warning, errs Errors) []any {
	bits := func(f Facts) ([]uint64, Facts) {
		b := make([]uint64, len(f.Nums))
		for i, v := range f.Nums {
			b[i] = math.Float64bits(v)
		}
		f.Nums = nil
		return b, f
	}
	var out []any
	for _, w := range warns {
		b, f := bits(w.Facts)
		w.Facts = f
		out = append(out, w, b)
	}
	for _, e := range errs {
		c := *e
		b, f := bits(c.Facts)
		c.Facts = f
		out = append(out, c, b)
	}
	return out
}

// fuzzRead fuzzes a format from seeds of a few kilobytes. When a run of
// `go test -fuzz` seems to stall after its first executions (execs stay at
// about the seed count, 0/sec), the worker is minimizing an input that
// reached new code: Go's minimizer tries every cut of the input (about
// n²/2 candidates, millions for a 2.7 kB seed) until -fuzzminimizetime
// (60 s) runs out, and execs are not counted meanwhile. No input of the
// reader is slow (TestReadGrowsLinearly); pass -fuzzminimizetime 10x to
// fuzz at full speed.
func fuzzRead(f *testing.F, format Format, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data, format)
		checkRead(t, data, 0)
		checkJSONText(t, data, format)
	})
}

// FuzzReadCSV reads arbitrary bytes as CSV (and with format detection).
// Its seed corpus is in testdata/fuzz/FuzzReadCSV.
func FuzzReadCSV(f *testing.F) { fuzzRead(f, FormatCSV, stevnsCSV, shortHeader+laesoRows) }

// FuzzReadJSONL reads arbitrary bytes as JSON lines.
func FuzzReadJSONL(f *testing.F) { fuzzRead(f, FormatJSONL, stevnsJSONL) }

// FuzzReadAPI reads arbitrary bytes as a JSON API answer.
func FuzzReadAPI(f *testing.F) { fuzzRead(f, FormatAPI, stevnsAPI) }

// FuzzReadJSONLRecords reads arbitrary bytes as JSON lines, its seeds
// records that textRecord reads and records it leaves to encoding/json.
func FuzzReadJSONLRecords(f *testing.F) {
	fuzzRead(f, FormatJSONL, stevnsJSONL,
		strings.ReplaceAll(stevnsJSONL, `"Area"`, `"Are\u0061"`),
		strings.ReplaceAll(stevnsJSONL, `"Stevns"`, `"Stev\u006es"`),
		strings.ReplaceAll(stevnsJSONL, `{"Area"`, `{ "Area" : "Køge" , "Area"`),
		strings.ReplaceAll(stevnsJSONL, `{"Area"`, `{"Kommune":"Stevns","Area"`),
		strings.ReplaceAll(stevnsJSONL, "\n", "\r\n\t "),
		strings.ReplaceAll(stevnsJSONL, "\n", ""),
		strings.ReplaceAll(stevnsJSONL, ":", ":-0.5e+1,\"x\":"),
		strings.ReplaceAll(stevnsJSONL, ":", ":01,\"x\":"),
		strings.ReplaceAll(stevnsJSONL, ":", ":[1],\"x\":"),
		strings.ReplaceAll(stevnsJSONL, ":", ":tru,\"x\":"),
		strings.ReplaceAll(stevnsJSONL, ":", ":{\"y\":[{}, null]},\"x\":"),
		strings.ReplaceAll(stevnsJSONL, `"Stevns"`, `"Stevns\ud800"`),
		strings.ReplaceAll(stevnsJSONL, "\n", "\n[1]\n"),
		strings.ReplaceAll(stevnsJSONL, "}", ",}"),
		strings.ReplaceAll(stevnsJSONL, "}", "}x"),
		`{"Data":null}`, `{}`, `{"Fejl":"Ingen adgang"}`, "{\"Area\":\"a\tb\"}", `{"Area":"K`)
}

// TestTextRecord reads records with textRecord alone: a plain one is
// read, sorted, its last repeated key kept, its nested value kept whole;
// what encoding/json must decide is left to it.
func TestTextRecord(t *testing.T) {
	read := func(s string) ([]member, int, bool) {
		p := &parser{data: []byte(s), str: s}
		var d jsonlDecoder
		d.at(p, 0)
		return p.textRecord(&d)
	}
	const rec = `{"b": -1.5e2, "a":"x\u0041" ,"c":[1, {"d":null}],"a":true}  {"next":1}`
	ms, end, ok := read(rec)
	require.True(t, ok)
	require.Equal(t, len(`{"b": -1.5e2, "a":"x\u0041" ,"c":[1, {"d":null}],"a":true}`), end)
	var got []string
	for _, m := range ms {
		got = append(got, m.key+"="+m.text+"@"+itoa(m.off))
		assert.Equal(t, m.text, string(m.val), m.key)
	}
	assert.Equal(t, []string{"a=true@53", "b=-1.5e2@6", "c=[1, {\"d\":null}]@33"}, got)
	ms, end, ok = read(`{}`)
	assert.True(t, ok, "{}")
	assert.Equal(t, 2, end, "{}")
	assert.Empty(t, ms, "{}")
	for _, s := range []string{
		`{"Are\u0061":"Stevns"}`,     // escaped name
		`{"x":1,"Data":[]}`,          // an API table
		`{"Area":"Stevns\ud800"}`,    // encoding/json accepts a lone surrogate, jsontext not
		`{"Area":01}`, `{"Area":1,}`, // bad syntax
		`{"Area":"Stevns"`, `["Area"]`,
	} {
		_, _, ok := read(s)
		assert.False(t, ok, "%s read by textRecord", s)
	}
}
