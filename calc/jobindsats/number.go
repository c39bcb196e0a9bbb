package jobindsats

import (
	"math"
	"strconv"
	"strings"
)

// parseNumber reads a number as Jobindsats files write it: a JSON number, or
// text with a decimal comma ("9,08"), optionally with thousands separators
// ("43.070", "1.234,5", "43 070") and a Unicode minus. For counts, a dot
// followed by groups of exactly three digits ("43.070") is a thousands
// separator; for shares a lone dot is a decimal point ("9.08").
func parseNumber(s string, count bool) (float64, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, false
	}
	if allDigits(s) {
		// The common case ("43070"), which the rules below leave as is.
		v, err := strconv.ParseFloat(s, 64)
		return v, err == nil && !math.IsInf(v, 0)
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '\u2212', '\u2013':
			b.WriteByte('-')
		case ' ', '\u00a0', '\u202f', '\u2009':
			// thousands separator
		default:
			if !(r >= '0' && r <= '9' || r == '.' || r == ',' || r == '-' || r == '+' || r == 'e' || r == 'E') {
				return 0, false
			}
			b.WriteRune(r)
		}
	}
	t := b.String()
	switch strings.Count(t, ",") {
	case 0:
		if count && thousandsDots(t) {
			t = strings.ReplaceAll(t, ".", "")
		}
	case 1:
		t = strings.ReplaceAll(t, ".", "")
		t = strings.Replace(t, ",", ".", 1)
	default:
		return 0, false
	}
	if strings.Count(t, ".") > 1 {
		return 0, false
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, false
	}
	return v, true
}

// thousandsDots reports whether t looks like "43.070" or "-1.234.567".
func thousandsDots(t string) bool {
	t = strings.TrimLeft(t, "+-")
	parts := strings.Split(t, ".")
	if len(parts) < 2 || len(parts[0]) == 0 || len(parts[0]) > 3 {
		return false
	}
	for _, p := range parts {
		for _, c := range p {
			if c < '0' || c > '9' {
				return false
			}
		}
	}
	for _, p := range parts[1:] {
		if len(p) != 3 {
			return false
		}
	}
	return true
}

// formatNumber writes v with the shortest exact representation, with a
// decimal comma when comma is true. minDecimals pads with zeros (shares are
// published with two decimals: "0,20").
func formatNumber(v float64, comma bool, minDecimals int) string {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if minDecimals > 0 {
		dot := strings.IndexByte(s, '.')
		if dot < 0 {
			s += "." + strings.Repeat("0", minDecimals)
		} else if d := len(s) - dot - 1; d < minDecimals {
			s += strings.Repeat("0", minDecimals-d)
		}
	}
	if comma {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
