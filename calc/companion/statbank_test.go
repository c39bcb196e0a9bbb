package companion_test

import (
	"fmt"
	"strings"
	"testing"

	"benchsim/calc"
	"benchsim/calc/companion"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// quarter is the j-th quarter counted from 2020Q3 = 1, as StatBank's Danish
// ("2020K3") or English ("2020Q3") output writes it.
func quarter(j int, letter string) string {
	q := 2020*4 + 2 + j - 1
	return fmt.Sprintf("%d%s%d", q/4, letter, q%4+1)
}

// folk1a is FOLK1A as downloaded in Danish: BOM, CRLF, ';', quarters
// 2020K3–2021K4, single-year ages with "Alder i alt", KØN with "I alt" and
// "Mænd" (the total is used), a region and the whole country to skip.
// København: ages 16–49 10.000 each, 50–66 20.000 + 100·j in quarter j;
// Stevns: 200 and 400. Ages 15 and 67 (outside 16–66) are 999.
func folk1a() []byte {
	lines := []string{"\ufeffOMRÅDE;KØN;ALDER;CIVILSTAND;TID;INDHOLD"}
	add := func(area, sex, age string, j int, v float64) {
		lines = append(lines, fmt.Sprintf("%s;%s;%s;I alt;%s;%v", area, sex, age, quarter(j, "K"), v))
	}
	for j := 1; j <= 6; j++ {
		for _, area := range []string{"København", "Stevns", "Region Hovedstaden", "Hele landet"} {
			add(area, "I alt", "Alder i alt", j, 9999999)
			for a := 15; a <= 67; a++ {
				v := 999.0
				switch {
				case area == "Stevns" && a >= 16 && a < 50:
					v = 200
				case area == "Stevns" && a >= 50 && a <= 66:
					v = 400
				case a >= 16 && a < 50:
					v = 10000
				case a >= 50 && a <= 66:
					v = 20000 + 100*float64(j)
				}
				add(area, "I alt", fmt.Sprintf("%d år", a), j, v)
				add(area, "Mænd", fmt.Sprintf("%d år", a), j, 1)
			}
		}
	}
	return csvLines(lines...)
}

// folk1cEN is FOLK1C in English with codes: "101 Copenhagen", "Total".
// København: total 1.000, non-Western immigrants 150 and descendants 50;
// Stevns: 100, 3 and 1. Quarters 2020Q3–2021Q4.
func folk1cEN() []byte {
	lines := []string{"\ufeffREGION;ANCESTRY;TIME;INDHOLD"}
	for j := 1; j <= 6; j++ {
		for _, m := range []struct {
			area           string
			tot, imm, desc int
		}{{"101 Copenhagen", 1000, 150, 50}, {"336 Stevns", 100, 3, 1}, {"000 All Denmark", 5000000, 1, 1}} {
			lines = append(lines,
				fmt.Sprintf("%s;Total;%s;%d", m.area, quarter(j, "Q"), m.tot),
				fmt.Sprintf("%s;Persons of Danish origin;%s;%d", m.area, quarter(j, "Q"), m.tot-m.imm-m.desc-10),
				fmt.Sprintf("%s;Immigrants from western countries;%s;%d", m.area, quarter(j, "Q"), 10),
				fmt.Sprintf("%s;Immigrants from non-western countries;%s;%d", m.area, quarter(j, "Q"), m.imm),
				fmt.Sprintf("%s;Descendants from non-western countries;%s;%d", m.area, quarter(j, "Q"), m.desc))
		}
	}
	return csvLines(lines...)
}

// hfudd11 is yearly (2021): no total rows, so the parts are summed.
func hfudd11() []byte {
	return csvLines("BOPOMR;HFUDD;TID;INDHOLD",
		"København;H10 Grundskole;2021;150", "København;H20 Gymnasiale uddannelser;2021;350",
		"Stevns;H10 Grundskole;2021;50", "Stevns;H20 Gymnasiale uddannelser;2021;150",
		"Uoplyst kommune;H10 Grundskole;2021;..")
}

// auk01 holds full-time recipients per quarter: FP 20.000 in København and
// 680 in Stevns, beside kontanthjælp rows to ignore.
func auk01() []byte {
	lines := []string{"OMRÅDE;YDELSESTYPE;KØN;TID;INDHOLD"}
	for j := 1; j <= 6; j++ {
		lines = append(lines,
			"København;Førtidspension;I alt;"+quarter(j, "K")+";20000",
			"København;Kontanthjælp;I alt;"+quarter(j, "K")+";9000",
			"Stevns;Førtidspension;I alt;"+quarter(j, "K")+";680",
			"Stevns;Førtidspension;Mænd;"+quarter(j, "K")+";300")
	}
	return csvLines(lines...)
}

func readAll(t *testing.T, files map[string][]byte) []*companion.File {
	t.Helper()
	var out []*companion.File
	for _, name := range []string{"FOLK1A.csv", "folk1c.csv", "hfudd11.csv", "auk01.csv", "skabelon.csv"} {
		if data, ok := files[name]; ok {
			f, _, err := companion.Read(name, data, opt)
			require.NoError(t, err, name)
			out = append(out, f)
		}
	}
	return out
}

func covariate(t *testing.T, ds *calc.Dataset, id string, period string) []float64 {
	t.Helper()
	for j, c := range ds.Covariates {
		if c.ID == id {
			var out []float64
			for _, r := range ds.Periods[ds.PeriodIndex(period)].Rows {
				out = append(out, r.Covariates[j])
			}
			return out
		}
	}
	require.Failf(t, "no covariate", "%s", id)
	return nil
}

func TestReadStatBank(t *testing.T) {
	files := readAll(t, map[string][]byte{"FOLK1A.csv": folk1a(), "folk1c.csv": folk1cEN(), "hfudd11.csv": hfudd11(), "auk01.csv": auk01()})
	tables := []string{}
	for _, f := range files {
		tables = append(tables, f.Table)
		assert.Equal(t, companion.KindStatBank, f.Kind)
	}
	assert.Equal(t, []string{"FOLK1A", "FOLK1C", "HFUDD11", "AUK01"}, tables)
	assert.Equal(t, []string{"population", "alder5066"}, files[0].Covariates)
	out, ws, err := companion.Apply(tinyDataset(), files)
	require.NoError(t, err)
	assert.Empty(t, ws)

	// Population: the mean of the window's 4 quarters. København in quarter j:
	// 34 × 10.000 + 17 × (20.000 + 100·j) = 680.000 + 1.700·j. 2021QMAT02 = 2020K3–2021K2
	// = j 1…4 (mean 2,5): 684.250, of whom 17 × 20.250 = 344.250 aged 50–66;
	// 2021QMAT04 = j 3…6 (mean 4,5): 687.650 and 17 × 20.450 = 347.650.
	// Stevns: 34 × 200 + 17 × 400 = 13.600, half of them 50–66.
	for code, want := range map[string][2]float64{"2021QMAT02": {684250, 13600}, "2021QMAT04": {687650, 13600}} {
		p := out.Periods[out.PeriodIndex(code)]
		for i := range want {
			assert.InDelta(t, want[i], p.Rows[i].Population, 1e-9, code)
			assert.False(t, p.Rows[i].PopulationDerived)
		}
	}
	assert.InDeltaSlice(t, []float64{100 * 344250.0 / 684250, 50}, covariate(t, out, "alder5066", "2021QMAT02"), 1e-9)
	assert.InDeltaSlice(t, []float64{100 * 347650.0 / 687650, 50}, covariate(t, out, "alder5066", "2021QMAT04"), 1e-9)
	// Non-Western: (150 + 50) / 1.000 = 20 %, (3 + 1) / 100 = 4 %.
	assert.InDeltaSlice(t, []float64{20, 4}, covariate(t, out, "ikkevestlig", "2021QMAT04"), 1e-9)
	// Primary school only, parts summed: 150 / 500 = 30 %, 50 / 200 = 25 %; the
	// yearly 2021 fills both windows ending in 2021.
	assert.InDeltaSlice(t, []float64{30, 25}, covariate(t, out, "grundskole", "2021QMAT02"), 1e-9)
	assert.InDeltaSlice(t, []float64{30, 25}, covariate(t, out, "grundskole", "2021QMAT04"), 1e-9)
	// FP recipients per 16–66 population: 20.000 / 684.250 and 680 / 13.600 = 5 %.
	assert.InDeltaSlice(t, []float64{100 * 20000.0 / 684250, 5}, covariate(t, out, "fpmodtagere", "2021QMAT02"), 1e-9)
	ids := []string{}
	for _, c := range out.Covariates {
		ids = append(ids, c.ID)
	}
	assert.Equal(t, []string{"alder5066", "ikkevestlig", "grundskole", "fpmodtagere"}, ids)
	require.NoError(t, out.Validate())
}

// filledTemplate fills the handed-out template as a user would in Excel:
// caseload and fokusmål for two municipalities, an extra covariate column
// with its unit, and a note column without one.
func filledTemplate(lang string) []byte {
	lines := strings.Split(strings.TrimSuffix(string(companion.Template(lang)), "\r\n"), "\r\n")
	lines[0] += ";Afstand til storby (km);Noter"
	for i, l := range lines[1:] {
		f := strings.Split(l, ";")
		switch f[0] {
		case "101":
			f[2], f[4], f[7], f[8] = "80", "35,5", "94,3", "83,2"
		case "336":
			f[2], f[4], f[7] = "60", "40", "88"
		}
		f = append(f, map[string]string{"101": "0", "336": "45,5"}[f[0]], "")
		lines[i+1] = strings.Join(f, ";")
	}
	return []byte(strings.Join(lines, "\r\n") + "\r\n")
}

func TestTemplate(t *testing.T) {
	tpl := string(companion.Template("da"))
	lines := strings.Split(strings.TrimSuffix(tpl, "\r\n"), "\r\n")
	require.Len(t, lines, 99)
	assert.True(t, strings.HasPrefix(lines[0], "\ufeffkommunekode;kommune;Sager pr. sagsbehandler, a-dagpenge (sager);"))
	assert.Equal(t, "101;København;;;;;;;;", lines[1])
	assert.Equal(t, "860;Hjørring;;;;;;;;", lines[98])
	assert.Contains(t, string(companion.Template("en")), "Cases per caseworker, unemployment benefit (cases)")

	for _, lang := range []string{"da", "en"} {
		f, ws, err := companion.Read("skabelon.csv", filledTemplate(lang), opt)
		require.NoError(t, err)
		assert.Equal(t, companion.KindTemplate, f.Kind)
		assert.True(t, f.Caseload)
		assert.True(t, f.Fokus)
		assert.Equal(t, []string{"afstandtilstorby"}, f.Covariates) // "Ledighed" was left empty
		require.Len(t, ws, 1)
		assert.Equal(t, companion.WarnColumnIgnored, ws[0].Kind)
		assert.Equal(t, "Noter", ws[0].Column)
		checkTemplate(t, f)
	}
}

func checkTemplate(t *testing.T, f *companion.File) {
	t.Helper()
	out, _, err := companion.Apply(tinyDataset(), []*companion.File{f})
	require.NoError(t, err)
	for _, p := range out.Periods {
		kbh, stevns := p.Rows[0], p.Rows[1]
		assert.Equal(t, 80.0, kbh.Caseload[calc.DP])
		assert.Equal(t, 35.5, kbh.Caseload[calc.SYG])
		assert.Equal(t, 0.0, kbh.Caseload[calc.KTH])
		assert.Equal(t, calc.Fokus{Known: true, Conversations: 94.3, Offers: 83.2}, kbh.Fokus)
		assert.Equal(t, calc.Fokus{Known: true, Conversations: 88}, stevns.Fokus)
		assert.Equal(t, 60.0, stevns.Caseload[calc.DP])
		assert.Equal(t, []float64{0, 45.5}, []float64{kbh.Covariates[0], stevns.Covariates[0]})
	}
	assert.Equal(t, calc.Covariate{ID: "afstandtilstorby", Label: "Afstand til storby", LabelEN: "Afstand til storby", Unit: "km"}, out.Covariates[0])
}

// The template filled in Excel and saved as .xlsx reads back the same.
func TestTemplateXLSX(t *testing.T) {
	var rows [][]any
	for i, l := range strings.Split(strings.TrimSuffix(string(filledTemplate("da")), "\r\n"), "\r\n") {
		var row []any
		for j, c := range strings.Split(strings.TrimPrefix(l, "\ufeff"), ";") {
			switch {
			case c == "":
				row = append(row, nil)
			case i > 0 && j != 1 && !strings.Contains(c, ","):
				var v float64
				fmt.Sscan(c, &v)
				row = append(row, v) // Excel stores typed numbers as numbers
			default:
				row = append(row, c)
			}
		}
		rows = append(rows, row)
	}
	f, _, err := companion.Read("skabelon.xlsx", makeXLSX(t, rows), opt)
	require.NoError(t, err)
	assert.Equal(t, companion.FormatXLSX, f.Format)
	checkTemplate(t, f)
}

// Files with Y30R21 windows as periods use them as they are; a Y10A02 named
// so holds fp; StatBank codes alone and Latin-1 text are read.
func TestReadWindowsCodesAndLatin1(t *testing.T) {
	y10 := csvLines("Area;Period;Køn;Antal fuldtidspersoner",
		"København;2021QMAT02;I alt;\"12.345,5\"", "Stevns;2021QMAT02;I alt;512",
		"København;2021QMAT04;I alt;\"12.400\"", "Stevns;2021QMAT04;I alt;\"510,25\"")
	f, _, err := companion.Read("Y10A02_2021.csv", y10, opt)
	require.NoError(t, err)
	assert.Equal(t, "Y10A02", f.Table)
	assert.Equal(t, []string{"2021QMAT02", "2021QMAT04"}, f.Periods)
	out, _, err := companion.Apply(tinyDataset(), []*companion.File{f})
	require.NoError(t, err)
	// "12.345,5" is 12345,5 and "12.400" is 12400 (thousands dots).
	checkBenefit(t, out, map[string][2][2]float64{"2021QMAT02": {{12345.5, 0}, {512, 0}}, "2021QMAT04": {{12400, 0}, {510.25, 0}}})

	latin1 := []byte("OMR\xc5DE;HFUDD;TID;INDHOLD\n101;H10;2021;150\n101;H20;2021;350\n336;H10;2021;50\n336;H20;2021;150\n" +
		"Region Sj\xe6lland \x96 i alt;H10;2021;9\n") // Windows-1252: æ and an en dash
	f, ws, err := companion.Read("hfudd11.csv", latin1, opt)
	require.NoError(t, err)
	require.Len(t, ws, 1)
	assert.Equal(t, "Region Sjælland – i alt", ws[0].Value)
	assert.Equal(t, "HFUDD11", f.Table)
	out, _, err = companion.Apply(tinyDataset(), []*companion.File{f})
	require.NoError(t, err)
	// Codes alone: H10 is primary school, 150 / 500 = 30 % and 50 / 200 = 25 %.
	assert.InDeltaSlice(t, []float64{30, 25}, covariate(t, out, "grundskole", "2021QMAT04"), 1e-9)
}

// folk1cIELAND is FOLK1C with both origin columns, HERKOMST and IELAND
// (country of origin, with its aggregates and single countries), 5-year
// age groups with their total, KØN as codes (TOT). København per quarter:
// everyone 1.000; non-Western countries 180 in all, of them 120 immigrants
// and 60 descendants; Western 40; Tyrkiet 30 (a single country inside the
// non-Western aggregate). Stevns: 100, non-Western 5. Quarters 2021K1–K4
// only: 2021QMAT04 is covered, 2021QMAT02 (2020K3–2021K2) partly.
func folk1cIELAND() []byte {
	lines := []string{"OMRÅDE;KØN;ALDER;HERKOMST;IELAND;TID;INDHOLD"}
	add := func(area, age, herkomst, land string, q, v int) {
		lines = append(lines, fmt.Sprintf("%s;TOT;%s;%s;%s;2021K%d;%d", area, age, herkomst, land, q, v))
	}
	for q := 1; q <= 4; q++ {
		for _, m := range []struct {
			area          string
			all, nw, west int
		}{{"København", 1000, 180, 40}, {"Stevns", 100, 5, 2}} {
			add(m.area, "Alder i alt", "I alt", "I alt", q, m.all)
			add(m.area, "Alder i alt", "I alt", "Ikke-vestlige lande", q, m.nw)
			add(m.area, "Alder i alt", "Indvandrere", "Ikke-vestlige lande", q, m.nw*2/3)
			add(m.area, "Alder i alt", "Efterkommere", "Ikke-vestlige lande", q, m.nw-m.nw*2/3)
			add(m.area, "Alder i alt", "I alt", "Vestlige lande", q, m.west)
			add(m.area, "Alder i alt", "Indvandrere", "Tyrkiet", q, 30)
			add(m.area, "Alder i alt", "Personer med dansk oprindelse", "I alt", q, m.all-m.nw-m.west)
			add(m.area, "20-24 år", "I alt", "I alt", q, 77)
			add(m.area, "20-24 år", "I alt", "Ikke-vestlige lande", q, 9)
		}
	}
	return csvLines(lines...)
}

func TestReadFOLK1CWithCountryOfOrigin(t *testing.T) {
	f, _, err := companion.Read("FOLK1C.csv", folk1cIELAND(), opt)
	require.NoError(t, err)
	assert.Equal(t, "FOLK1C", f.Table)
	assert.Equal(t, []string{"2021QMAT04"}, f.Periods)
	ds := tinyDataset()
	ds.Periods = ds.Periods[1:] // 2021QMAT04 only: 2021QMAT02 would lack 2020K3 and 2020K4
	out, _, err := companion.Apply(ds, []*companion.File{f})
	require.NoError(t, err)
	// The totals are used, never their parts (immigrants + descendants, Tyrkiet, the
	// age groups): 180 / 1.000 = 18 % and 5 / 100 = 5 %.
	assert.InDeltaSlice(t, []float64{18, 5}, covariate(t, out, "ikkevestlig", "2021QMAT04"), 1e-9)

	_, _, err = companion.Apply(tinyDataset(), []*companion.File{f})
	var e *companion.Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, companion.ErrMissingMonths, e.Kind)
	assert.Equal(t, []string{"2020Q3", "2020Q4"}, e.Missing)
}

// A period the file does not reach at all takes the covariate from the
// nearest covered period, with a warning; the population stays derived.
func TestNearestPeriod(t *testing.T) {
	ds := tinyDataset()
	ds.Periods[0].Code = "2019QMAT04"
	f, _, err := companion.Read("FOLK1C.csv", folk1cIELAND(), opt)
	require.NoError(t, err)
	out, ws, err := companion.Apply(ds, []*companion.File{f})
	require.NoError(t, err)
	assert.InDeltaSlice(t, []float64{18, 5}, covariate(t, out, "ikkevestlig", "2019QMAT04"), 1e-9)
	assert.Equal(t, []companion.Warning{{File: "FOLK1C.csv", Kind: companion.WarnNearestPeriod, Value: "ikkevestlig",
		Period: "2019QMAT04", From: "2021QMAT04"}}, ws)

	pop, _, err := companion.Read("FOLK1A.csv", folk1a(), opt)
	require.NoError(t, err)
	out, ws, err = companion.Apply(ds, []*companion.File{pop})
	require.NoError(t, err)
	assert.True(t, out.Periods[0].Rows[0].PopulationDerived)
	assert.Equal(t, 400000.0, out.Periods[0].Rows[0].Population)
	assert.Equal(t, 687650.0, out.Periods[1].Rows[0].Population)
	assert.Equal(t, companion.Warning{File: "FOLK1A.csv", Kind: companion.WarnPeriodNotCovered, Value: "population", Period: "2019QMAT04"}, ws[0])
	assert.Equal(t, companion.WarnNearestPeriod, ws[1].Kind) // alder5066
}
