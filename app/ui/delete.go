package ui

import (
	"fmt"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Deleting an imported dataset asks first: "Slet" turns the row's buttons
// into a question with "Ja, slet" and "Behold" (issue 15: a click deleted
// at once, and a deleted import cannot come back).

// AskDelete marks a stored dataset for deletion; nothing is deleted yet.
func (s *State) AskDelete(id string) {
	if id != DemoID {
		s.ConfirmDelete = id
		s.Rev++
	}
}

// CancelDelete keeps the dataset AskDelete marked.
func (s *State) CancelDelete() { s.ConfirmDelete = ""; s.Rev++ }

// ConfirmDeleteDataset deletes the dataset AskDelete marked, if it is id.
func (s *State) ConfirmDeleteDataset(id string) error {
	if s.ConfirmDelete != id || id == "" {
		return fmt.Errorf("dataset %q was not asked to be deleted", id)
	}
	s.ConfirmDelete = ""
	return s.DeleteDataset(id)
}

// deleteButtons are a stored dataset's "Slet", or the question it asks.
func (r *Root) deleteButtons(d DatasetInfo) app.UI {
	st := r.state()
	t, mt := st.T(), MeetMsg(st.Lang)
	if st.ConfirmDelete != d.ID {
		return app.Button().Class("btn", "small", "ghost", "delete").Text(t.Delete).
			Attr("aria-label", t.Delete+" "+d.Name).
			OnClick(func(ctx app.Context, e app.Event) {
				st.AskDelete(d.ID)
				focusSoon("#confirm-delete")
			}, app.EventScope(d.ID))
	}
	return app.Span().Class("confirm").Attr("role", "group").Attr("aria-labelledby", "confirm-q").Body(
		app.Span().ID("confirm-q").Class("confirm-q").Text(fmt.Sprintf(mt.ConfirmDeleteFmt, d.Name)+" "),
		app.Button().ID("confirm-delete").Class("btn", "small", "danger").Text(mt.ConfirmDelete).
			OnClick(func(ctx app.Context, e app.Event) {
				st.ConfirmDeleteDataset(d.ID)
				r.step(ctx, true)
			}, app.EventScope("yes", d.ID)),
		app.Button().ID("cancel-delete").Class("btn", "small", "ghost").Text(mt.CancelDelete).
			OnClick(func(ctx app.Context, e app.Event) {
				st.CancelDelete()
				focusSoon(`#datasets tr[data-ds="` + d.ID + `"] button.delete`)
			}, app.EventScope("no", d.ID)),
	)
}
