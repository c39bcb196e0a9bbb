package wire

import (
	"bytes"
	"errors"
	"io"
	"math"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"benchsim/calc"
	"benchsim/calc/demo"
)

type inner struct {
	F  float64
	S  string
	Bs []byte
}

type node struct {
	Name string
	Kids []*node
}

type all struct {
	B      bool
	I      int
	I8     int8
	I64    int64
	U      uint
	U16    uint16
	F32    float32
	F64    float64
	S      string
	Bytes  []byte
	Nil    []int
	Empty  []int
	Ints   []int
	Arr    [3]float64
	M      map[string][]byte
	NilMap map[int]int
	P      *inner
	NilP   *inner
	In     inner
	Ins    []inner
	Tree   *node
	Err    error
	hidden int
	Fn     func() `cbor:"-"`
	Named  calc.Area
}

func sample() all {
	return all{
		B: true, I: -123456789, I8: -128, I64: math.MinInt64, U: math.MaxUint32, U16: 65535,
		F32: -1.5, F64: math.Pi, S: "København ø æ å – ✓", Bytes: []byte{0, 1, 255},
		Empty: []int{}, Ints: []int{0, -1, 1 << 40}, Arr: [3]float64{1, 2, 3},
		M:  map[string][]byte{"a": {1}, "": nil, "c": {}},
		P:  &inner{F: 2.5, S: "p", Bs: []byte("x")},
		In: inner{S: "in"}, Ins: []inner{{F: 1}, {S: "two"}},
		Tree:  &node{Name: "root", Kids: []*node{{Name: "a"}, {Name: "b", Kids: []*node{}}}},
		Named: calc.KTH,
	}
}

func TestRoundTrip(t *testing.T) {
	in := sample()
	in.hidden = 7
	b, err := Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out all
	out.I = 99 // decoding replaces what was there
	if err := Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	want := sample() // unexported fields are not sent
	if !reflect.DeepEqual(want, out) {
		t.Fatalf("round trip:\n got %+v\nwant %+v", out, want)
	}
	if out.Nil != nil || out.Empty == nil || out.NilMap != nil || out.NilP != nil || out.M[""] != nil || out.M["c"] == nil {
		t.Error("nil and empty are not kept apart")
	}
	// A pointer encodes as the value it points to.
	b2, err := Marshal(&in)
	if err != nil || string(b2) != string(b) {
		t.Errorf("Marshal(&v) differs from Marshal(v): %v", err)
	}
}

// NaN (any payload), infinities and negative zero cross unchanged.
func TestFloatsBitForBit(t *testing.T) {
	vals := []float64{math.NaN(), math.Float64frombits(0x7ff8000000000123), math.Inf(1), math.Inf(-1), math.Copysign(0, -1), 0, math.SmallestNonzeroFloat64, math.MaxFloat64}
	b, err := Marshal(vals)
	if err != nil {
		t.Fatal(err)
	}
	var out []float64
	if err := Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	for i := range vals {
		if math.Float64bits(vals[i]) != math.Float64bits(out[i]) {
			t.Errorf("%d: %x became %x", i, math.Float64bits(vals[i]), math.Float64bits(out[i]))
		}
	}
}

func TestDataset(t *testing.T) {
	ds := *demo.Dataset()
	ds.Periods = append([]calc.Period(nil), ds.Periods...)
	p := ds.Periods[2]
	p.Rows = append([]calc.Row(nil), p.Rows...)
	p.Rows[4].Areas[calc.DP] = calc.Figures{Actual: math.NaN(), Expected: math.NaN()}
	ds.Periods[2] = p
	b, err := Marshal(&ds)
	if err != nil {
		t.Fatal(err)
	}
	var out calc.Dataset
	if err := Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if got := out.Periods[2].Rows[4].Areas[calc.DP]; !math.IsNaN(got.Actual) || !math.IsNaN(got.Expected) {
		t.Fatalf("NaN lost: %+v", got)
	}
	out.Periods[2].Rows[4].Areas[calc.DP] = calc.Figures{}
	p.Rows[4].Areas[calc.DP] = calc.Figures{}
	if !reflect.DeepEqual(ds, out) {
		t.Fatal("the dataset differs after the round trip")
	}
}

func TestRefused(t *testing.T) {
	if _, err := Marshal(all{Err: errors.New("x")}); err == nil || !strings.Contains(err.Error(), "interface") {
		t.Errorf("a non-nil interface value was encoded: %v", err)
	}
	if _, err := Marshal((*all)(nil)); err == nil {
		t.Error("a nil pointer was encoded")
	}
	if _, err := Marshal(struct{ C chan int }{}); err == nil || !strings.Contains(err.Error(), "cbor:\"-\"") {
		t.Errorf("an untagged chan field is not refused with a clear error: %v", err)
	}
	if _, err := Marshal(struct{ F func() }{}); err == nil || !strings.Contains(err.Error(), "cbor:\"-\"") {
		t.Errorf("an untagged func field is not refused with a clear error: %v", err)
	}
	if _, err := Marshal(struct {
		C chan int `cbor:"-"`
	}{C: make(chan int)}); err != nil {
		t.Errorf("a chan field tagged - is skipped, not refused: %v", err)
	}
	if _, err := Marshal(complex(1, 2)); err == nil {
		t.Error("a complex number was encoded")
	}
	b, _ := Marshal(sample())
	var other struct{ B bool }
	if err := Unmarshal(b, &other); err == nil || !strings.Contains(err.Error(), "another type") {
		t.Errorf("decoded into another type: %v", err)
	}
	type renamed struct {
		F  float64
		S2 string
		Bs []byte
	}
	bi, _ := Marshal(inner{})
	if err := Unmarshal(bi, &renamed{}); err == nil {
		t.Error("a struct with a renamed field has the same fingerprint")
	}
	if err := Unmarshal(b, other); err == nil {
		t.Error("decoded into a non-pointer")
	}
	if err := Unmarshal([]byte("gob?"), &other); err == nil {
		t.Error("decoded a message without the magic")
	}
	if err := Unmarshal(append(b, 0), &all{}); err == nil {
		t.Error("trailing bytes accepted")
	}
}

// Every truncated or corrupted message is an error, never a panic or a
// huge allocation.
func TestBroken(t *testing.T) {
	b, err := Marshal(sample())
	if err != nil {
		t.Fatal(err)
	}
	for n := 0; n < len(b); n++ {
		var out all
		if err := Unmarshal(b[:n], &out); err == nil {
			t.Fatalf("a message cut at %d of %d bytes was read", n, len(b))
		}
	}
	for i := 12; i < len(b); i++ {
		for _, x := range []byte{0xff, 0x80, 0x02} {
			c := append([]byte(nil), b...)
			c[i] = x
			var out all
			_ = Unmarshal(c, &out) // may or may not be an error; must not panic
		}
	}
}

// What CBOR and its library would do on their own, and the package does
// not: lose nil against empty under a json omitempty tag, refuse strings
// that are not UTF-8, change float32 NaNs, sort maps by chance.
func TestCBORChoices(t *testing.T) {
	type tagged struct {
		L []string `json:"l,omitempty"`
	}
	if _, err := Marshal(tagged{}); err == nil || !strings.Contains(err.Error(), "omitempty") {
		t.Errorf("a slice tagged omitempty was encoded: %v", err)
	}
	type named struct {
		L   []string `json:"l,omitempty" cbor:"l"`
		N   int      `json:"n,omitempty"`
		Out string   `json:"-"`
	}
	b, err := Marshal(named{L: []string{}, N: 0, Out: "x"})
	if err != nil {
		t.Fatal(err)
	}
	var n named
	if err := Unmarshal(b, &n); err != nil || n.L == nil || n.Out != "" {
		t.Errorf("named fields: %+v, %v", n, err)
	}

	type strs struct {
		S  string
		F  float32
		Fs []float32
		M  map[string]int
	}
	m := map[string]int{}
	for i := range 100 {
		m[strconv.Itoa(i*7919)] = i
	}
	in := strs{S: "\xff\xfe not UTF-8 \x80", F: math.Float32frombits(0x7fc00123), Fs: []float32{float32(math.Inf(-1)), math.Float32frombits(0x80000000)}, M: m}
	b, err = Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out strs
	if err := Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	if out.S != in.S || math.Float32bits(out.F) != 0x7fc00123 || math.Float32bits(out.Fs[0]) != math.Float32bits(in.Fs[0]) || math.Float32bits(out.Fs[1]) != 0x80000000 || !reflect.DeepEqual(out.M, in.M) {
		t.Errorf("got %+v", out)
	}
	for range 10 {
		if b2, _ := Marshal(in); !bytes.Equal(b, b2) {
			t.Fatal("equal values encode to different bytes")
		}
	}
}

// A message of the hand-written encoding that came before (magic "bsw1"),
// as an old cached worker would send it, is refused.
func TestOldMessage(t *testing.T) {
	old := []byte("bsw1\x01\x02\x03\x04\x05\x06\x07\x08\x00")
	var v []float64
	if err := Unmarshal(old, &v); err == nil || !strings.Contains(err.Error(), "other source") {
		t.Errorf("an old message: %v", err)
	}
	b, _ := Marshal(sample())
	if err := Unmarshal(b[:20], &all{}); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("a cut message: %v, want the library's error wrapped", err)
	}
}
