package app

import (
	"context"
	"reflect"
	"testing"
	"time"

	"daymark/data"
)

func TestRemindersAreDueOnceADayWhenTheirTimeHasComeAndTheirConditionHolds(t *testing.T) {
	morning := ldn(2026, 11, 2, 8, 45, 0)
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
		{"before its time", ldn(2026, 11, 2, 8, 29, 0), on, nil, ReminderFacts{}, nil},
		{"a planned day needs no reminder", morning, on, nil, ReminderFacts{Planned: true}, nil},
		{"sent already today", morning, on, map[ReminderKind]time.Time{RemindPlan: ldn(2026, 11, 2, 8, 30, 0)}, ReminderFacts{}, nil},
		{"sent yesterday", morning, on, map[ReminderKind]time.Time{RemindPlan: ldn(2026, 11, 1, 8, 30, 0)}, ReminderFacts{}, []ReminderKind{RemindPlan}},
		{"turned off", morning, ReminderSettings{RemindPlan: {On: false, At: 8 * 60}}, nil, ReminderFacts{}, nil},
		{"the evening, nothing recorded", ldn(2026, 11, 2, 18, 0, 0), on, nil, ReminderFacts{Planned: true, SessionTomorrow: session, ReviewsDue: 2},
			[]ReminderKind{RemindRecord, RemindCoaching, RemindReviews}},
		{"the evening, recorded", ldn(2026, 11, 2, 18, 0, 0), on, nil, ReminderFacts{Planned: true, Recorded: true}, nil},
	} {
		got := kinds(DueReminders(c.now, c.s, c.last, c.facts))
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: %v, want %v", c.name, got, c.want)
		}
	}
	due := DueReminders(ldn(2026, 11, 2, 18, 0, 0), on, nil, ReminderFacts{Planned: true, Recorded: true, SessionTomorrow: session, ReviewsDue: 1})
	if len(due) != 2 || due[0].Body != "Prepare the brief for tomorrow's session with Ana." || due[1].Body != "1 decision due for review: how did they turn out?" {
		t.Errorf("texts: %+v", due)
	}
}

func TestRemindersReadTheirFactsFromTheDatabase(t *testing.T) {
	ctx := context.Background()
	tm, s, dims, clock := newTimer(t, ldn(2026, 11, 2, 18, 30, 0))
	r := NewReminders(s, tm)
	if err := s.SaveSession(ctx, &data.Session{Date: data.NewDate(2026, 11, 3), Coach: "Ana"}); err != nil {
		t.Fatal(err)
	}
	due, err := r.Due(ctx, DefaultReminders(), nil)
	if err != nil || len(due) != 3 || due[0].Kind != RemindPlan || due[1].Kind != RemindRecord || due[2].Kind != RemindCoaching {
		t.Fatalf("due = %+v %v", due, err)
	}
	// A timer running today is time recorded.
	if _, err := tm.Start(ctx, dims[0].ID, ldn(2026, 11, 2, 18, 0, 0), ""); err != nil {
		t.Fatal(err)
	}
	clock.add(time.Minute)
	if due, _ := r.Due(ctx, DefaultReminders(), nil); len(due) != 2 || due[1].Kind != RemindCoaching {
		t.Errorf("with a timer running, due = %+v", due)
	}
}
