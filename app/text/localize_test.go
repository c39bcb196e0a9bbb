package text

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"testing"
)

type testSection[T any] struct {
	Name  T
	Tabs  map[string]T
	Rules [][2]T
	List  []T
	Steps [2]testStep[T]
	Ptr   *testStep[T]
	N     int
	Key   string
}

type testStep[T any] struct {
	Title T
	Body  []T
}

func TestLocalize(t *testing.T) {
	src := testSection[W]{
		Name:  W{"navn", "name"},
		Tabs:  map[string]W{"a": {"Rangliste", "Ranking"}},
		Rules: [][2]W{{{"Hvem", "Who"}, {"tæller", "counts"}}},
		List:  []W{{"en", "one"}, {"to", "two"}},
		Steps: [2]testStep[W]{{Title: W{"Trin 1", "Step 1"}, Body: []W{{"a", "b"}}}, {Title: W{"Trin 2", "Step 2"}}},
		Ptr:   &testStep[W]{Title: W{"p", "q"}},
		N:     6,
		Key:   "k",
	}
	b := newBook[testSection[W], testSection[string]](func() *testSection[W] { return &src })
	en := b.in(EN)
	want := testSection[string]{
		Name:  "name",
		Tabs:  map[string]string{"a": "Ranking"},
		Rules: [][2]string{{"Who", "counts"}},
		List:  []string{"one", "two"},
		Steps: [2]testStep[string]{{Title: "Step 1", Body: []string{"b"}}, {Title: "Step 2"}},
		Ptr:   &testStep[string]{Title: "q"},
		N:     6,
		Key:   "k",
	}
	if !reflect.DeepEqual(*en, want) {
		t.Errorf("in(EN) = %+v, want %+v", *en, want)
	}
	if da := b.in(DA); da.Name != "navn" || da.Tabs["a"] != "Rangliste" || da.Rules[0][1] != "tæller" || da.Steps[1].Title != "Trin 2" || da.Ptr.Title != "p" {
		t.Errorf("in(DA) = %+v", *da)
	}
	if b.in("fr") != b.in(DA) || b.in(EN) != en {
		t.Error("a language is built once; anything but en is Danish")
	}
}

// verbs are the format verbs of s in order ("%s", "%d", "%[2]s"); a "%"
// before a space or a hyphen ("95 %", "95 %-grænse") is no verb.
var verbs = regexp.MustCompile(`%(\[\d+\])?[+#0]*\d*(\.\d+)?[a-zA-Z%]`)

func verbsOf(s string) []string { return verbs.FindAllString(s, -1) }

// checkW reports every W under v with an empty language or with format verbs
// that differ between Danish and English.
func checkW(t *testing.T, name string, v reflect.Value) {
	t.Helper()
	if v.Type() == wType {
		w := v.Interface().(W)
		if w[0] == "" || w[1] == "" {
			t.Errorf("%s: empty text %q", name, w)
		}
		if d, e := verbsOf(w[0]), verbsOf(w[1]); !slices.Equal(d, e) {
			t.Errorf("%s: format verbs %v in Danish, %v in English", name, d, e)
		}
		return
	}
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			checkW(t, name+"."+v.Type().Field(i).Name, v.Field(i))
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			checkW(t, fmt.Sprintf("%s[%v]", name, it.Key()), it.Value())
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			checkW(t, fmt.Sprintf("%s[%d]", name, i), v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			checkW(t, name, v.Elem())
		}
	}
}

func TestCheckW(t *testing.T) {
	bad := testSection[W]{Name: W{"", "x"}, List: []W{{"%s af %d", "%d of %s"}, {"95 %-grænse", "95 % limit"}}}
	ft := &testing.T{}
	checkW(ft, "bad", reflect.ValueOf(bad))
	if !ft.Failed() {
		t.Error("checkW passed an empty text and swapped verbs")
	}
	if got := verbsOf("Viser %s af %s (95 %%), %[1]s 95 %-grænse 100 % "); !slices.Equal(got, []string{"%s", "%s", "%%", "%[1]s"}) {
		t.Errorf("verbs %q", got)
	}
}
