// Package wire is the binary encoding of what the browser's UI program and
// its drawing worker (app/worker) send each other: datasets, and the
// requests and results of reading files. Both programs are built from the
// same source, so the encoding needs no type descriptions on the wire and
// no registration at start, unlike encoding/gob, whose package
// initialisation alone was a noticeable part of the UI program's start.
//
// The format, for a value of type T:
//
//	message  = magic "bsw1", fingerprint of T (8 bytes, little endian), value
//	bool     = one byte, 0 or 1
//	int*     = signed varint (zigzag, as encoding/binary.AppendVarint)
//	uint*    = unsigned varint
//	float32  = IEEE 754 bits, 4 bytes little endian (NaN and ±Inf kept)
//	float64  = IEEE 754 bits, 8 bytes little endian
//	string   = uvarint length, bytes
//	slice    = uvarint 0 for nil, else length+1, then the elements
//	           ([]byte: its bytes)
//	array    = the elements
//	map      = uvarint 0 for nil, else length+1, then key, value pairs in
//	           the order of the keys' encodings (equal maps, equal bytes)
//	pointer  = byte 0 for nil, else 1 and the value pointed to
//	struct   = the exported fields in declaration order (unexported ones,
//	           and fields of func or chan type, are skipped, as gob does)
//	interface = byte 0: only nil interface values can be sent
//
// The fingerprint is a hash of T's structure (kinds, field names and
// types), so that a message from a program built from other source (an
// old worker cached beside a new UI program) is refused with an error
// instead of being misread.
package wire

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"sync"
)

const magic = "bsw1"

// Marshal encodes v (a value or a pointer to one; the type decoded into
// must be the same).
func Marshal(v any) ([]byte, error) {
	rv := reflect.ValueOf(v)
	for rv.Kind() == reflect.Pointer && !rv.IsNil() {
		rv = rv.Elem()
	}
	if rv.Kind() == reflect.Pointer || !rv.IsValid() {
		return nil, errors.New("wire: cannot encode a nil value")
	}
	b := append([]byte(magic), make([]byte, 8)...)
	binary.LittleEndian.PutUint64(b[len(magic):], fingerprint(rv.Type()))
	return encode(b, rv)
}

// Unmarshal decodes data into v, which must be a non-nil pointer to a value
// of the type that was encoded.
func Unmarshal(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("wire: Unmarshal needs a non-nil pointer")
	}
	rv = rv.Elem()
	if len(data) < len(magic)+8 || string(data[:len(magic)]) != magic {
		return errors.New("wire: not a message of this encoding")
	}
	if binary.LittleEndian.Uint64(data[len(magic):]) != fingerprint(rv.Type()) {
		return fmt.Errorf("wire: the message holds another type than %s (a program built from other source?)", rv.Type())
	}
	d := decoder{b: data[len(magic)+8:]}
	rv.SetZero()
	if err := d.value(rv); err != nil {
		return err
	}
	if len(d.b) != 0 {
		return fmt.Errorf("wire: %d bytes after the value", len(d.b))
	}
	return nil
}

// skipped reports whether a struct field is not sent.
func skipped(f reflect.StructField) bool {
	return !f.IsExported() || f.Type.Kind() == reflect.Func || f.Type.Kind() == reflect.Chan
}

func encode(b []byte, v reflect.Value) ([]byte, error) {
	switch v.Kind() {
	case reflect.Bool:
		if v.Bool() {
			return append(b, 1), nil
		}
		return append(b, 0), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return binary.AppendVarint(b, v.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return binary.AppendUvarint(b, v.Uint()), nil
	case reflect.Float32:
		return binary.LittleEndian.AppendUint32(b, math.Float32bits(float32(v.Float()))), nil
	case reflect.Float64:
		return binary.LittleEndian.AppendUint64(b, math.Float64bits(v.Float())), nil
	case reflect.String:
		b = binary.AppendUvarint(b, uint64(v.Len()))
		return append(b, v.String()...), nil
	case reflect.Slice:
		if v.IsNil() {
			return append(b, 0), nil
		}
		b = binary.AppendUvarint(b, uint64(v.Len())+1)
		if v.Type().Elem().Kind() == reflect.Uint8 {
			return append(b, v.Bytes()...), nil
		}
		return elems(b, v)
	case reflect.Array:
		return elems(b, v)
	case reflect.Map:
		if v.IsNil() {
			return append(b, 0), nil
		}
		b = binary.AppendUvarint(b, uint64(v.Len())+1)
		// In the order of the keys' encodings, so that equal maps encode
		// to equal bytes.
		type entry struct{ k, v []byte }
		es := make([]entry, 0, v.Len())
		for it := v.MapRange(); it.Next(); {
			k, err := encode(nil, it.Key())
			if err != nil {
				return nil, err
			}
			e, err := encode(nil, it.Value())
			if err != nil {
				return nil, err
			}
			es = append(es, entry{k, e})
		}
		slices.SortFunc(es, func(a, b entry) int { return bytes.Compare(a.k, b.k) })
		for _, e := range es {
			b = append(append(b, e.k...), e.v...)
		}
		return b, nil
	case reflect.Pointer:
		if v.IsNil() {
			return append(b, 0), nil
		}
		return encode(append(b, 1), v.Elem())
	case reflect.Struct:
		t := v.Type()
		var err error
		for i := 0; i < t.NumField(); i++ {
			if skipped(t.Field(i)) {
				continue
			}
			if b, err = encode(b, v.Field(i)); err != nil {
				return nil, fmt.Errorf("%s.%s: %w", t, t.Field(i).Name, err)
			}
		}
		return b, nil
	case reflect.Interface:
		if v.IsNil() {
			return append(b, 0), nil
		}
		return nil, fmt.Errorf("wire: cannot encode a value of %s in an interface", v.Elem().Type())
	}
	return nil, fmt.Errorf("wire: cannot encode %s", v.Type())
}

func elems(b []byte, v reflect.Value) ([]byte, error) {
	var err error
	for i := 0; i < v.Len(); i++ {
		if b, err = encode(b, v.Index(i)); err != nil {
			return nil, err
		}
	}
	return b, nil
}

type decoder struct{ b []byte }

var errShort = errors.New("wire: message ends early")

func (d *decoder) byte() (byte, error) {
	if len(d.b) == 0 {
		return 0, errShort
	}
	c := d.b[0]
	d.b = d.b[1:]
	return c, nil
}

func (d *decoder) uvarint() (uint64, error) {
	x, n := binary.Uvarint(d.b)
	if n <= 0 {
		return 0, errShort
	}
	d.b = d.b[n:]
	return x, nil
}

// length reads a length of things that take at least one byte each (zero
// sized ones excepted), so that a broken message cannot ask for a huge
// allocation.
func (d *decoder) length(n uint64, elem reflect.Type) (int, error) {
	if n > uint64(len(d.b)) && (elem == nil || elem.Size() > 0) {
		return 0, errShort
	}
	if n > math.MaxInt32 {
		return 0, errShort
	}
	return int(n), nil
}

func (d *decoder) fixed(n int) ([]byte, error) {
	if len(d.b) < n {
		return nil, errShort
	}
	p := d.b[:n]
	d.b = d.b[n:]
	return p, nil
}

func (d *decoder) value(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Bool:
		c, err := d.byte()
		if err != nil {
			return err
		}
		if c > 1 {
			return errors.New("wire: a bool is 0 or 1")
		}
		v.SetBool(c == 1)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x, n := binary.Varint(d.b)
		if n <= 0 {
			return errShort
		}
		d.b = d.b[n:]
		if v.OverflowInt(x) {
			return fmt.Errorf("wire: %d overflows %s", x, v.Type())
		}
		v.SetInt(x)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		x, err := d.uvarint()
		if err != nil {
			return err
		}
		if v.OverflowUint(x) {
			return fmt.Errorf("wire: %d overflows %s", x, v.Type())
		}
		v.SetUint(x)
	case reflect.Float32:
		p, err := d.fixed(4)
		if err != nil {
			return err
		}
		v.SetFloat(float64(math.Float32frombits(binary.LittleEndian.Uint32(p))))
	case reflect.Float64:
		p, err := d.fixed(8)
		if err != nil {
			return err
		}
		v.SetFloat(math.Float64frombits(binary.LittleEndian.Uint64(p)))
	case reflect.String:
		n, err := d.uvarint()
		if err != nil {
			return err
		}
		l, err := d.length(n, nil)
		if err != nil {
			return err
		}
		p, _ := d.fixed(l)
		v.SetString(string(p))
	case reflect.Slice:
		n, err := d.uvarint()
		if err != nil || n == 0 {
			return err
		}
		l, err := d.length(n-1, v.Type().Elem())
		if err != nil {
			return err
		}
		if v.Type().Elem().Kind() == reflect.Uint8 {
			p, _ := d.fixed(l)
			s := reflect.MakeSlice(v.Type(), l, l)
			copy(s.Bytes(), p)
			v.Set(s)
			return nil
		}
		v.Set(reflect.MakeSlice(v.Type(), l, l))
		for i := 0; i < l; i++ {
			if err := d.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Array:
		for i := 0; i < v.Len(); i++ {
			if err := d.value(v.Index(i)); err != nil {
				return err
			}
		}
	case reflect.Map:
		n, err := d.uvarint()
		if err != nil || n == 0 {
			return err
		}
		l, err := d.length(n-1, nil)
		if err != nil {
			return err
		}
		t := v.Type()
		m := reflect.MakeMapWithSize(t, l)
		for i := 0; i < l; i++ {
			k, e := reflect.New(t.Key()).Elem(), reflect.New(t.Elem()).Elem()
			if err := d.value(k); err != nil {
				return err
			}
			if err := d.value(e); err != nil {
				return err
			}
			m.SetMapIndex(k, e)
		}
		v.Set(m)
	case reflect.Pointer:
		c, err := d.byte()
		if err != nil || c == 0 {
			return err
		}
		if c != 1 {
			return errors.New("wire: a pointer is marked 0 or 1")
		}
		p := reflect.New(v.Type().Elem())
		if err := d.value(p.Elem()); err != nil {
			return err
		}
		v.Set(p)
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if skipped(t.Field(i)) {
				continue
			}
			if err := d.value(v.Field(i)); err != nil {
				return err
			}
		}
	case reflect.Interface:
		c, err := d.byte()
		if err != nil {
			return err
		}
		if c != 0 {
			return errors.New("wire: only nil interface values are sent")
		}
	default:
		return fmt.Errorf("wire: cannot decode %s", v.Type())
	}
	return nil
}

var fingerprints sync.Map // reflect.Type → uint64

// fingerprint hashes t's structure (FNV-1a 64 of its description).
func fingerprint(t reflect.Type) uint64 {
	if h, ok := fingerprints.Load(t); ok {
		return h.(uint64)
	}
	var b []byte
	describe(&b, t, map[reflect.Type]int{})
	h := uint64(14695981039346656037)
	for _, c := range b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	fingerprints.Store(t, h)
	return h
}

// describe writes what the encoding depends on: kinds, sizes of arrays,
// exported field names and their types. A type met again (a recursive
// type) is written as its number.
func describe(b *[]byte, t reflect.Type, seen map[reflect.Type]int) {
	if n, ok := seen[t]; ok {
		*b = append(*b, '#')
		*b = strconv.AppendInt(*b, int64(n), 10)
		return
	}
	seen[t] = len(seen)
	*b = append(*b, t.Kind().String()...)
	switch t.Kind() {
	case reflect.Slice, reflect.Pointer:
		*b = append(*b, '(')
		describe(b, t.Elem(), seen)
		*b = append(*b, ')')
	case reflect.Array:
		*b = strconv.AppendInt(append(*b, '['), int64(t.Len()), 10)
		*b = append(*b, ']')
		describe(b, t.Elem(), seen)
	case reflect.Map:
		*b = append(*b, '[')
		describe(b, t.Key(), seen)
		*b = append(*b, ']')
		describe(b, t.Elem(), seen)
	case reflect.Struct:
		*b = append(*b, '{')
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if skipped(f) {
				continue
			}
			*b = append(*b, f.Name...)
			*b = append(*b, ' ')
			describe(b, f.Type, seen)
			*b = append(*b, ';')
		}
		*b = append(*b, '}')
	}
}
