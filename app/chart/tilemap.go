package chart

import (
	"fmt"
	"html"
	"math"
	"slices"
	"strconv"
	"strings"

	"benchsim/calc"
)

// Measure is what the tile map colours by.
type Measure int

// The measures of the tile map. Each becomes a signed score, negative =
// better (blue) and positive = worse (orange), centred on 0.
const (
	MeasureDiffPP     Measure = iota // percentage-point difference; the score is the difference
	MeasureRank                      // rank 1..N; the score is rank − (N+1)/2, so the middle rank is 0
	MeasureRankChange                // places climbed from baseline to scenario; the score is −change
)

// MapValue is one municipality's value on the map.
type MapValue struct {
	Code  int // kommunekode: which tile
	Name  string
	Value float64 // in the measure's unit; NaN = no value
}

// MapOptions are the map's choices.
type MapOptions struct {
	Lang    string
	Measure Measure
	N       int     // municipalities ranked, for MeasureRank; 0 = len(values)
	MaxAbs  float64 // the colour scale's end; 0 = the largest |score| among the values
	// Selected is the kommunekode of the highlighted tile; 0 for none.
	Selected int
	Title    string // shown at the top and as the <title>; "" = a title for the measure
	Stamp    string // provenance line at the bottom (dataset, period, scenario, "eksempeldata")
}

// TileMark is what the map drew on one tile.
type TileMark struct {
	Code     int
	Name     string
	Col, Row int
	Value    float64 // as given; NaN when missing
	Score    float64 // the signed score coloured: negative = better
	Fill     string  // the tile's colour, "#rrggbb"
	Label    string  // the text under the abbreviation: sign and value
	Missing  bool
}

// MapMarks is what Map drew.
type MapMarks struct {
	Tiles                           []TileMark // one per tile, in kommunekode order
	MaxAbs                          float64    // the colour scale's end
	Better, Worse, Neutral, Missing int        // tiles by sign of their score
	Unplaced                        []int      // codes among the values that have no tile
	Alt                             Alt
}

// Geometry of the map, in SVG user units (px).
const (
	tileSize  = 34
	tilePitch = 37
	mapMargin = 10
	mapTitleH = 30
	legendH   = 58
	stampH    = 16
)

// Map draws the tile map as one <svg> element. Each tile is a <g
// class="bm-tile"> with role="link", tabindex="0", data-code, an aria-label
// and a <title> tooltip, so hover and keyboard focus both reach it; the UI
// attaches the click and Enter handlers. Colours come from Color on the
// measure's signed score; each tile also carries its value with a sign (or
// an arrow for rank changes), and the legend says which side is better, so
// colour is never the only cue. All text is XML-escaped.
func Map(values []MapValue, opts MapOptions) (string, MapMarks) {
	n := opts.N
	if n <= 0 {
		n = len(values)
	}
	m := mapTiles(values, opts, n)
	svg := writeMap(m, opts, n)
	m.Alt = mapAlt(m, opts.Measure, n, opts.Lang)
	return svg, m
}

// mapScore is a value's signed score on the map: negative = better.
func mapScore(ms Measure, v float64, n int) float64 {
	switch ms {
	case MeasureRank:
		return v - float64(n+1)/2
	case MeasureRankChange:
		return -v
	}
	return v
}

// mapTiles are the map's marks: one tile per municipality of Tiles, in
// kommunekode order, scored and coloured from values; codes without a tile
// are Unplaced.
func mapTiles(values []MapValue, opts MapOptions, n int) MapMarks {
	byCode := make(map[int]MapValue, len(values))
	var m MapMarks
	for _, v := range values {
		if _, ok := Tiles[v.Code]; !ok {
			m.Unplaced = append(m.Unplaced, v.Code)
			continue
		}
		byCode[v.Code] = v
	}
	codes := make([]int, 0, len(Tiles))
	for c := range Tiles {
		codes = append(codes, c)
	}
	slices.Sort(codes)
	m.MaxAbs = opts.MaxAbs
	if !(m.MaxAbs > 0) {
		for _, v := range byCode {
			if s := mapScore(opts.Measure, v.Value, n); !math.IsNaN(s) {
				m.MaxAbs = math.Max(m.MaxAbs, math.Abs(s))
			}
		}
	}
	for _, c := range codes {
		v, ok := byCode[c]
		tm := tileMark(c, v, ok, m.MaxAbs, opts, n)
		switch {
		case tm.Missing:
			m.Missing++
		case tm.Score < 0:
			m.Better++
		case tm.Score > 0:
			m.Worse++
		default:
			m.Neutral++
		}
		m.Tiles = append(m.Tiles, tm)
	}
	return m
}

// tileMark is tile c with value v (ok: there is one), coloured on a scale
// ending at maxAbs.
func tileMark(c int, v MapValue, ok bool, maxAbs float64, opts MapOptions, n int) TileMark {
	t := Tiles[c]
	tm := TileMark{Code: c, Name: v.Name, Col: t.Col, Row: t.Row, Value: math.NaN(), Score: math.NaN()}
	if ok && !math.IsNaN(v.Value) && !math.IsInf(v.Value, 0) {
		tm.Value = v.Value
		tm.Score = mapScore(opts.Measure, v.Value, n)
		tm.Fill = Color(tm.Score, maxAbs)
		tm.Label = tileLabel(opts.Measure, v.Value, opts.Lang)
	} else {
		tm.Missing = true
		tm.Fill = missingFill
		tm.Label = "–"
	}
	if tm.Name == "" {
		tm.Name = strconv.Itoa(c)
	}
	return tm
}

// writeMap writes the map's <svg>: title, Bornholm's frame, the tiles (the
// selected one last, on top), the legend and the stamp.
func writeMap(m MapMarks, opts MapOptions, n int) string {
	lang := opts.Lang
	title := opts.Title
	if title == "" {
		title = measureTitle(opts.Measure, lang)
	}
	cols, rows := gridSize()
	w := 2*mapMargin + cols*tilePitch
	h := mapTitleH + rows*tilePitch + legendH + stampH + mapMargin
	var b strings.Builder
	b.Grow(64 * 1024)
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" width="%d" height="%d" role="group" aria-label="%s" font-family="Liberation Sans, Arial, Helvetica, sans-serif">`,
		w, h, w, h, esc(title))
	b.WriteString("<title>" + esc(title) + "</title>")
	b.WriteString(`<style>.bm-tile{cursor:pointer}.bm-tile:focus{outline:none}.bm-tile:hover rect,.bm-tile:focus rect{stroke:#000;stroke-width:3}</style>`)
	fmt.Fprintf(&b, `<text x="%d" y="20" font-size="15" font-weight="bold" fill="#000">%s</text>`, mapMargin, esc(title))

	// Bornholm is an inset: a dashed frame says it is not where it lies.
	if t, ok := Tiles[400]; ok {
		x, y := tileXY(t)
		fmt.Fprintf(&b, `<rect x="%d" y="%d" width="%d" height="%d" rx="4" fill="none" stroke="#b0b0b0" stroke-dasharray="3 3" aria-hidden="true"/>`,
			x-6, y-6, tileSize+12, tileSize+12)
	}
	b.WriteString(`<g class="bm-tiles">`)
	sel := -1
	for k, tm := range m.Tiles {
		if tm.Code == opts.Selected {
			sel = k
			continue
		}
		writeTile(&b, tm, false, opts.Measure, n, lang)
	}
	if sel >= 0 {
		writeTile(&b, m.Tiles[sel], true, opts.Measure, n, lang)
	}
	b.WriteString(`</g>`)
	writeLegend(&b, m, opts.Measure, n, lang, mapTitleH+rows*tilePitch+8)
	if opts.Stamp != "" {
		fmt.Fprintf(&b, `<text x="%d" y="%d" font-size="9" fill="#595959">%s</text>`, mapMargin, h-mapMargin/2-2, esc(opts.Stamp))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

const missingFill = "#e0e0e0"

func esc(s string) string { return html.EscapeString(s) }

func tileXY(t Tile) (x, y int) {
	return mapMargin + t.Col*tilePitch, mapTitleH + t.Row*tilePitch
}

func writeTile(b *strings.Builder, tm TileMark, selected bool, ms Measure, n int, lang string) {
	x, y := tileXY(Tiles[tm.Code])
	desc := tileDescription(tm, ms, n, lang)
	fmt.Fprintf(b, `<g class="bm-tile" role="link" tabindex="0" data-code="%d" aria-label="%s"`, tm.Code, esc(desc))
	if selected {
		b.WriteString(` aria-current="true"`)
	}
	b.WriteString(`><title>` + esc(desc) + `</title>`)
	stroke := `stroke="#ffffff" stroke-width="1"`
	if selected {
		stroke = `stroke="#000000" stroke-width="3"`
	}
	fmt.Fprintf(b, `<rect x="%d" y="%d" width="%d" height="%d" rx="3" fill="%s" %s/>`, x, y, tileSize, tileSize, tm.Fill, stroke)
	ink := "#1a1a1a"
	if luminance(tm.Fill) < 0.3 {
		ink = "#ffffff"
	}
	abbr := Tiles[tm.Code].Abbr
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="10" font-weight="bold" text-anchor="middle" fill="%s" aria-hidden="true">%s</text>`,
		x+tileSize/2, y+14, ink, esc(abbr))
	fmt.Fprintf(b, `<text x="%d" y="%d" font-size="9.5" text-anchor="middle" fill="%s" aria-hidden="true">%s</text>`,
		x+tileSize/2, y+27, ink, esc(tm.Label))
	b.WriteString(`</g>`)
}

// tileLabel is the value on a tile: signed pp, the rank, or an arrow and
// places for a rank change.
func tileLabel(ms Measure, v float64, lang string) string {
	switch ms {
	case MeasureRank:
		return fmtNum(v, 0, lang)
	case MeasureRankChange:
		switch c := int(math.Round(v)); {
		case c > 0:
			return "▲" + strconv.Itoa(c)
		case c < 0:
			return "▼" + strconv.Itoa(-c)
		}
		return "="
	}
	return fmtSigned(v, 1, lang)
}

// tileDescription is the tile's tooltip and accessible name.
func tileDescription(tm TileMark, ms Measure, n int, lang string) string {
	if tm.Missing {
		return tm.Name + ": " + msg(lang).NoData
	}
	switch ms {
	case MeasureRank:
		return tm.Name + ": " + msg(lang).RankOf + fmtNum(tm.Value, 0, lang) + msg(lang).Of + strconv.Itoa(n)
	case MeasureRankChange:
		c := int(math.Round(tm.Value))
		if c == 0 {
			return tm.Name + ": " + msg(lang).SameRank
		}
		return tm.Name + ": " + moveText(c, lang) + msg(lang).Places
	}
	side := msg(lang).AsExpected
	switch {
	case tm.Value < 0:
		side = msg(lang).BetterThanExpected
	case tm.Value > 0:
		side = msg(lang).WorseThanExpected
	}
	return tm.Name + ": " + fmtSigned(tm.Value, 2, lang) + msg(lang).PPComma + side
}

func measureTitle(ms Measure, lang string) string {
	switch ms {
	case MeasureRank:
		return msg(lang).Rank
	case MeasureRankChange:
		return msg(lang).MapChange
	}
	return msg(lang).MapDiff
}

// legendText is what the two ends of the legend mean.
func legendText(ms Measure, lang string) (better, worse string) {
	switch ms {
	case MeasureRank:
		return msg(lang).BetterRank, msg(lang).WorseRank
	case MeasureRankChange:
		return msg(lang).MovedUp, msg(lang).MovedDown
	}
	return msg(lang).BetterThanExpected, msg(lang).WorseThanExpected
}

// legendEnds are the value labels at the ends and middle of the legend.
func legendEnds(ms Measure, maxAbs float64, n int, lang string) (lo, mid, hi string) {
	switch ms {
	case MeasureRank:
		return msg(lang).Rank1, msg(lang).Middle, msg(lang).RankOf + strconv.Itoa(n)
	case MeasureRankChange:
		k := int(math.Round(maxAbs))
		return "▲" + strconv.Itoa(k), "=", "▼" + strconv.Itoa(k)
	}
	return fmtSigned(-maxAbs, 1, lang), "0", fmtSigned(maxAbs, 1, lang)
}

func writeLegend(b *strings.Builder, m MapMarks, ms Measure, n int, lang string, top int) {
	const steps, sw, sh = 11, 26, 12
	x0 := mapMargin
	fmt.Fprintf(b, `<g class="bm-legend" aria-hidden="true" font-size="10" fill="#333333">`)
	for k := 0; k < steps; k++ {
		v := (float64(k)/float64(steps-1)*2 - 1) * m.MaxAbs
		fmt.Fprintf(b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>`, x0+k*sw, top, sw, sh, Color(v, m.MaxAbs))
	}
	lo, mid, hi := legendEnds(ms, m.MaxAbs, n, lang)
	end := x0 + steps*sw
	ty := top + sh + 12
	fmt.Fprintf(b, `<text x="%d" y="%d">%s</text>`, x0, ty, esc(lo))
	fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="middle">%s</text>`, x0+steps*sw/2, ty, esc(mid))
	fmt.Fprintf(b, `<text x="%d" y="%d" text-anchor="end">%s</text>`, end, ty, esc(hi))
	better, worse := legendText(ms, lang)
	ty += 14
	fmt.Fprintf(b, `<text x="%d" y="%d" font-weight="bold" fill="%s">← %s</text>`, x0, ty, Color(-1, 1), esc(better))
	fmt.Fprintf(b, `<text x="%d" y="%d" font-weight="bold" text-anchor="end" fill="%s">%s →</text>`, end, ty, Color(1, 1), esc(worse))
	if m.Missing > 0 {
		fmt.Fprintf(b, `<rect x="%d" y="%d" width="%d" height="%d" fill="%s"/>`, end+24, top, sw, sh, missingFill)
		fmt.Fprintf(b, `<text x="%d" y="%d">%s</text>`, end+24+sw+6, top+sh-2, esc(msg(lang).NoData))
	}
	b.WriteString(`</g>`)
}

func mapAlt(m MapMarks, ms Measure, n int, lang string) Alt {
	better, worse := legendText(ms, lang)
	var b strings.Builder
	b.WriteString(measureTitle(ms, lang))
	b.WriteString(": ")
	fmt.Fprintf(&b, "%d %s, %d %s", m.Better, better, m.Worse, worse)
	if m.Neutral > 0 {
		fmt.Fprintf(&b, ", %d %s", m.Neutral, msg(lang).InTheMiddle)
	}
	if m.Missing > 0 {
		fmt.Fprintf(&b, ", %d %s", m.Missing, msg(lang).Missing)
	}
	b.WriteString(".")
	best, worst := -1, -1
	for k, t := range m.Tiles {
		if t.Missing {
			continue
		}
		if best < 0 || t.Score < m.Tiles[best].Score {
			best = k
		}
		if worst < 0 || t.Score > m.Tiles[worst].Score {
			worst = k
		}
	}
	if best >= 0 && m.Tiles[best].Score < 0 {
		b.WriteString(msg(lang).Best + tileDescription(m.Tiles[best], ms, n, lang) + ".")
	}
	if worst >= 0 && m.Tiles[worst].Score > 0 {
		b.WriteString(msg(lang).Worst + tileDescription(m.Tiles[worst], ms, n, lang) + ".")
	}
	alt := Alt{Summary: b.String(), Header: []string{msg(lang).Municipality, msg(lang).MapColValue, msg(lang).MapColDescription}}
	order := make([]int, len(m.Tiles))
	for k := range order {
		order[k] = k
	}
	slices.SortStableFunc(order, func(x, y int) int { return strings.Compare(m.Tiles[x].Name, m.Tiles[y].Name) })
	for _, k := range order {
		t := m.Tiles[k]
		alt.Rows = append(alt.Rows, []string{t.Name, t.Label, tileDescription(t, ms, n, lang)})
	}
	return alt
}

// MapValues takes the map's values from a result: the scenario's
// percentage-point difference, its rank, or the rank change from the
// baseline, in area a.
func MapValues(r *calc.Result, a calc.Area, ms Measure) ([]MapValue, error) {
	es, err := entries(r, a)
	if err != nil {
		return nil, err
	}
	out := make([]MapValue, len(es))
	for i, e := range es {
		mu := r.Dataset.Municipalities[i]
		v := MapValue{Code: mu.Code, Name: mu.Name}
		switch ms {
		case MeasureRank:
			v.Value = float64(e.Rank)
		case MeasureRankChange:
			v.Value = float64(r.RankChange(a, i))
		default:
			v.Value = e.DiffPP
		}
		out[i] = v
	}
	return out, nil
}

// The diverging scale: blue for negative (better than expected), orange for
// positive (worse), light grey at 0. Blue against orange stays apart for
// the common colour-vision deficiencies (ColorBrewer RdBu's blues, PuOr's
// oranges).
var (
	scaleBlue   = [][3]float64{{0xf7, 0xf7, 0xf7}, {0xd1, 0xe5, 0xf0}, {0x92, 0xc5, 0xde}, {0x43, 0x93, 0xc3}, {0x21, 0x66, 0xac}, {0x05, 0x30, 0x61}}
	scaleOrange = [][3]float64{{0xf7, 0xf7, 0xf7}, {0xfe, 0xe0, 0xb6}, {0xfd, 0xb8, 0x63}, {0xe0, 0x82, 0x14}, {0xb3, 0x58, 0x06}, {0x7f, 0x3b, 0x08}}
)

// Color is the map's colour for a signed score v on a scale that ends at
// ±maxAbs, as "#rrggbb": light grey at 0, bluer and darker towards −maxAbs,
// more orange and darker towards +maxAbs; beyond maxAbs it stays at the end.
// NaN gives the no-data grey; maxAbs ≤ 0 gives the neutral grey.
func Color(v, maxAbs float64) string {
	if math.IsNaN(v) {
		return missingFill
	}
	if !(maxAbs > 0) {
		return hexRGB(scaleBlue[0])
	}
	t := math.Min(math.Abs(v)/maxAbs, 1)
	ramp := scaleOrange
	if v < 0 {
		ramp = scaleBlue
	}
	pos := t * float64(len(ramp)-1)
	k := min(int(pos), len(ramp)-2)
	f := pos - float64(k)
	var c [3]float64
	for j := range c {
		c[j] = ramp[k][j] + (ramp[k+1][j]-ramp[k][j])*f
	}
	return hexRGB(c)
}

func hexRGB(c [3]float64) string {
	return fmt.Sprintf("#%02x%02x%02x", uint8(math.Round(c[0])), uint8(math.Round(c[1])), uint8(math.Round(c[2])))
}

// luminance is the relative luminance (WCAG) of a "#rrggbb" colour.
func luminance(hex string) float64 {
	if len(hex) != 7 || hex[0] != '#' {
		return 1
	}
	var l float64
	for j, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, err := strconv.ParseUint(hex[1+2*j:3+2*j], 16, 8)
		if err != nil {
			return 1
		}
		c := float64(v) / 255
		if c <= 0.03928 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += w * c
	}
	return l
}
