// Package figure is the protocol between the UI program and the drawing
// worker: what to draw (Request) and what was drawn (Figure). It links
// neither go-app nor gonum/plot, so the UI program stays small; the drawing
// itself is in figure/drawer, which the worker (and the server, for the
// prerendered page and the tests) runs.
package figure

import (
	"benchsim/app/internal/wire"
	"benchsim/calc"
)

// Figure kinds.
const (
	Map       = "map"
	Funnel    = "funnel"
	Intervals = "intervals"
	Moves     = "moves"
	History   = "history"
	Why       = "why"
	Vessels   = "vessels"
	// Computations without a drawing, so that the UI program never runs
	// them on the main thread: the rank intervals of the ranking table
	// (Figure.Intervals) and one municipality's ranks in every period
	// (Figure.Ranks).
	RankSim = "ranksim"
	Ranks   = "ranks"
)

// PeriodRank is a municipality's total rank in one period, official and
// under the scenario; OK is false when the period could not be computed.
type PeriodRank struct {
	Official, Scenario int
	DiffPP             float64
	OK                 bool
}

// Alt is a chart's text alternative: a summary sentence and a table.
type Alt struct {
	Summary string
	Header  []string
	Rows    [][]string
}

// Figure is one drawn chart or the map: its SVG (one <svg> element), its
// text alternative and what the UI shows about it.
type Figure struct {
	ID, Kind string
	Key      string // what it was drawn from; a new key means a new drawing
	Title    string // the chart's title on one line
	SVG      string
	Alt      Alt
	N        int               // points, lines or tiles drawn (one per municipality, series point or step)
	Data     map[string]string // more of the marks, as data-* attributes for tests
	Err      string            // why nothing is drawn; SVG is empty then
	Action   string            // what would make it drawable: "reestimate" or "lens"
	File     string            // download file name without extension

	Intervals []calc.Interval `json:",omitempty"` // RankSim: one per municipality (dataset index)
	Ranks     []PeriodRank    `json:",omitempty"` // Ranks: one per period of the dataset
}

// Request is everything a figure is drawn from: the dataset (by the key it
// was sent under), the scenario in its URL encoding and the choices of the
// view. The drawer recomputes calc's result from them, so a request is
// small and the answer equals what the UI's calc computes.
type Request struct {
	ID, Kind, Key string
	Dataset       string // the key the dataset was sent under
	Scenario      string // calc.Scenario.Encode()
	Area          string // calc.Area.ID() of the charted area
	Lang          string
	Selected      int     // highlighted municipality (dataset index; series index for History); -1: none
	Phi           float64 // funnel limits' φ; 0: the scenario's own
	W, H          float64 // size in points
	Stamp, File   string
	Title         string // a title the drawer cannot know (the map's)

	Measure int // the map's chart.Measure
	SelCode int // the map's highlighted municipality code

	// Rank intervals: the simulation's draws, φ and seed, or the intervals
	// themselves (the tour computes its own).
	Draws    int
	SimPhi   float64
	Seed     uint64
	Given    []calc.Interval
	HasGiven bool

	Idx []int // History: the series' municipalities (dataset indexes); Ranks: the one

	WhyIdx int // Why: the municipality explained

	Weighted bool // Vessels: population-weighted fit
}

// Message is one message between the UI and the worker, JSON-encoded.
// UI → worker: "draw" with Seq and Requests (the dataset itself goes as
// its own binary message, see the worker). Worker → UI: "ready" once
// started, "figure" with Seq and one Figure as each is drawn, "done" with
// Seq when a request is finished, "error" with Err.
type Message struct {
	Type     string
	Seq      int
	Requests []Request `json:",omitempty"`
	Figure   *Figure   `json:",omitempty"`
	Err      string    `json:",omitempty"`
}

// EncodeDataset serialises a dataset for the worker (in app/internal/wire's
// encoding, which keeps NaN, as JSON cannot, and needs no start-up work in
// the UI program, as encoding/gob does).
func EncodeDataset(ds *calc.Dataset) ([]byte, error) { return wire.Marshal(ds) }

// DecodeDataset reads what EncodeDataset wrote.
func DecodeDataset(b []byte) (*calc.Dataset, error) {
	var ds calc.Dataset
	if err := wire.Unmarshal(b, &ds); err != nil {
		return nil, err
	}
	return &ds, nil
}
