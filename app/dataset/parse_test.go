package dataset_test

import (
	"bytes"
	"compress/gzip"
	"errors"
	"reflect"
	"testing"

	. "benchsim/app/dataset"
	"benchsim/app/text"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
)

// y30r21 writes the demo data's last n periods as a Y30R21 file.
func y30r21(t *testing.T, n int) []byte {
	t.Helper()
	ds := *demo.Dataset() // a copy: demo.Dataset is shared
	ds.Periods = ds.Periods[len(ds.Periods)-n:]
	var buf bytes.Buffer
	if err := jobindsats.Write(&buf, &ds, jobindsats.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// roundTrip reads req locally and again through the wire encoding, as the
// browser's worker answers it.
func roundTrip(t *testing.T, req Request) (local, wire Result) {
	t.Helper()
	enc, err := EncodeRequest(req)
	if err != nil {
		t.Fatal(err)
	}
	dec, err := DecodeRequest(enc)
	if err != nil {
		t.Fatal(err)
	}
	local = NewReader().Parse(req)
	b, err := EncodeResult(NewReader().Parse(dec))
	if err != nil {
		t.Fatal(err)
	}
	wire, err = DecodeResult(b)
	if err != nil {
		t.Fatal(err)
	}
	return local, wire
}

// The worker's answer is worded exactly as a file read in the UI program:
// the same errors (typed, with lines), warnings and dataset.
func TestParseWire(t *testing.T) {
	good := y30r21(t, 2)
	lines := bytes.Split(good, []byte("\n"))
	bad := bytes.Join(append(lines[:3:3], []byte(`{"broken": `)), []byte("\n"))
	dup := bytes.Join(append(lines[:4:4], lines[2:]...), []byte("\n"))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write(good)
	zw.Close()
	csvBad := []byte("Kommune;Periode;Førtidspension\nKøbenhavn;2021;abc\n")
	cases := map[string]Request{
		"good":      {Op: OpDescribe, Name: "y.jsonl", Data: good, Added: "2026-12-01"},
		"bad":       {Op: OpDescribe, Name: "y.jsonl", Data: bad, Added: "2026-12-01"},
		"dup":       {Op: OpDescribe, Name: "y.jsonl", Data: dup, Added: "2026-12-01"},
		"companion": {Op: OpDescribe, Name: "ptv.csv", Data: csvBad, Added: "2026-12-01"},
		"empty":     {Op: OpDescribe, Name: "e.csv", Data: nil},
		"gzip":      {Op: OpDescribe, Name: "y.jsonl", Data: gz.Bytes(), Gzip: true, Added: "2026-01-15"},
		"notbundle": {Op: OpBundle, Data: []byte("PK\x03\x04 no zip")},
		"nobase":    {Op: OpBuild, Set: &Set{}},
		"missing":   {Op: OpBuild, Set: &Set{Files: []File{{ID: "x", Name: "y.csv", Kind: KindY30R21}}}},
	}
	for name, req := range cases {
		t.Run(name, func(t *testing.T) {
			local, wire := roundTrip(t, req)
			if (local.Err == nil) != (wire.Err == nil) {
				t.Fatalf("error %v, through the wire %v", local.Err, wire.Err)
			}
			if local.Err != nil {
				if local.Err.Error() != wire.Err.Error() {
					t.Errorf("error %q, through the wire %q", local.Err, wire.Err)
				}
				for _, lang := range []string{"da", "en"} {
					if a, b := text.ImportError(local.Err, lang), text.ImportError(wire.Err, lang); a != b {
						t.Errorf("%s: worded %q, through the wire %q", lang, a, b)
					}
					if a, b := text.CompanionError(local.Err, lang), text.CompanionError(wire.Err, lang); a != b {
						t.Errorf("%s: worded %q, through the wire %q", lang, a, b)
					}
				}
				for _, target := range []error{ErrNeedBenefit, ErrNoBase, ErrNotBundle} {
					if errors.Is(local.Err, target) != errors.Is(wire.Err, target) {
						t.Errorf("errors.Is %v differs", target)
					}
				}
				var a, b *jobindsats.Error
				if errors.As(local.Err, &a) != errors.As(wire.Err, &b) || (a != nil && (a.Line != b.Line || a.Kind != b.Kind)) {
					t.Errorf("jobindsats error %+v, through the wire %+v", a, b)
				}
			}
			if !reflect.DeepEqual(local.Warnings, wire.Warnings) {
				t.Errorf("warnings %v, through the wire %v", local.Warnings, wire.Warnings)
			}
			if !reflect.DeepEqual(local.File, wire.File) {
				t.Errorf("file %+v, through the wire %+v", local.File, wire.File)
			}
			if (local.Dataset == nil) != (wire.Dataset == nil) ||
				(local.Dataset != nil && len(local.Dataset.Periods) != len(wire.Dataset.Periods)) {
				t.Errorf("dataset differs")
			}
		})
	}
	if _, wire := roundTrip(t, cases["bad"]); wire.Err == nil {
		t.Fatal("a broken file was read")
	} else if got := text.ImportError(wire.Err, "da"); got == "" || !bytes.Contains([]byte(got), []byte("linje 4")) {
		t.Errorf("broken file worded %q, want its line 4", got)
	}
	if _, wire := roundTrip(t, cases["gzip"]); wire.Err != nil || !bytes.Equal(wire.Data, good) || wire.File.ID != FileID(good) {
		t.Errorf("a gzipped file: %v, %d bytes unpacked, id %s", wire.Err, len(wire.Data), wire.File.ID)
	}
	if _, wire := roundTrip(t, cases["dup"]); len(wire.Warnings) == 0 {
		t.Error("a repeated row gave no warning")
	}
}

// A bundle written through the wire reads back as the view and files.
func TestParseWireBundle(t *testing.T) {
	y := y30r21(t, 2)
	f, _, _, err := Describe("y.jsonl", y, "", "2026-12-01")
	if err != nil {
		t.Fatal(err)
	}
	s := Set{Added: "2026-12-01", Files: []File{f}}
	s.Normalize()
	data := map[string][]byte{f.ID: y}
	_, wire := roundTrip(t, Request{Op: OpEncodeBundle, Bundle: &Bundle{Set: s, Query: "v=1&scope=kl", Data: data}})
	if wire.Err != nil {
		t.Fatal(wire.Err)
	}
	local, opened := roundTrip(t, Request{Op: OpBundle, Data: wire.Data})
	if opened.Err != nil || opened.Bundle == nil || opened.Bundle.Query != "v=1&scope=kl" || opened.Bundle.Set.ID != s.ID ||
		opened.Dataset == nil || len(opened.Dataset.Periods) != len(local.Dataset.Periods) {
		t.Fatalf("opened %+v", opened)
	}
}
