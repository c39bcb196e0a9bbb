// Package report turns calc results into what people read: numbers in
// Danish (or English) format, the ranking table's rows, and CSV exports. The
// command line and the browser both use it, so they print the same numbers.
package report

import (
	"math"
	"strconv"
	"strings"
)

// Lang is a display language: "da" (default) or "en".
type Lang string

// The languages.
const (
	DA Lang = "da"
	EN Lang = "en"
)

// Number formats v with the given number of decimals: Danish "1.130,5" or
// English "1,130.5". The minus sign is the typographic "−" when typo is true
// (for display) and "-" otherwise (for files).
func Number(v float64, decimals int, lang Lang) string {
	return number(v, decimals, lang, true)
}

// Plain is Number with an ASCII minus, for files that spreadsheets read.
func Plain(v float64, decimals int, lang Lang) string {
	return number(v, decimals, lang, false)
}

func number(v float64, decimals int, lang Lang, typo bool) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	thou, dec := ".", ","
	if lang == EN {
		thou, dec = ",", "."
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	neg := v < 0 && strings.Trim(s, "0.") != ""
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if neg {
		if typo {
			b.WriteString("−")
		} else {
			b.WriteString("-")
		}
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(thou)
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString(dec)
		b.WriteString(frac)
	}
	return b.String()
}

// Signed is Number with an explicit "+" on positive values.
func Signed(v float64, decimals int, lang Lang) string {
	s := Number(v, decimals, lang)
	if v > 0 && strings.Trim(s, "0.,") != "" {
		return "+" + s
	}
	return s
}

// Mio formats kroner as millions with one decimal: "11,4 mio. kr." or
// "DKK 11.4m".
func Mio(kr float64, lang Lang) string {
	if lang == EN {
		return "DKK " + Signed(kr/1e6, 1, lang) + "m"
	}
	return Signed(kr/1e6, 1, lang) + " mio. kr."
}

// PP formats a percentage-point difference: "2,4 procentpoint".
func PP(v float64, lang Lang) string {
	if lang == EN {
		return Signed(v, 2, lang) + " percentage points"
	}
	return Signed(v, 2, lang) + " procentpoint"
}

// RankChange formats a rank change: "+5" (climbed), "−3", "0".
func RankChange(c int) string {
	switch {
	case c > 0:
		return "+" + strconv.Itoa(c)
	case c < 0:
		return "−" + strconv.Itoa(-c)
	}
	return "0"
}
