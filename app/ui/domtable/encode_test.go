package domtable

import (
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// fields reads an encoded string as web/table.js does: in UTF-16 code
// units, each operation a letter and its fields (length, colon, text).
func fields(t *testing.T, s string) [][]string {
	t.Helper()
	u := utf16.Encode([]rune(s))
	arity := map[rune]int{'I': 3, 'R': 2, 'X': 1, 'M': 2, 'T': 3, 'C': 3, 'B': 4, 'L': 3}
	var out [][]string
	i := 0
	field := func() string {
		c := i
		for u[c] != ':' {
			c++
		}
		n, err := strconv.Atoi(string(utf16.Decode(u[i:c])))
		if err != nil {
			t.Fatalf("no length at %d: %v", i, err)
		}
		f := string(utf16.Decode(u[c+1 : c+1+n]))
		i = c + 1 + n
		return f
	}
	for i < len(u) {
		kind := rune(u[i])
		i++
		op := []string{string(kind)}
		n := arity[kind]
		if kind == 'F' {
			k := field()
			op = append(op, k)
			c, _ := strconv.Atoi(k)
			n = c + 1
		} else if n == 0 {
			t.Fatalf("unknown operation %q at %d", kind, i-1)
		}
		for range n {
			op = append(op, field())
		}
		out = append(out, op)
	}
	return out
}

// Hand-written: each field's length counts UTF-16 code units, as the
// page's JavaScript does: "Ærø" is 3 (6 bytes), "😀" 2 (4 bytes).
func TestEncode(t *testing.T) {
	ops := []Op{
		{Kind: Move, Key: "101", Before: "147"},
		{Kind: SetText, Key: "101", Col: 2, Value: "Ærø 😀"},
		{Kind: SetClass, Key: "101", Col: -1, Value: ""},
		{Kind: SetAttr, Key: "147", Col: 1, Part: PartButton, Name: "aria-pressed", Value: "true"},
		{Kind: SetAttr, Key: "147", Col: 1, Part: PartLink, Name: "href", Value: "/?m=147"},
		{Kind: Remove, Key: "999"},
		{Kind: Move, Key: "147", Before: ""},
	}
	got := string(Encode(nil, ops, nil))
	want := "M3:1013:147" + "T3:1011:26:Ærø 😀" + "C3:1012:-10:" + "B3:1471:112:aria-pressed4:true" +
		"L3:1471:17:/?m=147" + "X3:999" + "M3:1470:"
	if got != want {
		t.Errorf("Encode\n got %q\nwant %q", got, want)
	}
}

func TestEncodeRows(t *testing.T) {
	rows := []Row{row(101, "1", "+12", false), row(147, "2", "−3", true)}
	rows[0].Cells[1].Text = "Ærø 😀 & <b>"
	fill := fields(t, string(EncodeFill(nil, rows)))
	html := string(AppendHTML(AppendHTML(nil, &rows[0]), &rows[1]))
	if want := [][]string{{"F", "2", "101", "147", html}}; !reflect.DeepEqual(fill, want) {
		t.Errorf("EncodeFill read back as\n%q\nwant\n%q", fill, want)
	}
	if !strings.Contains(html, "Ærø 😀 &amp; &lt;b&gt;") {
		t.Errorf("the row's text is not escaped in its HTML: %s", html)
	}
	ops := []Op{{Kind: Insert, Key: "147", Before: "101", Row: 1}, {Kind: Replace, Key: "101", Row: 0}}
	got := fields(t, string(Encode(nil, ops, rows)))
	want := [][]string{
		{"I", "147", "101", string(AppendHTML(nil, &rows[1]))},
		{"R", "101", string(AppendHTML(nil, &rows[0]))},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Encode read back as\n%q\nwant\n%q", got, want)
	}
}

// Invalid UTF-8 travels as the page would decode it (U+FFFD), so the
// lengths still hold.
func TestEncodeInvalidUTF8(t *testing.T) {
	got := string(Encode(nil, []Op{{Kind: SetText, Key: "1", Col: 0, Value: "a\xffb"}, {Kind: Remove, Key: "2"}}, nil))
	if want := "T1:11:03:a\uFFFDb" + "X1:2"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if f := fields(t, got); len(f) != 2 || f[1][1] != "2" {
		t.Errorf("read back as %q", f)
	}
}
