package dataset

import (
	"encoding/json"
	"errors"
	"maps"
	"slices"
)

// Catalogue is what a Store keeps besides the files' bytes: the sets and
// the one in use.
type Catalogue struct {
	Version int    `json:"version"`
	Active  string `json:"active,omitempty"` // the set in use; "" for the built-in data
	Sets    []Set  `json:"sets"`             // newest first
}

// CatalogueVersion is the version of the catalogue's format.
const CatalogueVersion = 1

// Set returns the set with the given ID.
func (c *Catalogue) Set(id string) (*Set, bool) {
	i := slices.IndexFunc(c.Sets, func(s Set) bool { return s.ID == id })
	if i < 0 {
		return nil, false
	}
	return &c.Sets[i], true
}

// Clone returns a deep copy.
func (c Catalogue) Clone() Catalogue {
	b, _ := json.Marshal(c)
	var out Catalogue
	json.Unmarshal(b, &out)
	return out
}

// ErrQuota (errors.Is) is a store's error when the browser's storage is full.
var ErrQuota = errors.New("the browser's storage is full")

// A Store keeps the catalogue and the files' bytes. Its methods report
// through done, because the browser's IndexedDB answers asynchronously;
// done runs on the caller's goroutine (the browser store dispatches it to
// the UI's). Commit is all or nothing: on error the store is as before.
type Store interface {
	Load(done func(Catalogue, map[string][]byte, error))
	Commit(c Catalogue, put map[string][]byte, del []string, done func(error))
}

// Library is the sets a Store keeps, with their bytes in memory.
type Library struct {
	store  Store
	cat    Catalogue
	data   map[string][]byte
	loaded bool
}

// NewLibrary returns an empty library on a store; Open reads it.
func NewLibrary(s Store) *Library {
	return &Library{store: s, cat: Catalogue{Version: CatalogueVersion}, data: map[string][]byte{}}
}

// Open reads the store. On error the library stays empty and usable.
func (l *Library) Open(done func(error)) {
	l.store.Load(func(c Catalogue, data map[string][]byte, err error) {
		l.loaded = true
		if err == nil {
			if c.Version == 0 {
				c.Version = CatalogueVersion
			}
			l.cat, l.data = c, data
			if l.data == nil {
				l.data = map[string][]byte{}
			}
		}
		done(err)
	})
}

// Loaded tells whether Open has finished.
func (l *Library) Loaded() bool { return l.loaded }

// Catalogue returns a copy of the catalogue.
func (l *Library) Catalogue() Catalogue { return l.cat.Clone() }

// Sets lists the sets, newest first.
func (l *Library) Sets() []Set { return l.cat.Clone().Sets }

// Set returns a copy of a set.
func (l *Library) Set(id string) (Set, bool) {
	s, ok := l.cat.Set(id)
	if !ok {
		return Set{}, false
	}
	c := Catalogue{Sets: []Set{*s}}.Clone()
	return c.Sets[0], true
}

// Active is the set in use ("" for the built-in data).
func (l *Library) Active() string { return l.cat.Active }

// Data returns the stored bytes of files by ID (shared: do not modify).
func (l *Library) Data() map[string][]byte { return l.data }

// commit writes next with the new files' bytes, removes the bytes no set
// refers to any more, and on success takes next as the library's state.
func (l *Library) commit(next Catalogue, files map[string][]byte, done func(error)) {
	used := map[string]bool{}
	for _, s := range next.Sets {
		for _, id := range s.FileIDs() {
			used[id] = true
		}
	}
	put := map[string][]byte{}
	for id, b := range files {
		if _, have := l.data[id]; !have && used[id] {
			put[id] = b
		}
	}
	var del []string
	for id := range l.data {
		if !used[id] {
			del = append(del, id)
		}
	}
	slices.Sort(del)
	next.Version = CatalogueVersion
	l.store.Commit(next.Clone(), put, del, func(err error) {
		if err != nil {
			done(err)
			return
		}
		data := maps.Clone(l.data)
		maps.Copy(data, put)
		for _, id := range del {
			delete(data, id)
		}
		l.cat, l.data = next, data
		done(nil)
	})
}

// Put stores s (in place of the set replace, when not ""), with the bytes
// of its new files, and makes it the active set. On error nothing changed.
func (l *Library) Put(s Set, replace string, files map[string][]byte, done func(error)) {
	next := l.cat.Clone()
	next.Sets = slices.DeleteFunc(next.Sets, func(x Set) bool { return x.ID == s.ID || (replace != "" && x.ID == replace) })
	next.Sets = append([]Set{s}, next.Sets...)
	next.Active = s.ID
	l.commit(next, files, done)
}

// Remove deletes a set and the bytes only it used.
func (l *Library) Remove(id string, done func(error)) {
	next := l.cat.Clone()
	next.Sets = slices.DeleteFunc(next.Sets, func(x Set) bool { return x.ID == id })
	if next.Active == id {
		next.Active = ""
	}
	l.commit(next, nil, done)
}

// SetActive remembers the set in use.
func (l *Library) SetActive(id string, done func(error)) {
	if l.cat.Active == id {
		done(nil)
		return
	}
	next := l.cat.Clone()
	next.Active = id
	l.commit(next, nil, done)
}

// MemStore is a Store in memory; the catalogue goes through JSON as in the
// browser. Full makes Commit fail with ErrQuota, as a full browser storage
// does.
type MemStore struct {
	Full  bool
	cat   []byte
	files map[string][]byte
}

// Load implements Store.
func (m *MemStore) Load(done func(Catalogue, map[string][]byte, error)) {
	var c Catalogue
	if m.cat != nil {
		if err := json.Unmarshal(m.cat, &c); err != nil {
			done(Catalogue{}, nil, err)
			return
		}
	}
	done(c, maps.Clone(m.files), nil)
}

// Commit implements Store.
func (m *MemStore) Commit(c Catalogue, put map[string][]byte, del []string, done func(error)) {
	if m.Full {
		done(ErrQuota)
		return
	}
	b, err := json.Marshal(c)
	if err != nil {
		done(err)
		return
	}
	if m.files == nil {
		m.files = map[string][]byte{}
	}
	m.cat = b
	maps.Copy(m.files, put)
	for _, id := range del {
		delete(m.files, id)
	}
	done(nil)
}

// FileCount is the number of files' bytes kept.
func (m *MemStore) FileCount() int { return len(m.files) }
