package ui

import (
	"bytes"
	"compress/gzip"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Keys of the browser's localStorage.
const (
	storeIndexKey = "benchsim.datasets"
	storeDataKey  = "benchsim.dataset."
)

// browserStore keeps imported files in localStorage, gzipped and base64
// encoded (a 1.8 MB Jobindsats extract takes about 150 kB), so that they
// stay available offline.
type browserStore struct{}

func newBrowserStore() Store { return browserStore{} }

func localStorage() app.Value { return app.Window().Get("localStorage") }

// call runs a localStorage method and turns a thrown exception (storage
// full, storage disabled) into an error.
func call(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	f()
	return nil
}

func (browserStore) List() []StoredDataset {
	var out []StoredDataset
	call(func() {
		v := localStorage().Call("getItem", storeIndexKey)
		if v.IsNull() || v.IsUndefined() {
			return
		}
		json.Unmarshal([]byte(v.String()), &out)
	})
	return out
}

func (s browserStore) writeIndex(list []StoredDataset) error {
	b, _ := json.Marshal(list)
	return call(func() { localStorage().Call("setItem", storeIndexKey, string(b)) })
}

func (browserStore) Load(id string) (string, error) {
	var text string
	var loadErr error
	err := call(func() {
		v := localStorage().Call("getItem", storeDataKey+id)
		if v.IsNull() || v.IsUndefined() {
			loadErr = errors.New("not stored in this browser")
			return
		}
		text, loadErr = unpack(v.String())
	})
	if err != nil {
		return "", err
	}
	return text, loadErr
}

func (s browserStore) Save(meta StoredDataset, text string) error {
	packed, err := pack(text)
	if err != nil {
		return err
	}
	if err := call(func() { localStorage().Call("setItem", storeDataKey+meta.ID, packed) }); err != nil {
		return err
	}
	list := slices.DeleteFunc(s.List(), func(d StoredDataset) bool { return d.ID == meta.ID })
	list = append([]StoredDataset{meta}, list...)
	if err := s.writeIndex(list); err != nil {
		call(func() { localStorage().Call("removeItem", storeDataKey+meta.ID) })
		return err
	}
	return nil
}

func (s browserStore) Delete(id string) error {
	list := slices.DeleteFunc(s.List(), func(d StoredDataset) bool { return d.ID == id })
	if err := s.writeIndex(list); err != nil {
		return err
	}
	return call(func() { localStorage().Call("removeItem", storeDataKey+id) })
}

// pack gzips and base64-encodes a file's text.
func pack(text string) (string, error) {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := io.WriteString(zw, text); err != nil {
		return "", err
	}
	if err := zw.Close(); err != nil {
		return "", err
	}
	return base64.StdEncoding.EncodeToString(buf.Bytes()), nil
}

// unpack reverses pack.
func unpack(s string) (string, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	if err != nil {
		return "", err
	}
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return "", err
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// download hands a CSV file to the browser as a download.
func download(name string, data []byte) {
	downloadBlob(name, "text/csv;charset=utf-8", data)
}
