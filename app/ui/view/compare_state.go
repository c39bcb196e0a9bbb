package view

import (
	"fmt"
	"strings"

	"benchsim/app/report"
	"benchsim/calc"
)

// TabCompare is the comparison view's tab: the official model and up to
// three scenarios side by side.
const TabCompare = "compare"

// CompareItem is one scenario in the comparison.
type CompareItem struct {
	calc.ComparedScenario
	saved string // the saved scenario it came from; "" when from the URL or the current one
}

// CompareView is the comparison view's state: its scenarios (in the URL as
// cmp1…cmp3 and cmpn1…cmpn3) and its sort (csort).
type CompareView struct {
	Items []CompareItem
	Sort  string // a report.CompareColumns ID, "-" in front for descending; "" = official rank

	cache    *calc.Comparison
	cacheErr error
	CacheKey string
}

func (c *CompareView) reset() { *c = CompareView{} }

func (c *CompareView) scenarios() []calc.ComparedScenario {
	out := make([]calc.ComparedScenario, len(c.Items))
	for k, it := range c.Items {
		out[k] = it.ComparedScenario
	}
	return out
}

func (c *CompareView) query() string {
	if len(c.Items) == 0 {
		return ""
	}
	q := "&" + calc.EncodeComparison(c.scenarios())
	if c.Sort != "" {
		q += "&csort=" + EscapeValue(c.Sort)
	}
	return q
}

// apply sets the comparison from a parsed URL query.
func (c *CompareView) apply(kv [][2]string) error {
	c.reset()
	cs, err := calc.DecodeComparison(kv)
	if err != nil {
		return err
	}
	for _, x := range cs {
		c.Items = append(c.Items, CompareItem{ComparedScenario: x})
	}
	for _, p := range kv {
		if p[0] == "csort" {
			if !compareSortKey(p[1], len(c.Items)) {
				return fmt.Errorf("csort=%s: unknown column", p[1])
			}
			c.Sort = p[1]
		}
	}
	return nil
}

// compareSortKey reports whether key sorts a comparison of n scenarios.
func compareSortKey(key string, n int) bool {
	id := strings.TrimPrefix(key, "-")
	switch id {
	case "code", report.ColName, report.ColOfficial:
		return true
	}
	for k := 1; k <= n; k++ {
		if id == fmt.Sprintf("rank%d", k) || id == fmt.Sprintf("change%d", k) {
			return true
		}
	}
	return false
}

// CompareCanAdd reports whether another scenario fits in the comparison.
func (s *State) CompareCanAdd() bool { return len(s.Compare.Items) < calc.MaxCompare }

// CompareAddCurrent adds the current scenario to the comparison.
func (s *State) CompareAddCurrent() error {
	name := CmpMsg(s.Lang).CurrentScenario
	return s.compareAdd(CompareItem{ComparedScenario: calc.ComparedScenario{Name: name, Scenario: s.Scenario.Clone()}})
}

// CompareAddSaved adds a saved scenario to the comparison. It must have
// been made on the current dataset.
func (s *State) CompareAddSaved(id string) error {
	x, ok := s.SavedByID(id)
	if !ok {
		return fmt.Errorf("no saved scenario %q", id)
	}
	if x.Dataset != s.DatasetID {
		return fmt.Errorf("%s: %s", x.Name, CmpMsg(s.Lang).OtherDataset)
	}
	sc, err := x.scenario()
	if err != nil {
		return err
	}
	return s.compareAdd(CompareItem{ComparedScenario: calc.ComparedScenario{Name: x.Name, Scenario: sc}, saved: id})
}

func (s *State) compareAdd(it CompareItem) error {
	if !s.CompareCanAdd() {
		return fmt.Errorf(CmpMsg(s.Lang).FullFmt, calc.MaxCompare)
	}
	s.Compare.Items = append(s.Compare.Items, it)
	s.fixCompareSort()
	s.Rev++
	return nil
}

// CompareHasSaved reports whether a saved scenario is in the comparison.
func (s *State) CompareHasSaved(id string) bool {
	for _, it := range s.Compare.Items {
		if it.saved == id {
			return true
		}
	}
	return false
}

// CompareRemove takes the k-th scenario (0-based) out of the comparison.
func (s *State) CompareRemove(k int) {
	if k < 0 || k >= len(s.Compare.Items) {
		return
	}
	s.Compare.Items = append(s.Compare.Items[:k:k], s.Compare.Items[k+1:]...)
	s.fixCompareSort()
	s.Rev++
}

func (s *State) fixCompareSort() {
	if !compareSortKey(s.Compare.Sort, len(s.Compare.Items)) {
		s.Compare.Sort = ""
	}
}

// SetCompareSort sorts the comparison by a column; choosing the sorted
// column again reverses it. Changes start with the biggest climb.
func (s *State) SetCompareSort(col string) {
	if !compareSortKey(col, len(s.Compare.Items)) {
		return
	}
	switch s.Compare.Sort {
	case col:
		s.Compare.Sort = "-" + col
	case "-" + col:
		s.Compare.Sort = col
	default:
		s.Compare.Sort = col
		if strings.HasPrefix(col, "change") {
			s.Compare.Sort = "-" + col
		}
	}
	s.Rev++
}

// Comparison is calc's comparison of the official model and the compared
// scenarios on the current dataset and period (nil without scenarios). It
// is computed once per change.
func (s *State) Comparison() (*calc.Comparison, error) {
	c := &s.Compare
	if len(c.Items) == 0 {
		return nil, nil
	}
	key := fmt.Sprint(s.DatasetID, "|", s.Period().Code, "|", s.Area, "|", calc.EncodeComparison(c.scenarios()))
	if key == c.CacheKey && (c.cache != nil || c.cacheErr != nil) {
		return c.cache, c.cacheErr
	}
	scs := make([]calc.Scenario, len(c.Items))
	for k, it := range c.Items {
		scs[k] = it.Scenario
	}
	cmp, err := calc.Compare(s.ds, s.Scenario.Period, s.Area, scs...)
	if err != nil && s.Area != calc.Total {
		cmp, err = calc.Compare(s.ds, s.Scenario.Period, calc.Total, scs...)
	}
	c.cache, c.cacheErr, c.CacheKey = cmp, err, key
	return cmp, err
}

// CompareNames are the compared scenarios' names as given.
func (s *State) CompareNames() []string {
	out := make([]string, len(s.Compare.Items))
	for k, it := range s.Compare.Items {
		out[k] = it.Name
	}
	return out
}

// CompareCSV is the comparison as the CSV the view downloads (report.CompareCSV).
func (s *State) CompareCSV() []byte {
	c, err := s.Comparison()
	if err != nil || c == nil {
		return nil
	}
	return report.CompareCSV(c, s.CompareNames(), s.Compare.Sort, report.Lang(s.Lang))
}

// CompareFileName is the comparison CSV's file name.
func (s *State) CompareFileName() string {
	return fmt.Sprintf("%s-%s.csv", CmpMsg(s.Lang).FileName, s.Period().Code)
}
