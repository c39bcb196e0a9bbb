package ui

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/dataset"
	"benchsim/app/ui/view"
)

// The browser keeps datasets in IndexedDB: one database with the catalogue
// (a JSON string under one key) and the files' bytes (by SHA-256). A commit
// is one transaction over both, so a full storage aborts it whole and what
// was kept stays. localStorage (the app's storage before datasets had
// several files) is read once and moved over.
const (
	idbName       = "benchsim"
	idbVersion    = 1
	idbCatalogue  = "catalogue"
	idbFiles      = "files"
	catalogueKey  = "catalogue"
	legacyIndex   = "benchsim.datasets"
	legacyDataKey = "benchsim.dataset."
)

// browserStore is the dataset.Store of the running app. Its callbacks run
// on go-app's UI goroutine (through uiDispatch).
type browserStore struct {
	db app.Value
	// report is told the storage used and allowed after opening and after
	// every commit.
	report func(view.StorageInfo)
}

func newBrowserStore(report func(view.StorageInfo)) dataset.Store {
	return &browserStore{report: report}
}

// jsErr turns a DOMException (or anything thrown) into an error; a quota
// error wraps dataset.ErrQuota.
func jsErr(v app.Value, what string) error {
	name, msg := "Error", what
	if v.Truthy() {
		if n := v.Get("name"); n.Truthy() {
			name = n.String()
		}
		if m := v.Get("message"); m.Truthy() {
			msg = m.String()
		}
	}
	if name == "QuotaExceededError" {
		return fmt.Errorf("%w (%s)", dataset.ErrQuota, msg)
	}
	return fmt.Errorf("%s: %s", name, msg)
}

// guard runs f and turns a thrown exception into an error.
func guard(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
			if v, ok := r.(app.Value); ok {
				err = jsErr(v, fmt.Sprint(r))
			} else if e, ok := r.(error); ok && strings.Contains(strings.ToLower(e.Error()), "quota") {
				// A write refused at once (browsers word it "…quota…").
				err = fmt.Errorf("%w (%v)", dataset.ErrQuota, e)
			}
		}
	}()
	f()
	return nil
}

// on sets an IndexedDB request's or transaction's handler, released after
// its first call together with its siblings.
func on(target app.Value, handlers map[string]func(ev app.Value)) {
	var funcs []app.Func
	release := func() {
		for _, f := range funcs {
			f.Release()
		}
	}
	for ev, h := range handlers {
		h := h
		f := app.FuncOf(func(this app.Value, args []app.Value) any {
			var e app.Value = app.Undefined()
			if len(args) > 0 {
				e = args[0]
			}
			release()
			h(e)
			return nil
		})
		funcs = append(funcs, f)
		target.Set("on"+ev, f)
	}
}

func (b *browserStore) open(done func(error)) {
	if b.db != nil {
		done(nil)
		return
	}
	idb := app.Window().Get("indexedDB")
	if !idb.Truthy() {
		done(errors.New("IndexedDB is not available"))
		return
	}
	var req app.Value
	if err := guard(func() { req = idb.Call("open", idbName, idbVersion) }); err != nil {
		done(err)
		return
	}
	on(req, map[string]func(app.Value){
		"upgradeneeded": func(app.Value) {
			db := req.Get("result")
			names := db.Get("objectStoreNames")
			for _, s := range []string{idbCatalogue, idbFiles} {
				if !names.Call("contains", s).Bool() {
					db.Call("createObjectStore", s)
				}
			}
			// Not released by the first call: success or error follows.
			on(req, map[string]func(app.Value){
				"success": func(app.Value) { b.db = req.Get("result"); uiDispatch(func() { done(nil) }) },
				"error":   func(app.Value) { err := jsErr(req.Get("error"), "open"); uiDispatch(func() { done(err) }) },
			})
		},
		"success": func(app.Value) { b.db = req.Get("result"); uiDispatch(func() { done(nil) }) },
		"error":   func(app.Value) { err := jsErr(req.Get("error"), "open"); uiDispatch(func() { done(err) }) },
		"blocked": func(app.Value) { uiDispatch(func() { done(errors.New("IndexedDB is blocked by another tab")) }) },
	})
}

// Load implements dataset.Store: the catalogue and every file's bytes; on
// the first visit after the update, the datasets of localStorage.
func (b *browserStore) Load(done func(dataset.Catalogue, map[string][]byte, error)) {
	b.open(func(err error) {
		if err != nil {
			done(dataset.Catalogue{}, nil, err)
			return
		}
		b.persist()
		b.readAll(func(c dataset.Catalogue, files map[string][]byte, found bool, err error) {
			if err != nil || found {
				done(c, files, err)
				return
			}
			b.migrate(done)
		})
	})
}

func (b *browserStore) readAll(done func(dataset.Catalogue, map[string][]byte, bool, error)) {
	var tx, catReq, keysReq, valsReq app.Value
	err := guard(func() {
		tx = b.db.Call("transaction", []any{idbCatalogue, idbFiles}, "readonly")
		catReq = tx.Call("objectStore", idbCatalogue).Call("get", catalogueKey)
		files := tx.Call("objectStore", idbFiles)
		keysReq = files.Call("getAllKeys")
		valsReq = files.Call("getAll")
	})
	if err != nil {
		done(dataset.Catalogue{}, nil, false, err)
		return
	}
	on(tx, map[string]func(app.Value){
		"complete": func(app.Value) {
			var c dataset.Catalogue
			v := catReq.Get("result")
			found := v.Truthy()
			var perr error
			if found {
				perr = json.Unmarshal([]byte(v.String()), &c)
			}
			files := map[string][]byte{}
			keys, vals := keysReq.Get("result"), valsReq.Get("result")
			for i := 0; i < keys.Length(); i++ {
				src := vals.Index(i)
				buf := make([]byte, src.Get("length").Int())
				app.CopyBytesToGo(buf, src)
				files[keys.Index(i).String()] = buf
			}
			uiDispatch(func() { done(c, files, found, perr) })
		},
		"error": func(app.Value) {
			err := jsErr(tx.Get("error"), "read")
			uiDispatch(func() { done(dataset.Catalogue{}, nil, false, err) })
		},
		"abort": func(app.Value) {
			err := jsErr(tx.Get("error"), "read")
			uiDispatch(func() { done(dataset.Catalogue{}, nil, false, err) })
		},
	})
}

// Commit implements dataset.Store in one transaction.
func (b *browserStore) Commit(c dataset.Catalogue, put map[string][]byte, del []string, done func(error)) {
	b.open(func(err error) {
		if err != nil {
			done(err)
			return
		}
		cat, err := json.Marshal(c)
		if err != nil {
			done(err)
			return
		}
		var tx app.Value
		err = guard(func() {
			tx = b.db.Call("transaction", []any{idbCatalogue, idbFiles}, "readwrite")
			files := tx.Call("objectStore", idbFiles)
			for id, data := range put {
				arr := app.Window().Get("Uint8Array").New(len(data))
				app.CopyBytesToJS(arr, data)
				files.Call("put", arr, id)
			}
			for _, id := range del {
				files.Call("delete", id)
			}
			tx.Call("objectStore", idbCatalogue).Call("put", string(cat), catalogueKey)
		})
		if err != nil {
			if tx != nil && tx.Truthy() {
				guard(func() { tx.Call("abort") })
			}
			done(err)
			return
		}
		fail := func(app.Value) {
			err := jsErr(tx.Get("error"), "write")
			uiDispatch(func() { done(err) })
		}
		on(tx, map[string]func(app.Value){
			"complete": func(app.Value) { uiDispatch(func() { done(nil) }); b.estimate() },
			"error":    fail,
			"abort":    fail,
		})
	})
}

// persist asks the browser to keep the storage (it may say no) and
// reports the storage's use.
func (b *browserStore) persist() {
	st := app.Window().Get("navigator").Get("storage")
	if !st.Truthy() || !st.Get("persist").Truthy() {
		return
	}
	guard(func() {
		st.Call("persist").Then(func(v app.Value) { b.estimate() })
	})
}

func (b *browserStore) estimate() {
	st := app.Window().Get("navigator").Get("storage")
	if b.report == nil || !st.Truthy() || !st.Get("estimate").Truthy() {
		return
	}
	guard(func() {
		st.Call("persisted").Then(func(p app.Value) {
			st.Call("estimate").Then(func(v app.Value) {
				info := view.StorageInfo{Used: int64(v.Get("usage").Float()), Quota: int64(v.Get("quota").Float()),
					Persistent: p.Truthy(), Known: true}
				uiDispatch(func() { b.report(info) })
			})
		})
	})
}

// legacyEntry is a dataset as localStorage listed it.
type legacyEntry struct {
	ID, Name, Added string
}

// migrate moves the datasets kept in localStorage by earlier versions into
// IndexedDB, and removes them from localStorage once they are there.
func (b *browserStore) migrate(done func(dataset.Catalogue, map[string][]byte, error)) {
	var old []legacyEntry
	ls := app.Window().Get("localStorage")
	guard(func() {
		if v := ls.Call("getItem", legacyIndex); v.Truthy() {
			json.Unmarshal([]byte(v.String()), &old)
		}
	})
	c := dataset.Catalogue{Version: dataset.CatalogueVersion}
	files := map[string][]byte{}
	if len(old) == 0 {
		done(c, files, nil)
		return
	}
	// Each file is read in the worker, one after the other.
	var step func(i int)
	step = func(i int) {
		if i == len(old) {
			b.commitMigrated(old, c, files, done)
			return
		}
		o := old[i]
		var packed string
		guard(func() {
			if v := ls.Call("getItem", legacyDataKey+o.ID); v.Truthy() {
				packed = v.String()
			}
		})
		gz, err := base64.StdEncoding.DecodeString(packed)
		if err != nil {
			step(i + 1)
			return
		}
		// gzip, unpacked by the worker with the file's reading
		req := dataset.Request{Op: dataset.OpDescribe, Name: o.Name, Data: gz, Gzip: true, Added: o.Added}
		view.NewParser().Parse(req, func(r dataset.Result) {
			f := r.File
			if r.Err == nil && f.Kind == dataset.KindY30R21 {
				set := dataset.Set{Added: o.Added, Files: []dataset.File{f}}
				set.Normalize()
				c.Sets = append(c.Sets, set)
				files[f.ID] = r.Data
			}
			step(i + 1)
		})
	}
	step(0)
}

// commitMigrated keeps the datasets moved from localStorage and removes
// them there once they are kept.
func (b *browserStore) commitMigrated(old []legacyEntry, c dataset.Catalogue, files map[string][]byte, done func(dataset.Catalogue, map[string][]byte, error)) {
	ls := app.Window().Get("localStorage")
	b.Commit(c, files, nil, func(err error) {
		if err != nil {
			// Keep localStorage as it is; use the files this session.
			done(c, files, nil)
			return
		}
		guard(func() {
			for _, o := range old {
				ls.Call("removeItem", legacyDataKey+o.ID)
			}
			ls.Call("removeItem", legacyIndex)
		})
		done(c, files, nil)
	})
}

// uiDispatch runs f on go-app's UI goroutine through the mounted root
// (go-app drops a dispatch through a component that is gone), or when the
// next root mounts.
func uiDispatch(f func()) {
	if liveRoot != nil {
		liveCtx.Dispatch(func(app.Context) { f() })
		return
	}
	queued = append(queued, f)
}

var (
	liveRoot *Root
	liveCtx  app.Context
	queued   []func()
)
