// Package jobindsatstest holds invented Y30R21 files for tests: a
// municipality's rows in each format, and a table of broken files with the
// error each must give. jobindsats's tests and app/text's (which words the
// errors) read the same files. It does not import jobindsats, so that
// jobindsats's own tests can use it; kinds are named as Kind.String()
// names them, and the labels are spelled out (a test checks them).
package jobindsatstest

import (
	"io"
	"strconv"
	"strings"
)

// MaxSize is jobindsats.MaxSize.
const MaxSize = 64 << 20

// The Jobindsats labels, as jobindsats.LabelArea etc.
const (
	labelExpected      = "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forventet antal"
	labelActual        = "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Faktisk antal"
	labelDiff          = "Forventet og faktisk antal fuldtidspersoner på offentlig forsørgelse: Forskel mellem forventet og faktisk antal"
	labelExpectedShare = "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Forventet andel (pct.)"
	labelActualShare   = "Forventet og faktisk andel fuldtidspersoner på offentlig forsørgelse: Faktisk andel (pct.)"
	labelRank          = "Placering på benchmarkranglisten"
)

// Labels are the labels above, for the check that they are jobindsats's.
var Labels = []string{labelExpected, labelActual, labelDiff, labelExpectedShare, labelActualShare, labelRank}

// The fixtures below are invented: one municipality, one period, a
// population of 12,500 aged 16–66 (1,000 expected = 8.00 %).

// ShortHeader is a CSV header with the short labels.
const ShortHeader = "Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;" +
	"Forskel mellem forventet og faktisk antal;Forventet andel (pct.);Faktisk andel (pct.);" +
	"Forskel mellem forventet og faktisk andel (pct. point);Placering på benchmarkranglisten\n"

// StevnsRows are Stevns in one period, as CSV lines under ShortHeader.
const StevnsRows = "" +
	"Stevns;2021QMAT02;Ydelsesgrupper i alt;1000;1100;100;8,00;8,80;0,80;90\n" +
	"Stevns;2021QMAT02;A-dagpenge mv.;200;250;50;1,60;2,00;0,40;80\n" +
	"Stevns;2021QMAT02;Kontanthjælp mv.;400;420;20;3,20;3,36;0,16;70\n" +
	"Stevns;2021QMAT02;Sygedagpenge mv.;400;430;30;3,20;3,44;0,24;60\n"

// StevnsCSV is a CSV file of Stevns.
const StevnsCSV = ShortHeader + StevnsRows

// LaesoRows are a second municipality for the same period (population 900).
const LaesoRows = "" +
	"Læsø;2021QMAT02;Ydelsesgrupper i alt;90;80;-10;10,00;8,89;-1,11;5\n" +
	"Læsø;2021QMAT02;A-dagpenge mv.;20;20;0;2,22;2,22;0,00;40\n" +
	"Læsø;2021QMAT02;Kontanthjælp mv.;30;20;-10;3,33;2,22;-1,11;3\n" +
	"Læsø;2021QMAT02;Sygedagpenge mv.;40;40;0;4,44;4,44;0,00;50\n"

// JSONLLine is one JSON lines record with the long labels.
func JSONLLine(area, period, group string, exp, act int, expShare, actShare string, rank int) string {
	d := act - exp
	return `{"Area":"` + area + `","Periode":"` + period + `","Ydelsesgrupper":"` + group + `",` +
		`"` + labelExpected + `":` + itoa(exp) + `,"` + labelActual + `":` + itoa(act) + `,` +
		`"` + labelDiff + `":` + itoa(d) + `,` +
		`"` + labelExpectedShare + `":"` + expShare + `","` + labelActualShare + `":"` + actShare + `",` +
		`"` + labelRank + `":` + itoa(rank) + "}\n"
}

func itoa(i int) string { return strconv.Itoa(i) }

// StevnsJSONL is the Stevns fixture as JSON lines (without the difference in pct. points).
var StevnsJSONL = JSONLLine("Stevns", "2021QMAT02", "Ydelsesgrupper i alt", 1000, 1100, "8,00", "8,80", 90) +
	JSONLLine("Stevns", "2021QMAT02", "A-dagpenge mv.", 200, 250, "1,60", "2,00", 80) +
	JSONLLine("Stevns", "2021QMAT02", "Kontanthjælp mv.", 400, 420, "3,20", "3,36", 70) +
	JSONLLine("Stevns", "2021QMAT02", "Sygedagpenge mv.", 400, 430, "3,20", "3,44", 60)

// StevnsAPI is the Stevns fixture as an answer of the JSON API.
const StevnsAPI = `[{"Measure":"Y30R21","Variables":[
 {"Name":"area","Label":"Area","Type":"area"},
 {"Name":"period","Label":"Periode"},
 {"Name":"_ygrp_y30r21","Label":"Ydelsesgrupper"},
 {"Label":"` + labelExpected + `"},
 {"Label":"` + labelActual + `"},
 {"Label":"` + labelExpectedShare + `"},
 {"Label":"` + labelActualShare + `"},
 {"Label":"` + labelRank + `"}],
"Data":[
 ["Stevns","2021QMAT02","Ydelsesgrupper i alt","1000","1100","8,00","8,80","90"],
 ["Stevns","2021QMAT02","A-dagpenge mv.",200,250,"1,60","2,00",80],
 ["Stevns","2021QMAT02","Kontanthjælp mv.",400,420,"3,20","3,36",70],
 ["Stevns","2021QMAT02","Sygedagpenge mv.",400,430,"3,20","3,44",60]]}]`

// Case is a broken file and the first error Read must give: its kind (as
// Kind.String() names it), line, field and a part of its English message.
type Case struct {
	Name  string
	In    io.Reader
	Kind  string
	Line  int
	Field string
	Msg   string
}

// errReader fails after its data.
type errReader struct{ err error }

func (r errReader) Read([]byte) (int, error) { return 0, r.err }

// sizedReader yields n bytes of spaces.
type sizedReader struct{ n int }

func (r *sizedReader) Read(b []byte) (int, error) {
	if r.n <= 0 {
		return 0, io.EOF
	}
	k := min(len(b), r.n)
	for i := range b[:k] {
		b[i] = ' '
	}
	r.n -= k
	return k, nil
}

// Broken returns the broken files, with fresh readers: files that are
// empty, not data or not valid JSON or CSV, then files whose values are
// wrong.
func Broken() []Case { return append(brokenFiles(), brokenValues()...) }

// replace is StevnsCSV with its first old replaced by new.
func replace(old, new string) string {
	if !strings.Contains(StevnsCSV, old) {
		panic("fixture lacks " + old)
	}
	return strings.Replace(StevnsCSV, old, new, 1)
}

// dropLine is s without its line n (1-based).
func dropLine(s string, n int) string {
	lines := strings.SplitAfter(s, "\n")
	return strings.Join(append(lines[:n-1:n-1], lines[n:]...), "")
}

func brokenFiles() []Case {
	return []Case{
		{"empty", strings.NewReader(""), "empty", 1, "", "the file is empty"},
		{"only white space and a BOM", strings.NewReader("\uFEFF \r\n\n"), "empty", 1, "", "the file is empty"},
		{"header only", strings.NewReader(ShortHeader), "empty", 1, "", "no data rows"},
		{"empty API answer", strings.NewReader(`[{"Variables":[{"Label":"Area"},{"Label":"Periode"},{"Label":"Ydelsesgrupper"},{"Label":"Forventet antal"},{"Label":"Faktisk antal"},{"Label":"Forventet andel (pct.)"}],"Data":[]}]`),
			"empty", 1, "", "no data rows"},
		{"API error line", strings.NewReader(strings.Join(strings.SplitAfter(StevnsJSONL, "\n")[:2], "") +
			`{"Forkert nøgle eller nøglen er udløbet.":""}` + "\n"),
			"api-error", 3, "", `the file holds an error message from the Jobindsats API instead of data: "Forkert nøgle eller nøglen er udløbet."`},
		{"API error as the whole answer", strings.NewReader(`{"Message":"An error has occurred."}`),
			"api-error", 1, "", `"An error has occurred."`},
		{"API error line in CSV", strings.NewReader(StevnsCSV + `{"Forkert nøgle eller nøglen er udløbet.":""}` + "\n"),
			"api-error", 6, "", "error message from the Jobindsats API"},
		{"invalid JSON", strings.NewReader(strings.Replace(StevnsJSONL, `"Periode":"2021QMAT02"`, `"Periode" 2021QMAT02`, 2)),
			"syntax", 1, "", "invalid JSON: invalid character"},
		{"invalid JSON on line 3", strings.NewReader(dropLine(StevnsJSONL, 3) + `{"Area":"Stevns",` + "\n"),
			"syntax", 4, "", "the file ends inside the value that starts on line 4"},
		{"JSON that is not an object", strings.NewReader(`[1,2]`), "syntax", 1, "", "expected a JSON object in the array, found 1"},
		{"CSV bare quote", strings.NewReader(replace("Stevns;2021QMAT02;A-dagpenge", `Ste"vns;2021QMAT02;A-dagpenge`)),
			"syntax", 3, "", `invalid CSV: bare " in non-quoted-field`},
		{"UTF-16", strings.NewReader("\xff\xfeA\x00"), "syntax", 1, "", "UTF-16"},
	}
}

func brokenValues() []Case {
	twoPeriods := ShortHeader + StevnsRows + LaesoRows + strings.ReplaceAll(LaesoRows, "2021QMAT02", "2021QMAT04")
	noDiffs := "Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;Forventet andel (pct.);Faktisk andel (pct.)\n" +
		"Stevns;2021QMAT02;Ydelsesgrupper i alt;1000;1100;0;8,80\n" +
		"Stevns;2021QMAT02;A-dagpenge mv.;200;250;0;2,00\n" +
		"Stevns;2021QMAT02;Kontanthjælp mv.;400;420;0;3,36\n" +
		"Stevns;2021QMAT02;Sygedagpenge mv.;400;430;0;3,44\n"
	apiLines := strings.Split(StevnsAPI, "\n")

	return []Case{
		{"unknown municipality", strings.NewReader(replace("Stevns;2021QMAT02;A-dagpenge", "Stevens;2021QMAT02;A-dagpenge")),
			"unknown-municipality", 3, "Area", `unknown municipality "Stevens" (did you mean "Stevns"?)`},
		{"unknown municipality, nothing close", strings.NewReader(replace("Stevns;2021QMAT02;A-dagpenge", "Atlantis;2021QMAT02;A-dagpenge")),
			"unknown-municipality", 3, "Area", `unknown municipality "Atlantis"`},
		{"unknown benefit group", strings.NewReader(replace("Kontanthjælp mv.", "Kontanthjalp mv")),
			"unknown-area", 4, "Ydelsesgrupper", `unknown benefit group "Kontanthjalp mv" (did you mean "Kontanthjælp mv."?)`},
		{"bad period", strings.NewReader(replace("Stevns;2021QMAT02;A-dagpenge", "Stevns;2021K2;A-dagpenge")),
			"bad-period", 3, "Periode", `not a Jobindsats period code like "2021QMAT02": "2021K2"`},
		{"missing area", strings.NewReader(dropLine(StevnsCSV, 4)),
			"missing-area", 2, "Ydelsesgrupper", `Stevns, 2021QMAT02: no row for "Kontanthjælp mv."`},
		{"missing period", strings.NewReader(twoPeriods),
			"missing-period", 2, "Area", "Stevns has rows for 2021QMAT02 but none for 2021QMAT04"},
		{"not a number", strings.NewReader(replace(";420;", ";abc;")),
			"not-a-number", 4, "Faktisk antal", `not a number: "abc"`},
		{"not a number in JSON", strings.NewReader(strings.Replace(StevnsJSONL, `Faktisk antal":250`, `Faktisk antal":true`, 1)),
			"not-a-number", 2, labelActual, `not a number: "true"`},
		{"conflicting duplicate", strings.NewReader(StevnsCSV + "Stevns;2021QMAT02;A-dagpenge mv.;200;260;60;1,60;2,08;0,48;80\n"),
			"duplicate", 6, "Faktisk antal", "Stevns, 2021QMAT02, A-dagpenge mv. is also on line 3, with different values (250 there, 260 here)"},
		{"column twice", strings.NewReader(strings.Replace(StevnsCSV, "Faktisk antal;", "Faktisk antal;Kommune;", 1)),
			"duplicate", 1, "Kommune", `columns 1 and 6 both hold "Area"`},
		{"total does not add up", strings.NewReader(replace("i alt;1000;1100;100;", "i alt;1000;1300;300;")),
			"total-mismatch", 2, "Faktisk antal", "Stevns, 2021QMAT02: the total 1300 differs from the sum of the three areas, 1100, by more than rounding explains"},
		{"total share does not add up", strings.NewReader(replace("8,00;8,80;0,80", "9,50;10,30;0,80")),
			"total-mismatch", 2, "Faktisk andel (pct.)", "the total shares (expected 9.5, actual 10.3 pct.) differ from the sums of the three areas (8, 8.8)"},
		{"missing column", strings.NewReader(strings.Replace(StevnsCSV, "Faktisk antal;", "Faktisk antallet;", 1)),
			"missing-field", 1, "Faktisk antal", "no such column"},
		{"missing key in JSON lines", strings.NewReader(strings.Replace(StevnsJSONL, `"Ydelsesgrupper":"A-dagpenge mv.",`, "", 1)),
			"missing-field", 2, "Ydelsesgrupper", "no such key"},
		{"neither shares nor population", strings.NewReader("Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal\n" +
			"Stevns;2021QMAT02;Ydelsesgrupper i alt;1000;1100\n"),
			"missing-field", 1, "Forventet andel (pct.)", `one of them is needed for the population aged 16–66`},
		{"empty value", strings.NewReader(replace(";420;", ";;")),
			"missing-field", 4, "Faktisk antal", "no value"},
		{"no header", strings.NewReader("a;b;c\n1;2;3\n"), "missing-field", 1, "", "no header line with the Y30R21 columns"},
		{"wrong column count", strings.NewReader(replace(";420;20;", ";420;")),
			"column-count", 4, "", "the line has 9 fields, the header on line 1 has 10"},
		{"API row too short", strings.NewReader(strings.Replace(StevnsAPI, `"3,20","3,36",70]`, `"3,20",70]`, 1)),
			"column-count", 13, "", "Data row 3 has 7 values, Variables has 8"},
		{"API variable without label", strings.NewReader(strings.Replace(StevnsAPI, `{"Name":"period","Label":"Periode"}`, `{"Type":"period"}`, 1)),
			"missing-field", 3, "Variables", "variable 2 has no Label"},
		{"API minified, error names the Data row", strings.NewReader(strings.Replace(strings.Join(apiLines, ""), `430,"3,20"`, `430,"x"`, 1)),
			"not-a-number", 1, labelExpectedShare, `not a number: "x"`},
		{"negative count", strings.NewReader(replace(";200;250;50;", ";200;-250;-450;")),
			"out-of-range", 3, "Faktisk antal", "a count cannot be negative: -250"},
		{"share over 100", strings.NewReader(replace("3,20;3,36", "3,20;336")),
			"out-of-range", 4, "Faktisk andel (pct.)", "a share in pct. must be between 0 and 100: 336"},
		{"rank out of range", strings.NewReader(replace(";0,16;70", ";0,16;99")),
			"out-of-range", 4, "Placering på benchmarkranglisten", "a rank must be between 1 and 98: 99"},
		{"rank not whole", strings.NewReader(replace(";0,16;70", ";0,16;7,5")),
			"not-a-number", 4, "Placering på benchmarkranglisten", "not a whole number: 7.5"},
		{"zero population", strings.NewReader(strings.Replace(ShortHeader, "\n", ";Befolkning 16-66 år\n", 1) +
			strings.Replace(strings.ReplaceAll(StevnsRows, "\n", ";12500\n"), ";60;12500", ";60;0", 1)),
			"out-of-range", 5, "Befolkning 16-66 år", "the population aged 16–66 must be positive: 0"},
		{"zero expected share", strings.NewReader(noDiffs),
			"out-of-range", 2, "Forventet andel (pct.)", "the population aged 16–66 cannot be derived from an expected count of 1000 and an expected share of 0"},
		{"difference with the wrong sign", strings.NewReader(replace(";400;430;30;", ";400;430;-30;")),
			"inconsistent", 5, "Forskel mellem forventet og faktisk antal", "the difference is -30, but actual − expected is 30 (are columns swapped?)"},
		{"two populations", strings.NewReader(strings.Replace(ShortHeader, "\n", ";Befolkning 16-66 år\n", 1) +
			strings.Replace(strings.ReplaceAll(StevnsRows, "\n", ";12500\n"), ";60;12500", ";60;12600", 1)),
			"inconsistent", 5, "Befolkning 16-66 år", "the population aged 16–66 is 12600 here but 12500 on line 2"},
		{"only a national total", strings.NewReader(strings.ReplaceAll(StevnsCSV, "Stevns", "Hele landet")),
			"empty", 5, "", "no rows for any municipality"},
		{"one municipality of 98", strings.NewReader(StevnsCSV),
			"missing-municipalities", 0, "", "the file lacks 97 of the 98 municipalities: København, Frederiksberg,"},
		{"read error", io.MultiReader(strings.NewReader(StevnsCSV), errReader{io.ErrClosedPipe}),
			"read", 0, "", "cannot read the file: io: read/write on closed pipe"},
		{"too large", &sizedReader{MaxSize + 1}, "too-large", 0, "", "the file is larger than 64 MB"},
	}
}
