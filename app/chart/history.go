package chart

import (
	"fmt"
	"math"
	"strings"
	"unicode/utf8"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"

	"benchsim/calc"
)

// Series is one municipality's ranks across periods.
type Series struct {
	Name  string
	Ranks []int // one per period, oldest first; 0 = missing
}

// History is the input of RankHistory.
type History struct {
	Series  []Series
	Periods []string // short labels, one per period, oldest first
	// Breaks are period indices k where the official scope changed between
	// period k−1 and k: the lists on either side are not comparable.
	Breaks []int
	N      int // municipalities ranked (the y axis); 0 = the highest rank seen
}

// HistoryMarks is what RankHistory drew.
type HistoryMarks struct {
	Points   [][]XY // per series, the drawn points (period index, rank); missing ranks left out
	Breaks   []int  // period indices with a scope-change line before them
	Selected int    // index of the highlighted series; -1 for none
	Alt      Alt
}

// RankHistory draws chosen municipalities' ranks across periods (rank 1 at
// the top), with a dashed vertical line labelled "Ændret opgørelse" (Scope
// change) before every period where the official scope changed. Missing
// ranks leave a gap. opts.Selected picks a series to draw thicker.
func RankHistory(h History, opts Options) (*plot.Plot, HistoryMarks, error) {
	n, err := historyRanks(h)
	if err != nil {
		return nil, HistoryMarks{}, err
	}
	m := HistoryMarks{Selected: opts.selected(len(h.Series))}
	p := historyPlot(h, n, opts)
	labs := &labelLayer{}
	p.Add(historyBreaks(h, n, &m, labs, opts.Lang))
	lines, pts := historySeries(h, &m, labs)
	labs.Obstacles = pts
	p.Add(lines, pts, labs)
	m.Alt = historyAlt(h, m, opts)
	return p, m, nil
}

// historyRanks checks that every series has a rank per period and returns
// the y axis's lowest rank: h.N, or the highest rank seen, at least 1.
func historyRanks(h History) (int, error) {
	k := len(h.Periods)
	if k == 0 {
		return 0, fmt.Errorf("chart: rank history without periods")
	}
	n := h.N
	for _, s := range h.Series {
		if len(s.Ranks) != k {
			return 0, fmt.Errorf("chart: %s has %d ranks for %d periods", s.Name, len(s.Ranks), k)
		}
		for _, r := range s.Ranks {
			n = max(n, r)
		}
	}
	return max(n, 1), nil
}

// historyPlot is the empty plot: the periods across, ranks 1..n down.
func historyPlot(h History, n int, opts Options) *plot.Plot {
	lang := opts.Lang
	k := len(h.Periods)
	p := newPlot(msg(lang).HistoryTitle+areaName(opts.Area, lang), "", msg(lang).RankAxis)
	p.Y.Scale = plot.InvertedScale{Normalizer: plot.LinearScale{}}
	p.Y.Tick.Marker = rankTicks(n)
	p.Y.Min, p.Y.Max = 0.5, float64(n)+0.5
	xs := make([]float64, k)
	for i := range xs {
		xs[i] = float64(i)
	}
	p.X.Tick.Marker = fixedTicks(xs, h.Periods)
	if k > 5 { // slanted, so that many periods fit on a phone
		p.X.Tick.Label.Rotation = math.Pi / 6
		p.X.Tick.Label.XAlign, p.X.Tick.Label.YAlign = text.XRight, text.YCenter
	}
	room := max(0.8, 0.3*(float64(k)-0.6)) // for the end labels, also on a phone
	p.X.Min, p.X.Max = -0.4, float64(k-1)+room
	return p
}

// historyBreaks are the dashed scope-change lines, each labelled in labs
// and recorded in m.
func historyBreaks(h History, n int, m *HistoryMarks, labs *labelLayer, lang string) polylines {
	k := len(h.Periods)
	brk := polylines{noRange: true}
	for _, b := range h.Breaks {
		if b <= 0 || b >= k {
			continue
		}
		m.Breaks = append(m.Breaks, b)
		x := float64(b) - 0.5
		brk.Lines = append(brk.Lines, polyline{X: []float64{x, x}, Y: []float64{0.5, float64(n) + 0.5}, Style: lineStyle(colGrey, 1, 5, 3)})
		labs.Labels = append(labs.Labels, label{X: x, Y: 0.5 + float64(n)*0.03, Side: sideRight,
			Text: msg(lang).ScopeChange, Style: textStyle(7.5, colGrey)})
	}
	return brk
}

// historySeries draws each series as lines broken at missing ranks, with
// a dot per rank and its name at its last rank (in labs); the selected
// series is drawn last, thicker. It records the points in m.
func historySeries(h History, m *HistoryMarks, labs *labelLayer) (polylines, dots) {
	var lines polylines
	var pts dots
	order := make([]int, 0, len(h.Series))
	for i := range h.Series {
		if i != m.Selected {
			order = append(order, i)
		}
	}
	if m.Selected >= 0 {
		order = append(order, m.Selected) // drawn last, on top
	}
	m.Points = make([][]XY, len(h.Series))
	for _, si := range order {
		s := h.Series[si]
		c := seriesCols[si%len(seriesCols)]
		w := 1.5
		if si == m.Selected {
			w = 3
		}
		var cur polyline
		flush := func() {
			if len(cur.X) > 1 {
				lines.Lines = append(lines.Lines, cur)
			}
			cur = polyline{Style: lineStyle(c, w)}
		}
		flush()
		last := -1
		for t, rk := range s.Ranks {
			if rk <= 0 {
				flush()
				continue
			}
			m.Points[si] = append(m.Points[si], XY{float64(t), float64(rk)})
			cur.X, cur.Y = append(cur.X, float64(t)), append(cur.Y, float64(rk))
			pts = append(pts, dot{X: float64(t), Y: float64(rk), R: vg.Points(w + 0.8), Fill: c})
			last = t
		}
		flush()
		if last >= 0 {
			sty := textStyle(8, c)
			if si == m.Selected {
				sty = bold(sty)
			}
			labs.Labels = append(labs.Labels, label{X: float64(last), Y: float64(s.Ranks[last]), Side: sideRight,
				Text: s.Name + " (" + itoa(s.Ranks[last]) + ")", Style: sty})
		}
	}
	return lines, pts
}

// historyAlt says every series' ranks and the scope changes, with a table
// of the ranks ("–" where missing).
func historyAlt(h History, m HistoryMarks, opts Options) Alt {
	w := msg(opts.Lang)
	var b strings.Builder
	b.WriteString(w.HistoryOver)
	b.WriteString(itoa(len(h.Periods)))
	b.WriteString(w.HistoryPeriods)
	b.WriteString(areaName(opts.Area, opts.Lang))
	b.WriteString(". ")
	for si, s := range h.Series {
		if si > 0 {
			b.WriteString("; ")
		}
		b.WriteString(s.Name)
		b.WriteString(": ")
		var parts []string
		for t, rk := range s.Ranks {
			if rk > 0 {
				parts = append(parts, h.Periods[t]+" "+itoa(rk))
			}
		}
		if len(parts) == 0 {
			parts = []string{w.NoRanks}
		}
		b.WriteString(strings.Join(parts, ", "))
	}
	b.WriteString(".")
	if len(m.Breaks) > 0 {
		b.WriteString(w.ScopeChangedBefore)
		var ps []string
		for _, br := range m.Breaks {
			ps = append(ps, h.Periods[br])
		}
		b.WriteString(strings.Join(ps, ", "))
		b.WriteString(w.NotComparable)
	}
	alt := Alt{Summary: b.String(), Header: append([]string{w.Municipality}, h.Periods...)}
	for _, s := range h.Series {
		row := []string{s.Name}
		for _, rk := range s.Ranks {
			if rk > 0 {
				row = append(row, itoa(rk))
			} else {
				row = append(row, "–")
			}
		}
		alt.Rows = append(alt.Rows, row)
	}
	return alt
}

// HistoryOf is the chart's input for the municipalities with the given
// indices in area a, read from calc's history of a scenario (computed or
// partly computed). Scope breaks are calc's.
func HistoryOf(hist *calc.History, a calc.Area, idx []int, lang string) (History, error) {
	ds := hist.Dataset
	h := History{N: len(ds.Municipalities), Breaks: hist.Breaks()}
	for _, per := range ds.Periods {
		h.Periods = append(h.Periods, PeriodLabel(per, lang))
	}
	for _, i := range idx {
		if i < 0 || i >= len(ds.Municipalities) {
			return History{}, fmt.Errorf("chart: no municipality with index %d", i)
		}
		h.Series = append(h.Series, Series{Name: ds.Municipalities[i].Name, Ranks: hist.Ranks(a, i, false)})
	}
	if hist.Periods(a) == 0 && len(ds.Periods) > 0 {
		return History{}, fmt.Errorf("chart: the scenario gives no ranks for area %s in any period", a)
	}
	return h, nil
}

// PeriodLabel is a short label for a period: "2018" for a calendar year
// (…QMAT04), "2017/18" for a window ending mid-year (…QMAT02), else the
// period's own label when short, else its code.
func PeriodLabel(p calc.Period, lang string) string {
	c := p.Code
	if len(c) == 10 && c[4:8] == "QMAT" {
		var y int
		if _, err := fmt.Sscanf(c[:4], "%d", &y); err == nil {
			switch c[8:] {
			case "04":
				return c[:4]
			case "02":
				return fmt.Sprintf("%d/%02d", y-1, y%100)
			}
		}
	}
	if p.Label != "" && utf8.RuneCountInString(p.Label) <= 10 {
		return p.Label
	}
	return c
}
