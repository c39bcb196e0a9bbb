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

// SavedView is the saved scenarios' list with the last deleted one, which
// "Fortryd" brings back.
type SavedView struct {
	store   ScenarioStore
	list    []SavedScenario
	loaded  bool
	deleted *SavedScenario
	delAt   int
	// Error is the last failed save's message; "" when none.
	Error string
	// Renaming is the ID of the saved scenario whose name is being edited.
	Renaming string
}

// UseScenarioStore sets where saved scenarios are kept (the browser's
// storage in the app).
func (s *State) UseScenarioStore(st ScenarioStore) {
	s.Saved.store, s.Saved.loaded = st, false
	s.Rev++
}

func (s *State) savedList() []SavedScenario {
	v := &s.Saved
	if v.store == nil {
		v.store = &MemScenarioStore{}
	}
	if !v.loaded {
		v.list, v.loaded = v.store.LoadScenarios(), true
	}
	return v.list
}

// SavedScenarios lists the saved scenarios, oldest first.
func (s *State) SavedScenarios() []SavedScenario { return slices.Clone(s.savedList()) }

// SavedByID returns a saved scenario.
func (s *State) SavedByID(id string) (SavedScenario, bool) {
	for _, x := range s.savedList() {
		if x.ID == id {
			return x, true
		}
	}
	return SavedScenario{}, false
}

func (s *State) writeSaved(l []SavedScenario) error {
	s.Rev++
	if err := s.Saved.store.SaveScenarios(l); err != nil {
		s.Saved.Error = fmt.Sprintf(CmpMsg(s.Lang).NotSavedFmt, err.Error())
		return err
	}
	s.Saved.list, s.Saved.Error = l, ""
	return nil
}

func (s *State) newSavedID() string {
	n := 1
	for _, x := range s.savedList() {
		if k, err := strconv.Atoi(strings.TrimPrefix(x.ID, "s")); err == nil && k >= n {
			n = k + 1
		}
	}
	if s.Saved.deleted != nil {
		if k, err := strconv.Atoi(strings.TrimPrefix(s.Saved.deleted.ID, "s")); err == nil && k >= n {
			n = k + 1
		}
	}
	return "s" + strconv.Itoa(n)
}

// cleanName trims a name and keeps it short; "" becomes "Scenarie N".
func (s *State) cleanName(name string) string {
	name = strings.Join(strings.Fields(name), " ")
	if r := []rune(name); len(r) > 60 {
		name = string(r[:60])
	}
	if name == "" {
		name = CmpMsg(s.Lang).Scenario + " " + strconv.Itoa(len(s.savedList())+1)
	}
	return name
}

// SaveScenario saves the current scenario under a name with the current
// dataset and returns its ID.
func (s *State) SaveScenario(name string) (string, error) {
	x := SavedScenario{ID: s.newSavedID(), Name: s.cleanName(name), Query: s.Scenario.Encode(),
		Dataset: s.DatasetID, Saved: time.Now().Format("2006-01-02")}
	if err := s.writeSaved(append(s.SavedScenarios(), x)); err != nil {
		return "", err
	}
	return x.ID, nil
}

// RenameSaved renames a saved scenario.
func (s *State) RenameSaved(id, name string) error {
	l := s.SavedScenarios()
	i := slices.IndexFunc(l, func(x SavedScenario) bool { return x.ID == id })
	if i < 0 {
		return fmt.Errorf("no saved scenario %q", id)
	}
	l[i].Name = s.cleanName(name)
	s.Saved.Renaming = ""
	if err := s.writeSaved(l); err != nil {
		return err
	}
	// A compared scenario keeps the name it was saved under.
	for k := range s.Compare.Items {
		if s.Compare.Items[k].saved == id {
			s.Compare.Items[k].Name = l[i].Name
		}
	}
	return nil
}

// SetRenaming opens (or, with "", closes) a saved scenario's name field.
func (s *State) SetRenaming(id string) { s.Saved.Renaming = id; s.Rev++ }

// DuplicateSaved saves a copy of a saved scenario, named "… (kopi)".
func (s *State) DuplicateSaved(id string) (string, error) {
	x, ok := s.SavedByID(id)
	if !ok {
		return "", fmt.Errorf("no saved scenario %q", id)
	}
	x.ID, x.Name = s.newSavedID(), s.cleanName(x.Name+" "+CmpMsg(s.Lang).CopySuffix)
	if err := s.writeSaved(append(s.SavedScenarios(), x)); err != nil {
		return "", err
	}
	return x.ID, nil
}

// DeleteSaved deletes a saved scenario; UndoDelete brings it back.
func (s *State) DeleteSaved(id string) error {
	l := s.SavedScenarios()
	i := slices.IndexFunc(l, func(x SavedScenario) bool { return x.ID == id })
	if i < 0 {
		return fmt.Errorf("no saved scenario %q", id)
	}
	x := l[i]
	if err := s.writeSaved(slices.Delete(l, i, i+1)); err != nil {
		return err
	}
	s.Saved.deleted, s.Saved.delAt = &x, i
	return nil
}

// LastDeleted is the saved scenario that UndoDelete would bring back.
func (s *State) LastDeleted() (SavedScenario, bool) {
	if s.Saved.deleted == nil {
		return SavedScenario{}, false
	}
	return *s.Saved.deleted, true
}

// UndoDelete brings back the last deleted saved scenario at its place.
func (s *State) UndoDelete() error {
	x := s.Saved.deleted
	if x == nil {
		return nil
	}
	l := s.SavedScenarios()
	at := min(s.Saved.delAt, len(l))
	if err := s.writeSaved(slices.Insert(l, at, *x)); err != nil {
		return err
	}
	s.Saved.deleted = nil
	return nil
}

// OpenSaved makes a saved scenario the current one, on its dataset, and
// shows it on the scenario page.
func (s *State) OpenSaved(id string) error {
	x, ok := s.SavedByID(id)
	if !ok {
		return fmt.Errorf("no saved scenario %q", id)
	}
	q := x.Query
	add := func(k, v string) {
		if q != "" {
			q += "&"
		}
		q += k + "=" + EscapeValue(v)
	}
	if x.Dataset != DemoID {
		add("ds", x.Dataset)
	}
	add("tab", TabScenario)
	if s.Lang != LangDA {
		add("lang", s.Lang)
	}
	return s.ApplyQuery(q)
}

// savedScenario decodes a saved scenario's query.
func (x SavedScenario) scenario() (calc.Scenario, error) { return calc.DecodeScenario(x.Query) }

// SavedKey is everything the saved scenarios' panel shows, for cached.
func (s *State) SavedKey() string {
	return fmt.Sprint(s.savedList(), s.Saved.Renaming, s.Saved.Error, s.Saved.deleted, s.DatasetID, len(s.Compare.Items), s.CompareSavedIDs())
}

// CompareSavedIDs are the saved scenarios in the comparison.
func (s *State) CompareSavedIDs() []string {
	var out []string
	for _, it := range s.Compare.Items {
		if it.saved != "" {
			out = append(out, it.saved)
		}
	}
	return out
}
