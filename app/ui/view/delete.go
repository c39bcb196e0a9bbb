package view

import (
	"fmt"
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
