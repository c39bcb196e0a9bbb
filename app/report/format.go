// Package report turns calc results into what people read: the ranking
// table's rows and columns and the CSV exports. The command line and the
// browser both use it, so they print the same numbers. Its words come from
// the text catalogue (app/text), and so does the one number formatter; the
// names below keep report's callers short.
package report

import "benchsim/app/text"

// Lang is a display language: "da" (default) or "en".
type Lang = text.Lang

// The languages.
const (
	DA = text.DA
	EN = text.EN
)

// Words are one text in both languages (the catalogue's pair).
type Words = text.W

// Style says how Format writes a number.
type Style = text.Style

// Format is the project's one number formatter (text.Format).
func Format(v float64, decimals int, lang Lang, st Style) string {
	return text.Format(v, decimals, lang, st)
}

// Number formats v for display: "1.130", "-2,4".
func Number(v float64, decimals int, lang Lang) string { return text.Number(v, decimals, lang) }

// Plain formats v for files that spreadsheets read: no thousands
// separators ("1130,5").
func Plain(v float64, decimals int, lang Lang) string { return text.Plain(v, decimals, lang) }

// Signed is Number with an explicit "+" on positive values.
func Signed(v float64, decimals int, lang Lang) string { return text.Signed(v, decimals, lang) }

// Mio formats kroner as millions with one decimal: "11,4 mio. kr." or
// "DKK 11.4m".
func Mio(kr float64, lang Lang) string { return text.Mio(kr, lang) }

// SignedMio is Mio with an explicit "+" on positive values: "+11,4 mio. kr.".
func SignedMio(kr float64, lang Lang) string { return text.SignedMio(kr, lang) }
