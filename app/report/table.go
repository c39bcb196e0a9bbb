package report

import (
	"benchsim/app/text"
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
	Interval calc.Interval // plausible rank interval; zero when not shown or not yet computed
}

// View is what the reader chose to see of a result: the app's ranking table
// and the command line's rank both describe their table with it.
type View struct {
	Area          calc.Area
	Sort          string // a column ID, "-" in front for descending; "" is by rank
	Filter        string // part of a municipality's name ("aa" matches "å")
	Region        string // "" for every region
	Pinned        int    // kommunekode of a municipality kept through the filters; 0 for none
	ShowIntervals bool   // the plausible-rank column
	Intervals     []calc.Interval
	Lang          Lang
}

// Rows returns the table of the view: filtered by name and region (the
// pinned municipality always stays) and sorted, ties by rank.
func Rows(res *calc.Result, v *View) []Row {
	a := v.Area
	sc := res.Scenario.Areas[a]
	base := res.Baseline.Areas[a]
	filter := FoldName(v.Filter)
	rows := make([]Row, 0, len(sc))
	for i, m := range res.Dataset.Municipalities {
		pinned := v.Pinned != 0 && m.Code == v.Pinned
		if !pinned {
			if filter != "" && !strings.Contains(FoldName(m.Name), filter) {
				continue
			}
			if v.Region != "" && m.Region != v.Region {
				continue
			}
		}
		r := Row{Index: i, Muni: m, Entry: sc[i], Change: res.RankChange(a, i), Pinned: pinned}
		if v.ShowIntervals && v.Intervals != nil {
			r.Interval = v.Intervals[i]
		}
		if base != nil {
			r.Official = base[i]
		}
		if a == calc.Total {
			r.Status = res.Scenario.Status[i]
		}
		rows = append(rows, r)
	}
	key, desc := strings.CutPrefix(v.Sort, "-")
	compare := ColumnByID(ColRank).Compare
	if c := ColumnByID(key); c != nil && c.Compare != nil {
		compare = c.Compare
	}
	// Sorted by index: a Row is some 400 bytes, and a stable sort moves
	// and compares its elements by value (in wasm that was most of the
	// first render's table).
	order := make([]int32, len(rows))
	for i := range order {
		order[i] = int32(i)
	}
	slices.SortStableFunc(order, func(i, j int32) int {
		x, y := &rows[i], &rows[j]
		c := compare(x, y)
		if desc {
			c = -c
		}
		if c == 0 {
			c = x.Entry.Rank - y.Entry.Rank
		}
		return c
	})
	sorted := make([]Row, len(rows))
	for k, i := range order {
		sorted[k] = rows[i]
	}
	return sorted
}

// danishOrder puts æ, ø, å after z, in that order.
var danishOrder = strings.NewReplacer("æ", "{", "ø", "|", "å", "}")

// CollateKey orders names the Danish way: æ, ø, å after z.
func CollateKey(s string) string { return danishOrder.Replace(strings.ToLower(s)) }

// FoldName lowers a name for matching; "aa" matches "å" and the reverse.
func FoldName(s string) string {
	return strings.ReplaceAll(strings.ToLower(strings.TrimSpace(s)), "aa", "å")
}

// Summary is the one-line summary of how many municipalities moved.
func Summary(r *calc.Result, a calc.Area, lang Lang) string {
	thr := int(calc.Param(calc.ParamMoveThreshold))
	return text.Moved(r.Moved(a, thr), thr, lang)
}

// RankSimSeed is the seed of every rank-interval simulation, in the app and
// on the command line, so that the same view gives the same intervals.
const RankSimSeed uint64 = 1

// Intervals are the plausible rank intervals (95 %) of area a: calc's
// simulation with calc's draws, the scenario's φ (else calc's) and
// RankSimSeed — what the app's table shows with "Vis usikkerhed".
func Intervals(res *calc.Result, a calc.Area) []calc.Interval {
	return calc.RankIntervals(res, a, int(calc.Param(calc.ParamDraws)), SimPhi(res), RankSimSeed)
}

// SimPhi is the overdispersion of the rank simulation: the scenario's own,
// else calc's default (as the funnel's limits).
func SimPhi(res *calc.Result) float64 {
	if res.Settings.Phi > 0 {
		return res.Settings.Phi
	}
	return calc.Param(calc.ParamPhi)
}
