// Package view is the browser app's view model: everything the app shows
// and every change a user can make, without go-app, so plain go test
// drives the whole app and the command line can read the same state.
//
// State is the whole view: the dataset, the scenario, the tab and what
// each tab shows. Every change is a method that bumps State.Rev, which
// the components in app/ui use to know they must render again. Numbers
// come from calc (calc.Apply, calc's figures); State computes none itself.
//
// State is a small core and its parts. The core holds the dataset, the
// scenario and calc's result, the URL codec, the levers, the datasets and
// the ranking table. Each part is a type of its own with its own methods
// and tests, a field of State, and reaches the core through a back pointer
// to the State it belongs to (set by NewState):
//
//	st.Charts.Shown(id, kind, 0, narrow) // Charts: the charts and their cache
//	st.Tour.SetStep(4)                   // Tour: the guided tour
//	st.Compare.AddSaved(id)              // Compare: the comparison
//	st.Saved.Save("KL's forslag")        // Saved: the saved scenarios
//	st.Reform.Apply()                    // Reform: the caseload reform
//
// The files:
//
//   - state.go: State, NewState, the tabs and the recompute after a change;
//   - url.go: the URL codec (Query, LinkQuery, ApplyQuery): every view is
//     an address, the scenario in calc's syntax plus the app's own keys
//     (each part reads and writes its own keys: query, apply);
//   - levers.go: the scenario's levers (SetScope, SetCaseload, SetParam …);
//   - datasets.go, datasets_import.go, delete.go: the datasets kept in the
//     browser (a dataset.Store), importing files and bundles;
//   - table.go, headline.go, explain.go: the ranking table's rows and CSV
//     (app/report builds them), the headline rows, the paragraph in words;
//   - saved.go (Saved), compare_state.go (Compare), reform.go (Reform);
//   - charts_state.go, charts_draw.go, drawnow_*.go (Charts): which
//     figures the charts show and their cache; off the browser they are
//     drawn at once, in the browser by the Drawer the app gives
//     (State.UseDrawer);
//   - tour_state.go, tour_figures.go (Tour): the guided tour's steps, their
//     scenarios and figures; print_state.go: the printout's stamp and the
//     tour's handout (Tour.Handout);
//   - text.go, *_text.go: the texts of app/text in the state's language;
//     format.go: the one number formatter.
package view
