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

// compareOpts are compare's flags.
type compareOpts struct {
	data      dataFlags
	scenarios []calc.Scenario
	period    string
	area      calc.Area
	format    string
	sort      string
	lang      report.Lang
}

// parseCompare reads compare's flags; a non-zero status means they are wrong.
func parseCompare(args []string, stderr io.Writer) (compareOpts, int) {
	var o compareOpts
	fs := flag.NewFlagSet("compare", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var queries scenarioFlags
	fs.Var(&o.data, "data", "a data file, repeatable (as for rank)")
	fs.Var(&queries, "scenario", "a scenario query, given 1 to 3 times")
	fs.StringVar(&o.period, "period", "", "period code; default: the latest")
	areaID := fs.String("area", "total", "total, dp, kth, syg, fp or flex")
	fs.StringVar(&o.format, "format", "table", "table, csv or json")
	fs.StringVar(&o.sort, "sort", "", "sort by a column: code, name, official, rank1…rank3, change1…change3; a leading - sorts descending")
	langID := fs.String("lang", "da", "da or en")
	if err := fs.Parse(args); err != nil {
		return o, 2
	}
	var ok bool
	if o.lang, ok = parseLang(*langID, stderr); !ok {
		return o, 2
	}
	var err error
	if o.area, err = calc.ParseArea(*areaID); err != nil {
		fmt.Fprintln(stderr, err)
		return o, 2
	}
	if len(queries) == 0 || len(queries) > calc.MaxCompare {
		fmt.Fprintln(stderr, text.CalcError(&calc.ApplyError{Kind: calc.ErrCompareCount, Got: len(queries), Want: calc.MaxCompare}, string(o.lang)))
		return o, 2
	}
	for _, q := range queries {
		sc, err := calc.DecodeScenario(q)
		if err != nil {
			fmt.Fprintln(stderr, err)
			return o, 2
		}
		o.scenarios = append(o.scenarios, sc)
	}
	return o, 0
}

// compareCmd is compare: the official model and one to three scenarios side
// by side (calc.Compare), as a table, the app's CSV form or JSON.
func compareCmd(args []string, stdout, stderr io.Writer) int {
	o, status := parseCompare(args, stderr)
	if status != 0 {
		return status
	}
	lang := string(o.lang)
	ld, err := loadData(o.data, lang)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	for _, w := range ld.warnings {
		fmt.Fprintln(stderr, text.W{"advarsel:", "warning:"}.In(text.Lang(lang)), w)
	}
	c, err := calc.Compare(ld.ds, o.period, o.area, o.scenarios...)
	if err != nil {
		fmt.Fprintln(stderr, text.CalcError(err, lang))
		return 1
	}
	if o.sort != "" && !report.CompareSortable(c, o.sort) {
		fmt.Fprintf(stderr, "unknown sort column %q\n", o.sort)
		return 2
	}
	switch o.format {
	case "table":
		writeCompareTable(stdout, c, o.sort, o.lang)
	case "csv":
		_, _ = stdout.Write(report.CompareCSV(c, nil, o.sort, o.lang))
	case "json":
		writeCompareJSON(stdout, c, o.sort)
	default:
		fmt.Fprintf(stderr, "unknown format %q (want table, csv or json)\n", o.format)
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
