package view

import (
	"bytes"
	"encoding/csv"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"benchsim/app/report"
	"benchsim/calc"
	"benchsim/calc/demo"
)

// readCSV checks the byte-level format and returns the records.
func readCSV(t *testing.T, b []byte, comma rune) [][]string {
	t.Helper()
	if !bytes.HasPrefix(b, []byte("\ufeff")) {
		t.Fatal("no UTF-8 byte-order mark")
	}
	if !bytes.Contains(b, []byte("\r\n")) {
		t.Error("no CRLF line ends")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte("\ufeff"))))
	r.Comma = comma
	r.FieldsPerRecord = -1
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
}

func TestCSVTable(t *testing.T) {
	st := newTestState(t)
	st.SetCaseload(336, 100, 50)
	b := st.CSVTable()
	recs := readCSV(t, b, ';')
	// Provenance first: dataset, source, period, area, scenario, illustrative.
	head := map[string]string{}
	i := 0
	for ; i < len(recs) && len(recs[i]) > 0 && recs[i][0] != ""; i++ {
		if len(recs[i]) == 2 {
			head[recs[i][0]] = recs[i][1]
		} else {
			break
		}
	}
	if head["Datasæt"] != demo.Dataset().Provenance.Name || head["Scenarie"] != st.Scenario.Encode() ||
		!strings.HasPrefix(head["Eksempeldata"], "Eksempeldata — ikke de officielle tal") ||
		!strings.Contains(head["Periode"], st.Period().Code) {
		t.Errorf("provenance lines %v", head)
	}
	for i < len(recs) && (len(recs[i]) == 0 || (len(recs[i]) == 1 && recs[i][0] == "")) {
		i++
	}
	cols := st.Columns()
	if len(recs[i]) != len(cols) || recs[i][0] != "Placering" {
		t.Fatalf("header %v", recs[i])
	}
	data := recs[i+1:]
	rows := st.Rows()
	if len(data) != len(rows) {
		t.Fatalf("%d data lines, the table has %d rows", len(data), len(rows))
	}
	pp := slices.Index(cols, report.ColPP)
	pot := slices.Index(cols, report.ColPotential)
	for k, rec := range data {
		e := rows[k].Entry
		if rec[1] != rows[k].Muni.Name {
			t.Fatalf("line %d: %q, want %q", k, rec[1], rows[k].Muni.Name)
		}
		x, err := strconv.ParseFloat(strings.Replace(rec[pp], ",", ".", 1), 64)
		if err != nil || math.Abs(x-e.DiffPP) > 0.005 {
			t.Fatalf("%s: pp %q, calc %.4f", rec[1], rec[pp], e.DiffPP)
		}
		if strings.Contains(rec[pot], ".") {
			t.Fatalf("%s: potential %q has a thousands separator or decimal point", rec[1], rec[pot])
		}
	}

	st.SetLang(LangEN)
	recs = readCSV(t, st.CSVTable(), ',')
	if recs[0][0] != "Dataset" {
		t.Errorf("English CSV starts %v", recs[0])
	}
}

func TestCSVFull(t *testing.T) {
	st := newTestState(t)
	recs := readCSV(t, st.CSVFull(), ';')
	var header int
	for i, r := range recs {
		if len(r) > 0 && r[0] == "Kommunekode" {
			header = i
		}
	}
	if header == 0 {
		t.Fatal("no header line")
	}
	areas := 0
	for a := calc.Area(0); a < calc.NumAreas; a++ {
		if st.Result().Scenario.Included[a] {
			areas++
		}
	}
	if got, want := len(recs)-header-1, 98*areas; got != want {
		t.Errorf("%d data lines, want %d (98 municipalities × %d areas)", got, want, areas)
	}
	if n := len(recs[header]); n != len(recs[header+1]) {
		t.Errorf("header has %d fields, data %d", n, len(recs[header+1]))
	}
}
