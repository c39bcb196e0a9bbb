package cli

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"text/tabwriter"

	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
)

// scenarioFlags collects the --scenario values of compare.
type scenarioFlags []string

func (s *scenarioFlags) String() string     { return fmt.Sprint(*s) }
func (s *scenarioFlags) Set(v string) error { *s = append(*s, v); return nil }

// compareCmd is compare: the official model and one to three scenarios side
// by side (calc.Compare), as a table, the app's CSV form or JSON.
func compareCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var data dataFlags
	var queries scenarioFlags
	fs.Var(&data, "data", "a data file, repeatable (as for rank)")
	fs.Var(&queries, "scenario", "a scenario query, given 1 to 3 times")
	period := fs.String("period", "", "period code; default: the latest")
	areaID := fs.String("area", "total", "total, dp, kth, syg, fp or flex")
	format := fs.String("format", "table", "table, csv or json")
	sortKey := fs.String("sort", "", "sort by a column: code, name, official, rank1…rank3, change1…change3; a leading - sorts descending")
	langID := fs.String("lang", "da", "da or en")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	lang, ok := parseLang(*langID, stderr)
	if !ok {
		return 2
	}
	area, err := calc.ParseArea(*areaID)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	if len(queries) == 0 || len(queries) > calc.MaxCompare {
		fmt.Fprintln(stderr, text.CalcError(&calc.ApplyError{Kind: calc.ErrCompareCount, Got: len(queries), Want: calc.MaxCompare}, string(lang)))
		return 2
	}
	var scs []calc.Scenario
	for _, q := range queries {
		sc, err := calc.DecodeScenario(q)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return 2
		}
		scs = append(scs, sc)
	}
	ld, err := loadData(data, string(lang))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	for _, w := range ld.warnings {
		fmt.Fprintln(stderr, pickLang(string(lang), "advarsel:", "warning:"), w)
	}
	c, err := calc.Compare(ld.ds, *period, area, scs...)
	if err != nil {
		fmt.Fprintln(stderr, text.CalcError(err, string(lang)))
		return 1
	}
	if *sortKey != "" && !report.CompareSortable(c, *sortKey) {
		fmt.Fprintf(stderr, "unknown sort column %q\n", *sortKey)
		return 2
	}
	switch *format {
	case "table":
		writeCompareTable(stdout, c, *sortKey, lang)
	case "csv":
		_, _ = stdout.Write(report.CompareCSV(c, nil, *sortKey, lang))
	case "json":
		writeCompareJSON(stdout, c, *sortKey)
	default:
		fmt.Fprintf(stderr, "unknown format %q (want table, csv or json)\n", *format)
		return 2
	}
	return 0
}

func writeCompareTable(w io.Writer, c *calc.Comparison, key string, l report.Lang) {
	for _, h := range report.CompareProvenance(c, nil, l) {
		fmt.Fprintf(w, "%s: %s\n", h[0], h[1])
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	cols := report.CompareColumns(c, nil, l)
	for _, col := range cols {
		fmt.Fprint(tw, col.Title, "\t")
	}
	fmt.Fprintln(tw)
	for _, r := range report.CompareRows(c, key) {
		for _, col := range cols {
			fmt.Fprint(tw, col.Cell(&r, report.Display, l), "\t")
		}
		fmt.Fprintln(tw)
	}
	_ = tw.Flush()
}

type jsonCompareScenario struct {
	Scenario string `json:"scenario"`
	Moved    int    `json:"moved"` // municipalities moving at least threshold places
}

type jsonCompareRow struct {
	Code         int    `json:"code"`
	Municipality string `json:"municipality"`
	OfficialRank int    `json:"official_rank"`
	Ranks        []int  `json:"ranks"`
	Changes      []int  `json:"changes"`
}

func writeCompareJSON(w io.Writer, c *calc.Comparison, key string) {
	ds := c.Results[0].Dataset
	out := struct {
		Dataset      string                `json:"dataset"`
		Illustrative bool                  `json:"illustrative"`
		Period       string                `json:"period"`
		Area         string                `json:"area"`
		Threshold    int                   `json:"move_threshold"`
		Scenarios    []jsonCompareScenario `json:"scenarios"`
		Rows         []jsonCompareRow      `json:"rows"`
	}{Dataset: ds.Provenance.Name, Illustrative: ds.Provenance.Illustrative, Period: ds.Periods[c.Period].Code,
		Area: c.Area.ID(), Threshold: c.Threshold}
	for k, res := range c.Results {
		out.Scenarios = append(out.Scenarios, jsonCompareScenario{res.Settings.Encode(), c.Moved[k]})
	}
	for _, r := range report.CompareRows(c, key) {
		m := ds.Municipalities[r.Index]
		out.Rows = append(out.Rows, jsonCompareRow{m.Code, m.Name, r.Official, r.Ranks, r.Changes})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out)
}
