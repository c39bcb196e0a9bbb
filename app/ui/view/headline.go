package view

import (
	"benchsim/app/report"
	"benchsim/calc"
)

// HeadlineRow is one row behind a headline figure: a municipality and what
// the figure counts for it, worded.
type HeadlineRow struct {
	Code int
	Name string
	What string // e.g. "+7 (plads 12 → 5)" or "risiko → inspiration"
}

// HeadlineRows are the rows behind a headline figure of res ("moved" or
// "supervision"; calc.Result.Movers and StatusChanges) in the view's area.
func (s *State) HeadlineRows(res *calc.Result, key string) []HeadlineRow {
	ds := res.Dataset
	l := report.Lang(s.Lang)
	t := s.T()
	var out []HeadlineRow
	switch key {
	case "moved":
		a := s.Area
		for _, i := range res.Movers(a, int(calc.Param(calc.ParamMoveThreshold))) {
			m := ds.Municipalities[i]
			out = append(out, HeadlineRow{m.Code, m.Name, report.Signed(float64(res.RankChange(a, i)), 0, l) + " (" +
				CmpMsg(s.Lang).Place + " " + report.Number(float64(res.Baseline.Areas[a][i].Rank), 0, l) + " → " +
				report.Number(float64(res.Scenario.Areas[a][i].Rank), 0, l) + ")"})
		}
	case "supervision":
		for _, i := range res.StatusChanges() {
			m := ds.Municipalities[i]
			out = append(out, HeadlineRow{m.Code, m.Name, t.StatusShort(res.Baseline.Status[i]) + " → " + t.StatusShort(res.Scenario.Status[i])})
		}
	}
	return out
}

// ToggleHeadline shows (or hides) the rows behind a headline figure; id
// says which headline (the scenario page's, or a compared scenario's).
func (s *State) ToggleHeadline(id string) {
	if s.HeadlineOpen == id {
		s.HeadlineOpen = ""
	} else {
		s.HeadlineOpen = id
	}
	s.Rev++
}

// Join joins two query parts with "&".
func Join(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "&" + b
}
