package e2e

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"benchsim/app/ui"
	"benchsim/calc"
)

// row is one table row as the user sees it: column id → text.
type row map[string]string

// readTable returns the ranking table's rows, in the order shown.
func readTable(t *testing.T, ctx context.Context) []row {
	t.Helper()
	return eval[[]row](t, ctx, `Array.from(document.querySelectorAll('#ranking tbody tr')).map(tr =>
		Object.fromEntries(Array.from(tr.querySelectorAll('[data-col]')).map(c => [c.dataset.col, c.textContent.trim()])))`)
}

// expectTable computes, with calc and the UI's formatter, the rows of area a
// in rank order: what the default table must show.
func expectTable(t *testing.T, ds *calc.Dataset, sc calc.Scenario, a calc.Area, lang string) []row {
	t.Helper()
	res, err := calc.Apply(ds, sc)
	if err != nil {
		t.Fatalf("calc.Apply: %v", err)
	}
	var out []row
	for _, i := range res.Scenario.Order(a) {
		e := res.Scenario.Areas[a][i]
		r := row{
			"rank":      ui.FormatInt(e.Rank, lang),
			"name":      ds.Municipalities[i].Name,
			"actual":    ui.FormatNumber(e.Actual, 0, lang),
			"expected":  ui.FormatNumber(e.Expected, 0, lang),
			"persons":   ui.FormatSigned(e.DiffPersons, 0, lang),
			"pp":        ui.FormatSigned(e.DiffPP, 2, lang),
			"potential": ui.FormatSigned(e.Potential/1e6, 1, lang),
		}
		if res.Baseline.Included[a] {
			r["official"] = ui.FormatInt(res.Baseline.Areas[a][i].Rank, lang)
			change := res.Baseline.Areas[a][i].Rank - e.Rank
			r["change"] = ui.FormatSigned(float64(change), 0, lang)
			if change == 0 {
				r["change"] = "0"
			}
		}
		if e.PublishedRank > 0 {
			r["published"] = ui.FormatInt(e.PublishedRank, lang)
		}
		out = append(out, r)
	}
	return out
}

// sameTable reports the first difference between the shown and the
// expected rows, comparing every column the page shows.
func sameTable(got, want []row) error {
	if len(got) != len(want) {
		return fmt.Errorf("the table has %d rows, calc has %d", len(got), len(want))
	}
	for i := range got {
		if got[i]["name"] == "" || got[i]["rank"] == "" {
			return fmt.Errorf("row %d has no name or rank: %v", i+1, got[i])
		}
		for col, v := range got[i] {
			if col == "region" || col == "status" {
				continue
			}
			w, ok := want[i][col]
			if !ok {
				return fmt.Errorf("row %d (%s): column %q is not expected", i+1, got[i]["name"], col)
			}
			if v != w {
				return fmt.Errorf("row %d (%s), column %s: shown %q, calc %q", i+1, got[i]["name"], col, v, w)
			}
		}
	}
	return nil
}

// checkTable compares the shown table with calc's once the page has
// rendered the view its address says: the app writes the address in the
// click's handler and renders after the next paint, so a test that waited
// only for the address could read the previous view's table.
func checkTable(t *testing.T, ctx context.Context, ds *calc.Dataset, sc calc.Scenario, a calc.Area, lang string) []row {
	t.Helper()
	waitFor(t, ctx, "the page to render its address", `document.querySelector('#app').dataset.query === location.search.slice(1)`)
	got := readTable(t, ctx)
	if err := sameTable(got, expectTable(t, ds, sc, a, lang)); err != nil {
		t.Fatal(err)
	}
	return got
}

// query returns the page's current query string (without "?").
func query(t *testing.T, ctx context.Context) string {
	t.Helper()
	return strings.TrimPrefix(eval[string](t, ctx, `location.search`), "?")
}
