//go:build js

package view

import (
	"errors"

	"benchsim/app/dataset"
)

// defaultParser is the browser's until app/ui sets the worker's: it reads
// nothing, so that the UI program links none of the readers.
func defaultParser() dataset.Parser { return noParser{} }

type noParser struct{}

func (noParser) Parse(_ dataset.Request, done func(dataset.Result)) {
	done(dataset.Result{Err: errors.New("no file reader in this program")})
}
