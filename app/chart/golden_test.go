package chart

import (
	"crypto/sha256"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot"

	"benchsim/calc"
)

// goldenFile holds a SHA-256 of every chart of the demo scenario: its SVG
// and its marks (text alternative included), in both languages, with and
// without a highlighted municipality. GOLDEN_UPDATE=1 rewrites it. There is
// one file per platform: calc's last bits differ between amd64 and wasm
// (math in assembly or in Go), and the marks print every bit.
var goldenFile = "testdata/golden-" + runtime.GOOS + "-" + runtime.GOARCH + ".sha256"

// goldenCharts draws every chart of demoResult and returns, by name, the
// SVG followed by the marks printed with %#v.
func goldenCharts(t *testing.T) map[string]string {
	t.Helper()
	r := demoResult(t)
	ds := r.Dataset
	iv := calc.RankIntervals(r, calc.Total, 400, 4, 1)
	hist := calc.RankHistory(ds, calc.DefaultScenario())
	idx := []int{ds.MunicipalityIndex(336), ds.MunicipalityIndex(707), ds.MunicipalityIndex(101), ds.MunicipalityIndex(825)}
	out := map[string]string{}
	add := func(name string, p *plot.Plot, marks any, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		out[name] = render(t, p, "Eksempeldata · test") + fmt.Sprintf("\n%#v", marks)
	}
	for _, lang := range []string{"da", "en"} {
		for _, sel := range []int{-1, ds.MunicipalityIndex(336)} {
			opts := Options{Lang: lang, Selected: sel}
			k := fmt.Sprintf("-%s-%d", lang, sel)
			p, fm, err := Funnel(r, opts)
			add("funnel"+k, p, fm, err)
			p, im, err := RankIntervals(r, iv, opts)
			add("intervals"+k, p, im, err)
			p, mm, err := WhoMoves(r, opts)
			add("moves"+k, p, mm, err)
			p, vm, err := Vessels(r, sel >= 0, opts)
			add("vessels"+k, p, vm, err)
			h, err := HistoryOf(hist, calc.Total, idx, lang)
			if err != nil {
				t.Fatal(err)
			}
			h.Breaks = []int{3}
			p, hm, err := RankHistory(h, Options{Lang: lang, Selected: min(sel, 1)})
			add("history"+k, p, hm, err)
			p, wm, err := WhyExpected(r, max(sel, 0), Options{Lang: lang, Area: calc.KTH})
			add("waterfall"+k, p, wm, err)
			for _, ms := range []Measure{MeasureDiffPP, MeasureRank, MeasureRankChange} {
				vals, err := MapValues(r, calc.Total, ms)
				if err != nil {
					t.Fatal(err)
				}
				vals[3].Value = math.NaN() // one tile without data
				code := 0
				if sel >= 0 {
					code = 336
				}
				svg, m := Map(vals, MapOptions{Lang: lang, Measure: ms, Selected: code, Stamp: "Eksempeldata · test"})
				out[fmt.Sprintf("map%d%s", ms, k)] = svg + fmt.Sprintf("\n%#v", m)
			}
		}
	}
	return out
}

// TestGolden checks that every chart of the demo scenario draws exactly as
// recorded: the refactorings of this package must not change a byte.
func TestGolden(t *testing.T) {
	got := goldenCharts(t)
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	slices.Sort(names)
	var b strings.Builder
	for _, n := range names {
		fmt.Fprintf(&b, "%x  %s\n", sha256.Sum256([]byte(got[n])), n)
	}
	if os.Getenv("GOLDEN_UPDATE") != "" {
		if err := os.WriteFile(goldenFile, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		if dir := os.Getenv("GOLDEN_DUMP"); dir != "" {
			for n, s := range got {
				os.WriteFile(filepath.Join(dir, n), []byte(s), 0o644)
			}
		}
	}
	want, err := os.ReadFile(goldenFile)
	if os.IsNotExist(err) {
		t.Skipf("no %s for this platform (GOLDEN_UPDATE=1 writes it)", goldenFile)
	}
	if err != nil {
		t.Fatal(err)
	}
	if b.String() != string(want) {
		t.Errorf("charts differ from %s:\n%s", goldenFile, b.String())
	}
}
