package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"

	"benchsim/app/ui/view"
)

// layout is the frame every page shares, built like go-app's documentation
// site builds its page: newLayout(r).Installable(…).Update(…).Ready(…).
// Content(…).Render(). It draws the skip link, header, banners, tabs, the
// main element around the page and the footer; the page is the content.
type layout struct {
	kit
	installable bool   // show the install button
	update      bool   // show the "new version" banner
	ready       bool   // data-ready: the wasm runs and the kept datasets are read
	content     app.UI // the current tab's page
}

// newLayout starts the layout of r's page.
func newLayout(r *Root) *layout { return &layout{kit: kit{r}} }

// Installable shows the install button.
func (l *layout) Installable(on bool) *layout { l.installable = on; return l }

// Update shows the "new version" banner.
func (l *layout) Update(on bool) *layout { l.update = on; return l }

// Ready marks the page as run by the wasm (data-ready, which end-to-end
// tests wait for).
func (l *layout) Ready(on bool) *layout { l.ready = on; return l }

// Content is the current tab's page.
func (l *layout) Content(ui app.UI) *layout { l.content = ui; return l }

// Render lays out the page around the content.
func (l *layout) Render() app.UI {
	st := l.state()
	t := st.T()
	root := app.Div().ID("app").Class("app").
		Lang(st.Lang).
		DataSet("query", st.Query()).
		DataSet("rev", strconv.Itoa(st.Rev)).
		DataSet("tab", st.Tab)
	if st.Tab == view.TabTour && st.Tour.Present {
		root = root.Class("present")
	}
	if l.ready {
		root = root.DataSet("ready", "1")
	}
	return root.Body(
		app.A().Class("skip").Href("#main").Text(t.SkipToContent),
		l.header(),
		l.banners(),
		l.tabs(),
		app.Main().ID("main").Class("main", "tab-"+st.Tab).TabIndex(-1).Body(l.content),
		l.footer(),
	)
}

// header is the app's name, the install button and the language switch.
func (l *layout) header() app.UI {
	st := l.state()
	t := st.T()
	other, otherLabel := view.LangEN, "English"
	if st.Lang == view.LangEN {
		other, otherLabel = view.LangDA, "Dansk"
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
			app.If(l.installable, func() app.UI {
				// On a phone the label is for screen readers only and the
				// button shows an icon (web/app.css), with the label as its
				// tooltip.
				return app.Button().ID("install").Class("btn", "ghost").Title(t.Install).
					Body(app.Span().Class("label").Text(t.Install)).
					OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
			}),
			app.Button().ID("lang").Class("btn", "ghost").Lang(other).
				Attr("aria-label", t.SwitchLanguage).
				Text(otherLabel).
				OnClick(func(ctx app.Context, e app.Event) {
					st.SetLang(other)
					l.step(ctx, true)
				}, app.EventScope(other)),
		),
	)
}

// banners are the notes above the tabs: a new version, illustrative data,
// a link waiting for its data, a notice.
func (l *layout) banners() app.UI {
	st := l.state()
	t := st.T()
	return app.Div().Class("banners").Body(
		app.If(l.update, func() app.UI {
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
					app.A().Href(l.href(view.TabData, nil)).Text(t.BannerLink),
				),
			)
		}),
		l.waitingBanner(),
		app.If(st.Notice != "", func() app.UI {
			return app.Div().ID("notice").Class("banner", "notice").Attr("role", "alert").Body(
				app.Span().Text(st.Notice),
				app.Button().Class("btn", "ghost").Text(t.Dismiss).
					OnClick(func(ctx app.Context, e app.Event) { st.DismissNotice() }),
			)
		}),
	)
}

// tabs are the links to the views, the current one marked.
func (l *layout) tabs() app.UI {
	st := l.state()
	t := st.T()
	return app.Nav().Class("tabs").Attr("aria-label", t.Views).Body(
		app.Range(view.Tabs).Slice(func(i int) app.UI {
			tab := view.Tabs[i]
			a := app.A().ID("tab-" + tab).Href(l.href(tab, nil)).Text(t.TabName(tab))
			if tab == st.Tab {
				a = a.Attr("aria-current", "page").Class("current")
			}
			return a
		}),
	)
}

// footer names the dataset and period shown and links to the
// accessibility statement.
func (l *layout) footer() app.UI {
	st := l.state()
	t := st.T()
	p := st.Period()
	return app.Footer().Class("foot").Body(
		app.P().Body(
			app.Text(t.DatasetLabel+": "),
			app.Strong().Text(st.Dataset().Provenance.Name),
			app.Text(" · "+t.PeriodLabel+": "+t.PeriodName(p)+" ("+p.Code+")"),
		),
		app.P().Class("small").Text(t.FooterNote),
		app.P().Class("small").Body(app.A().ID("a11y-link").Href(l.href(view.TabMethod, nil)+"#a11y").Text(view.MeetMsg(st.Lang).A11yLink)),
	)
}

// waitingBanner says, on every view, that a shared link waits for its
// data and which files to import.
func (l *layout) waitingBanner() app.UI {
	st := l.state()
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
		app.If(st.Tab != view.TabData, func() app.UI {
			return app.A().Class("btn").Href(l.href(view.TabData, nil)).Text(d.WaitingGo)
		}),
		app.Button().ID("waiting-drop").Class("btn", "ghost").Text(d.WaitingDrop).
			OnClick(func(ctx app.Context, e app.Event) { st.DropWaiting() }),
	)
}
