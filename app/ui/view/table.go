package view

import (
	"slices"
	"strconv"
	"strings"

	"benchsim/app/report"
	"benchsim/calc"
)

// Row is one line of the ranking table (report's, which the command line
// prints too).
type Row = report.Row

// TableView is the ranking table's view as report describes it.
func (s *State) TableView() *report.View {
	v := &report.View{Area: s.Area, Sort: s.Sort, Filter: s.Filter, Region: s.Region, Pinned: s.Muni,
		ShowIntervals: s.showIntervals(), Lang: report.Lang(s.Lang)}
	if v.ShowIntervals {
		v.Intervals = s.RankIntervals()
	}
	return v
}

// Columns returns the IDs of the table's columns for the current view, in order.
func (s *State) Columns() []string {
	var ids []string
	for _, c := range report.Columns(s.res, s.TableView()) {
		ids = append(ids, c.ID)
	}
	return ids
}

// Summary returns how many municipalities move at least the notable number
// of places (calc.ParamMoveThreshold) in the shown area, and that number.
func (s *State) Summary() (moved, places int) {
	places = int(calc.Param(calc.ParamMoveThreshold))
	return s.res.Moved(s.Area, places), places
}

// Regions lists the regions of the dataset's municipalities, sorted.
func (s *State) Regions() []string {
	var out []string
	for _, m := range s.ds.Municipalities {
		if m.Region != "" && !slices.Contains(out, m.Region) {
			out = append(out, m.Region)
		}
	}
	slices.Sort(out)
	return out
}

// Rows returns the table as shown: filtered by name and region (the pinned
// municipality always stays) and sorted.
func (s *State) Rows() []Row { return report.Rows(s.res, s.TableView()) }

// CSVTable returns the ranking table as shown (columns, filter, sort) as
// CSV: the "CSV: tabellen som vist" button's file, byte for byte the command
// line's rank --format csv for the same view.
func (s *State) CSVTable() []byte { return report.TableCSV(s.res, s.TableView()) }

// CSVFull returns the full result as CSV ("CSV: hele resultatet"; rank
// --format csv --full).
func (s *State) CSVFull() []byte { return report.FullCSV(s.res, report.Lang(s.Lang)) }

// CSVFileName returns a file name for an export ("rangliste-2022QMAT04.csv").
func (s *State) CSVFileName(full bool) string {
	t := s.T()
	base := t.FileTable
	if full {
		base = t.FileFull
	}
	return base + "-" + s.period().Code + ".csv"
}

// PeriodRank is a municipality's total rank in one period.
type PeriodRank struct {
	Code, Label string
	Official    int // 0 when the period could not be computed
	Scenario    int
	DiffPP      float64 // scenario total pp difference
	Current     bool
}

// History returns a municipality's total rank in every period of the
// dataset, official and under the current scenario's levers (calc's
// history, shared with the rank-history chart), and whether it is up to
// date. In the browser the drawing worker computes it (the municipality
// page's charts ask for it): until it has answered, History returns the
// last answer for this municipality, marked not fresh, or nil.
func (s *State) History(code int) ([]PeriodRank, bool) {
	if s.ds.MunicipalityIndex(code) < 0 {
		return nil, true
	}
	f, fresh := s.computed("m-"+FigRanks, FigRanks, code)
	if !fresh && (len(f.Ranks) != len(s.ds.Periods) || f.Data["code"] != strconv.Itoa(code)) {
		return nil, false
	}
	out := make([]PeriodRank, 0, len(s.ds.Periods))
	for t := range s.ds.Periods {
		p := &s.ds.Periods[t]
		pr := PeriodRank{Code: p.Code, Label: s.T().PeriodName(p), Current: t == s.res.Period}
		if t < len(f.Ranks) && f.Ranks[t].OK {
			pr.Official, pr.Scenario, pr.DiffPP = f.Ranks[t].Official, f.Ranks[t].Scenario, f.Ranks[t].DiffPP
		}
		out = append(out, pr)
	}
	return out, fresh
}

// MunicipalitiesByName returns the indices of the dataset's municipalities
// in Danish alphabetical order (computed once per dataset).
func (s *State) MunicipalitiesByName() []int {
	if s.byName == nil || s.byNameDS != s.ds {
		idx := make([]int, len(s.ds.Municipalities))
		for i := range idx {
			idx[i] = i
		}
		SortByName(s.ds.Municipalities, idx)
		s.byName, s.byNameDS = idx, s.ds
	}
	return s.byName
}

// SortByName sorts municipality indices by name, the Danish way.
func SortByName(ms []calc.Municipality, idx []int) {
	slices.SortStableFunc(idx, func(a, b int) int {
		return strings.Compare(report.CollateKey(ms[a].Name), report.CollateKey(ms[b].Name))
	})
}
