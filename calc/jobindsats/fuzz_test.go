package jobindsats

import (
	"bytes"
	"errors"
	"math"
	"reflect"
	"strings"
	"testing"
)

// checkRead is the property the fuzz targets check: Read (of a partial
// file) never panics; it fails with sorted, well-formed *Error values, or it
// returns a dataset that validates and survives a round trip through every
// format.
func checkRead(t *testing.T, data []byte, force Format) {
	ds, _, errs := readBytes(data, force, ReadOptions{Partial: true})
	if len(errs) > 0 {
		if ds != nil {
			t.Fatalf("dataset and errors: %v", errs)
		}
		if len(errs) > MaxErrors {
			t.Fatalf("%d errors", len(errs))
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		for i, e := range errs {
			if e.Detail == 0 || e.Message() == "" || strings.HasPrefix(e.Kind.String(), "kind(") {
				t.Fatalf("malformed error %#v", e)
			}
			if e.Line < 0 || e.Line > lines {
				t.Fatalf("line %d outside the file's %d lines: %v", e.Line, lines, e)
			}
			if i > 0 && errs[i-1].Line > e.Line {
				t.Fatalf("errors not sorted: %v", errs)
			}
		}
		var e *Error
		if !errors.As(error(errs), &e) || e != errs[0] {
			t.Fatal("errors.As does not find the first error")
		}
		return
	}
	if err := ds.Validate(); err != nil {
		t.Fatalf("Read returned an invalid dataset: %v", err)
	}
	for _, f := range []Format{FormatAPI, FormatJSONL, FormatCSV} {
		var b bytes.Buffer
		if err := Write(&b, ds, f); err != nil {
			t.Fatalf("Write %s: %v", f, err)
		}
		got, _, err := ReadWith(&b, ReadOptions{Partial: true})
		if err != nil {
			t.Fatalf("reading back %s: %v\n%s", f, err, b.String())
		}
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
	if !reflect.DeepEqual(ds, slowDS) || !reflect.DeepEqual(bitwise(warns, errs), bitwise(slowWarns, slowErrs)) {
		t.Fatalf("textRecord differs from encoding/json:\n%v %v\nagainst\n%v %v", warns, errs, slowWarns, slowErrs)
	}
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
	if !ok || end != len(`{"b": -1.5e2, "a":"x\u0041" ,"c":[1, {"d":null}],"a":true}`) {
		t.Fatalf("ok %v, end %d", ok, end)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.key+"="+m.text+"@"+itoa(m.off))
		if string(m.val) != m.text {
			t.Errorf("%s: val %q, text %q", m.key, m.val, m.text)
		}
	}
	want := []string{"a=true@53", "b=-1.5e2@6", "c=[1, {\"d\":null}]@33"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("members %q, want %q", got, want)
	}
	if ms, end, ok := read(`{}`); !ok || end != 2 || len(ms) != 0 {
		t.Errorf("{}: %v %d %v", ms, end, ok)
	}
	for _, s := range []string{
		`{"Are\u0061":"Stevns"}`,     // escaped name
		`{"x":1,"Data":[]}`,          // an API table
		`{"Area":"Stevns\ud800"}`,    // encoding/json accepts a lone surrogate, jsontext not
		`{"Area":01}`, `{"Area":1,}`, // bad syntax
		`{"Area":"Stevns"`, `["Area"]`,
	} {
		if _, _, ok := read(s); ok {
			t.Errorf("%s read by textRecord", s)
		}
	}
}
