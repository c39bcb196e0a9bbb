package jobindsats

import (
	"fmt"

	"benchsim/calc/internal/enum"
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

var kindNames = enum.New("kind", map[Kind]string{
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
})

// String returns a short identifier of the kind, e.g. "not-a-number".
func (k Kind) String() string { return kindNames.Name(k) }

// Error is one problem in an imported file. Line is the 1-based line of the
// file (0 when the problem concerns the file as a whole); Row is the Data row
// of an API answer whose rows share a line (else 0); Field is the label of
// the column or key as spelled in the file, when one field is at fault.
// Kind classifies the problem, Detail says exactly what it is, and Facts
// hold the values its message needs — so that a caller can word it in any
// language (app/text does, in Danish and English). Error() words it in
// English.
type Error struct {
	Line   int
	Row    int
	Field  string
	Kind   Kind
	Detail Detail
	Facts
	err error // underlying error, if any (e.g. from the reader)
}

// Error formats the error like
// `line 12, field "Faktisk antal": not a number: "abc"`.
func (e *Error) Error() string {
	w := e.Where(english)
	if w == "" {
		return e.Message()
	}
	return w + ": " + e.Message()
}

// Message is the English message without the line and field.
func (e *Error) Message() string { return Fill(detailEnglish[e.Detail], e.Facts, english) }

// Where words the line, Data row and field of the error with wd, like
// `line 1 (Data row 4), field "Faktisk antal"`; "" for the file as a whole.
func (e *Error) Where(wd Wording) string {
	where := ""
	if e.Line > 0 {
		where = wd.Place(Place{e.Line, e.Row})
	}
	if e.Field == "" {
		return where
	}
	f := wd.Field(e.Field)
	if where == "" {
		return f
	}
	return where + ", " + f
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
// the user should know about, e.g. a repeated row that was dropped. Like
// Error it carries a kind and the values of its message.
type Warning struct {
	Line int // 1-based line, 0 for the file as a whole
	Kind WarnKind
	Facts
}

// String formats the warning in English like "line 40: …".
func (w Warning) String() string {
	if w.Line > 0 {
		return english.Place(Place{Line: w.Line}) + ": " + w.Message()
	}
	return w.Message()
}

// Message is the English message without the line.
func (w Warning) Message() string { return Fill(warnEnglish[w.Kind], w.Facts, english) }
