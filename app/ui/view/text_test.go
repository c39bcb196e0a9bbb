package view

import (
	"testing"

	"benchsim/app/text"
)

// The catalogue keys its maps by the app's ids as plain strings: every tab,
// map measure and figure of the app has its words, and the tour has as many
// steps in words as in the app.
func TestCatalogueKeys(t *testing.T) {
	for _, l := range []string{LangDA, LangEN} {
		for _, tab := range Tabs {
			if Msg(l).TabName(tab) == "" {
				t.Errorf("%s: tab %s has no name", l, tab)
			}
		}
		ct := ChartMsg(l)
		for _, m := range []string{measurePP, measureRank, measureChange} {
			if ct.Measures[m] == "" {
				t.Errorf("%s: measure %s has no name", l, m)
			}
		}
		for _, f := range []string{FigMap, FigFunnel, FigIntervals, FigMoves, FigHistory, FigWhy, FigVessels} {
			if ct.FileNames[f] == "" {
				t.Errorf("%s: figure %s has no file name", l, f)
			}
		}
	}
	if text.TourSteps != TourSteps {
		t.Errorf("the catalogue has %d tour steps, the app %d", text.TourSteps, TourSteps)
	}
}
