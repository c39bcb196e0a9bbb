package chart

import (
	"fmt"
	"image/color"
	"slices"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/text"
	"gonum.org/v1/plot/vg"

	words "benchsim/app/text"
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
	base := r.Baseline.Areas[opts.Area]
	lang := opts.Lang
	n := len(es)
	m := MovesMarks{Selected: opts.selected(n)}
	for i := range es {
		mv := Move{Index: i, From: base[i].Rank, To: es[i].Rank}
		mv.Change = mv.From - mv.To
		m.Lines = append(m.Lines, mv)
		if mv.Change != 0 {
			m.Moved++
		}
	}
	byMove := slices.Clone(m.Lines)
	slices.SortStableFunc(byMove, func(a, b Move) int { return abs(b.Change) - abs(a.Change) })
	for _, mv := range byMove {
		if len(m.Top) == TopMoves || mv.Change == 0 {
			break
		}
		m.Top = append(m.Top, mv.Index)
	}

	p := newPlot(words.W{"Hvem flytter sig?\n", "Who moves?\n"}.In(words.Lang(lang))+areaName(opts.Area, lang), "",
		words.W{"Placering (1 = bedst)", "Rank (1 = best)"}.In(words.Lang(lang)))
	p.Y.Scale = plot.InvertedScale{Normalizer: plot.LinearScale{}}
	p.Y.Tick.Marker = rankTicks(n)
	p.Y.Min, p.Y.Max = 0.5, float64(n)+0.5
	// Room on the right for the labels.
	p.X.Min, p.X.Max = -0.05, 1.65
	p.X.Tick.Marker = fixedTicks([]float64{0, 1}, []string{words.W{"Officiel", "Official"}.In(words.Lang(lang)), words.W{"Scenarie", "Scenario"}.In(words.Lang(lang))})
	p.X.LineStyle.Width = 0

	var grey, top polylines
	var ends dots
	labs := &labelLayer{}
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
	p.Add(grey, top, ends, labs)
	if m.Moved == 0 {
		p.Add(notes{{Corner: cornerTopRight, Text: words.W{"Ingen kommuner flytter sig", "No municipality moves"}.In(words.Lang(lang)), Style: textStyle(9, colGrey)}})
	}

	var b strings.Builder
	b.WriteString(words.W{"Fra officiel placering til scenariets placering, ", "From official rank to the scenario's rank, "}.In(words.Lang(lang)))
	b.WriteString(areaName(opts.Area, lang))
	b.WriteString(": ")
	b.WriteString(itoa(m.Moved))
	b.WriteString(words.W{" af ", " of "}.In(words.Lang(lang)))
	b.WriteString(itoa(n))
	b.WriteString(words.W{" kommuner flytter sig.", " municipalities move."}.In(words.Lang(lang)))
	if len(m.Top) > 0 {
		b.WriteString(words.W{" Største flytninger: ", " Largest moves: "}.In(words.Lang(lang)))
		for k, i := range m.Top {
			if k > 0 {
				b.WriteString(", ")
			}
			b.WriteString(name(r, i) + " " + moveText(m.Lines[i].Change, lang))
		}
		b.WriteString(".")
	}
	m.Alt = Alt{Summary: b.String(), Header: []string{words.W{"Kommune", "Municipality"}.In(words.Lang(lang)), words.W{"Officiel", "Official"}.In(words.Lang(lang)),
		words.W{"Scenarie", "Scenario"}.In(words.Lang(lang)), words.W{"Ændring", "Change"}.In(words.Lang(lang))}}
	for _, mv := range byMove {
		m.Alt.Rows = append(m.Alt.Rows, []string{name(r, mv.Index), itoa(mv.From), itoa(mv.To), moveText(mv.Change, lang)})
	}
	return p, m, nil
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
