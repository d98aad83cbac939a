package brief

import (
	"context"
	"strings"
	"testing"

	"daymark/app"
	"daymark/app/apptest"
	"daymark/data"
)

// The brief names both years of a period across a year boundary, with the
// weekday of each date's own year, and the year of any date outside the
// period's year.
func TestTheBriefsPeriodAcrossAYearBoundary(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	feel := func(n int) *int { return &n }
	if err := store.SaveDecisions(ctx, []data.Decision{
		{Date: data.NewDate(2025, 12, 20), Title: "Close the year", Feeling: feel(-1), ReviewOn: data.NewDate(2026, 1, 5)},
	}); err != nil {
		t.Fatal(err)
	}
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := store.SaveDay(ctx, data.Day{Date: data.NewDate(2025, 12, 20), Actual: map[int64]int{dims[0].ID: 60}}); err != nil {
		t.Fatal(err)
	}
	if err := store.SaveSession(ctx, &data.Session{Date: data.NewDate(2026, 1, 12), Coach: "Ana"}); err != nil {
		t.Fatal(err)
	}
	today := data.NewDate(2026, 1, 10)
	cases := []struct {
		from, to data.Date
		title    string
		preface  string
		decision string
	}{
		{data.NewDate(2025, 12, 15), data.NewDate(2026, 1, 10), "Coaching brief, 15 Dec 2025 to 10 Jan 2026",
			"27 days, Monday 15 December 2025 to Saturday 10 January 2026; 26 days have no actual time recorded. Prepared 10 January 2026 for the session of Monday 12 January 2026 with Ana.",
			"- 20 Dec 2025, Close the year (felt −1, uncomfortable)"},
		{data.NewDate(2016, 1, 11), data.NewDate(2026, 1, 10), "Coaching brief, 11 Jan 2016 to 10 Jan 2026",
			"3653 days, Monday 11 January 2016 to Saturday 10 January 2026; 3652 days have no actual time recorded.", "- 20 Dec 2025, Close the year"},
		{data.NewDate(2025, 12, 1), data.NewDate(2025, 12, 31), "Coaching brief, 1 Dec to 31 Dec 2025",
			"31 days, Monday 1 December to Wednesday 31 December 2025; 30 days have no actual time recorded.", "- 20 Dec, Close the year"},
		{data.NewDate(2025, 12, 20), data.NewDate(2025, 12, 20), "Coaching brief, 20 Dec 2025",
			"1 day, Saturday 20 December 2025.", "- 20 Dec, Close the year"},
	}
	for _, c := range cases {
		period, err := app.NewRange(c.from, c.to)
		if err != nil {
			t.Fatal(err)
		}
		b, err := prepare(ctx, store, period, today)
		if err != nil {
			t.Fatal(err)
		}
		md := Markdown(b.Title(), b.Blocks(today))
		if b.Title() != c.title {
			t.Errorf("title %q, want %q", b.Title(), c.title)
		}
		for _, want := range []string{c.preface, c.decision} {
			if !strings.Contains(md, want) {
				t.Errorf("%s: the brief lacks %q:\n%s", c.title, want, md)
			}
		}
	}
}
