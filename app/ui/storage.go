package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// mountStorage makes the mounted root the one the browser store's answers
// are dispatched through, runs the answers that came while no root was
// mounted, and writes the address when a change that waited for the store
// has happened.
func (r *Root) mountStorage(ctx app.Context) {
	liveRoot, liveCtx = r, ctx
	st := r.state()
	st.Data.OnChange = func() {
		if liveRoot == nil {
			return
		}
		// Through go-app, not history.replaceState: go-app ignores a link
		// to the address it last navigated to, so an address changed
		// behind its back (a link's view restored once its data is
		// imported) would leave a tab's link to that address dead.
		// While the worker builds the dataset a link names, the address
		// stays the link's (the view follows once it is built).
		if u := "/?" + st.Query(); u != "/?"+app.Window().URL().RawQuery && !st.Building() {
			liveCtx.Navigate(u)
		}
		liveRoot.sync()
	}
	q := queued
	queued = nil
	for _, f := range q {
		f()
	}
}
