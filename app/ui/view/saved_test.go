package view

import (
	"strings"
	"testing"

	"benchsim/calc"
)

// TestSavedScenarios: save, rename, duplicate, delete and undo, kept in the
// store with the scenario's query and dataset.
func TestSavedScenarios(t *testing.T) {
	store := &MemScenarioStore{}
	st := newTestState(t)
	st.Saved.UseStore(store)
	if err := st.SetScope(calc.ScopeKL); err != nil {
		t.Fatal(err)
	}
	kl := st.Scenario.Encode()
	id, err := st.Saved.Save("  KL's   forslag ")
	if err != nil {
		t.Fatal(err)
	}
	if len(store.List) != 1 || store.List[0].Name != "KL's forslag" || store.List[0].Query != kl || store.List[0].Dataset != DemoID {
		t.Fatalf("stored %+v, want KL's forslag with %q on demo", store.List, kl)
	}
	st.ResetScenario()
	id2, _ := st.Saved.Save("")
	if x, _ := st.Saved.ByID(id2); x.Name != "Scenarie 2" || x.Query != "v=1" {
		t.Errorf("unnamed save is %+v, want Scenarie 2 with v=1", x)
	}
	if err := st.Saved.Rename(id, "KL"); err != nil {
		t.Fatal(err)
	}
	cp, err := st.Saved.Duplicate(id)
	if err != nil {
		t.Fatal(err)
	}
	if x, _ := st.Saved.ByID(cp); x.Name != "KL (kopi)" || x.Query != kl || cp == id {
		t.Errorf("copy is %+v (id %s)", x, cp)
	}
	if err := st.Saved.Delete(id); err != nil {
		t.Fatal(err)
	}
	if _, ok := st.Saved.ByID(id); ok || len(store.List) != 2 {
		t.Fatalf("deleted scenario still there: %+v", store.List)
	}
	if x, ok := st.Saved.LastDeleted(); !ok || x.Name != "KL" {
		t.Fatalf("last deleted %+v %v", x, ok)
	}
	if err := st.Saved.UndoDelete(); err != nil {
		t.Fatal(err)
	}
	if len(store.List) != 3 || store.List[0].ID != id || store.List[0].Name != "KL" {
		t.Fatalf("undo gave %+v, want KL back first", store.List)
	}
	// A fresh state (a reload) reads them back.
	again := newTestState(t)
	again.Saved.UseStore(store)
	if got := again.Saved.List(); len(got) != 3 || got[0].Query != kl {
		t.Errorf("reloaded %+v", got)
	}
	if err := again.Saved.Open(id); err != nil || again.Scenario.Encode() != kl || again.Tab != TabScenario {
		t.Errorf("open gave %q on %s (%v)", again.Scenario.Encode(), again.Tab, err)
	}
	// A full storage says so, and the list stays.
	store.Full = true
	if _, err := st.Saved.Save("x"); err == nil || !strings.Contains(st.Saved.Error, "storage full") || len(st.Saved.List()) != 3 {
		t.Errorf("full storage: err %v, message %q, %d saved", err, st.Saved.Error, len(st.Saved.List()))
	}
}
