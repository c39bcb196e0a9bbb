package chart

import (
	"fmt"
	"math"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"benchsim/calc"
)

// Step is one covariate's bar in the waterfall: the expected share moves
// From → To by Delta percentage points.
type Step struct {
	Label           string
	From, To, Delta float64
}

// WaterfallMarks is what Waterfall drew.
type WaterfallMarks struct {
	Start float64 // the national (population-weighted) average share, pct.
	Steps []Step  // one per covariate, in the fit's order
	End   float64 // the municipality's fitted (expected) share, pct.
	Alt   Alt
}

// WhyExpected is Waterfall for municipality i under the scenario's
// re-estimated fit of opts.Area, with the dataset's covariate labels.
func WhyExpected(r *calc.Result, i int, opts Options) (*plot.Plot, WaterfallMarks, error) {
	if r == nil || r.Dataset == nil || i < 0 || i >= len(r.Dataset.Municipalities) {
		return nil, WaterfallMarks{}, fmt.Errorf("chart: no municipality with index %d", i)
	}
	if opts.Area < 0 || opts.Area >= calc.NumAreas || r.Fits[opts.Area] == nil {
		return nil, WaterfallMarks{}, fmt.Errorf("chart: the scenario did not re-estimate expected for area %s", opts.Area)
	}
	fit := r.Fits[opts.Area]
	return Waterfall(fit, fit.CovariateValues(r.Dataset, r.Period, i), CovariateLabels(r.Dataset, fit, opts.Lang), name(r, i), opts)
}

// CovariateLabels are the labels of the fit's covariates in the chosen
// language (the covariate ID when the dataset has no label).
func CovariateLabels(ds *calc.Dataset, fit *calc.Fit, lang string) []string {
	out := make([]string, len(fit.Names))
	for j, id := range fit.Names {
		out[j] = id
		if id == "proxy" && fit.Proxy {
			out[j] = msg(lang).OfficialExpected
			continue
		}
		for _, c := range ds.Covariates {
			if c.ID == id {
				out[j] = c.Label
				if en(lang) && c.LabelEN != "" {
					out[j] = c.LabelEN
				}
			}
		}
	}
	return out
}

// Waterfall splits a municipality's expected share under a re-estimated fit
// into the contribution of each covariate (fit.Contributions): from the
// national average (fit.MeanShare) one bar per covariate to the fitted
// share. values are the municipality's covariate values in the fit's order,
// labels their names, who the municipality's name.
func Waterfall(fit *calc.Fit, values []float64, labels []string, who string, opts Options) (*plot.Plot, WaterfallMarks, error) {
	if fit == nil {
		return nil, WaterfallMarks{}, fmt.Errorf("chart: no fit")
	}
	k := len(fit.Coef)
	if len(values) != k || len(fit.Means) != k {
		return nil, WaterfallMarks{}, fmt.Errorf("chart: %d covariate values for a fit with %d covariates", len(values), k)
	}
	m := waterfallSteps(fit, values, labels)
	p := waterfallPlot(fit, m, who, opts.Lang)
	p.Add(waterfallBars(m, opts.Lang))
	m.Alt = waterfallAlt(fit, m, who, opts.Lang)
	return p, m, nil
}

// waterfallSteps are the bars from the national average through each
// covariate's contribution (fit.Contributions) to the fitted share.
func waterfallSteps(fit *calc.Fit, values []float64, labels []string) WaterfallMarks {
	m := WaterfallMarks{Start: fit.MeanShare}
	cur := fit.MeanShare
	for j, d := range fit.Contributions(values) {
		lb := fit.Names[j]
		if j < len(labels) && labels[j] != "" {
			lb = labels[j]
		}
		m.Steps = append(m.Steps, Step{Label: lb, From: cur, To: cur + d, Delta: d})
		cur += d
	}
	m.End = cur
	return m
}

// waterfallRow is the y of row 0 (the average) to k+1 (the expected share),
// from the top.
func waterfallRow(m WaterfallMarks, row int) float64 { return float64(len(m.Steps) + 1 - row) }

// waterfallPlot is the empty plot: the shares across, one named row per
// step down.
func waterfallPlot(fit *calc.Fit, m WaterfallMarks, who, lang string) *plot.Plot {
	w := msg(lang)
	k := len(m.Steps)
	p := newPlot(w.WhyTitle+who+" · "+areaName(fit.Area, lang), w.WhyX, "")
	p.X.Tick.Marker = numTicks(1, lang)
	ticks := make([]float64, 0, k+2)
	names := make([]string, 0, k+2)
	ticks = append(ticks, waterfallRow(m, 0))
	names = append(names, w.NationalAverage)
	for j, s := range m.Steps {
		ticks = append(ticks, waterfallRow(m, j+1))
		names = append(names, s.Label)
	}
	ticks = append(ticks, waterfallRow(m, k+1))
	names = append(names, w.ExpectedShare)
	p.Y.Tick.Marker = fixedTicks(ticks, names)
	p.Y.Tick.Label.Font.Size = vg.Points(8)
	p.Y.Min, p.Y.Max = -1.1, float64(k)+1.6 // room at the bottom for the note

	lo, hi := math.Min(m.Start, m.End), math.Max(m.Start, m.End)
	for _, s := range m.Steps {
		lo, hi = math.Min(lo, math.Min(s.From, s.To)), math.Max(hi, math.Max(s.From, s.To))
	}
	pad := math.Max((hi-lo)*0.25, 0.05)
	p.X.Min, p.X.Max = lo-pad, hi+pad
	return p
}

// waterfallBars are the connectors, the bars (orange raising, blue
// lowering the expected share), the two levels and the labels.
func waterfallBars(m WaterfallMarks, lang string) (conn polylines, bars rects, levels dots, labs *labelLayer) {
	const half = 0.32
	k := len(m.Steps)
	y := func(row int) float64 { return waterfallRow(m, row) }
	conn.noRange = true
	conn.Lines = append(conn.Lines, polyline{X: []float64{m.Start, m.Start}, Y: []float64{-0.5, float64(k) + 1.6}, Style: lineStyle(colFaint, 0.8)})
	labs = &labelLayer{}
	levels = dots{{X: m.Start, Y: y(0), R: vg.Points(4), Fill: colGrey}, {X: m.End, Y: y(k + 1), R: vg.Points(4), Fill: colBlack}}
	labs.Labels = append(labs.Labels,
		label{X: m.Start, Y: y(0), Text: fmtNum(m.Start, 2, lang) + " %", Style: textStyle(8, colGrey)},
		label{X: m.End, Y: y(k + 1), Text: fmtNum(m.End, 2, lang) + " %", Style: bold(textStyle(8, colBlack))})
	prev := y(0)
	for j, s := range m.Steps {
		row := y(j + 1)
		c := colSky // lowers the expected share
		if s.Delta > 0 {
			c = colOrange
		}
		bars = append(bars, rect{X0: s.From, X1: s.To, Y0: row - half, Y1: row + half, Fill: c})
		conn.Lines = append(conn.Lines, polyline{X: []float64{s.From, s.From}, Y: []float64{prev, row}, Style: lineStyle(colLight, 0.7, 2, 2)})
		side := sideRight
		if s.Delta < 0 {
			side = sideLeft
		}
		labs.Labels = append(labs.Labels, label{X: math.Max(s.From, s.To), Y: row, Side: side,
			Text: fmtSigned(s.Delta, 2, lang), Style: textStyle(7.5, colGrey)})
		if side == sideLeft {
			labs.Labels[len(labs.Labels)-1].X = math.Min(s.From, s.To)
		}
		prev = row
	}
	conn.Lines = append(conn.Lines, polyline{X: []float64{m.End, m.End}, Y: []float64{prev, y(k + 1)}, Style: lineStyle(colLight, 0.7, 2, 2)})
	labs.Notes = notes{{Corner: cornerBottomRight, Text: msg(lang).WhyNote, Style: textStyle(7, colGrey)}}
	labs.Obstacles = levels
	return conn, bars, levels, labs
}

// waterfallAlt says the expected share against the average and the largest
// contribution, with a table of the steps.
func waterfallAlt(fit *calc.Fit, m WaterfallMarks, who, lang string) Alt {
	w := msg(lang)
	var b strings.Builder
	b.WriteString(who)
	b.WriteString(w.WhyShare)
	b.WriteString(fmtNum(m.End, 2, lang))
	b.WriteString(w.WhyAgainst)
	b.WriteString(fmtNum(m.Start, 2, lang))
	b.WriteString(" % (")
	b.WriteString(areaName(fit.Area, lang))
	b.WriteString(").")
	big := -1
	for j, s := range m.Steps {
		if big < 0 || math.Abs(s.Delta) > math.Abs(m.Steps[big].Delta) {
			big = j
		}
	}
	if big >= 0 {
		b.WriteString(w.WhyLargest)
		b.WriteString(m.Steps[big].Label)
		b.WriteString(" ")
		b.WriteString(fmtSigned(m.Steps[big].Delta, 2, lang))
		b.WriteString(w.WhyPoints)
	}
	alt := Alt{Summary: b.String(), Header: []string{w.WhyColStep, w.WhyColContribution, w.WhyColLevel}}
	alt.Rows = append(alt.Rows, []string{w.NationalAverage, "", fmtNum(m.Start, 2, lang)})
	for _, s := range m.Steps {
		alt.Rows = append(alt.Rows, []string{s.Label, fmtSigned(s.Delta, 2, lang), fmtNum(s.To, 2, lang)})
	}
	alt.Rows = append(alt.Rows, []string{w.ExpectedShare, "", fmtNum(m.End, 2, lang)})
	return alt
}
