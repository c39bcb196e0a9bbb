package jobindsats

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"benchsim/calc"
)

// The fixtures below are invented: one municipality, one period, a
// population of 12,500 aged 16–66 (1,000 expected = 8.00 %).

const shortHeader = "Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;" +
	"Forskel mellem forventet og faktisk antal;Forventet andel (pct.);Faktisk andel (pct.);" +
	"Forskel mellem forventet og faktisk andel (pct. point);Placering på benchmarkranglisten\n"

const stevnsRows = "" +
	"Stevns;2021QMAT02;Ydelsesgrupper i alt;1000;1100;100;8,00;8,80;0,80;90\n" +
	"Stevns;2021QMAT02;A-dagpenge mv.;200;250;50;1,60;2,00;0,40;80\n" +
	"Stevns;2021QMAT02;Kontanthjælp mv.;400;420;20;3,20;3,36;0,16;70\n" +
	"Stevns;2021QMAT02;Sygedagpenge mv.;400;430;30;3,20;3,44;0,24;60\n"

const stevnsCSV = shortHeader + stevnsRows

// laesoRows are a second municipality for the same period (population 900).
const laesoRows = "" +
	"Læsø;2021QMAT02;Ydelsesgrupper i alt;90;80;-10;10,00;8,89;-1,11;5\n" +
	"Læsø;2021QMAT02;A-dagpenge mv.;20;20;0;2,22;2,22;0,00;40\n" +
	"Læsø;2021QMAT02;Kontanthjælp mv.;30;20;-10;3,33;2,22;-1,11;3\n" +
	"Læsø;2021QMAT02;Sygedagpenge mv.;40;40;0;4,44;4,44;0,00;50\n"

// jsonlLine is one JSON lines record with the long labels.
func jsonlLine(area, period, group string, exp, act int, expShare, actShare string, rank int) string {
	d := act - exp
	return `{"Area":"` + area + `","Periode":"` + period + `","Ydelsesgrupper":"` + group + `",` +
		`"` + LabelExpected + `":` + itoa(exp) + `,"` + LabelActual + `":` + itoa(act) + `,` +
		`"` + LabelDiff + `":` + itoa(d) + `,` +
		`"` + LabelExpectedShare + `":"` + expShare + `","` + LabelActualShare + `":"` + actShare + `",` +
		`"` + LabelRank + `":` + itoa(rank) + "}\n"
}

func itoa(i int) string { return formatNumber(float64(i), false, 0) }

// stevnsJSONL is the Stevns fixture as JSON lines (without the difference in pct. points).
var stevnsJSONL = jsonlLine("Stevns", "2021QMAT02", "Ydelsesgrupper i alt", 1000, 1100, "8,00", "8,80", 90) +
	jsonlLine("Stevns", "2021QMAT02", "A-dagpenge mv.", 200, 250, "1,60", "2,00", 80) +
	jsonlLine("Stevns", "2021QMAT02", "Kontanthjælp mv.", 400, 420, "3,20", "3,36", 70) +
	jsonlLine("Stevns", "2021QMAT02", "Sygedagpenge mv.", 400, 430, "3,20", "3,44", 60)

const stevnsAPI = `[{"Measure":"Y30R21","Variables":[
 {"Name":"area","Label":"Area","Type":"area"},
 {"Name":"period","Label":"Periode"},
 {"Name":"_ygrp_y30r21","Label":"Ydelsesgrupper"},
 {"Label":"` + LabelExpected + `"},
 {"Label":"` + LabelActual + `"},
 {"Label":"` + LabelExpectedShare + `"},
 {"Label":"` + LabelActualShare + `"},
 {"Label":"` + LabelRank + `"}],
"Data":[
 ["Stevns","2021QMAT02","Ydelsesgrupper i alt","1000","1100","8,00","8,80","90"],
 ["Stevns","2021QMAT02","A-dagpenge mv.",200,250,"1,60","2,00",80],
 ["Stevns","2021QMAT02","Kontanthjælp mv.",400,420,"3,20","3,36",70],
 ["Stevns","2021QMAT02","Sygedagpenge mv.",400,430,"3,20","3,44",60]]}]`

func checkStevns(t *testing.T, ds *calc.Dataset) {
	t.Helper()
	require.NotNil(t, ds)
	require.NoError(t, ds.Validate())
	require.Len(t, ds.Municipalities, 1)
	assert.Equal(t, calc.Municipality{Code: 336, Name: "Stevns", Region: "Region Sjælland"}, ds.Municipalities[0])
	require.Len(t, ds.Periods, 1)
	p := ds.Periods[0]
	assert.Equal(t, "2021QMAT02", p.Code)
	assert.Equal(t, "3. kvt. 2020 – 2. kvt. 2021", p.Label)
	assert.Equal(t, "2019", p.Scope)
	assert.Equal(t, "2021", p.RuleSet)
	r := p.Rows[0]
	assert.True(t, r.PopulationDerived)
	assert.InDelta(t, 12500, r.Population, 1e-9)
	assert.Equal(t, calc.Figures{Known: true, Actual: 1100, Expected: 1000, HasExpected: true,
		HasShares: true, ActualShare: 8.8, ExpectedShare: 8, PublishedRank: 90}, r.Areas[calc.Total])
	assert.Equal(t, calc.Figures{Known: true, Actual: 250, Expected: 200, HasExpected: true,
		HasShares: true, ActualShare: 2, ExpectedShare: 1.6, PublishedRank: 80}, r.Areas[calc.DP])
	assert.Equal(t, calc.Figures{Known: true, Actual: 420, Expected: 400, HasExpected: true,
		HasShares: true, ActualShare: 3.36, ExpectedShare: 3.2, PublishedRank: 70}, r.Areas[calc.KTH])
	assert.Equal(t, calc.Figures{Known: true, Actual: 430, Expected: 400, HasExpected: true,
		HasShares: true, ActualShare: 3.44, ExpectedShare: 3.2, PublishedRank: 60}, r.Areas[calc.SYG])
	assert.False(t, r.Areas[calc.FP].Known)
	assert.Equal(t, "Jobindsats Y30R21 (import)", ds.Provenance.Name)
	assert.False(t, ds.Provenance.Illustrative)
}

func TestReadFormats(t *testing.T) {
	for name, in := range map[string]string{
		"csv short":                   stevnsCSV,
		"csv bom crlf":                "\uFEFF" + strings.ReplaceAll(stevnsCSV, "\n", "\r\n"),
		"csv comma":                   strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(stevnsCSV, ",", "."), ";", ","), "Kontanthjælp mv.", `"Kontanthjælp mv."`),
		"csv tab":                     strings.ReplaceAll(stevnsCSV, ";", "\t"),
		"csv with preamble":           "Y30R21: Forventet og faktisk antal\n\n" + stevnsCSV,
		"csv trailing sep":            strings.ReplaceAll(stevnsCSV, "\n", ";\n"),
		"csv kommune column":          strings.Replace(stevnsCSV, "Area;", "Kommune;", 1),
		"jsonl":                       stevnsJSONL,
		"jsonl crlf no final newline": strings.TrimSuffix(strings.ReplaceAll(stevnsJSONL, "\n", "\r\n"), "\r\n"),
		"json array of records":       "[" + strings.ReplaceAll(strings.TrimSuffix(stevnsJSONL, "\n"), "\n", ",\n") + "]",
		"api":                         stevnsAPI,
		"api single table":            strings.TrimSuffix(strings.TrimPrefix(stevnsAPI, "["), "]"),
	} {
		t.Run(name, func(t *testing.T) {
			ds, warns, err := Read(strings.NewReader(in))
			require.NoError(t, err)
			checkStevns(t, ds)
			if name == "csv with preamble" {
				require.Len(t, warns, 1)
				assert.Equal(t, 1, warns[0].Line)
				assert.Contains(t, warns[0].Msg, "text before the header")
			} else {
				assert.Empty(t, warns)
			}
		})
	}
}

func TestReadLongCSVHeaders(t *testing.T) {
	long := strings.NewReplacer(
		"Forventet antal", LabelExpected, "Faktisk antal", LabelActual,
		"Forskel mellem forventet og faktisk antal", LabelDiff,
		"Forventet andel (pct.)", LabelExpectedShare, "Faktisk andel (pct.)", LabelActualShare,
		"Forskel mellem forventet og faktisk andel (pct. point)", LabelDiffShare,
	).Replace(shortHeader)
	require.Contains(t, long, LabelDiffShare)
	ds, _, err := Read(strings.NewReader(long + stevnsRows))
	require.NoError(t, err)
	checkStevns(t, ds)
}

func TestReadAPIFormatDetected(t *testing.T) {
	ds, _, err := Read(strings.NewReader(stevnsAPI))
	require.NoError(t, err)
	assert.Contains(t, ds.Provenance.Source, "JSON API")
	ds, _, err = Read(strings.NewReader(stevnsJSONL))
	require.NoError(t, err)
	assert.Contains(t, ds.Provenance.Source, "JSON lines")
	assert.Contains(t, ds.Provenance.Source, "4 rækker")
	assert.Contains(t, ds.Provenance.Note, "afledt")
}

func TestReadPopulationColumn(t *testing.T) {
	in := strings.Replace(shortHeader, "\n", ";Befolkning 16–66 år\n", 1) +
		strings.ReplaceAll(stevnsRows, "\n", ";12.600\n")
	ds, _, err := Read(strings.NewReader(in))
	require.NoError(t, err)
	r := ds.Periods[0].Rows[0]
	assert.False(t, r.PopulationDerived)
	assert.Equal(t, 12600.0, r.Population)
	assert.Empty(t, ds.Provenance.Note)

	// Without shares the population column is enough.
	in = "Kommune;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;Befolkning 16-66 år\n" +
		"Læsø;2022QMAT04;Ydelsesgrupper i alt;90;80;900\n" +
		"Læsø;2022QMAT04;A-dagpenge mv.;20;20;900\n" +
		"Læsø;2022QMAT04;Kontanthjælp mv.;30;20;900\n" +
		"Læsø;2022QMAT04;Sygedagpenge mv.;40;40;900\n"
	ds, warns, err := Read(strings.NewReader(in))
	require.NoError(t, err)
	assert.Empty(t, warns)
	assert.Equal(t, "2022", ds.Periods[0].Label)
	assert.Equal(t, "2021", ds.Periods[0].RuleSet)
	r = ds.Periods[0].Rows[0]
	assert.Equal(t, 900.0, r.Population)
	assert.False(t, r.Areas[calc.Total].HasShares)
	assert.Equal(t, 0, r.Areas[calc.Total].PublishedRank)
}

func TestReadFPAndFlex(t *testing.T) {
	in := stevnsCSV +
		"Stevns;2021QMAT02;Førtidspension;;700;;;5,60;;\n" +
		"Stevns;2021QMAT02;Fleksjob;;300;;;;;\n"
	ds, warns, err := Read(strings.NewReader(in))
	require.NoError(t, err)
	assert.Empty(t, warns)
	r := ds.Periods[0].Rows[0]
	assert.Equal(t, calc.Figures{Known: true, Actual: 700, HasShares: true, ActualShare: 5.6}, r.Areas[calc.FP])
	assert.Equal(t, calc.Figures{Known: true, Actual: 300}, r.Areas[calc.Flex])
	assert.InDelta(t, 12500, r.Population, 1e-9)
}

func TestReadWarnings(t *testing.T) {
	t.Run("exact duplicate dropped", func(t *testing.T) {
		in := stevnsCSV + "Stevns;2021QMAT02;A-dagpenge mv.;200;250;50;1,60;2,00;0,40;80\n"
		ds, warns, err := Read(strings.NewReader(in))
		require.NoError(t, err)
		checkStevns(t, ds)
		require.Len(t, warns, 1)
		assert.Equal(t, 6, warns[0].Line)
		assert.Equal(t, "line 6: repeats line 3 (Stevns, 2021QMAT02, A-dagpenge mv.); the repeat was dropped", warns[0].String())
	})
	t.Run("aliases, aggregates, unknown columns", func(t *testing.T) {
		in := strings.Replace(shortHeader, "\n", ";Note\n", 1) +
			strings.ReplaceAll(strings.ReplaceAll(stevnsRows, "Stevns", "336"), "\n", ";x\n") +
			strings.ReplaceAll(strings.ReplaceAll(laesoRows, "Læsø", "Hele landet"), "\n", ";\n") +
			strings.ReplaceAll(strings.ReplaceAll(stevnsRows, "Stevns", "Københavns Kommune"), "\n", ";\n")
		ds, warns, err := Read(strings.NewReader(in))
		require.NoError(t, err)
		require.Len(t, ds.Municipalities, 2)
		assert.Equal(t, "København", ds.Municipalities[0].Name)
		assert.Equal(t, "Stevns", ds.Municipalities[1].Name)
		var msgs []string
		for _, w := range warns {
			msgs = append(msgs, w.String())
		}
		assert.Equal(t, []string{
			`line 1: unknown column "Note" ignored`,
			`line 6: rows for "Hele landet" skipped: not a municipality`,
			`line 10: "Københavns Kommune" read as "København"`,
		}, msgs)
	})
	t.Run("total computed when absent", func(t *testing.T) {
		in := shortHeader + strings.SplitN(stevnsRows, "\n", 2)[1]
		ds, warns, err := Read(strings.NewReader(in))
		require.NoError(t, err)
		require.Len(t, warns, 1)
		assert.Contains(t, warns[0].Msg, `no "Ydelsesgrupper i alt" rows`)
		tot := ds.Periods[0].Rows[0].Areas[calc.Total]
		assert.Equal(t, 1100.0, tot.Actual)
		assert.Equal(t, 1000.0, tot.Expected)
		assert.InDelta(t, 8.0, tot.ExpectedShare, 1e-12)
		assert.InDelta(t, 8.8, tot.ActualShare, 1e-12)
		assert.Equal(t, 0, tot.PublishedRank)
		assert.InDelta(t, 12500, ds.Periods[0].Rows[0].Population, 1e-6)
		assert.Contains(t, ds.Provenance.Note, "summen")
	})
	t.Run("total share off the sum of the areas", func(t *testing.T) {
		// The dp shares say 2.00/2.40 where the counts imply 1.60/2.00.
		in := strings.Replace(stevnsCSV, "200;250;50;1,60;2,00;0,40", "200;250;50;2,00;2,40;0,40", 1)
		_, warns, err := Read(strings.NewReader(in))
		require.NoError(t, err)
		require.Len(t, warns, 1)
		assert.Equal(t, 2, warns[0].Line)
		assert.Contains(t, warns[0].Msg, "published total shares (expected 8, actual 8.8 pct.) differ from the sums of the three areas (8.4, 9.2)")
		assert.Contains(t, warns[0].Msg, `The shares of "A-dagpenge mv." (line 3) look off: its expected count 200 is 1.6 % of the population the total implies, not 2 %`)
	})
	t.Run("joined exports repeat the header", func(t *testing.T) {
		ds, warns, err := Read(strings.NewReader(shortHeader + stevnsRows + shortHeader + laesoRows))
		require.NoError(t, err)
		assert.Len(t, ds.Municipalities, 2)
		require.Len(t, warns, 1)
		assert.Equal(t, "line 6: the header of line 1 repeated; skipped", warns[0].String())
	})
	t.Run("latin-1", func(t *testing.T) {
		in := strings.ReplaceAll(stevnsCSV+laesoRows, "Læsø", "L\xe6s\xf8")
		in = strings.ReplaceAll(in, "Kontanthjælp", "Kontanthj\xe6lp")
		in = strings.ReplaceAll(in, "på", "p\xe5")
		ds, warns, err := Read(strings.NewReader(in))
		require.NoError(t, err)
		assert.Equal(t, "Læsø", ds.Municipalities[1].Name)
		require.Len(t, warns, 1)
		assert.Contains(t, warns[0].Msg, "Latin-1")
	})
}

func TestReadTwoMunicipalitiesOrderedByCode(t *testing.T) {
	in := shortHeader + laesoRows + stevnsRows
	ds, _, err := Read(strings.NewReader(in))
	require.NoError(t, err)
	require.NoError(t, ds.Validate())
	assert.Equal(t, []calc.Municipality{
		{Code: 336, Name: "Stevns", Region: "Region Sjælland"},
		{Code: 825, Name: "Læsø", Region: "Region Nordjylland"},
	}, ds.Municipalities)
	assert.InDelta(t, 900, ds.Periods[0].Rows[1].Population, 1e-9)
	assert.Equal(t, -1.11, round(ds.Periods[0].Rows[1].Areas[calc.KTH].ActualShare-ds.Periods[0].Rows[1].Areas[calc.KTH].ExpectedShare, 2))
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

func TestReadBroken(t *testing.T) {
	replace := func(old, new string) string {
		if !strings.Contains(stevnsCSV, old) {
			panic("fixture lacks " + old)
		}
		return strings.Replace(stevnsCSV, old, new, 1)
	}
	dropLine := func(s string, n int) string {
		lines := strings.SplitAfter(s, "\n")
		return strings.Join(append(lines[:n-1:n-1], lines[n:]...), "")
	}
	twoPeriods := shortHeader + stevnsRows + laesoRows + strings.ReplaceAll(laesoRows, "2021QMAT02", "2021QMAT04")
	noDiffs := "Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal;Forventet andel (pct.);Faktisk andel (pct.)\n" +
		"Stevns;2021QMAT02;Ydelsesgrupper i alt;1000;1100;0;8,80\n" +
		"Stevns;2021QMAT02;A-dagpenge mv.;200;250;0;2,00\n" +
		"Stevns;2021QMAT02;Kontanthjælp mv.;400;420;0;3,36\n" +
		"Stevns;2021QMAT02;Sygedagpenge mv.;400;430;0;3,44\n"
	apiLines := strings.Split(stevnsAPI, "\n")

	tests := []struct {
		name  string
		in    io.Reader
		kind  Kind
		line  int
		field string
		msg   string
	}{
		{"empty", strings.NewReader(""), ErrEmpty, 1, "", "the file is empty"},
		{"only white space and a BOM", strings.NewReader("\uFEFF \r\n\n"), ErrEmpty, 1, "", "the file is empty"},
		{"header only", strings.NewReader(shortHeader), ErrEmpty, 1, "", "no data rows"},
		{"empty API answer", strings.NewReader(`[{"Variables":[{"Label":"Area"},{"Label":"Periode"},{"Label":"Ydelsesgrupper"},{"Label":"Forventet antal"},{"Label":"Faktisk antal"},{"Label":"Forventet andel (pct.)"}],"Data":[]}]`),
			ErrEmpty, 1, "", "no data rows"},
		{"API error line", strings.NewReader(strings.Join(strings.SplitAfter(stevnsJSONL, "\n")[:2], "") +
			`{"Forkert nøgle eller nøglen er udløbet.":""}` + "\n"),
			ErrAPI, 3, "", `the file holds an error message from the Jobindsats API instead of data: "Forkert nøgle eller nøglen er udløbet."`},
		{"API error as the whole answer", strings.NewReader(`{"Message":"An error has occurred."}`),
			ErrAPI, 1, "", `"An error has occurred."`},
		{"API error line in CSV", strings.NewReader(stevnsCSV + `{"Forkert nøgle eller nøglen er udløbet.":""}` + "\n"),
			ErrAPI, 6, "", "error message from the Jobindsats API"},
		{"invalid JSON", strings.NewReader(strings.Replace(stevnsJSONL, `"Periode":"2021QMAT02"`, `"Periode" 2021QMAT02`, 2)),
			ErrSyntax, 1, "", "invalid JSON: invalid character"},
		{"invalid JSON on line 3", strings.NewReader(dropLine(stevnsJSONL, 3) + `{"Area":"Stevns",` + "\n"),
			ErrSyntax, 4, "", "the file ends inside the value that starts on line 4"},
		{"JSON that is not an object", strings.NewReader(`[1,2]`), ErrSyntax, 1, "", "expected a JSON object in the array, found 1"},
		{"CSV bare quote", strings.NewReader(replace("Stevns;2021QMAT02;A-dagpenge", `Ste"vns;2021QMAT02;A-dagpenge`)),
			ErrSyntax, 3, "", `invalid CSV: bare " in non-quoted-field`},
		{"UTF-16", strings.NewReader("\xff\xfeA\x00"), ErrSyntax, 1, "", "UTF-16"},
		{"unknown municipality", strings.NewReader(replace("Stevns;2021QMAT02;A-dagpenge", "Stevens;2021QMAT02;A-dagpenge")),
			ErrUnknownMunicipality, 3, "Area", `unknown municipality "Stevens" (did you mean "Stevns"?)`},
		{"unknown municipality, nothing close", strings.NewReader(replace("Stevns;2021QMAT02;A-dagpenge", "Atlantis;2021QMAT02;A-dagpenge")),
			ErrUnknownMunicipality, 3, "Area", `unknown municipality "Atlantis"`},
		{"unknown benefit group", strings.NewReader(replace("Kontanthjælp mv.", "Kontanthjalp mv")),
			ErrUnknownArea, 4, "Ydelsesgrupper", `unknown benefit group "Kontanthjalp mv" (did you mean "Kontanthjælp mv."?)`},
		{"bad period", strings.NewReader(replace("Stevns;2021QMAT02;A-dagpenge", "Stevns;2021K2;A-dagpenge")),
			ErrBadPeriod, 3, "Periode", `not a Jobindsats period code like "2021QMAT02": "2021K2"`},
		{"missing area", strings.NewReader(dropLine(stevnsCSV, 4)),
			ErrMissingArea, 2, "Ydelsesgrupper", `Stevns, 2021QMAT02: no row for "Kontanthjælp mv."`},
		{"missing period", strings.NewReader(twoPeriods),
			ErrMissingPeriod, 2, "Area", "Stevns has rows for 2021QMAT02 but none for 2021QMAT04"},
		{"not a number", strings.NewReader(replace(";420;", ";abc;")),
			ErrNotNumber, 4, "Faktisk antal", `not a number: "abc"`},
		{"not a number in JSON", strings.NewReader(strings.Replace(stevnsJSONL, `Faktisk antal":250`, `Faktisk antal":true`, 1)),
			ErrNotNumber, 2, LabelActual, `not a number: "true"`},
		{"conflicting duplicate", strings.NewReader(stevnsCSV + "Stevns;2021QMAT02;A-dagpenge mv.;200;260;60;1,60;2,08;0,48;80\n"),
			ErrDuplicate, 6, "Faktisk antal", "Stevns, 2021QMAT02, A-dagpenge mv. is also on line 3, with different values (250 there, 260 here)"},
		{"column twice", strings.NewReader(strings.Replace(stevnsCSV, "Faktisk antal;", "Faktisk antal;Kommune;", 1)),
			ErrDuplicate, 1, "Kommune", `columns 1 and 6 both hold "Area"`},
		{"total does not add up", strings.NewReader(replace("i alt;1000;1100;100;", "i alt;1000;1300;300;")),
			ErrTotalMismatch, 2, "Faktisk antal", "Stevns, 2021QMAT02: the total 1300 differs from the sum of the three areas, 1100, by more than rounding explains"},
		{"total share does not add up", strings.NewReader(replace("8,00;8,80;0,80", "9,50;10,30;0,80")),
			ErrTotalMismatch, 2, "Faktisk andel (pct.)", "the total shares (expected 9.5, actual 10.3 pct.) differ from the sums of the three areas (8, 8.8)"},
		{"missing column", strings.NewReader(strings.Replace(stevnsCSV, "Faktisk antal;", "Faktisk antallet;", 1)),
			ErrMissingField, 1, "Faktisk antal", "no such column"},
		{"missing key in JSON lines", strings.NewReader(strings.Replace(stevnsJSONL, `"Ydelsesgrupper":"A-dagpenge mv.",`, "", 1)),
			ErrMissingField, 2, "Ydelsesgrupper", "no such key"},
		{"neither shares nor population", strings.NewReader("Area;Periode;Ydelsesgrupper;Forventet antal;Faktisk antal\n" +
			"Stevns;2021QMAT02;Ydelsesgrupper i alt;1000;1100\n"),
			ErrMissingField, 1, "Forventet andel (pct.)", `one of them is needed for the population aged 16–66`},
		{"empty value", strings.NewReader(replace(";420;", ";;")),
			ErrMissingField, 4, "Faktisk antal", "no value"},
		{"no header", strings.NewReader("a;b;c\n1;2;3\n"), ErrMissingField, 1, "", "no header line with the Y30R21 columns"},
		{"wrong column count", strings.NewReader(replace(";420;20;", ";420;")),
			ErrColumnCount, 4, "", "the line has 9 fields, the header on line 1 has 10"},
		{"API row too short", strings.NewReader(strings.Replace(stevnsAPI, `"3,20","3,36",70]`, `"3,20",70]`, 1)),
			ErrColumnCount, 13, "", "Data row 3 has 7 values, Variables has 8"},
		{"API variable without label", strings.NewReader(strings.Replace(stevnsAPI, `{"Name":"period","Label":"Periode"}`, `{"Type":"period"}`, 1)),
			ErrMissingField, 3, "Variables", "variable 2 has no Label"},
		{"API minified, error names the Data row", strings.NewReader(strings.Replace(strings.Join(apiLines, ""), `430,"3,20"`, `430,"x"`, 1)),
			ErrNotNumber, 1, LabelExpectedShare, `Data row 4: not a number: "x"`},
		{"negative count", strings.NewReader(replace(";200;250;50;", ";200;-250;-450;")),
			ErrOutOfRange, 3, "Faktisk antal", "a count cannot be negative: -250"},
		{"share over 100", strings.NewReader(replace("3,20;3,36", "3,20;336")),
			ErrOutOfRange, 4, "Faktisk andel (pct.)", "a share in pct. must be between 0 and 100: 336"},
		{"rank out of range", strings.NewReader(replace(";0,16;70", ";0,16;99")),
			ErrOutOfRange, 4, "Placering på benchmarkranglisten", "a rank must be between 1 and 98: 99"},
		{"rank not whole", strings.NewReader(replace(";0,16;70", ";0,16;7,5")),
			ErrNotNumber, 4, "Placering på benchmarkranglisten", "not a whole number: 7.5"},
		{"zero population", strings.NewReader(strings.Replace(shortHeader, "\n", ";Befolkning 16-66 år\n", 1) +
			strings.Replace(strings.ReplaceAll(stevnsRows, "\n", ";12500\n"), ";60;12500", ";60;0", 1)),
			ErrOutOfRange, 5, "Befolkning 16-66 år", "the population aged 16–66 must be positive: 0"},
		{"zero expected share", strings.NewReader(noDiffs),
			ErrOutOfRange, 2, "Forventet andel (pct.)", "the population aged 16–66 cannot be derived from an expected count of 1000 and an expected share of 0"},
		{"difference with the wrong sign", strings.NewReader(replace(";400;430;30;", ";400;430;-30;")),
			ErrInconsistent, 5, "Forskel mellem forventet og faktisk antal", "the difference is -30, but actual − expected is 30 (are columns swapped?)"},
		{"two populations", strings.NewReader(strings.Replace(shortHeader, "\n", ";Befolkning 16-66 år\n", 1) +
			strings.Replace(strings.ReplaceAll(stevnsRows, "\n", ";12500\n"), ";60;12500", ";60;12600", 1)),
			ErrInconsistent, 5, "Befolkning 16-66 år", "the population aged 16–66 is 12600 here but 12500 on line 2"},
		{"only a national total", strings.NewReader(strings.ReplaceAll(stevnsCSV, "Stevns", "Hele landet")),
			ErrEmpty, 5, "", "no rows for any municipality"},
		{"read error", io.MultiReader(strings.NewReader(stevnsCSV), errReader{io.ErrClosedPipe}),
			ErrRead, 0, "", "cannot read the file: io: read/write on closed pipe"},
		{"too large", &sizedReader{MaxSize + 1}, ErrTooLarge, 0, "", "the file is larger than 64 MB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds, _, err := Read(tt.in)
			require.Error(t, err)
			assert.Nil(t, ds)
			var e *Error
			require.True(t, errors.As(err, &e), "error %T %v", err, err)
			assert.Equal(t, tt.kind, e.Kind, "kind of %q", e.Error())
			assert.Equal(t, tt.line, e.Line, "line of %q", e.Error())
			assert.Equal(t, tt.field, e.Field, "field of %q", e.Error())
			assert.Contains(t, e.Msg, tt.msg)
			if tt.kind == ErrRead {
				assert.ErrorIs(t, err, io.ErrClosedPipe)
			}
		})
	}
}

func TestErrorText(t *testing.T) {
	_, _, err := Read(strings.NewReader(strings.Replace(stevnsCSV, ";420;", ";abc;", 1)))
	require.Error(t, err)
	assert.Equal(t, `line 4, field "Faktisk antal": not a number: "abc"`, err.Error())

	in := stevnsJSONL[:strings.Index(stevnsJSONL, "\n")+1] + `{"Forkert nøgle eller nøglen er udløbet.":""}` + "\n"
	_, _, err = Read(strings.NewReader(in))
	require.Error(t, err)
	assert.Equal(t, `line 2: the file holds an error message from the Jobindsats API instead of data: "Forkert nøgle eller nøglen er udløbet."`, err.Error())

	assert.Equal(t, "the file is larger than 64 MB", (&Error{Kind: ErrTooLarge, Msg: "the file is larger than 64 MB"}).Error())
	assert.Equal(t, "not-a-number", ErrNotNumber.String())
	assert.Equal(t, "kind(99)", Kind(99).String())
	for k := ErrSyntax; k <= ErrTotalMismatch; k++ {
		assert.NotContains(t, k.String(), "kind(", "kind %d has no name", int(k))
	}
}

func TestReadAllCollects(t *testing.T) {
	in := strings.Replace(strings.Replace(stevnsCSV, ";420;", ";abc;", 1), "Stevns;2021QMAT02;Syg", "Stevnz;2021QMAT02;Syg", 1)
	_, _, errs := ReadAll(strings.NewReader(in))
	require.Len(t, errs, 2)
	assert.Equal(t, 4, errs[0].Line)
	assert.Equal(t, ErrNotNumber, errs[0].Kind)
	assert.Equal(t, 5, errs[1].Line)
	assert.Equal(t, ErrUnknownMunicipality, errs[1].Kind)
	assert.Equal(t, `line 4, field "Faktisk antal": not a number: "abc" (and 1 more)`, errs.Error())
	var e *Error
	require.True(t, errors.As(error(errs), &e))
	assert.Equal(t, 4, e.Line)

	// Many bad rows: at most MaxErrors, the first ones by line.
	var b strings.Builder
	b.WriteString(shortHeader)
	for i := 0; i < 100; i++ {
		b.WriteString("Stevns;2021QMAT02;A-dagpenge mv.;x;250;50;1,60;2,00;0,40;80\n")
	}
	_, _, errs = ReadAll(strings.NewReader(b.String()))
	require.Len(t, errs, MaxErrors)
	assert.Equal(t, 2, errs[0].Line)
	assert.Equal(t, MaxErrors+1, errs[MaxErrors-1].Line)
}

func TestParseNumber(t *testing.T) {
	for _, tt := range []struct {
		in    string
		count bool
		want  float64
		ok    bool
	}{
		{"9,08", false, 9.08, true},
		{"9.08", false, 9.08, true},
		{"-0,20", false, -0.2, true},
		{"\u22120,20", false, -0.2, true},
		{"43070", true, 43070, true},
		{"43.070", true, 43070, true},
		{"43.070", false, 43.07, true},
		{"1.234.567", true, 1234567, true},
		{"1.234,5", true, 1234.5, true},
		{"43 070", true, 43070, true},
		{"43\u00a0070", true, 43070, true},
		{"1.5", true, 1.5, true},
		{"1e3", true, 1000, true},
		{"", true, 0, false},
		{"abc", true, 0, false},
		{"1,2,3", false, 0, false},
		{"1.2.3", false, 0, false},
		{"NaN", false, 0, false},
		{"Inf", false, 0, false},
		{"1e999", false, 0, false},
		{"0x10", true, 0, false},
	} {
		v, ok := parseNumber(tt.in, tt.count)
		assert.Equal(t, tt.ok, ok, "%q", tt.in)
		assert.Equal(t, tt.want, v, "%q", tt.in)
	}
	assert.Equal(t, "0,20", formatNumber(0.2, true, 2))
	assert.Equal(t, "9,08", formatNumber(9.08, true, 2))
	assert.Equal(t, "12,345", formatNumber(12.345, true, 2))
	assert.Equal(t, "43070", formatNumber(43070, true, 0))
}

func TestParsePeriod(t *testing.T) {
	for _, tt := range []struct{ in, code, label, scope, rules string }{
		{"2021QMAT02", "2021QMAT02", "3. kvt. 2020 – 2. kvt. 2021", "2019", "2021"},
		{"2021QMAT04", "2021QMAT04", "2021", "2019", "2021"},
		{"2020qmat2", "2020QMAT02", "3. kvt. 2019 – 2. kvt. 2020", "2019", "2020"},
		{"2023QMAT01", "2023QMAT01", "2. kvt. 2022 – 1. kvt. 2023", "2019", "2023"},
		{"2022QMAT03", "2022QMAT03", "4. kvt. 2021 – 3. kvt. 2022", "2019", "2021"},
		{"2017QMAT04", "2017QMAT04", "2017", "2017", "2020"},
		{"2018QMAT02", "2018QMAT02", "3. kvt. 2017 – 2. kvt. 2018", "2017", "2020"},
		{"2019QMAT02", "2019QMAT02", "3. kvt. 2018 – 2. kvt. 2019", "2019", "2020"},
	} {
		p, ok := parsePeriod(tt.in)
		require.True(t, ok, tt.in)
		assert.Equal(t, tt.code, p.Code)
		assert.Equal(t, tt.label, p.Label())
		assert.Equal(t, tt.scope, p.Scope(), tt.in)
		assert.Equal(t, tt.rules, p.RuleSet(), tt.in)
		_, known := calc.RuleSetByID(p.RuleSet())
		assert.True(t, known, p.RuleSet())
	}
	for _, bad := range []string{"", "2021", "2021QMAT05", "2021QMAT00", "2021QMAT002", "20X1QMAT02", "1999QMAT02", "2021M02"} {
		_, ok := parsePeriod(bad)
		assert.False(t, ok, bad)
	}
}

func TestMunicipalitiesTable(t *testing.T) {
	require.Len(t, calc.Municipalities, 98)
	regions := map[string]int{}
	names := map[string]bool{}
	for i, m := range calc.Municipalities {
		if i > 0 {
			assert.Less(t, calc.Municipalities[i-1].Code, m.Code, "sorted by code")
		}
		assert.False(t, names[m.Name], "%s twice", m.Name)
		names[m.Name] = true
		regions[m.Region]++
		assert.Equal(t, i, lookupMunicipality(m.Name))
		assert.Equal(t, i, lookupMunicipality(strings.ToUpper(m.Name)+" Kommune"))
		assert.Equal(t, i, lookupMunicipality(itoa(m.Code)))
	}
	assert.Equal(t, map[string]int{"Region Hovedstaden": 29, "Region Sjælland": 17, "Region Syddanmark": 22,
		"Region Midtjylland": 19, "Region Nordjylland": 11}, regions)
	for spelling, want := range map[string]string{
		"Århus": "Aarhus", "Høje Taastrup": "Høje-Taastrup", "Lyngby-Tårbæk": "Lyngby-Taarbæk",
		"Åbenrå": "Aabenraa", "Nordfyn": "Nordfyns", "Bornholms Regionskommune": "Bornholm",
		"Københavns Kommune": "København", "ærø": "Ærø", "Koebenhavn": "København", "Laesoe": "Læsø",
	} {
		i := lookupMunicipality(spelling)
		require.GreaterOrEqual(t, i, 0, spelling)
		assert.Equal(t, want, calc.Municipalities[i].Name, spelling)
	}
	assert.Equal(t, -1, lookupMunicipality("Christiansø"))
	assert.Equal(t, "Stevns", suggestMunicipality("Stevens"))
	assert.Equal(t, "Læsø", suggestMunicipality("Laeso"))
	assert.Equal(t, "", suggestMunicipality("Gotham"))
}

func TestEditDistance(t *testing.T) {
	assert.Equal(t, 0, editDistance("abc", "abc", 3))
	assert.Equal(t, 1, editDistance("abc", "abd", 3))
	assert.Equal(t, 2, editDistance("stevns", "stvens", 3))
	assert.Equal(t, 3, editDistance("a", "abcdef", 3))
	assert.Equal(t, 1, editDistance("læsø", "læs", 3))
}

func TestClassify(t *testing.T) {
	for label, want := range map[string]field{
		"Area": fArea, "kommune": fArea, "Periode": fPeriod, "Periode jobindsats": fPeriod,
		"Ydelsesgrupper": fGroup, LabelExpected: fExpected, "Forventet antal": fExpected,
		LabelActual: fActual, LabelDiff: fDiff, LabelExpectedShare: fExpectedShare,
		"Faktisk andel (pct.)": fActualShare, LabelDiffShare: fDiffShare,
		"Forskel … (pct. point)": fDiffShare, "BenchmarkRanking": fRank, LabelRank: fRank,
		"Befolkning 16–66 år": fPopulation, "Befolkning (16-66 år)": fPopulation,
		"  Forventet   antal ": fExpected,
	} {
		f, ok := classify(label)
		assert.True(t, ok, label)
		assert.Equal(t, want, f, label)
	}
	for _, l := range []string{"", "Note", "Befolkning", "Forventet"} {
		_, ok := classify(l)
		assert.False(t, ok, l)
	}
}

func TestWriteErrors(t *testing.T) {
	var b bytes.Buffer
	assert.Error(t, Write(&b, nil, FormatCSV))
	assert.Error(t, Write(&b, &calc.Dataset{}, Format(9)))
	bad := &calc.Dataset{Municipalities: calc.Municipalities[:2], Periods: []calc.Period{{Code: "2021QMAT02"}}}
	assert.Error(t, Write(&b, bad, FormatJSONL))
	assert.Equal(t, "JSON API", FormatAPI.String())
	assert.Equal(t, "format(9)", Format(9).String())
}
