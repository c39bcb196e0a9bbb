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
	opts := chart.Options{Lang: req.Lang, Area: area, Selected: req.Selected, Phi: req.Phi}
	var p *plot.Plot
	var alt chart.Alt
	switch req.Kind {
	case figure.Map:
		ms := chart.Measure(req.Measure)
		vals, err := chart.MapValues(res, area, ms)
		if err != nil {
			f.Err = err.Error()
			return f
		}
		svg, m := chart.Map(vals, chart.MapOptions{Lang: req.Lang, Measure: ms, N: len(vals),
			Selected: req.SelCode, Stamp: req.Stamp})
		f.SVG, f.Alt, f.N = svg, alt2(m.Alt), len(m.Tiles)
		f.Title = req.Title
		f.Data["better"], f.Data["worse"] = strconv.Itoa(m.Better), strconv.Itoa(m.Worse)
		f.Data["maxabs"] = strconv.FormatFloat(m.MaxAbs, 'g', -1, 64)
		return f
	case figure.Funnel:
		var m chart.FunnelMarks
		p, m, err = chart.Funnel(res, opts)
		f.N, alt = m.N, m.Alt
		f.Data["outside"], f.Data["selected"] = strconv.Itoa(len(m.Outside)), strconv.Itoa(m.Selected)
	case figure.Intervals:
		iv := req.Given
		if !req.HasGiven {
			k := req.Dataset + "|" + req.Scenario + "|" + req.Area + "|" + fmt.Sprint(req.Draws, req.SimPhi, req.Seed)
			var ok bool
			if iv, ok = d.sims.get(k); !ok {
				iv = calc.RankIntervals(res, area, req.Draws, req.SimPhi, req.Seed)
				d.sims.put(k, iv)
			}
		}
		var m chart.IntervalMarks
		p, m, err = chart.RankIntervals(res, iv, opts)
		f.N, alt = m.N, m.Alt
		f.Data["selected"] = strconv.Itoa(m.Selected)
	case figure.Moves:
		var m chart.MovesMarks
		p, m, err = chart.WhoMoves(res, opts)
		f.N, alt = len(m.Lines), m.Alt
		f.Data["moved"], f.Data["top"] = strconv.Itoa(m.Moved), strconv.Itoa(len(m.Top))
	case figure.History:
		h, herr := chart.HistoryOf(d.history(ds, &req, res), area, req.Idx, req.Lang)
		if herr != nil {
			f.Err = herr.Error()
			return f
		}
		var m chart.HistoryMarks
		p, m, err = chart.RankHistory(h, opts)
		for _, pts := range m.Points {
			f.N += len(pts)
		}
		alt = m.Alt
		f.Data["series"], f.Data["breaks"] = strconv.Itoa(len(m.Points)), strconv.Itoa(len(m.Breaks))
	case figure.Why:
		var m chart.WaterfallMarks
		p, m, err = chart.WhyExpected(res, req.WhyIdx, opts)
		f.N, alt = len(m.Steps), m.Alt
		f.Data["area"] = area.ID()
	case figure.Vessels:
		var m chart.VesselsMarks
		p, m, err = chart.Vessels(res, req.Weighted, opts)
		f.N, alt = m.N, m.Alt
		f.Data["slope"] = strconv.FormatFloat(m.Slope, 'g', 6, 64)
	default:
		err = fmt.Errorf("drawer: no figure kind %q", req.Kind)
	}
	if err != nil {
		f.Err = err.Error()
		return f
	}
	f.Alt = alt2(alt)
	f.Title = strings.ReplaceAll(p.Title.Text, "\n", " · ")
	if f.SVG, err = chart.SVG(p, vg.Length(req.W), vg.Length(req.H), req.Stamp); err != nil {
		f.Err = err.Error()
	}
	return f
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
