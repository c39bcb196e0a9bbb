package jobindsats

import (
	"strings"
	"unicode"
)

// field is one of the columns of Y30R21 this package understands.
type field int

const (
	fArea field = iota
	fPeriod
	fGroup
	fExpected
	fActual
	fDiff
	fExpectedShare
	fActualShare
	fDiffShare
	fRank
	fPopulation
	numFields
)

// Labels are the Jobindsats labels of Y30R21's fields in the long form used
// by the API and its JSON lines (and by Write unless short headers are asked
// for). LabelPopulation is not part of Y30R21; it is this package's own
// optional column for the population aged 16–66.
const (
	LabelArea          = "Area"
	LabelPeriod        = "Periode"
	LabelGroup         = "Ydelsesgrupper"
	LabelExpected      = "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forventet antal"
	LabelActual        = "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk antal"
	LabelDiff          = "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forskel mellem forventet og faktisk antal"
	LabelExpectedShare = "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Forventet andel (pct.)"
	LabelActualShare   = "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)"
	LabelDiffShare     = "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Forskel mellem forventet og faktisk andel (pct. point)"
	LabelRank          = "Placering på benchmarkranglisten"
	LabelPopulation    = "Befolkning 16-66 år"
)

var longLabels = [numFields]string{
	LabelArea, LabelPeriod, LabelGroup, LabelExpected, LabelActual, LabelDiff,
	LabelExpectedShare, LabelActualShare, LabelDiffShare, LabelRank, LabelPopulation,
}

// shortLabels are the labels after the colon, as many CSV exports have them.
var shortLabels = [numFields]string{
	"Area", "Periode", "Ydelsesgrupper", "Forventet antal", "Faktisk antal",
	"Forskel mellem forventet og faktisk antal", "Forventet andel (pct.)",
	"Faktisk andel (pct.)", "Forskel mellem forventet og faktisk andel (pct. point)",
	"Placering på benchmarkranglisten", "Befolkning 16-66 år",
}

// normLabel lower-cases a label, turns dashes into '-', and collapses white space.
func normLabel(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == '\u2013' || r == '\u2014' || r == '\u2212':
			r = '-'
		case unicode.IsSpace(r):
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

var exactLabels = map[string]field{
	"area":                             fArea,
	"kommune":                          fArea,
	"kommunenavn":                      fArea,
	"område":                           fArea,
	"municipality":                     fArea,
	"periode":                          fPeriod,
	"period":                           fPeriod,
	"periode jobindsats":               fPeriod,
	"ydelsesgrupper":                   fGroup,
	"ydelsesgruppe":                    fGroup,
	"ydelsesområde":                    fGroup,
	"placering på benchmarkranglisten": fRank,
	"placering":                        fRank,
	"benchmarkranking":                 fRank,
	"rank":                             fRank,
}

// classify maps a column label or JSON key to a field. It accepts the long
// labels, the short ones (the part after the colon) and a few common aliases.
func classify(label string) (field, bool) {
	n := normLabel(label)
	if f, ok := exactLabels[n]; ok {
		return f, true
	}
	if (strings.HasPrefix(n, "befolkning") || strings.HasPrefix(n, "population") ||
		strings.HasPrefix(n, "indbyggere")) && strings.Contains(n, "16") && strings.Contains(n, "66") {
		return fPopulation, true
	}
	tail := n
	if i := strings.LastIndex(n, ": "); i >= 0 {
		tail = n[i+2:]
	}
	switch tail {
	case "forventet antal":
		return fExpected, true
	case "faktisk antal":
		return fActual, true
	case "forventet andel (pct.)", "forventet andel":
		return fExpectedShare, true
	case "faktisk andel (pct.)", "faktisk andel":
		return fActualShare, true
	}
	if strings.HasPrefix(tail, "forskel") {
		if strings.Contains(tail, "pct") || strings.Contains(tail, "andel") {
			return fDiffShare, true
		}
		return fDiff, true
	}
	return 0, false
}
