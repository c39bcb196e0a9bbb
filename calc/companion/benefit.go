package companion

import (
	"math"
	"math/bits"
	"strconv"
	"strings"

	"benchsim/calc"
)

// brow is one Jobindsats row after parsing.
type brow struct {
	line int
	dims []string // breakdown values (Køn, Herkomst, Alder …), normalised
	mask uint     // bit j set: dims[j] is a total ("I alt")
	v    float64  // full-time persons; NaN when missing
}

type bkey struct {
	area calc.Area
	muni int
	p    period
}

// readBenefit reads a Jobindsats PTV_A02, Y10A02 or Y08A02 file.
func readBenefit(f *File, t *table, c columns, opt Options) ([]Warning, error) {
	fixed, err := benefitOf(f, t, c, opt)
	if err != nil {
		return nil, err
	}
	dims := breakdownColumns(t, c)
	if len(dims) > 60 { // the "I alt" pattern of a row is a bit mask
		return nil, &Error{Kind: ErrTooWide, Line: t.headerLine, Value: "60"}
	}
	groups := map[bkey][]brow{}
	var order []bkey
	var ws warnings
	for _, r := range t.rows {
		a, ok := rowArea(t, r, c, fixed, &ws)
		if !ok {
			continue
		}
		k, b, skip, err := benefitRow(t, r, c, dims, opt, &ws)
		if err != nil {
			return ws.list, err
		}
		if skip {
			continue
		}
		k.area = a
		if groups[k] == nil {
			order = append(order, k)
		}
		if err := addBreakdown(groups, k, b, t.header[c.fullTime], &ws); err != nil {
			return ws.list, err
		}
	}
	for _, k := range order {
		v, err := reduce(groups[k], t.header[c.fullTime])
		if e, ok := err.(*Error); ok {
			e.Municipality, e.Period = muniName(k.muni), k.p.String()
			return ws.list, e
		}
		f.add(k.area.ID(), k.muni, k.p, v)
	}
	for _, a := range []calc.Area{calc.FP, calc.Flex} {
		if f.series[a.ID()] != nil {
			f.Areas = append(f.Areas, a)
		}
	}
	if len(f.Areas) == 0 {
		return ws.list, &Error{Kind: ErrNoMunicipalities, Line: t.headerLine}
	}
	return ws.list, nil
}

// benefitOf decides the table and, for a file without Ydelsesgrupper, the
// benefit it holds (0 when the rows say).
func benefitOf(f *File, t *table, c columns, opt Options) (calc.Area, error) {
	if c.group >= 0 {
		f.Table = "PTV_A02"
		return 0, nil
	}
	a := opt.Benefit
	if a == 0 {
		switch n := strings.ToUpper(f.Name); {
		case strings.Contains(n, "Y10A02"):
			a = calc.FP
		case strings.Contains(n, "Y08A02"):
			a = calc.Flex
		}
	}
	switch a {
	case calc.FP:
		f.Table = "Y10A02"
	case calc.Flex:
		f.Table = "Y08A02"
	default:
		return 0, &Error{Kind: ErrNeedBenefitKind, Line: t.headerLine}
	}
	return a, nil
}

// rowArea is the benefit of a row: the file's, or its Ydelsesgrupper's;
// other groups are skipped (with a warning unless they are the total).
func rowArea(t *table, r trow, c columns, fixed calc.Area, ws *warnings) (calc.Area, bool) {
	if c.group < 0 {
		return fixed, true
	}
	g := t.text(r, c.group)
	a, ok := groupOf(t.norm(g))
	if !ok && !t.isTotal(g) {
		ws.add(Warning{Kind: WarnGroupSkipped, Line: r.line, Column: t.header[c.group], Value: g})
	}
	return a, ok
}

// groupOf is the benefit a normalised Ydelsesgrupper text names.
func groupOf(n string) (calc.Area, bool) {
	switch n {
	case "førtidspension", "foertidspension", "disability pension":
		return calc.FP, true
	case "fleksjob", "flexjob", "flex jobs":
		return calc.Flex, true
	}
	return 0, false
}

// breakdownColumns are the columns that split a figure into parts (Køn,
// Herkomst, Alder …): every other column with a name whose values are not
// all numbers (a pandas index column is numbers).
func breakdownColumns(t *table, c columns) []int {
	var out []int
	for _, col := range c.other {
		h := norm(t.header[col])
		if h == "" || strings.HasPrefix(h, "unnamed") || h == "index" {
			continue
		}
		numeric := true
		for _, r := range t.rows {
			if _, _, ok := t.number(r, col); !ok {
				numeric = false
				break
			}
		}
		if !numeric {
			out = append(out, col)
		}
	}
	return out
}

// benefitRow parses a row's municipality, period, breakdown and value.
func benefitRow(t *table, r trow, c columns, dims []int, opt Options, ws *warnings) (bkey, brow, bool, error) {
	muni, agg, err := areaOf(t, r, c.area)
	if err != nil || agg {
		if agg {
			ws.add(Warning{Kind: WarnAggregateSkipped, Line: r.line, Column: t.header[c.area], Value: t.text(r, c.area)})
		}
		return bkey{}, brow{}, true, err
	}
	p, err := periodOf(t, r, c.period, opt)
	if err != nil {
		return bkey{}, brow{}, true, err
	}
	v, err := value(t, r, c.fullTime, ws)
	if err != nil {
		return bkey{}, brow{}, true, err
	}
	b := brow{line: r.line, v: v}
	for j, col := range dims {
		d := t.text(r, col)
		b.dims = append(b.dims, t.norm(d))
		if t.isTotal(d) {
			b.mask |= 1 << j
		}
	}
	return bkey{muni: muni, p: p}, b, false, nil
}

// value reads a non-negative figure; ".." and "-" are missing (NaN).
func value(t *table, r trow, col int, ws *warnings) (float64, error) {
	v, missing, ok := t.number(r, col)
	switch {
	case !ok:
		return 0, &Error{Kind: ErrNotNumber, Line: r.line, Column: t.header[col], Value: clip(t.text(r, col))}
	case missing:
		ws.add(Warning{Kind: WarnMissingValue, Line: r.line, Column: t.header[col], Value: t.text(r, col)})
	case v < 0:
		return 0, &Error{Kind: ErrNegative, Line: r.line, Column: t.header[col], Value: t.text(r, col)}
	}
	return v, nil
}

// addBreakdown adds a row to its group; the same breakdown twice is a
// warning when the values agree and an error when they do not.
func addBreakdown(groups map[bkey][]brow, k bkey, b brow, col string, ws *warnings) error {
	for _, o := range groups[k] {
		if strings.Join(o.dims, "\x00") != strings.Join(b.dims, "\x00") {
			continue
		}
		if o.v == b.v || math.IsNaN(o.v) && math.IsNaN(b.v) {
			ws.add(Warning{Kind: WarnDuplicateRow, Line: b.line})
			return nil
		}
		return &Error{Kind: ErrDuplicate, Line: b.line, Column: col, Period: k.p.String(), Municipality: muniName(k.muni),
			Value: num(b.v), Want: o.v, Got: b.v}
	}
	groups[k] = append(groups[k], b)
	return nil
}

// reduce turns a group's rows into one figure. Rows are summed per pattern
// of totals (which breakdowns are "I alt"); the pattern with the most
// totals gives the figure and every other complete pattern must agree with
// it, within rounding.
func reduce(rows []brow, col string) (float64, error) {
	sums := map[uint]float64{}
	counts := map[uint]int{}
	first := map[uint]int{}
	best := uint(0)
	bestSet := false
	for _, r := range rows {
		if _, ok := sums[r.mask]; !ok {
			first[r.mask] = r.line
		}
		sums[r.mask] += r.v
		counts[r.mask]++
		if !bestSet || bits.OnesCount(r.mask) > bits.OnesCount(best) {
			best, bestSet = r.mask, true
		}
	}
	total := sums[best]
	for m, s := range sums {
		if m == best || math.IsNaN(s) || math.IsNaN(total) {
			continue
		}
		if math.Abs(s-total) > 0.5*float64(counts[m])+0.005*math.Abs(total) {
			return 0, &Error{Kind: ErrTotalMismatch, Line: first[best], Column: col, Want: s, Got: total}
		}
	}
	return total, nil
}

// warnings gathers warnings, one per kind and value, counting repeats.
type warnings struct {
	list []Warning
	at   map[[3]string]int
}

func (ws *warnings) add(w Warning) {
	key := [3]string{string(rune(w.Kind)), w.Value, w.Column}
	if ws.at == nil {
		ws.at = map[[3]string]int{}
	}
	if i, ok := ws.at[key]; ok {
		ws.list[i].Count++
		return
	}
	w.Count = 1
	ws.at[key] = len(ws.list)
	ws.list = append(ws.list, w)
}

func num(v float64) string {
	if math.IsNaN(v) {
		return ".."
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
