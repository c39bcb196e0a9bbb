package chart

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"benchsim/calc"
)

// VesselsMarks is what Vessels drew.
type VesselsMarks struct {
	N      int   // points drawn
	Index  []int // municipality index of each point
	Points []XY  // (kth deviation, fp deviation), each (A − E)/E in pct.
	// Slope and Intercept are the least-squares line fp = Intercept +
	// Slope × kth (population-weighted when Weighted).
	Slope, Intercept float64
	Weighted         bool
	Assumed          float64 // the scenario's connected-vessels elasticity, drawn for comparison
	Selected         int     // index of the highlighted municipality; -1 for none
	Alt              Alt
}

// Vessels plots each municipality's kth deviation against its fp deviation,
// both relative ((actual − expected) / expected, in pct.), from the
// scenario's ranking, with the fitted least-squares line and its slope
// (model.md 2.1: municipalities with 10 % fewer on kth than expected had
// 4.3 % more on fp). Population-weighted when weighted is true. The
// scenario must include fp (data with fp, or the connected-vessels lens).
func Vessels(r *calc.Result, weighted bool, opts Options) (*plot.Plot, VesselsMarks, error) {
	if _, err := entries(r, calc.KTH); err != nil {
		return nil, VesselsMarks{}, err
	}
	if _, err := entries(r, calc.FP); err != nil {
		return nil, VesselsMarks{}, fmt.Errorf("chart: connected vessels need fp figures: import data with førtidspension or switch the lens on (%w)", err)
	}
	fit, err := calc.FitVessels(r, weighted)
	if err != nil {
		return nil, VesselsMarks{}, fmt.Errorf("chart: %w", err)
	}
	lang := opts.Lang
	m := VesselsMarks{Weighted: weighted, Assumed: r.Settings.VesselsElasticity, Selected: opts.selected(len(r.Dataset.Municipalities)),
		N: len(fit.Index), Index: fit.Index, Slope: fit.Slope, Intercept: fit.Intercept}
	for k := range fit.Index {
		m.Points = append(m.Points, XY{fit.KTH[k], fit.FP[k]})
	}

	p := vesselsPlot(m.Points, lang)
	fitted, assumed := vesselsLines(p, m)
	pts := vesselsDots(m)
	p.Add(pts)
	labs := &labelLayer{Obstacles: pts}
	if s := m.Selected; s >= 0 {
		for k, i := range m.Index {
			if i == s {
				q := m.Points[k]
				p.Add(dots{{X: q.X, Y: q.Y, R: vg.Points(4.5), Fill: colBlack, Stroke: colWhite, Width: vg.Points(1)}})
				labs.Labels = append(labs.Labels, label{X: q.X, Y: q.Y, Text: name(r, s), Style: bold(textStyle(8, colBlack))})
			}
		}
	}
	w := msg(lang)
	slope := w.Slope + fmtNum(m.Slope, 2, lang)
	if weighted {
		slope += w.Weighted
	}
	labs.Notes = notes{
		{Corner: cornerTopRight, Text: slope, Style: bold(textStyle(9, colVermil))},
		{Corner: cornerTopLeft, Text: w.VesselsCorner, Style: textStyle(7.5, colGrey)},
	}
	p.Add(labs)
	p.Legend.Top, p.Legend.Left = false, false
	p.Legend.YOffs = vg.Points(4)
	legend(p, w.FittedLine, lineThumb(fitted.Style))
	legend(p, w.AssumedRelation+fmtNum(m.Assumed, 2, lang), lineThumb(assumed.Style))
	m.Alt = vesselsAlt(r, m, lang)
	return p, m, nil
}

// vesselsPlot is the empty plot with the points' range and a margin of 8 %
// (at least 1).
func vesselsPlot(pts []XY, lang string) *plot.Plot {
	w := msg(lang)
	p := newPlot(w.VesselsTitle, w.VesselsX, w.VesselsY)
	p.X.Tick.Marker, p.Y.Tick.Marker = numTicks(0, lang), numTicks(0, lang)
	xlo, xhi, ylo, yhi := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, q := range pts {
		xlo, xhi = math.Min(xlo, q.X), math.Max(xhi, q.X)
		ylo, yhi = math.Min(ylo, q.Y), math.Max(yhi, q.Y)
	}
	padX, padY := math.Max((xhi-xlo)*0.08, 1), math.Max((yhi-ylo)*0.08, 1)
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = xlo-padX, xhi+padX, ylo-padY, yhi+padY
	return p
}

// vesselsLines adds the axes through zero, the assumed relation and calc's
// fitted line across the plot, and returns the two lines.
func vesselsLines(p *plot.Plot, m VesselsMarks) (fitted, assumed polyline) {
	xlo, xhi, ylo, yhi := p.X.Min, p.X.Max, p.Y.Min, p.Y.Max
	ref := polylines{noRange: true, Lines: []polyline{
		{X: []float64{xlo, xhi}, Y: []float64{0, 0}, Style: lineStyle(colFaint, 0.8)},
		{X: []float64{0, 0}, Y: []float64{ylo, yhi}, Style: lineStyle(colFaint, 0.8)},
	}}
	assumed = polyline{X: []float64{xlo, xhi}, Y: []float64{m.Assumed * xlo, m.Assumed * xhi}, Style: lineStyle(colGrey, 1, 4, 3)}
	fitted = polyline{X: []float64{xlo, xhi}, Y: []float64{m.Intercept + m.Slope*xlo, m.Intercept + m.Slope*xhi}, Style: lineStyle(colVermil, 2)}
	ref.Lines = append(ref.Lines, assumed, fitted)
	p.Add(ref)
	return fitted, assumed
}

// vesselsDots are the municipalities' points but the selected one.
func vesselsDots(m VesselsMarks) dots {
	var pts dots
	for k, q := range m.Points {
		if m.Index[k] == m.Selected {
			continue
		}
		pts = append(pts, dot{X: q.X, Y: q.Y, R: vg.Points(2.5), Fill: colBlue})
	}
	return pts
}

// vesselsAlt says the fitted slope against the assumed one, with a table of
// the points.
func vesselsAlt(r *calc.Result, m VesselsMarks, lang string) Alt {
	w := msg(lang)
	var b strings.Builder
	b.WriteString(w.VesselsAlt)
	b.WriteString(itoa(m.N))
	b.WriteString(w.VesselsSlope)
	b.WriteString(fmtNum(m.Slope, 2, lang))
	if m.Weighted {
		b.WriteString(w.Weighted)
	}
	b.WriteString(w.VesselsTenPct)
	b.WriteString(fmtSigned(10*m.Slope, 1, lang))
	b.WriteString(w.VesselsAssumed)
	b.WriteString(fmtNum(m.Assumed, 2, lang))
	b.WriteString(".")
	alt := Alt{Summary: b.String(), Header: []string{w.Municipality, w.VesselsColKTH, w.VesselsColFP}}
	for k, i := range m.Index {
		alt.Rows = append(alt.Rows, []string{name(r, i), fmtSigned(m.Points[k].X, 1, lang), fmtSigned(m.Points[k].Y, 1, lang)})
	}
	return alt
}
