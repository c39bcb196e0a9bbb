package chart

import (
	"encoding/xml"
	"io"
	"math"
	"slices"
	"strings"
	"testing"

	"gonum.org/v1/plot"

	"benchsim/calc"
)

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol*math.Max(1, math.Abs(b)) }

// wellFormed fails the test unless s is one well-formed XML element.
func wellFormed(t *testing.T, s string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = true
	roots := 0
	depth := 0
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG is not well-formed XML: %v", err)
		}
		switch tok.(type) {
		case xml.StartElement:
			if depth == 0 {
				roots++
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.ProcInst:
			t.Fatalf("SVG has a processing instruction (<?xml …?>)")
		}
	}
	if roots != 1 {
		t.Fatalf("SVG has %d root elements, want 1", roots)
	}
}

func render(t *testing.T, p *plot.Plot, stamp string) string {
	t.Helper()
	s, err := SVG(p, Width, Height, stamp)
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, s)
	return s
}

func TestFmtNum(t *testing.T) {
	for _, c := range []struct {
		v    float64
		d    int
		lang string
		want string
	}{
		{1130, 0, "da", "1.130"},
		{2.4, 1, "da", "2,4"},
		{-1234567.891, 2, "da", "−1.234.567,89"},
		{999.96, 1, "da", "1.000,0"},
		{-0.04, 1, "da", "0,0"},
		{0, 2, "da", "0,00"},
		{71250, 0, "", "71.250"},
		{1130, 0, "en", "1,130"},
		{2.4, 1, "en", "2.4"},
		{-0.5, 2, "en", "−0.50"},
		{math.NaN(), 1, "da", "–"},
	} {
		if got := fmtNum(c.v, c.d, c.lang); got != c.want {
			t.Errorf("fmtNum(%v, %d, %q) = %q, want %q", c.v, c.d, c.lang, got, c.want)
		}
	}
	for _, c := range []struct {
		v    float64
		want string
	}{{0.25, "+0,25"}, {-0.25, "−0,25"}, {0.001, "0,00"}, {0, "0,00"}} {
		if got := fmtSigned(c.v, 2, "da"); got != c.want {
			t.Errorf("fmtSigned(%v) = %q, want %q", c.v, got, c.want)
		}
	}
}

func TestIntervalText(t *testing.T) {
	if got := IntervalText(12, calc.Interval{Lo: 5, Hi: 31}, "da"); got != "plads 12, plausibelt 5–31" {
		t.Errorf("da: %q", got)
	}
	if got := IntervalText(12, calc.Interval{Lo: 5, Hi: 31}, "en"); got != "rank 12, plausibly 5–31" {
		t.Errorf("en: %q", got)
	}
	if got := IntervalText(3, calc.Interval{}, "da"); got != "plads 3" {
		t.Errorf("no interval: %q", got)
	}
}

func TestSVG(t *testing.T) {
	r := apply(t, toyDataset(), calc.DefaultScenario())
	p, _, err := Funnel(r, Options{Selected: -1})
	if err != nil {
		t.Fatal(err)
	}
	stamp := `Testdata · 2018 · scenarie: "officiel" <eksempeldata> & mere`
	s := render(t, p, stamp)
	if !strings.HasPrefix(s, "<svg") || strings.Contains(s, "<?xml") {
		t.Errorf("SVG does not start with <svg: %.60q", s)
	}
	if !strings.Contains(s, `role="img"><title>Tragtplot · Ydelsesgrupper i alt</title>`) {
		t.Errorf("SVG has no role and <title> in its root element: %.300q", s)
	}
	if !strings.Contains(s, "Testdata · 2018 · scenarie: &#34;officiel&#34; &lt;eksempeldata&gt; &amp; mere") {
		t.Errorf("SVG lacks the escaped stamp")
	}
	if !strings.Contains(s, "font-family:'Liberation Sans',Arial,Helvetica,sans-serif;") || strings.Contains(s, "font-family:Liberation Sans;") {
		t.Errorf("SVG text has no fallback fonts")
	}
	if strings.Contains(s, "<eksempeldata>") {
		t.Errorf("SVG holds the stamp unescaped")
	}
}

// TestHostileNames checks that names from imported files cannot inject
// markup into any chart or the map.
func TestHostileNames(t *testing.T) {
	const evil = `<script>alert("x")</script> & 'Ø'`
	ds := toyDataset(0, 1)
	ds.Municipalities[5].Name = evil // Fby: outside the funnel, so labelled
	s := calc.DefaultScenario()
	s.Reestimate = true
	r := apply(t, ds, s)
	opts := Options{Selected: 5, Area: calc.Total}
	var plots []*plot.Plot
	add := func(p *plot.Plot, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		plots = append(plots, p)
	}
	p, _, err := Funnel(r, opts)
	add(p, err)
	p, _, err = RankIntervals(r, calc.RankIntervals(r, calc.Total, 200, 4, 1), opts)
	add(p, err)
	p, _, err = WhoMoves(r, opts)
	add(p, err)
	h, err := HistoryOf(calc.RankHistory(ds, calc.DefaultScenario()), calc.Total, []int{5}, "da")
	if err != nil {
		t.Fatal(err)
	}
	p, _, err = RankHistory(h, Options{Selected: 0})
	add(p, err)
	p, _, err = WhyExpected(r, 5, Options{Area: calc.KTH})
	add(p, err)
	p, _, err = Vessels(r, false, opts)
	add(p, err)
	for k, p := range plots {
		svg := render(t, p, evil)
		if strings.Contains(svg, "<script") || strings.Contains(svg, `"x"`) {
			t.Errorf("chart %d: hostile name not escaped", k)
		}
		if !strings.Contains(svg, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;Ø&#39;") {
			t.Errorf("chart %d: escaped name missing", k)
		}
	}
	vals, err := MapValues(r, calc.Total, MeasureDiffPP)
	if err != nil {
		t.Fatal(err)
	}
	svg, _ := Map(vals, MapOptions{Selected: 101, Title: evil, Stamp: evil})
	wellFormed(t, svg)
	if strings.Contains(svg, "<script") {
		t.Errorf("map: hostile name not escaped")
	}
	if n := strings.Count(svg, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; &#39;Ø&#39;"); n < 4 {
		t.Errorf("map: escaped name found %d times, want it in the title, heading, stamp and tile", n)
	}
}

// toyTotals are the toy's total pp differences, by hand: the sums of the
// three areas' differences.
var toyTotals = []float64{3.0, -0.2, 0.2, 0.05, -0.7, 0.6}

func TestFunnel(t *testing.T) {
	r := apply(t, toyDataset(), calc.DefaultScenario())
	p, m, err := Funnel(r, Options{Selected: 1, Area: calc.Total})
	if err != nil {
		t.Fatal(err)
	}
	if m.N != 6 || len(m.Points) != 6 {
		t.Fatalf("N = %d, points = %d, want 6", m.N, len(m.Points))
	}
	var A, P float64
	for i, tr := range toy {
		if m.Points[i].X != tr.pop || !near(m.Points[i].Y, toyTotals[i], 1e-9) {
			t.Errorf("point %d = %v, want (%v, %v)", i, m.Points[i], tr.pop, toyTotals[i])
		}
		A += tr.pop * (tr.esDP + tr.esKTH + tr.esSYG + toyTotals[i]) / 100
		P += tr.pop
	}
	if m.Selected != 1 {
		t.Errorf("selected = %d, want 1", m.Selected)
	}
	// The limits: z·100·sqrt(φ·s̄(1−s̄)/P) with φ = 4 and s̄ the national
	// share, by hand; and the same as calc.Funnel.Limit.
	sbar := A / P
	if !near(m.Funnel.MeanShare, sbar, 1e-12) {
		t.Errorf("national share = %v, want %v", m.Funnel.MeanShare, sbar)
	}
	f := calc.NewFunnel(r, calc.Total, 4)
	limit := func(z, pop float64) float64 { return z * 100 * math.Sqrt(4*sbar*(1-sbar)/pop) }
	for _, c := range []struct {
		z   float64
		pts []XY
	}{{1.96, m.Limit95}, {3.09, m.Limit998}} {
		if len(c.pts) < 20 {
			t.Fatalf("only %d limit points", len(c.pts))
		}
		for _, q := range c.pts {
			if !near(q.Y, limit(c.z, q.X), 1e-12) || q.Y != f.Limit(c.z, q.X) {
				t.Fatalf("limit z=%v at %v = %v, want %v (calc %v)", c.z, q.X, q.Y, limit(c.z, q.X), f.Limit(c.z, q.X))
			}
		}
		if c.pts[0].X > 1000 || c.pts[len(c.pts)-1].X < 300000 {
			t.Errorf("limits span %v–%v, not the population range 1,000–300,000", c.pts[0].X, c.pts[len(c.pts)-1].X)
		}
	}
	// At 1,000 residents the 99.8 % limit is about 5.6 pp, at 300,000 about
	// 0.32 pp: Fby (+0.6) and Eby (−0.7) lie outside, Fby further (z 5.7
	// against 3.9); the small Aby (+3.0) does not.
	if l := limit(3.09, 1000); l < 5 || l > 6 {
		t.Errorf("99.8 %% limit at 1,000 = %v", l)
	}
	if !slices.Equal(m.Outside, []int{5, 4}) {
		t.Errorf("outside 99.8 %% = %v, want [5 4]", m.Outside)
	}
	if !slices.Equal(m.Outside95, []int{4, 5}) {
		t.Errorf("outside 95 %% = %v, want [4 5]", m.Outside95)
	}
	svg := render(t, p, "")
	for _, want := range []string{">Fby<", ">Eby<", ">Bby −0,20<"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks label %s", want)
		}
	}
	for _, no := range []string{">Aby<", ">Cby<", ">Dby<"} {
		if strings.Contains(svg, no) {
			t.Errorf("SVG labels %s, which is inside the limits", no)
		}
	}
	if !strings.Contains(m.Alt.Summary, "2 ligger uden for 99,8 %-grænserne; bedre end forventet: Eby; dårligere end forventet: Fby") {
		t.Errorf("summary: %s", m.Alt.Summary)
	}
	if len(m.Alt.Rows) != 6 || m.Alt.Rows[4][3] != "uden for 99,8 %" || m.Alt.Rows[0][3] != "inden for" {
		t.Errorf("rows: %v", m.Alt.Rows)
	}
	if _, _, err := Funnel(r, Options{Area: calc.Flex}); err == nil {
		t.Errorf("no error for an area the result lacks")
	}
}

func TestRankIntervals(t *testing.T) {
	r := apply(t, toyDataset(), calc.DefaultScenario())
	iv := calc.RankIntervals(r, calc.Total, 500, 4, 7)
	_, m, err := RankIntervals(r, iv, Options{Selected: 0, Lang: "en"})
	if err != nil {
		t.Fatal(err)
	}
	// By hand from toyTotals: Eby −0.7, Bby −0.2, Dby 0.05, Cby 0.2, Fby 0.6, Aby 3.0.
	if want := []int{4, 1, 3, 2, 5, 0}; !slices.Equal(m.Order, want) {
		t.Errorf("order = %v, want %v", m.Order, want)
	}
	if !slices.Equal(m.Ranks, []int{1, 2, 3, 4, 5, 6}) {
		t.Errorf("ranks = %v", m.Ranks)
	}
	for k, i := range m.Order {
		if m.Intervals[k] != iv[i] {
			t.Errorf("interval %d = %v, want %v", k, m.Intervals[k], iv[i])
		}
		if v := iv[i]; v.Lo > k+1 || v.Hi < k+1 {
			t.Errorf("rank %d outside its interval %v", k+1, v)
		}
	}
	if m.Selected != 0 || m.N != 6 {
		t.Errorf("selected %d, n %d", m.Selected, m.N)
	}
	if want := "Aby: " + IntervalText(6, iv[0], "en") + "."; !strings.HasSuffix(m.Alt.Summary, want) {
		t.Errorf("summary %q does not end with %q", m.Alt.Summary, want)
	}
	if m.Alt.Rows[0][0] != "Eby" || m.Alt.Rows[0][1] != IntervalText(1, iv[4], "en") {
		t.Errorf("first row %v", m.Alt.Rows[0])
	}
	if _, _, err := RankIntervals(r, iv[:5], Options{}); err == nil {
		t.Errorf("no error for too few intervals")
	}
}

func TestWhoMoves(t *testing.T) {
	ds := toyDataset()
	_, m, err := WhoMoves(apply(t, ds, calc.DefaultScenario()), Options{Selected: -1})
	if err != nil {
		t.Fatal(err)
	}
	if m.Moved != 0 || len(m.Top) != 0 || !strings.Contains(m.Alt.Summary, "0 af 6 kommuner flytter sig") {
		t.Errorf("official vs official: moved %d, top %v, %q", m.Moved, m.Top, m.Alt.Summary)
	}
	// Moving 40 full-time persons from kth to fp in Aby (1,000 residents)
	// lowers its total by 4 pp, to −1.0: from last to first. Every other
	// municipality falls one place.
	s := calc.DefaultScenario()
	s.Transfers = []calc.Transfer{{Code: 825, From: calc.KTH, To: calc.FP, Persons: 40}}
	r := apply(t, ds, s)
	p, m, err := WhoMoves(r, Options{Selected: 3})
	if err != nil {
		t.Fatal(err)
	}
	if m.Lines[0] != (Move{Index: 0, From: 6, To: 1, Change: 5}) {
		t.Errorf("Aby: %+v", m.Lines[0])
	}
	for i := 1; i < 6; i++ {
		if m.Lines[i].Change != -1 || m.Lines[i].From != r.Baseline.Areas[calc.Total][i].Rank || m.Lines[i].To != r.Scenario.Areas[calc.Total][i].Rank {
			t.Errorf("line %d: %+v", i, m.Lines[i])
		}
	}
	if !slices.Equal(m.Top, []int{0, 1, 2, 3, 4, 5}) || m.Moved != 6 {
		t.Errorf("top %v, moved %d", m.Top, m.Moved)
	}
	svg := render(t, p, "")
	if !strings.Contains(svg, ">Aby (op 5)<") || !strings.Contains(svg, ">Dby (ned 1)<") {
		t.Errorf("SVG lacks the move labels")
	}
}

// TestWhoMovesTop checks on 98 municipalities that at most TopMoves lines are
// labelled and that they are the largest moves.
func TestWhoMovesTop(t *testing.T) {
	r := demoResult(t)
	_, m, err := WhoMoves(r, Options{Selected: -1})
	if err != nil {
		t.Fatal(err)
	}
	if len(m.Top) != TopMoves {
		t.Fatalf("%d labelled, want %d", len(m.Top), TopMoves)
	}
	least := abs(m.Lines[m.Top[len(m.Top)-1]].Change)
	for _, mv := range m.Lines {
		if !slices.Contains(m.Top, mv.Index) && abs(mv.Change) > least {
			t.Errorf("%s moved %d but is not labelled (smallest labelled %d)", r.Dataset.Municipalities[mv.Index].Name, mv.Change, least)
		}
		if mv.Change != r.RankChange(calc.Total, mv.Index) {
			t.Errorf("change %d, calc says %d", mv.Change, r.RankChange(calc.Total, mv.Index))
		}
	}
}

func TestRankHistory(t *testing.T) {
	// Three periods: the first in the 2017 scope, then every difference
	// moves by shift × (i − 2.5) / 10 pp per area (shifts 2 and 4). By hand
	// the totals rank Aby 6, 5, 3 and Eby 1, 3, 5.
	ds := toyDataset(0, 2, 4)
	h, err := HistoryOf(calc.RankHistory(ds, calc.DefaultScenario()), calc.Total, []int{0, 4}, "da")
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(h.Breaks, []int{1}) || !slices.Equal(h.Periods, []string{"2018", "2019", "2020"}) || h.N != 6 {
		t.Fatalf("history %+v", h)
	}
	if !slices.Equal(h.Series[0].Ranks, []int{6, 5, 3}) || !slices.Equal(h.Series[1].Ranks, []int{1, 3, 5}) {
		t.Errorf("ranks %v %v", h.Series[0].Ranks, h.Series[1].Ranks)
	}
	p, m, err := RankHistory(h, Options{Selected: 1})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Points[0], []XY{{0, 6}, {1, 5}, {2, 3}}) || !slices.Equal(m.Breaks, []int{1}) || m.Selected != 1 {
		t.Errorf("marks %+v", m)
	}
	if svg := render(t, p, ""); !strings.Contains(svg, ">Ændret opgørelse<") || !strings.Contains(svg, ">Eby (5)<") {
		t.Errorf("SVG lacks the break or the end label")
	}
	// A fixed scope preset makes the lists comparable: no break.
	s := calc.DefaultScenario()
	s.Scope = calc.ScopeBM2019
	if h2, _ := HistoryOf(calc.RankHistory(ds, s), calc.Total, []int{0}, "da"); len(h2.Breaks) != 0 {
		t.Errorf("breaks %v under a fixed scope", h2.Breaks)
	}

	// Missing ranks leave gaps; breaks outside the periods are ignored.
	p, m, err = RankHistory(History{Series: []Series{{Name: "X", Ranks: []int{3, 0, 5}}}, Periods: []string{"a", "b", "c"}, Breaks: []int{0, 2, 9}}, Options{Lang: "en", Selected: -1})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Points[0], []XY{{0, 3}, {2, 5}}) || !slices.Equal(m.Breaks, []int{2}) {
		t.Errorf("marks %+v", m)
	}
	if !slices.Equal(m.Alt.Rows[0], []string{"X", "3", "–", "5"}) {
		t.Errorf("row %v", m.Alt.Rows[0])
	}
	if svg := render(t, p, ""); !strings.Contains(svg, ">Scope change<") {
		t.Errorf("English break label missing")
	}
	if _, _, err := RankHistory(History{Series: []Series{{Name: "X", Ranks: []int{1}}}, Periods: []string{"a", "b"}}, Options{}); err == nil {
		t.Errorf("no error for ranks that do not match the periods")
	}
}

func TestPeriodLabel(t *testing.T) {
	for code, want := range map[string]string{"2021QMAT04": "2021", "2021QMAT02": "2020/21", "2010QMAT02": "2009/10", "X": "kort"} {
		if got := PeriodLabel(calc.Period{Code: code, Label: "kort"}, "da"); got != want {
			t.Errorf("%s: %q, want %q", code, got, want)
		}
	}
}

func TestWaterfall(t *testing.T) {
	s := calc.DefaultScenario()
	s.Reestimate = true
	r := apply(t, toyDataset(), s)
	fit := r.Fits[calc.KTH]
	if fit == nil {
		t.Fatal("no kth fit")
	}
	const i = 2 // Cby
	p, m, err := WhyExpected(r, i, Options{Area: calc.KTH})
	if err != nil {
		t.Fatal(err)
	}
	// The national average: the population-weighted kth share, by hand.
	var num, den float64
	for _, tr := range toy {
		num += tr.pop * (tr.esKTH + tr.dKTH)
		den += tr.pop
	}
	if !near(m.Start, num/den, 1e-9) || m.Start != fit.MeanShare {
		t.Errorf("start %v, want %v (fit %v)", m.Start, num/den, fit.MeanShare)
	}
	// The end: the expected share the scenario uses for Cby.
	if want := r.Scenario.Areas[calc.KTH][i].ExpectedShare; !near(m.End, want, 1e-9) {
		t.Errorf("end %v, want the fitted share %v", m.End, want)
	}
	if len(m.Steps) != 2 || m.Steps[0].Label != "Kort uddannelse" || m.Steps[1].Label != "Afstand til storby" {
		t.Fatalf("steps %+v", m.Steps)
	}
	sum := 0.0
	for j, st := range m.Steps {
		if want := fit.Coef[j] * (toy[i].cov[j] - fit.Means[j]); !near(st.Delta, want, 1e-12) {
			t.Errorf("step %d: %v, want %v", j, st.Delta, want)
		}
		if !near(st.To-st.From, st.Delta, 1e-12) {
			t.Errorf("step %d does not add up", j)
		}
		sum += st.Delta
	}
	if !near(m.Start+sum, m.End, 1e-12) || m.Steps[0].From != m.Start || m.Steps[1].To != m.End {
		t.Errorf("the waterfall does not run from start to end: %+v", m)
	}
	svg := render(t, p, "")
	for _, want := range []string{">Landsgennemsnit<", ">Kort uddannelse<", ">Forventet andel<", ">" + fmtNum(m.End, 2, "da") + " %<"} {
		if !strings.Contains(svg, want) {
			t.Errorf("SVG lacks %s", want)
		}
	}
	_, m, _ = WhyExpected(r, i, Options{Area: calc.KTH, Lang: "en"})
	if m.Steps[1].Label != "Distance to a big city" {
		t.Errorf("English label %q", m.Steps[1].Label)
	}
	if _, _, err := WhyExpected(r, i, Options{Area: calc.Total}); err == nil {
		t.Errorf("no error without a fit")
	}
	if _, _, err := Waterfall(fit, []float64{1}, nil, "x", Options{}); err == nil {
		t.Errorf("no error for too few values")
	}
}

func TestVessels(t *testing.T) {
	ds := toyDataset()
	r := apply(t, ds, calc.DefaultScenario())
	p, m, err := Vessels(r, false, Options{Selected: 2})
	if err != nil {
		t.Fatal(err)
	}
	// By hand: kth deviation = dKTH / esKTH, fp deviation = fpRel of it.
	var sx, sy, sxx, sxy float64
	for i, tr := range toy {
		x := tr.dKTH / tr.esKTH * 100
		y := fpRel(tr.dKTH/tr.esKTH, i) * 100
		if !near(m.Points[i].X, x, 1e-9) || !near(m.Points[i].Y, y, 1e-9) {
			t.Errorf("point %d = %v, want (%v, %v)", i, m.Points[i], x, y)
		}
		sx, sy, sxx, sxy = sx+x, sy+y, sxx+x*x, sxy+x*y
	}
	n := 6.0
	slope := (n*sxy - sx*sy) / (n*sxx - sx*sx)
	if m.N != 6 || !near(m.Slope, slope, 1e-9) || !near(m.Intercept, (sy-slope*sx)/n, 1e-9) {
		t.Errorf("slope %v intercept %v, want %v %v", m.Slope, m.Intercept, slope, (sy-slope*sx)/n)
	}
	if svg := render(t, p, ""); !strings.Contains(svg, ">Hældning "+fmtNum(slope, 2, "da")+"<") {
		t.Errorf("SVG does not print the slope %s", fmtNum(slope, 2, "da"))
	}
	// Weighted by population, the same closed form with weights.
	_, mw, _ := Vessels(r, true, Options{Selected: -1})
	var sw float64
	sx, sy, sxx, sxy = 0, 0, 0, 0
	for i, tr := range toy {
		x, y, w := tr.dKTH/tr.esKTH*100, fpRel(tr.dKTH/tr.esKTH, i)*100, tr.pop
		sw, sx, sy, sxx, sxy = sw+w, sx+w*x, sy+w*y, sxx+w*x*x, sxy+w*x*y
	}
	if want := (sw*sxy - sx*sy) / (sw*sxx - sx*sx); !near(mw.Slope, want, 1e-9) || !mw.Weighted {
		t.Errorf("weighted slope %v, want %v", mw.Slope, want)
	}
	// Under the connected-vessels lens fp follows kth exactly with the
	// scenario's elasticity: the slope is −0.43, weighted or not.
	s := calc.DefaultScenario()
	s.Lens = true
	rl := apply(t, ds, s)
	for _, w := range []bool{false, true} {
		_, ml, err := Vessels(rl, w, Options{Selected: -1})
		if err != nil {
			t.Fatal(err)
		}
		if !near(ml.Slope, -0.43, 1e-9) || !near(ml.Intercept, 0, 1e-9) || ml.Assumed != -0.43 {
			t.Errorf("lens, weighted %v: slope %v intercept %v assumed %v", w, ml.Slope, ml.Intercept, ml.Assumed)
		}
	}
	// Without fp figures and without the lens there is nothing to draw.
	for k := range ds.Periods[0].Rows {
		ds.Periods[0].Rows[k].Areas[calc.FP] = calc.Figures{}
	}
	if _, _, err := Vessels(apply(t, ds, calc.DefaultScenario()), false, Options{}); err == nil || !strings.Contains(err.Error(), "lens") {
		t.Errorf("error %v, want one that points to the lens", err)
	}
}
