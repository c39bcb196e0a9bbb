package chart

import (
	"image/color"
	"math"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"benchsim/calc"
)

// FunnelMarks is what Funnel drew.
type FunnelMarks struct {
	N         int   // points drawn, one per municipality
	Points    []XY  // (population 16–66, pp difference), in the dataset's order
	Selected  int   // index of the highlighted point; -1 for none
	Outside   []int // indices outside the 99.8 % limits, labelled by name, most extreme first
	Outside95 []int // indices outside the 95 % limits (a superset of Outside), in dataset order
	Funnel    calc.Funnel
	Z95, Z998 float64
	// Limit95 and Limit998 are the drawn upper limit curves as (population,
	// half-width in pp); the lower curves are their negatives.
	Limit95, Limit998 []XY
	Alt               Alt
}

// Funnel plots each municipality's percentage-point difference against its
// population 16–66 (log scale) with the 95 % and 99.8 % limits of
// calc.Funnel (model.md section 4). Municipalities outside the 99.8 % limits
// are labelled; the selected one is ringed and labelled.
func Funnel(r *calc.Result, opts Options) (*plot.Plot, FunnelMarks, error) {
	es, err := entries(r, opts.Area)
	if err != nil {
		return nil, FunnelMarks{}, err
	}
	lang := opts.Lang
	n := len(es)
	f := calc.NewFunnel(r, opts.Area, opts.phi(r))
	m := FunnelMarks{N: n, Selected: opts.selected(n), Funnel: f,
		Z95: calc.Param(calc.ParamZ95), Z998: calc.Param(calc.ParamZ998)}
	w := msg(lang)
	p := newPlot(w.FunnelTitle+areaName(opts.Area, lang), w.FunnelX, w.FunnelY)
	p.X.Scale = plot.LogScale{}
	p.X.Tick.Marker = logTicks(lang)
	p.Y.Tick.Marker = numTicks(1, lang)

	limits, s95, s998 := funnelLimits(es, &m)
	p.Add(limits)
	funnelRange(p, es, m)
	pts, hi998, outs := funnelPoints(es, &m)
	p.Add(pts, hi998)
	labs := &labelLayer{Obstacles: append(append(dots{}, pts...), hi998...)}
	if s := m.Selected; s >= 0 {
		e := es[s]
		p.Add(dots{{X: e.Population, Y: e.DiffPP, R: vg.Points(5), Stroke: colBlack, Width: vg.Points(1.5)}})
		labs.Labels = append(labs.Labels, label{X: e.Population, Y: e.DiffPP,
			Text: name(r, s) + " " + fmtSigned(e.DiffPP, 2, lang), Style: bold(textStyle(8, colBlack))})
	}
	for _, i := range outs {
		m.Outside = append(m.Outside, i)
		if i == m.Selected {
			continue
		}
		e := es[i]
		labs.Labels = append(labs.Labels, label{X: e.Population, Y: e.DiffPP, Text: name(r, i), Style: textStyle(7.5, colGrey)})
	}
	labs.Notes = notes{
		{Corner: cornerTopLeft, Text: w.FunnelWorse, Style: textStyle(7.5, colVermil)},
		{Corner: cornerBottomLeft, Text: w.FunnelBetter, Style: textStyle(7.5, colBlue)},
	}
	p.Add(labs)
	legend(p, w.Limit95, lineThumb(s95))
	legend(p, w.Limit998, lineThumb(s998))
	legend(p, w.Outside95, dotThumb{Stroke: colGrey})
	legend(p, w.Outside998, dotThumb{Fill: colGrey})

	m.Alt = funnelAlt(r, opts.Area, es, m, lang)
	return p, m, nil
}

// funnelSteps is how many points draw a limit curve.
const funnelSteps = 80

// funnelLimits are the zero line and the 95 % and 99.8 % limit curves from
// a bit below the smallest population to a bit above the largest (recorded
// in m), and the curves' styles.
func funnelLimits(es []calc.Entry, m *FunnelMarks) (ls polylines, s95, s998 draw.LineStyle) {
	lo, hi := popRange(es)
	var up95, up998, dn95, dn998 polyline
	for k := 0; k <= funnelSteps; k++ {
		pop := lo * math.Pow(hi/lo, float64(k)/funnelSteps)
		l95, l998 := m.Funnel.Limit(m.Z95, pop), m.Funnel.Limit(m.Z998, pop)
		m.Limit95 = append(m.Limit95, XY{pop, l95})
		m.Limit998 = append(m.Limit998, XY{pop, l998})
		up95.X, up95.Y = append(up95.X, pop), append(up95.Y, l95)
		dn95.X, dn95.Y = append(dn95.X, pop), append(dn95.Y, -l95)
		up998.X, up998.Y = append(up998.X, pop), append(up998.Y, l998)
		dn998.X, dn998.Y = append(dn998.X, pop), append(dn998.Y, -l998)
	}
	s95, s998 = lineStyle(colGrey, 1, 4, 3), lineStyle(colGrey, 1.2)
	up95.Style, dn95.Style, up998.Style, dn998.Style = s95, s95, s998, s998
	zero := polyline{X: []float64{lo, hi}, Y: []float64{0, 0}, Style: lineStyle(colLight, 0.8)}
	return polylines{Lines: []polyline{zero, up95, dn95, up998, dn998}, noRange: true}, s95, s998
}

// popRange is the x range: the populations with a margin of 30 %.
func popRange(es []calc.Entry) (lo, hi float64) {
	lo, hi = math.Inf(1), math.Inf(-1)
	for _, e := range es {
		lo, hi = math.Min(lo, e.Population), math.Max(hi, e.Population)
	}
	return lo / 1.3, hi * 1.3
}

// funnelRange sets the axes' ranges: the populations, and in y the data and
// the 99.8 % funnel at the median population, so the funnel's shape shows
// even when every point lies near zero.
func funnelRange(p *plot.Plot, es []calc.Entry, m FunnelMarks) {
	maxAbs := 0.0
	pops := make([]float64, 0, len(es))
	for _, e := range es {
		maxAbs = math.Max(maxAbs, math.Abs(e.DiffPP))
		pops = append(pops, e.Population)
	}
	slices.Sort(pops)
	yr := math.Max(maxAbs, m.Funnel.Limit(m.Z998, pops[len(es)/2])) * 1.15
	if !(yr > 0) || math.IsInf(yr, 0) {
		yr = 1
	}
	p.Y.Min, p.Y.Max = -yr, yr
	p.X.Min, p.X.Max = popRange(es)
}

// funnelPoints are the municipalities' dots: light inside the limits,
// ringed outside 95 %, filled outside 99.8 % (hi998); outs are the indices
// outside 99.8 %, most extreme first. It records the points and those
// outside 95 % in m.
func funnelPoints(es []calc.Entry, m *FunnelMarks) (pts, hi998 dots, outs []int) {
	type out struct {
		i int
		z float64
	}
	var list []out
	f := m.Funnel
	for i, e := range es {
		m.Points = append(m.Points, XY{e.Population, e.DiffPP})
		d := dot{X: e.Population, Y: e.DiffPP, R: vg.Points(2.5), Fill: colLight}
		if f.Outside(m.Z95, e.DiffPP, e.Population) {
			m.Outside95 = append(m.Outside95, i)
			d.Fill, d.Stroke, d.Width = nil, sideColour(e.DiffPP), vg.Points(1.2)
		}
		if f.Outside(m.Z998, e.DiffPP, e.Population) {
			d.Fill, d.Stroke, d.R = sideColour(e.DiffPP), nil, vg.Points(3)
			list = append(list, out{i, f.Z(e.DiffPP, e.Population)})
			hi998 = append(hi998, d)
			continue
		}
		pts = append(pts, d)
	}
	slices.SortStableFunc(list, func(a, b out) int {
		switch {
		case a.z > b.z:
			return -1
		case a.z < b.z:
			return 1
		}
		return a.i - b.i
	})
	for _, o := range list {
		outs = append(outs, o.i)
	}
	return pts, hi998, outs
}

// sideColour is blue below zero (better than expected), vermillion above.
func sideColour(v float64) color.Color {
	if v < 0 {
		return colBlue
	}
	return colVermil
}

func funnelAlt(r *calc.Result, a calc.Area, es []calc.Entry, m FunnelMarks, lang string) Alt {
	var better, worse []string
	for _, i := range m.Outside {
		if es[i].DiffPP < 0 {
			better = append(better, name(r, i))
		} else {
			worse = append(worse, name(r, i))
		}
	}
	var b strings.Builder
	b.WriteString(msg(lang).FunnelFor)
	b.WriteString(areaName(a, lang))
	b.WriteString(": ")
	b.WriteString(itoa(m.N))
	b.WriteString(msg(lang).FunnelMunicipalities)
	if len(m.Outside) == 0 {
		b.WriteString(msg(lang).NoneOutside998)
	} else {
		b.WriteString(itoa(len(m.Outside)))
		b.WriteString(msg(lang).LieOutside998)
		if len(better) > 0 {
			b.WriteString(msg(lang).BetterList)
			b.WriteString(strings.Join(better, ", "))
		}
		if len(worse) > 0 {
			b.WriteString(msg(lang).WorseList)
			b.WriteString(strings.Join(worse, ", "))
		}
	}
	b.WriteString(". ")
	b.WriteString(itoa(len(m.Outside95)))
	b.WriteString(msg(lang).LieOutside95)
	alt := Alt{Summary: b.String(), Header: []string{msg(lang).Municipality,
		msg(lang).FunnelColPopulation, msg(lang).FunnelColDiff,
		msg(lang).FunnelColFunnel}}
	for i, e := range es {
		where := msg(lang).Inside
		switch {
		case m.Funnel.Outside(m.Z998, e.DiffPP, e.Population):
			where = msg(lang).Outside998
		case m.Funnel.Outside(m.Z95, e.DiffPP, e.Population):
			where = msg(lang).Outside95
		}
		alt.Rows = append(alt.Rows, []string{name(r, i), fmtNum(e.Population, 0, lang), fmtSigned(e.DiffPP, 2, lang), where})
	}
	return alt
}
