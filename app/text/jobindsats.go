package text

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"sync"

	"benchsim/calc/jobindsats"
)

// ImportError words an error of jobindsats.Read for users in the language
// ("da" or "en"): where (linje 12, feltet "Faktisk antal"), what is wrong
// with the values behind it, and what to do. It follows a colon ("fil.csv
// kunne ikke importeres: …"), so it starts in lower case. Other errors keep
// their text.
func ImportError(err error, lang string) string {
	var e *jobindsats.Error
	if !errors.As(err, &e) {
		if err == nil {
			return ""
		}
		return err.Error()
	}
	wd := wording(lang)
	msg := jobindsats.Fill(detailWords()[e.Detail].In(Lang(lang)), e.Facts, wd)
	if w := e.Where(wd); w != "" {
		msg = w + ": " + msg
	}
	if !strings.HasSuffix(msg, ".") {
		msg += "."
	}
	if k := kindWords()[e.Kind].In(Lang(lang)); k != "" {
		msg += " " + k
	}
	var all jobindsats.Errors
	if errors.As(err, &all) && len(all) > 1 {
		msg += " " + fmt.Sprintf(W{"(og %s fejl mere)", "(and %s more errors)"}.In(Lang(lang)),
			Number(float64(len(all)-1), 0, Lang(lang)))
	}
	return msg
}

// ImportWarning words a warning of jobindsats.Read in the language, like
// "linje 6: gentager linje 3 (…); gentagelsen er sprunget over".
func ImportWarning(w jobindsats.Warning, lang string) string {
	wd := wording(lang)
	msg := jobindsats.Fill(warnWords()[w.Kind].In(Lang(lang)), w.Facts, wd)
	if w.Line > 0 {
		return wd.Place(jobindsats.Place{Line: w.Line}) + ": " + msg
	}
	return msg
}

// wording writes the parts of an importer message in the language:
// numbers as the app shows them (1.300; 8,8), lines, fields and lists.
func wording(lang string) jobindsats.Wording {
	l := Lang(lang)
	if l != EN {
		l = DA
	}
	return jobindsats.Wording{
		Num: func(v float64) string {
			if math.IsNaN(v) {
				return W{"ingen", "none"}.In(Lang(lang))
			}
			return Number(v, decimals(v), l)
		},
		Place: func(p jobindsats.Place) string {
			s := W{"linje ", "line "}.In(Lang(lang)) + strconv.Itoa(p.Line)
			if p.Row > 0 {
				s += W{" (datarække ", " (Data row "}.In(Lang(lang)) + strconv.Itoa(p.Row) + ")"
			}
			return s
		},
		Field: func(f string) string { return W{"feltet ", "field "}.In(Lang(lang)) + strconv.Quote(f) },
		List:  func(vs []string) string { return list(vs, lang) },
	}
}

// decimals is how many decimals v has as written shortest, at most 6.
func decimals(v float64) int {
	s := strconv.FormatFloat(v, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 {
		return min(len(s)-i-1, 6)
	}
	return 0
}

// list joins names, the first ten and how many more.
func list(vs []string, lang string) string {
	const max = 10
	if len(vs) <= max {
		return strings.Join(vs, ", ")
	}
	return strings.Join(vs[:max], ", ") + fmt.Sprintf(W{" og %d andre", " and %d more"}.In(Lang(lang)), len(vs)-max)
}

// kindWords say what to do about a kind of problem.
var kindWords = sync.OnceValue(func() map[jobindsats.Kind]W {
	return map[jobindsats.Kind]W{
		jobindsats.ErrSyntax: {"Gem filen som JSON eller CSV fra Jobindsats, uden at redigere den i hånden.",
			"Save the file as JSON or CSV from Jobindsats, without editing it by hand."},
		jobindsats.ErrAPI: {"Hent tallene igen (tjek API-nøglen).", "Fetch the figures again (check the API key)."},
		jobindsats.ErrEmpty: {"Vælg en fil med Y30R21-tal fra Jobindsats.",
			"Choose a file with Y30R21 figures from Jobindsats."},
		jobindsats.ErrTooLarge: {"Vælg en mindre fil, fx færre perioder.", "Choose a smaller file, e.g. fewer periods."},
		jobindsats.ErrRead:     {"Prøv at vælge filen igen.", "Try choosing the file again."},
		jobindsats.ErrMissingField: {"Y30R21 skal have kommune, periode, ydelsesgruppe, forventet og faktisk antal og forventet andel (eller befolkningen 16–66 år).",
			"Y30R21 needs municipality, period, benefit group, expected and actual count and expected share (or the population aged 16–66)."},
		jobindsats.ErrColumnCount: {"Tjek skilletegn og citationstegn i linjen.",
			"Check the separators and quotes of the line."},
		jobindsats.ErrUnknownMunicipality: {"Kommunerne skal staves som i Jobindsats.",
			"Municipalities must be spelled as in Jobindsats."},
		jobindsats.ErrUnknownArea: {"Ydelsesgrupperne skal hedde som i Y30R21, fx »Kontanthjælp mv.«.",
			"The benefit groups must be named as in Y30R21, e.g. »Kontanthjælp mv.«."},
		jobindsats.ErrBadPeriod: {"Perioder skrives som i Jobindsats, fx 2021QMAT02.",
			"Periods are written as in Jobindsats, e.g. 2021QMAT02."},
		jobindsats.ErrNotNumber:    {"Tal skrives med cifre, fx 1.130 eller 9,08.", "Numbers are written in digits, e.g. 1,130 or 9.08."},
		jobindsats.ErrOutOfRange:   {"Tjek tallet i filen.", "Check the number in the file."},
		jobindsats.ErrInconsistent: {"Tjek, at tallene står under de rigtige overskrifter.", "Check that the figures are under the right headings."},
		jobindsats.ErrDuplicate:    {"Fjern den ene af dem.", "Remove one of them."},
		jobindsats.ErrMissingArea: {"Hver kommune skal have en række for hver af de tre ydelsesgrupper i hver periode.",
			"Each municipality needs a row for each of the three benefit groups in each period."},
		jobindsats.ErrMissingPeriod: {"Hent alle perioder for alle kommuner i ét udtræk.",
			"Fetch every period for every municipality in one extract."},
		jobindsats.ErrTotalMismatch: {"Tjek tallene for i alt og for de tre ydelsesgrupper.",
			"Check the figures of the total and of the three benefit groups."},
		jobindsats.ErrMissingMunicipalities: {"Et benchmark rangerer alle 98 kommuner — hent Y30R21 for dem alle.",
			"A benchmark ranks all 98 municipalities — fetch Y30R21 for all of them."},
	}
})

// detailWords word each detail of an import error, with the placeholders of
// jobindsats.Fill ({v0} a value, {q0} it quoted, {n0} a number, {ref} a line,
// {list} the values as a list).
var detailWords = sync.OnceValue(func() map[jobindsats.Detail]W {
	return map[jobindsats.Detail]W{
		jobindsats.DetailReadFailed: {"filen kunne ikke læses (systemets besked: {v0})", "the file could not be read ({v0})"},
		jobindsats.DetailTooLarge:   {"filen er større end {n0} MB", "the file is larger than {n0} MB"},
		jobindsats.DetailUTF16:      {"filen er gemt som UTF-16; gem den som UTF-8", "the file is saved as UTF-16; save it as UTF-8"},
		jobindsats.DetailEmptyFile:  {"filen er tom", "the file is empty"},
		jobindsats.DetailNoDataRows: {"filen har ingen datarækker", "the file has no data rows"},
		jobindsats.DetailJSONBadChar: {"ugyldig JSON: tegnet {v0} kan ikke stå her",
			"invalid JSON: the character {v0} cannot stand here"},
		jobindsats.DetailJSONSyntax: {"ugyldig JSON (JSON-læserens besked: {v0})", "invalid JSON ({v0})"},
		jobindsats.DetailJSONUnterminated: {"ugyldig JSON: filen slutter midt i den værdi, der begynder på {ref}",
			"invalid JSON: the file ends inside the value that starts on {ref}"},
		jobindsats.DetailJSONNotObject: {"ugyldig JSON: listen skal bestå af JSON-objekter, men har {v0}",
			"invalid JSON: the array must hold JSON objects, but has {v0}"},
		jobindsats.DetailJSONNotObjectOrArray: {"ugyldig JSON: her skal stå et JSON-objekt eller en liste, men der står {v0}",
			"invalid JSON: a JSON object or array must stand here, but there is {v0}"},
		jobindsats.DetailAPINoVariables: {"API-svaret har Data, men ingen Variables", "the API answer has Data but no Variables"},
		jobindsats.DetailAPINoData:      {"API-svaret har Variables, men ingen Data", "the API answer has Variables but no Data"},
		jobindsats.DetailNotArray:       {"{v0} skal være en liste", "{v0} must be an array"},
		jobindsats.DetailNoLabel:        {"variabel nr. {n0} har ingen Label: {v0}", "variable {n0} has no Label: {v0}"},
		jobindsats.DetailRowNotArray:    {"datarække {n0} er ikke en liste: {v0}", "Data row {n0} is not an array: {v0}"},
		jobindsats.DetailRowLength: {"datarække {n0} har {n1} værdier, men Variables har {n2}",
			"Data row {n0} has {n1} values, but Variables has {n2}"},
		jobindsats.DetailKeysBoth: {"rækken har både {q0} og {q1}", "the record has both {q0} and {q1}"},
		jobindsats.DetailAPIMessage: {"filen indeholder en fejlbesked fra Jobindsats' API i stedet for data: {q0}",
			"the file holds an error message from the Jobindsats API instead of data: {q0}"},
		jobindsats.DetailNoY30R21Keys: {"rækken har ingen af Y30R21's nøgler ({q0}, {q1}, {q2} …)",
			"the record has none of the Y30R21 keys ({q0}, {q1}, {q2}, …)"},
		jobindsats.DetailDuplicateColumn:   {"kolonne {n0} og {n1} er begge {q0}", "columns {n0} and {n1} both hold {q0}"},
		jobindsats.DetailDuplicateVariable: {"variabel {n0} og {n1} er begge {q0}", "variables {n0} and {n1} both hold {q0}"},
		jobindsats.DetailNoColumn:          {"kolonnen findes ikke", "there is no such column"},
		jobindsats.DetailNoVariable:        {"variablen findes ikke", "there is no such variable"},
		jobindsats.DetailNoKey:             {"nøglen findes ikke", "there is no such key"},
		jobindsats.DetailNoColumnShareNorPopulation: {"kolonnen findes ikke, og det gør {q0} heller ikke: en af dem skal bruges til befolkningen 16–66 år",
			"there is no such column, and no {q0} either: one of them is needed for the population aged 16–66"},
		jobindsats.DetailNoVariableShareNorPopulation: {"variablen findes ikke, og det gør {q0} heller ikke: en af dem skal bruges til befolkningen 16–66 år",
			"there is no such variable, and no {q0} either: one of them is needed for the population aged 16–66"},
		jobindsats.DetailCSVBareQuote: {`ugyldig CSV: et " i et felt uden citationstegn om (tegn {n0})`,
			`invalid CSV: a " in a field without quotes around it (character {n0})`},
		jobindsats.DetailCSVQuote: {`ugyldig CSV: et " for meget eller for lidt i et felt i citationstegn (tegn {n0})`,
			`invalid CSV: a " too many or too few in a quoted field (character {n0})`},
		jobindsats.DetailCSVSyntax: {"ugyldig CSV (CSV-læserens besked: {v0})", "invalid CSV ({v0})"},
		jobindsats.DetailFieldCount: {"linjen har {n0} felter, men overskriften på {ref} har {n1}",
			"the line has {n0} fields, but the header on {ref} has {n1}"},
		jobindsats.DetailNoHeader: {"ingen overskriftslinje med Y30R21's kolonner ({q0}, {q1}, {q2}, {q3}, {q4} …)",
			"no header line with the Y30R21 columns ({q0}, {q1}, {q2}, {q3}, {q4}, …)"},
		jobindsats.DetailJSONInCSV:                  {"en JSON-række i en CSV-fil: {v0}", "a JSON record in a CSV file: {v0}"},
		jobindsats.DetailNoValue:                    {"ingen værdi", "no value"},
		jobindsats.DetailUnknownMunicipality:        {"ukendt kommune {q0}", "unknown municipality {q0}"},
		jobindsats.DetailUnknownMunicipalitySuggest: {"ukendt kommune {q0} (mente du {q1}?)", "unknown municipality {q0} (did you mean {q1}?)"},
		jobindsats.DetailBadPeriod: {`{q0} er ikke en periodekode fra Jobindsats som "2021QMAT02"`,
			`{q0} is not a Jobindsats period code like "2021QMAT02"`},
		jobindsats.DetailUnknownGroup:        {"ukendt ydelsesgruppe {q0}", "unknown benefit group {q0}"},
		jobindsats.DetailUnknownGroupSuggest: {"ukendt ydelsesgruppe {q0} (mente du {q1}?)", "unknown benefit group {q0} (did you mean {q1}?)"},
		jobindsats.DetailNotNumber:           {"{q0} er ikke et tal", "{q0} is not a number"},
		jobindsats.DetailNoExpectedShare:     {"ingen værdi, selv om den faktiske andel har en", "no value, though the actual share has one"},
		jobindsats.DetailNoActualShare:       {"ingen værdi, selv om den forventede andel har en", "no value, though the expected share has one"},
		jobindsats.DetailShareWithoutCount:   {"en forventet andel uden et forventet antal", "an expected share without an expected count"},
		jobindsats.DetailNegativeCount:       {"et antal kan ikke være negativt: {n0}", "a count cannot be negative: {n0}"},
		jobindsats.DetailHugeCount:           {"usandsynligt stort antal: {n0}", "implausibly large count: {n0}"},
		jobindsats.DetailShareRange:          {"en andel i pct. skal ligge mellem 0 og 100: {n0}", "a share in per cent must be between 0 and 100: {n0}"},
		jobindsats.DetailHugeDiff:            {"usandsynligt stor forskel: {n0}", "implausibly large difference: {n0}"},
		jobindsats.DetailDiffShareRange: {"en forskel i procentpoint skal ligge mellem -100 og 100: {n0}",
			"a difference in percentage points must be between -100 and 100: {n0}"},
		jobindsats.DetailNotWhole:              {"ikke et helt tal: {n0}", "not a whole number: {n0}"},
		jobindsats.DetailRankRange:             {"en placering skal ligge mellem 1 og {n1}: {n0}", "a rank must be between 1 and {n1}: {n0}"},
		jobindsats.DetailPopulationNotPositive: {"befolkningen 16–66 år skal være større end 0: {n0}", "the population aged 16–66 must be above 0: {n0}"},
		jobindsats.DetailHugePopulation:        {"usandsynligt stor befolkning: {n0}", "implausibly large population: {n0}"},
		jobindsats.DetailDiffMismatch: {"forskellen er {n0}, men faktisk − forventet er {n1} (er kolonner byttet om?)",
			"the difference is {n0}, but actual − expected is {n1} (are columns swapped?)"},
		jobindsats.DetailDiffShareMismatch: {"forskellen er {n0} procentpoint, men faktisk − forventet andel er {n1} (er kolonner byttet om?)",
			"the difference is {n0} percentage points, but actual − expected share is {n1} (are columns swapped?)"},
		jobindsats.DetailConflictingRepeat: {"{v0}, {v1}, {v2} står også på {ref}, med andre tal ({n0} dér, {n1} her)",
			"{v0}, {v1}, {v2} is also on {ref}, with different figures ({n0} there, {n1} here)"},
		jobindsats.DetailNoMunicipalityRows: {"filen har ingen rækker for nogen kommune", "the file has no rows for any municipality"},
		jobindsats.DetailMissingPeriod: {"{v0} har rækker for {v1}, men ingen for {v2}",
			"{v0} has rows for {v1} but none for {v2}"},
		jobindsats.DetailMissingMunicipalities: {"filen mangler {n0} af de {n1} kommuner: {list}",
			"the file lacks {n0} of the {n1} municipalities: {list}"},
		jobindsats.DetailMissingArea: {"{v0}, {v1}: ingen række for {q2}", "{v0}, {v1}: no row for {q2}"},
		jobindsats.DetailTotalMismatch: {"{v0}, {v1}: i alt er {n0}, men summen af de tre ydelsesgrupper er {n1} — mere end afrunding forklarer",
			"{v0}, {v1}: the total is {n0}, but the sum of the three benefit groups is {n1} — more than rounding explains"},
		jobindsats.DetailTotalSharesMismatch: {"{v0}, {v1}: andelene i alt (forventet {n0}, faktisk {n1} pct.) afviger fra summerne af de tre ydelsesgrupper ({n2} og {n3}) mere end afrunding forklarer",
			"{v0}, {v1}: the total shares (expected {n0}, actual {n1} %) differ from the sums of the three benefit groups ({n2}, {n3}) by more than rounding explains"},
		jobindsats.DetailPopulationMismatch: {"{v0}, {v1}: befolkningen 16–66 år er {n0} her, men {n1} på {ref}",
			"{v0}, {v1}: the population aged 16–66 is {n0} here but {n1} on {ref}"},
		jobindsats.DetailNoShareForPopulation: {"{v0}, {v1}: ingen forventet andel at udlede befolkningen 16–66 år af; tilføj en kolonne {q2}",
			"{v0}, {v1}: no expected share to derive the population aged 16–66 from; add a column {q2}"},
		jobindsats.DetailPopulationNotDerivable: {"{v0}, {v1}: befolkningen 16–66 år kan ikke udledes af et forventet antal på {n0} og en forventet andel på {n1}",
			"{v0}, {v1}: the population aged 16–66 cannot be derived from an expected count of {n0} and an expected share of {n1}"},
		jobindsats.DetailPopulationHuge: {"{v0}, {v1}: befolkningen 16–66 år, udledt af et forventet antal på {n0} og en forventet andel på {n1}, er usandsynligt stor",
			"{v0}, {v1}: the population aged 16–66 derived from an expected count of {n0} and an expected share of {n1} is implausibly large"},
	}
})

const (
	totalSharesDA = "{v0}, {v1}: de offentliggjorte andele i alt (forventet {n0}, faktisk {n1} pct.) afviger fra summerne af de tre ydelsesgrupper ({n2} og {n3}); de offentliggjorte bruges"
	totalSharesEN = "{v0}, {v1}: the published total shares (expected {n0}, actual {n1} %) differ from the sums of the three benefit groups ({n2}, {n3}); the published ones are used"
)

// warnWords word each kind of import warning.
var warnWords = sync.OnceValue(func() map[jobindsats.WarnKind]W {
	return map[jobindsats.WarnKind]W{
		jobindsats.WarnLatin1: {"filen er ikke gyldig UTF-8; den er læst som Latin-1 (Windows-1252)",
			"the file is not valid UTF-8; it was read as Latin-1 (Windows-1252)"},
		jobindsats.WarnUnknownKey:      {"den ukendte nøgle {q0} er sprunget over", "the unknown key {q0} was ignored"},
		jobindsats.WarnUnknownColumn:   {"den ukendte kolonne {q0} er sprunget over", "the unknown column {q0} was ignored"},
		jobindsats.WarnUnknownVariable: {"den ukendte variabel {q0} er sprunget over", "the unknown variable {q0} was ignored"},
		jobindsats.WarnPreamble:        {"tekst før overskriften er sprunget over: {q0}", "text before the header was skipped: {q0}"},
		jobindsats.WarnRepeatedHeader:  {"overskriften fra {ref} gentages; den er sprunget over", "the header of {ref} is repeated; it was skipped"},
		jobindsats.WarnAlias:           {"{q0} er læst som {q1}", "{q0} was read as {q1}"},
		jobindsats.WarnAggregate:       {"rækkerne for {q0} er sprunget over: ikke en kommune", "the rows for {q0} were skipped: not a municipality"},
		jobindsats.WarnRepeat: {"gentager {ref} ({v0}, {v1}, {v2}); gentagelsen er sprunget over",
			"repeats {ref} ({v0}, {v1}, {v2}); the repeat was dropped"},
		jobindsats.WarnSynthesizedTotal: {"ingen rækker for {q0}; i alt er regnet som summen af de tre ydelsesgrupper",
			"no {q0} rows; the total is computed as the sum of the three benefit groups"},
		jobindsats.WarnTotalShares: {totalSharesDA, totalSharesEN},
		jobindsats.WarnTotalSharesOffArea: {totalSharesDA + ". Andelene for {q2} ({ref}) ser forkerte ud: det forventede antal {n4} er {n5} % af den befolkning, i alt giver, ikke {n6} %",
			totalSharesEN + ". The shares of {q2} ({ref}) look off: its expected count {n4} is {n5} % of the population the total implies, not {n6} %"},
	}
})
