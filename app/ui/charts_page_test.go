package ui

import (
	"strings"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
)

// TestPrerenderCharts: the server's first HTML of the charts tab already
// holds the map and the six charts, each with its text alternative and
// download buttons.
func TestPrerenderCharts(t *testing.T) {
	st := serverState(t)
	if err := st.ApplyQuery("v=1&tab=charts&m=336&re=1"); err != nil {
		t.Fatal(err)
	}
	html := app.HTMLString(&Root{st: st})
	for _, id := range view.ChartFigures {
		for _, want := range []string{`id="fig-` + id + `-figure"`, `id="fig-` + id + `-summary"`, `id="dl-` + id + `-svg"`, `id="dl-` + id + `-png"`} {
			if !strings.Contains(html, want) {
				t.Errorf("%s: no %s in the page", id, want)
			}
		}
	}
	if c := strings.Count(html, `class="bm-tile"`); c != 98 {
		t.Errorf("%d map tiles, want 98", c)
	}
	if !strings.Contains(html, `id="tab-charts"`) {
		t.Error("no charts tab in the navigation")
	}
}
