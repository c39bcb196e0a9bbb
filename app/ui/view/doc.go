// Package view is the browser app's view model: everything the app shows
// and every change a user can make, without go-app, so plain go test
// drives the whole app and the command line can read the same state.
//
// State is the whole view: the dataset, the scenario, the tab and what
// each tab shows. Every change is a method that bumps State.Rev, which
// the components in app/ui use to know they must render again. Numbers
// come from calc (calc.Apply, calc's figures); State computes none itself.
//
//   - state.go: State, NewState, the tabs and the recompute after a change;
//   - url.go: the URL codec (Query, LinkQuery, ApplyQuery): every view is
//     an address, the scenario in calc's syntax plus the app's own keys;
//   - levers.go: the scenario's levers (SetScope, SetCaseload, SetParam …);
//   - datasets.go, datasets_import.go, delete.go: the datasets kept in the
//     browser (a dataset.Store), importing files and bundles;
//   - saved.go, compare_state.go: saved scenarios and the comparison;
//   - table.go, headline.go, reform.go, explain.go: the ranking table's
//     rows and CSV (app/report builds them), the headline rows, the
//     caseload reform, the paragraph in words;
//   - charts_state.go, charts_draw.go, drawnow_*.go: which figures the
//     charts show and their cache; off the browser they are drawn at once,
//     in the browser by the Drawer the app gives (UseDrawer);
//   - tour_state.go, tour_figures.go: the guided tour's steps, their
//     scenarios and figures; print_state.go: the printout's stamp and the
//     tour's handout;
//   - text.go, *_text.go: the texts of app/text in the state's language;
//     format.go: the one number formatter.
package view
