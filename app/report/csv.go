package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"
	"strings"

	"benchsim/calc"
)

// The exports are spreadsheet-friendly CSV: in Danish with semicolons and
// decimal commas, in English with commas and decimal points; UTF-8 with a
// byte-order mark so that Excel reads æ, ø and å; CRLF line ends; the
// provenance lines first. The app's download buttons and the command line's
// rank --format csv both write them with these two functions.

// TableCSV is the ranking table as shown: the view's columns, filter and
// sort ("CSV: tabellen som vist").
func TableCSV(res *calc.Result, v *View) []byte {
	var buf bytes.Buffer
	w := newWriter(&buf, v.Lang)
	provenance(w, res, AreaName(v.Area, v.Lang), v.Lang)
	cols := Columns(res, v)
	rec := make([]string, len(cols))
	for j, c := range cols {
		rec[j] = c.Title.In(v.Lang)
	}
	_ = w.Write(rec)
	rows := Rows(res, v)
	for i := range rows {
		for j, c := range cols {
			rec[j] = c.Cell(&rows[i], File, v.Lang)
		}
		_ = w.Write(rec)
	}
	w.Flush()
	return buf.Bytes()
}

// FullCSV is the full result: every municipality and every area of the
// scenario, official and scenario figures side by side, and the supervision
// status ("CSV: hele resultatet").
func FullCSV(res *calc.Result, lang Lang) []byte {
	var buf bytes.Buffer
	w := newWriter(&buf, lang)
	provenance(w, res, "", lang)
	head := make([]string, len(fullHeader))
	for i, h := range fullHeader {
		head[i] = h.In(lang)
	}
	_ = w.Write(head)
	for i, m := range res.Dataset.Municipalities {
		for _, a := range append([]calc.Area{calc.Total}, calc.Areas...) {
			if res.Scenario.Included[a] {
				_ = w.Write(fullRecord(res, i, m, a, lang))
			}
		}
	}
	w.Flush()
	return buf.Bytes()
}

func fullRecord(res *calc.Result, i int, m calc.Municipality, a calc.Area, l Lang) []string {
	e := res.Scenario.Areas[a][i]
	offRank, offPP := "", ""
	if res.Baseline.Included[a] {
		b := res.Baseline.Areas[a][i]
		offRank, offPP = strconv.Itoa(b.Rank), Plain(b.DiffPP, 2, l)
	}
	pub := ""
	if e.PublishedRank > 0 {
		pub = strconv.Itoa(e.PublishedRank)
	}
	rec := []string{strconv.Itoa(m.Code), m.Name, m.Region, AreaName(a, l),
		Plain(e.Population, 0, l), Plain(e.Actual, 0, l), Plain(e.Expected, 0, l),
		Plain(e.DiffPersons, 0, l), Plain(e.ActualShare, 2, l), Plain(e.ExpectedShare, 2, l),
		Plain(e.DiffPP, 2, l), strconv.Itoa(e.Rank), offPP, offRank,
		strconv.Itoa(res.RankChange(a, i)), pub, Plain(e.Potential, 0, l)}
	if a != calc.Total {
		return append(rec, "", "", "")
	}
	yes := func(b bool) string {
		if b {
			return wYes.In(l)
		}
		return wNo.In(l)
	}
	st := res.Scenario.Status[i]
	fk := ""
	if st.FokusKnown {
		fk = yes(st.FokusMet)
	}
	return append(rec, yes(st.ResultMet), fk, StatusShort(st, l))
}

func newWriter(buf *bytes.Buffer, lang Lang) *csv.Writer {
	buf.WriteString("\ufeff")
	w := csv.NewWriter(buf)
	w.UseCRLF = true
	if lang != EN {
		w.Comma = ';'
	}
	return w
}

// Provenance is what an export or a printed table says it shows, as label
// and value: dataset, source, period, area (when not ""), scenario query,
// and a warning when the data is illustrative.
func Provenance(res *calc.Result, area string, l Lang) [][2]string {
	ds := res.Dataset
	p := &ds.Periods[res.Period]
	out := [][2]string{{wDataset.In(l), ds.Provenance.Name}}
	if src := SourceText(ds.Provenance, l); src != "" {
		out = append(out, [2]string{wSource.In(l), src})
	}
	out = append(out, [2]string{wPeriod.In(l), p.Code + " (" + PeriodName(p, l) + ")"})
	if area != "" {
		out = append(out, [2]string{wArea.In(l), area})
	}
	out = append(out, [2]string{wScenario.In(l), res.Settings.Encode()})
	if ds.Provenance.Illustrative {
		out = append(out, [2]string{wIllustrative.In(l), wBanner.In(l)})
	}
	return out
}

// provenance writes the provenance lines and an empty line.
func provenance(w *csv.Writer, res *calc.Result, area string, l Lang) {
	for _, h := range Provenance(res, area, l) {
		_ = w.Write(h[:])
	}
	_ = w.Write(nil)
}

// SourceText says where a dataset comes from, in the language: its source
// and, for an imported file, the file's format and data rows.
func SourceText(pv calc.Provenance, l Lang) string {
	if pv.Format == "" {
		return pv.Source
	}
	file := fmt.Sprintf(Words{"importeret fil (%s, %s rækker)", "imported file (%s, %s rows)"}.In(l), pv.Format, Number(float64(pv.Rows), 0, l))
	if pv.Source == "" {
		return file
	}
	return pv.Source + "; " + file
}

// NoteText is a dataset's caveats in the language: the free note and what
// the import had to derive.
func NoteText(pv calc.Provenance, l Lang) string {
	var parts []string
	if pv.Note != "" {
		parts = append(parts, pv.Note)
	}
	if pv.PopulationDerived {
		parts = append(parts, Words{"Befolkningen 16–66 år er afledt som forventet antal / forventet andel × 100 (upræcist for de mindste kommuner).",
			"The population aged 16–66 is derived as expected count / expected share × 100 (imprecise for the smallest municipalities)."}.In(l))
	}
	if pv.TotalSynthesized {
		parts = append(parts, Words{"Filen har ingen rækker for \"Ydelsesgrupper i alt\"; totalen er summen af de tre ydelsesgrupper.",
			"The file has no rows for \"Ydelsesgrupper i alt\"; the total is the sum of the three benefit groups."}.In(l))
	}
	return strings.Join(parts, " ")
}
