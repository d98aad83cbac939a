package ui

import (
	"context"

	"fyne.io/fyne/v2"
)

// deletion is a record a person asked to delete: the question and what it
// takes with it, the sentence's object should it fail ("the decision"),
// and the call that deletes it.
type deletion struct {
	question, detail, what string
	remove                 func(context.Context) error
}

// confirmDelete asks d's question, Cancel being the safe answer, then
// deletes off the UI goroutine: a failure is shown, and deleted runs on
// the UI goroutine once it is done.
func confirmDelete(win fyne.Window, t *tasks, d deletion, deleted func()) {
	ask(win, d.question, d.detail, "Cancel", "Delete", true, func(yes bool) {
		if !yes {
			return
		}
		var err error
		t.run(func() { err = d.remove(bgContext()) }, func() {
			if err != nil {
				showProblem(win, "Daymark could not delete "+d.what, err)
				return
			}
			deleted()
		})
	})
}
