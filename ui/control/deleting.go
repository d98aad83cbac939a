package control

import (
	"context"

	"fyne.io/fyne/v2"
)

// Deletion is a record a person asked to delete: the question and what it
// takes with it, the sentence's object should it fail ("the decision"),
// and the call that deletes it.
type Deletion struct {
	Question, Detail, What string
	Remove                 func(context.Context) error
}

// ConfirmDelete asks d's question, Cancel being the safe answer, then
// deletes off the UI goroutine: a failure is shown, and deleted runs on
// the UI goroutine once it is done.
func ConfirmDelete(win fyne.Window, t *Tasks, d Deletion, deleted func()) {
	Ask(win, d.Question, d.Detail, "Cancel", "Delete", true, func(yes bool) {
		if !yes {
			return
		}
		var err error
		t.Run(func() { err = d.Remove(BgContext()) }, func() {
			if err != nil {
				ShowProblem(win, "Daymark could not delete "+d.What, err)
				return
			}
			deleted()
		})
	})
}
