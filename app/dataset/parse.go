package dataset

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"

	"benchsim/app/internal/wire"
	"benchsim/calc"
	"benchsim/calc/companion"
	"benchsim/calc/jobindsats"
)

// Reading files is the one heavy thing the app does with a file, and the
// readers (CSV, JSON, xlsx, ZIP) are a large part of a program. The browser
// therefore reads files in its worker (app/worker) and the UI program links
// none of the readers: it hands a Request to a Parser and gets a Result back.
// On the command line and in tests, Local reads them at once. Requests and
// results cross to the worker in app/internal/wire's encoding
// (EncodeRequest, EncodeResult), the errors and warnings as the readers'
// own typed values, so the UI words them exactly as it words a file read
// on its own goroutine.

// Op is what a Request asks for.
type Op int

// The operations of a Parser.
const (
	OpDescribe     Op = iota + 1 // read a new file: Describe
	OpBuild                      // build a set's dataset: Build
	OpBundle                     // read a bundle and build its dataset: ReadBundle, Bundle.Dataset
	OpEncodeBundle               // write a bundle: Bundle.Encode
)

// Request is one thing for a Parser to read.
type Request struct {
	Op      Op
	Name    string            // OpDescribe: the file's name
	Data    []byte            // OpDescribe, OpBundle: the file's bytes
	Gzip    bool              // OpDescribe: Data is gzipped (as earlier versions kept files)
	Benefit string            // OpDescribe: "fp", "flex" or ""
	Added   string            // OpDescribe: the date the file is added, YYYY-MM-DD
	Set     *Set              // OpBuild: the set to build
	Files   map[string][]byte // OpBuild: the set's files' bytes by ID
	Bundle  *Bundle           // OpEncodeBundle: the bundle to write
}

// Result is what a Parser read. For OpBundle, Bundle is nil when the file
// could not be read as a bundle (Err says why) and set when only its
// dataset could not be built.
type Result struct {
	File     File          // OpDescribe
	Dataset  *calc.Dataset // OpDescribe (a Y30R21 file), OpBuild, OpBundle
	Bundle   *Bundle       // OpBundle
	Data     []byte        // OpEncodeBundle: the bundle file; OpDescribe with Gzip: the file unpacked
	Warnings []any         // jobindsats.Warning and companion.Warning values
	Err      error
}

// A Parser reads files, reporting through done like a Store: done runs on
// the caller's goroutine (a worker's client dispatches it to the UI's).
type Parser interface {
	Parse(req Request, done func(Result))
}

// Local returns a Parser that reads on the caller's goroutine: done runs
// before Parse returns. It keeps what it has read (a Reader).
func Local() Parser { return localParser{NewReader()} }

type localParser struct{ r *Reader }

func (p localParser) Parse(req Request, done func(Result)) { done(p.r.Parse(req)) }

// Parse does what req asks.
func (r *Reader) Parse(req Request) Result {
	switch req.Op {
	case OpDescribe:
		data := req.Data
		if req.Gzip {
			var err error
			if data, err = gunzip(data); err != nil {
				return Result{Err: err}
			}
		}
		f, ds, ws, err := r.Describe(req.Name, data, req.Benefit, req.Added)
		res := Result{File: f, Dataset: ds, Warnings: ws, Err: err}
		if req.Gzip {
			res.Data = data
		}
		return res
	case OpEncodeBundle:
		if req.Bundle == nil {
			return Result{Err: errors.New("dataset: no bundle to write")}
		}
		b, err := req.Bundle.Encode()
		return Result{Data: b, Err: err}
	case OpBuild:
		if req.Set == nil {
			return Result{Err: ErrNoBase}
		}
		ds, ws, err := r.Build(req.Set, req.Files)
		return Result{Dataset: ds, Warnings: ws, Err: err}
	case OpBundle:
		b, err := ReadBundle(req.Data)
		if err != nil {
			return Result{Err: err}
		}
		ds, ws, err := r.Build(&b.Set, b.Data)
		return Result{Bundle: b, Dataset: ds, Warnings: ws, Err: err}
	}
	return Result{Err: fmt.Errorf("dataset: unknown operation %d", req.Op)}
}

// EncodeRequest serialises a request for the worker.
func EncodeRequest(req Request) ([]byte, error) { return wire.Marshal(req) }

// DecodeRequest reads what EncodeRequest wrote.
func DecodeRequest(b []byte) (Request, error) {
	var req Request
	err := wire.Unmarshal(b, &req)
	return req, err
}

// wireResult is a Result as it crosses: the errors and warnings as their
// concrete types (the encoding carries no interface values).
type wireResult struct {
	File     File
	Dataset  *calc.Dataset
	Bundle   *Bundle
	Data     []byte
	Warnings []wireWarning
	Err      *wireError
}

type wireWarning struct {
	Jobindsats *jobindsats.Warning
	Companion  *companion.Warning
	Text       string // any other warning, as fmt.Sprint words it
}

// wireError is an error of the readers, layer by layer: a FileError's
// file name, then the reader's typed error; Text is the whole error's text
// for the errors that are no more than their text.
type wireError struct {
	InFile      bool // a *FileError around the rest
	FileName    string
	Missing     *MissingFileError
	Jobindsats  []jobindsats.Error // one *jobindsats.Error, or jobindsats.Errors when Multi
	Multi       bool
	Companion   *companion.Error // with Err carried as CompanionErr
	CompanionEr string
	NoBase      bool
	NotBundle   bool
	Text        string
}

// EncodeResult serialises a result for the UI program.
func EncodeResult(res Result) ([]byte, error) {
	w := wireResult{File: res.File, Dataset: res.Dataset, Bundle: res.Bundle, Data: res.Data, Err: wireErr(res.Err)}
	for _, x := range res.Warnings {
		switch x := x.(type) {
		case jobindsats.Warning:
			w.Warnings = append(w.Warnings, wireWarning{Jobindsats: &x})
		case companion.Warning:
			w.Warnings = append(w.Warnings, wireWarning{Companion: &x})
		default:
			w.Warnings = append(w.Warnings, wireWarning{Text: fmt.Sprint(x)})
		}
	}
	return wire.Marshal(w)
}

// DecodeResult reads what EncodeResult wrote.
func DecodeResult(b []byte) (Result, error) {
	var w wireResult
	if err := wire.Unmarshal(b, &w); err != nil {
		return Result{}, err
	}
	res := Result{File: w.File, Dataset: w.Dataset, Bundle: w.Bundle, Data: w.Data, Err: w.Err.error()}
	for _, x := range w.Warnings {
		switch {
		case x.Jobindsats != nil:
			res.Warnings = append(res.Warnings, *x.Jobindsats)
		case x.Companion != nil:
			res.Warnings = append(res.Warnings, *x.Companion)
		default:
			res.Warnings = append(res.Warnings, x.Text)
		}
	}
	return res, nil
}

func wireErr(err error) *wireError {
	if err == nil {
		return nil
	}
	w := &wireError{Text: err.Error()}
	if fe, ok := err.(*FileError); ok {
		w.InFile, w.FileName = true, fe.Name
		err = fe.Err
		w.Text = err.Error()
	}
	var (
		me   *MissingFileError
		all  jobindsats.Errors
		one  *jobindsats.Error
		comp *companion.Error
	)
	switch {
	case errors.As(err, &me):
		w.Missing = me
	case errors.As(err, &all):
		w.Multi = true
		for _, e := range all {
			w.Jobindsats = append(w.Jobindsats, *e)
		}
	case errors.As(err, &one):
		w.Jobindsats = []jobindsats.Error{*one}
	case errors.As(err, &comp):
		c := *comp
		if c.Err != nil {
			w.CompanionEr = c.Err.Error()
			c.Err = nil
		}
		w.Companion = &c
	case errors.Is(err, ErrNoBase):
		w.NoBase = true
	case errors.Is(err, ErrNotBundle):
		w.NotBundle = true
	}
	return w
}

func (w *wireError) error() error {
	if w == nil {
		return nil
	}
	var err error
	switch {
	case w.Missing != nil:
		err = w.Missing
	case w.Multi:
		all := make(jobindsats.Errors, len(w.Jobindsats))
		for i := range w.Jobindsats {
			all[i] = &w.Jobindsats[i]
		}
		err = all
	case len(w.Jobindsats) == 1:
		err = &w.Jobindsats[0]
	case w.Companion != nil:
		c := *w.Companion
		if w.CompanionEr != "" {
			c.Err = errors.New(w.CompanionEr)
		}
		err = &c
	case w.NoBase:
		err = ErrNoBase
	case w.NotBundle:
		err = ErrNotBundle
	default:
		err = errors.New(w.Text)
	}
	if w.InFile {
		err = &FileError{Name: w.FileName, Err: err}
	}
	return err
}

// gunzip unpacks a file kept gzipped.
func gunzip(b []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	return io.ReadAll(io.LimitReader(zr, MaxBundleBytes))
}
