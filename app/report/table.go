package report

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"strconv"

	"benchsim/calc"
)

// Row is one municipality's line of the ranking table, with the numbers
// from the result (not formatted).
type Row struct {
	Index         int // into Dataset.Municipalities
	Code          int
	Name          string
	Region        string
	Actual        float64
	Expected      float64
	DiffPersons   float64
	DiffPP        float64
	Rank          int
	BaselineRank  int
	PublishedRank int
	RankChange    int     // places climbed from the baseline (positive = better)
	Potential     float64 // kr.
	Status        calc.Status
}

// Rows returns the table rows of area a of the result's scenario, in rank
// order.
func Rows(r *calc.Result, a calc.Area) []Row {
	rk := &r.Scenario
	if !rk.Included[a] {
		return nil
	}
	order := rk.Order(a)
	out := make([]Row, 0, len(order))
	for _, i := range order {
		m := r.Dataset.Municipalities[i]
		e := rk.Areas[a][i]
		row := Row{Index: i, Code: m.Code, Name: m.Name, Region: m.Region,
			Actual: e.Actual, Expected: e.Expected, DiffPersons: e.DiffPersons, DiffPP: e.DiffPP,
			Rank: e.Rank, PublishedRank: e.PublishedRank, RankChange: r.RankChange(a, i),
			Potential: e.Potential, Status: rk.Status[i]}
		if r.Baseline.Included[a] {
			row.BaselineRank = r.Baseline.Areas[a][i].Rank
		}
		out = append(out, row)
	}
	return out
}

// StatusText describes a supervision status in words.
func StatusText(s calc.Status, lang Lang) string {
	da := lang != EN
	switch {
	case s.Inspiration:
		return pick(da, "Inspirationskommune", "Inspiration municipality")
	case s.Risk:
		return pick(da, "Risiko for skærpet tilsyn", "Risk of intensified supervision")
	case !s.FokusKnown && s.ResultMet:
		return pick(da, "Resultatmål opfyldt (fokusmål ukendt)", "Result target met (focus targets unknown)")
	case !s.FokusKnown:
		return pick(da, "Resultatmål ikke opfyldt (fokusmål ukendt)", "Result target not met (focus targets unknown)")
	case s.ResultMet:
		return pick(da, "Resultatmål opfyldt, fokusmål ikke", "Result target met, focus targets not")
	default:
		return pick(da, "Fokusmål opfyldt, resultatmål ikke", "Focus targets met, result target not")
	}
}

func pick(da bool, d, e string) string {
	if da {
		return d
	}
	return e
}

// Header lines that say what a table or export shows: dataset, period,
// scenario and whether the figures are illustrative.
func Header(r *calc.Result, a calc.Area, lang Lang) [][2]string {
	ds := r.Dataset
	p := ds.Periods[r.Period]
	da := lang != EN
	h := [][2]string{
		{pick(da, "Datasæt", "Dataset"), ds.Provenance.Name},
		{pick(da, "Periode", "Period"), p.Code + " (" + p.Label + ")"},
		{pick(da, "Område", "Area"), calc.AreaLabels[a]},
		{pick(da, "Scenarie", "Scenario"), r.Settings.Encode()},
	}
	if ds.Provenance.Illustrative {
		h = append(h, [2]string{pick(da, "Bemærk", "Note"),
			pick(da, "Eksempeldata — ikke de officielle tal", "Illustrative data — not the official figures")})
	}
	if ds.Provenance.Source != "" {
		h = append(h, [2]string{pick(da, "Kilde", "Source"), ds.Provenance.Source})
	}
	return h
}

// Columns are the table's column titles.
func Columns(lang Lang) []string {
	if lang == EN {
		return []string{"Rank", "Municipality", "Actual", "Expected", "Persons", "Percentage points",
			"Published rank", "Baseline rank", "Rank change", "Potential (DKK m)", "Supervision"}
	}
	return []string{"Placering", "Kommune", "Faktisk", "Forventet", "Personer", "Procentpoint",
		"Offentliggjort placering", "Placering (officiel model)", "Ændring", "Potentiale (mio. kr.)", "Tilsyn"}
}

// Cells formats a row for display (grouped numbers) or files (plain).
func Cells(row Row, lang Lang, display bool) []string {
	num := Plain
	if display {
		num = Number
	}
	pub := ""
	if row.PublishedRank > 0 {
		pub = strconv.Itoa(row.PublishedRank)
	}
	change := strconv.Itoa(row.RankChange)
	if display {
		change = RankChange(row.RankChange)
	}
	return []string{
		strconv.Itoa(row.Rank), row.Name,
		num(row.Actual, 0, lang), num(row.Expected, 0, lang), num(row.DiffPersons, 0, lang),
		num(row.DiffPP, 2, lang), pub, strconv.Itoa(row.BaselineRank), change,
		num(row.Potential/1e6, 1, lang), StatusText(row.Status, lang),
	}
}

// CSV writes the table as an Excel-friendly file: UTF-8 with BOM, semicolon
// separated, decimal comma in Danish, provenance lines first.
func CSV(r *calc.Result, a calc.Area, rows []Row, lang Lang) []byte {
	var buf bytes.Buffer
	buf.WriteString("\ufeff")
	w := csv.NewWriter(&buf)
	w.Comma = ';'
	if lang == EN {
		w.Comma = ','
	}
	for _, h := range Header(r, a, lang) {
		_ = w.Write([]string{"# " + h[0], h[1]})
	}
	_ = w.Write(Columns(lang))
	for _, row := range rows {
		_ = w.Write(Cells(row, lang, false))
	}
	w.Flush()
	return buf.Bytes()
}

// Summary is the one-line summary of how many municipalities moved.
func Summary(r *calc.Result, a calc.Area, lang Lang) string {
	thr := int(calc.Param(calc.ParamMoveThreshold))
	n := r.Moved(a, thr)
	if lang == EN {
		if n == 1 {
			return fmt.Sprintf("1 municipality moves %d places or more", thr)
		}
		return fmt.Sprintf("%d municipalities move %d places or more", n, thr)
	}
	if n == 1 {
		return fmt.Sprintf("1 kommune flytter sig %d pladser eller mere", thr)
	}
	return fmt.Sprintf("%d kommuner flytter sig %d pladser eller mere", n, thr)
}
