// Package cli is the simulator's command line: rank and import. It calls
// the same calc functions as the browser, so a number shown in the app can
// be checked here.
package cli

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"benchsim/app/report"
	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
)

// Usage is the command line's help text.
const Usage = `Benchmark-simulatoren / the benchmark simulator

Usage:
  app [serve] [--addr 127.0.0.1:8000] [--web DIR]   serve the app (default)
  app static DIR                                    write a static site to DIR
  app rank [--data FILE] [--period P] [--area total|dp|kth|syg|fp|flex]
           [--scenario QUERY] [--format table|csv|json] [--full] [--lang da|en]
           [--sort COLUMN] [--filter NAME] [--region REGION] [--pin CODE] [--intervals]
  app import FILE                                   validate a Jobindsats Y30R21 file

Without --data, rank uses the embedded illustrative data (Eksempeldata).
QUERY is the scenario syntax of the app's URL, e.g. "v=1&scope=kl&cl=336:100:50".
rank --format csv writes the file the app's "CSV: tabellen som vist" downloads for
the same view (scenario, period, area, sort, filter, language); with --full, the
file of "CSV: hele resultatet".
`

// Run runs a command line command (rank or import) and returns the exit
// status.
func Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, Usage)
		return 2
	}
	switch args[0] {
	case "rank":
		return rank(args[1:], stdout, stderr)
	case "import":
		return importCmd(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, Usage)
		return 0
	}
	fmt.Fprintf(stderr, "unknown command %q\n\n%s", args[0], Usage)
	return 2
}

func load(path string) (*calc.Dataset, []jobindsats.Warning, error) {
	if path == "" {
		return demo.Dataset(), nil, nil
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	return jobindsats.Read(f)
}

func rank(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rank", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "", "Jobindsats Y30R21 file (JSON API, JSON lines or CSV); default: the illustrative data")
	period := fs.String("period", "", "period code, e.g. 2021QMAT02; default: the latest")
	areaID := fs.String("area", "total", "total, dp, kth, syg, fp or flex")
	query := fs.String("scenario", "", "scenario query, e.g. v=1&scope=kl")
	format := fs.String("format", "table", "table, csv or json")
	full := fs.Bool("full", false, "with --format csv: the full result (every area), as the app's \"CSV: hele resultatet\"")
	langID := fs.String("lang", "da", "da or en")
	var v report.View
	fs.StringVar(&v.Sort, "sort", "", "sort by a column: "+strings.Join(sortKeys(), ", ")+"; a leading - sorts descending")
	fs.StringVar(&v.Filter, "filter", "", "only municipalities whose name contains this")
	fs.StringVar(&v.Region, "region", "", "only municipalities in this region, e.g. \"Region Hovedstaden\"")
	fs.IntVar(&v.Pinned, "pin", 0, "kommunekode of a municipality kept through the filters")
	fs.BoolVar(&v.ShowIntervals, "intervals", false, "add the plausible rank interval column (the app's \"Vis usikkerhed\")")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	v.Lang = report.Lang(*langID)
	if v.Lang != report.DA && v.Lang != report.EN {
		fmt.Fprintf(stderr, "unknown language %q (want da or en)\n", *langID)
		return 2
	}
	if v.Sort != "" && !report.Sortable(v.Sort) {
		fmt.Fprintf(stderr, "unknown sort column %q (want one of %s)\n", v.Sort, strings.Join(sortKeys(), ", "))
		return 2
	}
	area, err := calc.ParseArea(*areaID)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	v.Area = area
	sc, err := calc.DecodeScenario(*query)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	if *period != "" {
		sc.Period = *period
	}
	ds, warns, err := load(*data)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	for _, w := range warns {
		fmt.Fprintln(stderr, "warning:", w)
	}
	res, err := calc.Apply(ds, sc)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if !res.Scenario.Included[area] {
		fmt.Fprintf(stderr, "the data has no figures for %s\n", area)
		return 1
	}
	if v.ShowIntervals {
		v.Intervals = report.Intervals(res, area)
	}
	switch *format {
	case "table":
		writeTable(stdout, res, &v)
	case "csv":
		if *full {
			_, _ = stdout.Write(report.FullCSV(res, v.Lang))
		} else {
			_, _ = stdout.Write(report.TableCSV(res, &v))
		}
	case "json":
		writeJSON(stdout, res, &v)
	default:
		fmt.Fprintf(stderr, "unknown format %q (want table, csv or json)\n", *format)
		return 2
	}
	return 0
}

// sortKeys are the columns rank --sort takes.
func sortKeys() []string {
	var out []string
	for _, c := range report.AllColumns() {
		if c.Compare != nil {
			out = append(out, c.ID)
		}
	}
	return out
}

func writeTable(w io.Writer, res *calc.Result, v *report.View) {
	for _, h := range report.Provenance(res, report.AreaName(v.Area, v.Lang), v.Lang) {
		fmt.Fprintf(w, "%s: %s\n", h[0], h[1])
	}
	fmt.Fprintln(w, report.Summary(res, v.Area, v.Lang))
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	cols := report.Columns(res, v)
	for _, c := range cols {
		fmt.Fprint(tw, c.Title.In(v.Lang), "\t")
	}
	fmt.Fprintln(tw)
	for _, row := range report.Rows(res, v) {
		for _, c := range cols {
			fmt.Fprint(tw, c.Cell(&row, report.Display, v.Lang), "\t")
		}
		fmt.Fprintln(tw)
	}
	_ = tw.Flush()
	for _, n := range res.Notes {
		fmt.Fprintln(w, "note:", n)
	}
}

type jsonRow struct {
	Rank          int     `json:"rank"`
	Code          int     `json:"code"`
	Municipality  string  `json:"municipality"`
	Region        string  `json:"region"`
	Actual        float64 `json:"actual"`
	Expected      float64 `json:"expected"`
	DiffPersons   float64 `json:"diff_persons"`
	DiffPP        float64 `json:"diff_pp"`
	PublishedRank int     `json:"published_rank,omitempty"`
	BaselineRank  int     `json:"baseline_rank"`
	RankChange    int     `json:"rank_change"`
	Potential     float64 `json:"potential_kr"`
	ResultMet     bool    `json:"result_target_met"`
	Inspiration   bool    `json:"inspiration"`
	Risk          bool    `json:"risk_of_supervision"`
}

func writeJSON(w io.Writer, res *calc.Result, v *report.View) {
	out := struct {
		Dataset      string    `json:"dataset"`
		Illustrative bool      `json:"illustrative"`
		Period       string    `json:"period"`
		Area         string    `json:"area"`
		Scenario     string    `json:"scenario"`
		Rows         []jsonRow `json:"rows"`
	}{res.Dataset.Provenance.Name, res.Dataset.Provenance.Illustrative, res.Dataset.Periods[res.Period].Code,
		v.Area.ID(), res.Settings.Encode(), nil}
	for _, r := range report.Rows(res, v) {
		e := &r.Entry
		out.Rows = append(out.Rows, jsonRow{e.Rank, r.Muni.Code, r.Muni.Name, r.Muni.Region, e.Actual, e.Expected,
			e.DiffPersons, e.DiffPP, e.PublishedRank, r.Official.Rank, r.Change, e.Potential, r.Status.ResultMet,
			r.Status.Inspiration, r.Status.Risk})
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	_ = enc.Encode(out)
}

func importCmd(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: app import FILE")
		return 2
	}
	ds, warns, err := load(args[0])
	if err != nil {
		var je *jobindsats.Error
		if errors.As(err, &je) {
			fmt.Fprintf(stderr, "%s: invalid: %v\n", args[0], err)
		} else {
			fmt.Fprintf(stderr, "%s: %v\n", args[0], err)
		}
		return 1
	}
	fmt.Fprintf(stdout, "%s: valid Jobindsats Y30R21 data\n", args[0])
	var codes []string
	for _, p := range ds.Periods {
		codes = append(codes, p.Code)
	}
	fmt.Fprintf(stdout, "periods: %d (%s)\n", len(ds.Periods), strings.Join(codes, ", "))
	fmt.Fprintf(stdout, "municipalities: %d\n", len(ds.Municipalities))
	var areas []string
	for a := calc.Area(0); a < calc.NumAreas; a++ {
		if len(ds.Periods) > 0 && ds.Periods[0].HasArea(a) {
			areas = append(areas, calc.AreaLabels[a])
		}
	}
	fmt.Fprintf(stdout, "areas: %s\n", strings.Join(areas, ", "))
	derived := 0
	for _, r := range ds.Periods[len(ds.Periods)-1].Rows {
		if r.PopulationDerived {
			derived++
		}
	}
	if derived > 0 {
		fmt.Fprintf(stdout, "population 16–66: derived as expected / expected share for %d municipalities\n", derived)
	}
	fmt.Fprintf(stdout, "warnings: %d\n", len(warns))
	for _, w := range warns {
		fmt.Fprintln(stdout, "  ", w)
	}
	return 0
}
