package jobindsats

import (
	"strconv"
	"strings"
	"sync"

	"benchsim/calc"
)

// aliases are other spellings seen in Danish sources, keyed by normName.
var aliases = map[string]string{
	"københavns":               "København",
	"nordfyn":                  "Nordfyns",
	"vesthimmerland":           "Vesthimmerlands",
	"bornholms":                "Bornholm",
	"bornholms regionskommune": "Bornholm",
	"brønderslev dronninglund": "Brønderslev",
}

// aggregates are areas Jobindsats publishes beside the municipalities; rows
// for them are skipped with a warning.
func isAggregate(n string) bool {
	return n == "hele landet" || n == "danmark" || n == "landsgennemsnit" || n == "i alt" ||
		strings.HasPrefix(n, "region ") || strings.HasPrefix(n, "rar ") || strings.HasPrefix(n, "landsdel ")
}

// normName makes a name comparable: lower case, "æ", "ø", "å" as "ae",
// "oe", "aa", hyphens as spaces, a trailing "kommune" dropped.
func normName(s string) string {
	n := normLabel(s)
	n = danishASCII.Replace(n)
	n = strings.ReplaceAll(n, "-", " ")
	n = strings.TrimSuffix(n, " kommune")
	return strings.Join(strings.Fields(n), " ")
}

var danishASCII = strings.NewReplacer("æ", "ae", "ø", "oe", "å", "aa")

// municipalityIndex is what lookups need, built on first use (not at
// package initialisation, so that a program that links this package only
// for its types, as the browser's UI program does, does not pay for it).
type municipalityIndex struct {
	aliasOf map[string]string // normName of an alias → the Jobindsats name
	byNorm  map[string]int    // normName → index in calc.Municipalities
	byCode  map[int]int       // kommunekode → index in calc.Municipalities
}

var municipalities = sync.OnceValue(func() *municipalityIndex {
	x := &municipalityIndex{aliasOf: map[string]string{}, byNorm: map[string]int{}, byCode: map[int]int{}}
	for i, m := range calc.Municipalities {
		x.byNorm[normName(m.Name)] = i
		x.byCode[m.Code] = i
	}
	for a, name := range aliases {
		x.aliasOf[normName(a)] = name
		for i, m := range calc.Municipalities {
			if m.Name == name {
				x.byNorm[normName(a)] = i
			}
		}
	}
	return x
})

// lookupMunicipality finds a municipality by name (any common spelling) or
// by kommunekode. It returns the index in calc.Municipalities, or -1.
func lookupMunicipality(s string) int {
	x := municipalities()
	if i, ok := x.byNorm[normName(s)]; ok {
		return i
	}
	if c, err := strconv.Atoi(strings.TrimSpace(s)); err == nil {
		if i, ok := x.byCode[c]; ok {
			return i
		}
	}
	return -1
}

// suggestMunicipality returns the known name closest to s when it is within
// an edit distance of 2, or "".
func suggestMunicipality(s string) string {
	n := normName(s)
	best, bestD := "", 3
	for _, m := range calc.Municipalities {
		if d := editDistance(n, normName(m.Name), bestD); d < bestD {
			best, bestD = m.Name, d
		}
	}
	return best
}

// editDistance is the Levenshtein distance between a and b in runes; it
// returns max as soon as the distance is known to be at least max.
func editDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if d := len(ra) - len(rb); d >= max || -d >= max {
		return max
	}
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= max {
			return max
		}
		prev, cur = cur, prev
	}
	return min(prev[len(rb)], max)
}
