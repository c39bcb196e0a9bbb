package ui

import (
	"bytes"
	"encoding/csv"
	"strconv"

	"benchsim/calc"
)

// csvWriter writes spreadsheet-friendly CSV: in Danish with semicolons and
// decimal commas, in English with commas and decimal points; UTF-8 with a
// byte-order mark so that Excel reads æ, ø and å.
func (s *State) csvWriter(buf *bytes.Buffer) *csv.Writer {
	buf.WriteString("\ufeff")
	w := csv.NewWriter(buf)
	w.UseCRLF = true
	if s.Lang == LangDA {
		w.Comma = ';'
	}
	return w
}

// provenance writes the header lines: dataset, source, period, area,
// scenario query, and a warning when the data is illustrative.
func (s *State) provenance(w *csv.Writer, area string) {
	t := s.T()
	ds := s.ds
	p := s.period()
	w.Write([]string{t.CSVDataset, ds.Provenance.Name})
	if ds.Provenance.Source != "" {
		w.Write([]string{t.CSVSource, ds.Provenance.Source})
	}
	w.Write([]string{t.CSVPeriod, p.Code + " (" + t.PeriodName(p) + ")"})
	if area != "" {
		w.Write([]string{t.CSVArea, area})
	}
	w.Write([]string{t.CSVScenario, s.Scenario.Encode()})
	if ds.Provenance.Illustrative {
		w.Write([]string{t.CSVIllustrative, t.Banner})
	}
	w.Write(nil)
}

// csvCell is Cell for a spreadsheet: numbers without thousands separators.
func (s *State) csvCell(col string, r *Row) string { return cell(col, r, s.Lang, true) }

// CSVTable returns the ranking table as shown (columns, filter, sort) as CSV.
func (s *State) CSVTable() []byte {
	var buf bytes.Buffer
	w := s.csvWriter(&buf)
	t := s.T()
	s.provenance(w, t.AreaName(s.Area))
	cols := s.Columns()
	head := make([]string, len(cols))
	for i, c := range cols {
		head[i] = t.ColumnCSV(c)
	}
	w.Write(head)
	rows := s.Rows()
	for i := range rows {
		rec := make([]string, len(cols))
		for j, c := range cols {
			rec[j] = s.csvCell(c, &rows[i])
		}
		w.Write(rec)
	}
	w.Flush()
	return buf.Bytes()
}

// CSVFull returns the full result as CSV: every municipality and every area
// of the scenario, official and scenario figures side by side, and the
// supervision status.
func (s *State) CSVFull() []byte {
	var buf bytes.Buffer
	w := s.csvWriter(&buf)
	t := s.T()
	l := s.Lang
	s.provenance(w, "")
	w.Write(t.FullCSVHeader())
	res := s.res
	yes := func(b bool) string {
		if b {
			return t.Yes
		}
		return t.No
	}
	for i, m := range s.ds.Municipalities {
		for _, a := range append([]calc.Area{calc.Total}, calc.Areas...) {
			if !res.Scenario.Included[a] {
				continue
			}
			e := res.Scenario.Areas[a][i]
			offRank, offPP := "", ""
			if res.Baseline.Included[a] {
				b := res.Baseline.Areas[a][i]
				offRank, offPP = strconv.Itoa(b.Rank), FormatPlain(b.DiffPP, 2, l)
			}
			pub := ""
			if e.PublishedRank > 0 {
				pub = strconv.Itoa(e.PublishedRank)
			}
			rec := []string{strconv.Itoa(m.Code), m.Name, m.Region, t.AreaName(a),
				FormatPlain(e.Population, 0, l), FormatPlain(e.Actual, 0, l), FormatPlain(e.Expected, 0, l),
				FormatPlain(e.DiffPersons, 0, l), FormatPlain(e.ActualShare, 2, l), FormatPlain(e.ExpectedShare, 2, l),
				FormatPlain(e.DiffPP, 2, l), strconv.Itoa(e.Rank), offPP, offRank,
				strconv.Itoa(res.RankChange(a, i)), pub, FormatPlain(e.Potential, 0, l)}
			if a == calc.Total {
				st := res.Scenario.Status[i]
				fk := ""
				if st.FokusKnown {
					fk = yes(st.FokusMet)
				}
				rec = append(rec, yes(st.ResultMet), fk, t.StatusShort(st))
			} else {
				rec = append(rec, "", "", "")
			}
			w.Write(rec)
		}
	}
	w.Flush()
	return buf.Bytes()
}

// CSVFileName returns a file name for an export ("rangliste-2022QMAT04.csv").
func (s *State) CSVFileName(full bool) string {
	t := s.T()
	base := t.FileTable
	if full {
		base = t.FileFull
	}
	return base + "-" + s.period().Code + ".csv"
}
