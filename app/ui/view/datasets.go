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
	parser  dataset.Parser           // reads files (in the browser: in the worker), keeping what it read
	built   map[string]*calc.Dataset // sets built into datasets, by set ID
	failed  map[string]error         // a set whose build failed while the caller waited, by set ID (read once)
	builds  int                      // sets being built for the view (by the worker)
	reading string                   // the file being read (by the worker)
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
	d.parser = NewParser()
	d.built = map[string]*calc.Dataset{}
	d.failed = map[string]error{}
}

// NewParser makes the parser of a new State: dataset.Local, which reads at
// once on this goroutine (parser_other.go); in the browser app/ui sets its
// worker's, and the UI program links no reader (parser_js.go).
var NewParser = defaultParser

// errAbsent: the address names a dataset this browser does not have.
var errAbsent = errors.New("dataset absent")

// errBuilding: the dataset is being built by the worker; the caller runs
// again when it is (see loadDataset).
var errBuilding = errors.New("dataset being built")

// await runs an operation that reports through done: it returns the
// operation's error when done ran at once (the command line, the tests);
// when done runs later (the browser's worker), it returns nil and the
// change is announced when it comes.
func (s *State) await(op func(done func(error))) error {
	var (
		result error
		now    = true
		ran    bool
	)
	op(func(err error) {
		ran, result = true, err
		if !now {
			s.changed()
		}
	})
	now = false
	if !ran {
		return nil
	}
	return result
}

// readDone wraps an import's done: the file is no longer being read.
func readDone(s *State, name string, done func(error)) func(error) {
	return func(err error) {
		if s.Data.reading == name {
			s.Data.reading = ""
		}
		done(err)
	}
}

// Reading says which file is being read, as a status line ("" for none):
// in the browser the worker reads it, which may first have to start.
func (s *State) Reading() string {
	if s.Data.reading == "" {
		return ""
	}
	return fmt.Sprintf(s.T().D().ReadingFmt, s.Data.reading)
}

// parse hands a request to the parser.
func (s *State) parse(req dataset.Request, done func(dataset.Result)) { s.Data.parser.Parse(req, done) }

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

// loadDataset returns a dataset by ID, built from its stored files. When
// the parser answers later (the browser's worker), it returns errBuilding
// and runs again when the dataset is built (or its build failed, which
// the next call returns once).
func (s *State) loadDataset(id string, again func()) (*calc.Dataset, error) {
	if id == DemoID {
		return s.demo, nil
	}
	if ds, ok := s.Data.built[id]; ok {
		return ds, nil
	}
	if err, ok := s.Data.failed[id]; ok {
		delete(s.Data.failed, id)
		return nil, err
	}
	set, ok := s.Data.lib.Set(id)
	if !ok {
		return nil, errAbsent
	}
	var (
		now, ran bool = true, false
		out      *calc.Dataset
		oerr     error
	)
	s.parse(dataset.Request{Op: dataset.OpBuild, Set: &set, Files: s.setFiles(set)}, func(r dataset.Result) {
		ran = true
		if r.Err != nil {
			oerr = fmt.Errorf("ds=%s: %v", id, r.Err)
		} else {
			out = r.Dataset
			s.Data.built[id] = out
		}
		if !now {
			s.Data.builds--
			if oerr != nil {
				s.Data.failed[id] = oerr
			}
			again()
			s.changed()
		}
	})
	now = false
	if !ran {
		s.Data.builds++
		return nil, errBuilding
	}
	return out, oerr
}

// Building tells whether a dataset the view needs is being built (by the
// browser's worker); the view shows it when it is.
func (s *State) Building() bool { return s.Data.builds > 0 }

// setFiles is the stored bytes of a set's files.
func (s *State) setFiles(set dataset.Set) map[string][]byte {
	all := s.Data.lib.Data()
	out := make(map[string][]byte, len(set.Files))
	for _, f := range set.Files {
		if b, ok := all[f.ID]; ok {
			out[f.ID] = b
		}
	}
	return out
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
	ds, err := s.loadDataset(id, func() { s.useDataset(id, remember) })
	if errors.Is(err, errBuilding) {
		return nil
	}
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
