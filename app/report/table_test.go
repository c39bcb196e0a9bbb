package report_test

import (
	"bytes"
	"encoding/csv"
	"strings"
	"testing"

	"benchsim/app/report"
	"benchsim/calc"
	"benchsim/calc/demo"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestCells: every column's display and file form of one hand-made row.
func TestCells(t *testing.T) {
	r := &report.Row{
		Muni:     calc.Municipality{Code: 751, Name: "Aarhus", Region: "Region Midtjylland"},
		Entry:    calc.Entry{Rank: 3, Actual: 11304.4, Expected: 11000.6, DiffPersons: 303.8, DiffPP: 2.4, Score: 4.26, Potential: 11.44e6},
		Official: calc.Entry{Rank: 8},
		Change:   5,
		Status:   calc.Status{ResultMet: true, FokusKnown: true, FokusMet: true, Inspiration: true},
		Interval: calc.Interval{Lo: 1, Hi: 9},
	}
	want := map[string][3]string{ // display da, display en, file da
		report.ColRank:      {"3", "3", "3"},
		report.ColName:      {"Aarhus", "Aarhus", "Aarhus"},
		report.ColInterval:  {"plads 3, plausibelt 1–9", "rank 3, plausibly 1–9", "plads 3, plausibelt 1–9"},
		report.ColChange:    {"+5", "+5", "5"},
		report.ColOfficial:  {"8", "8", "8"},
		report.ColRegion:    {"Midtjylland", "Midtjylland", "Region Midtjylland"},
		report.ColActual:    {"11.304", "11,304", "11304"},
		report.ColExpected:  {"11.001", "11,001", "11001"},
		report.ColPersons:   {"+304", "+304", "304"},
		report.ColPP:        {"+2,40", "+2.40", "2,40"},
		report.ColScore:     {"4,3", "4.3", "4,3"},
		report.ColPotential: {"+11,4", "+11.4", "11,4"},
		report.ColPublished: {"–", "–", ""},
		report.ColStatus:    {"Inspiration", "Inspiration", "Inspiration"},
	}
	cols := report.AllColumns()
	require.Len(t, cols, len(want))
	for _, c := range cols {
		w := want[c.ID]
		assert.Equal(t, w[0], c.Cell(r, report.Display, report.DA), c.ID)
		assert.Equal(t, w[1], c.Cell(r, report.Display, report.EN), c.ID)
		assert.Equal(t, w[2], c.Cell(r, report.File, report.DA), c.ID)
	}
	assert.Equal(t, "num c-change up", report.ColumnByID(report.ColChange).CellClass(r))
	assert.Equal(t, "num c-pp worse", report.ColumnByID(report.ColPP).CellClass(r))
	assert.Equal(t, "c-status insp", report.ColumnByID(report.ColStatus).CellClass(r))
	assert.Equal(t, "num c-rank", report.ColumnByID(report.ColRank).CellClass(r))
	assert.Equal(t, "…", report.ColumnByID(report.ColInterval).Cell(&report.Row{}, report.Display, report.DA))
}

// TestColumnsOfTheView: which columns a view has.
func TestColumnsOfTheView(t *testing.T) {
	ids := func(res *calc.Result, v *report.View) string {
		var out []string
		for _, c := range report.Columns(res, v) {
			out = append(out, c.ID)
		}
		return strings.Join(out, " ")
	}
	official := apply(t, "v=1")
	assert.Equal(t, "rank name region actual expected persons pp potential status", ids(official, &report.View{}))
	assert.Equal(t, "rank name interval region actual expected persons pp potential",
		ids(official, &report.View{Area: calc.KTH, ShowIntervals: true}))
	rankMean := apply(t, "v=1&w=rank")
	assert.Equal(t, "rank name change official region actual expected persons pp score potential status",
		ids(rankMean, &report.View{}))
	assert.Equal(t, "rank name change official region actual expected persons pp potential",
		ids(rankMean, &report.View{Area: calc.DP}))
}

// TestRowsFilterAndSort: the name filter ("aa" finds "å"), the region, the
// pinned row that stays, and the Danish order of names.
func TestRowsFilterAndSort(t *testing.T) {
	res := apply(t, "v=1")
	names := func(rows []report.Row) []string {
		var out []string
		for _, r := range rows {
			out = append(out, r.Muni.Name)
		}
		return out
	}
	rows := report.Rows(res, &report.View{Filter: "aa", Sort: report.ColName})
	for _, n := range names(rows) {
		f := strings.ToLower(n)
		assert.True(t, strings.Contains(f, "aa") || strings.Contains(f, "å"), n)
	}
	require.NotEmpty(t, rows)
	for i := 1; i < len(rows); i++ {
		assert.LessOrEqual(t, report.CollateKey(rows[i-1].Muni.Name), report.CollateKey(rows[i].Muni.Name))
	}
	assert.Equal(t, "zzz{|}", report.CollateKey("ZZZæøå"))
	desc := report.Rows(res, &report.View{Filter: "aa", Sort: "-" + report.ColName})
	require.Len(t, desc, len(rows))
	assert.Equal(t, rows[0].Muni.Name, desc[len(desc)-1].Muni.Name)

	kbh := res.Dataset.Municipalities[res.Dataset.MunicipalityIndex(101)]
	rows = report.Rows(res, &report.View{Region: "Region Nordjylland", Pinned: 101, Sort: "-" + report.ColPotential})
	var pinned int
	for i, r := range rows {
		if r.Pinned {
			pinned++
			assert.Equal(t, kbh.Name, r.Muni.Name)
		} else {
			assert.Equal(t, "Region Nordjylland", r.Muni.Region)
		}
		if i > 0 {
			assert.GreaterOrEqual(t, rows[i-1].Entry.Potential, r.Entry.Potential)
		}
	}
	assert.Equal(t, 1, pinned)
	assert.Equal(t, 12, len(rows)) // the 11 municipalities of Nordjylland and København
}

// TestTableCSV: the provenance lines, the header and one row, read back
// with encoding/csv.
func TestTableCSV(t *testing.T) {
	res := apply(t, "v=1&scope=kl")
	b := report.TableCSV(res, &report.View{Lang: report.DA})
	require.True(t, bytes.HasPrefix(b, []byte("\ufeffDatasæt;Eksempeldata")))
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	r.Comma, r.FieldsPerRecord = ';', -1
	recs, err := r.ReadAll()
	require.NoError(t, err)
	var head int
	for i, rec := range recs {
		if rec[0] == "Placering" {
			head = i
		}
	}
	assert.Equal(t, []string{"Scenarie", "v=1&scope=kl"}, recs[head-2])
	assert.Equal(t, "Placering Kommune Ændring Officiel placering Region Faktisk Forventet Personer Procentpoint Potentiale mio. kr. Tilsyn",
		strings.Join(recs[head], " "))
	assert.Len(t, recs, head+1+98)
	first := recs[head+1]
	i := res.Scenario.Order(calc.Total)[0]
	e := res.Scenario.Areas[calc.Total][i]
	assert.Equal(t, "1", first[0])
	assert.Equal(t, res.Dataset.Municipalities[i].Name, first[1])
	assert.Equal(t, report.Plain(e.DiffPP, 2, report.DA), first[8])
	assert.True(t, bytes.Contains(b, []byte("\r\n")))
}

func apply(t *testing.T, q string) *calc.Result {
	t.Helper()
	s, err := calc.DecodeScenario(q)
	require.NoError(t, err)
	res, err := calc.Apply(demo.Dataset(), s)
	require.NoError(t, err)
	return res
}
