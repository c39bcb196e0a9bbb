package jobindsats

import (
	"math"
	"strconv"
	"strings"
)

// Detail says exactly what is wrong, within an error's Kind. Each names the
// Facts its message uses: Values (v0, v1, …), Nums (n0, n1, …), Ref.
type Detail int

// The details of import errors.
const (
	DetailReadFailed                   Detail = iota + 1 // v0: the reader's error
	DetailTooLarge                                       // n0: MaxSize in MB
	DetailUTF16                                          //
	DetailEmptyFile                                      //
	DetailNoDataRows                                     //
	DetailJSONBadChar                                    // v0: the character, quoted; v1: the decoder's message
	DetailJSONSyntax                                     // v0: the decoder's message
	DetailJSONUnterminated                               // Ref: where the value starts
	DetailJSONNotObject                                  // v0: the element found in the array
	DetailJSONNotObjectOrArray                           // v0: the value found
	DetailAPINoVariables                                 //
	DetailAPINoData                                      //
	DetailNotArray                                       // v0: "Variables" or "Data"
	DetailNoLabel                                        // n0: the variable's number; v0: the variable
	DetailRowNotArray                                    // n0: the Data row; v0: the row
	DetailRowLength                                      // n0: the Data row; n1: its values; n2: the variables
	DetailKeysBoth                                       // v0, v1: the two keys of one field
	DetailAPIMessage                                     // v0: the API's message
	DetailNoY30R21Keys                                   // v0, v1, v2: the labels of area, period and group
	DetailDuplicateColumn                                // n0, n1: the columns; v0: the field's label
	DetailDuplicateVariable                              // n0, n1: the variables; v0: the field's label
	DetailNoColumn                                       //
	DetailNoVariable                                     //
	DetailNoKey                                          //
	DetailNoColumnShareNorPopulation                     // v0: the population's label
	DetailNoVariableShareNorPopulation                   // v0: the population's label
	DetailCSVBareQuote                                   // n0: the column (character) of the quote
	DetailCSVQuote                                       // n0: the column (character) of the quote
	DetailCSVSyntax                                      // v0: the CSV reader's message
	DetailFieldCount                                     // n0: the line's fields; n1: the header's; Ref: the header
	DetailNoHeader                                       // v0…v4: the labels looked for
	DetailJSONInCSV                                      // v0: the record
	DetailNoValue                                        //
	DetailUnknownMunicipality                            // v0: the name
	DetailUnknownMunicipalitySuggest                     // v0: the name; v1: the closest municipality
	DetailBadPeriod                                      // v0: the period
	DetailUnknownGroup                                   // v0: the group
	DetailUnknownGroupSuggest                            // v0: the group; v1: the closest group
	DetailNotNumber                                      // v0: the text
	DetailNoExpectedShare                                // (the actual share has a value)
	DetailNoActualShare                                  // (the expected share has a value)
	DetailShareWithoutCount                              //
	DetailNegativeCount                                  // n0: the count
	DetailHugeCount                                      // n0: the count
	DetailShareRange                                     // n0: the share
	DetailHugeDiff                                       // n0: the difference
	DetailDiffShareRange                                 // n0: the difference
	DetailNotWhole                                       // n0: the rank
	DetailRankRange                                      // n0: the rank; n1: the number of municipalities
	DetailPopulationNotPositive                          // n0: the population
	DetailHugePopulation                                 // n0: the population
	DetailDiffMismatch                                   // n0: the difference; n1: actual − expected
	DetailDiffShareMismatch                              // n0: the difference; n1: actual − expected share
	DetailConflictingRepeat                              // v0, v1, v2: municipality, period, group; Ref: the first; n0, n1: the values there and here (NaN: none)
	DetailNoMunicipalityRows                             //
	DetailMissingPeriod                                  // v0: municipality; v1: a period it has; v2: the period it lacks
	DetailMissingMunicipalities                          // Values: every municipality missing; n0: how many; n1: of how many
	DetailMissingArea                                    // v0, v1: municipality, period; v2: the group
	DetailTotalMismatch                                  // v0, v1: municipality, period; n0: the total; n1: the sum
	DetailTotalSharesMismatch                            // v0, v1; n0, n1: total expected, actual share; n2, n3: the sums
	DetailPopulationMismatch                             // v0, v1; n0: here; n1: there; Ref: there
	DetailNoShareForPopulation                           // v0, v1; v2: the population's label
	DetailPopulationNotDerivable                         // v0, v1; n0: expected count; n1: expected share
	DetailPopulationHuge                                 // v0, v1; n0: expected count; n1: expected share
	numDetails
)

// WarnKind says what a Warning is about.
type WarnKind int

// The kinds of warning.
const (
	WarnLatin1             WarnKind = iota + 1 //
	WarnUnknownKey                             // v0: the key
	WarnUnknownColumn                          // v0: the column
	WarnUnknownVariable                        // v0: the variable
	WarnPreamble                               // v0: the text skipped
	WarnRepeatedHeader                         // Ref: the header
	WarnAlias                                  // v0: the spelling; v1: the municipality
	WarnAggregate                              // v0: the name (a region, the country)
	WarnRepeat                                 // Ref: the first; v0, v1, v2: municipality, period, group
	WarnSynthesizedTotal                       // v0: the total's label
	WarnTotalShares                            // v0, v1: municipality, period; n0, n1: total shares; n2, n3: the sums
	WarnTotalSharesOffArea                     // as WarnTotalShares; v2: the group off; Ref: its row; n4: its expected count; n5: its share implied; n6: its share published
	numWarnKinds
)

// AllDetails lists every Detail, for callers that word them.
func AllDetails() []Detail {
	out := make([]Detail, 0, numDetails-1)
	for d := Detail(1); d < numDetails; d++ {
		out = append(out, d)
	}
	return out
}

// AllWarnKinds lists every WarnKind.
func AllWarnKinds() []WarnKind {
	out := make([]WarnKind, 0, numWarnKinds-1)
	for k := WarnKind(1); k < numWarnKinds; k++ {
		out = append(out, k)
	}
	return out
}

// Place is a line of the file and, in an API answer whose rows share
// lines, the Data row.
type Place struct{ Line, Row int }

// Facts are the values a message is made of, as its Detail or WarnKind
// documents them.
type Facts struct {
	Values []string  // texts: names, periods, labels, text from the file
	Nums   []float64 // numbers: counts, shares, positions (NaN: none)
	Ref    Place     // another place the message refers to
}

// Wording says how Fill writes the parts of a message in one language.
type Wording struct {
	Num   func(float64) string  // a number
	Place func(Place) string    // "line 3" or "line 1 (Data row 2)"
	Field func(string) string   // `field "Faktisk antal"`
	List  func([]string) string // the Values as one list
}

// english is the wording of Error() and String().
var english = Wording{
	Num: func(v float64) string {
		if math.IsNaN(v) {
			return "none"
		}
		return num(v)
	},
	Place: func(p Place) string {
		if p.Row > 0 {
			return "line " + strconv.Itoa(p.Line) + " (Data row " + strconv.Itoa(p.Row) + ")"
		}
		return "line " + strconv.Itoa(p.Line)
	},
	Field: func(f string) string { return "field " + strconv.Quote(f) },
	List:  func(vs []string) string { return strings.Join(Shorten(vs, 10), ", ") },
}

// Shorten returns the first n of vs and "…" when there are more.
func Shorten(vs []string, n int) []string {
	if len(vs) <= n {
		return vs
	}
	return append(vs[:n:n], "…")
}

// Fill expands a message template: {v0} is Values[0], {q0} the same quoted
// (as %q does), {n0} Nums[0] written by wd.Num, {ref} Ref written by
// wd.Place, {list} the Values written by wd.List. A placeholder without its
// value is left empty.
func Fill(tmpl string, f Facts, wd Wording) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tmpl, '{')
		k := strings.IndexByte(tmpl[i+1:], '}')
		if i < 0 || k < 0 {
			b.WriteString(tmpl)
			return b.String()
		}
		j := i + 1 + k
		b.WriteString(tmpl[:i])
		b.WriteString(fact(tmpl[i+1:j], f, wd))
		tmpl = tmpl[j+1:]
	}
}

// fact is one placeholder's text.
func fact(name string, f Facts, wd Wording) string {
	switch name {
	case "ref":
		return wd.Place(f.Ref)
	case "list":
		return wd.List(f.Values)
	}
	if len(name) < 2 {
		return ""
	}
	i, err := strconv.Atoi(name[1:])
	if err != nil || i < 0 {
		return ""
	}
	switch name[0] {
	case 'v', 'q':
		if i >= len(f.Values) {
			return ""
		}
		if name[0] == 'q' {
			return strconv.Quote(f.Values[i])
		}
		return f.Values[i]
	case 'n':
		if i < len(f.Nums) {
			return wd.Num(f.Nums[i])
		}
	}
	return ""
}

// detailEnglish are the English messages of the details.
var detailEnglish = map[Detail]string{
	DetailReadFailed:                   "cannot read the file: {v0}",
	DetailTooLarge:                     "the file is larger than {n0} MB",
	DetailUTF16:                        "the file is UTF-16 encoded; save it as UTF-8",
	DetailEmptyFile:                    "the file is empty",
	DetailNoDataRows:                   "the file holds no data rows",
	DetailJSONBadChar:                  "invalid JSON: {v1}",
	DetailJSONSyntax:                   "invalid JSON: {v0}",
	DetailJSONUnterminated:             "invalid JSON: the file ends inside the value that starts on {ref}",
	DetailJSONNotObject:                "expected a JSON object in the array, found {v0}",
	DetailJSONNotObjectOrArray:         "expected a JSON object or array, found {v0}",
	DetailAPINoVariables:               "the API answer has Data but no Variables",
	DetailAPINoData:                    "the API answer has Variables but no Data",
	DetailNotArray:                     "{v0} must be an array",
	DetailNoLabel:                      "variable {n0} has no Label: {v0}",
	DetailRowNotArray:                  "Data row {n0} is not an array: {v0}",
	DetailRowLength:                    "Data row {n0} has {n1} values, Variables has {n2}",
	DetailKeysBoth:                     "the record has both {q0} and {q1}",
	DetailAPIMessage:                   "the file holds an error message from the Jobindsats API instead of data: {q0}",
	DetailNoY30R21Keys:                 "the record has none of the Y30R21 keys ({q0}, {q1}, {q2}, …)",
	DetailDuplicateColumn:              "columns {n0} and {n1} both hold {q0}",
	DetailDuplicateVariable:            "variables {n0} and {n1} both hold {q0}",
	DetailNoColumn:                     "no such column",
	DetailNoVariable:                   "no such variable",
	DetailNoKey:                        "no such key",
	DetailNoColumnShareNorPopulation:   "no such column, and no {q0} either: one of them is needed for the population aged 16–66",
	DetailNoVariableShareNorPopulation: "no such variable, and no {q0} either: one of them is needed for the population aged 16–66",
	DetailCSVBareQuote:                 `invalid CSV: bare " in non-quoted-field (column {n0})`,
	DetailCSVQuote:                     `invalid CSV: extraneous or missing " in quoted-field (column {n0})`,
	DetailCSVSyntax:                    "invalid CSV: {v0}",
	DetailFieldCount:                   "the line has {n0} fields, the header on {ref} has {n1}",
	DetailNoHeader:                     "no header line with the Y30R21 columns ({q0}, {q1}, {q2}, {q3}, {q4}, …) found",
	DetailJSONInCSV:                    "a JSON record in a CSV file: {v0}",
	DetailNoValue:                      "no value",
	DetailUnknownMunicipality:          "unknown municipality {q0}",
	DetailUnknownMunicipalitySuggest:   "unknown municipality {q0} (did you mean {q1}?)",
	DetailBadPeriod:                    `not a Jobindsats period code like "2021QMAT02": {q0}`,
	DetailUnknownGroup:                 "unknown benefit group {q0}",
	DetailUnknownGroupSuggest:          "unknown benefit group {q0} (did you mean {q1}?)",
	DetailNotNumber:                    "not a number: {q0}",
	DetailNoExpectedShare:              "no value, though the actual share has one",
	DetailNoActualShare:                "no value, though the expected share has one",
	DetailShareWithoutCount:            "an expected share without an expected count",
	DetailNegativeCount:                "a count cannot be negative: {n0}",
	DetailHugeCount:                    "implausibly large count: {n0}",
	DetailShareRange:                   "a share in pct. must be between 0 and 100: {n0}",
	DetailHugeDiff:                     "implausibly large difference: {n0}",
	DetailDiffShareRange:               "a difference in pct. points must be between -100 and 100: {n0}",
	DetailNotWhole:                     "not a whole number: {n0}",
	DetailRankRange:                    "a rank must be between 1 and {n1}: {n0}",
	DetailPopulationNotPositive:        "the population aged 16–66 must be positive: {n0}",
	DetailHugePopulation:               "implausibly large population: {n0}",
	DetailDiffMismatch:                 "the difference is {n0}, but actual − expected is {n1} (are columns swapped?)",
	DetailDiffShareMismatch:            "the difference is {n0} pct. point, but actual − expected share is {n1} (are columns swapped?)",
	DetailConflictingRepeat:            "{v0}, {v1}, {v2} is also on {ref}, with different values ({n0} there, {n1} here)",
	DetailNoMunicipalityRows:           "the file holds no rows for any municipality",
	DetailMissingPeriod:                "{v0} has rows for {v1} but none for {v2}",
	DetailMissingMunicipalities:        "the file lacks {n0} of the {n1} municipalities: {list}; a benchmark ranks all of them",
	DetailMissingArea:                  "{v0}, {v1}: no row for {q2}",
	DetailTotalMismatch:                "{v0}, {v1}: the total {n0} differs from the sum of the three areas, {n1}, by more than rounding explains",
	DetailTotalSharesMismatch:          "{v0}, {v1}: the total shares (expected {n0}, actual {n1} pct.) differ from the sums of the three areas ({n2}, {n3}) by more than rounding explains",
	DetailPopulationMismatch:           "{v0}, {v1}: the population aged 16–66 is {n0} here but {n1} on {ref}",
	DetailNoShareForPopulation:         "{v0}, {v1}: no expected share to derive the population aged 16–66 from; add a column {q2}",
	DetailPopulationNotDerivable:       "{v0}, {v1}: the population aged 16–66 cannot be derived from an expected count of {n0} and an expected share of {n1}",
	DetailPopulationHuge:               "{v0}, {v1}: the population aged 16–66 derived from an expected count of {n0} and an expected share of {n1} is implausibly large",
}

const totalSharesEnglish = "{v0}, {v1}: the published total shares (expected {n0}, actual {n1} pct.) differ from the sums of the three areas ({n2}, {n3}); the published totals are used"

// warnEnglish are the English messages of the warnings.
var warnEnglish = map[WarnKind]string{
	WarnLatin1:           "the file is not valid UTF-8; it was read as Latin-1 (Windows-1252)",
	WarnUnknownKey:       "unknown key {q0} ignored",
	WarnUnknownColumn:    "unknown column {q0} ignored",
	WarnUnknownVariable:  "unknown variable {q0} ignored",
	WarnPreamble:         "text before the header skipped: {q0}",
	WarnRepeatedHeader:   "the header of {ref} repeated; skipped",
	WarnAlias:            "{q0} read as {q1}",
	WarnAggregate:        "rows for {q0} skipped: not a municipality",
	WarnRepeat:           "repeats {ref} ({v0}, {v1}, {v2}); the repeat was dropped",
	WarnSynthesizedTotal: "no {q0} rows; the total is computed as the sum of the three areas",
	WarnTotalShares:      totalSharesEnglish,
	WarnTotalSharesOffArea: totalSharesEnglish + ". The shares of {q2} ({ref}) look off: its expected count {n4} is {n5} % " +
		"of the population the total implies, not {n6} %",
}
