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
	// What the browser's storage answered before the page was mounted
	// (the kept datasets and scenarios, read at the start) goes through
	// the root's context as later answers do: after the mount's own
	// dispatches, past the first OnNav's turn for the browser, so reading
	// them is not part of the task that puts the running page in place.
	q := queued
	queued = nil
	for _, f := range q {
		ctx.Dispatch(func(app.Context) { f() })
	}
}
