package ui

import (
	"fyne.io/fyne/v2"

	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
)

// Reminders as desktop notifications while Daymark runs: each minute the
// window asks which are due (capture.Reminders, by the settings and when each
// was last sent) and sends them; the in-window banners of the Day planner
// stay for desktops where notifications do not show. The store is asked
// only when a reminder's time has come and it has not been sent since.

// sendReminders sends the reminders due now, and notes when.
func (w *Window) sendReminders() {
	set, sent, now := w.settings.Reminders(), w.settings.RemindersSent(), w.clock.Now()
	// Whatever the day holds, could any be due? If not, the store is not asked.
	if len(capture.DueReminders(now, set, sent, capture.ReminderFacts{SessionTomorrow: &data.Session{}, ReviewsDue: 1})) == 0 || w.reminding {
		return
	}
	w.reminding = true
	var due []capture.Reminder
	var err error
	w.tasks.Run(func() { due, err = w.svc.Reminders.Due(control.BgContext(), set, sent) }, func() {
		w.reminding = false
		if err != nil {
			return // the next minute asks again
		}
		for _, r := range due {
			w.notify(r.Title, r.Body)
			w.settings.ReminderSent(r.Kind, now)
		}
	})
}

// notify sends a desktop notification, where the desktop shows them.
func (w *Window) notify(title, body string) {
	if w.desk.canNotify {
		w.app.SendNotification(fyne.NewNotification(title, body))
	}
}
