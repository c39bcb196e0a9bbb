package view

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"benchsim/app/figure"
	"benchsim/app/report"
	"benchsim/calc"
)

// TabCharts is the charts view's tab.
const TabCharts = "charts"

// Figures: what a figure draws. A figure's slot (its cache entry and DOM
// id) is the kind, with a page prefix where one page shows the same kind
// for another subject (the municipality page's "m-why").
const (
	FigMap       = "map"
	FigFunnel    = "funnel"
	FigIntervals = "intervals"
	FigMoves     = "moves"
	FigHistory   = "history"
	FigWhy       = "why"
	FigVessels   = "vessels"
	FigRankSim   = figure.RankSim // the table's rank intervals
	FigRanks     = figure.Ranks   // the municipality page's ranks in every period
)

// ChartFigures are the charts view's figures in the order they are drawn
// (the map first: it is the first thing on the page).
var ChartFigures = []string{FigMap, FigFunnel, FigIntervals, FigMoves, FigHistory, FigWhy, FigVessels}

// The map's measures as written in the URL (map=…).
const (
	measurePP     = "pp"
	measureRank   = "rank"
	measureChange = "change"
)

var Measures = []string{measurePP, measureRank, measureChange}

// chartMeasure is the map's measure as app/chart numbers it
// (chart.MeasureDiffPP, MeasureRank, MeasureRankChange).
func chartMeasure(m string) int {
	switch m {
	case measureRank:
		return 1
	case measureChange:
		return 2
	}
	return 0
}

// RankSimSeed is the seed of every rank-interval simulation in the app, so
// that the same scenario always shows the same intervals (and the command
// line and the tests can reproduce them with calc.RankIntervals).
const RankSimSeed = report.RankSimSeed

// MaxHistory is the most municipalities the rank history shows.
const MaxHistory = 8

// NarrowBelow is the window width (CSS px) under which charts are drawn at
// the phone size.
const NarrowBelow = 700

// Charts is the charts' part of the view (State.Charts): the map's
// measure, the municipalities of the rank history, the vessels' weighting
// and the ranking table's uncertainty column, in the URL as map=, hm=,
// vw= and unc=; and the cache of what has been drawn (charts_draw.go).
// Its figures are of the dataset, scenario, area and municipality of the
// State it belongs to.
type Charts struct {
	Measure     string // measurePP, measureRank or measureChange
	Picked      []int  // municipality codes chosen for the rank history; nil = the default choice
	Weighted    bool   // connected vessels: population-weighted fit
	Uncertainty bool   // ranking table: show each rank's plausible interval

	cache *chartCache
	s     *State // the state whose figures are drawn
}

func (c *Charts) reset() {
	c.Measure, c.Picked, c.Weighted, c.Uncertainty = measurePP, nil, false, false
}

// query returns the chart keys of the URL ("" when all are at their
// defaults), each starting with "&".
func (c *Charts) query() string {
	var q string
	if c.Measure != "" && c.Measure != measurePP {
		q += "&map=" + EscapeValue(c.Measure)
	}
	if len(c.Picked) > 0 {
		s := make([]string, len(c.Picked))
		for i, code := range c.Picked {
			s[i] = strconv.Itoa(code)
		}
		q += "&hm=" + strings.Join(s, ".")
	}
	if c.Weighted {
		q += "&vw=1"
	}
	if c.Uncertainty {
		q += "&unc=1"
	}
	return q
}

// apply sets the chart keys from a parsed URL query; codes must exist in ds.
func (c *Charts) apply(kv [][2]string, ds *calc.Dataset) error {
	c.reset()
	for _, p := range kv {
		k, v := p[0], p[1]
		switch k {
		case "map":
			if !slices.Contains(Measures, v) {
				return fmt.Errorf("map=%s: want pp, rank or change", v)
			}
			c.Measure = v
		case "hm":
			for _, f := range strings.Split(v, ".") {
				code, err := strconv.Atoi(f)
				if err != nil || ds.MunicipalityIndex(code) < 0 {
					return fmt.Errorf("hm=%s: %q is not a municipality of the dataset", v, f)
				}
				if !slices.Contains(c.Picked, code) && len(c.Picked) < MaxHistory {
					c.Picked = append(c.Picked, code)
				}
			}
		case "vw":
			c.Weighted = v == "1"
		case "unc":
			c.Uncertainty = v == "1"
		}
	}
	return nil
}

// figCache returns the chart cache, created on first use. States copied by
// ApplyQuery share it.
func (c *Charts) figCache() *chartCache {
	if c.cache == nil {
		c.cache = newChartCache()
	}
	return c.cache
}

// SetMapMeasure colours the map by "pp", "rank" or "change".
func (c *Charts) SetMapMeasure(m string) {
	s := c.s
	if slices.Contains(Measures, m) {
		c.Measure = m
		s.Rev++
	}
}

// MapMeasure returns the map's measure.
func (c *Charts) MapMeasure() string {
	if c.Measure == "" {
		return measurePP
	}
	return c.Measure
}

// HistoryCodes returns the municipalities the rank history shows: the
// chosen ones, or by default the highlighted municipality and the four
// largest by population.
func (c *Charts) HistoryCodes() []int {
	s := c.s
	var out []int
	add := func(code int) {
		if code != 0 && s.ds.MunicipalityIndex(code) >= 0 && !slices.Contains(out, code) && len(out) < MaxHistory {
			out = append(out, code)
		}
	}
	if len(c.Picked) > 0 {
		for _, code := range c.Picked {
			add(code)
		}
		return out
	}
	add(s.Muni)
	es := s.res.Scenario.Areas[calc.Total]
	idx := make([]int, len(es))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int {
		switch {
		case es[a].Population > es[b].Population:
			return -1
		case es[a].Population < es[b].Population:
			return 1
		}
		return 0
	})
	for _, i := range idx {
		if len(out) >= 5 {
			break
		}
		add(s.ds.Municipalities[i].Code)
	}
	return out
}

// AddHistory adds a municipality to the rank history (at most MaxHistory).
func (c *Charts) AddHistory(code int) {
	s := c.s
	cur := c.HistoryCodes()
	if s.ds.MunicipalityIndex(code) < 0 || slices.Contains(cur, code) || len(cur) >= MaxHistory {
		return
	}
	c.Picked = append(slices.Clone(cur), code)
	s.Rev++
}

// RemoveHistory takes a municipality off the rank history; when none is
// left the default choice returns.
func (c *Charts) RemoveHistory(code int) {
	s := c.s
	cur := c.HistoryCodes()
	if !slices.Contains(cur, code) {
		return
	}
	c.Picked = slices.DeleteFunc(slices.Clone(cur), func(x int) bool { return x == code })
	if len(c.Picked) == 0 {
		c.Picked = nil
	}
	s.Rev++
}

// SetVesselsWeighted switches the population weighting of the vessels' fit.
func (c *Charts) SetVesselsWeighted(on bool) { c.Weighted = on; c.s.Rev++ }

// SetUncertainty shows or hides the ranking table's interval column.
func (c *Charts) SetUncertainty(on bool) { c.Uncertainty = on; c.s.Rev++ }

// showIntervals reports whether the ranking table has the interval column.
func (s *State) showIntervals() bool { return s.Charts.Uncertainty && s.Tab == TabRanking }

// SimPhi is the overdispersion of the rank simulation: the scenario's own,
// else calc's default (as the funnel's limits).
func (c *Charts) SimPhi() float64 { return report.SimPhi(c.s.res) }

func SimDraws() int { return int(calc.Param(calc.ParamDraws)) }

// RankIntervals returns each municipality's plausible rank interval (95 %)
// in the shown area under the current scenario: calc's simulation with
// calc's draws and φ and the fixed RankSimSeed. In the browser the drawing
// worker runs the simulation (the table's uncertainty switch asks for it)
// and RankIntervals returns nil until it has answered; elsewhere (server,
// tests) it runs at once.
func (s *State) RankIntervals() []calc.Interval {
	f, _ := s.computed(FigRankSim, FigRankSim, 0)
	return f.Intervals
}

// computed is Charts.computed; the ranking table's History and
// RankIntervals (table.go) read it.
func (s *State) computed(id, kind string, subject int) (Figure, bool) {
	return s.Charts.computed(id, kind, subject)
}

// computed returns a figure that is a computation (figRankSim, figRanks)
// for the current state and whether it is up to date: at once off the
// browser; in the browser what the worker answered, nil until it has.
func (c *Charts) computed(id, kind string, subject int) (Figure, bool) {
	s := c.s
	cc := c.figCache()
	cc.mu.Lock()
	defer cc.mu.Unlock()
	in := c.figureInput(id, kind, subject, false)
	f, ok := cc.figs[id]
	if ok && f.Key == in.req.Key {
		return f, true
	}
	if s.drawer == nil {
		f = cc.drawNow(s.ds, in.req)
		cc.figs[id] = f
		return f, true
	}
	return f, false
}

// Stamp is the provenance line of every chart and download: dataset,
// period, scenario, and a word for illustrative data.
func (c *Charts) Stamp() string { return c.stamp(0) }

// stamp is Stamp in at most limit characters (0: no limit), so that
// it fits as one line under a chart: the period's label gives way to its
// code, then the scenario is cut (the whole of it is in the address).
func (c *Charts) stamp(limit int) string {
	s := c.s
	ct := ChartMsg(s.Lang)
	p := s.ds.Provenance
	var head []string
	if p.Illustrative && !strings.Contains(strings.ToLower(p.Name), strings.ToLower(ct.StampIllustrative)) {
		head = append(head, ct.StampIllustrative)
	}
	head = append(head, p.Name)
	scen := ct.StampOfficial
	if !s.Scenario.IsOfficial() {
		scen = ct.StampScenario + " " + s.Scenario.Encode()
	}
	join := func(period string) string {
		return strings.Join(append(slices.Clone(head), period, scen), " · ")
	}
	stamp := join(s.Period().Label)
	if limit <= 0 || utf8.RuneCountInString(stamp) <= limit {
		return stamp
	}
	stamp = join(s.Period().Code)
	if r := []rune(stamp); len(r) > limit {
		stamp = string(r[:max(1, limit-1)]) + "…"
	}
	return stamp
}

// stampChars is how many characters of the stamp fit under a chart of
// width w (the stamp's 7 pt letters are about 3.6 pt wide on average).
func stampChars(w float64) int { return int(w / 3.6) }

// StandInAlt is the text alternative of a figure not drawn: every
// municipality's rank and difference in the shown area, by rank.
func (c *Charts) StandInAlt() figure.Alt {
	s := c.s
	ct := ChartMsg(s.Lang)
	a := figure.Alt{Summary: ct.StandInSummary, Header: []string{ct.ColMunicipality, ct.ColRank, ct.ColDiff}}
	es := s.res.Scenario.Areas[s.Area]
	idx := make([]int, len(es))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(x, y int) int { return es[x].Rank - es[y].Rank })
	for _, i := range idx {
		a.Rows = append(a.Rows, []string{s.ds.Municipalities[i].Name, FormatInt(es[i].Rank, s.Lang),
			FormatSigned(es[i].DiffPP, 1, s.Lang)})
	}
	return a
}
