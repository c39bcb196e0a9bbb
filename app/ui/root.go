package ui

import (
	"net/url"
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
	"benchsim/calc"
)

// browserState is the one State of the running app. Components are
// recreated by go-app on navigation; the state outlives them.
var browserState *view.State

// Root is the app's only routed component: the layout around the current
// view. It holds no state of its own beyond what the browser reports.
type Root struct {
	app.Compo

	st      *view.State
	ready   bool
	gesture bool // a drag on a slider is under way (history entry pushed)
	// The municipality paragraph's last key, kept while a slider moves
	// (holdWords).
	wordsKey   string
	wordsHeld  bool
	wordsTimer app.Value
	wordsFn    app.Func
	mountCtx   app.Context // the root's own context, from OnMount
	rendered   renderedAs  // what the last Render drew from (skipUnchanged)

	replaceTimer app.Value // pending replaceState while dragging
	replaceFn    app.Func
	installable  bool
	update       bool // a new version has been downloaded
	popstate     app.Func
	linkClick    app.Func
	beforeprint  app.Func
}

func (r *Root) state() *view.State {
	if r.st == nil {
		if app.IsClient {
			if browserState == nil {
				browserState = newBrowserState(demoDataset(), func() {})
			}
			r.st = browserState
		} else {
			r.st = view.NewState(demoDataset(), nil)
		}
	}
	return r.st
}

// OnPreRender applies the URL on the server, so the first HTML already
// shows the requested view.
func (r *Root) OnPreRender(ctx app.Context) { r.applyURL(ctx) }

// OnMount marks the page as run by the wasm (data-ready, which end-to-end
// tests wait for) and listens for the browser's back and forward buttons.
func (r *Root) OnMount(ctx app.Context) {
	perfMark("ui-mounted")
	r.ready = true
	r.mountCtx = ctx
	r.mountStorage(ctx)
	// The drawing worker loads as soon as the page is interactive (not
	// before, so its download never holds up the first view); it compiles
	// and starts in its own thread.
	startDrawWorkerSoon() // once the main thread is idle
	r.installable = ctx.IsAppInstallable()
	r.update = ctx.AppUpdateAvailable()
	// go-app skips a popstate to the first URL it saw; apply every one.
	r.popstate = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { r.applyURL(ctx) })
		return nil
	})
	app.Window().Call("addEventListener", "popstate", r.popstate)
	// The app's own links are followed here, not by go-app (see follow).
	r.linkClick = app.FuncOf(func(this app.Value, args []app.Value) any {
		if len(args) == 0 {
			return nil
		}
		if u, ok := appLink(args[0]); ok {
			args[0].Call("preventDefault")
			args[0].Call("stopPropagation") // go-app's handler on the window
			ctx.Dispatch(func(ctx app.Context) { r.follow(ctx, u) })
		}
		return nil
	})
	app.Window().Get("document").Call("addEventListener", "click", r.linkClick)
	// The browser's own print command gets the provenance stamp too.
	r.beforeprint = app.FuncOf(func(this app.Value, args []app.Value) any { r.setPrintStamp(); return nil })
	app.Window().Call("addEventListener", "beforeprint", r.beforeprint)
	r.skipUnchanged(ctx)
}

// skipUnchanged holds back the render a dispatch (OnMount, OnNav) would
// cause when the page as last rendered is still the page: the state has
// the revision it had then, and data-ready, the install button and the
// update banner would not change. At the start that spares a second
// render of the whole page right after mounting it; the render that
// follows once the kept datasets are read sets data-ready.
func (r *Root) skipUnchanged(ctx app.Context) {
	st := r.state()
	if r.rendered == (renderedAs{rev: st.Rev, ready: r.readyNow(), installable: r.installable, update: r.update}) {
		ctx.PreventUpdate()
	}
}

// renderedAs is what Render last drew the page from, beside the state.
type renderedAs struct {
	rev                        int
	ready, installable, update bool
}

// readyNow is the layout's data-ready.
func (r *Root) readyNow() bool {
	st := r.state()
	return r.ready && st.Library().Loaded() && !st.Building()
}

// OnDismount removes the listeners.
func (r *Root) OnDismount() {
	if liveRoot == r {
		liveRoot = nil
	}
	if r.popstate != nil {
		app.Window().Call("removeEventListener", "popstate", r.popstate)
		r.popstate.Release()
		r.popstate = nil
	}
	if r.linkClick != nil {
		app.Window().Get("document").Call("removeEventListener", "click", r.linkClick)
		r.linkClick.Release()
		r.linkClick = nil
	}
	if r.beforeprint != nil {
		app.Window().Call("removeEventListener", "beforeprint", r.beforeprint)
		r.beforeprint.Release()
		r.beforeprint = nil
	}
}

// OnNav applies the URL: the first load, links and history navigation.
//
// The first one comes right after go-app has mounted the page and run the
// components' OnMount (the ranking's rows are in by then): it gives the
// browser a turn first, so that mounting the page and rendering it again
// (for data-ready and what OnMount changed) are two tasks, not one.
func (r *Root) OnNav(ctx app.Context) {
	if app.IsClient && !navved {
		navved = true
		yieldToBrowser() // the program waits: the browser runs
	}
	r.applyURL(ctx)
	r.skipUnchanged(ctx)
}

// navved is set once the first OnNav has run.
var navved bool

// applyURL reads the view from the page's address (the request's on the
// server, the window's in the browser).
func (r *Root) applyURL(ctx app.Context) {
	st := r.state()
	q := ctx.Page().URL().RawQuery
	if !st.Shows(q) {
		st.ApplyQuery(q)
	}
	ctx.Page().SetLang(st.Lang)
	ctx.Page().SetTitle(r.title())
}

// OnAppUpdate shows the "new version" banner.
func (r *Root) OnAppUpdate(ctx app.Context) { r.update = ctx.AppUpdateAvailable() }

// OnAppInstallChange shows or hides the install button.
func (r *Root) OnAppInstallChange(ctx app.Context) { r.installable = ctx.IsAppInstallable() }

// sync brings the document in line with the state: <html lang> and title.
func (r *Root) sync() {
	st := r.state()
	doc := app.Window().Get("document")
	doc.Get("documentElement").Set("lang", st.Lang)
	doc.Set("title", r.title())
}

func (r *Root) title() string {
	st := r.state()
	t := st.T()
	return t.TabName(st.Tab) + " · " + t.AppName
}

// step records a change made by the user in the address bar: a new
// history entry for a deliberate step (a click, a finished drag). (Not
// deferred with ctx.Defer: that is skipped when the clicked element goes
// away with the change, as a "back to the official model" button does.)
func (r *Root) step(ctx app.Context, push bool) {
	r.cancelReplace()
	r.writeURL(push)
}

// dragged is called on every input event of a slider or number field: the
// first one of a gesture pushes a history entry, the next ones replace it
// at most every replaceEvery (browsers throttle the history API, and each
// call costs a few milliseconds of the drag).
func (r *Root) dragged(ctx app.Context) {
	r.holdWords()
	if !r.gesture {
		r.gesture = true
		r.step(ctx, true)
		return
	}
	if !r.replacePending() {
		if r.replaceFn == nil {
			r.replaceFn = app.FuncOf(func(this app.Value, args []app.Value) any {
				r.replaceTimer = nil
				r.writeURL(false)
				return nil
			})
		}
		r.replaceTimer = app.Window().Call("setTimeout", r.replaceFn, replaceEvery.Milliseconds())
	}
}

// replaceEvery is how often the address follows a drag.
const replaceEvery = 150 * time.Millisecond

func (r *Root) replacePending() bool {
	return r.replaceTimer != nil && !r.replaceTimer.IsUndefined() && !r.replaceTimer.IsNull()
}

func (r *Root) cancelReplace() {
	if r.replacePending() {
		app.Window().Call("clearTimeout", r.replaceTimer)
	}
	r.replaceTimer = nil
}

// released ends a gesture (the change event).
func (r *Root) released(ctx app.Context) {
	r.releaseWords()
	if !r.gesture {
		r.step(ctx, true)
		return
	}
	r.gesture = false
	r.step(ctx, false)
}

// writeURL puts the state into the address bar.
func (r *Root) writeURL(push bool) {
	st := r.state()
	u := "?" + st.Query()
	h := app.Window().Get("history")
	cur := "?" + app.Window().URL().RawQuery
	switch {
	case u == cur:
	case push:
		h.Call("pushState", nil, "", u)
	default:
		h.Call("replaceState", nil, "", u)
	}
	r.sync()
}

// appLink returns the address of the link a click event follows, when it
// is one of the app's views (the same page, another query or fragment)
// followed in this tab: not with a modifier key, not a download, not into
// another window.
func appLink(e app.Value) (*url.URL, bool) {
	if e.Get("defaultPrevented").Bool() || e.Get("button").Int() != 0 ||
		e.Get("ctrlKey").Bool() || e.Get("metaKey").Bool() || e.Get("shiftKey").Bool() || e.Get("altKey").Bool() {
		return nil, false
	}
	tg := e.Get("target")
	if !tg.Truthy() || !tg.Get("closest").Truthy() {
		return nil, false
	}
	a := tg.Call("closest", "a[href]")
	if !a.Truthy() || a.Call("hasAttribute", "download").Bool() {
		return nil, false
	}
	if w := a.Call("getAttribute", "target"); w.Truthy() && w.String() != "_self" {
		return nil, false
	}
	ref, err := url.Parse(a.Call("getAttribute", "href").String())
	if err != nil {
		return nil, false
	}
	here := app.Window().URL()
	u := here.ResolveReference(ref)
	if u.Scheme != here.Scheme || u.Host != here.Host || u.Path != here.Path {
		return nil, false
	}
	return u, true
}

// follow shows the view a link names: a history entry for it, the state
// from its address, and its fragment scrolled to and focused.
//
// go-app would follow the link itself, but it skips a link to the address
// it last navigated to, and the app changes the address without it (every
// step, writeURL). A tab's link could then do nothing: after a map tile
// opened the municipality page, the charts tab's link was the address
// go-app had last seen; after the tour's Next, the first step's dot.
func (r *Root) follow(ctx app.Context, u *url.URL) {
	r.cancelReplace()
	r.gesture = false
	if u.RawQuery != app.Window().URL().RawQuery {
		app.Window().Get("history").Call("pushState", nil, "", u.String())
	}
	r.applyURL(ctx)
	if id := u.Fragment; id != "" {
		ctx.Defer(func(app.Context) {
			if el := app.Window().GetElementByID(id); el.Truthy() {
				el.Call("scrollIntoView")
				el.Call("focus", map[string]any{"preventScroll": true})
			}
		})
	}
}

// Render lays out the current tab's page in the shared layout.
func (r *Root) Render() app.UI {
	st := r.state()
	r.rendered = renderedAs{rev: st.Rev, ready: r.readyNow(), installable: r.installable, update: r.update}
	return newLayout(r).
		Installable(r.installable).
		Update(r.update).
		// Ready once the wasm runs, the kept datasets have been read and the
		// one shown is built.
		Ready(r.rendered.ready).
		Content(r.page()).
		Render()
}

// page is the current tab's page. Pages are plain values whose Render
// Root calls (not components of their own: go-app would not re-render a
// child component whose fields did not change when only the State
// behind them did). The tour and the charts are components, re-rendered
// through their Rev field.
func (r *Root) page() app.UI {
	switch r.state().Tab {
	case view.TabScenario:
		return newScenarioPage(r).Render()
	case view.TabMunicipality:
		return newMunicipalityPage(r).Render()
	case view.TabData:
		return newDataPage(r).Render()
	case view.TabMethod:
		return newMethodPage(r).Render()
	case view.TabTour:
		return newTourPage(r)
	case view.TabCharts:
		return newChartsPage(r)
	case view.TabCompare:
		return newComparePage(r).Render()
	}
	return newRankingPage(r).Render()
}

// href returns a link to a view of the current state, with extra app keys
// changed (e.g. "m").
func (r *Root) href(tab string, set map[string]string) string {
	st := r.state()
	m := st.Muni
	if c, ok := set["m"]; ok {
		m, _ = strconv.Atoi(c)
	}
	return "/?" + st.LinkQuery(tab, m)
}

// newBrowserState is the running app's state on ds, from the address.
//
// yield gives the browser a turn between its steps (Prepare's
// yieldToBrowser; a no-op when the state is made during a render).
func newBrowserState(ds *calc.Dataset, yield func()) *view.State {
	var st *view.State
	st = view.NewState(ds, newBrowserStore(func(info view.StorageInfo) {
		st.Data.Storage = info
		st.Rev++
	}))
	perfMark("ui-newstate")
	yield()
	st.Saved.UseStore(browserScenarioStore{})
	st.UseDrawer(worker)
	// go-app renders once before OnNav: start from the address, or a
	// shared view mounts the ranking first and then swaps in the
	// requested view.
	if q := app.Window().URL().RawQuery; q != "" {
		perfMark("ui-stores")
		yield()
		st.ApplyQuery(q)
	}
	return st
}

// Prepare builds the browser's state before go-app mounts the page, one
// step per main-thread task: it gives the browser a turn after the
// program's start, after reading the embedded dataset, after the first
// result's baseline and after computing the first result, so that none
// of them adds to one long task.
func Prepare() {
	if !app.IsClient || browserState != nil {
		return
	}
	yield := yieldToBrowser
	yield()
	perfMark("ui-state")
	ds := demoDataset() // static Go data: well under a millisecond
	perfMark("ui-dataset")
	yield()
	// The first result's baseline in a turn of its own (Apply reuses it).
	_ = calc.PrepareBaseline(ds, calc.DefaultScenario())
	perfMark("ui-baseline")
	yield()
	browserState = newBrowserState(ds, yield)
	perfMark("ui-computed")
	yield()
	// The texts of the page's language, localized once, in a turn of
	// their own rather than in the first render's.
	_ = browserState.T()
	perfMark("ui-texts")
	yield()
}

// yieldToBrowser waits for a task of the browser's own: a zero-delay
// timeout whose callback lets the program go on. A time.Sleep did not
// always return to the browser at the start: the program runs on until
// every goroutine waits, and a sleep whose timer is due by the time the
// scheduler looks (the start's other goroutines, e.g. the runtime's
// background scavenger, ran meanwhile) never schedules the browser's
// timeout. Waiting on a callback always gives the browser the thread.
func yieldToBrowser() {
	done := make(chan struct{})
	var f app.Func
	f = app.FuncOf(func(app.Value, []app.Value) any {
		f.Release()
		close(done)
		return nil
	})
	app.Window().Call("setTimeout", f, 0)
	<-done
}

// perfMark sets a performance mark in the browser, so that `make bench`
// can split the start into its steps.
func perfMark(name string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", name)
	}
}

// wordsPause is how long a drag must pause before the paragraph follows.
const wordsPause = 250 * time.Millisecond

// holdWords keeps the paragraph's words while a slider moves (called on
// every input of a drag), until the drag pauses for wordsPause or ends
// (releaseWords). The pause is timed, not left to the change event alone:
// go-app may run a change handler before the input handler of the same
// gesture, and the paragraph must never stay behind.
func (r *Root) holdWords() {
	r.wordsHeld = true
	r.stopWordsTimer()
	if r.wordsFn == nil {
		r.wordsFn = app.FuncOf(func(this app.Value, args []app.Value) any {
			r.wordsTimer = nil
			r.wordsHeld = false
			// Through the root's own context: the slider that started
			// the drag may be gone.
			r.mountCtx.Dispatch(nil)
			return nil
		})
	}
	r.wordsTimer = app.Window().Call("setTimeout", r.wordsFn, wordsPause.Milliseconds())
}

// releaseWords lets the paragraph follow the scenario again.
func (r *Root) releaseWords() {
	r.wordsHeld = false
	r.stopWordsTimer()
}

func (r *Root) stopWordsTimer() {
	if r.wordsTimer != nil && r.wordsTimer.Truthy() {
		app.Window().Call("clearTimeout", r.wordsTimer)
	}
	r.wordsTimer = nil
}
