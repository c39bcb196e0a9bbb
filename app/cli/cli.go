// Package cli is the simulator's command line: rank, compare, import and
// template. It calls
// the same calc functions as the browser, so a number shown in the app can
// be checked here.
package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"benchsim/app/dataset"
	"benchsim/app/report"
	"benchsim/app/text"
	"benchsim/calc"
)

// Usage is the command line's help text.
const Usage = `Benchmark-simulatoren / the benchmark simulator

Usage:
  app [serve] [--addr 127.0.0.1:8000] [--web DIR]   serve the app (default)
  app static DIR                                    write a static site to DIR
  app rank [--data [KIND=]FILE]… [--period P] [--area total|dp|kth|syg|fp|flex]
           [--scenario QUERY] [--format table|csv|json] [--full] [--lang da|en]
           [--sort COLUMN] [--filter NAME] [--region REGION] [--pin CODE] [--intervals]
           [--explain CODE]                         (--explain: the paragraph about one municipality)
  app compare --scenario QUERY [--scenario QUERY [--scenario QUERY]] [--data [KIND=]FILE]…
           [--period P] [--area AREA] [--format table|csv|json] [--sort COLUMN] [--lang da|en]
                                                    the official model and 1–3 scenarios side
                                                    by side: ranks, changes, who moves
  app import [--lang da|en] [KIND=]FILE             validate a data file and say what it holds
  app template [--lang da|en] [--out FILE]          write the template CSV (caseload, focus
                                                    targets, other framework conditions)

--data may be given several times: one Jobindsats Y30R21 file plus companion
files (Jobindsats PTV_A02, Y10A02, Y08A02; StatBank FOLK1A, FOLK1C, FOLK3,
HFUDD11, AUH01, AUK01; the filled-in template), as JSON, CSV or .xlsx. The
kind is read from the file; KIND=FILE says it: y30r21, fp, flex or cov
(a Y10A02 or Y08A02 file without a Ydelsesgrupper column needs fp= or flex=).
Without a Y30R21 file, rank uses the embedded illustrative data (Eksempeldata).
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
	case "compare":
		return compareCmd(args[1:], stdout, stderr)
	case "template":
		return template(args[1:], stdout, stderr)
	case "import":
		return importCmd(args[1:], stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, Usage)
		return 0
	}
	fmt.Fprintf(stderr, "unknown command %q\n\n%s", args[0], Usage)
	return 2
}

// parseLang reads --lang: da or en.
func parseLang(id string, stderr io.Writer) (report.Lang, bool) {
	lang := report.Lang(id)
	if lang != report.DA && lang != report.EN {
		fmt.Fprintf(stderr, "unknown language %q (want da or en)\n", id)
		return "", false
	}
	return lang, true
}

func rank(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("rank", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var data dataFlags
	fs.Var(&data, "data", "a data file, repeatable: a Jobindsats Y30R21 file, or a companion file (PTV_A02, Y10A02, Y08A02, StatBank, the template; KIND=FILE with KIND fp, flex or cov says what it is); default: the illustrative data")
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
	explain := fs.Int("explain", 0, "kommunekode: print the paragraph about this municipality's total instead of the table")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	lang, ok := parseLang(*langID, stderr)
	if !ok {
		return 2
	}
	v.Lang = lang
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
	ld, err := loadData(data, string(lang))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	if *query == "" && ld.query != "" {
		// A view saved with its data brings its scenario.
		if sc, err = calc.DecodeScenario(ld.query); err != nil {
			fmt.Fprintln(stderr, err)
			return 1
		}
		if *period != "" {
			sc.Period = *period
		}
	}
	for _, w := range ld.warnings {
		fmt.Fprintln(stderr, text.W{"advarsel:", "warning:"}.In(lang), w)
	}
	res, err := calc.Apply(ld.ds, sc)
	if err != nil {
		fmt.Fprintln(stderr, text.CalcError(err, string(lang)))
		return 1
	}
	if !res.Scenario.Included[area] {
		fmt.Fprintln(stderr, text.CalcError(&calc.ApplyError{Kind: calc.ErrAreaMissing, Area: area, Period: res.Dataset.Periods[res.Period].Code}, string(lang)))
		return 1
	}
	if *explain != 0 {
		return explainCmd(stdout, stderr, res, *explain, string(lang))
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

// explainCmd prints the paragraph about one municipality (text.Explanation
// of calc's Explainer, with the table's rank intervals).
func explainCmd(stdout, stderr io.Writer, res *calc.Result, code int, lang string) int {
	i := res.Dataset.MunicipalityIndex(code)
	if i < 0 {
		fmt.Fprintln(stderr, text.CalcError(&calc.ApplyError{Kind: calc.ErrNoMunicipality, Code: code}, lang))
		return 1
	}
	x := calc.NewExplainer(res, report.Intervals(res, calc.Total))
	fmt.Fprintln(stdout, text.Explanation(res.Dataset, x.Explain(i), lang))
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
	writeScenarioFigures(w, res, v)
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
		fmt.Fprintln(w, text.W{"bemærk:", "note:"}.In(v.Lang), text.Note(n, string(v.Lang)))
	}
}

// writeScenarioFigures writes a scenario's headline and, with caseload
// levers, the reform's note and the national totals.
func writeScenarioFigures(w io.Writer, res *calc.Result, v *report.View) {
	if res.Settings.IsOfficial() {
		return
	}
	lang := string(v.Lang)
	for _, f := range text.Headline(res.Dataset, res.Headline(v.Area), lang)[1:] { // [0] is the summary above
		fmt.Fprintf(w, "  %s  %s\n", f.Value, f.Label)
	}
	if note := text.ReformNote(res.Reform, lang); note != "" {
		fmt.Fprintln(w, note)
	}
	if len(res.Investments) > 0 {
		for _, kv := range text.CaseloadTotals(res.CaseloadTotals(""), lang) {
			fmt.Fprintf(w, "%s: %s\n", kv[0], kv[1])
		}
	}
	if res.CostWeightingIsVolume() {
		fmt.Fprintln(w, text.CostEqualsVolume(lang))
		writeTeachingPrices(w, res.Settings, lang)
	}
}

// writeTeachingPrices says how to rank with the teaching prices: their
// label, the scenario query that sets them, and their caveat.
func writeTeachingPrices(w io.Writer, s calc.Scenario, lang string) {
	p, _ := calc.PricePresetByID(calc.PricesTeaching)
	label, _, caveat := text.PricePreset(p, lang)
	s = s.Clone()
	s.SetPricePreset(p.ID)
	fmt.Fprintf(w, "%s: --scenario '%s' — %s\n", label, s.Encode(), caveat)
}

func importCmd(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(stderr)
	langID := fs.String("lang", "da", "da or en")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	lang, ok := parseLang(*langID, stderr)
	if !ok {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: app import [--lang da|en] FILE")
		return 2
	}
	a, err := parseDataArg(fs.Arg(0))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 2
	}
	data, err := os.ReadFile(a.path)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	_, ds, warns, err := dataset.Describe(filepath.Base(a.path), data, a.benefit(), "")
	if err != nil {
		fmt.Fprintln(stderr, describeError(a.path, err, string(lang)))
		return 1
	}
	if ds != nil {
		writeImport(stdout, a.path, ds, wordWarnings(warns, string(lang)), string(lang))
		return 0
	}
	f, cwarns, err := readCompanion(a, data, string(lang))
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	writeCompanion(stdout, a.path, f, cwarns, string(lang))
	return 0
}

// writeImport describes a valid file: periods, municipalities, areas,
// derived populations and the warnings.
func writeImport(w io.Writer, path string, ds *calc.Dataset, warns []string, lang string) {
	fmt.Fprintf(w, text.W{"%s: gyldige Jobindsats Y30R21-data\n", "%s: valid Jobindsats Y30R21 data\n"}.In(text.Lang(lang)), path)
	var codes []string
	for _, p := range ds.Periods {
		codes = append(codes, p.Code)
	}
	fmt.Fprintf(w, text.W{"perioder: %d (%s)\n", "periods: %d (%s)\n"}.In(text.Lang(lang)), len(ds.Periods), strings.Join(codes, ", "))
	fmt.Fprintf(w, text.W{"kommuner: %d\n", "municipalities: %d\n"}.In(text.Lang(lang)), len(ds.Municipalities))
	var areas []string
	for a := calc.Area(0); a < calc.NumAreas; a++ {
		if len(ds.Periods) > 0 && ds.Periods[0].HasArea(a) {
			areas = append(areas, calc.AreaLabels[a])
		}
	}
	fmt.Fprintf(w, text.W{"ydelsesgrupper: %s\n", "areas: %s\n"}.In(text.Lang(lang)), strings.Join(areas, ", "))
	derived := 0
	for _, r := range ds.Periods[len(ds.Periods)-1].Rows {
		if r.PopulationDerived {
			derived++
		}
	}
	if derived > 0 {
		fmt.Fprintf(w, text.W{"befolkningen 16–66 år: afledt som forventet antal / forventet andel for %d kommuner\n", "population 16–66: derived as expected / expected share for %d municipalities\n"}.In(text.Lang(lang)), derived)
	}
	fmt.Fprintf(w, text.W{"advarsler: %d\n", "warnings: %d\n"}.In(text.Lang(lang)), len(warns))
	for _, wn := range warns {
		fmt.Fprintln(w, "  ", wn)
	}
}
