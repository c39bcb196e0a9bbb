package text

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"benchsim/calc/jobindsats"
	"benchsim/calc/jobindsats/jobindsatstest"
)

// Every kind, detail and warning kind of the importer has a Danish and an
// English wording, and they differ.
func TestImportWordsInBothLanguages(t *testing.T) {
	for k := jobindsats.ErrSyntax; k <= jobindsats.ErrMissingMunicipalities; k++ {
		if w := kindWords()[k]; w[0] == "" || w[1] == "" || w[0] == w[1] {
			t.Errorf("kind %v: %q", k, w)
		}
	}
	for _, d := range jobindsats.AllDetails() {
		if w := detailWords()[d]; w[0] == "" || w[1] == "" || w[0] == w[1] {
			t.Errorf("detail %d: %q", d, w)
		}
	}
	for _, k := range jobindsats.AllWarnKinds() {
		if w := warnWords()[k]; w[0] == "" || w[1] == "" || w[0] == w[1] {
			t.Errorf("warning kind %d: %q", k, w)
		}
	}
}

// englishWords are words of the importer's English messages that must not
// appear in a Danish one.
var englishWords = []string{"line", "field", "not a number", "expected", "column", "value", "row", "the",
	"municipality", "invalid", "missing", "unknown", "file", "must", "found", "no such", "Data row"}

// The broken files of jobindsatstest give wholly Danish messages that keep
// the line, the field and the values, and English ones in English.
func TestImportErrorsOfBrokenFiles(t *testing.T) {
	for _, c := range jobindsatstest.Broken() {
		_, _, err := jobindsats.Read(c.In)
		var e *jobindsats.Error
		if !errors.As(err, &e) {
			t.Fatalf("%s: %v", c.Name, err)
		}
		da, en := ImportError(err, "da"), ImportError(err, "en")
		if da == en {
			t.Errorf("%s: the same in both languages: %q", c.Name, da)
		}
		for _, w := range englishWords {
			if e.Kind != jobindsats.ErrRead && hasWord(da, w) && !inValues(e, w) {
				t.Errorf("%s: English %q in the Danish %q", c.Name, w, da)
			}
		}
		if e.Line > 0 && !strings.HasPrefix(da, "linje ") || e.Line > 0 && !strings.HasPrefix(en, "line ") {
			t.Errorf("%s: no line first: %q / %q", c.Name, da, en)
		}
		if e.Field != "" && (!strings.Contains(da, `feltet "`+e.Field+`"`) || !strings.Contains(en, `field "`+e.Field+`"`)) {
			t.Errorf("%s: the field %q is not named: %q / %q", c.Name, e.Field, da, en)
		}
		for i, v := range e.Values {
			tmpl := detailWords()[e.Detail][0]
			used := strings.Contains(tmpl, "{v"+strconv.Itoa(i)+"}") || strings.Contains(tmpl, "{q"+strconv.Itoa(i)+"}") ||
				strings.Contains(tmpl, "{list}") && i < 10
			if used && (!strings.Contains(da, v) || !strings.Contains(en, v)) {
				t.Errorf("%s: the value %q is lost: %q / %q", c.Name, v, da, en)
			}
		}
	}
}

// hasWord reports whether s has the word (or words) w, in any case.
func hasWord(s, w string) bool {
	return regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(strings.TrimSpace(w)) + `\b`).MatchString(s)
}

// inValues reports whether w comes from the file (a value, a label).
func inValues(e *jobindsats.Error, w string) bool {
	for _, v := range append([]string{e.Field}, e.Values...) {
		if strings.Contains(strings.ToLower(v), strings.ToLower(w)) {
			return true
		}
	}
	return false
}

func TestImportTexts(t *testing.T) {
	_, _, err := jobindsats.Read(strings.NewReader(strings.Replace(jobindsatstest.StevnsCSV, ";420;", ";abc;", 1)))
	eq(t, `linje 4, feltet "Faktisk antal": "abc" er ikke et tal. Tal skrives med cifre, fx 1.130 eller 9,08.`, ImportError(err, "da"))
	eq(t, `line 4, field "Faktisk antal": "abc" is not a number. Numbers are written in digits, e.g. 1,130 or 9.08.`, ImportError(err, "en"))

	missing := &jobindsats.Error{Kind: jobindsats.ErrMissingMunicipalities, Detail: jobindsats.DetailMissingMunicipalities,
		Facts: jobindsats.Facts{Values: []string{"Læsø", "Samsø", "Fanø"}, Nums: []float64{3, 98}}}
	eq(t, "filen mangler 3 af de 98 kommuner: Læsø, Samsø, Fanø. Et benchmark rangerer alle 98 kommuner — hent Y30R21 for dem alle.",
		ImportError(missing, "da"))

	// Numbers in Danish form; all errors counted by ReadAll.
	_, _, errs := jobindsats.ReadAll(strings.NewReader(strings.Replace(strings.Replace(jobindsatstest.StevnsCSV,
		"i alt;1000;1100;100;8,00;8,80;0,80", "i alt;1000;1100;100;8,00;8,80;12,5", 1), "Stevns;2021QMAT02;Syg", "Stevnz;2021QMAT02;Syg", 1)))
	eq(t, `linje 2, feltet "Forskel mellem forventet og faktisk andel (pct. point)": forskellen er 12,5 procentpoint, `+
		`men faktisk − forventet andel er 0,8 (er kolonner byttet om?). Tjek, at tallene står under de rigtige overskrifter. (og 1 fejl mere)`,
		ImportError(errs, "da"))
	eq(t, "datasættet findes ikke", ImportError(errors.New("datasættet findes ikke"), "da"))

	_, warns, err := jobindsats.ReadWith(strings.NewReader(jobindsatstest.StevnsCSV+
		"Stevns;2021QMAT02;A-dagpenge mv.;200;250;50;1,60;2,00;0,40;80\n"), jobindsats.ReadOptions{Partial: true})
	if err != nil || len(warns) != 1 {
		t.Fatalf("%v %v", warns, err)
	}
	eq(t, "linje 6: gentager linje 3 (Stevns, 2021QMAT02, A-dagpenge mv.); gentagelsen er sprunget over", ImportWarning(warns[0], "da"))
	eq(t, "line 6: repeats line 3 (Stevns, 2021QMAT02, A-dagpenge mv.); the repeat was dropped", ImportWarning(warns[0], "en"))

	off := jobindsats.Warning{Line: 2, Kind: jobindsats.WarnTotalSharesOffArea, Facts: jobindsats.Facts{
		Values: []string{"Stevns", "2021QMAT02", "A-dagpenge mv."}, Nums: []float64{8, 8.8, 8.4, 9.2, 200, 1.6, 2},
		Ref: jobindsats.Place{Line: 1, Row: 2}}}
	eq(t, "linje 2: Stevns, 2021QMAT02: de offentliggjorte andele i alt (forventet 8, faktisk 8,8 pct.) afviger fra summerne af de tre "+
		"ydelsesgrupper (8,4 og 9,2); de offentliggjorte bruges. Andelene for \"A-dagpenge mv.\" (linje 1 (datarække 2)) ser forkerte ud: "+
		"det forventede antal 200 er 1,6 % af den befolkning, i alt giver, ikke 2 %", ImportWarning(off, "da"))
}

func eq(t *testing.T, want, got string) {
	t.Helper()
	if got != want {
		t.Errorf("\n got %q\nwant %q", got, want)
	}
}
