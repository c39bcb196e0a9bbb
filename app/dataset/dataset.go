// Package dataset is the user's data as the simulator keeps it and hands it
// on: a Set is a Jobindsats Y30R21 file plus any companion files, built into
// one calc.Dataset by Build; a Catalogue lists the sets kept in a Store (the
// browser's IndexedDB, or memory in tests); a Bundle is one file with a
// set's files and a view (scenario and app keys), which another device or
// the command line opens.
//
// The package is free of go-app and syscall/js, so plain `go test` and the
// command line use it as the browser does.
package dataset

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"slices"
	"strings"

	"benchsim/calc"
	"benchsim/calc/jobindsats"
)

// Kind is what a file holds.
type Kind string

// The kinds of file in a set. The companion kinds are companion.Kind's names.
const (
	KindY30R21   Kind = "y30r21"   // the Jobindsats benchmark measure: the base of every set
	KindBenefit  Kind = "benefit"  // Jobindsats PTV_A02, Y10A02, Y08A02: actual fp or flex
	KindStatBank Kind = "statbank" // Statistics Denmark's FOLK1A, FOLK1C, FOLK3, HFUDD11, AUH01, AUK01
	KindTemplate Kind = "template" // the simulator's template: caseload, fokusmål, covariates
)

// File describes one file of a set. Its bytes are kept apart, under ID.
// (app/internal/wire's CBOR reads the json tags unless a field has a cbor
// one: the cbor tags drop omitempty, so that an empty list crosses to the
// worker empty, not nil.)
type File struct {
	ID      string   `json:"id"` // hex SHA-256 of the bytes
	Name    string   `json:"name"`
	Kind    Kind     `json:"kind"`
	Table   string   `json:"table,omitempty"`   // "Y30R21", "PTV_A02", "FOLK1A", ...
	Format  string   `json:"format,omitempty"`  // "JSON API", "CSV", ...
	Benefit string   `json:"benefit,omitempty"` // "fp" or "flex" when the user said which benefit the file holds
	Bytes   int      `json:"bytes"`
	Periods []string `json:"periods,omitempty" cbor:"periods"` // period codes it fills, oldest first
	Munis   int      `json:"munis"`
	Unlocks []string `json:"unlocks,omitempty" cbor:"unlocks"` // the levers (Lever IDs) its figures feed
	Added   string   `json:"added,omitempty"`                  // YYYY-MM-DD
}

// Set is one dataset built from files: the Y30R21 file first, then the
// companion files.
type Set struct {
	ID    string `json:"id"`
	Name  string `json:"name"`
	Added string `json:"added"` // YYYY-MM-DD
	Files []File `json:"files"`
}

// FileID is the key of a file's bytes: its SHA-256 in hex.
func FileID(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}

// SetID is a set's identifier, derived from its files so that the same
// files give the same ID on every device (a shared link finds its data once
// the same files are imported): "i" and ten hex digits. A set of one file has
// the ID the app gave single-file imports before sets existed.
func SetID(files []File) string {
	if len(files) == 1 && files[0].Benefit == "" {
		return "i" + files[0].ID[:10]
	}
	keys := make([]string, len(files))
	for i, f := range files {
		keys[i] = f.ID + ":" + f.Benefit
	}
	slices.Sort(keys)
	sum := sha256.Sum256([]byte(strings.Join(keys, "\n")))
	return "i" + hex.EncodeToString(sum[:])[:10]
}

// Normalize orders the files (Y30R21 first, then by table and name), sets
// the ID and, when empty, the name.
func (s *Set) Normalize() {
	slices.SortStableFunc(s.Files, func(a, b File) int {
		if (a.Kind == KindY30R21) != (b.Kind == KindY30R21) {
			if a.Kind == KindY30R21 {
				return -1
			}
			return 1
		}
		if c := strings.Compare(a.Table, b.Table); c != 0 {
			return c
		}
		return strings.Compare(a.Name, b.Name)
	})
	s.ID = SetID(s.Files)
	s.Name = s.DefaultName()
}

// DefaultName names a set by its files and date: "y30r21.jsonl + PTV_A02 +
// FOLK1A, 2026-12-01", so two imports can be told apart.
func (s *Set) DefaultName() string {
	if len(s.Files) == 0 {
		return ""
	}
	parts := []string{s.Files[0].Name}
	for _, f := range s.Files[1:] {
		t := f.Table
		if t == "" {
			t = f.Name
		}
		if f.Benefit != "" {
			t += " (" + f.Benefit + ")"
		}
		parts = append(parts, t)
	}
	name := strings.Join(parts, " + ")
	if s.Added != "" {
		name += ", " + s.Added
	}
	return name
}

// Base returns the set's Y30R21 file, or nil.
func (s *Set) Base() *File {
	for i := range s.Files {
		if s.Files[i].Kind == KindY30R21 {
			return &s.Files[i]
		}
	}
	return nil
}

// Bytes is the size of the set's files.
func (s *Set) Bytes() int {
	n := 0
	for _, f := range s.Files {
		n += f.Bytes
	}
	return n
}

// FileIDs lists the IDs of the set's files.
func (s *Set) FileIDs() []string {
	out := make([]string, len(s.Files))
	for i, f := range s.Files {
		out[i] = f.ID
	}
	return out
}

// ErrNoBase is returned when a set has no Y30R21 file.
var ErrNoBase = errors.New("the dataset has no Y30R21 file")

// MissingFileError says that the bytes of a set's file are not at hand.
type MissingFileError struct{ Name string }

func (e *MissingFileError) Error() string { return "the file " + e.Name + " is not stored" }

// FileError is a file's problem while a set is built: the file's name and
// the reader's error (a *jobindsats.Error, a companion error, ...).
type FileError struct {
	Name string
	Err  error
}

func (e *FileError) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *FileError) Unwrap() error { return e.Err }

// A Reader reads files into datasets and keeps what it has read by file
// ID (and benefit), so that adding a file to a set does not read the
// others again. The zero Reader keeps nothing; a nil *Reader works too.
type Reader struct {
	bases map[string]baseRead
	comps map[string]Companion
}

type baseRead struct {
	ds       *calc.Dataset
	warnings []any
}

// NewReader returns a Reader that keeps what it reads.
func NewReader() *Reader {
	return &Reader{bases: map[string]baseRead{}, comps: map[string]Companion{}}
}

// Build reads a set's files into one dataset: the Y30R21 file with
// jobindsats.Read, then the companion files read and merged in with the
// companion package. data holds the files' bytes by ID. The warnings are
// jobindsats.Warning and companion.Warning values.
func Build(s *Set, data map[string][]byte) (*calc.Dataset, []any, error) {
	return (*Reader)(nil).Build(s, data)
}

// Describe reads a new file and says what it is: a Y30R21 file (its
// dataset returned too) or a companion file. benefit ("fp", "flex" or "")
// is the user's answer for a file that does not say which benefit it holds;
// without it such a file gives an error that errors.Is ErrNeedBenefit.
// Where both readers refuse the file, the error is the one of the reader the
// file seems meant for.
func Describe(name string, data []byte, benefit, added string) (File, *calc.Dataset, []any, error) {
	return (*Reader)(nil).Describe(name, data, benefit, added)
}

func (r *Reader) base(id, name string, data []byte) (baseRead, error) {
	if r != nil && r.bases != nil {
		if b, ok := r.bases[id]; ok {
			return b, nil
		}
	}
	ds, jw, err := jobindsats.Read(strings.NewReader(string(data)))
	if err != nil {
		return baseRead{}, err
	}
	b := baseRead{ds: ds}
	for _, w := range jw {
		b.warnings = append(b.warnings, w)
	}
	if r != nil && r.bases != nil {
		r.bases[id] = b
	}
	return b, nil
}

func (r *Reader) companion(id, name string, data []byte, benefit string) (Companion, []any, error) {
	key := id + ":" + benefit
	if r != nil && r.comps != nil {
		if c, ok := r.comps[key]; ok {
			return c, nil, nil
		}
	}
	c, ws, err := ReadCompanion(name, data, benefit)
	if err == nil && r != nil && r.comps != nil {
		r.comps[key] = c
	}
	return c, ws, err
}

// Build is the package's Build, reading each file at most once.
func (r *Reader) Build(s *Set, data map[string][]byte) (*calc.Dataset, []any, error) {
	base := s.Base()
	if base == nil {
		return nil, nil, ErrNoBase
	}
	b, ok := data[base.ID]
	if !ok {
		return nil, nil, &MissingFileError{base.Name}
	}
	br, err := r.base(base.ID, base.Name, b)
	if err != nil {
		return nil, nil, &FileError{base.Name, err}
	}
	ds := br.ds
	warnings := append([]any(nil), br.warnings...)
	var comps []Companion
	for _, f := range s.Files {
		if f.Kind == KindY30R21 {
			continue
		}
		b, ok := data[f.ID]
		if !ok {
			return nil, nil, &MissingFileError{f.Name}
		}
		c, _, err := r.companion(f.ID, f.Name, b, f.Benefit)
		if err != nil {
			return nil, nil, &FileError{f.Name, err}
		}
		comps = append(comps, c)
	}
	if len(comps) > 0 {
		var cw []any
		ds, cw, err = ApplyCompanions(ds, comps)
		if err != nil {
			return nil, nil, err
		}
		warnings = append(warnings, cw...)
	}
	named := *ds // the read dataset may be shared: name a copy
	named.Provenance.Name = s.Name
	return &named, warnings, nil
}

// Describe is the package's Describe, keeping what it reads.
func (r *Reader) Describe(name string, data []byte, benefit, added string) (File, *calc.Dataset, []any, error) {
	f := File{ID: FileID(data), Name: name, Bytes: len(data), Benefit: benefit, Added: added}
	br, jerr := r.base(f.ID, name, data)
	if jerr == nil {
		ds := br.ds
		f.Kind, f.Table, f.Benefit = KindY30R21, "Y30R21", ""
		f.Munis = len(ds.Municipalities)
		for _, p := range ds.Periods {
			f.Periods = append(f.Periods, p.Code)
		}
		f.Unlocks = availableLevers(ds)
		named := *ds
		return f, &named, br.warnings, nil
	}
	c, cw, cerr := r.companion(f.ID, name, data, benefit)
	if cerr == nil {
		c.describe(&f)
		return f, nil, cw, nil
	}
	if errors.Is(cerr, ErrNeedBenefit) || (companionRecognised(cerr) && !meantForY30R21(data, jerr)) {
		return f, nil, nil, cerr
	}
	return f, nil, nil, jerr
}

// meantForY30R21 tells whether a file both readers refused was meant to be a
// Y30R21 file: it names the measure, or the importer got past its first
// lines.
func meantForY30R21(data []byte, err error) bool {
	head := data[:min(len(data), 4096)]
	if strings.Contains(strings.ToUpper(string(head)), "Y30R21") {
		return true
	}
	var pe *jobindsats.Error
	return errors.As(err, &pe) && pe.Line > 2
}

// String is for messages.
func (f File) String() string { return fmt.Sprintf("%s (%s)", f.Name, f.Table) }
