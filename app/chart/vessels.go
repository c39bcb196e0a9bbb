package chart

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"benchsim/app/text"
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

	p := newPlot(text.W{"Forbundne kar\nkontanthjælp og førtidspension", "Connected vessels\nsocial assistance and disability pension"}.In(text.Lang(lang)),
		text.W{"Kontanthjælp: faktisk over forventet, pct.", "Social assistance: actual above expected, pct."}.In(text.Lang(lang)),
		text.W{"Førtidspension: faktisk over forventet, pct.", "Disability pension: actual above expected, pct."}.In(text.Lang(lang)))
	p.X.Tick.Marker, p.Y.Tick.Marker = numTicks(0, lang), numTicks(0, lang)
	xlo, xhi, ylo, yhi := math.Inf(1), math.Inf(-1), math.Inf(1), math.Inf(-1)
	for _, q := range m.Points {
		xlo, xhi = math.Min(xlo, q.X), math.Max(xhi, q.X)
		ylo, yhi = math.Min(ylo, q.Y), math.Max(yhi, q.Y)
	}
	padX, padY := math.Max((xhi-xlo)*0.08, 1), math.Max((yhi-ylo)*0.08, 1)
	xlo, xhi, ylo, yhi = xlo-padX, xhi+padX, ylo-padY, yhi+padY
	p.X.Min, p.X.Max, p.Y.Min, p.Y.Max = xlo, xhi, ylo, yhi

	ref := polylines{noRange: true, Lines: []polyline{
		{X: []float64{xlo, xhi}, Y: []float64{0, 0}, Style: lineStyle(colFaint, 0.8)},
		{X: []float64{0, 0}, Y: []float64{ylo, yhi}, Style: lineStyle(colFaint, 0.8)},
	}}
	assumed := polyline{X: []float64{xlo, xhi}, Y: []float64{m.Assumed * xlo, m.Assumed * xhi}, Style: lineStyle(colGrey, 1, 4, 3)}
	fitted := polyline{X: []float64{xlo, xhi}, Y: []float64{m.Intercept + m.Slope*xlo, m.Intercept + m.Slope*xhi}, Style: lineStyle(colVermil, 2)}
	ref.Lines = append(ref.Lines, assumed, fitted)
	var pts dots
	for k, q := range m.Points {
		if m.Index[k] == m.Selected {
			continue
		}
		pts = append(pts, dot{X: q.X, Y: q.Y, R: vg.Points(2.5), Fill: colBlue})
	}
	p.Add(ref, pts)
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
	slope := text.W{"Hældning ", "Slope "}.In(text.Lang(lang)) + fmtNum(m.Slope, 2, lang)
	if weighted {
		slope += text.W{" (vægtet efter indbyggere)", " (weighted by residents)"}.In(text.Lang(lang))
	}
	labs.Notes = notes{
		{Corner: cornerTopRight, Text: slope, Style: bold(textStyle(9, colVermil))},
		{Corner: cornerTopLeft, Text: text.W{"↖ færre på kontanthjælp, flere på førtidspension", "↖ fewer on social assistance, more on disability pension"}.In(text.Lang(lang)), Style: textStyle(7.5, colGrey)},
	}
	p.Add(labs)
	p.Legend.Top, p.Legend.Left = false, false
	p.Legend.YOffs = vg.Points(4)
	legend(p, text.W{"Tilpasset linje", "Fitted line"}.In(text.Lang(lang)), lineThumb(fitted.Style))
	legend(p, text.W{"Antaget sammenhæng ", "Assumed relation "}.In(text.Lang(lang))+fmtNum(m.Assumed, 2, lang), lineThumb(assumed.Style))

	var b strings.Builder
	b.WriteString(text.W{"Forbundne kar: ", "Connected vessels: "}.In(text.Lang(lang)))
	b.WriteString(itoa(m.N))
	b.WriteString(text.W{" kommuner. Den tilpassede linje har hældningen ", " municipalities. The fitted line has slope "}.In(text.Lang(lang)))
	b.WriteString(fmtNum(m.Slope, 2, lang))
	if weighted {
		b.WriteString(text.W{" (vægtet efter indbyggere)", " (weighted by residents)"}.In(text.Lang(lang)))
	}
	b.WriteString(text.W{": 10 % flere på kontanthjælp end forventet følger ", ": 10 % more on social assistance than expected goes with "}.In(text.Lang(lang)))
	b.WriteString(fmtSigned(10*m.Slope, 1, lang))
	b.WriteString(text.W{" % på førtidspension. Antaget i scenariet: ", " % on disability pension. Assumed in the scenario: "}.In(text.Lang(lang)))
	b.WriteString(fmtNum(m.Assumed, 2, lang))
	b.WriteString(".")
	m.Alt = Alt{Summary: b.String(), Header: []string{text.W{"Kommune", "Municipality"}.In(text.Lang(lang)),
		text.W{"Kontanthjælp over forventet, pct.", "Social assistance above expected, pct."}.In(text.Lang(lang)),
		text.W{"Førtidspension over forventet, pct.", "Disability pension above expected, pct."}.In(text.Lang(lang))}}
	for k, i := range m.Index {
		m.Alt.Rows = append(m.Alt.Rows, []string{name(r, i), fmtSigned(m.Points[k].X, 1, lang), fmtSigned(m.Points[k].Y, 1, lang)})
	}
	return p, m, nil
}
