package ui

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/app/capture"
	"daymark/app/idle"
	"daymark/ui/control"
	"daymark/ui/prefs"
)

// The settings of what goes on while Daymark stays open: closing to the
// tray, the question about time away, and the reminders. Each applies as
// it is chosen.

// idleChoices are the thresholds of time away on offer, in minutes; 0 for never.
var idleChoices = []int{0, 5, 10, 15, 20, 30, 45, 60}

// reminderLabels name the reminders in Settings.
var reminderLabels = map[capture.ReminderKind]string{
	capture.RemindPlan:     "Plan the day, while it has no plan",
	capture.RemindRecord:   "Record the day, while it has no actual time",
	capture.RemindCoaching: "A coaching session tomorrow",
	capture.RemindReviews:  "Decisions due for review",
	capture.RemindWeek:     "Review the week, on its review day",
}

// timerSettings are the form's items for the tray, time away and reminders.
func (w *Window) timerSettings() []*widget.FormItem {
	tray := control.NewCheckBox("Keep Daymark running in the tray", nil)
	tray.SetChecked(w.settings.Store.Bool(prefCloseToTray))
	tray.OnChanged = func(on bool) { w.settings.Store.SetBool(prefCloseToTray, on) }
	trayItem := widget.NewFormItem("Closing the window", tray)
	trayItem.HintText = "the timer and the reminders go on; the tray's icon opens the window again, and Quit ends Daymark"
	if !w.desk.hasTray {
		tray.Disable()
		trayItem.HintText = "this desktop shows no system tray: closing the window quits Daymark"
	}

	labels := make([]string, len(idleChoices))
	for i, m := range idleChoices {
		labels[i] = "after " + app.FormatDuration(m) + " away"
		if m == 0 {
			labels[i] = "never"
		}
	}
	away := control.NewSelectField(labels, nil)
	for i, m := range idleChoices {
		if m == w.settings.IdleMinutes() {
			away.SetSelectedIndex(i)
		}
	}
	away.OnChanged = func(string) {
		w.settings.Store.SetInt(prefs.PrefIdleMinutes, idleChoices[max(away.SelectedIndex(), 0)])
		w.idleRunning(w.status)
	}
	awayItem := widget.NewFormItem("Ask about time away", away)
	awayItem.HintText = w.idleSourceText()

	remind := widget.NewFormItem("Remind me to", w.reminderRows())
	remind.HintText = "as desktop notifications while Daymark runs, in the window or the tray; the Day planner's banners stay"
	if !w.desk.canNotify {
		remind.HintText = "this desktop shows no notifications, so these are not sent: the Day planner's banners stay"
	}
	return []*widget.FormItem{trayItem, awayItem, remind}
}

// idleSourceText says what tells Daymark how long the person has been away.
func (w *Window) idleSourceText() string {
	switch {
	case !w.idle.found:
		return "while a timer runs; Daymark is still looking for what tells it how long you have been away"
	case w.idle.name == "":
		text := idle.ErrUnavailable.Error()
		return "while a timer runs. " + strings.ToUpper(text[:1]) + text[1:] + "."
	}
	return "while a timer runs; " + w.idle.name + " tells Daymark how long you have been away"
}

// reminderRows are a row per reminder: on or off, and its time (and the
// weekly review's day).
func (w *Window) reminderRows() fyne.CanvasObject {
	rows := container.NewVBox()
	set := w.settings.Reminders()
	for _, kind := range capture.ReminderKinds {
		r := set[kind]
		at := control.NewLineEntry("hh:mm")
		at.SetText(clockText(r.At))
		save := func() {
			m, err := parseClock(at.Text)
			at.SetValidationError(err)
			if err == nil {
				r.At = m
				w.settings.SetReminder(kind, r)
			}
		}
		on := control.NewCheckBox(reminderLabels[kind], nil)
		on.SetChecked(r.On)
		on.OnChanged = func(checked bool) { r.On = checked; save() }
		at.OnChanged = func(string) { save() }
		at.AlwaysShowValidationError = true
		rows.Add(container.NewHBox(on, layout.NewSpacer(), widget.NewLabel("at"), control.WithWidth(90, at)))
	}
	return rows
}

// clockText writes minutes after midnight as 08:30.
func clockText(m int) string { return fmt.Sprintf("%02d:%02d", m/60, m%60) }

// parseClock reads a time of day, 08:30 or 8:30, as minutes after midnight.
func parseClock(s string) (int, error) {
	s = strings.TrimSpace(s)
	for _, layout := range []string{"15:04", "3:04"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Hour()*60 + t.Minute(), nil
		}
	}
	return 0, errors.New("a time of day, such as 08:30")
}
