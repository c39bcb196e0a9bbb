package chart

import (
	"fmt"
	"image/color"

	"gonum.org/v1/plot"

	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"

	"benchsim/calc"
)

// Options are the choices every chart takes.
type Options struct {
	Lang string    // "da" (default) or "en"
	Area calc.Area // the area charted; the zero value is the total
	// Selected is the index of the highlighted municipality (in the
	// dataset's order; for RankHistory, of the series). Negative: none.
	Selected int
	// Phi is the overdispersion of the funnel limits; 0 takes the scenario's
	// own, and failing that calc's default.
	Phi float64
}

func (o Options) phi(r *calc.Result) float64 {
	switch {
	case o.Phi > 0:
		return o.Phi
	case r != nil && r.Settings.Phi > 0:
		return r.Settings.Phi
	}
	return calc.Param(calc.ParamPhi)
}

func (o Options) selected(n int) int {
	if o.Selected < 0 || o.Selected >= n {
		return -1
	}
	return o.Selected
}

// XY is a point in data coordinates.
type XY struct{ X, Y float64 }

// Alt is a chart's text alternative for screen readers: a summary sentence
// and a table.
type Alt struct {
	Summary string
	Header  []string
	Rows    [][]string
}

// entries returns the scenario's entries for the options' area, or an error
// when the result has no such area.
func entries(r *calc.Result, a calc.Area) ([]calc.Entry, error) {
	if r == nil || r.Dataset == nil {
		return nil, fmt.Errorf("chart: no result to draw")
	}
	if a < 0 || a >= calc.NumAreas || !r.Scenario.Included[a] {
		return nil, fmt.Errorf("chart: the scenario has no figures for area %s", a)
	}
	es := r.Scenario.Areas[a]
	if len(es) == 0 || len(es) != len(r.Dataset.Municipalities) {
		return nil, fmt.Errorf("chart: area %s has %d entries for %d municipalities", a, len(es), len(r.Dataset.Municipalities))
	}
	return es, nil
}

func name(r *calc.Result, i int) string { return r.Dataset.Municipalities[i].Name }

// Legend thumbnails.
type lineThumb draw.LineStyle

func (l lineThumb) Thumbnail(c *draw.Canvas) {
	y := c.Center().Y
	c.StrokeLine2(draw.LineStyle(l), c.Min.X, y, c.Max.X, y)
}

type dotThumb struct {
	Fill, Stroke color.Color
}

func (d dotThumb) Thumbnail(c *draw.Canvas) {
	sty := draw.GlyphStyle{Color: d.Fill, Radius: vg.Points(3), Shape: draw.CircleGlyph{}}
	if d.Fill == nil {
		sty = draw.GlyphStyle{Color: d.Stroke, Radius: vg.Points(3), Shape: draw.RingGlyph{}}
	}
	c.DrawGlyph(sty, c.Center())
}

// legend adds an entry, with a space between the text and its thumbnail.
func legend(p *plot.Plot, text string, th plot.Thumbnailer) {
	p.Legend.Add(text+" ", th)
}
