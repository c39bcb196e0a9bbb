package jobindsats

import (
	"bytes"
	"errors"
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

// checkFlat is the property of flatRecord, the quick path for JSON lines
// records: reading with it gives exactly what encoding/json alone gives.
func checkFlat(t *testing.T, data []byte, force Format) {
	ds, warns, errs := readBytes(data, force, ReadOptions{Partial: true})
	noFlat = true
	slowDS, slowWarns, slowErrs := readBytes(data, force, ReadOptions{Partial: true})
	noFlat = false
	if !reflect.DeepEqual(ds, slowDS) || !reflect.DeepEqual(warns, slowWarns) || !reflect.DeepEqual(errs, slowErrs) {
		t.Fatalf("flatRecord differs from encoding/json:\n%v %v\nagainst\n%v %v", warns, errs, slowWarns, slowErrs)
	}
}

func fuzzRead(f *testing.F, format Format, seeds ...string) {
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data, format)
		checkRead(t, data, 0)
		checkFlat(t, data, format)
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
// records that flatRecord reads and records it leaves to encoding/json.
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
		strings.ReplaceAll(stevnsJSONL, "}", ",}"),
		strings.ReplaceAll(stevnsJSONL, "}", "}x"),
		`{"Data":null}`, `{}`, `{"Fejl":"Ingen adgang"}`, "{\"Area\":\"a\tb\"}", `{"Area":"K`)
}
