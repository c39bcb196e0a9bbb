package view

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"benchsim/app/figure"
	"benchsim/calc"
)

// This file draws the figures of charts.go: their inputs, the drawing, the
// cache and the background work in the browser, and the downloads.

// ---- figures ----

// Figure is one drawn chart or the map (package figure's, which the
// drawing worker answers with).
type Figure = figure.Figure

// figInput is a figure's request, captured on the UI goroutine, or what
// stands in for the drawing when the figure cannot be drawn (Err, Action).
type figInput struct {
	req         figure.Request
	err, action string
}

// Chart sizes in points: the default (16 × 10 cm), the one for a phone
// (9,5 cm square, shown about 1:1 in a 390 px wide screen, so the text
// stays readable), and the tile map's width (chart.Map draws it 760 px
// wide).
const (
	pointsPerCm = 72 / 2.54
	chartW      = 16 * pointsPerCm
	chartH      = 10 * pointsPerCm
	narrowW     = 9.5 * pointsPerCm
	mapWidth    = 570
)

// figureInput prepares figure id of the given kind for the current state.
// subject is the municipality a municipality-page figure is about (0 on the
// charts view). Must run on the UI goroutine with the cache locked.
func (c *Charts) figureInput(id, kind string, subject int, narrow bool) *figInput {
	s := c.s
	ds := s.ds
	ct := ChartMsg(s.Lang)
	in := &figInput{}
	r := &in.req
	r.ID, r.Kind, r.W, r.H = id, kind, chartW, chartH
	if narrow {
		r.W, r.H = narrowW, narrowW
	}
	r.Stamp = c.stamp(stampChars(r.W))
	if kind == FigMap {
		r.Stamp = c.stamp(stampChars(mapWidth))
	}
	sel := -1
	if s.Muni != 0 {
		sel = ds.MunicipalityIndex(s.Muni)
	}
	area := s.Area
	r.Lang, r.Selected, r.SelCode = s.Lang, sel, s.Muni
	r.Scenario = s.Scenario.Encode()
	var extra string
	switch kind {
	case FigMap:
		name := c.MapMeasure()
		r.Measure = int(chartMeasure(name))
		r.Title = ct.MapTitle + " · " + ct.Measures[name]
		extra = name
	case FigIntervals:
		r.Draws, r.SimPhi, r.Seed = SimDraws(), c.SimPhi(), RankSimSeed
		extra = fmt.Sprint(r.Draws, r.SimPhi)
	case FigHistory:
		codes := c.HistoryCodes()
		hl := s.Muni
		if subject != 0 {
			codes = []int{subject}
			for _, j := range calc.Similar(s.res, ds.MunicipalityIndex(subject), 3) {
				codes = append(codes, ds.Municipalities[j].Code)
			}
			hl = subject
		}
		r.Selected = -1
		for k, c := range codes {
			r.Idx = append(r.Idx, ds.MunicipalityIndex(c))
			if c == hl {
				r.Selected = k
			}
		}
		extra = fmt.Sprint(codes, r.Selected)
	case FigWhy:
		code := subject
		if code == 0 {
			code = s.Muni
		}
		if code == 0 {
			code = s.EditMunicipality()
		}
		r.WhyIdx = ds.MunicipalityIndex(code)
		area = WhyArea(s.res, s.Area)
		if area == calc.Total {
			in.err, in.action = ct.WhyNoFit, "reestimate"
		}
		extra = strconv.Itoa(code)
	case FigRankSim:
		// Only the table's interval column reads it: no drawing.
		r.Draws, r.SimPhi, r.Seed = SimDraws(), c.SimPhi(), RankSimSeed
		r.W, r.H, r.Stamp, r.Selected, r.SelCode = 0, 0, "", -1, 0
		extra = fmt.Sprint(r.Draws, r.SimPhi)
	case FigRanks:
		r.Idx = []int{ds.MunicipalityIndex(subject)}
		r.W, r.H, r.Stamp, r.Selected, r.SelCode = 0, 0, "", -1, 0
		extra = strconv.Itoa(subject)
	case FigVessels:
		r.Weighted = c.Weighted
		if !s.res.Scenario.Included[calc.FP] || !s.res.Scenario.Included[calc.KTH] {
			in.err, in.action = ct.VesselsNoFP, "lens"
		}
		extra = strconv.FormatBool(r.Weighted)
	}
	r.Area = area.ID()
	r.File = "benchmark-" + ct.FileNames[kind] + "-" + s.Period().Code
	r.Key = strings.Join([]string{kind, s.DatasetID, r.Scenario, r.Area, s.Lang,
		strconv.Itoa(r.Selected), fmt.Sprint(r.W, r.H), extra, r.Stamp}, "|")
	return in
}

// stands returns the figure when it is not drawn at all (no fit, no fp).
func (in *figInput) stands() (Figure, bool) {
	if in.err == "" {
		return Figure{}, false
	}
	r := in.req
	return Figure{ID: r.ID, Kind: r.Kind, Key: r.Key, File: r.File, Err: in.err, Action: in.action}, true
}

// WhyArea is the area the waterfall explains: the shown one when it was
// re-estimated, else kth, else the first re-estimated area; Total when the
// scenario re-estimated none.
func WhyArea(r *calc.Result, shown calc.Area) calc.Area {
	if shown != calc.Total && r.Fits[shown] != nil {
		return shown
	}
	if r.Fits[calc.KTH] != nil {
		return calc.KTH
	}
	for _, a := range calc.Areas {
		if r.Fits[a] != nil {
			return a
		}
	}
	return calc.Total
}

// Draw draws a figure of the charts view (or, with subject, of a
// municipality's page) at once, as the server and the tests do, and keeps
// it in the cache.
func (c *Charts) Draw(kind string, subject int, narrow bool) Figure {
	s := c.s
	cc := c.figCache()
	cc.mu.Lock()
	defer cc.mu.Unlock()
	id := kind
	if subject != 0 {
		id = "m-" + kind
	}
	in := c.figureInput(id, kind, subject, narrow)
	f, ok := in.stands()
	if !ok {
		f = cc.drawNow(s.ds, in.req)
	}
	cc.figs[id] = f
	return f
}

// Drawer draws figures in the background: in the browser, the drawing
// worker. owner names who wants them (an owner's next Want replaces its
// last); got receives each figure drawn, refresh asks the owner to render
// again.
type Drawer interface {
	Want(owner string, ds *calc.Dataset, reqs []figure.Request, got func(Figure), refresh func())
}

// UseDrawer has the figures that State draws itself (the table's rank
// intervals, a municipality's ranks, the tour's two charts) drawn by d in
// the background. Without one they are drawn at once, as on the server and
// in the tests.
func (s *State) UseDrawer(d Drawer) { s.drawer = d }

// ---- the cache ----

// chartCache keeps what has been drawn and computed (by figure id: the last
// one). In the browser the drawing worker draws and computes, so nothing
// here runs long on the main thread.
type chartCache struct {
	mu      sync.Mutex
	figs    map[string]Figure
	hostSeq int
	native  any // the in-process drawer off the browser (drawnow_other.go)
}

func newChartCache() *chartCache {
	return &chartCache{figs: map[string]Figure{}}
}

// Shown returns figure id (of kind; subject as for Draw) as a
// page should show it now, and whether it is up to date. Off the browser
// it is drawn at once; in the browser a figure not yet drawn comes back
// as its last drawing (or empty) with want, the request to hand to the
// drawing worker.
func (c *Charts) Shown(id, kind string, subject int, narrow bool) (f Figure, fresh bool, want *figure.Request) {
	s := c.s
	cc := c.figCache()
	cc.mu.Lock()
	defer cc.mu.Unlock()
	in := c.figureInput(id, kind, subject, narrow)
	if f, ok := in.stands(); ok {
		cc.figs[id] = f
		return f, true, nil
	}
	if f, ok := cc.figs[id]; ok && f.Key == in.req.Key {
		return f, true, nil
	}
	if s.drawer == nil {
		f := cc.drawNow(s.ds, in.req)
		cc.figs[id] = f
		return f, true, nil
	}
	return cc.figs[id], false, &in.req
}

// Keep keeps a figure the drawing worker answered, under its id.
func (c *Charts) Keep(f Figure) {
	cc := c.figCache()
	cc.mu.Lock()
	cc.figs[f.ID] = f
	cc.mu.Unlock()
}

// Drawn returns the last drawing of figure id (empty when there is none).
func (c *Charts) Drawn(id string) Figure {
	cc := c.figCache()
	cc.mu.Lock()
	defer cc.mu.Unlock()
	return cc.figs[id]
}

// NewHostID numbers a page that shows charts, so the drawing worker can
// tell their wishes apart.
func (c *Charts) NewHostID() int {
	cc := c.figCache()
	cc.mu.Lock()
	defer cc.mu.Unlock()
	cc.hostSeq++
	return cc.hostSeq
}
