package capture

import (
	"context"
	"fmt"
	"time"

	"daymark/app"
	"daymark/data"
)

// Reminders, as desktop notifications while Daymark runs: plan the day in
// the morning, record it in the evening, a coaching session tomorrow,
// decisions due for review, the weekly review on its day. The schedule is pure (DueReminders); the
// window sends what is due and remembers when each was sent. See
// docs/timer.md.

// A ReminderKind names a reminder.
type ReminderKind string

// The reminders.
const (
	RemindPlan     ReminderKind = "plan"     // plan the day, when it has no plan yet
	RemindRecord   ReminderKind = "record"   // record the day, when it has no actual time yet
	RemindCoaching ReminderKind = "coaching" // a coaching session tomorrow
	RemindReviews  ReminderKind = "reviews"  // decisions due for review
	RemindWeek     ReminderKind = "week"     // the weekly review, on its day of the week, until the week is reviewed
)

// ReminderKinds are the reminders in the order Settings lists them.
var ReminderKinds = []ReminderKind{RemindPlan, RemindRecord, RemindCoaching, RemindReviews, RemindWeek}

// A ReminderSetting says whether a reminder is on, and at what time of day
// (and for the weekly review, on which day of the week).
type ReminderSetting struct {
	On      bool
	At      int          // minutes after midnight, local
	Weekday time.Weekday // RemindWeek only: the day of the week it comes on
}

// ReminderSettings are the reminders' settings by kind.
type ReminderSettings map[ReminderKind]ReminderSetting

// DefaultReminders are the settings before the person changes them.
func DefaultReminders() ReminderSettings {
	return ReminderSettings{
		RemindPlan:     {On: true, At: 8*60 + 30},
		RemindRecord:   {On: true, At: 18 * 60},
		RemindCoaching: {On: true, At: 16 * 60},
		RemindReviews:  {On: true, At: 9 * 60},
		RemindWeek:     {On: true, At: 16 * 60, Weekday: time.Friday},
	}
}

// ReminderFacts are what the reminders' conditions look at, today.
type ReminderFacts struct {
	Planned         bool          // today has planned minutes
	Recorded        bool          // today has actual minutes, or a timer ran today
	SessionTomorrow *data.Session // a coaching session tomorrow
	ReviewsDue      int           // decisions whose review is due
	WeekReviewed    bool          // a weekly review was saved of a week holding today
}

// A Reminder is one notification to send.
type Reminder struct {
	Kind  ReminderKind
	Title string
	Body  string
}

// DueReminders returns the reminders due at now: each one on, whose time
// today has come, that has not been sent since (last says when each was
// last sent), and whose condition holds. A reminder missed while Daymark
// was closed comes when it opens, the same day only.
func DueReminders(now time.Time, s ReminderSettings, last map[ReminderKind]time.Time, f ReminderFacts) []Reminder {
	var due []Reminder
	y, m, d := now.Date()
	for _, kind := range ReminderKinds {
		set := s[kind]
		slot := time.Date(y, m, d, 0, set.At, 0, 0, now.Location())
		if !set.On || now.Before(slot) || !last[kind].Before(slot) || kind == RemindWeek && now.Weekday() != set.Weekday {
			continue
		}
		if r, ok := reminder(kind, f); ok {
			due = append(due, r)
		}
	}
	return due
}

// reminder writes a reminder, when its condition holds.
func reminder(kind ReminderKind, f ReminderFacts) (Reminder, bool) {
	switch kind {
	case RemindPlan:
		return Reminder{kind, "Plan your day", "Give today's 1440 minutes to your dimensions in the Day planner."}, !f.Planned
	case RemindRecord:
		return Reminder{kind, "Record your day", "Today has no actual time yet: note where it went, or start the timer."}, !f.Recorded
	case RemindCoaching:
		if s := f.SessionTomorrow; s != nil {
			body := "Prepare the brief for tomorrow's session."
			if s.Coach != "" {
				body = fmt.Sprintf("Prepare the brief for tomorrow's session with %s.", s.Coach)
			}
			return Reminder{kind, "Coaching session tomorrow", body}, true
		}
	case RemindReviews:
		if n := f.ReviewsDue; n > 0 {
			return Reminder{kind, "Decisions to review", fmt.Sprintf("%s due for review: how did they turn out?", app.Plural(n, "decision"))}, true
		}
	case RemindWeek:
		return Reminder{kind, "Review your week", "Ten minutes: the week against your targets, its decisions, and next week's focus and plan."}, !f.WeekReviewed
	}
	return Reminder{}, false
}

// Reminders gathers the facts the reminders look at.
type Reminders struct {
	store *data.Store
	timer *Timer
}

// NewReminders returns the reminders' use cases over store; timer gives
// the clock and the time zone.
func NewReminders(store *data.Store, timer *Timer) *Reminders {
	return &Reminders{store: store, timer: timer}
}

// Due returns the reminders due now (the timer's clock), by DueReminders.
func (r *Reminders) Due(ctx context.Context, s ReminderSettings, last map[ReminderKind]time.Time) ([]Reminder, error) {
	now := r.timer.now()
	today := data.DateOf(now)
	dt, err := r.timer.DayTime(ctx, today)
	if err != nil {
		return nil, err
	}
	f := ReminderFacts{Planned: dt.Day.PlannedTotal() > 0, Recorded: dt.ActualTotal() > 0}
	sessions, err := r.store.Sessions(ctx)
	if err != nil {
		return nil, err
	}
	for i := range sessions {
		if sessions[i].Date == today.AddDays(1) {
			f.SessionTomorrow = &sessions[i]
		}
	}
	if f.ReviewsDue, err = r.store.CountDecisions(ctx, data.DecisionFilter{ReviewDueOn: today}); err != nil {
		return nil, err
	}
	if f.WeekReviewed, err = r.store.Reviewed(ctx, today); err != nil {
		return nil, err
	}
	return DueReminders(now, s, last, f), nil
}
