package ui

import (
	"time"

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

// The reminders' preference keys: "reminder.plan.on", "reminder.plan.at"
// (minutes after midnight), "reminder.plan.sent" (RFC 3339). The week's
// reminder comes on the weekly review's day (Settings → Weekly review
// on), the day the Day planner's banner asks for the review from.
func reminderKey(kind capture.ReminderKind, what string) string {
	return "reminder." + string(kind) + "." + what
}

// reminders returns the reminders' settings: the defaults where the
// person changed nothing.
func (s Settings) reminders() capture.ReminderSettings {
	set := capture.DefaultReminders()
	for kind, d := range set {
		d.On = s.Store.BoolWithFallback(reminderKey(kind, "on"), d.On)
		if at := s.Store.IntWithFallback(reminderKey(kind, "at"), d.At); at >= 0 && at < 24*60 {
			d.At = at
		}
		if kind == capture.RemindWeek {
			d.Weekday = s.ReviewDay()
		}
		set[kind] = d
	}
	return set
}

// setReminder keeps a reminder's setting.
func (s Settings) setReminder(kind capture.ReminderKind, r capture.ReminderSetting) {
	s.Store.SetBool(reminderKey(kind, "on"), r.On)
	s.Store.SetInt(reminderKey(kind, "at"), r.At)
}

// remindersSent returns when each reminder was last sent.
func (s Settings) remindersSent() map[capture.ReminderKind]time.Time {
	sent := map[capture.ReminderKind]time.Time{}
	for _, kind := range capture.ReminderKinds {
		if t, err := time.Parse(time.RFC3339, s.Store.String(reminderKey(kind, "sent"))); err == nil {
			sent[kind] = t
		}
	}
	return sent
}

func (s Settings) reminderSent(kind capture.ReminderKind, at time.Time) {
	s.Store.SetString(reminderKey(kind, "sent"), at.Format(time.RFC3339))
}

// sendReminders sends the reminders due now, and notes when.
func (w *Window) sendReminders() {
	set, sent, now := w.settings.reminders(), w.settings.remindersSent(), w.clock.Now()
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
			w.settings.reminderSent(r.Kind, now)
		}
	})
}

// notify sends a desktop notification, where the desktop shows them.
func (w *Window) notify(title, body string) {
	if w.desk.canNotify {
		w.app.SendNotification(fyne.NewNotification(title, body))
	}
}
