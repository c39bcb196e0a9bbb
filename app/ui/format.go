package ui

import (
	"math"
	"strconv"
	"strings"
)

// Languages the UI speaks.
const (
	LangDA = "da"
	LangEN = "en"
)

// FormatNumber is the one number formatter of the UI: v rounded to decimals
// places, with the thousands separator and decimal mark of lang (Danish
// "1.130" and "11,4"; English "1,130" and "11.4"). Negative numbers get a
// hyphen-minus so that spreadsheets read them. NaN and infinities give "–".
func FormatNumber(v float64, decimals int, lang string) string {
	return formatNumber(v, decimals, lang, true, false)
}

// FormatSigned is FormatNumber with a "+" in front of positive numbers, for
// differences and rank changes.
func FormatSigned(v float64, decimals int, lang string) string {
	return formatNumber(v, decimals, lang, true, true)
}

// FormatPlain is FormatNumber without thousands separators, for CSV cells
// that a spreadsheet must read as numbers.
func FormatPlain(v float64, decimals int, lang string) string {
	return formatNumber(v, decimals, lang, false, false)
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

func formatNumber(v float64, decimals int, lang string, group, plus bool) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	if decimals < 0 {
		decimals = 0
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	neg := v < 0
	// A value that rounds to zero is shown without a sign ("0,00", not "-0,00").
	if strings.Trim(s, "0.") == "" {
		neg, plus = false, false
	}
	intPart, frac, _ := strings.Cut(s, ".")
	thousands, decimal := ".", ","
	if lang == LangEN {
		thousands, decimal = ",", "."
	}
	var b strings.Builder
	switch {
	case neg:
		b.WriteByte('-')
	case plus:
		b.WriteByte('+')
	}
	if group && len(intPart) > 3 {
		first := len(intPart) % 3
		if first > 0 {
			b.WriteString(intPart[:first])
		}
		for i := first; i < len(intPart); i += 3 {
			if i > 0 {
				b.WriteString(thousands)
			}
			b.WriteString(intPart[i : i+3])
		}
	} else {
		b.WriteString(intPart)
	}
	if frac != "" {
		b.WriteString(decimal)
		b.WriteString(frac)
	}
	return b.String()
}
