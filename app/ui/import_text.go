package ui

import "benchsim/calc/jobindsats"

// MaxImportBytes is the largest file the browser imports. Parsing runs on
// the page's one thread, so a much larger file would freeze the page for
// seconds; a Y30R21 extract of six periods is about 2 MB, so this leaves
// room for some 25 periods. The command line (app import) reads up to
// jobindsats.MaxSize.
const MaxImportBytes = 8 << 20

// importKinds says in plain words what kind of problem an import has and
// what to do, in Danish and English; the importer's own message (English,
// with the line, field and values) follows it.
var importKinds = map[jobindsats.Kind][2]string{
	jobindsats.ErrSyntax: {"Filen kan ikke læses som JSON eller CSV.",
		"The file cannot be read as JSON or CSV."},
	jobindsats.ErrAPI: {"Filen indeholder en fejlbesked fra Jobindsats' API i stedet for data — hent tallene igen.",
		"The file holds an error message from the Jobindsats API instead of data — fetch the figures again."},
	jobindsats.ErrEmpty: {"Filen er tom eller har ingen datarækker.",
		"The file is empty or has no data rows."},
	jobindsats.ErrTooLarge: {"Filen er for stor.",
		"The file is too large."},
	jobindsats.ErrRead: {"Filen kunne ikke læses.",
		"The file could not be read."},
	jobindsats.ErrMissingField: {"En nødvendig kolonne mangler (Y30R21: forventet og faktisk antal og andel, placering).",
		"A required column is missing (Y30R21: expected and actual count and share, rank)."},
	jobindsats.ErrColumnCount: {"En linje har et andet antal felter end overskriften.",
		"A line has a different number of fields than the header."},
	jobindsats.ErrUnknownMunicipality: {"Ukendt kommunenavn — kommunerne skal staves som i Jobindsats.",
		"Unknown municipality name — municipalities must be spelled as in Jobindsats."},
	jobindsats.ErrUnknownArea: {"Ukendt ydelsesgruppe.",
		"Unknown benefit group."},
	jobindsats.ErrBadPeriod: {"Ukendt periodekode (forventet fx 2021QMAT02).",
		"Unknown period code (expected e.g. 2021QMAT02)."},
	jobindsats.ErrNotNumber: {"Et felt, der skal være et tal, er det ikke.",
		"A field that must be a number is not."},
	jobindsats.ErrOutOfRange: {"Et tal ligger uden for det mulige.",
		"A number is out of range."},
	jobindsats.ErrInconsistent: {"Tallene i en række hænger ikke sammen (er kolonner byttet om?).",
		"The figures of a row do not agree (are columns swapped?)."},
	jobindsats.ErrDuplicate: {"Samme række står to gange med forskellige tal.",
		"The same row appears twice with different figures."},
	jobindsats.ErrMissingArea: {"En kommune mangler et ydelsesområde i en periode.",
		"A municipality lacks a benefit area in a period."},
	jobindsats.ErrMissingPeriod: {"En kommune mangler en periode, som de andre har.",
		"A municipality lacks a period that the others have."},
	jobindsats.ErrTotalMismatch: {"I alt stemmer ikke med summen af de tre områder.",
		"The total does not match the sum of the three areas."},
	jobindsats.ErrMissingMunicipalities: {"Filen har ikke alle 98 kommuner; benchmarket rangerer dem alle.",
		"The file lacks some of the 98 municipalities; the benchmark ranks all of them."},
}

// importKind is the plain-words explanation of an import error's kind.
func (t *Texts) importKind(k jobindsats.Kind) string {
	s, ok := importKinds[k]
	if !ok {
		return ""
	}
	if t.lang == LangEN {
		return s[1]
	}
	return s[0]
}
