package calc

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
