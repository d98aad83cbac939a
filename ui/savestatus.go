package ui

import (
	"time"

	"fyne.io/fyne/v2/widget"
)

// saveStatus is the word beside a form's Save, where the eye is when it
// saves: "Saved at 15:04" once a save is done (the confirmation), "Not
// saved" while the form holds changes or when a save failed, and nothing
// while it shows a record as stored.
type saveStatus struct {
	*widget.Label
}

func newSaveStatus() saveStatus {
	l := widget.NewLabel("")
	l.Importance = widget.LowImportance
	return saveStatus{l}
}

// saved confirms a save.
func (s saveStatus) saved() {
	s.Importance = widget.SuccessImportance
	s.SetText("Saved at " + time.Now().Format("15:04"))
}

// notSaved says the form holds what is not stored; failed, that a save
// did not happen.
func (s saveStatus) notSaved(failed bool) {
	s.Importance = widget.WarningImportance
	if failed {
		s.Importance = widget.DangerImportance
	}
	s.SetText("Not saved")
}

// clear says nothing: the form shows a record as stored.
func (s saveStatus) clear() { s.SetText("") }

// edited shows "Not saved" while dirty, and leaves a confirmation or
// nothing otherwise.
func (s saveStatus) edited(dirty bool) {
	switch {
	case dirty:
		s.notSaved(false)
	case s.Text == "Not saved":
		s.clear()
	}
}
