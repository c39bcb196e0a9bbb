package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
)

// lighthouseCLI is Lighthouse, installed by `make bench` into a git-ignored
// folder (npm --prefix tests/bench/.npm, pinned at 12.2.3: 13 wants a newer
// node).
const lighthouseCLI = "tests/bench/.npm/node_modules/lighthouse/cli/index.js"

// lighthouseResult is what the bench reads of a Lighthouse report.
type lighthouseResult struct {
	Score, LCP, TBT, Bytes float64
}

// lighthouse runs Lighthouse's performance category on url with its default
// (mobile) preset in the system Chromium.
func lighthouse(url string) (lighthouseResult, error) {
	if _, err := os.Stat(lighthouseCLI); err != nil {
		return lighthouseResult{}, fmt.Errorf("%v: run make bench (it installs lighthouse@12.2.3 into tests/bench/.npm)", err)
	}
	browser := os.Getenv("CHROMIUM")
	if browser == "" {
		browser = "/usr/bin/chromium"
	}
	tmp, err := os.MkdirTemp("", "benchsim-lighthouse-")
	if err != nil {
		return lighthouseResult{}, err
	}
	defer os.RemoveAll(tmp)
	cmd := exec.Command("node", lighthouseCLI, url,
		"--only-categories=performance", "--output=json", "--output-path=stdout", "--quiet",
		"--chrome-flags=--headless=new --no-sandbox --disable-gpu --user-data-dir="+tmp)
	cmd.Env = append(os.Environ(), "CHROME_PATH="+browser)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return lighthouseResult{}, fmt.Errorf("lighthouse %s: %v\n%s", url, err, errb.String())
	}
	var rep struct {
		RuntimeError *struct{ Code, Message string } `json:"runtimeError"`
		Categories   struct {
			Performance struct {
				Score *float64 `json:"score"`
			} `json:"performance"`
		} `json:"categories"`
		Audits map[string]struct {
			NumericValue float64 `json:"numericValue"`
		} `json:"audits"`
	}
	if err := json.Unmarshal(out.Bytes(), &rep); err != nil {
		return lighthouseResult{}, fmt.Errorf("lighthouse's report: %v", err)
	}
	if rep.RuntimeError != nil && rep.RuntimeError.Code != "" {
		return lighthouseResult{}, fmt.Errorf("lighthouse: %s: %s", rep.RuntimeError.Code, rep.RuntimeError.Message)
	}
	if rep.Categories.Performance.Score == nil {
		return lighthouseResult{}, fmt.Errorf("lighthouse gave no performance score")
	}
	return lighthouseResult{
		Score: *rep.Categories.Performance.Score,
		LCP:   rep.Audits["largest-contentful-paint"].NumericValue / 1000,
		TBT:   rep.Audits["total-blocking-time"].NumericValue,
		Bytes: rep.Audits["total-byte-weight"].NumericValue / 1e6,
	}, nil
}

// lighthouseFigures runs Lighthouse on the app and on the reference page.
func lighthouseFigures(url string) ([]Figure, error) {
	app, err := lighthouse(url + "/")
	if err != nil {
		return nil, err
	}
	ref, err := lighthouse(url + refPath)
	if err != nil {
		return nil, err
	}
	return []Figure{
		{Name: "Lighthouse 12, mobile preset, performance score", Value: app.Score, Budget: 0.9, Higher: true, Ref: &ref.Score},
		{Name: "  Lighthouse: largest contentful paint", Value: app.LCP, Unit: "s", Ref: &ref.LCP},
		{Name: "  Lighthouse: total blocking time", Value: app.TBT, Unit: "ms", Ref: &ref.TBT},
		{Name: "  Lighthouse: total bytes", Value: app.Bytes, Unit: "MB", Ref: &ref.Bytes},
	}, nil
}
