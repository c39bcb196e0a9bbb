// Package ui is the benchmark simulator's browser app, built with go-app.
// It is split the way go-app's own documentation site is split: a view
// model, one page per tab, and a small shared layout.
//
// # View model
//
// The view model is package view (app/ui/view): State, the URL codec,
// the datasets and their storage, the texts and the formatter, and
// State's parts, each a type with its own methods: st.Charts (the charts'
// state and figures), st.Tour (the tour's), st.Compare (the comparison),
// st.Saved (the saved scenarios) and st.Reform (the caseload reform).
// It imports no go-app, so plain go test drives it; this package holds
// the components only. names.go gives a few of view's names (the
// formatter, the languages, the texts) here too, where the end-to-end
// tests read them.
//
// # Components
//
// Root (root.go) is the app's only routed component. It owns routing, the
// address (a history entry per deliberate step, replaced while a slider is
// dragged; it follows the app's own links itself, as go-app's navigation
// does not know the addresses the app writes) and the browser's events,
// and renders the shared layout
// (layout.go) around the current tab's page:
//
//	newLayout(r).Installable(…).Update(…).Ready(…).Content(r.page()).Render()
//
// Each tab is a page in its own file, a type with a constructor and a
// short Render: ranking_page.go, scenario_page.go (with scenario_levers.go),
// compare_page.go, charts_page.go (with charts_card.go and map.go),
// municipality_page.go, data_page.go (with data_panels.go),
// method_page.go, tour_page.go (with tour_steps.go). A page embeds kit
// (kit.go): the Root and the controls every page uses (widgets.go,
// controls.go: sliders, checkboxes, selects, the period and area switches,
// the summary, the headline, the print button).
//
// The browser's side of what the view model is given: browser.go keeps
// the datasets in IndexedDB (a dataset.Store), saved_browser.go the saved
// scenarios in localStorage, draw_js.go talks to the drawing worker (a
// view.Drawer); download.go hands files to the browser.
//
// go-app re-renders a nested component only when one of its exported
// fields changed, not when the State it points to did. So the ranking,
// scenario, compare, municipality, data and method pages are plain values
// whose Render Root calls on every render, exactly as when they were
// Root's methods; they hold nothing but the kit, so a handler go-app kept
// from an earlier render acts as the current one. The tour (tourPage) and
// the charts (chartHost) are components of their own, because they listen
// to the window and draw in the background; each has a Rev field set from
// State.Rev, which changes on every change of the state. Smaller
// components (rankRow, section, muniSelect) re-render only when their
// exported fields change, which keeps a slider's drag short.
//
// # Adding things
//
// A ranking table column is one Column literal in app/report (columns.go);
// the table (rankingPage.rankTable) and both CSV files render report's
// columns. A tab is a Tab constant and an entry in Tabs (view/state.go),
// its name in the texts (app/text), a page file here with a type,
// constructor and Render, and a case in Root.page (root.go).
package ui
