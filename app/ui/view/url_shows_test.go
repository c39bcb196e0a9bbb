package view

import (
	"testing"

	"benchsim/calc/demo"
)

// TestShows checks that a state knows the view of the query it was made
// from or last given, also where that query is not its own Query (the
// first view's ""), and no longer once the view changed.
func TestShows(t *testing.T) {
	st := NewState(demo.Dataset(), nil)
	if !st.Shows("") || !st.Shows(st.Query()) {
		t.Fatalf("a new state does not show \"\" or its Query %q", st.Query())
	}
	q := "v=1&tab=scenario&m=336"
	if st.Shows(q) {
		t.Fatalf("a new state shows %q", q)
	}
	if err := st.ApplyQuery(q); err != nil {
		t.Fatal(err)
	}
	if !st.Shows(q) || st.Shows("") {
		t.Fatalf("after %q: Shows(q) %v, Shows(\"\") %v", q, st.Shows(q), st.Shows(""))
	}
	st.SetSort("pp")
	if st.Shows(q) {
		t.Fatalf("after a sort it still shows %q (Query %q)", q, st.Query())
	}
	if err := st.ApplyQuery(""); err != nil || !st.Shows("") || st.Query() == "" {
		t.Fatalf("after applying \"\": err %v, Shows %v, Query %q", err, st.Shows(""), st.Query())
	}
}
