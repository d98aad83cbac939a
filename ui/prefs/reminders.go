package prefs

import (
	"time"

	"daymark/app/capture"
)

// The reminders' preference keys: "reminder.plan.on", "reminder.plan.at"
// (minutes after midnight), "reminder.plan.sent" (RFC 3339). The week's
// reminder comes on the weekly review's day (Settings → Weekly review
// on), the day the Day planner's banner asks for the review from.
func reminderKey(kind capture.ReminderKind, what string) string {
	return "reminder." + string(kind) + "." + what
}

// Reminders returns the reminders' settings: the defaults where the
// person changed nothing.
func (s Settings) Reminders() capture.ReminderSettings {
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

// SetReminder keeps a reminder's setting.
func (s Settings) SetReminder(kind capture.ReminderKind, r capture.ReminderSetting) {
	s.Store.SetBool(reminderKey(kind, "on"), r.On)
	s.Store.SetInt(reminderKey(kind, "at"), r.At)
}

// RemindersSent returns when each reminder was last sent.
func (s Settings) RemindersSent() map[capture.ReminderKind]time.Time {
	sent := map[capture.ReminderKind]time.Time{}
	for _, kind := range capture.ReminderKinds {
		if t, err := time.Parse(time.RFC3339, s.Store.String(reminderKey(kind, "sent"))); err == nil {
			sent[kind] = t
		}
	}
	return sent
}

func (s Settings) ReminderSent(kind capture.ReminderKind, at time.Time) {
	s.Store.SetString(reminderKey(kind, "sent"), at.Format(time.RFC3339))
}
