// Package drawer draws the figures of package figure with app/chart: in
// the drawing worker in the browser, and at once on the server (the
// prerendered page) and in the tests. It keeps the datasets it was given,
// and caches calc's results, rank simulations and histories.
package drawer

import (
	"fmt"
	"strconv"
	"strings"

	"gonum.org/v1/plot"
	"gonum.org/v1/plot/vg"

	"benchsim/app/chart"
	"benchsim/app/figure"
	"benchsim/calc"
)

// keep is how many results, simulations and histories a Drawer keeps.
const keep = 6

// Drawer draws figures from requests. Not safe for concurrent use.
type Drawer struct {
	datasets map[string]*calc.Dataset
	results  lru[*calc.Result]
	sims     lru[[]calc.Interval]
	hists    lru[*calc.History]
}

// New returns an empty Drawer.
func New() *Drawer { return &Drawer{datasets: map[string]*calc.Dataset{}} }

// SetDataset makes ds available under key (replacing what was there).
func (d *Drawer) SetDataset(key string, ds *calc.Dataset) {
	d.datasets[key] = ds
}

// HasDataset reports whether a dataset was given under key.
func (d *Drawer) HasDataset(key string) bool { return d.datasets[key] != nil }

func (d *Drawer) result(req *figure.Request) (*calc.Dataset, *calc.Result, error) {
	ds := d.datasets[req.Dataset]
	if ds == nil {
		return nil, nil, fmt.Errorf("drawer: no dataset %q", req.Dataset)
	}
	k := req.Dataset + "|" + req.Scenario
	if r, ok := d.results.get(k); ok {
		return ds, r, nil
	}
	sc, err := calc.DecodeScenario(req.Scenario)
	if err != nil {
		return nil, nil, err
	}
	r, err := calc.Apply(ds, sc)
	if err != nil {
		return nil, nil, err
	}
	d.results.put(k, r)
	return ds, r, nil
}

// Draw draws one figure.
func (d *Drawer) Draw(req figure.Request) figure.Figure {
	f := figure.Figure{ID: req.ID, Kind: req.Kind, Key: req.Key, File: req.File, Data: map[string]string{}}
	ds, res, err := d.result(&req)
	if err != nil {
		f.Err = err.Error()
		return f
	}
	area, err := calc.ParseArea(req.Area)
	if err != nil {
		f.Err = err.Error()
		return f
	}
	switch req.Kind {
	case figure.Map:
		err = drawMap(&f, &req, res, area)
	case figure.RankSim:
		f.Intervals = d.intervals(&req, res, area)
	case figure.Ranks:
		err = d.ranks(&f, ds, &req, res)
	default:
		err = d.drawChart(&f, ds, &req, res, area)
	}
	if err != nil {
		f.Err = err.Error()
	}
	return f
}

// drawMap draws the tile map into f.
func drawMap(f *figure.Figure, req *figure.Request, res *calc.Result, area calc.Area) error {
	ms := chart.Measure(req.Measure)
	vals, err := chart.MapValues(res, area, ms)
	if err != nil {
		return err
	}
	svg, m := chart.Map(vals, chart.MapOptions{Lang: req.Lang, Measure: ms, N: len(vals),
		Selected: req.SelCode, Stamp: req.Stamp})
	f.SVG, f.Alt, f.N = svg, alt2(m.Alt), len(m.Tiles)
	f.Title = req.Title
	f.Data["better"], f.Data["worse"] = strconv.Itoa(m.Better), strconv.Itoa(m.Worse)
	f.Data["maxabs"] = strconv.FormatFloat(m.MaxAbs, 'g', -1, 64)
	return nil
}

// ranks puts the one municipality's official and scenario ranks in every
// period into f, from calc's history.
func (d *Drawer) ranks(f *figure.Figure, ds *calc.Dataset, req *figure.Request, res *calc.Result) error {
	if len(req.Idx) != 1 || req.Idx[0] < 0 || req.Idx[0] >= len(ds.Municipalities) {
		return fmt.Errorf("drawer: no municipality %v", req.Idx)
	}
	i := req.Idx[0]
	for _, r := range d.history(ds, req, res).Results {
		var pr figure.PeriodRank
		if r != nil {
			pr = figure.PeriodRank{Official: r.Baseline.Areas[calc.Total][i].Rank, Scenario: r.Scenario.Areas[calc.Total][i].Rank,
				DiffPP: r.Scenario.Areas[calc.Total][i].DiffPP, OK: true}
		}
		f.Ranks = append(f.Ranks, pr)
	}
	f.Data["code"] = strconv.Itoa(ds.Municipalities[i].Code)
	return nil
}

// drawChart draws one of app/chart's plots into f: its marks, text
// alternative, title and SVG.
func (d *Drawer) drawChart(f *figure.Figure, ds *calc.Dataset, req *figure.Request, res *calc.Result, area calc.Area) error {
	p, alt, err := d.plot(f, ds, req, res, area)
	if err != nil {
		return err
	}
	f.Alt = alt2(alt)
	f.Title = strings.ReplaceAll(p.Title.Text, "\n", " · ")
	f.SVG, err = chart.SVG(p, vg.Length(req.W), vg.Length(req.H), req.Stamp)
	return err
}

// plot is the request's chart, with what the UI and the tests read of its
// marks put into f (also when the chart fails).
func (d *Drawer) plot(f *figure.Figure, ds *calc.Dataset, req *figure.Request, res *calc.Result, area calc.Area) (*plot.Plot, chart.Alt, error) {
	opts := chart.Options{Lang: req.Lang, Area: area, Selected: req.Selected, Phi: req.Phi}
	switch req.Kind {
	case figure.Funnel:
		p, m, err := chart.Funnel(res, opts)
		f.N = m.N
		f.Data["outside"], f.Data["selected"] = strconv.Itoa(len(m.Outside)), strconv.Itoa(m.Selected)
		return p, m.Alt, err
	case figure.Intervals:
		iv := req.Given
		if !req.HasGiven {
			iv = d.intervals(req, res, area)
		}
		p, m, err := chart.RankIntervals(res, iv, opts)
		f.N = m.N
		f.Data["selected"] = strconv.Itoa(m.Selected)
		return p, m.Alt, err
	case figure.Moves:
		p, m, err := chart.WhoMoves(res, opts)
		f.N = len(m.Lines)
		f.Data["moved"], f.Data["top"] = strconv.Itoa(m.Moved), strconv.Itoa(len(m.Top))
		return p, m.Alt, err
	case figure.History:
		h, err := chart.HistoryOf(d.history(ds, req, res), area, req.Idx, req.Lang)
		if err != nil {
			return nil, chart.Alt{}, err
		}
		p, m, err := chart.RankHistory(h, opts)
		for _, pts := range m.Points {
			f.N += len(pts)
		}
		f.Data["series"], f.Data["breaks"] = strconv.Itoa(len(m.Points)), strconv.Itoa(len(m.Breaks))
		return p, m.Alt, err
	case figure.Why:
		p, m, err := chart.WhyExpected(res, req.WhyIdx, opts)
		f.N = len(m.Steps)
		f.Data["area"] = area.ID()
		return p, m.Alt, err
	case figure.Vessels:
		p, m, err := chart.Vessels(res, req.Weighted, opts)
		f.N = m.N
		f.Data["slope"] = strconv.FormatFloat(m.Slope, 'g', 6, 64)
		return p, m.Alt, err
	}
	return nil, chart.Alt{}, fmt.Errorf("drawer: no figure kind %q", req.Kind)
}

// intervals is calc's rank simulation for the request (kept).
func (d *Drawer) intervals(req *figure.Request, res *calc.Result, area calc.Area) []calc.Interval {
	k := req.Dataset + "|" + req.Scenario + "|" + req.Area + "|" + fmt.Sprint(req.Draws, req.SimPhi, req.Seed)
	iv, ok := d.sims.get(k)
	if !ok {
		iv = calc.RankIntervals(res, area, req.Draws, req.SimPhi, req.Seed)
		d.sims.put(k, iv)
	}
	return iv
}

// history is calc's history of the request's scenario over every period.
func (d *Drawer) history(ds *calc.Dataset, req *figure.Request, res *calc.Result) *calc.History {
	sc, _ := calc.DecodeScenario(req.Scenario) // decoded before, by result
	sc.Period = ""
	k := req.Dataset + "|" + sc.Encode()
	if h, ok := d.hists.get(k); ok {
		return h
	}
	h := calc.NewHistory(ds, sc)
	for !h.Step(res) {
	}
	d.hists.put(k, h)
	return h
}

func alt2(a chart.Alt) figure.Alt {
	return figure.Alt{Summary: a.Summary, Header: a.Header, Rows: a.Rows}
}

// lru keeps the last few values by key.
type lru[V any] struct {
	keys []string
	vals map[string]V
}

func (l *lru[V]) get(k string) (V, bool) {
	v, ok := l.vals[k]
	return v, ok
}

func (l *lru[V]) put(k string, v V) {
	if l.vals == nil {
		l.vals = map[string]V{}
	}
	if _, ok := l.vals[k]; !ok {
		l.keys = append(l.keys, k)
	}
	l.vals[k] = v
	for len(l.keys) > keep {
		delete(l.vals, l.keys[0])
		l.keys = l.keys[1:]
	}
}
