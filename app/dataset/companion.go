package dataset

import (
	"errors"

	"benchsim/calc"
)

// This file is the one seam between a set and the companion readers
// (benchsim/calc/companion, issue 10). Until that package is merged,
// companion files are refused with ErrNoCompanion.

// noCompanion is true while the companion readers are absent.
const noCompanion = true

// ErrNeedBenefit (errors.Is) says that a file does not tell which benefit it
// holds: the app asks fp or flex and reads it again with the answer.
var ErrNeedBenefit = errors.New("the file does not say whether it holds førtidspension or fleksjob")

// ErrNoCompanion: this build reads no companion files.
var ErrNoCompanion = errors.New("this build reads Y30R21 files only")

// Companion is one companion file, read and checked.
type Companion struct{}

func (c Companion) describe(f *File) {}

// ReadCompanion reads a companion file; benefit is "fp", "flex" or "".
func ReadCompanion(name string, data []byte, benefit string) (Companion, []any, error) {
	return Companion{}, nil, ErrNoCompanion
}

// ApplyCompanions merges companion files into a new dataset.
func ApplyCompanions(ds *calc.Dataset, files []Companion) (*calc.Dataset, []any, error) {
	return nil, nil, ErrNoCompanion
}

// Template is the template CSV of the companion readers.
func Template(lang string) []byte { return nil }
