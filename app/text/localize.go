package text

import (
	"fmt"
	"reflect"
	"sync"
)

// The catalogue's sections are generic structs whose texts have the type
// parameter T: each is written once as S[W], Danish and English side by
// side, and read as S[string] in one language. localize turns the one into
// the other; both instantiations share one type definition, so a section's
// languages cannot drift apart.

var wType = reflect.TypeFor[W]()

// localize sets dst (an S[string]) from src (the S[W] of the same
// definition): every W becomes W.In(lang), through structs, maps, slices,
// arrays and pointers; anything else is copied.
func localize(dst, src reflect.Value, lang Lang) {
	switch {
	case src.Type() == wType:
		dst.SetString(src.Interface().(W).In(lang))
		return
	case src.Type() == dst.Type():
		dst.Set(src)
		return
	}
	switch src.Kind() {
	case reflect.Struct:
		for i := range src.NumField() {
			localize(dst.Field(i), src.Field(i), lang)
		}
	case reflect.Map:
		if src.IsNil() {
			return
		}
		m := reflect.MakeMapWithSize(dst.Type(), src.Len())
		for it := src.MapRange(); it.Next(); {
			v := reflect.New(dst.Type().Elem()).Elem()
			localize(v, it.Value(), lang)
			m.SetMapIndex(it.Key(), v)
		}
		dst.Set(m)
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(dst.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			localize(s.Index(i), src.Index(i), lang)
		}
		dst.Set(s)
	case reflect.Array:
		for i := range src.Len() {
			localize(dst.Index(i), src.Index(i), lang)
		}
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(dst.Type().Elem())
		localize(p.Elem(), src.Elem(), lang)
		dst.Set(p)
	default:
		panic(fmt.Sprintf("text: cannot localize %s into %s", src.Type(), dst.Type()))
	}
}

// book is one catalogue section, S[W], and its languages, each D = S[string]
// built once on first use.
type book[S, D any] struct {
	src  func() *S
	once [2]sync.Once
	out  [2]D
}

// newBook's src returns the section's source; sections holding maps build
// it on first use (sync.OnceValue), so that the package's initialisation
// builds no maps.
func newBook[S, D any](src func() *S) *book[S, D] { return &book[S, D]{src: src} }

// in returns the section in lang (Danish for anything but EN).
func (b *book[S, D]) in(lang Lang) *D {
	i := 0
	if lang == EN {
		i = 1
	}
	b.once[i].Do(func() {
		localize(reflect.ValueOf(&b.out[i]).Elem(), reflect.ValueOf(b.src()).Elem(), lang)
	})
	return &b.out[i]
}
