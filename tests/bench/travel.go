package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"

	"benchsim/calc/jobindsats"
	"benchsim/tests/fixtures"
)

// realExtract is the real Y30R21 extract beside the repository (absent in a
// plain clone).
const realExtract = "../shared/data/jobindsats/y30r21-2020-2022.jsonl"

// travelFigures imports a three-file dataset in the browser (the real
// Y30R21 extract, and PTV_A02 and FOLK1A files made for its municipalities
// and periods) and times the import until the dataset is shown, and a
// reload until the page is interactive on it (the files read from
// IndexedDB and built again).
func travelFigures(bctx context.Context, url string) ([]Figure, error) {
	f, err := os.Open(realExtract)
	if err != nil {
		fmt.Fprintf(os.Stderr, "bench: %s is absent: skipping the three-file import\n", realExtract)
		return nil, nil
	}
	ds, _, err := jobindsats.Read(f)
	f.Close()
	if err != nil {
		return nil, err
	}
	dir, err := os.MkdirTemp("", "benchsim-travel-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dir)
	abs, err := filepath.Abs(realExtract)
	if err != nil {
		return nil, err
	}
	paths := []string{abs, filepath.Join(dir, "ptv_a02.csv"), filepath.Join(dir, "folk1a.csv")}
	total := 0
	if fi, err := os.Stat(abs); err == nil {
		total += int(fi.Size())
	}
	for i, data := range [][]byte{fixtures.PTVA02(ds), fixtures.FOLK1A(ds)} {
		if err := os.WriteFile(paths[i+1], data, 0o644); err != nil {
			return nil, err
		}
		total += len(data)
	}

	var imports, reloads []float64
	for round := 0; round < 3; round++ {
		imp, rel, err := travelRound(bctx, url, paths)
		if err != nil {
			return nil, err
		}
		imports, reloads = append(imports, imp), append(reloads, rel)
	}
	return []Figure{
		{Name: fmt.Sprintf("import Y30R21 (real) + PTV_A02 + FOLK1A, %.1f MB, until shown (median of 3)", float64(total)/1e6),
			Value: median(imports), Unit: "s"},
		{Name: "reload on that dataset until interactive (read from IndexedDB, built again)", Value: median(reloads), Unit: "s"},
	}, nil
}

func travelRound(bctx context.Context, url string, paths []string) (float64, float64, error) {
	ctx, cancel := chromedp.NewContext(bctx, chromedp.WithNewBrowserContext())
	defer cancel()
	ctx, cancelT := context.WithTimeout(ctx, 3*time.Minute)
	defer cancelT()
	if _, err := timeToInteractive(ctx, url+"/?v=1&tab=data"); err != nil {
		return 0, 0, err
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](
		`document.querySelector('#file').addEventListener('change', () => { window.__t0 = performance.now(); }, {capture: true}); true`)); err != nil {
		return 0, 0, err
	}
	if err := chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("file"), paths)); err != nil {
		return 0, 0, err
	}
	ms, err := chromedp.Run(ctx, chromedp.Poll[float64](
		`document.querySelector('#import-error') ? -1 : document.querySelectorAll('#files tbody tr').length === 3 ? performance.now() - window.__t0 : 0`,
		chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(120*time.Second)))
	if err != nil {
		return 0, 0, fmt.Errorf("the three-file import did not finish: %v", err)
	}
	if ms < 0 {
		msg, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`document.querySelector('#import-error').textContent`))
		return 0, 0, fmt.Errorf("the three-file import failed: %s", msg)
	}
	if err := chromedp.Do(ctx, chromedp.Reload()); err != nil {
		return 0, 0, err
	}
	rel, err := chromedp.Run(ctx, chromedp.Poll[float64](
		`document.querySelector('#app[data-ready="1"]') && document.querySelectorAll('#files tbody tr').length === 3 ? performance.now() : 0`,
		chromedp.WithPollingInterval(5*time.Millisecond), chromedp.WithPollingTimeout(60*time.Second)))
	if err != nil {
		return 0, 0, fmt.Errorf("the reload did not show the dataset: %v", err)
	}
	return ms / 1000, rel / 1000, nil
}
