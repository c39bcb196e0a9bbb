// Package wire is the binary encoding of what the browser's UI program and
// its drawing worker (app/worker) send each other: datasets, and the
// requests and results of reading files. It is CBOR (RFC 8949, by
// github.com/fxamacker/cbor/v2), which needs no registration at start,
// unlike encoding/gob, whose package initialisation alone was a noticeable
// part of the UI program's start.
//
// A message for a value of type T is
//
//	magic "bsw2", fingerprint of T (8 bytes, little endian), one CBOR item
//
// and the CBOR item is encoded with these choices:
//
//   - floats keep their width and bits: NaN (any payload), ±Inf and -0
//     cross unchanged (no shortest-float or NaN/Inf conversion);
//   - a nil slice or map is CBOR null, an empty one an empty array, map or
//     byte string, so nil and empty are kept apart;
//   - map keys are sorted (core deterministic encoding): equal values,
//     equal bytes;
//   - structs are maps keyed by field name (the cbor, else the json, tag's
//     name); unexported fields, and fields tagged "-", are not sent. A
//     field of func or chan type cannot be sent (tag it `cbor:"-"`);
//   - strings are sent as they are, valid UTF-8 or not;
//   - only nil interface values can be sent.
//
// A slice or map field tagged omitempty would arrive nil when it was sent
// empty, so Marshal refuses its type; name the field with a cbor tag
// without omitempty.
//
// The fingerprint is a hash of T's structure (kinds, field names, tags and
// types), so that a message from a program built from other source (an
// old worker cached beside a new UI program) is refused with an error
// instead of being misread.
package wire

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/fxamacker/cbor/v2"
)

const (
	magic  = "bsw2"
	header = len(magic) + 8
)

// The CBOR modes, made at the first message rather than at start.
var modes = sync.OnceValues(func() (cbor.UserBufferEncMode, cbor.DecMode) {
	em, err := cbor.EncOptions{
		Sort:          cbor.SortCoreDeterministic,
		ShortestFloat: cbor.ShortestFloatNone,
		NaNConvert:    cbor.NaNConvertNone,
		InfConvert:    cbor.InfConvertNone,
		NilContainers: cbor.NilContainerAsNull,
		OmitEmpty:     cbor.OmitEmptyGoValue,
		Time:          cbor.TimeRFC3339Nano,
		IndefLength:   cbor.IndefLengthForbidden,
	}.UserBufferEncMode()
	if err != nil {
		panic(err)
	}
	dm, err := cbor.DecOptions{
		MaxNestedLevels:   256,
		MaxArrayElements:  1<<31 - 1,
		MaxMapPairs:       1<<31 - 1,
		IndefLength:       cbor.IndefLengthForbidden,
		UTF8:              cbor.UTF8DecodeInvalid,
		FieldNameMatching: cbor.FieldNameMatchingCaseSensitive,
	}.DecMode()
	if err != nil {
		panic(err)
	}
	return em, dm
})

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
	ti, err := info(rv.Type())
	if err != nil {
		return nil, err
	}
	if ti.ifaces {
		if err := noIfaces(rv); err != nil {
			return nil, err
		}
	}
	em, _ := modes()
	// The buffer is as large as the last message of the type, so that the
	// encoding seldom grows it (cbor appends to its free capacity).
	buf := bytes.NewBuffer(make([]byte, header, header+max(512, int(ti.size.Load()))))
	copy(buf.Bytes(), magic)
	binary.LittleEndian.PutUint64(buf.Bytes()[len(magic):], ti.fingerprint)
	if err := em.MarshalToBuffer(rv.Interface(), buf); err != nil {
		return nil, fmt.Errorf("wire: %w", err)
	}
	ti.size.Store(int64(buf.Len() - header))
	return buf.Bytes(), nil
}

// Unmarshal decodes data into v, which must be a non-nil pointer to a value
// of the type that was encoded.
func Unmarshal(data []byte, v any) error {
	rv := reflect.ValueOf(v)
	if rv.Kind() != reflect.Pointer || rv.IsNil() {
		return errors.New("wire: Unmarshal needs a non-nil pointer")
	}
	if len(data) < header || string(data[:len(magic)]) != magic {
		return errors.New("wire: not a message of this encoding (a program built from other source?)")
	}
	ti, err := info(rv.Type().Elem())
	if err != nil {
		return err
	}
	if binary.LittleEndian.Uint64(data[len(magic):]) != ti.fingerprint {
		return fmt.Errorf("wire: the message holds another type than %s (a program built from other source?)", rv.Type().Elem())
	}
	_, dm := modes()
	rv.Elem().SetZero()
	if err := dm.Unmarshal(data[header:], v); err != nil {
		return fmt.Errorf("wire: %w", err)
	}
	return nil
}

type typeInfo struct {
	fingerprint uint64
	ifaces      bool // values of the type can hold interface values
	err         error
	size        atomic.Int64 // of the last message's CBOR
}

var infos sync.Map // reflect.Type → *typeInfo

func info(t reflect.Type) (*typeInfo, error) {
	if ti, ok := infos.Load(t); ok {
		return ti.(*typeInfo), ti.(*typeInfo).err
	}
	d := describer{seen: map[reflect.Type]int{}}
	d.describe(t)
	ti := &typeInfo{ifaces: d.ifaces, err: d.err}
	h := uint64(14695981039346656037) // FNV-1a 64
	for _, c := range d.b {
		h = (h ^ uint64(c)) * 1099511628211
	}
	ti.fingerprint = h
	infos.Store(t, ti)
	return ti, ti.err
}

// A describer writes what the encoding depends on: kinds, sizes of arrays,
// the sent fields' names, tags and types. A type met again (a recursive
// type) is written as its number.
type describer struct {
	b      []byte
	seen   map[reflect.Type]int
	ifaces bool
	err    error
}

func (d *describer) describe(t reflect.Type) {
	if n, ok := d.seen[t]; ok {
		d.b = append(d.b, '#')
		d.b = strconv.AppendInt(d.b, int64(n), 10)
		return
	}
	d.seen[t] = len(d.seen)
	d.b = append(d.b, t.Kind().String()...)
	switch t.Kind() {
	case reflect.Interface:
		d.ifaces = true
	case reflect.Slice, reflect.Pointer:
		d.b = append(d.b, '(')
		d.describe(t.Elem())
		d.b = append(d.b, ')')
	case reflect.Array:
		d.b = strconv.AppendInt(append(d.b, '['), int64(t.Len()), 10)
		d.b = append(d.b, ']')
		d.describe(t.Elem())
	case reflect.Map:
		d.b = append(d.b, '[')
		d.describe(t.Key())
		d.b = append(d.b, ']')
		d.describe(t.Elem())
	case reflect.Struct:
		d.b = append(d.b, '{')
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag, sent := fieldTag(f)
			if !sent {
				continue
			}
			switch k := f.Type.Kind(); {
			case d.err != nil:
			case k == reflect.Func || k == reflect.Chan:
				d.err = fmt.Errorf("wire: %s.%s is a %s, which cannot be sent (tag it `cbor:\"-\"`)", t, f.Name, k)
			case (k == reflect.Slice || k == reflect.Map) && slices.Contains(strings.Split(tag, ",")[1:], "omitempty"):
				d.err = fmt.Errorf("wire: %s.%s is tagged omitempty: sent empty, it would arrive nil (name it with a cbor tag without omitempty)", t, f.Name)
			}
			d.b = append(d.b, f.Name...)
			d.b = strconv.AppendQuote(append(d.b, ' '), tag)
			d.b = append(d.b, ' ')
			d.describe(f.Type)
			d.b = append(d.b, ';')
		}
		d.b = append(d.b, '}')
	}
}

// fieldTag returns the tag cbor reads for f (its cbor tag, else its json
// tag) and whether cbor sends f.
func fieldTag(f reflect.StructField) (string, bool) {
	tag, ok := f.Tag.Lookup("cbor")
	if !ok || tag == "" {
		tag = f.Tag.Get("json")
	}
	ft := f.Type
	for ft.Kind() == reflect.Pointer {
		ft = ft.Elem()
	}
	return tag, tag != "-" && (f.IsExported() || f.Anonymous && ft.Kind() == reflect.Struct)
}

// noIfaces reports an error for a non-nil interface value in v: CBOR
// carries no Go types, so it could not be decoded as what it was.
func noIfaces(v reflect.Value) error {
	switch v.Kind() {
	case reflect.Interface:
		if !v.IsNil() {
			return fmt.Errorf("wire: cannot encode a value of %s in an interface", v.Elem().Type())
		}
	case reflect.Pointer:
		if !v.IsNil() {
			return noIfaces(v.Elem())
		}
	case reflect.Slice, reflect.Array:
		if ti, _ := info(v.Type().Elem()); ti.ifaces {
			for i := 0; i < v.Len(); i++ {
				if err := noIfaces(v.Index(i)); err != nil {
					return err
				}
			}
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			if err := noIfaces(it.Key()); err != nil {
				return err
			}
			if err := noIfaces(it.Value()); err != nil {
				return err
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			if _, sent := fieldTag(t.Field(i)); !sent {
				continue
			}
			if ti, _ := info(t.Field(i).Type); ti.ifaces {
				if err := noIfaces(v.Field(i)); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
