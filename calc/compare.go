package calc

import (
	"fmt"
	"strconv"
	"strings"
)

// MaxCompare is how many scenarios a comparison holds besides the official
// model.
const MaxCompare = 3

// Comparison is the official model and up to MaxCompare scenarios side by
// side in one area of one period. Each scenario is its own Apply run, so its
// ranks are exactly those of the scenario alone.
type Comparison struct {
	Area    Area
	Period  int       // index into Dataset.Periods
	Results []*Result // one per scenario, in the order given
	Rows    []CompareRow
	// Moved is, per scenario, how many municipalities move at least
	// Threshold places against the official model.
	Moved     []int
	Threshold int // ParamMoveThreshold
}

// CompareRow is one municipality in a comparison.
type CompareRow struct {
	Index    int   // into Dataset.Municipalities
	Official int   // rank in the official model
	Ranks    []int // per scenario
	Changes  []int // per scenario: places climbed against the official rank (positive = better)
}

// Compare applies each scenario to the dataset and lines the results up per
// municipality in area a. With period non-empty every scenario is run in that
// period; otherwise all scenarios must name the same period (or none).
func Compare(ds *Dataset, period string, a Area, scenarios ...Scenario) (*Comparison, error) {
	if len(scenarios) == 0 || len(scenarios) > MaxCompare {
		return nil, &ApplyError{Kind: ErrCompareCount, Got: len(scenarios), Want: MaxCompare}
	}
	c := &Comparison{Area: a, Threshold: int(Param(ParamMoveThreshold))}
	for k, s := range scenarios {
		if period != "" {
			s.Period = period
		}
		res, err := Apply(ds, s)
		if err != nil {
			return nil, err
		}
		if k > 0 && res.Period != c.Period {
			return nil, &ApplyError{Kind: ErrComparePeriods, Period: ds.Periods[res.Period].Code}
		}
		if !res.Scenario.Included[a] || !res.Baseline.Included[a] {
			return nil, &ApplyError{Kind: ErrAreaMissing, Area: a, Period: ds.Periods[res.Period].Code}
		}
		c.Period = res.Period
		c.Results = append(c.Results, res)
		c.Moved = append(c.Moved, res.Moved(a, c.Threshold))
	}
	c.Rows = c.rows(ds)
	return c, nil
}

func (c *Comparison) rows(ds *Dataset) []CompareRow {
	rows := make([]CompareRow, len(ds.Municipalities))
	base := c.Results[0].Baseline.Areas[c.Area]
	for i := range rows {
		r := CompareRow{Index: i, Official: base[i].Rank}
		for _, res := range c.Results {
			r.Ranks = append(r.Ranks, res.Scenario.Areas[c.Area][i].Rank)
			r.Changes = append(r.Changes, res.RankChange(c.Area, i))
		}
		rows[i] = r
	}
	return rows
}

// ComparedScenario is one scenario of a comparison as a link carries it: its
// name (as the user saved it; may be empty) and its settings.
type ComparedScenario struct {
	Name     string
	Scenario Scenario
}

// EncodeComparison writes a comparison's scenarios as keys of the app's URL
// query: cmp1…cmp3 hold each scenario's query (Encode, escaped) and
// cmpn1…cmpn3 the names that are not empty. The scenario's own keys stay
// free for the current scenario, so the app can add this to its query.
func EncodeComparison(cs []ComparedScenario) string {
	var b []string
	for k, c := range cs {
		n := strconv.Itoa(k + 1)
		b = append(b, "cmp"+n+"="+queryEscape(c.Scenario.Encode()))
		if c.Name != "" {
			b = append(b, "cmpn"+n+"="+queryEscape(c.Name))
		}
	}
	return strings.Join(b, "&")
}

// DecodeComparison reads the cmp keys of a split query (ParseQuery); other
// keys are ignored. It returns nil without cmp keys. A scenario that does
// not decode, a name without its scenario, or a gap (cmp1, cmp3) is an error.
func DecodeComparison(kv [][2]string) ([]ComparedScenario, error) {
	var qs, ns [MaxCompare]string
	var has [MaxCompare]bool
	for _, p := range kv {
		key, name := strings.CutPrefix(p[0], "cmpn")
		if !name {
			if key, _ = strings.CutPrefix(p[0], "cmp"); key == p[0] {
				continue
			}
		}
		k, err := strconv.Atoi(key)
		if err != nil || k < 1 || k > MaxCompare {
			return nil, &QueryError{Key: p[0], Value: p[1], Msg: fmt.Sprintf("a comparison has scenarios 1 to %d", MaxCompare)}
		}
		if name {
			ns[k-1] = p[1]
		} else {
			qs[k-1], has[k-1] = p[1], true
		}
	}
	var out []ComparedScenario
	for k := range qs {
		switch {
		case !has[k] && ns[k] != "":
			return nil, &QueryError{Key: "cmpn" + strconv.Itoa(k+1), Value: ns[k], Msg: "a name without its scenario"}
		case !has[k]:
			continue
		case len(out) != k:
			return nil, &QueryError{Key: "cmp" + strconv.Itoa(k+1), Value: qs[k], Msg: "the scenarios before it are missing"}
		}
		s, err := DecodeScenario(qs[k])
		if err != nil {
			return nil, &QueryError{Key: "cmp" + strconv.Itoa(k+1), Value: qs[k], Msg: err.Error()}
		}
		out = append(out, ComparedScenario{Name: ns[k], Scenario: s})
	}
	return out, nil
}
