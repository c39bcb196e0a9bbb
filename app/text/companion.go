package text

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"benchsim/calc/companion"
)

// companionErrors words every companion.ErrKind; the values are filled by
// companionArgs in the order the formats name them.
var companionErrors = sync.OnceValue(func() map[companion.ErrKind]W {
	return map[companion.ErrKind]W{
		companion.ErrSyntax: {"filen kan ikke læses som CSV, JSON eller Excel (xlsx)%[1]s",
			"the file cannot be read as CSV, JSON or Excel (xlsx)%[1]s"},
		companion.ErrEmpty: {"filen (eller arket) er tom: der er ingen rækker med tal",
			"the file (or sheet) is empty: it has no rows with figures"},
		companion.ErrTooLarge: {"filen er for stor: den må højst fylde, eller pakkes ud til, %[2]s MB",
			"the file is too large: it may hold, or unpack to, at most %[2]s MB"},
		companion.ErrUnknownTable: {"kolonnerne (%[3]s) passer ikke til nogen tabel, simulatoren kan læse (Jobindsats PTV_A02, Y10A02, Y08A02; Danmarks Statistik FOLK1A, FOLK1C, FOLK3, HFUDD11, AUH01, AUK01; simulatorens skabelon)",
			"the columns (%[3]s) match no table the simulator reads (Jobindsats PTV_A02, Y10A02, Y08A02; Statistics Denmark FOLK1A, FOLK1C, FOLK3, HFUDD11, AUH01, AUK01; the simulator's template)"},
		companion.ErrTooWide:         {"filen har for mange kolonner: højst %[3]s", "the file has too many columns: at most %[3]s"},
		companion.ErrMissingCategory: {"filen har ingen rækker for »%[3]s«, som tallet regnes ud fra", "the file has no rows for \"%[3]s\", which the figure is computed from"},
		companion.ErrMissingColumn:   {"kolonnen »%[3]s« mangler", "the column \"%[3]s\" is missing"},
		companion.ErrNotNumber:       {"»%[3]s« er ikke et tal", "\"%[3]s\" is not a number"},
		companion.ErrNegative:        {"»%[3]s« er negativt, og et antal kan ikke være negativt", "\"%[3]s\" is negative, and a count cannot be"},
		companion.ErrUnknownMunicipality: {"»%[3]s« er ikke en af de 98 kommuner%[4]s",
			"\"%[3]s\" is not one of the 98 municipalities%[4]s"},
		companion.ErrNoMunicipalities: {"filen har ingen kommuner, kun regioner, hele landet eller uoplyst",
			"the file has no municipalities, only regions, the whole country or not stated"},
		companion.ErrBadPeriod: {"»%[3]s« er ikke en periode (skriv fx 2022M01, 2022Q1, 2022K1, 2022Y01, 2022 eller 2021QMAT02)",
			"\"%[3]s\" is not a period (write e.g. 2022M01, 2022Q1, 2022K1, 2022Y01, 2022 or 2021QMAT02)"},
		companion.ErrFuturePeriod: {"perioden %[3]s ligger ude i fremtiden", "the period %[3]s lies in the future"},
		companion.ErrTotalMismatch: {"»I alt« for %[5]s i %[6]s er %[8]s, men delene summer til %[9]s",
			"the \"I alt\" (total) of %[5]s in %[6]s is %[8]s, but its parts add up to %[9]s"},
		companion.ErrDuplicate: {"%[5]s står to gange for %[6]s med forskellige tal",
			"%[5]s appears twice for %[6]s with different figures"},
		companion.ErrNeedBenefitKind: {"filen siger ikke, om den viser førtidspension eller fleksjob: vælg det (på kommandolinjen --data fp=FIL eller --data flex=FIL)",
			"the file does not say whether it holds disability pension (førtidspension) or flex jobs: choose one (on the command line --data fp=FILE or --data flex=FILE)"},
		companion.ErrMissingMonths: {"%[5]s mangler tal for %[7]s, så perioden %[6]s er ikke dækket",
			"%[5]s has no figures for %[7]s, so the period %[6]s is not covered"},
		companion.ErrMissingMunicipality: {"%[5]s er ikke i filen, der skal dække perioden %[6]s",
			"%[5]s is missing from the file, which should cover the period %[6]s"},
		companion.ErrMissingValue: {"%[5]s mangler en værdi", "%[5]s has no value"},
		companion.ErrOutOfRange: {"tallet %[3]s for %[5]s%[11]s er umuligt (en andel over 100 pct. eller en befolkning på 0)",
			"the figure %[3]s for %[5]s%[11]s is impossible (a share above 100 pct. or a population of 0)"},
	}
})

// CompanionError words an error from calc/companion for users, with the
// file, line and column in front. Other errors are returned as they are.
func CompanionError(err error, lang string) string {
	var e *companion.Error
	if !errors.As(err, &e) {
		return err.Error()
	}
	m, ok := companionErrors()[e.Kind]
	if !ok {
		return err.Error()
	}
	return where(e.File, e.Line, e.Column, lang) + fill(m.In(Lang(lang)), errorArgs(e, lang)...)
}

func errorArgs(e *companion.Error, lang string) []any {
	l := Lang(lang)
	detail, suggest, period := "", "", ""
	if e.Err != nil && e.Kind == companion.ErrSyntax && lang == "en" { // Go's own words are English
		detail = " (" + e.Err.Error() + ")"
	}
	if e.Suggest != "" {
		suggest = W{" – mente du " + e.Suggest + "?", " – did you mean " + e.Suggest + "?"}.In(Lang(lang))
	}
	if e.Period != "" {
		period = W{" i " + e.Period, " in " + e.Period}.In(Lang(lang))
	}
	mb := e.Value
	if n, err := strconv.Atoi(e.Value); err == nil {
		mb = Number(float64(n)/(1<<20), 0, l)
	}
	return []any{detail, mb, e.Value, suggest, e.Municipality, e.Period, strings.Join(e.Missing, ", "),
		Number(e.Got, 2, l), Number(e.Want, 2, l), e.Column, period}
}

func where(file string, line int, column, lang string) string {
	var parts []string
	if file != "" {
		parts = append(parts, file)
	}
	if line > 0 {
		parts = append(parts, W{"linje ", "line "}.In(Lang(lang))+strconv.Itoa(line))
	}
	if column != "" {
		parts = append(parts, W{"kolonne »" + column + "«", "column \"" + column + "\""}.In(Lang(lang)))
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ", ") + ": "
}

var companionWarnings = sync.OnceValue(func() map[companion.WarnKind]W {
	return map[companion.WarnKind]W{
		companion.WarnAggregateSkipped: {"%[1]d rækker for »%[2]s« er sprunget over (ikke en kommune)",
			"%[1]d rows for \"%[2]s\" were skipped (not a municipality)"},
		companion.WarnGroupSkipped: {"%[1]d rækker for ydelsesgruppen »%[2]s« er sprunget over (kun førtidspension og fleksjob bruges)",
			"%[1]d rows for the benefit group \"%[2]s\" were skipped (only disability pension and flex jobs are used)"},
		companion.WarnColumnIgnored: {"kolonnen er ikke brugt: skriv enheden i parentes i overskriften, fx »Ledighed (pct.)«",
			"the column was not used: put its unit in brackets in the header, e.g. \"Ledighed (pct.)\""},
		companion.WarnPeriodNotCovered: {"filen har ingen tal for %[3]s%[4]s", "the file has no figures for %[3]s%[4]s"},
		companion.WarnNearestPeriod: {"%[3]s for %[5]s er taget fra den nærmeste periode, %[6]s",
			"%[3]s for %[5]s was taken from the nearest period, %[6]s"},
		companion.WarnDuplicateRow: {"%[1]d rækker stod to gange med de samme tal og er talt én gang",
			"%[1]d rows appeared twice with the same figures and were counted once"},
		companion.WarnMissingValue: {"%[1]d værdier er angivet som »%[2]s« (mangler)", "%[1]d values are given as \"%[2]s\" (missing)"},
	}
})

var figureNames = sync.OnceValue(func() map[string]W {
	return map[string]W{
		"fp": {"førtidspension", "disability pension"}, "flex": {"fleksjob", "flex jobs"},
		"population": {"befolkningen 16–66 år", "the population aged 16–66"},
		"alder5066":  {"andelen 50–66 år", "the share aged 50–66"}, "ikkevestlig": {"andelen med ikke-vestlig oprindelse", "the share of non-Western origin"},
		"grundskole":  {"andelen med kun grundskole", "the share with primary education only"},
		"fpmodtagere": {"førtidspensionister i pct. af de 16–66-årige", "disability pensioners in pct. of those aged 16–66"},
	}
})

// CompanionWarning words a warning from calc/companion for users.
func CompanionWarning(w companion.Warning, lang string) string {
	m, ok := companionWarnings()[w.Kind]
	if !ok {
		return w.String()
	}
	figure := w.Value
	if n, ok := figureNames()[w.Value]; ok {
		figure = n.In(Lang(lang))
	}
	inPeriod := W{" i nogen af datasættets perioder", " in any of the dataset's periods"}.In(Lang(lang))
	if w.Period != "" {
		inPeriod = W{" i perioden ", " in the period "}.In(Lang(lang)) + w.Period
	}
	return where(w.File, w.Line, w.Column, lang) + fill(m.In(Lang(lang)), max(w.Count, 1), w.Value, figure, inPeriod, w.Period, w.From)
}

// fill fills a format's indexed verbs; a format without verbs is the text
// itself (fmt would append the unused values).
func fill(format string, args ...any) string {
	if !strings.Contains(format, "%") {
		return format
	}
	return fmt.Sprintf(format, args...)
}

var companionSources = sync.OnceValue(func() map[companion.Kind]W {
	return map[companion.Kind]W{
		companion.KindBenefit:  {"Jobindsats", "Jobindsats"},
		companion.KindStatBank: {"Danmarks Statistik", "Statistics Denmark"},
		companion.KindTemplate: {"simulatorens skabelon", "the simulator's template"},
	}
})

// CompanionFile sums up a read companion file in one line, e.g.
// "ptv.csv: Jobindsats PTV_A02 (CSV) med førtidspension og fleksjob for 98
// kommuner, 2020QMAT02–2022QMAT04".
func CompanionFile(f *companion.File, lang string) string {
	var what []string
	for _, a := range f.Areas {
		what = append(what, figureNames()[a.ID()].In(Lang(lang)))
	}
	for _, c := range f.Covariates {
		if n, ok := figureNames()[c]; ok {
			what = append(what, n.In(Lang(lang)))
		} else {
			what = append(what, c)
		}
	}
	if f.Caseload {
		what = append(what, W{"sager pr. sagsbehandler", "cases per caseworker"}.In(Lang(lang)))
	}
	if f.Fokus {
		what = append(what, W{"fokusmål", "focus targets"}.In(Lang(lang)))
	}
	table := f.Table
	if f.Kind == companion.KindTemplate {
		table = ""
	}
	and := W{" og ", " and "}.In(Lang(lang))
	s := fmt.Sprintf("%s: %s", f.Name, strings.TrimSpace(companionSources()[f.Kind].In(Lang(lang))+" "+table))
	munis := W{"kommuner", "municipalities"}
	if f.Municipalities == 1 {
		munis = W{"kommune", "municipality"}
	}
	s += fmt.Sprintf(" (%s) %s %s for %d %s", f.Format, W{"med", "with"}.In(Lang(lang)), joinAnd(what, and),
		f.Municipalities, munis.In(Lang(lang)))
	if n := len(f.Periods); n > 0 {
		s += ", " + f.Periods[0]
		if n > 1 {
			s += "–" + f.Periods[n-1]
		}
	}
	return s
}

// joinAnd joins "a, b og c".
func joinAnd(xs []string, and string) string {
	if len(xs) <= 1 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + and + xs[len(xs)-1]
}
