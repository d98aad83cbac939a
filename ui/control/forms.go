package control

import "fyne.io/fyne/v2"

// LeaveForm is how a form is left: unchanged, then goes on at once;
// changed and sound, it is saved first; changed and not sound, the person
// is asked, and then goes on only once what was typed is discarded (keep
// puts the list back on the record still being edited).
func LeaveForm(win fyne.Window, title string, dirty bool, problem error, save func(then func()), discard, keep, then func()) {
	switch {
	case !dirty:
		then()
	case problem == nil:
		save(then)
	default:
		ConfirmDiscard(title, Sentence(problem), func(yes bool) {
			if yes {
				discard()
				then()
			} else if keep != nil {
				keep()
			}
		}, win)
	}
}
