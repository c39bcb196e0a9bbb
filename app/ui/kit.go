package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
)

// kit is what every page is built from: the Root (the state, history
// steps, links) and the controls the pages share (widgets.go, controls.go).
// Pages embed it; it holds nothing else, so a handler bound to the page of
// an earlier render (go-app keeps an element's first handler) acts exactly
// as one bound to the current page.
type kit struct{ root *Root }

func (k kit) state() *view.State { return k.root.state() }

// step records a deliberate change in the address bar (Root.step).
func (k kit) step(ctx app.Context, push bool) { k.root.step(ctx, push) }

// dragged and released follow a slider's gesture (Root.dragged).
func (k kit) dragged(ctx app.Context)  { k.root.dragged(ctx) }
func (k kit) released(ctx app.Context) { k.root.released(ctx) }

// href links to a view of the current state (Root.href).
func (k kit) href(tab string, set map[string]string) string { return k.root.href(tab, set) }
