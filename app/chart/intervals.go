package chart

import (
	"fmt"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"benchsim/app/text"
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
	p := newPlot(text.W{"Placering med usikkerhed\n", "Rank with uncertainty\n"}.In(text.Lang(lang))+areaName(opts.Area, lang),
		// Two lines: one is wider than a phone-sized chart.
		text.W{"Placering (1 = bedst)\nprik: placering, streg: plausibelt interval (95 %)", "Rank (1 = best)\ndot: rank, bar: plausible interval (95 %)"}.In(text.Lang(lang)),
		text.W{"Plausible placeringer", "Plausible ranks"}.In(text.Lang(lang)))
	p.Y.Scale = plot.InvertedScale{Normalizer: plot.LinearScale{}}
	p.X.Tick.Marker, p.Y.Tick.Marker = rankTicks(n), rankTicks(n)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = 0, float64(n)+1, 0, float64(n)+1

	var bars, selBar polylines
	var pts dots
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
	p.Add(bars, pts, selBar)
	if s := m.Selected; s >= 0 {
		x := float64(es[s].Rank)
		p.Add(dots{{X: x, Y: x, R: vg.Points(3.5), Fill: colBlue, Stroke: colWhite, Width: vg.Points(1)}})
		p.Add(&labelLayer{Labels: []label{{X: x, Y: x, Text: name(r, s) + ": " + IntervalText(es[s].Rank, iv[s], lang),
			Style: bold(textStyle(8.5, colBlack))}}})
	}

	// Text alternative: one line per municipality in rank order.
	wide := 0
	for _, i := range m.Order {
		if v := iv[i]; v.Hi-v.Lo > wide {
			wide = v.Hi - v.Lo
		}
	}
	var b strings.Builder
	b.WriteString(text.W{"Placeringer med plausible intervaller (95 %) for ", "Ranks with plausible intervals (95 %) for "}.In(text.Lang(lang)))
	b.WriteString(areaName(opts.Area, lang))
	b.WriteString(": ")
	b.WriteString(itoa(n))
	b.WriteString(text.W{" kommuner; det bredeste interval spænder over ", " municipalities; the widest interval spans "}.In(text.Lang(lang)))
	b.WriteString(itoa(wide + 1))
	b.WriteString(text.W{" pladser.", " places."}.In(text.Lang(lang)))
	if s := m.Selected; s >= 0 {
		b.WriteString(" ")
		b.WriteString(name(r, s))
		b.WriteString(": ")
		b.WriteString(IntervalText(es[s].Rank, iv[s], lang))
		b.WriteString(".")
	}
	m.Alt = Alt{Summary: b.String(), Header: []string{text.W{"Kommune", "Municipality"}.In(text.Lang(lang)), text.W{"Placering", "Rank"}.In(text.Lang(lang))}}
	for _, i := range m.Order {
		m.Alt.Rows = append(m.Alt.Rows, []string{name(r, i), IntervalText(es[i].Rank, iv[i], lang)})
	}
	return p, m, nil
}
