package chart

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"

	"benchsim/calc"
)

// TopMoves is how many of the largest moves WhoMoves labels.
const TopMoves = 8

// Move is one municipality's line in WhoMoves.
type Move struct {
	Index    int
	From, To int // baseline and scenario rank
	Change   int // From − To: positive = climbed
}

// MovesMarks is what WhoMoves drew.
type MovesMarks struct {
	Lines    []Move // one per municipality, in the dataset's order
	Top      []int  // indices of the labelled, coloured largest moves, largest first
	Moved    int    // municipalities whose rank changed
	Selected int    // index of the highlighted municipality; -1 for none
	Alt      Alt
}

// WhoMoves is a slope chart from each municipality's official (baseline)
// rank to its scenario rank. The TopMoves largest moves by |change| (ties:
// dataset order) are coloured — blue for climbing, vermillion for falling —
// and labelled; the rest are grey.
func WhoMoves(r *calc.Result, opts Options) (*plot.Plot, MovesMarks, error) {
	es, err := entries(r, opts.Area)
	if err != nil {
		return nil, MovesMarks{}, err
	}
	if !r.Baseline.Included[opts.Area] {
		return nil, MovesMarks{}, errNoBaseline(opts.Area)
	}
	m := MovesMarks{Selected: opts.selected(len(es))}
	byMove := moves(r, opts.Area, &m)
	p := movesPlot(len(es), opts)
	p.Add(movesLines(r, m, opts.Lang))
	if m.Moved == 0 {
		p.Add(notes{{Corner: cornerTopRight, Text: msg(opts.Lang).NoneMoves, Style: textStyle(9, colGrey)}})
	}
	m.Alt = movesAlt(r, m, byMove, opts)
	return p, m, nil
}

// moves records in m every municipality's move in area a from its
// official to its scenario rank (calc's rank change), how many moved and the
// TopMoves largest, and returns the moves largest first.
func moves(r *calc.Result, a calc.Area, m *MovesMarks) []Move {
	base, es := r.Baseline.Areas[a], r.Scenario.Areas[a]
	for i := range es {
		m.Lines = append(m.Lines, Move{Index: i, From: base[i].Rank, To: es[i].Rank, Change: r.RankChange(a, i)})
	}
	m.Moved = r.Moved(a, 1)
	byMove := slices.Clone(m.Lines)
	slices.SortStableFunc(byMove, func(a, b Move) int { return abs(b.Change) - abs(a.Change) })
	for _, mv := range byMove {
		if len(m.Top) == TopMoves || mv.Change == 0 {
			break
		}
		m.Top = append(m.Top, mv.Index)
	}
	return byMove
}

// movesPlot is the empty plot: official and scenario across, ranks 1..n
// down, with room on the right for the labels.
func movesPlot(n int, opts Options) *plot.Plot {
	w := msg(opts.Lang)
	p := newPlot(w.MovesTitle+areaName(opts.Area, opts.Lang), "", w.RankAxis)
	p.Y.Scale = plot.InvertedScale{Normalizer: plot.LinearScale{}}
	p.Y.Tick.Marker = rankTicks(n)
	p.Y.Min, p.Y.Max = 0.5, float64(n)+0.5
	p.X.Min, p.X.Max = -0.05, 1.65
	p.X.Tick.Marker = fixedTicks([]float64{0, 1}, []string{w.Official, w.Scenario})
	p.X.LineStyle.Width = 0
	return p
}

// movesLines are the grey lines, then the selected and the top moves
// coloured with their end dots and labels.
func movesLines(r *calc.Result, m MovesMarks, lang string) (grey, top polylines, ends dots, labs *labelLayer) {
	labs = &labelLayer{}
	isTop := map[int]bool{}
	for _, i := range m.Top {
		isTop[i] = true
	}
	for _, mv := range m.Lines {
		if isTop[mv.Index] || mv.Index == m.Selected {
			continue
		}
		grey.Lines = append(grey.Lines, polyline{X: []float64{0, 1}, Y: []float64{float64(mv.From), float64(mv.To)}, Style: lineStyle(colFaint, 0.8)})
	}
	add := func(mv Move, c color.Color, w float64, sty text.Style) {
		sty.Color = c
		top.Lines = append(top.Lines, polyline{X: []float64{0, 1}, Y: []float64{float64(mv.From), float64(mv.To)}, Style: lineStyle(c, w)})
		ends = append(ends, dot{X: 0, Y: float64(mv.From), R: vg.Points(2), Fill: c}, dot{X: 1, Y: float64(mv.To), R: vg.Points(2), Fill: c})
		labs.Labels = append(labs.Labels, label{X: 1, Y: float64(mv.To), Side: sideRight,
			Text: name(r, mv.Index) + " (" + moveText(mv.Change, lang) + ")", Style: sty})
	}
	if s := m.Selected; s >= 0 {
		add(m.Lines[s], colBlack, 2, bold(textStyle(8, colBlack)))
	}
	for _, i := range m.Top {
		if i == m.Selected {
			continue
		}
		mv := m.Lines[i]
		var c color.Color = colBlue
		if mv.Change < 0 {
			c = colVermil
		}
		add(mv, c, 1.6, textStyle(7.5, c))
	}
	return grey, top, ends, labs
}

// movesAlt says how many moved and the largest moves, with a table of every
// move, largest first.
func movesAlt(r *calc.Result, m MovesMarks, byMove []Move, opts Options) Alt {
	w := msg(opts.Lang)
	var b strings.Builder
	b.WriteString(w.MovesFrom)
	b.WriteString(areaName(opts.Area, opts.Lang))
	b.WriteString(": ")
	b.WriteString(itoa(m.Moved))
	b.WriteString(w.Of)
	b.WriteString(itoa(len(m.Lines)))
	b.WriteString(w.MovesMunicipalities)
	if len(m.Top) > 0 {
		b.WriteString(w.MovesLargest)
		for k, i := range m.Top {
			if k > 0 {
				b.WriteString(", ")
			}
			b.WriteString(name(r, i) + " " + moveText(m.Lines[i].Change, opts.Lang))
		}
		b.WriteString(".")
	}
	alt := Alt{Summary: b.String(), Header: []string{w.Municipality, w.Official, w.Scenario, w.MovesColChange}}
	for _, mv := range byMove {
		alt.Rows = append(alt.Rows, []string{name(r, mv.Index), itoa(mv.From), itoa(mv.To), moveText(mv.Change, opts.Lang)})
	}
	return alt
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

func errNoBaseline(a calc.Area) error {
	return fmt.Errorf("chart: the official ranking has no figures for area %s", a)
}
