package view

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"benchsim/calc"
)

// SavedScenario is a scenario the user saved under a name: its query in
// calc's syntax and the dataset it was made on.
type SavedScenario struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Query   string `json:"query"`   // calc.Scenario.Encode()
	Dataset string `json:"dataset"` // State.DatasetID when saved
	Saved   string `json:"saved"`   // date, YYYY-MM-DD
}

// ScenarioStore keeps the saved scenarios: the browser's localStorage in
// the app (key benchsim.scenarios), MemScenarioStore in tests.
type ScenarioStore interface {
	LoadScenarios() []SavedScenario
	SaveScenarios([]SavedScenario) error
}

// MemScenarioStore is a ScenarioStore in memory.
type MemScenarioStore struct {
	List []SavedScenario
	// Full makes SaveScenarios fail, as a full browser storage does.
	Full bool
}

// LoadScenarios returns the saved scenarios.
func (m *MemScenarioStore) LoadScenarios() []SavedScenario { return slices.Clone(m.List) }

// SaveScenarios replaces the saved scenarios.
func (m *MemScenarioStore) SaveScenarios(l []SavedScenario) error {
	if m.Full {
		return errors.New("storage full")
	}
	m.List = slices.Clone(l)
	return nil
}

// Saved is the saved scenarios' part of the view (State.Saved): the list
// kept in a ScenarioStore and the last deleted one, which "Fortryd"
// brings back. It saves the scenario of the State it belongs to.
type Saved struct {
	store   ScenarioStore
	items   []SavedScenario
	loaded  bool
	deleted *SavedScenario
	delAt   int
	// Error is the last failed save's message; "" when none.
	Error string
	// Renaming is the ID of the saved scenario whose name is being edited.
	Renaming string

	s *State // the state whose scenarios are saved
}

// UseStore sets where saved scenarios are kept (the browser's storage in
// the app).
func (v *Saved) UseStore(st ScenarioStore) {
	v.store, v.loaded = st, false
	v.s.Rev++
}

func (v *Saved) list() []SavedScenario {
	if v.store == nil {
		v.store = &MemScenarioStore{}
	}
	if !v.loaded {
		v.items, v.loaded = v.store.LoadScenarios(), true
	}
	return v.items
}

// List lists the saved scenarios, oldest first.
func (v *Saved) List() []SavedScenario { return slices.Clone(v.list()) }

// ByID returns a saved scenario.
func (v *Saved) ByID(id string) (SavedScenario, bool) {
	for _, x := range v.list() {
		if x.ID == id {
			return x, true
		}
	}
	return SavedScenario{}, false
}

func (v *Saved) write(l []SavedScenario) error {
	v.s.Rev++
	if err := v.store.SaveScenarios(l); err != nil {
		v.Error = fmt.Sprintf(CmpMsg(v.s.Lang).NotSavedFmt, err.Error())
		return err
	}
	v.items, v.Error = l, ""
	return nil
}

func (v *Saved) newID() string {
	n := 1
	for _, x := range v.list() {
		if k, err := strconv.Atoi(strings.TrimPrefix(x.ID, "s")); err == nil && k >= n {
			n = k + 1
		}
	}
	if v.deleted != nil {
		if k, err := strconv.Atoi(strings.TrimPrefix(v.deleted.ID, "s")); err == nil && k >= n {
			n = k + 1
		}
	}
	return "s" + strconv.Itoa(n)
}

// cleanName trims a name and keeps it short; "" becomes "Scenarie N".
func (v *Saved) cleanName(name string) string {
	name = strings.Join(strings.Fields(name), " ")
	if r := []rune(name); len(r) > 60 {
		name = string(r[:60])
	}
	if name == "" {
		name = CmpMsg(v.s.Lang).Scenario + " " + strconv.Itoa(len(v.list())+1)
	}
	return name
}

// Save saves the current scenario under a name with the current dataset
// and returns its ID.
func (v *Saved) Save(name string) (string, error) {
	x := SavedScenario{ID: v.newID(), Name: v.cleanName(name), Query: v.s.Scenario.Encode(),
		Dataset: v.s.DatasetID, Saved: time.Now().Format("2006-01-02")}
	if err := v.write(append(v.List(), x)); err != nil {
		return "", err
	}
	return x.ID, nil
}

// Rename renames a saved scenario; in the comparison it takes the new name
// too.
func (v *Saved) Rename(id, name string) error {
	l := v.List()
	i := slices.IndexFunc(l, func(x SavedScenario) bool { return x.ID == id })
	if i < 0 {
		return fmt.Errorf("no saved scenario %q", id)
	}
	l[i].Name = v.cleanName(name)
	v.Renaming = ""
	if err := v.write(l); err != nil {
		return err
	}
	v.s.Compare.renamed(id, l[i].Name)
	return nil
}

// SetRenaming opens (or, with "", closes) a saved scenario's name field.
func (v *Saved) SetRenaming(id string) { v.Renaming = id; v.s.Rev++ }

// Duplicate saves a copy of a saved scenario, named "… (kopi)".
func (v *Saved) Duplicate(id string) (string, error) {
	x, ok := v.ByID(id)
	if !ok {
		return "", fmt.Errorf("no saved scenario %q", id)
	}
	x.ID, x.Name = v.newID(), v.cleanName(x.Name+" "+CmpMsg(v.s.Lang).CopySuffix)
	if err := v.write(append(v.List(), x)); err != nil {
		return "", err
	}
	return x.ID, nil
}

// Delete deletes a saved scenario; UndoDelete brings it back.
func (v *Saved) Delete(id string) error {
	l := v.List()
	i := slices.IndexFunc(l, func(x SavedScenario) bool { return x.ID == id })
	if i < 0 {
		return fmt.Errorf("no saved scenario %q", id)
	}
	x := l[i]
	if err := v.write(slices.Delete(l, i, i+1)); err != nil {
		return err
	}
	v.deleted, v.delAt = &x, i
	return nil
}

// LastDeleted is the saved scenario that UndoDelete would bring back.
func (v *Saved) LastDeleted() (SavedScenario, bool) {
	if v.deleted == nil {
		return SavedScenario{}, false
	}
	return *v.deleted, true
}

// UndoDelete brings back the last deleted saved scenario at its place.
func (v *Saved) UndoDelete() error {
	x := v.deleted
	if x == nil {
		return nil
	}
	l := v.List()
	at := min(v.delAt, len(l))
	if err := v.write(slices.Insert(l, at, *x)); err != nil {
		return err
	}
	v.deleted = nil
	return nil
}

// Open makes a saved scenario the current one, on its dataset, and shows
// it on the scenario page.
func (v *Saved) Open(id string) error {
	x, ok := v.ByID(id)
	if !ok {
		return fmt.Errorf("no saved scenario %q", id)
	}
	q := x.Query
	add := func(k, val string) {
		if q != "" {
			q += "&"
		}
		q += k + "=" + EscapeValue(val)
	}
	if x.Dataset != DemoID {
		add("ds", x.Dataset)
	}
	add("tab", TabScenario)
	if v.s.Lang != LangDA {
		add("lang", v.s.Lang)
	}
	return v.s.ApplyQuery(q)
}

// scenario decodes a saved scenario's query.
func (x SavedScenario) scenario() (calc.Scenario, error) { return calc.DecodeScenario(x.Query) }

// Key is everything the saved scenarios' panel shows, for cached.
func (v *Saved) Key() string {
	return fmt.Sprint(v.list(), v.Renaming, v.Error, v.deleted, v.s.DatasetID, len(v.s.Compare.Items), v.s.Compare.SavedIDs())
}
