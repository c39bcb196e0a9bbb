package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
	"benchsim/calc"
)

// The UI program's warm-up (web/compile.js). V8 compiles a wasm function
// when it is first called, on the thread that calls it, and the compiled
// code belongs to the module, which the compile worker posts to the page.
// Run once in that worker before the module is posted — the Go runtime's
// start, every package's initialisation and the start's own Go work, on
// the illustrative data and the page's address, without a page — the
// functions the page's start calls are compiled there, not in its long
// tasks on the main thread.

// WarmUpOnly reports whether this run is the compile worker's warm-up
// (web/compile.js sets benchsimWarmUp), which must not start the app.
func WarmUpOnly() bool {
	return app.IsClient && app.Window().Get("benchsimWarmUp").Truthy()
}

// warming is set while WarmUp runs: the ranking's body then also builds
// its rows' HTML (rankBody), which the page's first mount writes.
var warming bool

// WarmUp does the start's Go work on the illustrative data for the page's
// address (benchsimWarmUp.query) and builds the page's first render,
// keeping nothing. A panic (a step that needs a page) ends it quietly.
func WarmUp() {
	defer func() { _ = recover() }()
	warming = true
	q := app.Window().Get("benchsimWarmUp").Get("query").String()
	ds := demoDataset()
	_ = calc.PrepareBaseline(ds, calc.DefaultScenario())
	st := view.NewState(ds, nil)
	if q != "" {
		st.ApplyQuery(q)
	}
	_ = st.T()
	browserState = st
	r := &Root{}
	_ = r.Render()
	// Read by web/compile.js: the loader marks a finished warm-up
	// (app-wasm-warmed), which the end-to-end tests check.
	app.Window().Get("benchsimWarmUp").Set("done", true)
}
