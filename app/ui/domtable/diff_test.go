package domtable

import (
	"math/rand/v2"
	"reflect"
	"slices"
	"strconv"
	"testing"
)

// row is a ranking-like row: rank, name (a head cell with a pin button and
// a link), persons.
func row(code int, rank, persons string, pinned bool) Row {
	class, pressed := "", "false"
	if pinned {
		class, pressed = "pinned", "true"
	}
	k := strconv.Itoa(code)
	return Row{Key: k, Class: class, Data: []Attr{{"code", k}}, Cells: []Cell{
		{Col: "rank", Class: "num c-rank", Text: rank},
		{Head: true, Col: "name", Class: "c-name", Text: "Kommune " + k, Link: "/?tab=municipality&m=" + k,
			Button: []Attr{{"class", "pin"}, {"aria-pressed", pressed}}},
		{Col: "persons", Class: "num", Text: persons},
	}}
}

// apply plays ops on a copy of old the way Table does on the DOM.
func apply(t *testing.T, old, rows []Row, ops []Op) []Row {
	t.Helper()
	cur := slices.Clone(old)
	for i := range cur {
		cur[i].Cells = slices.Clone(cur[i].Cells)
		for j := range cur[i].Cells {
			cur[i].Cells[j].Button = slices.Clone(cur[i].Cells[j].Button)
		}
	}
	at := func(key string) int {
		i := slices.IndexFunc(cur, func(r Row) bool { return r.Key == key })
		if i < 0 && key != "" {
			t.Fatalf("op on row %q, which is not there", key)
		}
		return i
	}
	put := func(r Row, before string) {
		if before == "" {
			cur = append(cur, r)
			return
		}
		cur = slices.Insert(cur, at(before), r)
	}
	for _, op := range ops {
		switch op.Kind {
		case Remove:
			cur = slices.Delete(cur, at(op.Key), at(op.Key)+1)
		case Insert:
			put(rows[op.Row], op.Before)
		case Replace:
			cur[at(op.Key)] = rows[op.Row]
		case Move:
			r := cur[at(op.Key)]
			cur = slices.Delete(cur, at(op.Key), at(op.Key)+1)
			put(r, op.Before)
		case SetText:
			cur[at(op.Key)].Cells[op.Col].Text = op.Value
		case SetClass:
			if op.Col < 0 {
				cur[at(op.Key)].Class = op.Value
			} else {
				cur[at(op.Key)].Cells[op.Col].Class = op.Value
			}
		case SetAttr:
			c := &cur[at(op.Key)].Cells[op.Col]
			if op.Part == PartLink {
				c.Link = op.Value
				continue
			}
			k := slices.IndexFunc(c.Button, func(a Attr) bool { return a.Name == op.Name })
			c.Button[k].Value = op.Value
		}
	}
	return cur
}

func count(ops []Op, k Kind) int {
	n := 0
	for _, op := range ops {
		if op.Kind == k {
			n++
		}
	}
	return n
}

func TestDiffCases(t *testing.T) {
	a, b, c, d := row(101, "1", "+5", false), row(147, "2", "−3", false), row(151, "3", "0", false), row(153, "4", "+1", false)
	swapped := func(r Row, rank string) Row { r = row(mustAtoi(r.Key), rank, r.Cells[2].Text, false); return r }
	for _, tc := range []struct {
		name     string
		old, new []Row
		want     []Op
	}{
		{"nothing changed", []Row{a, b, c}, []Row{a, b, c}, nil},
		{"first fill", nil, []Row{a, b}, []Op{
			{Kind: Insert, Key: "147", Row: 1}, {Kind: Insert, Key: "101", Before: "147", Row: 0}}},
		{"one text", []Row{a, b}, []Row{a, row(147, "2", "−4", false)}, []Op{
			{Kind: SetText, Key: "147", Col: 2, Value: "−4"}}},
		{"pin: the row's class and the button's aria-pressed", []Row{a, b}, []Row{a, row(147, "2", "−3", true)}, []Op{
			{Kind: SetClass, Key: "147", Col: -1, Value: "pinned"},
			{Kind: SetAttr, Key: "147", Col: 1, Part: PartButton, Name: "aria-pressed", Value: "true"}}},
		{"two swap: one move and the ranks", []Row{a, b, c}, []Row{swapped(b, "1"), swapped(a, "2"), c}, []Op{
			{Kind: SetText, Key: "101", Col: 0, Value: "2"},
			{Kind: SetText, Key: "147", Col: 0, Value: "1"},
			{Kind: Move, Key: "147", Before: "101"}}},
		{"last to first: one move", []Row{a, b, c, d}, []Row{d, a, b, c}, []Op{
			{Kind: Move, Key: "153", Before: "101"}}},
		{"filter: removals only", []Row{a, b, c, d}, []Row{a, d}, []Op{
			{Kind: Remove, Key: "147"}, {Kind: Remove, Key: "151"}}},
		{"new column: the row is rebuilt", []Row{a}, []Row{{Key: "101", Data: a.Data, Cells: append(slices.Clone(a.Cells), Cell{Col: "change", Text: "0"})}}, []Op{
			{Kind: Replace, Key: "101", Row: 0}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := Diff(tc.old, tc.new)
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("Diff:\n got %+v\nwant %+v", got, tc.want)
			}
			if after := apply(t, tc.old, tc.new, got); !reflect.DeepEqual(after, tc.new) && !(len(after) == 0 && len(tc.new) == 0) {
				t.Fatalf("after the ops:\n got %+v\nwant %+v", after, tc.new)
			}
		})
	}
}

func mustAtoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

// TestDiffShuffles checks on random reorders, filters and text changes that
// the ops turn the old rows into the new ones and move exactly the rows
// outside a longest increasing run (98 minus its length).
func TestDiffShuffles(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	var d differ // reused across the cases, as a Table reuses it
	var kept []Op
	for n := 0; n < 300; n++ {
		var old []Row
		for i := 0; i < 98; i++ {
			old = append(old, row(101+i, strconv.Itoa(i+1), strconv.Itoa(rng.IntN(9)), false))
		}
		rows := slices.Clone(old)
		switch n % 3 {
		case 0: // a full reorder
			rng.Shuffle(len(rows), func(i, j int) { rows[i], rows[j] = rows[j], rows[i] })
		case 1: // a few swaps, as a light drag makes
			for k := 0; k < 3; k++ {
				i := rng.IntN(len(rows) - 1)
				rows[i], rows[i+1] = rows[i+1], rows[i]
			}
		case 2: // a filter and new rows
			rows = slices.DeleteFunc(rows, func(Row) bool { return rng.IntN(3) == 0 })
			rows = append(rows, row(900+n, "99", "1", true))
		}
		for i := range rows {
			rows[i] = row(mustAtoi(rows[i].Key), strconv.Itoa(i+1), rows[i].Cells[2].Text, rows[i].Class == "pinned")
		}
		ops := Diff(old, rows)
		kept = d.diff(kept[:0], old, rows)
		if !slices.Equal(kept, ops) {
			t.Fatalf("case %d: a reused differ gives other ops than Diff", n)
		}
		if after := apply(t, old, rows, ops); !reflect.DeepEqual(after, rows) {
			t.Fatalf("case %d: the ops do not give the new rows", n)
		}
		pos := make([]int, 0, len(rows))
		for _, r := range rows {
			if i := slices.IndexFunc(old, func(o Row) bool { return o.Key == r.Key }); i >= 0 {
				pos = append(pos, i)
			}
		}
		if got, want := count(ops, Move), len(pos)-lisLen(pos); got != want {
			t.Fatalf("case %d: %d moves, want %d", n, got, want)
		}
		// Ranks that did not change are not written.
		for _, op := range ops {
			if op.Kind == SetText {
				o := old[slices.IndexFunc(old, func(o Row) bool { return o.Key == op.Key })]
				if o.Cells[op.Col].Text == op.Value {
					t.Fatalf("case %d: writes the unchanged text %q", n, op.Value)
				}
			}
		}
	}
}

// lisLen is the length of a longest increasing subsequence, by the
// quadratic textbook method.
func lisLen(xs []int) int {
	best := make([]int, len(xs))
	m := 0
	for i := range xs {
		best[i] = 1
		for j := 0; j < i; j++ {
			if xs[j] < xs[i] && best[j]+1 > best[i] {
				best[i] = best[j] + 1
			}
		}
		m = max(m, best[i])
	}
	return m
}
