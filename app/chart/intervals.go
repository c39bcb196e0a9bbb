package chart

import (
	"fmt"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"benchsim/calc"
)

// IntervalMarks is what RankIntervals drew.
type IntervalMarks struct {
	N         int             // municipalities drawn
	Order     []int           // municipality indices from rank 1 to rank n
	Ranks     []int           // the ranks in drawing order (1, 2, …, n)
	Intervals []calc.Interval // the plausible intervals in drawing order
	Selected  int             // index of the highlighted municipality; -1 for none
	Alt       Alt
}

// RankIntervals draws every municipality's rank (x, sorted from 1) with its
// plausible 95 % interval (a vertical bar; rank 1 at the top), from
// calc.RankIntervals or a RankSim's Intervals, which must be for the same
// result and area. Intervals of zero (no draws yet) are left out.
func RankIntervals(r *calc.Result, iv []calc.Interval, opts Options) (*plot.Plot, IntervalMarks, error) {
	es, err := entries(r, opts.Area)
	if err != nil {
		return nil, IntervalMarks{}, err
	}
	n := len(es)
	if len(iv) != n {
		return nil, IntervalMarks{}, fmt.Errorf("chart: %d intervals for %d municipalities", len(iv), n)
	}
	lang := opts.Lang
	m := IntervalMarks{N: n, Order: r.Scenario.Order(opts.Area), Selected: opts.selected(n)}
	w := msg(lang)
	p := newPlot(w.IntervalsTitle+areaName(opts.Area, lang), w.IntervalsX, w.IntervalsY)
	p.Y.Scale = plot.InvertedScale{Normalizer: plot.LinearScale{}}
	p.X.Tick.Marker, p.Y.Tick.Marker = rankTicks(n), rankTicks(n)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, float64(n)+1, 0, float64(n)+1
	p.Add(intervalBars(es, iv, &m))
	if s := m.Selected; s >= 0 {
		x := float64(es[s].Rank)
		p.Add(dots{{X: x, Y: x, R: vg.Points(3.5), Fill: colBlue, Stroke: colWhite, Width: vg.Points(1)}})
		p.Add(&labelLayer{Labels: []label{{X: x, Y: x, Text: name(r, s) + ": " + IntervalText(es[s].Rank, iv[s], lang),
			Style: bold(textStyle(8.5, colBlack))}}})
	}
	m.Alt = intervalsAlt(r, es, iv, m, opts)
	return p, m, nil
}

// intervalBars are the diagonal and each interval's bar (the selected one
// blue, in selBar, drawn last) and the dots at the ranks, in rank order; it
// records the ranks and intervals in m.
func intervalBars(es []calc.Entry, iv []calc.Interval, m *IntervalMarks) (bars polylines, pts dots, selBar polylines) {
	n := len(es)
	diag := polyline{X: []float64{1, float64(n)}, Y: []float64{1, float64(n)}, Style: lineStyle(colFaint, 0.8)}
	bars.Lines = append(bars.Lines, diag)
	barW := 1.6
	if n > 50 {
		barW = 1.1
	}
	for _, i := range m.Order {
		rank := es[i].Rank
		v := iv[i]
		m.Ranks = append(m.Ranks, rank)
		m.Intervals = append(m.Intervals, v)
		x := float64(rank)
		if v.Lo > 0 && v.Hi > 0 {
			l := polyline{X: []float64{x, x}, Y: []float64{float64(v.Lo), float64(v.Hi)}, Style: lineStyle(colLight, barW)}
			if i == m.Selected {
				l.Style = lineStyle(colBlue, 3)
				selBar.Lines = append(selBar.Lines, l)
			} else {
				bars.Lines = append(bars.Lines, l)
			}
		}
		if i != m.Selected {
			pts = append(pts, dot{X: x, Y: x, R: vg.Points(1.6), Fill: colGrey})
		}
	}
	return bars, pts, selBar
}

// intervalsAlt says the widest interval and the selected one's, with one
// line per municipality in rank order.
func intervalsAlt(r *calc.Result, es []calc.Entry, iv []calc.Interval, m IntervalMarks, opts Options) Alt {
	lang := opts.Lang
	w := msg(lang)
	wide := 0
	for _, i := range m.Order {
		if v := iv[i]; v.Hi-v.Lo > wide {
			wide = v.Hi - v.Lo
		}
	}
	var b strings.Builder
	b.WriteString(w.IntervalsFor)
	b.WriteString(areaName(opts.Area, lang))
	b.WriteString(": ")
	b.WriteString(itoa(m.N))
	b.WriteString(w.IntervalsWidest)
	b.WriteString(itoa(wide + 1))
	b.WriteString(w.IntervalsPlaces)
	if s := m.Selected; s >= 0 {
		b.WriteString(" ")
		b.WriteString(name(r, s))
		b.WriteString(": ")
		b.WriteString(IntervalText(es[s].Rank, iv[s], lang))
		b.WriteString(".")
	}
	alt := Alt{Summary: b.String(), Header: []string{w.Municipality, w.Rank}}
	for _, i := range m.Order {
		alt.Rows = append(alt.Rows, []string{name(r, i), IntervalText(es[i].Rank, iv[i], lang)})
	}
	return alt
}
