package jobindsats

// LookupMunicipality finds a municipality by name (any common spelling,
// with or without "Kommune") or by kommunekode. It returns the index in
// Municipalities, or -1.
func LookupMunicipality(s string) int { return lookupMunicipality(s) }

// SuggestMunicipality returns the municipality name closest to s (within an
// edit distance of 2), or "".
func SuggestMunicipality(s string) string { return suggestMunicipality(s) }

// IsAggregate reports whether s names an area Jobindsats publishes beside
// the municipalities: the whole country, a region, an RAR or a landsdel.
func IsAggregate(s string) bool { return isAggregate(normLabel(s)) }

// ParseNumber reads a number as Jobindsats files write it: a JSON number or
// text with a decimal comma, optionally with thousands separators. For
// counts, "43.070" is 43070; otherwise a lone dot is a decimal point.
func ParseNumber(s string, count bool) (float64, bool) { return parseNumber(s, count) }
