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

// waitingBanner says, on every view, that a shared link waits for its
// data and which files to import.
func (r *Root) waitingBanner() app.UI {
	st := r.state()
	ok, files := st.Waiting()
	if !ok {
		return nil
	}
	d := st.T().D()
	return app.Div().ID("waiting").Class("banner", "waiting").Attr("role", "status").Body(
		app.P().Text(d.WaitingLead),
		app.If(len(files) > 0, func() app.UI {
			return app.Div().Body(
				app.P().Text(d.WaitingFiles),
				app.Ul().ID("waiting-files").Body(app.Range(files).Slice(func(i int) app.UI {
					return app.Li().Text(files[i])
				})),
			)
		}).Else(func() app.UI { return app.P().Text(d.WaitingNoFiles) }),
		app.If(st.Tab != TabData, func() app.UI {
			return app.A().Class("btn").Href(r.href(TabData, nil)).Text(d.WaitingGo)
		}),
		app.Button().ID("waiting-drop").Class("btn", "ghost").Text(d.WaitingDrop).
			OnClick(func(ctx app.Context, e app.Event) { st.DropWaiting() }),
	)
}
