package ui

import (
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	daysync "daymark/app/sync"
	"daymark/ui/control"
)

// showConflicts lists the conflicts in words, each with the value kept
// and the other, which the person can take instead (or keep the one held,
// which settles it on every device). Tab reaches every button; Escape
// closes the list.
func (s *windowSync) showConflicts() { s.listConflicts(s.conflictsDialog) }

// listConflicts reads the conflicts off the UI goroutine and hands them to
// then, or says why it cannot.
func (s *windowSync) listConflicts(then func([]daysync.Conflict)) {
	var list []daysync.Conflict
	var err error
	s.w.tasks.Run(func() { list, err = s.syncer.Conflicts(control.BgContext()) }, func() {
		if err != nil {
			control.ShowProblem(s.w.win, "Daymark cannot list the sync conflicts", err)
			return
		}
		then(list)
	})
}

// conflictsDialog shows list, and lists again after each one settled and
// after each round that ends while it is open.
func (s *windowSync) conflictsDialog(list []daysync.Conflict) {
	rows := container.NewVBox()
	intro := widget.NewLabel("Each of these was changed on two devices before either had seen the other's change. " +
		"Daymark kept the latest change; the other value is kept here for you to take instead.")
	intro.Wrapping = fyne.TextWrapWord
	d := control.NewScrollingDialog(s.w.win, "Sync conflicts", container.NewVBox(intro, rows), 640)
	closeButton := d.Button("Close", widget.HighImportance, true, nil)
	var fill func([]daysync.Conflict)
	settle := func(c daysync.Conflict, takeOther bool) {
		var err error
		var after []daysync.Conflict
		s.w.tasks.Run(func() {
			ctx := control.BgContext()
			if takeOther {
				err = s.syncer.TakeOther(ctx, c.ID)
			} else {
				err = s.syncer.KeepThis(ctx, c.ID)
			}
			if err == nil {
				after, err = s.syncer.Conflicts(ctx)
			}
		}, func() {
			if err != nil {
				control.ShowProblem(s.w.win, "Daymark could not settle the conflict", err)
				return
			}
			fill(after)
			s.last.Conflicts = len(after)
			s.show()
			if takeOther {
				s.w.stale = true // the field changed under the screen
				s.w.showChanges()
			}
		})
	}
	fill = func(list []daysync.Conflict) {
		rows.RemoveAll()
		var first fyne.Focusable = closeButton
		if len(list) == 0 {
			rows.Add(widget.NewLabel("No conflicts wait: every field agrees with what the other devices last sent."))
		}
		for i, c := range list {
			take := control.NewKeyButton("Take the other value", nil, func() { settle(c, true) })
			keep := control.NewKeyButton("Keep this one", nil, func() { settle(c, false) })
			if i == 0 {
				first = take
			}
			rows.Add(conflictRow(c, take, keep))
		}
		rows.Refresh()
		d.Focus = first
		if d.Forget != nil { // shown already: the focus follows the list
			s.w.win.Canvas().Focus(first)
		}
	}
	fill(list)
	s.relist = fill
	d.Closed = func() { s.relist = nil }
	d.Dialog.Resize(tallDialog(s.w.win, 680, 560))
	d.Show()
}

// tallDialog is the size of a dialog width wide and height high, or as
// high as the window has room for.
func tallDialog(win fyne.Window, width, height float32) fyne.Size {
	return fyne.NewSize(width, min(height, win.Canvas().Size().Height-40))
}

// conflictRow puts one conflict in words, with its two buttons.
func conflictRow(c daysync.Conflict, take, keep fyne.CanvasObject) fyne.CanvasObject {
	what := widget.NewLabelWithStyle(c.What, fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	what.Wrapping = fyne.TextWrapWord
	values := widget.NewLabel("Kept: " + c.Here + changedAt(c.HereAt) + "\nOther: " + c.Other + changedAt(c.OtherAt))
	values.Wrapping = fyne.TextWrapWord
	return container.NewVBox(widget.NewSeparator(), what, values, container.NewHBox(take, keep))
}

// changedAt says when a value was set, by the clock of the device that set it.
func changedAt(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return ", set " + when(t, time.Now())
}

// showReport says where the window syncs and what the last round did,
// with the files it skipped and why, and a button to sync now.
func (s *windowSync) showReport() {
	var b strings.Builder
	fmt.Fprintf(&b, "Daymark syncs this database through\n%s\n\n", s.folder)
	switch {
	case s.running:
		b.WriteString("A round is under way.")
	case !s.synced:
		b.WriteString("It has not synced yet: the first round starts in a moment.")
	default:
		r := s.last
		fmt.Fprintf(&b, "The last round ended %s: it sent %s and received %s.", when(r.At, time.Now()), control.Plural(r.Sent, "change"), control.Plural(r.Received, "change"))
		for _, k := range r.Skipped {
			fmt.Fprintf(&b, "\n\n%s was skipped (it is tried again at the next round): %s.", k.File, strings.TrimSuffix(k.Reason, "."))
		}
	}
	b.WriteString("\n\nIt syncs as it starts, a few seconds after a save and every few minutes; the folder is chosen in Settings.")
	text := widget.NewLabel(b.String())
	text.Wrapping = fyne.TextWrapWord
	d := control.NewScrollingDialog(s.w.win, "Sync", text, 520)
	d.Button("Sync now", widget.MediumImportance, false, s.syncNow)
	d.Button("Close", widget.HighImportance, true, nil)
	d.Dialog.Resize(tallDialog(s.w.win, 560, text.MinSize().Height+140))
	d.Show()
}
