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
		// While the worker builds the dataset a link names, the address
		// stays the link's (the view follows once it is built).
		if st.Building() {
			liveRoot.sync()
			return
		}
		// A history entry of its own, as a link's would be (the app
		// follows its links itself, Root.follow, so go-app's idea of the
		// address does not matter).
		liveRoot.writeURL(true)
	}
	q := queued
	queued = nil
	for _, f := range q {
		f()
	}
}
