package control

import (
	"time"

	"fyne.io/fyne/v2/widget"
)

// SaveStatus is the word beside a form's Save, where the eye is when it
// saves: "Saved at 15:04" once a save is done (the confirmation), "Not
// saved" while the form holds changes or when a save failed, and nothing
// while it shows a record as stored.
type SaveStatus struct {
	*widget.Label
}

func NewSaveStatus() SaveStatus {
	l := widget.NewLabel("")
	l.Importance = widget.LowImportance
	return SaveStatus{l}
}

// Saved confirms a save.
func (s SaveStatus) Saved() {
	s.Importance = widget.SuccessImportance
	s.SetText("Saved at " + time.Now().Format("15:04"))
}

// NotSaved says the form holds what is not stored; failed, that a save
// did not happen.
func (s SaveStatus) NotSaved(failed bool) {
	s.Importance = widget.WarningImportance
	if failed {
		s.Importance = widget.DangerImportance
	}
	s.SetText("Not saved")
}

// Clear says nothing: the form shows a record as stored.
func (s SaveStatus) Clear() { s.SetText("") }

// Edited shows "Not saved" while dirty, and leaves a confirmation or
// nothing otherwise.
func (s SaveStatus) Edited(dirty bool) {
	switch {
	case dirty:
		s.NotSaved(false)
	case s.Text == "Not saved":
		s.Clear()
	}
}
