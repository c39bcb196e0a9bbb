//go:build benchsim_ui

package companion

import "errors"

// The browser's UI program (app/internal/wasmbuild builds it with the tag
// benchsim_ui) reads no files: its drawing worker does (see app/dataset).
// It links this package for its types and their wording only, so it is
// built without the xlsx reader, and without github.com/thedatashed/xlsxreader,
// whose package initialisation (a regular expression compiled at start)
// was a noticeable part of every start of the UI program.

var errNoXLSX = errors.New("this program reads no .xlsx files (the worker does)")

func readXLSX([]byte) (*table, error) {
	return nil, &Error{Kind: ErrSyntax, Value: "xlsx", Err: errNoXLSX}
}
