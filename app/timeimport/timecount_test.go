package timeimport

import (
	"context"
	"math/rand"
	"reflect"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/data"
)

// Ties are broken by the data: the same events give the same minutes on
// every run and in every order.

func TestTiesBetweenDimensionsAreBrokenTheSameWayEveryTime(t *testing.T) {
	at := func(minute int) time.Time { return time.Date(2026, 10, 5, 9, minute, 0, 0, time.UTC) }
	event := func(uid string, from, to int, dim int64) data.ImportedEvent {
		return data.ImportedEvent{UID: uid, Start: at(from), End: at(to), DimensionID: dim}
	}
	cases := []struct {
		name   string
		events []data.ImportedEvent
		want   map[int64]int
	}{
		// Shares 3/4, 19/12, 37/12 and 7/12 of a minute over 6 minutes:
		// 2 and 4 tie on their remainder (7/12); 2 has the larger share.
		{"equal remainders go to the larger share", []data.ImportedEvent{
			event("a", 0, 2, 1), event("b", 0, 4, 2), event("c", 1, 6, 3), event("d", 1, 3, 4),
		}, map[int64]int{1: 1, 2: 2, 3: 3}},
		{"whichever dimension holds it", []data.ImportedEvent{
			event("a", 0, 2, 1), event("b", 0, 4, 4), event("c", 1, 6, 3), event("d", 1, 3, 2),
		}, map[int64]int{1: 1, 4: 2, 3: 3}},
		// Two events over the same minute: half each, and the minute to
		// the dimension made first.
		{"equal shares go to the lower ID", []data.ImportedEvent{
			event("a", 0, 1, 7), event("b", 0, 1, 5),
		}, map[int64]int{5: 1}},
		// Thirds of 100 minutes: 33⅓ each, one minute over.
		{"thirds", []data.ImportedEvent{
			event("a", 0, 100, 3), event("b", 0, 100, 2), event("c", 0, 100, 1),
		}, map[int64]int{1: 34, 2: 33, 3: 33}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			shuffle := rand.New(rand.NewSource(1))
			for run := 0; run < 300; run++ {
				events := append([]data.ImportedEvent(nil), c.events...)
				shuffle.Shuffle(len(events), func(i, j int) { events[i], events[j] = events[j], events[i] })
				if _, got, _, _ := share(events, nil); !reflect.DeepEqual(got, c.want) {
					t.Fatalf("run %d: %v, want %v", run, got, c.want)
				}
			}
		})
	}
}

func TestImportingOneCalendarAgainAndAgainGivesTheSameMinutes(t *testing.T) {
	ti, dims := importer(t)
	ctx := context.Background()
	// The lunch (my self) and the strategy review (value management) tie
	// for the last minute of the day's six; the review's share is larger.
	want := minutes(dims, people, 1, valueManagement, 2, orgImprovement, 3)
	var first map[int64]int
	for run := 1; run <= 12; run++ {
		p := preview(t, ti, "calendars/overlapping-ties.ics", october)
		got := previewDay(t, p, data.NewDate(2026, 10, 5)).After
		if run == 1 {
			first = got
		} else if !reflect.DeepEqual(got, first) {
			t.Fatalf("import %d previews %v, import 1 %v", run, got, first)
		}
		if _, err := ti.Apply(ctx, p); err != nil {
			t.Fatal(err)
		}
		days, err := ti.store.Days(ctx, data.NewDate(2026, 10, 5), data.NewDate(2026, 10, 5))
		if err != nil || len(days) != 1 || !reflect.DeepEqual(days[0].Actual, first) {
			t.Fatalf("import %d set %+v (%v), its preview said %v", run, days, err, first)
		}
	}
	if !reflect.DeepEqual(first, want) {
		t.Errorf("the imports set %v, want %v", first, want)
	}
}

// Events shown as free (TRANSP:TRANSPARENT) fill no time, and share none
// with the meetings they overlap, unless a rule on their title or
// organiser names them (What matches nothing does not); counting all-day
// events counts them, free or not.
func TestEventsShownAsFreeCountOnlyWhenARuleNamesThem(t *testing.T) {
	ti, dims := importer(t)
	p := preview(t, ti, "calendars/free-events.ics", october)
	day := previewDay(t, p, data.NewDate(2026, 10, 30))
	// Lunch (free, but the rule "lunch" names it) and the retro (busy),
	// whole: the free focus block over the retro takes no share of it.
	if want := minutes(dims, mySelf, 60, orgImprovement, 60); !reflect.DeepEqual(day.After, want) {
		t.Errorf("30 October: %v, want %v", day.After, want)
	}
	why := map[string]string{}
	for _, e := range day.Items {
		why[e.Title] = e.Why
	}
	if why["Lunch"] != "title contains “lunch”, though shown as free" || why["Retro"] != "title contains “retro”" {
		t.Errorf("why: %q", why)
	}
	left := map[string]string{}
	for _, s := range p.Skipped {
		left[s.Title] = s.Reason
	}
	// The all hands lists one attendee: "at most 2 attendees" would send
	// it to People were it busy, but a count of attendees names no event.
	want := map[string]string{"Focus block": SkipFree, "Optional: all hands": SkipFree, "Conference": SkipAllDay}
	if !reflect.DeepEqual(left, want) {
		t.Errorf("left out: %q, want %q", left, want)
	}

	// What matches nothing now counts, and all-day events: the
	// conference goes there, the free focus block still does not.
	rules, err := ti.Rules(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	rules.AllDay, rules.Unmatched = true, dims[valueManagement].ID
	if err := ti.SaveRules(context.Background(), rules); err != nil {
		t.Fatal(err)
	}
	p = preview(t, ti, "calendars/free-events.ics", october)
	var conference []string
	for _, e := range previewDay(t, p, data.NewDate(2026, 10, 30)).Items {
		if e.Title == "Conference" {
			conference = append(conference, clockRange(e.ImportedEvent, apptest.London))
		}
	}
	if len(conference) != 1 || conference[0] != "09:00–17:00" {
		t.Errorf("with all-day events counted, the free conference counts %q", conference)
	}
	if len(p.Skipped) != 2 || p.Skipped[0].Title != "Focus block" || p.Skipped[0].Reason != SkipFree {
		t.Errorf("left out: %+v", p.Skipped)
	}
}
