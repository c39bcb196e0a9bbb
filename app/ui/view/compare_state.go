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

// Compare is the comparison part of the view (State.Compare): its
// scenarios (in the URL as cmp1…cmp3 and cmpn1…cmpn3), its sort (csort)
// and calc's comparison of them, computed once per change. It reads the
// dataset, period, area and scenario from the State it belongs to.
type Compare struct {
	Items []CompareItem
	Sort  string // a report.CompareColumns ID, "-" in front for descending; "" = official rank

	cache    *calc.Comparison
	cacheErr error
	lacking  []int // the compared scenarios without the shown area (the comparison shows the total)
	baseLack bool  // the official model has no shown area either
	CacheKey string

	s *State // the state the comparison belongs to
}

func (c *Compare) reset() { *c = Compare{s: c.s} }

func (c *Compare) scenarios() []calc.ComparedScenario {
	out := make([]calc.ComparedScenario, len(c.Items))
	for k, it := range c.Items {
		out[k] = it.ComparedScenario
	}
	return out
}

func (c *Compare) query() string {
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
func (c *Compare) apply(kv [][2]string) error {
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

// CanAdd reports whether another scenario fits in the comparison.
func (c *Compare) CanAdd() bool { return len(c.Items) < calc.MaxCompare }

// AddCurrent adds the current scenario to the comparison.
func (c *Compare) AddCurrent() error {
	name := CmpMsg(c.s.Lang).CurrentScenario
	return c.add(CompareItem{ComparedScenario: calc.ComparedScenario{Name: name, Scenario: c.s.Scenario.Clone()}})
}

// AddSaved adds a saved scenario to the comparison. It must have been made
// on the current dataset.
func (c *Compare) AddSaved(id string) error {
	s := c.s
	x, ok := s.Saved.ByID(id)
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
	return c.add(CompareItem{ComparedScenario: calc.ComparedScenario{Name: x.Name, Scenario: sc}, saved: id})
}

func (c *Compare) add(it CompareItem) error {
	if !c.CanAdd() {
		return fmt.Errorf(CmpMsg(c.s.Lang).FullFmt, calc.MaxCompare)
	}
	c.Items = append(c.Items, it)
	c.fixSort()
	c.s.Rev++
	return nil
}

// HasSaved reports whether a saved scenario is in the comparison.
func (c *Compare) HasSaved(id string) bool {
	for _, it := range c.Items {
		if it.saved == id {
			return true
		}
	}
	return false
}

// SavedIDs are the saved scenarios in the comparison.
func (c *Compare) SavedIDs() []string {
	var out []string
	for _, it := range c.Items {
		if it.saved != "" {
			out = append(out, it.saved)
		}
	}
	return out
}

// renamed gives the compared scenarios saved as id their new name: a
// compared scenario keeps the name it was saved under.
func (c *Compare) renamed(id, name string) {
	for k := range c.Items {
		if c.Items[k].saved == id {
			c.Items[k].Name = name
		}
	}
}

// Remove takes the k-th scenario (0-based) out of the comparison.
func (c *Compare) Remove(k int) {
	if k < 0 || k >= len(c.Items) {
		return
	}
	c.Items = append(c.Items[:k:k], c.Items[k+1:]...)
	c.fixSort()
	c.s.Rev++
}

func (c *Compare) fixSort() {
	if !compareSortKey(c.Sort, len(c.Items)) {
		c.Sort = ""
	}
}

// SetSort sorts the comparison by a column; choosing the sorted column
// again reverses it. Changes start with the biggest climb.
func (c *Compare) SetSort(col string) {
	if !compareSortKey(col, len(c.Items)) {
		return
	}
	c.Sort = toggleSort(c.Sort, col, strings.HasPrefix(col, "change"))
	c.s.Rev++
}

// Comparison is calc's comparison of the official model and the compared
// scenarios on the current dataset and period (nil without scenarios). It
// is computed once per change. When a compared scenario lacks the shown
// area, it compares the total instead, and AreaNote says so.
func (c *Compare) Comparison() (*calc.Comparison, error) {
	s := c.s
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
	c.lacking, c.baseLack = nil, false
	cmp, err := calc.Compare(s.ds, s.Scenario.Period, s.Area, scs...)
	if err != nil && s.Area != calc.Total {
		cmp, err = calc.Compare(s.ds, s.Scenario.Period, calc.Total, scs...)
		if err == nil {
			c.lacking, c.baseLack = lackingArea(cmp, s.Area)
		}
	}
	c.cache, c.cacheErr, c.CacheKey = cmp, err, key
	return cmp, err
}

// AreaNote names, in the state's language, the compared scenarios that
// lack the shown area, for which the comparison shows the total instead;
// "" when it shows the shown area.
func (c *Compare) AreaNote() string {
	if cmp, err := c.Comparison(); err != nil || cmp == nil || (len(c.lacking) == 0 && !c.baseLack) {
		return ""
	}
	l := c.s.Lang
	var names []string
	for _, k := range c.lacking {
		name := c.Items[k].Name
		if strings.TrimSpace(name) == "" {
			name = report.ScenarioName(k, report.Lang(l))
		}
		names = append(names, name)
	}
	return CmpMsg(l).AreaFallback(names, c.baseLack, c.s.Area)
}

// lackingArea lists the scenarios of cmp (compared on the total) whose
// result lacks area a, and says whether the official model lacks it.
func lackingArea(cmp *calc.Comparison, a calc.Area) (ks []int, base bool) {
	for k, res := range cmp.Results {
		if !res.Scenario.Included[a] {
			ks = append(ks, k)
		}
		base = base || !res.Baseline.Included[a]
	}
	return ks, base
}

// Names are the compared scenarios' names as given.
func (c *Compare) Names() []string {
	out := make([]string, len(c.Items))
	for k, it := range c.Items {
		out[k] = it.Name
	}
	return out
}

// CSV is the comparison as the CSV the view downloads (report.CompareCSV).
func (c *Compare) CSV() []byte {
	cmp, err := c.Comparison()
	if err != nil || cmp == nil {
		return nil
	}
	return report.CompareCSV(cmp, c.Names(), c.Sort, report.Lang(c.s.Lang))
}

// FileName is the comparison CSV's file name.
func (c *Compare) FileName() string {
	return fmt.Sprintf("%s-%s.csv", CmpMsg(c.s.Lang).FileName, c.s.Period().Code)
}
