package ui

import (
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
)

// The timer's dialogs: start or switch at a time said (Ctrl+T), stop at a
// time said, correct or add an interval, delete one. Each stays open on a
// refusal and says it above its buttons, so what was typed is not lost;
// Escape cancels.

// timeHint is what a time field takes.
const timeHint = "09:15, or 2026-03-02T09:15 for another day"

// timerForm shows a dialog of fields; confirm (the default, also Return in
// a one-line field) calls act, whose done closes the dialog on nil and
// shows the refusal otherwise.
func timerForm(win fyne.Window, title string, intro string, items []*widget.FormItem, confirm string, act func(done func(error))) *control.DialogBox {
	refusal := control.NewMessage()
	body := container.NewVBox()
	if intro != "" {
		l := widget.NewLabel(intro)
		l.Wrapping = fyne.TextWrapWord
		body.Add(l)
	}
	body.Add(widget.NewForm(items...))
	body.Add(refusal)
	b := control.NewDialog(win, title, control.WithWidth(460, body))
	b.Button("Cancel", widget.MediumImportance, false, nil)
	var ok *control.KeyButton
	ok = control.NewKeyButton(confirm, nil, func() {
		ok.Disable()
		act(func(err error) {
			ok.Enable()
			if err != nil {
				refusal.SetText(control.Paragraph(err))
				refusal.Show()
				return
			}
			b.Hide()
		})
	})
	ok.Importance = widget.HighImportance
	b.Add(ok)
	b.FieldsConfirm(items, ok)
	b.Show()
	return b
}

// parseAt reads a time field: zero for an empty one (now).
func (w *Window) parseAt(field, text string) (time.Time, error) {
	if text == "" {
		return time.Time{}, nil
	}
	at, err := capture.ParseTime(text, w.clock.Now(), w.svc.Timer.Location)
	if err != nil {
		return at, control.ErrorText(field + ": " + control.Sentence(err))
	}
	return at, nil
}

// askStart asks which dimension to start or switch to, from when, with
// what note (Ctrl+T, the Day planner's Start…, the Timer menu).
func (w *Window) askStart() {
	dims := app.Active(w.day.all)
	if len(dims) == 0 {
		control.Inform(w.win, "No dimension to time", "Every dimension is archived: bring one back on the Dimensions screen to time it.")
		return
	}
	names := make([]string, len(dims))
	pick := 0
	for i, d := range dims {
		names[i] = d.Name
		if w.status.Running && d.ID == w.status.Dimension.ID && pick == i {
			pick = (i + 1) % len(dims) // the running one is rarely the one to switch to
		}
	}
	dim := control.NewSelectField(names, nil)
	dim.SetSelectedIndex(pick)
	at := control.NewLineEntry("now")
	note := control.NewLineEntry("optional: one-to-ones, the budget…")
	title, intro, confirm := "Start the timer", "", "Start"
	if w.status.Running {
		title, confirm = "Switch the timer", "Switch"
		intro = runningText(w.status, w.svc.Timer.Location, w.clock.Now()) + ". It stops when the other starts."
	}
	when := widget.NewFormItem("Started at", at)
	when.HintText = "empty for now; " + timeHint
	timerForm(w.win, title, intro, []*widget.FormItem{widget.NewFormItem("Dimension", dim), when, widget.NewFormItem("Note", note)}, confirm,
		func(done func(error)) {
			t, err := w.parseAt("Started at", at.Text)
			if err != nil {
				done(err)
				return
			}
			w.startTimer(dims[max(dim.SelectedIndex(), 0)].ID, t, note.Text, func(_ string, err error) { done(err) })
		})
}

// askStop asks when the running timer stopped (the Day planner's Stop at…,
// the Timer menu).
func (w *Window) askStop() {
	if !w.status.Running {
		w.day.timer.say("No timer is running: there is nothing to stop.", widget.LowImportance)
		return
	}
	at := control.NewLineEntry("now")
	when := widget.NewFormItem("Stopped at", at)
	when.HintText = "empty for now; " + timeHint
	timerForm(w.win, "Stop "+w.status.Dimension.Name, runningText(w.status, w.svc.Timer.Location, w.clock.Now())+".",
		[]*widget.FormItem{when}, "Stop", func(done func(error)) {
			t, err := w.parseAt("Stopped at", at.Text)
			if err != nil {
				done(err)
				return
			}
			w.stopTimer(t, func(_ string, err error) { done(err) })
		})
}

// askInterval corrects iv, or adds an interval on date when iv is nil.
func (w *Window) askInterval(iv *data.Interval, date data.Date) {
	loc := w.svc.Timer.Location
	dims := app.Active(w.day.all)
	edit := data.Interval{}
	if iv != nil {
		edit = *iv
		if d := dimensionIn(w.day.all, iv.DimensionID); d.Archived {
			dims = append(dims, d) // its own dimension stays on offer
		}
	}
	names := make([]string, len(dims))
	for i, d := range dims {
		names[i] = d.Name
	}
	dim := control.NewSelectField(names, nil)
	dim.SetSelectedIndex(0)
	for i, d := range dims {
		if d.ID == edit.DimensionID {
			dim.SetSelectedIndex(i)
		}
	}
	from, to := control.NewLineEntry("09:00"), control.NewLineEntry("10:00")
	note := control.NewLineEntry("optional")
	if iv != nil {
		from.SetText(fieldTime(iv.Start, date, loc))
		note.SetText(iv.Note)
		if iv.Running() {
			to.SetPlaceHolder("running: empty to go on")
		} else {
			to.SetText(fieldTime(iv.End, date, loc))
		}
	}
	fromItem, toItem := widget.NewFormItem("From", from), widget.NewFormItem("To", to)
	fromItem.HintText, toItem.HintText = timeHint, "a time before From is on the next day"
	title, confirm := "Add time", "Add"
	if iv != nil {
		title, confirm = "Correct the interval", "Save"
	}
	timerForm(w.win, title, "", []*widget.FormItem{widget.NewFormItem("Dimension", dim), fromItem, toItem, widget.NewFormItem("Note", note)}, confirm,
		func(done func(error)) {
			start, end, err := intervalTimes(from.Text, to.Text, date, loc)
			if err != nil {
				done(err)
				return
			}
			edit.DimensionID, edit.Start, edit.End, edit.Note = dims[max(dim.SelectedIndex(), 0)].ID, start, end, note.Text
			w.correctInterval(edit, done)
		})
}

// fieldTime writes a time for a field: 09:15 on date, 2026-03-02T09:15 on another day.
func fieldTime(at time.Time, date data.Date, loc *time.Location) string {
	at = at.In(loc)
	if data.DateOf(at) == date {
		return at.Format("15:04")
	}
	return at.Format("2006-01-02T15:04")
}

// intervalTimes reads From and To as times of date (an HH:MM To before
// From is on the next day); To may be empty (a running interval goes on).
func intervalTimes(from, to string, date data.Date, loc *time.Location) (time.Time, time.Time, error) {
	noon := date.Time(loc).Add(12 * time.Hour)
	start, err := capture.ParseTime(from, noon, loc)
	if err != nil {
		return start, time.Time{}, control.ErrorText("From: " + control.Sentence(err))
	}
	if to == "" {
		return start, time.Time{}, nil
	}
	end, err := capture.ParseTime(to, noon, loc)
	if err != nil {
		return start, end, control.ErrorText("To: " + control.Sentence(err))
	}
	if !end.After(start) && len(to) <= 5 { // 22:00 to 00:30
		end = end.AddDate(0, 0, 1)
	}
	return start, end, nil
}

// correctInterval stores iv (corrected, or new), then reads the timer and the day again.
func (w *Window) correctInterval(iv data.Interval, done func(error)) {
	var err error
	w.tasks.RunInOrder(&w.timerOrder, func() { _, err = w.svc.Timer.Correct(control.BgContext(), iv) }, func() {
		done(err)
		if err == nil {
			w.day.timerMoved()
			w.readTimer()
		}
	})
}

// askDelete asks whether to delete iv, and deletes it.
func (w *Window) askDelete(iv capture.DayInterval, d data.Dimension) {
	text := d.Name + " loses the " + app.FormatDuration(iv.Interval.Minutes()) + " it timed; the minutes typed stay."
	if iv.Running() {
		text = "The " + d.Name + " timer stops, and nothing it timed is kept."
	}
	when := intervalText(iv, d, w.day.date, w.svc.Timer.Location)
	control.Ask(w.win, "Delete "+when+"?", text, "Cancel", "Delete", true, func(yes bool) {
		if !yes {
			return
		}
		var err error
		w.tasks.RunInOrder(&w.timerOrder, func() { err = w.svc.Timer.Delete(control.BgContext(), iv.ID) }, func() {
			if err != nil {
				control.ShowProblem(w.win, "Daymark could not delete the interval", err)
				return
			}
			w.day.timer.say("Deleted "+when+".", widget.LowImportance)
			w.day.timerMoved()
			w.readTimer()
		})
	})
}
