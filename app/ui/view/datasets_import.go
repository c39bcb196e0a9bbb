package view

import (
	"errors"
	"fmt"
	"slices"

	"benchsim/app/dataset"
	"benchsim/calc"
	"benchsim/calc/jobindsats"
)

// NamedFile is a file's name and bytes, as the user chose it.
type NamedFile struct {
	Name    string
	Data    []byte
	retried bool
}

// AskedFile is a file held back until the user says which benefit it holds.
type AskedFile struct {
	Name string
	Data []byte
}

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
		s.Data.Ask = &AskedFile{Name: fileName, Data: data}
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
