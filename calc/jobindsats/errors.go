package jobindsats

import (
	"fmt"
	"strconv"
	"strings"
)

// Kind classifies an import error, so that callers (the UI, the command line)
// can react to a class of problem without parsing messages.
type Kind int

// The kinds of import error.
const (
	// ErrSyntax: the file is not valid JSON or CSV.
	ErrSyntax Kind = iota + 1
	// ErrAPI: the file holds an error message from the Jobindsats API
	// (e.g. an expired key) instead of data.
	ErrAPI
	// ErrEmpty: the file holds no rows.
	ErrEmpty
	// ErrTooLarge: the file is larger than MaxSize.
	ErrTooLarge
	// ErrRead: the reader failed.
	ErrRead
	// ErrMissingField: a required column, key or value is missing.
	ErrMissingField
	// ErrColumnCount: a CSV line or an API data row has the wrong number of fields.
	ErrColumnCount
	// ErrUnknownMunicipality: the area is not one of the 98 municipalities.
	ErrUnknownMunicipality
	// ErrUnknownArea: the benefit group (Ydelsesgrupper) is not known.
	ErrUnknownArea
	// ErrBadPeriod: the period is not a Jobindsats code like "2021QMAT02".
	ErrBadPeriod
	// ErrNotNumber: a numeric field holds something that is not a number.
	ErrNotNumber
	// ErrOutOfRange: a number is impossible (a negative count, a rank of 0,
	// a population or share that is zero or negative where it must be positive).
	ErrOutOfRange
	// ErrInconsistent: fields of one row (or one municipality and period)
	// contradict each other, e.g. a difference that is not actual − expected.
	ErrInconsistent
	// ErrDuplicate: the same municipality, period and area appear twice with
	// different values, or a column appears twice.
	ErrDuplicate
	// ErrMissingArea: a municipality and period lacks one of the official
	// areas (A-dagpenge, Kontanthjælp, Sygedagpenge).
	ErrMissingArea
	// ErrMissingPeriod: a municipality has no rows at all for a period that
	// other municipalities have.
	ErrMissingPeriod
	// ErrTotalMismatch: the total does not equal the sum of the three areas
	// beyond what rounding explains.
	ErrTotalMismatch
	// ErrMissingMunicipalities: the file lacks some of the 98
	// municipalities (Error.Values names them); a benchmark ranks all of
	// them. ReadOptions.Partial accepts such a file.
	ErrMissingMunicipalities
)

var kindNames = map[Kind]string{
	ErrSyntax:                "syntax",
	ErrAPI:                   "api-error",
	ErrEmpty:                 "empty",
	ErrTooLarge:              "too-large",
	ErrRead:                  "read",
	ErrMissingField:          "missing-field",
	ErrColumnCount:           "column-count",
	ErrUnknownMunicipality:   "unknown-municipality",
	ErrUnknownArea:           "unknown-area",
	ErrBadPeriod:             "bad-period",
	ErrNotNumber:             "not-a-number",
	ErrOutOfRange:            "out-of-range",
	ErrInconsistent:          "inconsistent",
	ErrDuplicate:             "duplicate",
	ErrMissingArea:           "missing-area",
	ErrMissingPeriod:         "missing-period",
	ErrTotalMismatch:         "total-mismatch",
	ErrMissingMunicipalities: "missing-municipalities",
}

// String returns a short identifier of the kind, e.g. "not-a-number".
func (k Kind) String() string {
	if s, ok := kindNames[k]; ok {
		return s
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// Error is one problem in an imported file. Line is the 1-based line of the
// file (0 when the problem concerns the file as a whole); Field is the label
// of the column or key as spelled in the file, when one field is at fault.
type Error struct {
	Line  int
	Field string
	Kind  Kind
	Msg   string
	// Values are the names or texts the problem is about, e.g. every
	// municipality missing for ErrMissingMunicipalities.
	Values []string
	err    error // underlying error, if any (e.g. from the reader)
}

// Error formats the error like
// `line 12, field "Faktisk antal": not a number: "abc"`.
func (e *Error) Error() string {
	var b strings.Builder
	if e.Line > 0 {
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
	}
	if e.Field != "" {
		if b.Len() > 0 {
			b.WriteString(", ")
		}
		b.WriteString("field ")
		b.WriteString(strconv.Quote(e.Field))
	}
	if b.Len() > 0 {
		b.WriteString(": ")
	}
	b.WriteString(e.Msg)
	return b.String()
}

// Unwrap returns the underlying error, if any (e.g. the reader's error for ErrRead).
func (e *Error) Unwrap() error { return e.err }

// MaxErrors is the most errors ReadAll returns.
const MaxErrors = 20

// Errors are the problems of one file, sorted by line; at most MaxErrors.
// errors.As(err, &e) with e of type *Error finds the first.
type Errors []*Error

// Error returns the first error's text and how many more there are.
func (es Errors) Error() string {
	switch len(es) {
	case 0:
		return "no errors"
	case 1:
		return es[0].Error()
	}
	return fmt.Sprintf("%s (and %d more)", es[0].Error(), len(es)-1)
}

// Unwrap returns the errors, so errors.As and errors.Is look at each.
func (es Errors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

// Warning is something in the file that did not stop the import but that
// the user should know about, e.g. a repeated row that was dropped.
type Warning struct {
	Line int // 1-based line, 0 for the file as a whole
	Msg  string
}

// String formats the warning like "line 40: …".
func (w Warning) String() string {
	if w.Line > 0 {
		return "line " + strconv.Itoa(w.Line) + ": " + w.Msg
	}
	return w.Msg
}
