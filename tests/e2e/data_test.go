package e2e

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"benchsim/calc"
	"benchsim/calc/demo"
	"benchsim/calc/jobindsats"
)

// realExtract is the real Jobindsats extract of ../shared (absent in a
// plain clone).
func realExtract(t *testing.T) (string, bool) {
	p := filepath.Join(root, "..", "shared", "data", "jobindsats", "y30r21-2020-2022.jsonl")
	if _, err := os.Stat(p); err != nil {
		return "", false
	}
	return p, true
}

// demoFile writes the illustrative dataset as a Jobindsats JSON-lines file,
// a valid file that needs nothing from ../shared.
func demoFile(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	if err := jobindsats.Write(&buf, demo.Dataset(), jobindsats.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "eksempel.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// brokenFile is a valid file whose line 7 is cut off: the importer must
// report line 7.
func brokenFile(t *testing.T) string {
	t.Helper()
	var buf bytes.Buffer
	if err := jobindsats.Write(&buf, demo.Dataset(), jobindsats.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	lines := strings.SplitAfter(buf.String(), "\n")
	lines[6] = lines[6][:len(lines[6])/2] + "\n"
	p := filepath.Join(t.TempDir(), "broken.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(lines[:20], "")), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// importedName is what the app names a dataset imported from one file
// today: the file's name and the date.
func importedName(path string) string {
	return filepath.Base(path) + ", " + time.Now().Format("2006-01-02")
}

func readDataset(t *testing.T, path string) *calc.Dataset {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	ds, _, err := jobindsats.Read(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return ds
}

// publishedRanks reads the total's published ranks of the latest period
// straight from a JSON-lines file: municipality name → rank.
func publishedRanks(t *testing.T, path string) map[string]int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	type rec struct {
		Area, Periode, Ydelsesgrupper string
		Rank                          int `json:"Placering på benchmarkranglisten"`
	}
	var recs []rec
	latest := ""
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var r rec
		if json.Unmarshal(sc.Bytes(), &r) != nil || r.Rank == 0 {
			continue
		}
		recs = append(recs, r)
		latest = max(latest, r.Periode)
	}
	out := map[string]int{}
	for _, r := range recs {
		if r.Periode == latest && r.Ydelsesgrupper == "Ydelsesgrupper i alt" {
			out[r.Area] = r.Rank
		}
	}
	return out
}

// importFile uploads a file through the Data page's file picker.
func importFile(t *testing.T, ctx context.Context, path string) {
	t.Helper()
	if !strings.Contains(query(t, ctx), "tab=data") {
		do(t, ctx, chromedp.Click(chromedp.ID("tab-data")))
		waitFor(t, ctx, "the data page", `document.querySelector('#app').dataset.tab === 'data'`)
	}
	do(t, ctx, chromedp.SetUploadFiles(chromedp.ID("file"), []string{path}))
}

// TestImport imports the real extract (when ../shared is there): the
// published ranks appear and equal the file's; then a broken file shows
// the importer's error with its line number and the data stays.
func TestImport(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=data")

	path, ok := realExtract(t)
	if !ok {
		t.Log("../shared/data/jobindsats/y30r21-2020-2022.jsonl is absent: importing the demo data as a file instead")
		path = demoFile(t)
	}
	ds := readDataset(t, path)
	importFile(t, ctx, path)
	waitFor(t, ctx, "the import to finish", `document.querySelector('#import-ok, #import-error') !== null`)
	if msg := eval[string](t, ctx, `(document.querySelector('#import-error') || {}).textContent || ''`); msg != "" {
		t.Fatalf("the import failed: %s", msg)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#import-ok a")))
	waitFor(t, ctx, "the ranking page", `document.querySelector('#app').dataset.tab === 'ranking'`)
	rows := checkTable(t, ctx, ds, calc.DefaultScenario(), calc.Total, "da")
	if ok {
		if n := eval[int](t, ctx, `document.querySelectorAll('#illustrative').length`); n != 0 {
			t.Error("the illustrative-data banner shows on real data")
		}
		want := publishedRanks(t, path)
		if len(want) != len(rows) {
			t.Fatalf("the file has %d published ranks, the table %d rows", len(want), len(rows))
		}
		for _, r := range rows {
			pub, rank := r["published"], r["rank"]
			if pub != strconv.Itoa(want[r["name"]]) {
				t.Errorf("%s: published rank shown %q, in the file %d", r["name"], pub, want[r["name"]])
			}
			// Nothing changed: the simulator shows the published rank.
			if rank != pub {
				t.Errorf("%s: rank %s, published %s", r["name"], rank, pub)
			}
		}
	}
	before := query(t, ctx)

	// A broken file: the error names line 7, the imported data stays.
	importFile(t, ctx, brokenFile(t))
	waitFor(t, ctx, "the import error", `document.querySelector('#import-error') !== null`)
	msg := eval[string](t, ctx, `document.querySelector('#import-error').textContent`)
	if !strings.Contains(msg, "linje 7") {
		t.Errorf("the error %q does not name line 7", msg)
	}
	if !strings.Contains(msg, "broken.jsonl") {
		t.Errorf("the error %q does not name the file", msg)
	}
	if got := eval[string](t, ctx, `document.querySelector('#ds-name').textContent`); got != importedName(path) {
		t.Errorf("after the failed import the data is %q, want %q", got, importedName(path))
	}
	if png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)); err == nil {
		dir := filepath.Join(root, "tests", "screenshots")
		if os.MkdirAll(dir, 0o755) == nil {
			os.WriteFile(filepath.Join(dir, "data-import-error-1280.png"), png, 0o644)
		}
	}
	do(t, ctx, chromedp.Click(chromedp.ID("tab-ranking")))
	waitFor(t, ctx, "the ranking page", `document.querySelector('#app').dataset.tab === 'ranking'`)
	checkTable(t, ctx, ds, calc.DefaultScenario(), calc.Total, "da")
	if q := query(t, ctx); !strings.Contains(q, dsParam(before)) {
		t.Errorf("the dataset changed in the URL: %q → %q", before, q)
	}
}

func dsParam(q string) string {
	for _, kv := range strings.Split(q, "&") {
		if strings.HasPrefix(kv, "ds=") {
			return kv
		}
	}
	return "ds="
}

// TestDeleteDataset imports a file, deletes it and is back on the demo data.
func TestDeleteDataset(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=data")
	importFile(t, ctx, demoFile(t))
	waitFor(t, ctx, "the import", `document.querySelector('#import-ok') !== null`)
	n := eval[int](t, ctx, `document.querySelectorAll('#datasets tbody tr').length`)
	if n != 2 {
		t.Fatalf("%d datasets listed, want the demo and the import", n)
	}
	do(t, ctx, chromedp.Click(chromedp.CSS("#datasets button.delete")))
	waitFor(t, ctx, "the question", `document.getElementById('confirm-delete') !== null`)
	do(t, ctx, chromedp.Click(chromedp.ID("confirm-delete")))
	waitFor(t, ctx, "the deletion", `document.querySelectorAll('#datasets tbody tr').length === 1`)
	if q := query(t, ctx); strings.Contains(q, "ds=") {
		t.Errorf("the URL still names a dataset: %q", q)
	}
	if stored := storedCatalogue(t, ctx); strings.Contains(stored, `"id":"i`) {
		t.Errorf("the deleted dataset is still stored: %s", stored)
	}
	if n := storedFiles(t, ctx); n != 0 {
		t.Errorf("%d files are still stored", n)
	}
}

// TestImportRefusesMissingMunicipalities imports a file of 95 of the 98
// municipalities: the page refuses it in Danish, naming the three missing,
// with no English in the message, and the data stays.
func TestImportRefusesMissingMunicipalities(t *testing.T) {
	ctx := newTab(t)
	open(t, ctx, shared.URL+"/?v=1&tab=data")
	ds := *demo.Dataset()
	ds.Municipalities = ds.Municipalities[:95]
	ds.Periods = append([]calc.Period(nil), ds.Periods...)
	for p := range ds.Periods {
		ds.Periods[p].Rows = ds.Periods[p].Rows[:95]
	}
	var buf bytes.Buffer
	if err := jobindsats.Write(&buf, &ds, jobindsats.FormatJSONL); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "95.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	all := calc.Municipalities
	importFile(t, ctx, p)
	waitFor(t, ctx, "the import error", `document.querySelector('#import-error') !== null`)
	msg := eval[string](t, ctx, `document.querySelector('#import-error').textContent`)
	want := "95.jsonl kunne ikke importeres: filen mangler 3 af de 98 kommuner: " +
		all[95].Name + ", " + all[96].Name + ", " + all[97].Name + "."
	if !strings.Contains(msg, want) {
		t.Errorf("the error %q does not say %q", msg, want)
	}
	for _, w := range []string{"line", "file", "missing", "municipalities", "the"} {
		if regexp.MustCompile(`(?i)\b` + w + `\b`).MatchString(msg) {
			t.Errorf("English %q in the Danish error %q", w, msg)
		}
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`document.querySelector('#import-error').scrollIntoView({block: 'center'})`))
	shot(t, ctx, "import-missing-municipalities", false)
	if !eval[bool](t, ctx, `document.querySelector('#illustrative') !== null`) {
		t.Error("the demo data should still be shown")
	}
}
