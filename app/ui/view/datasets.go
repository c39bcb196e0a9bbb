package view

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"benchsim/app/dataset"
	"benchsim/calc"
)

// DataView is the datasets' part of the app's state: the library of sets
// kept in the browser, a shared link waiting for its data, and a file
// waiting for the user to say which benefit it holds.
type DataView struct {
	// Need is the lever the user came to the Data page to unlock (need= in
	// the address), e.g. "fp"; the page points at the import for it.
	Need string
	// Ask is a file that does not say whether it holds fp or flex: the page
	// asks, and ImportAs reads it again with the answer.
	Ask *AskedFile
	// Removed is the last removed file and the levers it took along (nil
	// for none); RemovedText words it in the current language.
	Removed *RemovedFile
	// Storage is the browser's report of the storage used and allowed
	// (set by the browser; zero in tests), and whether it is persistent.
	Storage StorageInfo

	queue   []NamedFile // files chosen together, imported one after the other
	lib     *dataset.Library
	reader  *dataset.Reader          // keeps the files read, so adding one does not read the others again
	built   map[string]*calc.Dataset // sets built into datasets, by set ID
	pending string                   // the query of a link whose dataset is absent
	wanted  string                   // that link's dataset ID
	linked  string                   // that link's files= value: which files to import
	// OnChange is called when a change that waited for the store has
	// happened (the browser writes the address).
	OnChange func()
}

// StorageInfo is what the browser says about its storage.
type StorageInfo struct {
	Used, Quota int64
	Persistent  bool
	Known       bool
}

func (d *DataView) init(store dataset.Store) {
	d.lib = dataset.NewLibrary(store)
	d.reader = dataset.NewReader()
	d.built = map[string]*calc.Dataset{}
}

// errAbsent: the address names a dataset this browser does not have.
var errAbsent = errors.New("dataset absent")

// Library gives access to the kept sets.
func (s *State) Library() *dataset.Library { return s.Data.lib }

func (s *State) changed() {
	s.Rev++
	if s.Data.OnChange != nil {
		s.Data.OnChange()
	}
}

// restored takes in the store's answer: a link that waited for the data is
// applied again; an app opened without an address opens the dataset used
// last.
func (s *State) restored(err error) {
	if err != nil {
		s.Notice = fmt.Sprintf(s.T().D().StorageUnreadable, err.Error())
	}
	switch {
	case s.Data.pending != "":
		s.ApplyQuery(s.Data.pending)
	case s.DatasetID == DemoID && s.Data.lib.Active() != "" && s.Query() == calc.DefaultScenario().Encode():
		s.useDataset(s.Data.lib.Active(), false)
	}
	s.changed()
}

// loadDataset returns a dataset by ID, built from its stored files.
func (s *State) loadDataset(id string) (*calc.Dataset, error) {
	if id == DemoID {
		return s.demo, nil
	}
	if ds, ok := s.Data.built[id]; ok {
		return ds, nil
	}
	set, ok := s.Data.lib.Set(id)
	if !ok {
		return nil, errAbsent
	}
	ds, _, err := s.Data.reader.Build(&set, s.Data.lib.Data())
	if err != nil {
		return nil, fmt.Errorf("ds=%s: %v", id, err)
	}
	s.Data.built[id] = ds
	return ds, nil
}

// applyAbsent shows a link whose dataset is absent: the link waits (its
// levers and view are kept) and the page says which files to import; the
// rest of the view is shown on the built-in data as far as it applies.
func (s *State) applyAbsent(q string, kv [][2]string, ns *State, sc calc.Scenario, linked string) error {
	// A navigation while the link waits (to the Data page, say) names the
	// same dataset: the link's own view stays the one to show.
	if s.Data.pending == "" || s.Data.wanted != ns.DatasetID {
		ns.Data.pending, ns.Data.wanted, ns.Data.linked = q, ns.DatasetID, linked
	}
	ns.DatasetID, ns.ds = DemoID, s.demo
	ns.Notice = ""
	if ns.Charts.apply(kv, ns.ds) != nil {
		ns.Charts.reset()
	}
	if ns.Muni != 0 && ns.ds.MunicipalityIndex(ns.Muni) < 0 {
		ns.Muni = 0
	}
	res, err := calc.Apply(ns.ds, sc)
	if err != nil {
		sc = calc.DefaultScenario()
		res, _ = calc.Apply(ns.ds, sc)
	}
	if ns.Area != calc.Total && !res.Scenario.Included[ns.Area] {
		ns.Area = calc.Total
	}
	ns.Scenario, ns.res = sc, res
	ns.Rev = s.Rev + 1
	*s = *ns
	return nil
}

// Waiting tells whether a shared link waits for its data, and which files
// it asks for ("ptv.csv (PTV_A02)"); none when the link did not say.
func (s *State) Waiting() (bool, []string) {
	if s.Data.pending == "" || !s.Data.lib.Loaded() {
		return false, nil
	}
	var files []string
	for _, f := range strings.Split(s.Data.linked, "|") {
		table, name, ok := strings.Cut(strings.TrimSpace(f), ":")
		switch {
		case ok && name != "":
			files = append(files, name+" ("+table+")")
		case table != "":
			files = append(files, table)
		}
	}
	return true, files
}

// DropWaiting forgets the link that waits for its data.
func (s *State) DropWaiting() { s.Data.pending, s.Data.wanted, s.Data.linked = "", "", ""; s.Rev++ }

// linkFiles is the files= value of a link to the set: "TABLE:name|...".
func (d *DataView) linkFiles(id string) string {
	set, ok := d.lib.Set(id)
	if !ok {
		if id == d.wanted {
			return d.linked
		}
		return ""
	}
	parts := make([]string, len(set.Files))
	for i, f := range set.Files {
		parts[i] = f.Table + ":" + strings.ReplaceAll(f.Name, "|", "_")
	}
	return strings.Join(parts, "|")
}

// DatasetInfo is one entry of the dataset list.
type DatasetInfo struct {
	ID, Name, Added string
	Bytes, Periods  int
	Munis, Files    int
	Illustrative    bool
}

// Datasets lists the built-in dataset and the kept ones, newest first.
func (s *State) Datasets() []DatasetInfo {
	out := []DatasetInfo{{ID: DemoID, Name: s.demo.Provenance.Name, Periods: len(s.demo.Periods),
		Munis: len(s.demo.Municipalities), Illustrative: true}}
	for _, set := range s.Data.lib.Sets() {
		d := DatasetInfo{ID: set.ID, Name: set.Name, Added: set.Added, Bytes: set.Bytes(), Files: len(set.Files)}
		if b := set.Base(); b != nil {
			d.Periods, d.Munis = len(b.Periods), b.Munis
		}
		out = append(out, d)
	}
	return out
}

// Files lists the current dataset's files (none for the built-in data).
func (s *State) Files() []dataset.File {
	set, _ := s.Data.lib.Set(s.DatasetID)
	return set.Files
}

// MissingLevers lists the levers the current dataset lacks figures for.
func (s *State) MissingLevers() []string { return dataset.Missing(s.ds) }

// UseDataset switches to a dataset; the scenario goes back to the official
// model, because periods and municipalities differ between datasets. The
// choice is remembered for the next visit.
func (s *State) UseDataset(id string) error { return s.useDataset(id, true) }

func (s *State) useDataset(id string, remember bool) error {
	ds, err := s.loadDataset(id)
	if err != nil {
		if errors.Is(err, errAbsent) {
			err = fmt.Errorf("ds=%s: %s", id, s.T().DatasetMissing)
		}
		s.ImportError = err.Error()
		s.Rev++
		return err
	}
	s.switchTo(id, ds, false)
	if remember {
		active := id
		if id == DemoID {
			active = ""
		}
		// A full storage only loses the memory of the choice.
		s.Data.lib.SetActive(active, func(error) {})
	}
	return nil
}

// switchTo shows a dataset; keep keeps the scenario when calc accepts it
// on the new data (a file added to or removed from the same set).
func (s *State) switchTo(id string, ds *calc.Dataset, keep bool) {
	s.DatasetID, s.ds = id, ds
	if !keep {
		s.Scenario = calc.DefaultScenario()
	}
	s.leverErr, s.LeverError = nil, ""
	if s.Muni != 0 && ds.MunicipalityIndex(s.Muni) < 0 {
		s.Muni = 0
	}
	s.EditMuni = 0
	s.recompute()
	s.fixArea()
}

func today() string { return time.Now().Format("2006-01-02") }

// DeleteDataset removes a kept dataset; when it is the current one the
// app goes back to the built-in data.
func (s *State) DeleteDataset(id string) error {
	if id == DemoID {
		return errors.New("the built-in dataset cannot be deleted")
	}
	var result error
	s.Data.lib.Remove(id, func(err error) {
		if err != nil {
			result = err
			s.ImportError = fmt.Sprintf(s.T().NotStored, err.Error())
			s.changed()
			return
		}
		delete(s.Data.built, id)
		if s.DatasetID == id {
			s.switchTo(DemoID, s.demo, false)
		}
		s.changed()
	})
	return result
}

// ---- bundles ----
