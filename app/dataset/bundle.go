package dataset

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path"
	"time"

	"benchsim/calc"
)

// A Bundle is a view with its data in one file: a set's files, and the
// scenario and view as the app's address has them. An analyst sends it to a
// politician, a teacher to a class; opening it shows the same view on
// another device, offline, and the command line reads it with --data.
//
// The file is a ZIP archive: benchsim.json (the manifest) and the set's
// files under files/, unchanged, so a curious reader can unpack it.
type Bundle struct {
	Set   Set
	Query string            // the view: the scenario in calc's syntax and the app's keys
	Data  map[string][]byte // the files' bytes by File.ID
}

// BundleFormat names the manifest's format.
const BundleFormat = "benchsim-bundle"

// BundleVersion is the bundle format's version.
const BundleVersion = 1

// BundleExt is the bundle file's extension.
const BundleExt = ".benchsim.zip"

const manifestName = "benchsim.json"

type manifest struct {
	Format  string            `json:"format"`
	Version int               `json:"version"`
	Query   string            `json:"query"`
	Set     Set               `json:"set"`
	Paths   map[string]string `json:"paths"` // File.ID → entry name
}

// the entries' time, fixed so that one view gives one byte sequence
var bundleTime = time.Date(2020, 1, 1, 0, 0, 0, 0, time.UTC)

// Encode writes the bundle.
func (b *Bundle) Encode() ([]byte, error) {
	m := manifest{Format: BundleFormat, Version: BundleVersion, Query: b.Query, Set: b.Set, Paths: map[string]string{}}
	for i, f := range b.Set.Files {
		if _, ok := b.Data[f.ID]; !ok {
			return nil, &MissingFileError{f.Name}
		}
		m.Paths[f.ID] = fmt.Sprintf("files/%d-%s", i+1, path.Base(f.Name))
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	put := func(name string, data []byte) error {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: zip.Deflate, Modified: bundleTime})
		if err != nil {
			return err
		}
		_, err = w.Write(data)
		return err
	}
	mb, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return nil, err
	}
	if err := put(manifestName, mb); err != nil {
		return nil, err
	}
	for _, f := range b.Set.Files {
		if err := put(m.Paths[f.ID], b.Data[f.ID]); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// IsBundle tells whether data looks like a bundle (a ZIP archive whose
// first entry is the manifest), without reading it.
func IsBundle(data []byte) bool {
	return len(data) > 30+len(manifestName) && bytes.HasPrefix(data, []byte("PK\x03\x04")) &&
		bytes.Contains(data[30:30+len(manifestName)+4], []byte(manifestName))
}

// ErrNotBundle is returned by ReadBundle for a file that is not a bundle.
var ErrNotBundle = errors.New("not a benchmark simulator file (" + BundleExt + ")")

// MaxBundleBytes bounds what ReadBundle unpacks.
const MaxBundleBytes = 64 << 20

// ReadBundle reads a bundle file and checks that every file is there and
// unchanged (its SHA-256 is its ID).
func ReadBundle(data []byte) (*Bundle, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, ErrNotBundle
	}
	entries := map[string]*zip.File{}
	for _, f := range zr.File {
		entries[f.Name] = f
	}
	read := func(name string) ([]byte, error) {
		f, ok := entries[name]
		if !ok {
			return nil, fmt.Errorf("bundle: %s is missing", name)
		}
		rc, err := f.Open()
		if err != nil {
			return nil, fmt.Errorf("bundle: %s: %v", name, err)
		}
		defer rc.Close()
		b, err := io.ReadAll(io.LimitReader(rc, MaxBundleBytes+1))
		if err != nil {
			return nil, fmt.Errorf("bundle: %s: %v", name, err)
		}
		if len(b) > MaxBundleBytes {
			return nil, fmt.Errorf("bundle: %s is larger than %d MB", name, MaxBundleBytes>>20)
		}
		return b, nil
	}
	if _, ok := entries[manifestName]; !ok {
		return nil, ErrNotBundle
	}
	mb, err := read(manifestName)
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := json.Unmarshal(mb, &m); err != nil || m.Format != BundleFormat {
		return nil, ErrNotBundle
	}
	if m.Version > BundleVersion {
		return nil, fmt.Errorf("bundle: version %d is newer than this program reads (%d)", m.Version, BundleVersion)
	}
	if len(m.Set.Files) == 0 {
		return nil, errors.New("bundle: no files")
	}
	b := &Bundle{Set: m.Set, Query: m.Query, Data: map[string][]byte{}}
	for _, f := range m.Set.Files {
		d, err := read(m.Paths[f.ID])
		if err != nil {
			return nil, err
		}
		if FileID(d) != f.ID {
			return nil, fmt.Errorf("bundle: %s has been changed (its checksum differs)", f.Name)
		}
		b.Data[f.ID] = d
	}
	if id := SetID(b.Set.Files); id != b.Set.ID {
		return nil, fmt.Errorf("bundle: the dataset's id %s does not match its files (%s)", b.Set.ID, id)
	}
	return b, nil
}

// Dataset builds the bundle's dataset, as the app does.
func (b *Bundle) Dataset() (*calc.Dataset, []any, error) { return Build(&b.Set, b.Data) }

// Scenario decodes the bundle's scenario (the app's own keys are ignored).
func (b *Bundle) Scenario() (calc.Scenario, error) { return calc.DecodeScenario(b.Query) }
