package jobindsats

import (
	"bytes"
	"errors"
	"io"
	"math"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"benchsim/calc"
	"benchsim/calc/jobindsats/jobindsatstest"
)

// The fixtures are invented: one municipality, one period, a population of
// 12,500 aged 16–66 (1,000 expected = 8.00 %); see jobindsatstest.
const (
	shortHeader = jobindsatstest.ShortHeader
	stevnsRows  = jobindsatstest.StevnsRows
	stevnsCSV   = jobindsatstest.StevnsCSV
	laesoRows   = jobindsatstest.LaesoRows
	stevnsAPI   = jobindsatstest.StevnsAPI
)

var stevnsJSONL = jobindsatstest.StevnsJSONL

func itoa(i int) string { return formatNumber(float64(i), false, 0) }

// jobindsatstest spells out the labels and MaxSize; they are the package's.
func TestFixturesAgree(t *testing.T) {
	assert.Equal(t, []string{LabelExpected, LabelActual, LabelDiff, LabelExpectedShare, LabelActualShare, LabelRank},
		jobindsatstest.Labels)
	assert.Equal(t, MaxSize, jobindsatstest.MaxSize)
}

// readPartial reads a fixture of one or two municipalities, which Read
// refuses (a benchmark ranks all 98).
func readPartial(r io.Reader) (*calc.Dataset, []Warning, error) {
	return ReadWith(r, ReadOptions{Partial: true})
}

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
			ds, warns, err := readPartial(strings.NewReader(in))
			require.NoError(t, err)
			checkStevns(t, ds)
			if name == "csv with preamble" {
				require.Len(t, warns, 1)
				assert.Equal(t, 1, warns[0].Line)
				assert.Contains(t, warns[0].Message(), "text before the header")
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
	ds, _, err := readPartial(strings.NewReader(long + stevnsRows))
	require.NoError(t, err)
	checkStevns(t, ds)
}

func TestReadAPIFormatDetected(t *testing.T) {
	ds, _, err := readPartial(strings.NewReader(stevnsAPI))
	require.NoError(t, err)
	assert.Equal(t, "JSON API", ds.Provenance.Format)
	ds, _, err = readPartial(strings.NewReader(stevnsJSONL))
	require.NoError(t, err)
	assert.Equal(t, "JSON lines", ds.Provenance.Format)
	assert.Equal(t, 4, ds.Provenance.Rows)
	assert.True(t, ds.Provenance.PopulationDerived)
}

func TestReadPopulationColumn(t *testing.T) {
	in := strings.Replace(shortHeader, "\n", ";Befolkning 16–66 år\n", 1) +
		strings.ReplaceAll(stevnsRows, "\n", ";12.600\n")
	ds, _, err := readPartial(strings.NewReader(in))
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
	ds, warns, err := readPartial(strings.NewReader(in))
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
	ds, warns, err := readPartial(strings.NewReader(in))
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
		ds, warns, err := readPartial(strings.NewReader(in))
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
		ds, warns, err := readPartial(strings.NewReader(in))
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
		ds, warns, err := readPartial(strings.NewReader(in))
		require.NoError(t, err)
		require.Len(t, warns, 1)
		assert.Contains(t, warns[0].Message(), `no "Ydelsesgrupper i alt" rows`)
		tot := ds.Periods[0].Rows[0].Areas[calc.Total]
		assert.Equal(t, 1100.0, tot.Actual)
		assert.Equal(t, 1000.0, tot.Expected)
		assert.InDelta(t, 8.0, tot.ExpectedShare, 1e-12)
		assert.InDelta(t, 8.8, tot.ActualShare, 1e-12)
		assert.Equal(t, 0, tot.PublishedRank)
		assert.InDelta(t, 12500, ds.Periods[0].Rows[0].Population, 1e-6)
		assert.True(t, ds.Provenance.TotalSynthesized)
	})
	t.Run("total share off the sum of the areas", func(t *testing.T) {
		// The dp shares say 2.00/2.40 where the counts imply 1.60/2.00.
		in := strings.Replace(stevnsCSV, "200;250;50;1,60;2,00;0,40", "200;250;50;2,00;2,40;0,40", 1)
		_, warns, err := readPartial(strings.NewReader(in))
		require.NoError(t, err)
		require.Len(t, warns, 1)
		assert.Equal(t, 2, warns[0].Line)
		assert.Contains(t, warns[0].Message(), "published total shares (expected 8, actual 8.8 pct.) differ from the sums of the three areas (8.4, 9.2)")
		assert.Contains(t, warns[0].Message(), `The shares of "A-dagpenge mv." (line 3) look off: its expected count 200 is 1.6 % of the population the total implies, not 2 %`)
	})
	t.Run("joined exports repeat the header", func(t *testing.T) {
		ds, warns, err := readPartial(strings.NewReader(shortHeader + stevnsRows + shortHeader + laesoRows))
		require.NoError(t, err)
		assert.Len(t, ds.Municipalities, 2)
		require.Len(t, warns, 1)
		assert.Equal(t, "line 6: the header of line 1 repeated; skipped", warns[0].String())
	})
	t.Run("latin-1", func(t *testing.T) {
		in := strings.ReplaceAll(stevnsCSV+laesoRows, "Læsø", "L\xe6s\xf8")
		in = strings.ReplaceAll(in, "Kontanthjælp", "Kontanthj\xe6lp")
		in = strings.ReplaceAll(in, "på", "p\xe5")
		ds, warns, err := readPartial(strings.NewReader(in))
		require.NoError(t, err)
		assert.Equal(t, "Læsø", ds.Municipalities[1].Name)
		require.Len(t, warns, 1)
		assert.Contains(t, warns[0].Message(), "Latin-1")
	})
}

func TestReadTwoMunicipalitiesOrderedByCode(t *testing.T) {
	in := shortHeader + laesoRows + stevnsRows
	ds, _, err := readPartial(strings.NewReader(in))
	require.NoError(t, err)
	require.NoError(t, ds.Validate())
	assert.Equal(t, []calc.Municipality{
		{Code: 336, Name: "Stevns", Region: "Region Sjælland"},
		{Code: 825, Name: "Læsø", Region: "Region Nordjylland"},
	}, ds.Municipalities)
	assert.InDelta(t, 900, ds.Periods[0].Rows[1].Population, 1e-9)
	assert.Equal(t, -1.11, round(ds.Periods[0].Rows[1].Areas[calc.KTH].ActualShare-ds.Periods[0].Rows[1].Areas[calc.KTH].ExpectedShare, 2))
}

// TestReadBroken reads the broken files of jobindsatstest: each gives its
// error, with its kind, line and field.
func TestReadBroken(t *testing.T) {
	tests := jobindsatstest.Broken()
	for _, tt := range tests {
		t.Run(tt.Name, func(t *testing.T) {
			ds, _, err := Read(tt.In)
			require.Error(t, err)
			assert.Nil(t, ds)
			var e *Error
			require.True(t, errors.As(err, &e), "error %T %v", err, err)
			assert.Equal(t, tt.Kind, e.Kind.String(), "kind of %q", e.Error())
			assert.Equal(t, tt.Line, e.Line, "line of %q", e.Error())
			assert.Equal(t, tt.Field, e.Field, "field of %q", e.Error())
			assert.Contains(t, e.Message(), tt.Msg)
			if e.Kind == ErrRead {
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

	assert.Equal(t, "the file is larger than 64 MB", (&Error{Kind: ErrTooLarge, Detail: DetailTooLarge, Facts: Facts{Nums: []float64{64}}}).Error())
	assert.Equal(t, "not-a-number", ErrNotNumber.String())
	assert.Equal(t, "kind(99)", Kind(99).String())
	for k := ErrSyntax; k <= ErrMissingMunicipalities; k++ {
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

func TestWriteErrors(t *testing.T) {
	var b bytes.Buffer
	assert.Error(t, Write(&b, nil, FormatCSV))
	assert.Error(t, Write(&b, &calc.Dataset{}, Format(9)))
	bad := &calc.Dataset{Municipalities: calc.Municipalities[:2], Periods: []calc.Period{{Code: "2021QMAT02"}}}
	assert.Error(t, Write(&b, bad, FormatJSONL))
	assert.Equal(t, "JSON API", FormatAPI.String())
	assert.Equal(t, "format(9)", Format(9).String())
}

// allRows are the Stevns figures for every municipality but skip, one
// period (invented numbers; a file of 98 municipalities).
func allRows(skip string) string {
	var b strings.Builder
	b.WriteString(shortHeader)
	for _, m := range calc.Municipalities {
		if m.Name != skip {
			b.WriteString(strings.ReplaceAll(stevnsRows, "Stevns", m.Name))
		}
	}
	return b.String()
}

func TestReadRefusesMissingMunicipalities(t *testing.T) {
	ds, _, err := Read(strings.NewReader(allRows("")))
	require.NoError(t, err)
	require.Len(t, ds.Municipalities, 98)

	_, _, err = Read(strings.NewReader(allRows("Fanø")))
	var e *Error
	require.True(t, errors.As(err, &e), "%v", err)
	assert.Equal(t, ErrMissingMunicipalities, e.Kind)
	assert.Equal(t, []string{"Fanø"}, e.Values)
	assert.Equal(t, 0, e.Line)
	assert.Equal(t, "the file lacks 1 of the 98 municipalities: Fanø; a benchmark ranks all of them", e.Error())

	// All of them in the values, the message shortened.
	_, _, err = Read(strings.NewReader(stevnsCSV))
	require.True(t, errors.As(err, &e), "%v", err)
	require.Len(t, e.Values, 97)
	assert.Equal(t, "København", e.Values[0])
	assert.Equal(t, "Hjørring", e.Values[96], "by kommunekode")
	assert.NotContains(t, e.Values, "Stevns")
	assert.Contains(t, e.Error(), "lacks 97 of the 98 municipalities: København, Frederiksberg,")
	assert.Contains(t, e.Error(), ", …; a benchmark")

	// Partial reads the same files.
	ds, _, err = ReadWith(strings.NewReader(allRows("Fanø")), ReadOptions{Partial: true})
	require.NoError(t, err)
	assert.Len(t, ds.Municipalities, 97)
}

// A municipality that lacks one of two periods is ErrMissingPeriod, in a
// partial file or a full one.
func TestReadMissingPeriodInFullFile(t *testing.T) {
	second := strings.ReplaceAll(strings.TrimPrefix(allRows("Fanø"), shortHeader), "2021QMAT02", "2021QMAT04")
	_, _, err := Read(strings.NewReader(allRows("") + second))
	var e *Error
	require.True(t, errors.As(err, &e), "%v", err)
	assert.Equal(t, ErrMissingPeriod, e.Kind)
	assert.Contains(t, e.Error(), "Fanø has rows for 2021QMAT02 but none for 2021QMAT04")
}

// Errors carry kinds, details and values; Error() words them in English.
func TestErrorFacts(t *testing.T) {
	apiLines := strings.Join(strings.Split(stevnsAPI, "\n"), "")
	_, _, err := Read(strings.NewReader(strings.Replace(apiLines, `430,"3,20"`, `430,"x"`, 1)))
	var e *Error
	require.True(t, errors.As(err, &e))
	assert.Equal(t, 4, e.Row)
	assert.Equal(t, DetailNotNumber, e.Detail)
	assert.Equal(t, []string{"x"}, e.Values)
	assert.Equal(t, `line 1 (Data row 4), field "`+LabelExpectedShare+`": not a number: "x"`, err.Error())

	_, _, err = Read(strings.NewReader(strings.Replace(stevnsJSONL, `"Periode":"2021QMAT02"`, `"Periode" 2021QMAT02`, 1)))
	require.True(t, errors.As(err, &e))
	assert.Equal(t, DetailJSONBadChar, e.Detail)
	assert.Equal(t, "'2'", e.Values[0])

	_, _, err = Read(strings.NewReader(replaceOnce(stevnsCSV, ";400;430;30;", ";400;430;-30;")))
	require.True(t, errors.As(err, &e))
	assert.Equal(t, DetailDiffMismatch, e.Detail)
	assert.Equal(t, []float64{-30, 30}, e.Nums)

	_, _, err = Read(strings.NewReader(stevnsCSV + "Stevns;2021QMAT02;A-dagpenge mv.;200;260;60;1,60;2,08;0,48;80\n"))
	require.True(t, errors.As(err, &e))
	assert.Equal(t, DetailConflictingRepeat, e.Detail)
	assert.Equal(t, Place{Line: 3}, e.Ref)
	assert.Equal(t, []string{"Stevns", "2021QMAT02", "A-dagpenge mv."}, e.Values)

	for _, d := range AllDetails() {
		assert.NotEmpty(t, detailEnglish[d], "detail %d has no English message", d)
	}
	for _, k := range AllWarnKinds() {
		assert.NotEmpty(t, warnEnglish[k], "warning kind %d has no English message", k)
	}
}

func replaceOnce(s, old, new string) string {
	if !strings.Contains(s, old) {
		panic("fixture lacks " + old)
	}
	return strings.Replace(s, old, new, 1)
}

func TestFill(t *testing.T) {
	f := Facts{Values: []string{"Læsø", `a"b`}, Nums: []float64{1.5, math.NaN()}, Ref: Place{Line: 3, Row: 2}}
	assert.Equal(t, `Læsø "a\"b" 1.5 none line 3 (Data row 2) Læsø, a"b;   {n`, // unknown or absent: empty
		Fill("{v0} {q1} {n0} {n1} {ref} {list}; {x} {v9} {n", f, english))
}
