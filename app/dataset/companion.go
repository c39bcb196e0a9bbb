package dataset

import (
	"errors"

	"benchsim/calc"
	"benchsim/calc/companion"
)

// This file is the one seam between a set and the companion readers
// (benchsim/calc/companion, issue 10).

// companionRecognised tells whether the companion reader's error is about
// a file it took for one of its tables (and not a file it could not place).
func companionRecognised(err error) bool {
	var e *companion.Error
	if !errors.As(err, &e) {
		return false
	}
	switch e.Kind {
	case companion.ErrSyntax, companion.ErrEmpty, companion.ErrUnknownTable, companion.ErrMissingColumn:
		return false
	}
	return true
}

// ErrNeedBenefit (errors.Is) says that a file does not tell which benefit it
// holds: the app asks fp or flex and reads it again with the answer.
var ErrNeedBenefit = companion.ErrNeedBenefit

// Companion is one companion file, read and checked.
type Companion struct{ f *companion.File }

// describe fills in what the companion file is and which levers it feeds.
func (c Companion) describe(f *File) {
	f.Kind = Kind(c.f.Kind.String())
	f.Table, f.Format = c.f.Table, c.f.Format
	f.Periods = c.f.Periods
	f.Munis = c.f.Municipalities
	var unlocks []string
	for _, a := range c.f.Areas {
		unlocks = append(unlocks, a.ID())
	}
	unlocks = append(unlocks, c.f.Covariates...)
	if c.f.Caseload {
		unlocks = append(unlocks, "caseload")
	}
	if c.f.Fokus {
		unlocks = append(unlocks, "fokus")
	}
	// In the order of Levers, unknown ones (template columns) after.
	for _, l := range Levers {
		for _, u := range unlocks {
			if u == l.ID {
				f.Unlocks = append(f.Unlocks, u)
			}
		}
	}
	for _, u := range unlocks {
		if _, ok := LeverByID(u); !ok {
			f.Unlocks = append(f.Unlocks, u)
		}
	}
}

// ReadCompanion reads a companion file; benefit is "fp", "flex" or "".
func ReadCompanion(name string, data []byte, benefit string) (Companion, []any, error) {
	var opt companion.Options
	switch benefit {
	case "fp":
		opt.Benefit = calc.FP
	case "flex":
		opt.Benefit = calc.Flex
	}
	f, ws, err := companion.Read(name, data, opt)
	if err != nil {
		return Companion{}, nil, err
	}
	return Companion{f}, warnings(ws), nil
}

// ApplyCompanions merges companion files into a new dataset.
func ApplyCompanions(ds *calc.Dataset, files []Companion) (*calc.Dataset, []any, error) {
	fs := make([]*companion.File, len(files))
	for i, c := range files {
		fs[i] = c.f
	}
	out, ws, err := companion.Apply(ds, fs)
	if err != nil {
		return nil, nil, err
	}
	return out, warnings(ws), nil
}

func warnings(ws []companion.Warning) []any {
	out := make([]any, len(ws))
	for i, w := range ws {
		out[i] = w
	}
	return out
}

// Template is the template CSV the app hands out.
func Template(lang string) []byte { return companion.Template(lang) }
