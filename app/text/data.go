package text

import (
	"errors"
	"fmt"

	"benchsim/calc/companion"
	"benchsim/calc/jobindsats"
)

// DataWarning words a warning of either reader: a jobindsats.Warning or a
// companion.Warning.
func DataWarning(w any, lang string) string {
	switch w := w.(type) {
	case jobindsats.Warning:
		return ImportWarning(w, lang)
	case companion.Warning:
		return CompanionWarning(w, lang)
	}
	return fmt.Sprint(w)
}

// DataError words an error of either reader: the Y30R21 importer's or the
// companion files' (whose message names the file itself).
func DataError(err error, lang string) string {
	var je *jobindsats.Error
	if errors.As(err, &je) {
		return ImportError(err, lang)
	}
	var ce *companion.Error
	if errors.As(err, &ce) {
		return CompanionError(err, lang)
	}
	return CalcError(err, lang)
}
