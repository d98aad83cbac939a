package capture

import (
	"context"
	"reflect"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/data"
)

func TestRemindersAreDueOnceADayWhenTheirTimeHasComeAndTheirConditionHolds(t *testing.T) {
	morning := apptest.InLondon(2026, 11, 2, 8, 45, 0)
	on := DefaultReminders() // plan 08:30, reviews 09:00, coaching 16:00, record 18:00
	session := &data.Session{Date: data.NewDate(2026, 11, 3), Coach: "Ana"}
	kinds := func(rs []Reminder) []ReminderKind {
		var out []ReminderKind
		for _, r := range rs {
			out = append(out, r.Kind)
		}
		return out
	}
	for _, c := range []struct {
		name  string
		now   time.Time
		s     ReminderSettings
		last  map[ReminderKind]time.Time
		facts ReminderFacts
		want  []ReminderKind
	}{
		{"the morning: plan", morning, on, nil, ReminderFacts{}, []ReminderKind{RemindPlan}},
		{"before its time", apptest.InLondon(2026, 11, 2, 8, 29, 0), on, nil, ReminderFacts{}, nil},
		{"a planned day needs no reminder", morning, on, nil, ReminderFacts{Planned: true}, nil},
		{"sent already today", morning, on, map[ReminderKind]time.Time{RemindPlan: apptest.InLondon(2026, 11, 2, 8, 30, 0)}, ReminderFacts{}, nil},
		{"sent yesterday", morning, on, map[ReminderKind]time.Time{RemindPlan: apptest.InLondon(2026, 11, 1, 8, 30, 0)}, ReminderFacts{}, []ReminderKind{RemindPlan}},
		{"turned off", morning, ReminderSettings{RemindPlan: {On: false, At: 8 * 60}}, nil, ReminderFacts{}, nil},
		{"the evening, nothing recorded", apptest.InLondon(2026, 11, 2, 18, 0, 0), on, nil, ReminderFacts{Planned: true, SessionTomorrow: session, ReviewsDue: 2},
			[]ReminderKind{RemindRecord, RemindCoaching, RemindReviews}},
		{"the evening, recorded", apptest.InLondon(2026, 11, 2, 18, 0, 0), on, nil, ReminderFacts{Planned: true, Recorded: true}, nil},
	} {
		got := kinds(DueReminders(c.now, c.s, c.last, c.facts))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	due := DueReminders(apptest.InLondon(2026, 11, 2, 18, 0, 0), on, nil, ReminderFacts{Planned: true, Recorded: true, SessionTomorrow: session, ReviewsDue: 1})
	if len(due) != 2 || due[0].Body != "Prepare the brief for tomorrow's session with Ana." || due[1].Body != "1 decision due for review: how did they turn out?" {
		t.Errorf("texts: %+v", due)
	}
}

func TestRemindersReadTheirFactsFromTheDatabase(t *testing.T) {
	ctx := context.Background()
	tm, s, dims, clock := newTimer(t, apptest.InLondon(2026, 11, 2, 18, 30, 0))
	r := NewReminders(s, tm)
	if err := s.SaveSession(ctx, &data.Session{Date: data.NewDate(2026, 11, 3), Coach: "Ana"}); err != nil {
		t.Fatal(err)
	}
	due, err := r.Due(ctx, DefaultReminders(), nil)
	if err != nil || len(due) != 3 || due[0].Kind != RemindPlan || due[1].Kind != RemindRecord || due[2].Kind != RemindCoaching {
		t.Fatalf("due = %+v %v", due, err)
	}
	// A timer running today is time recorded.
	if _, err := tm.Start(ctx, dims[0].ID, apptest.InLondon(2026, 11, 2, 18, 0, 0), ""); err != nil {
		t.Fatal(err)
	}
	clock.Add(time.Minute)
	if due, _ := r.Due(ctx, DefaultReminders(), nil); len(due) != 2 || due[1].Kind != RemindCoaching {
		t.Errorf("with a timer running, due = %+v", due)
	}
}

func TestTheWeeklyReviewIsRemindedOfOnItsDayUntilTheWeekIsReviewed(t *testing.T) {
	on := DefaultReminders() // the weekly review: Friday 16:00
	friday := apptest.InLondon(2026, 11, 6, 16, 5, 0)
	for _, c := range []struct {
		name  string
		now   time.Time
		s     ReminderSettings
		facts ReminderFacts
		want  bool
	}{
		{"Friday afternoon", friday, on, ReminderFacts{Planned: true, Recorded: true}, true},
		{"Friday morning", apptest.InLondon(2026, 11, 6, 9, 0, 0), on, ReminderFacts{Planned: true}, false},
		{"Thursday afternoon", apptest.InLondon(2026, 11, 5, 16, 5, 0), on, ReminderFacts{Planned: true, Recorded: true}, false},
		{"reviewed already", friday, on, ReminderFacts{Planned: true, Recorded: true, WeekReviewed: true}, false},
		{"another day chosen", apptest.InLondon(2026, 11, 8, 16, 5, 0), ReminderSettings{RemindWeek: {On: true, At: 16 * 60, Weekday: time.Sunday}}, ReminderFacts{}, true},
	} {
		due := DueReminders(c.now, c.s, nil, c.facts)
		got := len(due) > 0 && due[len(due)-1].Kind == RemindWeek
		if got != c.want {
			t.Errorf("%s: %+v, want the weekly review %v", c.name, due, c.want)
		}
		if got && due[len(due)-1].Title != "Review your week" {
			t.Errorf("%s: %+v", c.name, due)
		}
	}

	tm, s, _, _ := newTimer(t, friday)
	r := NewReminders(s, tm)
	ctx := context.Background()
	if due, _ := r.Due(ctx, ReminderSettings{RemindWeek: on[RemindWeek]}, nil); len(due) != 1 {
		t.Fatalf("before the review: %+v", due)
	}
	rev := data.Review{From: data.NewDate(2026, 11, 2), To: data.NewDate(2026, 11, 8), SavedAt: friday}
	if err := s.SaveReview(ctx, &rev, data.ReviewEffects{}); err != nil {
		t.Fatal(err)
	}
	if due, _ := r.Due(ctx, ReminderSettings{RemindWeek: on[RemindWeek]}, nil); len(due) != 0 {
		t.Errorf("after the review: %+v", due)
	}
}
