package ui

import (
	"strconv"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/calc"
	"benchsim/calc/demo"
)

// browserState is the one State of the running app. Components are
// recreated by go-app on navigation; the state outlives them.
var browserState *State

// Root is the app's only routed component: the layout around the current
// view. It holds no state of its own beyond what the browser reports.
type Root struct {
	app.Compo

	st      *State
	ready   bool
	gesture bool // a drag on a slider is under way (history entry pushed)

	replaceTimer app.Value // pending replaceState while dragging
	replaceFn    app.Func
	installable  bool
	update       bool // a new version has been downloaded
	popstate     app.Func
	beforeprint  app.Func
}

func (r *Root) state() *State {
	if r.st == nil {
		if app.IsClient {
			if browserState == nil {
				browserState = newBrowserState(demoDataset())
			}
			r.st = browserState
		} else {
			r.st = NewState(demoDataset(), nil)
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
	r.mountStorage(ctx)
	// The drawing worker loads as soon as the page is interactive (not
	// before, so its download never holds up the first view); it compiles
	// and starts in its own thread, once the main thread is idle.
	startDrawWorkerSoon()
	r.installable = ctx.IsAppInstallable()
	r.update = ctx.AppUpdateAvailable()
	// go-app skips a popstate to the first URL it saw; apply every one.
	r.popstate = app.FuncOf(func(this app.Value, args []app.Value) any {
		ctx.Dispatch(func(ctx app.Context) { r.applyURL(ctx) })
		return nil
	})
	app.Window().Call("addEventListener", "popstate", r.popstate)
	// The browser's own print command gets the provenance stamp too.
	r.beforeprint = app.FuncOf(func(this app.Value, args []app.Value) any { r.setPrintStamp(); return nil })
	app.Window().Call("addEventListener", "beforeprint", r.beforeprint)
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
	if r.beforeprint != nil {
		app.Window().Call("removeEventListener", "beforeprint", r.beforeprint)
		r.beforeprint.Release()
		r.beforeprint = nil
	}
}

// OnNav applies the URL: the first load, links and history navigation.
func (r *Root) OnNav(ctx app.Context) { r.applyURL(ctx) }

// applyURL reads the view from the page's address (the request's on the
// server, the window's in the browser).
func (r *Root) applyURL(ctx app.Context) {
	st := r.state()
	q := ctx.Page().URL().RawQuery
	if q != st.Query() {
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

// Render lays out the page around the current view.
func (r *Root) Render() app.UI {
	st := r.state()
	t := st.T()
	root := app.Div().ID("app").Class("app").
		Lang(st.Lang).
		DataSet("query", st.Query()).
		DataSet("rev", strconv.Itoa(st.Rev)).
		DataSet("tab", st.Tab)
	if st.Tab == TabTour && st.Tour.Present {
		root = root.Class("present")
	}
	// Ready once the wasm runs, the kept datasets have been read and the
	// one shown is built.
	if r.ready && st.Library().Loaded() && !st.Building() {
		root = root.DataSet("ready", "1")
	}
	return root.Body(
		app.A().Class("skip").Href("#main").Text(t.SkipToContent),
		r.header(),
		r.banners(),
		r.tabs(),
		app.Main().ID("main").Class("main", "tab-"+st.Tab).TabIndex(-1).Body(r.view()),
		r.footer(),
	)
}

func (r *Root) view() app.UI {
	switch r.state().Tab {
	case TabScenario:
		return r.scenarioView()
	case TabMunicipality:
		return r.municipalityView()
	case TabData:
		return r.dataView()
	case TabMethod:
		return r.methodView()
	case TabTour:
		return r.tourView()
	case TabCharts:
		return r.chartsView()
	case TabCompare:
		return r.compareView()
	}
	return r.rankingView()
}

func (r *Root) header() app.UI {
	st := r.state()
	t := st.T()
	other, otherLabel := LangEN, "English"
	if st.Lang == LangEN {
		other, otherLabel = LangDA, "Dansk"
	}
	return app.Header().Class("top").Body(
		app.Div().Class("brand").Body(
			// go-app drops an empty alt: the logo is decoration beside the name.
			app.Img().Src("/web/icon.svg").Attr("role", "presentation").Width(36).Height(36),
			app.Div().Body(
				app.P().Class("title").Text(t.AppName),
				app.P().Class("tagline").Text(t.AppTagline),
			),
		),
		app.Div().Class("tools").Body(
			app.If(r.installable, func() app.UI {
				return app.Button().ID("install").Class("btn", "ghost").Text(t.Install).
					OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
			}),
			app.Button().ID("lang").Class("btn", "ghost").Lang(other).
				Attr("aria-label", t.SwitchLanguage).
				Text(otherLabel).
				OnClick(func(ctx app.Context, e app.Event) {
					st.SetLang(other)
					r.step(ctx, true)
				}, app.EventScope(other)),
		),
	)
}

func (r *Root) banners() app.UI {
	st := r.state()
	t := st.T()
	return app.Div().Class("banners").Body(
		app.If(r.update, func() app.UI {
			return app.Div().ID("update").Class("banner", "update").Attr("role", "status").Body(
				app.Span().Text(t.NewVersion),
				app.Button().Class("btn").Text(t.Reload).
					OnClick(func(ctx app.Context, e app.Event) { ctx.Reload() }),
			)
		}),
		app.If(st.Dataset().Provenance.Illustrative, func() app.UI {
			return app.Div().ID("illustrative").Class("banner", "demo").Attr("role", "note").Body(
				app.P().Body(
					app.Strong().Text(t.BannerLead),
					app.Text(" "+t.BannerRest+" "),
					app.A().Href(r.href(TabData, nil)).Text(t.BannerLink),
				),
			)
		}),
		r.waitingBanner(),
		app.If(st.Notice != "", func() app.UI {
			return app.Div().ID("notice").Class("banner", "notice").Attr("role", "alert").Body(
				app.Span().Text(st.Notice),
				app.Button().Class("btn", "ghost").Text(t.Dismiss).
					OnClick(func(ctx app.Context, e app.Event) { st.DismissNotice() }),
			)
		}),
	)
}

func (r *Root) tabs() app.UI {
	st := r.state()
	t := st.T()
	return app.Nav().Class("tabs").Attr("aria-label", t.Views).Body(
		app.Range(Tabs).Slice(func(i int) app.UI {
			tab := Tabs[i]
			a := app.A().ID("tab-" + tab).Href(r.href(tab, nil)).Text(t.TabName(tab))
			if tab == st.Tab {
				a = a.Attr("aria-current", "page").Class("current")
			}
			return a
		}),
	)
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

func (r *Root) footer() app.UI {
	st := r.state()
	t := st.T()
	p := st.Period()
	return app.Footer().Class("foot").Body(
		app.P().Body(
			app.Text(t.DatasetLabel+": "),
			app.Strong().Text(st.Dataset().Provenance.Name),
			app.Text(" · "+t.PeriodLabel+": "+t.PeriodName(p)+" ("+p.Code+")"),
		),
		app.P().Class("small").Text(t.FooterNote),
		app.P().Class("small").Body(app.A().ID("a11y-link").Href(r.href(TabMethod, nil)+"#a11y").Text(MeetMsg(st.Lang).A11yLink)),
	)
}

// newBrowserState is the running app's state on ds, from the address.
func newBrowserState(ds *calc.Dataset) *State {
	var st *State
	st = NewState(ds, newBrowserStore(func(info StorageInfo) {
		st.Data.Storage = info
		st.Rev++
	}))
	st.UseScenarioStore(browserScenarioStore{})
	// go-app renders once before OnNav: start from the address, or a
	// shared view mounts the ranking first and then swaps in the
	// requested view.
	if q := app.Window().URL().RawQuery; q != "" {
		st.ApplyQuery(q)
	}
	return st
}

// Prepare builds the browser's state before go-app mounts the page, one
// step per main-thread task: it gives the browser a turn after the
// program's start, after reading the embedded dataset and after computing
// the first result, so that none of them adds to one long task.
func Prepare() {
	if !app.IsClient || browserState != nil {
		return
	}
	yield := func() { time.Sleep(time.Millisecond) }
	yield()
	perfMark("ui-state")
	demo.Load(yield) // a period a task
	ds := demoDataset()
	perfMark("ui-dataset")
	yield()
	browserState = newBrowserState(ds)
	perfMark("ui-computed")
	yield()
}

// perfMark sets a performance mark in the browser, so that `make bench`
// can split the start into its steps.
func perfMark(name string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", name)
	}
}
