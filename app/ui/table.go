package ui

import (
	"cmp"
	"slices"
	"strings"

	"benchsim/calc"
)

// Row is one line of the ranking table: a municipality's entry in the shown
// area, in the scenario and in the official model.
type Row struct {
	Index    int // into Dataset.Municipalities
	Muni     calc.Municipality
	Entry    calc.Entry // scenario
	Official calc.Entry // official model (baseline)
	Change   int        // places climbed from the official rank (positive = better)
	Status   calc.Status
	Pinned   bool
	Interval calc.Interval // plausible rank interval (charts.go); zero when not shown or not yet computed
}

// Columns returns the table's columns for the current view, in order.
func (s *State) Columns() []string {
	cols := []string{ColRank, ColName}
	if s.showIntervals() {
		cols = append(cols, ColInterval)
	}
	if !s.Scenario.IsOfficial() {
		cols = append(cols, ColChange, ColOfficial)
	}
	cols = append(cols, ColRegion, ColActual, ColExpected, ColPersons, ColPP)
	if s.Area == calc.Total && s.Scenario.Weighting == calc.WeightRankMean {
		cols = append(cols, ColScore)
	}
	cols = append(cols, ColPotential)
	if s.hasPublished() {
		cols = append(cols, ColPublished)
	}
	if s.Area == calc.Total {
		cols = append(cols, ColStatus)
	}
	return cols
}

func (s *State) hasPublished() bool {
	for _, e := range s.res.Scenario.Areas[s.Area] {
		if e.PublishedRank > 0 {
			return true
		}
	}
	return false
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
func (s *State) Rows() []Row {
	res := s.res
	a := s.Area
	sc := res.Scenario.Areas[a]
	base := res.Baseline.Areas[a]
	filter := foldName(s.Filter)
	iv := s.tableIntervals()
	rows := make([]Row, 0, len(sc))
	for i, m := range s.ds.Municipalities {
		pinned := s.Muni != 0 && m.Code == s.Muni
		if !pinned {
			if filter != "" && !strings.Contains(foldName(m.Name), filter) {
				continue
			}
			if s.Region != "" && m.Region != s.Region {
				continue
			}
		}
		r := Row{Index: i, Muni: m, Entry: sc[i], Change: res.RankChange(a, i), Pinned: pinned}
		if iv != nil {
			r.Interval = iv[i]
		}
		if base != nil {
			r.Official = base[i]
		}
		if a == calc.Total {
			r.Status = res.Scenario.Status[i]
		}
		rows = append(rows, r)
	}
	key, desc := strings.CutPrefix(s.Sort, "-")
	slices.SortStableFunc(rows, func(x, y Row) int {
		c := compareRows(key, &x, &y)
		if desc {
			c = -c
		}
		if c == 0 {
			c = x.Entry.Rank - y.Entry.Rank
		}
		return c
	})
	return rows
}

func compareRows(key string, x, y *Row) int {
	switch key {
	case ColChange:
		return cmp.Compare(x.Change, y.Change)
	case ColName:
		return strings.Compare(collateKey(x.Muni.Name), collateKey(y.Muni.Name))
	case ColRegion:
		return strings.Compare(x.Muni.Region, y.Muni.Region)
	case ColActual:
		return cmp.Compare(x.Entry.Actual, y.Entry.Actual)
	case ColExpected:
		return cmp.Compare(x.Entry.Expected, y.Entry.Expected)
	case ColPersons:
		return cmp.Compare(x.Entry.DiffPersons, y.Entry.DiffPersons)
	case ColPP:
		return cmp.Compare(x.Entry.DiffPP, y.Entry.DiffPP)
	case ColScore:
		return cmp.Compare(x.Entry.Score, y.Entry.Score)
	case ColPotential:
		return cmp.Compare(x.Entry.Potential, y.Entry.Potential)
	case ColOfficial:
		return cmp.Compare(x.Official.Rank, y.Official.Rank)
	case ColPublished:
		return cmp.Compare(x.Entry.PublishedRank, y.Entry.PublishedRank)
	}
	return cmp.Compare(x.Entry.Rank, y.Entry.Rank)
}

// danishOrder puts æ, ø, å after z, in that order.
var danishOrder = strings.NewReplacer("æ", "{", "ø", "|", "å", "}")

// collateKey orders names the Danish way: æ, ø, å after z.
func collateKey(s string) string { return danishOrder.Replace(strings.ToLower(s)) }

// foldName lowers a name for matching; "aa" matches "å" and the reverse.
func foldName(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "aa", "å")
}

// Cell returns the text of one column of a row, formatted in lang. The
// table and the end-to-end tests read cells through it; the CSV export
// reads the same cells in their file form (csvCell).
func Cell(col string, r *Row, lang string) string { return cell(col, r, lang, false) }

// cell formats a column for display (grouped and signed numbers, short
// region names, "–" for nothing) or, with file, for a spreadsheet (plain
// numbers, full names, empty for nothing).
func cell(col string, r *Row, lang string, file bool) string {
	t := Msg(lang)
	e := &r.Entry
	num := func(v float64, decimals int, signed bool) string {
		switch {
		case file:
			return FormatPlain(v, decimals, lang)
		case signed:
			return FormatSigned(v, decimals, lang)
		}
		return FormatNumber(v, decimals, lang)
	}
	switch col {
	case ColRank:
		return num(float64(e.Rank), 0, false)
	case ColChange:
		return num(float64(r.Change), 0, true)
	case ColOfficial:
		return num(float64(r.Official.Rank), 0, false)
	case ColName:
		return r.Muni.Name
	case ColRegion:
		if file {
			return r.Muni.Region
		}
		return strings.TrimPrefix(r.Muni.Region, "Region ")
	case ColActual:
		return num(e.Actual, 0, false)
	case ColExpected:
		return num(e.Expected, 0, false)
	case ColPersons:
		return num(e.DiffPersons, 0, true)
	case ColPP:
		return num(e.DiffPP, 2, true)
	case ColScore:
		return num(e.Score, 1, false)
	case ColPotential:
		return num(e.Potential/1e6, 1, true)
	case ColPublished:
		switch {
		case e.PublishedRank > 0:
			return num(float64(e.PublishedRank), 0, false)
		case file:
			return ""
		}
		return "–"
	case ColStatus:
		return t.StatusShort(r.Status)
	case ColInterval:
		return intervalCell(r, lang)
	}
	return ""
}

// Similar returns up to n municipalities closest to code by expected total
// share (the model's summary of the framework conditions), nearest first.
func (s *State) Similar(code, n int) []int {
	i := s.ds.MunicipalityIndex(code)
	if i < 0 {
		return nil
	}
	tot := s.res.Baseline.Areas[calc.Total]
	x := tot[i].ExpectedShare
	idx := make([]int, 0, len(tot))
	for j := range tot {
		if j != i {
			idx = append(idx, j)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		da, db := tot[a].ExpectedShare-x, tot[b].ExpectedShare-x
		return cmp.Compare(da*da, db*db)
	})
	if len(idx) > n {
		idx = idx[:n]
	}
	return idx
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
// dataset, official and under the current scenario's levers.
func (s *State) History(code int) []PeriodRank {
	k := s.Scenario.Clone()
	k.Period = ""
	key := s.DatasetID + "|" + s.Lang + "|" + k.Encode()
	if s.hist == nil {
		s.hist = map[string][]PeriodRank{}
	}
	i := s.ds.MunicipalityIndex(code)
	if i < 0 {
		return nil
	}
	all, ok := s.hist[key]
	if !ok {
		all = make([]PeriodRank, 0, len(s.ds.Periods)*len(s.ds.Municipalities))
		for _, p := range s.ds.Periods {
			sc := s.Scenario.Clone()
			sc.Period = p.Code
			res, err := calc.Apply(s.ds, sc)
			for j := range s.ds.Municipalities {
				pr := PeriodRank{Code: p.Code, Label: s.T().PeriodName(&p), Current: p.Code == s.period().Code}
				if err == nil {
					pr.Official = res.Baseline.Areas[calc.Total][j].Rank
					pr.Scenario = res.Scenario.Areas[calc.Total][j].Rank
					pr.DiffPP = res.Scenario.Areas[calc.Total][j].DiffPP
				}
				all = append(all, pr)
			}
		}
		s.hist[key] = all
	}
	n := len(s.ds.Municipalities)
	out := make([]PeriodRank, 0, len(s.ds.Periods))
	for p := range s.ds.Periods {
		out = append(out, all[p*n+i])
	}
	return out
}

// MunicipalitiesByName returns the indices of the dataset's municipalities
// in Danish alphabetical order (computed once per dataset).
func (s *State) MunicipalitiesByName() []int {
	if s.byName == nil || s.byNameDS != s.ds {
		idx := make([]int, len(s.ds.Municipalities))
		for i := range idx {
			idx[i] = i
		}
		sortByName(s.ds.Municipalities, idx)
		s.byName, s.byNameDS = idx, s.ds
	}
	return s.byName
}

// sortByName sorts municipality indices by name, the Danish way.
func sortByName(ms []calc.Municipality, idx []int) {
	slices.SortStableFunc(idx, func(a, b int) int {
		return strings.Compare(collateKey(ms[a].Name), collateKey(ms[b].Name))
	})
}
