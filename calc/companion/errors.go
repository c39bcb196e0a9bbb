package companion

import (
	"errors"
	"fmt"
	"strings"

	"benchsim/calc/internal/enum"
)

// ErrKind classifies a problem with a companion file. Callers word it for
// users (app/text); Error() is English for Go's sake.
type ErrKind int

// The kinds of error.
const (
	ErrSyntax              ErrKind = iota + 1 // not valid CSV, JSON or xlsx
	ErrEmpty                                  // no rows (an empty file or sheet)
	ErrTooLarge                               // over MaxSize, or an xlsx that unpacks to more than MaxUnpacked
	ErrUnknownTable                           // the columns match none of the tables this package reads
	ErrMissingColumn                          // a required column is missing
	ErrNotNumber                              // a number column holds text
	ErrNegative                               // a count or figure is negative
	ErrUnknownMunicipality                    // the area is none of the 98 municipalities
	ErrNoMunicipalities                       // only regions, the whole country or "not stated" rows
	ErrBadPeriod                              // the period is not a month, quarter, year or QMAT code
	ErrFuturePeriod                           // the period lies after today
	ErrTotalMismatch                          // an "I alt" row disagrees with the sum of its parts
	ErrDuplicate                              // the same row twice with different values
	ErrNeedBenefitKind                        // the file does not say fp or flex (see ErrNeedBenefit)
	ErrMissingMonths                          // a window the dataset asks for lacks months or quarters
	ErrMissingMunicipality                    // a municipality of the dataset is not in the file
	ErrMissingValue                           // a template cell the dataset needs is empty
	ErrOutOfRange                             // a percentage outside 0–100, a zero population
	ErrTooWide                                // more columns than MaxColumns
	ErrMissingCategory                        // a StatBank table without the rows its figure needs (Value: which)
)

// ErrKinds lists every kind, for catalogues and their tests.
var ErrKinds = []ErrKind{ErrSyntax, ErrEmpty, ErrTooLarge, ErrUnknownTable, ErrMissingColumn,
	ErrNotNumber, ErrNegative, ErrUnknownMunicipality, ErrNoMunicipalities, ErrBadPeriod,
	ErrFuturePeriod, ErrTotalMismatch, ErrDuplicate, ErrNeedBenefitKind, ErrMissingMonths,
	ErrMissingMunicipality, ErrMissingValue, ErrOutOfRange, ErrTooWide, ErrMissingCategory}

var errKindNames = enum.New("errkind", map[ErrKind]string{
	ErrSyntax: "syntax", ErrEmpty: "empty", ErrTooLarge: "too-large", ErrUnknownTable: "unknown-table",
	ErrMissingColumn: "missing-column", ErrNotNumber: "not-a-number", ErrNegative: "negative",
	ErrUnknownMunicipality: "unknown-municipality", ErrNoMunicipalities: "no-municipalities",
	ErrBadPeriod: "bad-period", ErrFuturePeriod: "future-period", ErrTotalMismatch: "total-mismatch",
	ErrDuplicate: "duplicate", ErrNeedBenefitKind: "need-benefit", ErrMissingMonths: "missing-months",
	ErrMissingMunicipality: "missing-municipality", ErrMissingValue: "missing-value",
	ErrOutOfRange: "out-of-range", ErrTooWide: "too-wide", ErrMissingCategory: "missing-category",
})

// String returns a short identifier of the kind, e.g. "not-a-number".
func (k ErrKind) String() string { return errKindNames.Name(k) }

// ErrNeedBenefit is matched (errors.Is) by the error Read returns for a
// Jobindsats file that does not say whether it holds førtidspension or
// fleksjob: ask the user, then read again with Options.Benefit set.
var ErrNeedBenefit = errors.New("the file does not say whether it holds førtidspension or fleksjob")

// Error is one problem with a companion file, in the manner of
// encoding/csv's ParseError: where it is (Line, Column) and what (Kind and
// the values). Fields that do not apply are empty.
type Error struct {
	File         string   // the file's name as given
	Line         int      // 1-based line (the row number in an xlsx); 0 for the file as a whole
	Column       string   // the column as spelled in the file
	Kind         ErrKind  // what is wrong
	Value        string   // the offending cell, period, table name or limit
	Municipality string   // the municipality concerned
	Period       string   // the Y30R21 window (or file period) concerned
	Missing      []string // the missing months or quarters (ErrMissingMonths)
	Suggest      string   // a close municipality name (ErrUnknownMunicipality)
	Want, Got    float64  // the parts' sum and the total (ErrTotalMismatch)
	Err          error    // the underlying error, if any
}

func (e *Error) Error() string {
	var b strings.Builder
	if e.File != "" {
		b.WriteString(e.File + ": ")
	}
	if e.Line > 0 {
		fmt.Fprintf(&b, "line %d, ", e.Line)
	}
	if e.Column != "" {
		fmt.Fprintf(&b, "column %q, ", e.Column)
	}
	b.WriteString(e.Kind.String())
	for _, kv := range [][2]string{{"value", e.Value}, {"municipality", e.Municipality},
		{"period", e.Period}, {"missing", strings.Join(e.Missing, ", ")}, {"did you mean", e.Suggest}} {
		if kv[1] != "" {
			fmt.Fprintf(&b, "; %s %q", kv[0], kv[1])
		}
	}
	if e.Kind == ErrTotalMismatch {
		fmt.Fprintf(&b, "; parts sum to %g, total %g", e.Want, e.Got)
	}
	if e.Err != nil {
		b.WriteString(": " + e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the underlying error.
func (e *Error) Unwrap() error { return e.Err }

// Is makes errors.Is(err, ErrNeedBenefit) true for ErrNeedBenefitKind.
func (e *Error) Is(target error) bool {
	return target == ErrNeedBenefit && e.Kind == ErrNeedBenefitKind
}

// WarnKind classifies a warning: the figures are usable, but something was
// skipped or assumed.
type WarnKind int

// The kinds of warning.
const (
	WarnAggregateSkipped WarnKind = iota + 1 // rows for regions, the whole country, "not stated"
	WarnGroupSkipped                         // rows for a benefit group other than fp and flex
	WarnColumnIgnored                        // a template column without a unit, or an unused column
	WarnPeriodNotCovered                     // the file has nothing for a period of the dataset
	WarnNearestPeriod                        // a covariate for a period was taken from the nearest window
	WarnDuplicateRow                         // the same row twice with the same values
	WarnMissingValue                         // a value given as ".." or "-" (missing)
)

// WarnKinds lists every warning kind.
var WarnKinds = []WarnKind{WarnAggregateSkipped, WarnGroupSkipped, WarnColumnIgnored,
	WarnPeriodNotCovered, WarnNearestPeriod, WarnDuplicateRow, WarnMissingValue}

// Warning is a note about a file that did not stop it from being used.
type Warning struct {
	File   string
	Line   int // first line concerned; 0 for the file as a whole
	Kind   WarnKind
	Column string
	Value  string // the skipped name or group, the covariate, the figure
	Period string // the dataset period concerned
	From   string // WarnNearestPeriod: the window the values were taken from
	Count  int    // how many rows the warning stands for
}

func (w Warning) String() string {
	s := fmt.Sprintf("%s: warning %d", w.File, int(w.Kind))
	if w.Line > 0 {
		s += fmt.Sprintf(" line %d", w.Line)
	}
	return s + fmt.Sprintf(" %q %q %q %q ×%d", w.Column, w.Value, w.Period, w.From, w.Count)
}
