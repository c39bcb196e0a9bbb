package dataset

import (
	"bytes"
	"errors"
	"reflect"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
)

// y30r21 writes the demo data as a Y30R21 file, with the period count cut
// to n (0: all), so that two different files are at hand.
func y30r21(t *testing.T, n int) []byte {
	t.Helper()
	ds := *demo.Dataset() // a copy: demo.Dataset is shared
	if n > 0 {
		ds.Periods = ds.Periods[len(ds.Periods)-n:]
	}
	var buf bytes.Buffer
	if err := jobindsats.Write(&buf, &ds, jobindsats.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func newSet(t *testing.T, name string, data []byte) (Set, map[string][]byte) {
	t.Helper()
	f, ds, _, err := Describe(name, data, "", "2026-12-01")
	if err != nil {
		t.Fatal(err)
	}
	if f.Kind != KindY30R21 || f.Munis != len(ds.Municipalities) || len(f.Periods) != len(ds.Periods) {
		t.Fatalf("described as %+v", f)
	}
	s := Set{Added: "2026-12-01", Files: []File{f}}
	s.Normalize()
	return s, map[string][]byte{f.ID: data}
}

func openLibrary(t *testing.T, st Store) *Library {
	t.Helper()
	l := NewLibrary(st)
	var err error = errors.New("Open did not call back")
	l.Open(func(e error) { err = e })
	if err != nil {
		t.Fatal(err)
	}
	return l
}

func put(t *testing.T, l *Library, s Set, replace string, data map[string][]byte) error {
	t.Helper()
	var err error = errors.New("Put did not call back")
	l.Put(s, replace, data, func(e error) { err = e })
	return err
}

// The file list of a set goes into the store and comes back the same, with
// the active set and every file's bytes.
func TestLibraryRoundTrip(t *testing.T) {
	store := &MemStore{}
	l := openLibrary(t, store)
	a, da := newSet(t, "y30r21-a.jsonl", y30r21(t, 0))
	b, db := newSet(t, "y30r21-b.jsonl", y30r21(t, 2))
	if a.ID == b.ID {
		t.Fatal("two different files give one set ID")
	}
	if want := "i" + FileID(da[a.Files[0].ID])[:10]; a.ID != want {
		t.Errorf("a one-file set's ID is %s, want the single import's %s", a.ID, want)
	}
	if a.Name != "y30r21-a.jsonl, 2026-12-01" {
		t.Errorf("name %q", a.Name)
	}
	if err := put(t, l, a, "", da); err != nil {
		t.Fatal(err)
	}
	if err := put(t, l, b, "", db); err != nil {
		t.Fatal(err)
	}
	again := openLibrary(t, store)
	if !reflect.DeepEqual(again.Catalogue(), l.Catalogue()) {
		t.Errorf("catalogue after reopening\n%+v\nwant\n%+v", again.Catalogue(), l.Catalogue())
	}
	if got := again.Active(); got != b.ID {
		t.Errorf("active %s, want the last import %s", got, b.ID)
	}
	sets := again.Sets()
	if len(sets) != 2 || sets[0].ID != b.ID || sets[1].ID != a.ID {
		t.Fatalf("sets %+v, want b then a", sets)
	}
	if !reflect.DeepEqual(sets[1].Files, a.Files) {
		t.Errorf("files %+v, want %+v", sets[1].Files, a.Files)
	}
	for id, want := range da {
		if !bytes.Equal(again.Data()[id], want) {
			t.Errorf("the bytes of %s differ after reopening", id)
		}
	}
	ds, _, err := Build(&sets[1], again.Data())
	if err != nil {
		t.Fatal(err)
	}
	if ds.Provenance.Name != a.Name || len(ds.Periods) != len(demo.Dataset().Periods) {
		t.Errorf("built %q with %d periods", ds.Provenance.Name, len(ds.Periods))
	}

	// Removing a set removes the bytes only it used, and the active mark.
	var rerr error = errors.New("no callback")
	again.Remove(b.ID, func(e error) { rerr = e })
	if rerr != nil {
		t.Fatal(rerr)
	}
	if store.FileCount() != 1 || again.Active() != "" {
		t.Errorf("after removing b: %d files kept, active %q", store.FileCount(), again.Active())
	}
}

// A full store refuses the commit: the library and the store stay as they
// were.
func TestLibraryFull(t *testing.T) {
	store := &MemStore{}
	l := openLibrary(t, store)
	a, da := newSet(t, "a.jsonl", y30r21(t, 0))
	if err := put(t, l, a, "", da); err != nil {
		t.Fatal(err)
	}
	before := l.Catalogue()
	store.Full = true
	b, db := newSet(t, "b.jsonl", y30r21(t, 2))
	err := put(t, l, b, "", db)
	if !errors.Is(err, ErrQuota) {
		t.Fatalf("err = %v, want ErrQuota", err)
	}
	if !reflect.DeepEqual(l.Catalogue(), before) {
		t.Errorf("the library changed: %+v", l.Catalogue())
	}
	if _, ok := l.Data()[b.Files[0].ID]; ok {
		t.Error("the refused file's bytes are in the library")
	}
	store.Full = false
	again := openLibrary(t, store)
	if !reflect.DeepEqual(again.Catalogue(), before) || store.FileCount() != 1 {
		t.Errorf("the store changed: %+v, %d files", again.Catalogue(), store.FileCount())
	}
}

// A bundle gives back the same set, view and bytes; its dataset gives
// calc the same results as the original files.
func TestBundleRoundTrip(t *testing.T) {
	s, data := newSet(t, "y30r21.jsonl", y30r21(t, 0))
	q := "v=1&scope=kl&cl=101:100:50&ds=" + s.ID + "&tab=scenario&m=101"
	b := &Bundle{Set: s, Query: q, Data: data}
	enc, err := b.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !IsBundle(enc) {
		t.Fatal("IsBundle is false for a bundle")
	}
	if IsBundle(data[s.Files[0].ID]) {
		t.Fatal("IsBundle is true for a Y30R21 file")
	}
	got, err := ReadBundle(enc)
	if err != nil {
		t.Fatal(err)
	}
	if got.Query != q || !reflect.DeepEqual(got.Set, s) || !reflect.DeepEqual(got.Data, data) {
		t.Fatalf("read back %+v", got.Set)
	}
	enc2, _ := got.Encode()
	if !bytes.Equal(enc, enc2) {
		t.Error("encoding the read bundle again gives other bytes")
	}
	sc, err := got.Scenario()
	if err != nil {
		t.Fatal(err)
	}
	if sc.Scope != calc.ScopeKL || len(sc.Caseload) != 1 {
		t.Errorf("scenario %+v", sc)
	}
	want, _, err := Build(&s, data)
	if err != nil {
		t.Fatal(err)
	}
	ds, _, err := got.Dataset()
	if err != nil {
		t.Fatal(err)
	}
	r1, err := calc.Apply(want, sc)
	if err != nil {
		t.Fatal(err)
	}
	r2, err := calc.Apply(ds, sc)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(r1, r2) {
		t.Error("the bundle's dataset gives other results")
	}
}

// A changed file inside a bundle is refused.
func TestBundleTampered(t *testing.T) {
	s, data := newSet(t, "y.jsonl", y30r21(t, 2))
	id := s.Files[0].ID
	bad := map[string][]byte{id: append(bytes.Clone(data[id][:len(data[id])-2]), '\n', '\n')}
	enc, err := (&Bundle{Set: s, Query: "v=1", Data: bad}).Encode()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ReadBundle(enc); err == nil {
		t.Error("a bundle whose file does not match its checksum was read")
	}
	if _, err := ReadBundle([]byte("v=1")); !errors.Is(err, ErrNotBundle) {
		t.Errorf("err = %v, want ErrNotBundle", err)
	}
}

// FuzzReadBundle: any bytes are refused with an error or read into a
// bundle that encodes back to a file read the same way; never a panic.
func FuzzReadBundle(f *testing.F) {
	s := Set{Added: "2026-12-01", Files: []File{{ID: FileID([]byte("a;b\n")), Name: "x.csv", Kind: KindY30R21, Table: "Y30R21", Bytes: 4}}}
	s.Normalize()
	good, err := (&Bundle{Set: s, Query: "v=1", Data: map[string][]byte{s.Files[0].ID: []byte("a;b\n")}}).Encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add([]byte("PK\x03\x04"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := ReadBundle(data)
		if err != nil {
			return
		}
		enc, err := b.Encode()
		if err != nil {
			t.Fatalf("a read bundle does not encode: %v", err)
		}
		again, err := ReadBundle(enc)
		if err != nil || again.Query != b.Query || !reflect.DeepEqual(again.Set, b.Set) {
			t.Fatalf("not stable: %v", err)
		}
	})
}
