// Command bench prints the simulator's performance figures as one table,
// each next to its budget, and writes the same figures as JSON to
// tests/bench.json (git-ignored). It runs the calc benchmarks natively and
// under GOOS=js GOARCH=wasm (node), and measures the app in headless
// Chromium. Machines here are noisy: compare ratios within one run.
package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

// Figure is one measured value with its budget.
type Figure struct {
	Name   string  `json:"name"`
	Value  float64 `json:"value"`
	Unit   string  `json:"unit"`
	Budget float64 `json:"budget,omitempty"` // 0 = no budget
	// Higher is true when the budget is a lower bound.
	Higher bool   `json:"higher,omitempty"`
	Note   string `json:"note,omitempty"`
	// Ref is the plain-DOM reference page's figure in the same run.
	Ref *float64 `json:"reference,omitempty"`
}

// OK reports whether the figure meets its budget.
func (f Figure) OK() string {
	if f.Budget == 0 {
		return ""
	}
	if (f.Higher && f.Value >= f.Budget) || (!f.Higher && f.Value <= f.Budget) {
		return "met"
	}
	return "NOT MET"
}

func main() {
	skipBrowser := flag.Bool("no-browser", false, "skip the browser measurements")
	benchtime := flag.String("benchtime", "1s", "go test -benchtime")
	out := flag.String("json", "tests/bench.json", "where to write the figures as JSON")
	travelOnly := flag.Bool("travel", false, "only the three-file import in the browser")
	browserOnly := flag.Bool("browser-only", false, "only the browser measurements (no calc benchmarks)")
	interactOnly := flag.Bool("interact", false, "only the drags in the browser (light drag, full reorder), beside the reference page")
	mouseOnly := flag.Bool("mouse", false, "only the real mouse drags in the browser, beside the reference page")
	chartsOnly := flag.Int("charts", 0, "only the charts view opened cold, this many times (the longest task and the time to every chart drawn)")
	timelinePath := flag.String("timeline", "", "only print the marks and long tasks of one cold load of this path (say \"/?v=1&tab=charts\")")
	flag.Parse()
	if *timelinePath != "" {
		bctx, url, stop, err := startBrowser()
		check(err)
		err = timeline(bctx, url, *timelinePath, 3*time.Second)
		stop()
		check(err)
		return
	}
	if *chartsOnly > 0 {
		bctx, url, stop, err := startBrowser()
		check(err)
		for i := 0; i < *chartsOnly; i++ {
			drawn, longest, err := chartsView(bctx, url)
			check(err)
			fmt.Printf("charts view: every chart drawn %.3f s after interactive; longest task %.0f ms\n", drawn, longest)
		}
		stop()
		return
	}
	if *mouseOnly {
		bctx, url, stop, err := startBrowser()
		check(err)
		figs, err := mouseFigures(bctx, url)
		stop()
		check(err)
		printFigures(figs, *out)
		return
	}
	if *interactOnly {
		bctx, url, stop, err := startBrowser()
		check(err)
		figs, err := interactionFigures(bctx, url)
		stop()
		check(err)
		printFigures(figs, *out)
		return
	}
	if *travelOnly {
		bctx, url, stop, err := startBrowser()
		check(err)
		figs, err := travelFigures(bctx, url)
		stop()
		check(err)
		for _, f := range figs {
			fmt.Printf("%s\t%s %s\n", f.Name, trim(f.Value), f.Unit)
		}
		return
	}

	var figs []Figure
	if !*browserOnly {
		figs = calcFigures(*benchtime)
	}
	if !*skipBrowser {
		bf, err := browserFigures()
		if err != nil {
			fmt.Fprintln(os.Stderr, "browser measurements failed:", err)
			os.Exit(1)
		}
		figs = append(figs, bf...)
	}
	printFigures(figs, *out)
}

// calcFigures runs the calc benchmarks natively and under wasm (node), and
// the charts' redraw natively.
func calcFigures(benchtime string) []Figure {
	var figs []Figure
	calcBench := []string{"-bench", "^(BenchmarkRecompute|BenchmarkRankIntervals)$", "./calc"}
	native, err := goBench(nil, benchtime, calcBench...)
	check(err)
	wasmExec := filepath.Join(runtime.GOROOT(), "lib", "wasm", "go_js_wasm_exec")
	wasm, err := goBench([]string{"GOOS=js", "GOARCH=wasm"}, benchtime, append([]string{"-exec=" + wasmExec}, calcBench...)...)
	check(err)
	chartBench := []string{"-bench", "^BenchmarkChartsRedraw$", "./app/ui/view"}
	chartsNative, err := goBench(nil, "20x", chartBench...)
	check(err)

	readBench := []string{"-bench", "^BenchmarkRead$", "./calc/jobindsats", "./calc/companion"}
	readNative, err := goBench(nil, "5x", readBench...)
	check(err)
	readWasm, err := goBench([]string{"GOOS=js", "GOARCH=wasm"}, "5x", append([]string{"-exec=" + wasmExec}, readBench...)...)
	check(err)

	budgets := map[string]float64{"units=98": 0.1, "units=3000": 0, "units=10000": 10}
	for _, n := range []string{"units=98", "units=3000", "units=10000"} {
		key := "BenchmarkRecompute/" + n
		nat, w := native[key]/1e6, wasm[key]/1e6
		figs = append(figs,
			Figure{Name: "calc recompute, all levers, native, " + n, Value: nat, Unit: "ms", Budget: budgets[n]},
			Figure{Name: "calc recompute, all levers, wasm (node), " + n, Value: w, Unit: "ms"},
			Figure{Name: "wasm / native, " + n, Value: w / nat, Unit: "×", Budget: 3})
	}
	ri := "BenchmarkRankIntervals/units=98/draws=1000"
	figs = append(figs,
		Figure{Name: "rank intervals, 1,000 draws, 98 units, native", Value: native[ri] / 1e6, Unit: "ms", Budget: 50},
		Figure{Name: "rank intervals, 1,000 draws, 98 units, wasm (node)", Value: wasm[ri] / 1e6, Unit: "ms"})

	// File reads (calc/jobindsats, calc/companion); the real extract only
	// when it is beside the repository.
	for _, k := range []struct{ key, what string }{
		{"file=real", "read Y30R21, the real extract (2,352 JSON lines)"},
		{"file=demo", "read Y30R21, illustrative data (JSON lines)"},
		{"file=ptv_a02.csv", "read PTV_A02, 98 municipalities"},
		{"file=folk1a.csv", "read FOLK1A, 98 municipalities"},
	} {
		nat, ok := readNative["BenchmarkRead/"+k.key]
		w, wok := readWasm["BenchmarkRead/"+k.key]
		if !ok || !wok {
			continue
		}
		figs = append(figs,
			Figure{Name: k.what + ", native", Value: nat / 1e6, Unit: "ms"},
			Figure{Name: k.what + ", wasm (node)", Value: w / 1e6, Unit: "ms"},
			Figure{Name: "wasm / native, " + k.what, Value: w / nat, Unit: "×"})
	}

	for _, k := range []struct{ key, what string }{
		{"recompute", "calc alone"},
		{"visible", "map + the charts shown while a lever moves"},
		{"all", "every chart incl. 1,000-draw rank intervals and history"},
	} {
		// Natively only: under js the UI program draws nothing itself,
		// the drawing worker does (its time shows in the browser figures).
		key := "BenchmarkChartsRedraw/" + k.key
		if _, ok := chartsNative[key]; !ok {
			check(fmt.Errorf("no %s in the benchmark's output", key))
		}
		figs = append(figs,
			Figure{Name: "charts redraw, " + k.what + ", native", Value: chartsNative[key] / 1e6, Unit: "ms"})
	}

	return figs
}

func printFigures(figs []Figure, out string) {
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "figure\tmeasured\tplain-DOM reference\tbudget\t")
	for _, f := range figs {
		b := ""
		if f.Budget != 0 {
			op := "≤"
			if f.Higher {
				op = "≥"
			}
			b = fmt.Sprintf("%s %s %s", op, trim(f.Budget), f.Unit)
		}
		ref := ""
		if f.Ref != nil {
			ref = trim(*f.Ref) + " " + f.Unit
		}
		fmt.Fprintf(tw, "%s\t%s %s\t%s\t%s\t%s\n", f.Name, trim(f.Value), f.Unit, ref, b, f.OK())
	}
	check(tw.Flush())
	js, _ := json.MarshalIndent(figs, "", "  ")
	check(os.WriteFile(out, js, 0o644))
	fmt.Printf("\nfigures written to %s\n", out)
}

func trim(v float64) string {
	switch {
	case v >= 100:
		return strconv.FormatFloat(v, 'f', 0, 64)
	case v >= 1:
		return strconv.FormatFloat(v, 'f', 2, 64)
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

var benchLine = regexp.MustCompile(`^(Benchmark\S+?)(?:-\d+)?\s+\d+\s+([\d.]+) ns/op`)

// goBench runs benchmarks (args: flags, then the package) and returns
// ns/op by name.
func goBench(env []string, benchtime string, extra ...string) (map[string]float64, error) {
	args := append([]string{"test", "-run", "^$", "-benchtime", benchtime}, extra...)
	cmd := exec.Command("go", args...)
	cmd.Env = append(os.Environ(), env...)
	var buf bytes.Buffer
	cmd.Stdout = &buf
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("go %s: %v\n%s", strings.Join(args, " "), err, buf.String())
	}
	out := map[string]float64{}
	sc := bufio.NewScanner(&buf)
	for sc.Scan() {
		if m := benchLine.FindStringSubmatch(sc.Text()); m != nil {
			v, _ := strconv.ParseFloat(m[2], 64)
			out[m[1]] = v
		}
	}
	return out, nil
}

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
