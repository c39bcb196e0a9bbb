package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// axeFile is axe-core, installed by `make axe` (the test-e2e target depends
// on it) into a git-ignored folder: the file is not committed.
const axeFile = "tests/e2e/.npm/node_modules/axe-core/axe.min.js"

// axeTags are the rules run: WCAG 2.1 levels A and AA.
const axeTags = `['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']`

// axeSource reads axe-core. A missing file fails the test (in CI and on a
// developer's machine alike) with the command that installs it.
func axeSource(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, axeFile))
	if err != nil {
		t.Fatalf("axe-core is missing (%v): run `make axe` (npm install --prefix tests/e2e/.npm -E axe-core@4.10.2)", err)
	}
	return string(b)
}

// axeViolation is one rule axe found broken, with the elements breaking it.
type axeViolation struct {
	ID    string   `json:"id"`
	Help  string   `json:"help"`
	Nodes []string `json:"nodes"`
}

// runAxe injects axe-core through the DevTools protocol (the app's CSP
// forbids inline scripts, Runtime.evaluate is not one) and runs the WCAG
// 2.1 A and AA rules on the whole page.
func runAxe(t *testing.T, ctx context.Context, src string) []axeViolation {
	t.Helper()
	eval[bool](t, ctx, src+"\n;true")
	js := `axe.run(document, {runOnly: {type: 'tag', values: ` + axeTags + `}, resultTypes: ['violations']})
		.then(r => JSON.stringify(r.violations.map(v => ({id: v.id, help: v.help,
			nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary.replace(/\s+/g, ' ').slice(0, 300))}))))`
	s := evalAwait[string](t, ctx, js)
	var vs []axeViolation
	if err := json.Unmarshal([]byte(s), &vs); err != nil {
		t.Fatalf("reading axe's answer %q: %v", s, err)
	}
	return vs
}

// axeViews are every view of the app, presenter mode included.
var axeViews = []struct{ name, query string }{
	{"ranking", "?v=1"},
	{"scenario", "?v=1&cl=336:100:50&tab=scenario&m=336"},
	{"scenario-reform", "?v=1&w=cost&cl=all:50,r1084:40&tab=scenario"},
	{"scenario-weights", "?v=1&w=custom&tab=scenario"},
	{"compare", "?v=1&tab=compare&cmp1=v%3D1%26scope%3Dkl&cmpn1=KL&cmp2=v%3D1%26w%3Dcost&csort=-change1"},
	{"charts", "?v=1&tab=charts&m=336"},
	{"municipality", "?v=1&tab=municipality&m=336"},
	{"data", "?v=1&tab=data"},
	{"method", "?v=1&tab=method"},
	{"tour", "?v=1&tab=tour"},
	{"presenter", "?v=1&tab=tour&present=1"},
}

// TestAxe runs axe-core's WCAG 2.1 A and AA rules on every view, in Danish
// and English, at a laptop's and a phone's width, and wants no violation.
func TestAxe(t *testing.T) {
	src := axeSource(t)
	for _, s := range screenSizes {
		for _, lang := range []string{"da", "en"} {
			// One tab, and so one time budget, per width and language: 11
			// views each, so a slow machine does not run out of time.
			t.Run(s.name+"/"+lang, func(t *testing.T) {
				ctx := newTab(t)
				emulate(t, ctx, s)
				for _, v := range axeViews {
					q := v.query
					if lang == "en" {
						q += "&lang=en"
					}
					open(t, ctx, shared.URL+"/"+q)
					waitFor(t, ctx, "the page's language", fmt.Sprintf(`document.documentElement.lang === %q`, lang))
					if v.name == "charts" {
						waitCharts(t, ctx, 6) // vessels needs a transfer
					}
					for _, vi := range runAxe(t, ctx, src) {
						t.Errorf("%s %s %s: %s (%s):\n  %s", v.name, lang, s.name, vi.ID, vi.Help, strings.Join(vi.Nodes, "\n  "))
					}
				}
			})
		}
	}
}
