package text

import (
	"math"
	"strconv"
	"strings"
)

// Style says how Format writes a number.
type Style struct {
	Group bool // thousands separators (1.130); off for files spreadsheets read
	Plus  bool // a "+" on positive values (differences, changes)
	Typo  bool // the typographic minus "−" (charts); otherwise "-"
}

// Format is the project's one number formatter: v rounded to decimals
// places, Danish "1.130,5" or English "1,130.5". A value that rounds to zero
// gets no sign ("0,00", not "-0,00"). NaN and infinities give "–".
func Format(v float64, decimals int, lang Lang, st Style) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	if decimals < 0 {
		decimals = 0
	}
	thou, dec := ".", ","
	if lang == EN {
		thou, dec = ",", "."
	}
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	neg, plus := v < 0, st.Plus && v > 0
	if strings.Trim(s, "0.") == "" {
		neg, plus = false, false
	}
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	switch {
	case neg && st.Typo:
		b.WriteString("−")
	case neg:
		b.WriteByte('-')
	case plus:
		b.WriteByte('+')
	}
	for i, c := range intPart {
		if st.Group && i > 0 && (len(intPart)-i)%3 == 0 {
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

// Number formats v for display: "1.130", "-2,4".
func Number(v float64, decimals int, lang Lang) string {
	return Format(v, decimals, lang, Style{Group: true})
}

// Plain formats v for files that spreadsheets read: no thousands
// separators ("1130,5").
func Plain(v float64, decimals int, lang Lang) string {
	return Format(v, decimals, lang, Style{})
}

// Signed is Number with an explicit "+" on positive values.
func Signed(v float64, decimals int, lang Lang) string {
	return Format(v, decimals, lang, Style{Group: true, Plus: true})
}

// Mio formats kroner as millions with one decimal: "11,4 mio. kr." or
// "DKK 11.4m".
func Mio(kr float64, lang Lang) string { return mio(Number(kr/1e6, 1, lang), lang) }

// SignedMio is Mio with an explicit "+" on positive values, for changes:
// "+11,4 mio. kr.".
func SignedMio(kr float64, lang Lang) string { return mio(Signed(kr/1e6, 1, lang), lang) }

func mio(n string, lang Lang) string {
	if lang == EN {
		return "DKK " + n + "m"
	}
	return n + " mio. kr."
}
