package chart

import (
	"image/color"
	"math"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"
	"gonum.org/v1/plot/vg/draw"
)

// The plotters below are the few marks the charts need, each with its own
// style per element (gonum's plotters style a whole series at once).

// dot is one point mark.
type dot struct {
	X, Y   float64
	R      vg.Length   // radius
	Fill   color.Color // nil: not filled
	Stroke color.Color // nil: no outline
	Width  vg.Length   // outline width
}

type dots []dot

func (ds dots) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, d := range ds {
		pt := vg.Point{X: trX(d.X), Y: trY(d.Y)}
		if !c.Contains(pt) {
			continue
		}
		var path vg.Path
		path.Move(vg.Point{X: pt.X + d.R, Y: pt.Y})
		path.Arc(pt, d.R, 0, 2*math.Pi)
		path.Close()
		if d.Fill != nil {
			c.SetColor(d.Fill)
			c.Fill(path)
		}
		if d.Stroke != nil && d.Width > 0 {
			c.SetLineStyle(draw.LineStyle{Color: d.Stroke, Width: d.Width})
			c.Stroke(path)
		}
	}
}

func (ds dots) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, d := range ds {
		xmin, xmax = math.Min(xmin, d.X), math.Max(xmax, d.X)
		ymin, ymax = math.Min(ymin, d.Y), math.Max(ymax, d.Y)
	}
	return
}

// polyline is a connected line through points in data coordinates.
type polyline struct {
	X, Y  []float64
	Style draw.LineStyle
}

// polylines draws lines; with noRange set they do not widen the axes
// (reference lines that should span whatever the data spans).
type polylines struct {
	Lines   []polyline
	noRange bool
}

func (ls polylines) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, l := range ls.Lines {
		pts := make([]vg.Point, 0, len(l.X))
		for i := range l.X {
			if math.IsNaN(l.X[i]) || math.IsNaN(l.Y[i]) {
				continue
			}
			pts = append(pts, vg.Point{X: trX(l.X[i]), Y: trY(l.Y[i])})
		}
		if len(pts) < 2 {
			continue
		}
		c.StrokeLines(l.Style, c.ClipLinesXY(pts)...)
	}
}

func (ls polylines) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	if ls.noRange {
		return
	}
	for _, l := range ls.Lines {
		for i := range l.X {
			if math.IsNaN(l.X[i]) || math.IsNaN(l.Y[i]) {
				continue
			}
			xmin, xmax = math.Min(xmin, l.X[i]), math.Max(xmax, l.X[i])
			ymin, ymax = math.Min(ymin, l.Y[i]), math.Max(ymax, l.Y[i])
		}
	}
	return
}

// rect is a filled rectangle in data coordinates.
type rect struct {
	X0, Y0, X1, Y1 float64
	Fill           color.Color
}

type rects []rect

func (rs rects) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	for _, r := range rs {
		x0, x1 := trX(r.X0), trX(r.X1)
		y0, y1 := trY(r.Y0), trY(r.Y1)
		pts := []vg.Point{{X: x0, Y: y0}, {X: x1, Y: y0}, {X: x1, Y: y1}, {X: x0, Y: y1}}
		c.FillPolygon(r.Fill, c.ClipPolygonXY(pts))
	}
}

func (rs rects) DataRange() (xmin, xmax, ymin, ymax float64) {
	xmin, ymin = math.Inf(1), math.Inf(1)
	xmax, ymax = math.Inf(-1), math.Inf(-1)
	for _, r := range rs {
		xmin, xmax = math.Min(xmin, math.Min(r.X0, r.X1)), math.Max(xmax, math.Max(r.X0, r.X1))
		ymin, ymax = math.Min(ymin, math.Min(r.Y0, r.Y1)), math.Max(ymax, math.Max(r.Y0, r.Y1))
	}
	return
}

// Sides a label may take relative to its anchor.
const (
	sideAny   = 0
	sideRight = 1
	sideLeft  = -1
)

// label is a text placed next to an anchor point without overlapping the
// labels placed before it.
type label struct {
	X, Y  float64
	Text  string
	Style text.Style
	Side  int
}

// labelLayer places labels greedily in order: the first label gets its
// preferred spot, later ones move (with a thin leader line) until they
// overlap neither an earlier label nor an obstacle point.
type labelLayer struct {
	Labels    []label
	Obstacles []dot // marks the labels should not cover
	Notes     notes // corner notes, drawn first and kept clear
}

func (l *labelLayer) Plot(c draw.Canvas, p *plot.Plot) {
	trX, trY := p.Transforms(&c)
	placed := l.Notes.draw(c)
	for _, o := range l.Obstacles {
		pt := vg.Point{X: trX(o.X), Y: trY(o.Y)}
		placed = append(placed, vg.Rectangle{Min: vg.Point{X: pt.X - o.R, Y: pt.Y - o.R}, Max: vg.Point{X: pt.X + o.R, Y: pt.Y + o.R}})
	}
	gap := vg.Points(4)
	for _, lb := range l.Labels {
		a := vg.Point{X: trX(lb.X), Y: trY(lb.Y)}
		sty := lb.Style
		sty.XAlign, sty.YAlign = text.XLeft, text.YBottom
		w, h := sty.Width(lb.Text), sty.Height(lb.Text)
		var cands []vg.Point // lower-left corners
		right := func(dy vg.Length) { cands = append(cands, vg.Point{X: a.X + gap, Y: a.Y - h/2 + dy}) }
		left := func(dy vg.Length) { cands = append(cands, vg.Point{X: a.X - gap - w, Y: a.Y - h/2 + dy}) }
		for k := 0; k <= 12; k++ {
			for _, s := range []vg.Length{1, -1} {
				if k == 0 && s < 0 {
					continue
				}
				dy := s * vg.Length(k) * h * 0.55
				if lb.Side != sideLeft {
					right(dy)
				}
				if lb.Side != sideRight {
					left(dy)
				}
			}
			if k == 0 && lb.Side == sideAny {
				cands = append(cands, vg.Point{X: a.X - w/2, Y: a.Y + gap}, vg.Point{X: a.X - w/2, Y: a.Y - gap - h})
			}
		}
		best, found := vg.Point{}, false
		for _, cand := range cands {
			box := vg.Rectangle{Min: cand, Max: vg.Point{X: cand.X + w, Y: cand.Y + h}}
			if box.Min.X < c.Min.X || box.Max.X > c.Max.X || box.Min.Y < c.Min.Y || box.Max.Y > c.Max.Y {
				continue
			}
			clear := true
			for _, q := range placed {
				if overlaps(box, q) {
					clear = false
					break
				}
			}
			if clear {
				best, found = cand, true
				break
			}
		}
		if !found {
			// Nowhere free: take the preferred spot, kept inside the canvas.
			best = cands[0]
			best.X = max(c.Min.X, min(best.X, c.Max.X-w))
			best.Y = max(c.Min.Y, min(best.Y, c.Max.Y-h))
		}
		box := vg.Rectangle{Min: best, Max: vg.Point{X: best.X + w, Y: best.Y + h}}
		placed = append(placed, box)
		// A leader line when the label left its anchor.
		cy := best.Y + h/2
		if math.Abs(float64(cy-a.Y)) > float64(h)*0.6 {
			end := vg.Point{X: best.X, Y: cy}
			if best.X+w/2 < a.X {
				end.X = best.X + w
			}
			c.StrokeLine2(draw.LineStyle{Color: colLight, Width: vg.Points(0.5)}, a.X, a.Y, end.X, end.Y)
		}
		c.FillPolygon(colHalo, []vg.Point{box.Min, {X: box.Max.X, Y: box.Min.Y}, box.Max, {X: box.Min.X, Y: box.Max.Y}})
		c.FillText(sty, best, lb.Text)
	}
}

func overlaps(a, b vg.Rectangle) bool {
	return a.Min.X < b.Max.X && b.Min.X < a.Max.X && a.Min.Y < b.Max.Y && b.Min.Y < a.Max.Y
}

// Corners of the data area for notes.
const (
	cornerTopLeft = iota
	cornerBottomLeft
	cornerTopRight
	cornerBottomRight
)

// note is a text in a corner of the data area (e.g. which side is better).
type note struct {
	Corner int
	Text   string
	Style  text.Style
}

type notes []note

func (ns notes) Plot(c draw.Canvas, _ *plot.Plot) { ns.draw(c) }

// draw draws the notes and returns the boxes they cover.
func (ns notes) draw(c draw.Canvas) []vg.Rectangle {
	pad := vg.Points(4)
	var boxes []vg.Rectangle
	for _, n := range ns {
		sty := n.Style
		sty.XAlign, sty.YAlign = text.XLeft, text.YBottom
		w, h := sty.Width(n.Text), sty.Height(n.Text)
		pt := vg.Point{X: c.Min.X + pad, Y: c.Max.Y - pad - h}
		switch n.Corner {
		case cornerBottomLeft:
			pt.Y = c.Min.Y + pad
		case cornerTopRight:
			pt.X = c.Max.X - pad - w
		case cornerBottomRight:
			pt.X = c.Max.X - pad - w
			pt.Y = c.Min.Y + pad
		}
		// Stack notes that would collide (narrow charts).
		for moved := true; moved; {
			moved = false
			for _, q := range boxes {
				if overlaps(vg.Rectangle{Min: pt, Max: vg.Point{X: pt.X + w, Y: pt.Y + h}}, q) {
					if n.Corner == cornerBottomLeft || n.Corner == cornerBottomRight {
						pt.Y = q.Max.Y + 2
					} else {
						pt.Y = q.Min.Y - 2 - h
					}
					moved = true
				}
			}
		}
		c.FillText(sty, pt, n.Text)
		boxes = append(boxes, vg.Rectangle{Min: pt, Max: vg.Point{X: pt.X + w, Y: pt.Y + h}})
	}
	return boxes
}

// numTicks are linear ticks at a "nice" step (1, 2 or 5 × 10^k, about six
// of them) with labels in the chosen number format; decimals is the least
// number of decimals shown.
func numTicks(decimals int, lang string) plot.Ticker {
	return plot.TickerFunc(func(lo, hi float64) []plot.Tick {
		if !(hi > lo) {
			return []plot.Tick{{Value: lo, Label: fmtNum(lo, decimals, lang)}}
		}
		raw := (hi - lo) / 6
		mag := math.Pow(10, math.Floor(math.Log10(raw)))
		step := mag
		for _, f := range []float64{2, 5, 10} {
			if step >= raw {
				break
			}
			step = f * mag
		}
		dec := max(decimals, int(math.Max(0, -math.Floor(math.Log10(step)+1e-9))))
		var ts []plot.Tick
		for v := math.Ceil(lo/step-1e-9) * step; v <= hi+step*1e-9; v += step {
			if math.Abs(v) < step*1e-9 {
				v = 0
			}
			ts = append(ts, plot.Tick{Value: v, Label: fmtNum(v, dec, lang)})
		}
		return ts
	})
}

// rankTicks label ranks 1, 10, 20, … up to n.
func rankTicks(n int) plot.Ticker {
	return plot.TickerFunc(func(lo, hi float64) []plot.Tick {
		step := 10
		if n <= 20 {
			step = 1
			if n > 10 {
				step = 2
			}
		}
		ts := []plot.Tick{{Value: 1, Label: "1"}}
		for v := step; v <= n; v += step {
			if v == 1 {
				continue
			}
			ts = append(ts, plot.Tick{Value: float64(v), Label: itoa(v)})
		}
		if n > 1 && n%step != 0 {
			ts = append(ts, plot.Tick{Value: float64(n), Label: itoa(n)})
		}
		return ts
	})
}

// logTicks label a log axis at 1, 2, 5 × 10^k in the chosen number format;
// over more than about two and a half decades only at 10^k, so the labels
// do not collide on a narrow chart.
func logTicks(lang string) plot.Ticker {
	return plot.TickerFunc(func(lo, hi float64) []plot.Tick {
		var ts []plot.Tick
		for e := math.Floor(math.Log10(lo)); e <= math.Ceil(math.Log10(hi)); e++ {
			for _, m := range []float64{1, 2, 3, 4, 5, 6, 7, 8, 9} {
				v := m * math.Pow(10, e)
				if v < lo || v > hi {
					continue
				}
				t := plot.Tick{Value: v}
				if m == 1 || (hi/lo < 300 && (m == 2 || m == 5)) {
					t.Label = fmtNum(v, 0, lang)
				}
				ts = append(ts, t)
			}
		}
		return ts
	})
}

// fixedTicks are ticks at given values with given labels.
func fixedTicks(vals []float64, labels []string) plot.Ticker {
	return plot.TickerFunc(func(lo, hi float64) []plot.Tick {
		ts := make([]plot.Tick, 0, len(vals))
		for i, v := range vals {
			if v >= lo-1e-9 && v <= hi+1e-9 {
				ts = append(ts, plot.Tick{Value: v, Label: labels[i]})
			}
		}
		return ts
	})
}

func itoa(v int) string { return fmtNum(float64(v), 0, "") }

func lineStyle(c color.Color, w float64, dash ...float64) draw.LineStyle {
	ls := draw.LineStyle{Color: c, Width: vg.Points(w)}
	for _, d := range dash {
		ls.Dashes = append(ls.Dashes, vg.Points(d))
	}
	return ls
}
