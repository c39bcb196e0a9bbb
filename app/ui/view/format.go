package view

import (
	"benchsim/app/report"
	"strconv"
)

// Languages the UI speaks.
const (
	LangDA = "da"
	LangEN = "en"
)

// The UI's number formats, all through report.Format, the project's one
// formatter (the command line prints the same strings).

// FormatNumber formats v with lang's thousands separator and decimal mark
// (Danish "1.130" and "11,4"; English "1,130" and "11.4"); negative numbers
// get a hyphen-minus so that copied values stay numbers in a spreadsheet.
func FormatNumber(v float64, decimals int, lang string) string {
	return report.Number(v, decimals, report.Lang(lang))
}

// FormatSigned is FormatNumber with a "+" in front of positive numbers, for
// differences and rank changes.
func FormatSigned(v float64, decimals int, lang string) string {
	return report.Signed(v, decimals, report.Lang(lang))
}

// FormatMio formats kroner as millions with one decimal ("11,4").
func FormatMio(kr float64, lang string) string {
	return FormatNumber(kr/1e6, 1, lang)
}

// FormatMioSigned formats kroner as signed millions with one decimal ("+11,4").
func FormatMioSigned(kr float64, lang string) string {
	return FormatSigned(kr/1e6, 1, lang)
}

// FormatInt formats a whole number ("1.130").
func FormatInt(n int, lang string) string {
	return FormatNumber(float64(n), 0, lang)
}

// DecimalsOf returns how many decimals show a parameter's value exactly
// (at most 3).
func DecimalsOf(v float64) int {
	for d := 0; d < 3; d++ {
		s := strconv.FormatFloat(v, 'f', d, 64)
		if f, _ := strconv.ParseFloat(s, 64); f == v {
			return d
		}
	}
	return 3
}
