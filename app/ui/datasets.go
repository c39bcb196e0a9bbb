package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"benchsim/app/dataset"
	"benchsim/calc"
	"benchsim/calc/jobindsats"
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

// NamedFile is a file's name and bytes, as the user chose it.
type NamedFile struct {
	Name    string
	Data    []byte
	retried bool
}

// AskedFile is a file held back until the user says which benefit it holds.
type AskedFile struct {
	Name string
	data []byte
}

// StorageInfo is what the browser says about its storage.
type StorageInfo struct {
	Used, Quota int64
	Persistent  bool
	Known       bool
}

func (d *DataView) init(store dataset.Store) {
	d.lib = dataset.NewLibrary(store)
	d.parser = newParser()
	d.built = map[string]*calc.Dataset{}
	d.failed = map[string]error{}
}

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

// Import reads a file the user chose or dropped: a Y30R21 file starts a
// new dataset; a companion file joins the current one; a bundle opens its
// view. On success the data is kept in the browser; on failure ImportError
// says why (with the line) and the user's data and scenario stay.
func (s *State) Import(fileName, text string) error { return s.ImportAs(fileName, []byte(text), "") }

// ImportFiles imports files chosen together, one after the other (each
// waits for the previous one to be kept); a companion file chosen with its
// Y30R21 file waits for it, whatever the order. The first failure stops the
// rest, with its message.
func (s *State) ImportFiles(files []NamedFile) {
	if len(files) == 0 {
		return
	}
	s.Data.queue = slices.Clone(files[1:])
	s.ImportAs(files[0].Name, files[0].Data, "")
}

// next imports the next queued file, if any.
func (s *State) next() {
	if len(s.Data.queue) == 0 {
		return
	}
	f := s.Data.queue[0]
	s.Data.queue = s.Data.queue[1:]
	ok, warnings := s.ImportOK, s.ImportWarnings
	s.ImportAs(f.Name, f.Data, "")
	if s.ImportError == "" && s.Data.Ask == nil {
		if s.ImportOK == "" {
			s.ImportOK = ok
		} else if ok != "" {
			s.ImportOK = ok + " " + s.ImportOK
		}
		s.ImportWarnings = append(warnings, s.ImportWarnings...)
	}
}

// Queued is the number of chosen files still to import.
func (s *State) Queued() int { return len(s.Data.queue) }

// ImportAs is Import with the user's answer to which benefit a file holds
// ("fp", "flex", or "" to let the file say).
func (s *State) ImportAs(fileName string, data []byte, benefit string) error {
	s.ImportError, s.ImportOK, s.ImportWarnings, s.Data.Ask, s.Data.Removed = "", "", nil, nil, nil
	s.Rev++
	if dataset.IsBundle(data) {
		return s.OpenBundle(fileName, data)
	}
	return s.await(func(done func(error)) {
		s.Data.reading = fileName
		done = readDone(s, fileName, done)
		req := dataset.Request{Op: dataset.OpDescribe, Name: fileName, Data: data, Benefit: benefit, Added: today()}
		s.parse(req, func(r dataset.Result) {
			if err := s.described(fileName, data, r, done); !errors.Is(err, errBuilding) {
				done(err)
			}
		})
	})
}

// described takes in the parser's reading of a new file (ImportAs). A
// companion file is built into the current set, which reports through
// done, and described returns errBuilding for it.
func (s *State) described(fileName string, data []byte, r dataset.Result, done func(error)) error {
	t := s.T()
	f, ds, warnings, err := r.File, r.Dataset, r.Warnings, r.Err
	if errors.Is(err, dataset.ErrNeedBenefit) {
		s.Data.Ask = &AskedFile{Name: fileName, data: data}
		return err
	}
	if err != nil {
		s.Data.queue = nil
		s.ImportError = s.importFailed(fileName, err)
		return err
	}
	s.ImportWarnings = s.warningTexts(warnings)
	if f.Kind == dataset.KindY30R21 {
		set := dataset.Set{Added: today(), Files: []dataset.File{f}}
		set.Normalize()
		ds.Provenance.Name = set.Name
		s.put(fileName, set, "", map[string][]byte{f.ID: data}, ds, false, func() {
			s.ImportOK = fmt.Sprintf(t.ImportedFmt, fileName, len(ds.Municipalities), len(ds.Periods))
		})
		return nil
	}
	cur, ok := s.Data.lib.Set(s.DatasetID)
	if !ok && slices.ContainsFunc(s.Data.queue, func(f NamedFile) bool { return !f.retried }) {
		// Chosen before its Y30R21 file: try again after the others.
		s.Data.queue = append(s.Data.queue, NamedFile{Name: fileName, Data: data, retried: true})
		s.next()
		return nil
	}
	if !ok {
		s.Data.queue = nil
		err := errors.New(t.D().NeedBase)
		s.ImportError = fmt.Sprintf(t.ImportFailedFmt, fileName, err.Error())
		return err
	}
	next := cur
	next.Files = slices.DeleteFunc(slices.Clone(cur.Files), func(x dataset.File) bool {
		return x.ID == f.ID || (x.Kind == f.Kind && x.Table == f.Table && x.Benefit == f.Benefit)
	})
	next.Files = append(next.Files, f)
	next.Normalize()
	all := s.setFiles(cur)
	all[f.ID] = data
	s.parse(dataset.Request{Op: dataset.OpBuild, Set: &next, Files: all}, func(r dataset.Result) {
		if r.Err != nil {
			s.Data.queue = nil
			s.ImportError = s.importFailed(fileName, r.Err)
			done(r.Err)
			return
		}
		s.ImportWarnings = append(s.ImportWarnings, s.warningTexts(r.Warnings)...)
		s.put(fileName, next, cur.ID, map[string][]byte{f.ID: data}, r.Dataset, true, func() {
			s.ImportOK = fmt.Sprintf(t.D().AddedFileFmt, fileName, t.LeverList(f.Unlocks))
		})
		done(nil)
	})
	return errBuilding
}

// put keeps a set in the store and, once it is kept, shows it (ok then
// sets the message). When the store refuses (full), the data that was
// there stays and the page says so.
func (s *State) put(what string, set dataset.Set, replace string, files map[string][]byte, ds *calc.Dataset, keep bool, ok func()) {
	s.Data.lib.Put(set, replace, files, func(err error) {
		if err != nil {
			t := s.T()
			if errors.Is(err, dataset.ErrQuota) {
				s.ImportError = fmt.Sprintf(t.D().StorageFull, what)
			} else {
				s.ImportError = fmt.Sprintf(t.NotStored, err.Error())
			}
			s.Data.queue = nil
			s.changed()
			return
		}
		if replace != "" && replace != set.ID {
			delete(s.Data.built, replace)
		}
		s.Data.built[set.ID] = ds
		if s.Data.pending != "" && s.Data.wanted == set.ID {
			s.ApplyQuery(s.Data.pending)
		} else {
			s.switchTo(set.ID, ds, keep)
		}
		ok()
		s.next()
		s.changed()
	})
}

// importFailed words a failed import for the user.
func (s *State) importFailed(name string, err error) string {
	t := s.T()
	var fe *dataset.FileError
	if errors.As(err, &fe) {
		name, err = fe.Name, fe.Err
	}
	var je *jobindsats.Error
	if errors.As(err, &je) {
		return t.ImportFailed(name, err)
	}
	return fmt.Sprintf(t.ImportFailedFmt, name, companionError(err, s.Lang))
}

func (s *State) warningTexts(ws []any) []string {
	t := s.T()
	var out []string
	for _, w := range ws {
		switch w := w.(type) {
		case jobindsats.Warning:
			out = append(out, t.Warning(w))
		default:
			out = append(out, companionWarning(w, s.Lang))
		}
	}
	return out
}

// RemoveFile takes a companion file out of the current dataset (the Y30R21
// file takes the whole dataset: DeleteDataset). Data.Removed says which
// levers went with it.
func (s *State) RemoveFile(fileID string) error {
	s.ImportError, s.ImportOK, s.ImportWarnings, s.Data.Removed = "", "", nil, nil
	cur, ok := s.Data.lib.Set(s.DatasetID)
	if !ok {
		return errors.New("no imported dataset in use")
	}
	i := slices.IndexFunc(cur.Files, func(f dataset.File) bool { return f.ID == fileID })
	if i < 0 {
		return fmt.Errorf("no file %s in the dataset", fileID)
	}
	gone := cur.Files[i]
	if gone.Kind == dataset.KindY30R21 {
		return s.DeleteDataset(cur.ID)
	}
	next := cur
	next.Files = slices.Delete(slices.Clone(cur.Files), i, i+1)
	next.Normalize()
	return s.await(func(done func(error)) {
		s.parse(dataset.Request{Op: dataset.OpBuild, Set: &next, Files: s.setFiles(next)}, func(r dataset.Result) {
			if r.Err != nil {
				s.ImportError = s.importFailed(gone.Name, r.Err)
				s.Rev++
				done(r.Err)
				return
			}
			nds := r.Dataset
			took := dataset.TookAlong(dataset.Available(s.ds), dataset.Available(nds))
			s.put(next.Name, next, cur.ID, nil, nds, true, func() {
				s.Data.Removed = &RemovedFile{Name: gone.Name, Took: took}
			})
			done(nil)
		})
	})
}

// RemovedFile is a file taken out of the dataset and the levers it took
// along.
type RemovedFile struct {
	Name string
	Took []string
}

// RemovedText says which file was removed and what went with it, in the
// current language; "" when none was.
func (s *State) RemovedText() string {
	r := s.Data.Removed
	if r == nil {
		return ""
	}
	t := s.T()
	if len(r.Took) == 0 {
		return fmt.Sprintf(t.D().RemovedNothingFmt, r.Name)
	}
	return fmt.Sprintf(t.D().RemovedFmt, r.Name, t.LeverList(r.Took))
}

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

// CanExport tells whether the view can be exported with its data (the
// built-in data needs no file: a link carries it).
func (s *State) CanExport() bool {
	_, ok := s.Data.lib.Set(s.DatasetID)
	return ok
}

// Bundle returns the current view with its data as one file, and the
// file's name, where the parser answers at once (the command line, the
// tests); the browser uses SaveBundle.
func (s *State) Bundle() (string, []byte, error) {
	name, data, err := "", []byte(nil), errBuilding
	s.SaveBundle(func(n string, d []byte, e error) { name, data, err = n, d, e })
	return name, data, err
}

// SaveBundle writes the current view with its data as one file (in the
// browser's worker) and hands done the file's name and bytes.
func (s *State) SaveBundle(done func(name string, data []byte, err error)) {
	set, ok := s.Data.lib.Set(s.DatasetID)
	if !ok {
		done("", nil, errors.New("the built-in data needs no file: share the link"))
		return
	}
	b := &dataset.Bundle{Set: set, Query: s.Query(), Data: s.setFiles(set)}
	name := "benchmark-" + s.Tab + "-" + today() + dataset.BundleExt
	s.parse(dataset.Request{Op: dataset.OpEncodeBundle, Bundle: b}, func(r dataset.Result) {
		if r.Err != nil {
			done("", nil, r.Err)
			return
		}
		done(name, r.Data, nil)
	})
}

// OpenBundle opens a bundle file: its dataset is kept in the browser and
// its view shown.
func (s *State) OpenBundle(fileName string, data []byte) error {
	return s.await(func(done func(error)) {
		s.Data.reading = fileName
		done = readDone(s, fileName, done)
		s.parse(dataset.Request{Op: dataset.OpBundle, Data: data}, func(r dataset.Result) {
			done(s.openedBundle(fileName, r))
		})
	})
}

// openedBundle takes in the parser's reading of a bundle (OpenBundle).
func (s *State) openedBundle(fileName string, r dataset.Result) error {
	t := s.T()
	b, ds, err := r.Bundle, r.Dataset, r.Err
	if b == nil {
		s.ImportError = fmt.Sprintf(t.ImportFailedFmt, fileName, err.Error())
		return err
	}
	if err != nil {
		s.ImportError = s.importFailed(fileName, err)
		return err
	}
	s.Data.lib.Put(b.Set, "", b.Data, func(err error) {
		if err != nil {
			if errors.Is(err, dataset.ErrQuota) {
				s.ImportError = fmt.Sprintf(t.D().StorageFull, fileName)
			} else {
				s.ImportError = fmt.Sprintf(t.NotStored, err.Error())
			}
			s.changed()
			return
		}
		s.Data.built[b.Set.ID] = ds
		if err := s.ApplyQuery(b.Query); err == nil {
			s.ImportOK = fmt.Sprintf(t.D().OpenedFmt, fileName)
		}
		s.changed()
	})
	return nil
}

// GoImport opens the Data page at the import for a lever (a dataset.Lever
// ID such as "fp", or an area's ID): the address says tab=data&need=ID and
// the page names the files that bring the figures.
func (s *State) GoImport(lever string) {
	if _, ok := dataset.LeverByID(lever); !ok {
		lever = ""
	}
	s.SetTab(TabData)
	s.Data.Need = lever
	s.Rev++
}
