package chart

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"benchsim/calc"
)

func TestTilesCoverMunicipalities(t *testing.T) {
	if len(calc.Municipalities) != 98 || len(Tiles) != 98 {
		t.Fatalf("%d municipalities, %d tiles, want 98 each", len(calc.Municipalities), len(Tiles))
	}
	pos := map[[2]int]int{}
	abbr := map[string]int{}
	for _, m := range calc.Municipalities {
		tl, ok := Tiles[m.Code]
		if !ok {
			t.Errorf("%s (%d) has no tile", m.Name, m.Code)
			continue
		}
		if c, dup := pos[[2]int{tl.Col, tl.Row}]; dup {
			t.Errorf("%d and %d share the tile %d,%d", c, m.Code, tl.Col, tl.Row)
		}
		pos[[2]int{tl.Col, tl.Row}] = m.Code
		if c, dup := abbr[tl.Abbr]; dup || len([]rune(tl.Abbr)) != 3 {
			t.Errorf("abbreviation %q of %d: duplicate of %d or not three letters", tl.Abbr, m.Code, c)
		}
		abbr[tl.Abbr] = m.Code
	}
}

// TestTileAdjacency: every tile except Bornholm's shares an edge with a
// tile of its own region; Bornholm's touches none.
func TestTileAdjacency(t *testing.T) {
	region := map[int]string{}
	for _, m := range calc.Municipalities {
		region[m.Code] = m.Region
	}
	for _, m := range calc.Municipalities {
		a := Tiles[m.Code]
		var same, any []int
		for c, b := range Tiles {
			if c != m.Code && touch(a, b) {
				any = append(any, c)
				if region[c] == m.Region {
					same = append(same, c)
				}
			}
		}
		if m.Code == 400 {
			if len(any) != 0 {
				t.Errorf("Bornholm's tile touches %v", any)
			}
			continue
		}
		if len(same) == 0 {
			t.Errorf("%s (%s) touches no tile of its region (touches %v)", m.Name, m.Region, any)
		}
	}
	// A few neighbours that must stay neighbours for the map to read right.
	for _, p := range [][2]int{{101, 147}, {101, 185}, {185, 155}, {751, 730}, {461, 480}, {410, 420}, {607, 621}, {860, 813}, {376, 360}, {265, 169}} {
		if !touch(Tiles[p[0]], Tiles[p[1]]) {
			t.Errorf("%d and %d do not touch", p[0], p[1])
		}
	}
	if !touch(Tile{Col: 1, Row: 1}, Tile{Col: 1, Row: 2}) || touch(Tile{Col: 1, Row: 1}, Tile{Col: 2, Row: 2}) || touch(Tile{Col: 1, Row: 1}, Tile{Col: 1, Row: 1}) {
		t.Errorf("Touch is wrong")
	}
}

func rgb(t *testing.T, hex string) (r, g, b float64) {
	t.Helper()
	if len(hex) != 7 || hex[0] != '#' {
		t.Fatalf("colour %q is not #rrggbb", hex)
	}
	v, err := strconv.ParseUint(hex[1:], 16, 32)
	if err != nil {
		t.Fatal(err)
	}
	return float64(v >> 16), float64(v >> 8 & 0xff), float64(v & 0xff)
}

func TestColor(t *testing.T) {
	// −0.5 pp is bluer and darker than −0.1 pp; +0.3 is orange.
	r5, g5, b5 := rgb(t, Color(-0.5, 1))
	r1, g1, b1 := rgb(t, Color(-0.1, 1))
	if !(b5-r5 > b1-r1) || !(b5 > r5 && b1 > r1) {
		t.Errorf("−0.5 %s is not bluer than −0.1 %s", Color(-0.5, 1), Color(-0.1, 1))
	}
	if !(luminance(Color(-0.5, 1)) < luminance(Color(-0.1, 1))) || !(r5+g5+b5 < r1+g1+b1) {
		t.Errorf("−0.5 is not darker than −0.1")
	}
	ro, go_, bo := rgb(t, Color(0.3, 1))
	if !(ro > go_ && go_ > bo) {
		t.Errorf("+0.3 %s is not orange", Color(0.3, 1))
	}
	if !(luminance(Color(0.9, 1)) < luminance(Color(0.3, 1))) {
		t.Errorf("+0.9 is not darker than +0.3")
	}
	if r, g, b := rgb(t, Color(0, 1)); r != g || g != b {
		t.Errorf("0 is not neutral: %s", Color(0, 1))
	}
	if Color(-5, 1) != Color(-1, 1) || Color(7, 2) != Color(2, 2) {
		t.Errorf("values beyond the scale are not clamped")
	}
	if Color(math.NaN(), 1) != missingFill || Color(0.5, 0) != Color(0, 1) {
		t.Errorf("NaN or a zero scale")
	}
}

var tileRE = regexp.MustCompile(`<g class="bm-tile" role="link" tabindex="0" data-code="(\d+)" aria-label="([^"]*)"[^>]*><title>([^<]*)</title><rect [^>]*fill="(#[0-9a-f]{6})"[^>]*/><text[^>]*>([^<]*)</text><text[^>]*>([^<]*)</text></g>`)

type drawnTile struct{ label, title, fill, abbr, value string }

func drawnTiles(t *testing.T, svg string) map[int]drawnTile {
	t.Helper()
	wellFormed(t, svg)
	out := map[int]drawnTile{}
	for _, m := range tileRE.FindAllStringSubmatch(svg, -1) {
		c, _ := strconv.Atoi(m[1])
		out[c] = drawnTile{m[2], m[3], m[4], m[5], m[6]}
	}
	return out
}

// TestMapColours: two municipalities' colours follow the measure's sign and
// size, in the marks and in the drawn SVG.
func TestMapColours(t *testing.T) {
	vals := []MapValue{{Code: 101, Name: "København", Value: -0.5}, {Code: 147, Name: "Frederiksberg", Value: -0.1},
		{Code: 751, Name: "Aarhus", Value: 0.3}, {Code: 825, Name: "Læsø", Value: math.NaN()}}
	svg, m := Map(vals, MapOptions{MaxAbs: 1, Selected: 751})
	tiles := drawnTiles(t, svg)
	if len(tiles) != 98 || len(m.Tiles) != 98 {
		t.Fatalf("%d tiles drawn, %d marked, want 98", len(tiles), len(m.Tiles))
	}
	if m.Better != 2 || m.Worse != 1 || m.Missing != 95 || m.MaxAbs != 1 {
		t.Errorf("counts %d better %d worse %d missing, max %v", m.Better, m.Worse, m.Missing, m.MaxAbs)
	}
	kbh, frb, aar := tiles[101], tiles[147], tiles[751]
	if kbh.fill != Color(-0.5, 1) || frb.fill != Color(-0.1, 1) || aar.fill != Color(0.3, 1) || tiles[825].fill != missingFill {
		t.Errorf("fills %s %s %s %s", kbh.fill, frb.fill, aar.fill, tiles[825].fill)
	}
	rk, _, bk := rgb(t, kbh.fill)
	rf, _, bf := rgb(t, frb.fill)
	if !(bk-rk > bf-rf) || !(luminance(kbh.fill) < luminance(frb.fill)) {
		t.Errorf("København (−0.5) %s is not bluer and darker than Frederiksberg (−0.1) %s", kbh.fill, frb.fill)
	}
	// Signs and words, not only colour.
	if kbh.value != "−0,5" || aar.value != "+0,3" || tiles[825].value != "–" || kbh.abbr != "KBH" {
		t.Errorf("tile texts %q %q %q %q", kbh.value, aar.value, tiles[825].value, kbh.abbr)
	}
	if kbh.label != "København: −0,50 procentpoint, bedre end forventet" || aar.label != "Aarhus: +0,30 procentpoint, dårligere end forventet" || kbh.title != kbh.label {
		t.Errorf("labels %q / %q / %q", kbh.label, aar.label, kbh.title)
	}
	if !strings.Contains(svg, `data-code="751" aria-label="Aarhus: +0,30 procentpoint, dårligere end forventet" aria-current="true"`) {
		t.Errorf("the selected tile is not marked")
	}
	if !strings.Contains(svg, "← bedre end forventet<") || !strings.Contains(svg, ">dårligere end forventet →<") {
		t.Errorf("legend lacks its sides")
	}
	// Ranks: centred on the middle rank; rank changes: climbing is blue.
	ranks := []MapValue{{Code: 101, Value: 1}, {Code: 147, Value: 40}, {Code: 751, Value: 98}}
	_, m = Map(ranks, MapOptions{Measure: MeasureRank, N: 98, Lang: "en"})
	kt, ft, at := tileOf(m, 101), tileOf(m, 147), tileOf(m, 751)
	if kt.Score != -48.5 || at.Score != 48.5 || ft.Score != -9.5 || kt.Fill != Color(-48.5, 48.5) || at.Label != "98" {
		t.Errorf("rank tiles %+v %+v %+v", kt, ft, at)
	}
	if r, _, b := rgb(t, kt.Fill); !(b > r) {
		t.Errorf("rank 1 is not blue")
	}
	if r, g, b := rgb(t, at.Fill); !(r > g && g > b) {
		t.Errorf("rank 98 is not orange")
	}
	moves := []MapValue{{Code: 101, Value: 5}, {Code: 147, Value: -3}, {Code: 751, Value: 0}}
	svg, m = Map(moves, MapOptions{Measure: MeasureRankChange, Lang: "en"})
	if kt := tileOf(m, 101); kt.Score != -5 || kt.Label != "▲5" || tileOf(m, 147).Label != "▼3" || tileOf(m, 751).Label != "=" || m.MaxAbs != 5 {
		t.Errorf("rank-change tiles %+v %+v", kt, tileOf(m, 147))
	}
	if d := drawnTiles(t, svg)[101]; d.label != "101: up 5 places" {
		t.Errorf("rank-change label %q", d.label)
	}
}

func tileOf(m MapMarks, code int) TileMark {
	for _, t := range m.Tiles {
		if t.Code == code {
			return t
		}
	}
	return TileMark{}
}

// TestMapValues: the map of a result shows calc's values.
func TestMapValues(t *testing.T) {
	s := calc.DefaultScenario()
	s.Transfers = []calc.Transfer{{Code: 825, From: calc.KTH, To: calc.FP, Persons: 40}}
	r := apply(t, toyDataset(), s)
	for _, ms := range []Measure{MeasureDiffPP, MeasureRank, MeasureRankChange} {
		vals, err := MapValues(r, calc.Total, ms)
		if err != nil {
			t.Fatal(err)
		}
		_, m := Map(vals, MapOptions{Measure: ms})
		if m.Missing != 98-6 {
			t.Errorf("measure %d: %d missing", ms, m.Missing)
		}
		for i, mu := range r.Dataset.Municipalities {
			e := r.Scenario.Areas[calc.Total][i]
			want := map[Measure]float64{MeasureDiffPP: e.DiffPP, MeasureRank: float64(e.Rank), MeasureRankChange: float64(r.RankChange(calc.Total, i))}[ms]
			if tm := tileOf(m, mu.Code); tm.Value != want || tm.Name != mu.Name {
				t.Errorf("measure %d, %s: %v, want %v", ms, mu.Name, tm.Value, want)
			}
		}
	}
	// Aby (Læsø's tile) climbed 5 places: the largest move, the bluest tile.
	vals, _ := MapValues(r, calc.Total, MeasureRankChange)
	_, m := Map(vals, MapOptions{Measure: MeasureRankChange})
	if tm := tileOf(m, 825); tm.Fill != Color(-5, 5) || tm.Label != "▲5" {
		t.Errorf("Aby: %+v", tm)
	}
	vals = append(vals, MapValue{Code: 9999, Name: "Ukendt", Value: 1})
	if _, m := Map(vals, MapOptions{}); len(m.Unplaced) != 1 || m.Unplaced[0] != 9999 {
		t.Errorf("unplaced %v", m.Unplaced)
	}
}

// touch reports whether two tiles share an edge.
func touch(a, b Tile) bool {
	dc, dr := a.Col-b.Col, a.Row-b.Row
	return (dc == 0 && (dr == 1 || dr == -1)) || (dr == 0 && (dc == 1 || dc == -1))
}
