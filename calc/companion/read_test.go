package companion_test

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"benchsim/calc"
	"benchsim/calc/companion"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// danish writes v the way Jobindsats's CSV does: "1.501,5".
func danish(v float64) string {
	s := strings.Replace(fmt.Sprint(v), ".", ",", 1)
	intPart, frac, _ := strings.Cut(s, ",")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte('.')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteString("," + frac)
	}
	return b.String()
}

// ptvJSON is PTV_A02 in the API's JSON: months 2020M07–2021M12 (k = 1…18),
// Køn as parts without "I alt", and a Seniorpension group to skip.
func ptvJSON() []byte {
	var rows []string
	add := func(area, group, sex string, v float64, k int) {
		rows = append(rows, fmt.Sprintf(`["%s","%s","%s","%s",%v,%v]`, area, month(k), group, sex, v, v*1.2))
	}
	for k := 1; k <= 18; k++ {
		add("København", "Førtidspension", "Kvinder", 1000+float64(k), k)
		add("København", "Førtidspension", "Mænd", 900, k)
		add("København", "Fleksjob", "Kvinder", 300, k)
		add("København", "Fleksjob", "Mænd", 200, k)
		add("København", "Seniorpension", "Mænd", 7, k)
		add("Stevns", "Førtidspension", "Kvinder", 40, k)
		add("Stevns", "Førtidspension", "Mænd", 20+float64(k), k)
		add("Stevns", "Fleksjob", "Kvinder", 10, k)
		add("Stevns", "Fleksjob", "Mænd", 15, k)
		add("Region Sjælland", "Fleksjob", "Mænd", 5000, k)
	}
	return []byte(`[{"Variables":[{"Name":"Area","Label":"Område"},{"Name":"Period","Label":"Periode"},` +
		`{"Name":"ydelse","Label":"Ydelsesgrupper"},{"Name":"kon","Label":"Køn"},` +
		`{"Name":"m1","Label":"Offentligt forsørgede: Antal fuldtidspersoner"},{"Name":"m2","Label":"Offentligt forsørgede: Antal personer"}],` +
		"\n\"Data\":[\n" + strings.Join(rows, ",\n") + "]}]")
}

func TestReadAPIJSONMonthly(t *testing.T) {
	f, ws, err := companion.Read("ptv.json", ptvJSON(), opt)
	require.NoError(t, err)
	assert.Equal(t, companion.KindBenefit, f.Kind)
	assert.Equal(t, "PTV_A02", f.Table)
	assert.Equal(t, companion.FormatJSON, f.Format)
	assert.Equal(t, []calc.Area{calc.FP, calc.Flex}, f.Areas)
	assert.Equal(t, 2, f.Municipalities)
	// Windows with all 12 months: 2021QMAT02 (2020M07–2021M06) to 2021QMAT04.
	assert.Equal(t, []string{"2021QMAT02", "2021QMAT03", "2021QMAT04"}, f.Periods)
	kinds := map[companion.WarnKind]int{}
	for _, w := range ws {
		kinds[w.Kind] += w.Count
	}
	assert.Equal(t, 18, kinds[companion.WarnGroupSkipped])     // Seniorpension
	assert.Equal(t, 18, kinds[companion.WarnAggregateSkipped]) // Region Sjælland

	out, _, err := companion.Apply(tinyDataset(), []*companion.File{f})
	require.NoError(t, err)
	// København fp: Mænd 900 + Kvinder 1000+k; 2021QMAT02 is k = 1…12, mean k = 6.5:
	// 900 + 1006.5 = 1906.5; 2021QMAT04 is k = 7…18, mean k = 12.5: 1912.5.
	// Stevns fp: 40 + 20 + mean k = 66.5 and 72.5. Flex: 300 + 200 = 500; 10 + 15 = 25.
	want := map[string][2][2]float64{"2021QMAT02": {{1906.5, 500}, {66.5, 25}}, "2021QMAT04": {{1912.5, 500}, {72.5, 25}}}
	checkBenefit(t, out, want)
}

// checkBenefit compares fp and flex per period and municipality.
func checkBenefit(t *testing.T, ds *calc.Dataset, want map[string][2][2]float64) {
	t.Helper()
	for code, w := range want {
		p := ds.Periods[ds.PeriodIndex(code)]
		for i := range w {
			for j, a := range []calc.Area{calc.FP, calc.Flex} {
				f := p.Rows[i].Areas[a]
				if w[i][j] == 0 {
					assert.False(t, f.Known, "%s %d %s", code, i, a)
					continue
				}
				assert.True(t, f.Known, "%s %d %s", code, i, a)
				assert.False(t, f.HasExpected)
				assert.InDelta(t, w[i][j], f.Actual, 1e-9, "%s %s %s", code, ds.Municipalities[i].Name, a)
			}
		}
	}
}

// flexCSV is Y08A02 as the API's CSV: ';', decimal commas and thousands
// dots, long labels, quarters 2020Q3–2021Q4 (j = 1…6), Køn × Herkomst with
// "I alt" rows beside their parts.
func flexCSV() []byte {
	lines := []string{"Område;Periode;Køn;Herkomst;Fleksjob: Antal fuldtidspersoner;Fleksjob: Antal personer"}
	add := func(area string, j int, sex, origin string, v float64) {
		q := 2020*4 + 2 + j - 1
		lines = append(lines, fmt.Sprintf(`%s;%dQ%d;%s;%s;"%s";"%s"`, area, q/4, q%4+1, sex, origin, danish(v), danish(v*2)))
	}
	for j := 1; j <= 6; j++ {
		fj := float64(j)
		add("København", j, "I alt", "I alt", 1500.5+fj)
		add("København", j, "Kvinder", "I alt", 1300+fj)
		add("København", j, "Mænd", "I alt", 200.5)
		add("København", j, "I alt", "Personer med dansk oprindelse", 1400+fj)
		add("København", j, "I alt", "Indvandrere fra ikke-vestlige lande", 100.5)
		add("Stevns", j, "I alt", "I alt", 25.25)
		add("Stevns", j, "Kvinder", "I alt", 10.25)
		add("Stevns", j, "Mænd", "I alt", 15)
		add("Stevns", j, "I alt", "Personer med dansk oprindelse", 20)
		add("Stevns", j, "I alt", "Indvandrere fra ikke-vestlige lande", 5.25)
		add("Hele landet", j, "I alt", "I alt", 84000)
	}
	return csvLines(lines...)
}

func TestReadAPICSVQuarterlyWithTotals(t *testing.T) {
	_, _, err := companion.Read("fleks.csv", flexCSV(), opt)
	require.ErrorIs(t, err, companion.ErrNeedBenefit)
	for _, tc := range []struct {
		name string
		opt  companion.Options
	}{{"fleks.csv", companion.Options{Benefit: calc.Flex, Today: today}}, {"Y08A02-2021.csv", opt}} {
		f, _, err := companion.Read(tc.name, flexCSV(), tc.opt)
		require.NoError(t, err)
		assert.Equal(t, "Y08A02", f.Table)
		assert.Equal(t, companion.FormatCSV, f.Format)
		assert.Equal(t, []calc.Area{calc.Flex}, f.Areas)
		out, _, err := companion.Apply(tinyDataset(), []*companion.File{f})
		require.NoError(t, err)
		// København's "I alt" is 1500,5 + j (its parts 1300 + j and 200,5 agree, as do
		// 1400 + j and 100,5). 2021QMAT02 = 2020Q3–2021Q2 = j 1…4, mean j = 2,5: 1503;
		// 2021QMAT04 = j 3…6, mean j = 4,5: 1505. Stevns 25,25 throughout.
		checkBenefit(t, out, map[string][2][2]float64{
			"2021QMAT02": {{0, 1503}, {0, 25.25}}, "2021QMAT04": {{0, 1505}, {0, 25.25}}})
	}
}

// pandasCSV is PTV_A02 written by pandas (to_csv(sep=';')): an index
// column, decimal points, yearly periods.
func pandasCSV() []byte {
	return []byte(";Område;Periode;Ydelsesgrupper;Køn;Antal fuldtidspersoner\n" +
		"0;København;2021Y01;Førtidspension;Kvinder;1000.25\n" +
		"1;København;2021Y01;Førtidspension;Mænd;900.5\n" +
		"2;Stevns;2021Y01;Førtidspension;Kvinder;40.125\n" +
		"3;Stevns;2021Y01;Førtidspension;Mænd;30\n")
}

func TestReadPandasCSVYearly(t *testing.T) {
	f, _, err := companion.Read("ptv.csv", pandasCSV(), opt)
	require.NoError(t, err)
	assert.Equal(t, []calc.Area{calc.FP}, f.Areas)
	assert.Equal(t, []string{"2021QMAT04"}, f.Periods)
	ds := tinyDataset()
	out, ws, err := companion.Apply(ds, []*companion.File{f})
	require.NoError(t, err)
	// 2021Y01 is the calendar-year window 2021QMAT04: 1000,25 + 900,5 = 1900,75 and
	// 40,125 + 30 = 70,125. The file has nothing for 2021QMAT02: unknown, with a warning.
	checkBenefit(t, out, map[string][2][2]float64{
		"2021QMAT02": {{0, 0}, {0, 0}}, "2021QMAT04": {{1900.75, 0}, {70.125, 0}}})
	require.Len(t, ws, 1)
	assert.Equal(t, companion.Warning{File: "ptv.csv", Kind: companion.WarnPeriodNotCovered, Value: "fp", Period: "2021QMAT02"}, ws[0])
}

// ptvXLSX is PTV_A02 as jobindsats.dk's "Hent data til Excel" saves it: a
// title row above the header, inline and shared strings, figures as numbers
// and as text with decimal commas, "I alt" rows beside their parts.
func ptvXLSX(t testing.TB) []byte {
	rows := [][]any{{Inline("Offentligt forsørgede, fuldtidspersoner")}, {},
		{Inline("Område"), Inline("Periode"), Inline("Ydelsesgrupper"), Inline("Køn"), Inline("Antal fuldtidspersoner")}}
	for k := 1; k <= 18; k++ {
		fk := float64(k)
		rows = append(rows,
			[]any{"København", month(k), "Førtidspension", "I alt", 2000 + fk},
			[]any{"København", month(k), "Førtidspension", "Kvinder", Text(danish(1000.5 + fk))},
			[]any{"København", month(k), "Førtidspension", "Mænd", 999.5},
			[]any{Inline("Stevns"), month(k), "Førtidspension", "I alt", Text("80,5")},
			[]any{Inline("Stevns"), month(k), "Førtidspension", "Kvinder", 40.25},
			[]any{Inline("Stevns"), month(k), "Førtidspension", "Mænd", Text("40,25")},
			[]any{Inline("Stevns"), month(k), "Fleksjob", "I alt", 12},
			[]any{"København", month(k), "Fleksjob", "I alt", 345})
	}
	return makeXLSX(t, rows)
}

func TestReadXLSX(t *testing.T) {
	f, _, err := companion.Read("PTV_A02.xlsx", ptvXLSX(t), opt)
	require.NoError(t, err)
	assert.Equal(t, companion.FormatXLSX, f.Format)
	assert.Equal(t, "PTV_A02", f.Table)
	out, _, err := companion.Apply(tinyDataset(), []*companion.File{f})
	require.NoError(t, err)
	// København "I alt" 2000 + k (parts 1000,5 + k and 999,5 agree): mean k over
	// 1…12 = 6,5 → 2006,5; over 7…18 = 12,5 → 2012,5. Stevns 80,5. Flex 345 and 12.
	checkBenefit(t, out, map[string][2][2]float64{
		"2021QMAT02": {{2006.5, 345}, {80.5, 12}}, "2021QMAT04": {{2012.5, 345}, {80.5, 12}}})
}

func TestApplyLeavesDatasetUnchanged(t *testing.T) {
	ds := tinyDataset()
	before := tinyDataset()
	f, _, err := companion.Read("ptv.json", ptvJSON(), opt)
	require.NoError(t, err)
	out, _, err := companion.Apply(ds, []*companion.File{f})
	require.NoError(t, err)
	assert.True(t, reflect.DeepEqual(before, ds), "Apply changed its input")
	assert.False(t, reflect.DeepEqual(before, out))
}

// Every kind has an identifier; an unknown one is named by its number.
func TestErrKindStrings(t *testing.T) {
	seen := map[string]bool{}
	for _, k := range companion.ErrKinds {
		s := k.String()
		assert.NotContains(t, s, "errkind(", "kind %d has no name", int(k))
		assert.False(t, seen[s], "two kinds are named %q", s)
		seen[s] = true
	}
	assert.Len(t, seen, 20)
	assert.Equal(t, "syntax", companion.ErrSyntax.String())
	assert.Equal(t, "need-benefit", companion.ErrNeedBenefitKind.String())
	assert.Equal(t, "missing-category", companion.ErrMissingCategory.String())
	assert.Equal(t, "errkind(0)", companion.ErrKind(0).String())
	assert.Equal(t, "errkind(99)", companion.ErrKind(99).String())
}
