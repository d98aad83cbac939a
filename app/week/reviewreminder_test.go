package week

import (
	"context"
	"testing"
	"time"

	"daymark/data"
)

func TestTheBannerAsksForTheReviewFromItsDayToTheWeeksEnd(t *testing.T) {
	for _, c := range []struct {
		today    data.Date
		review   time.Weekday
		start    time.Weekday
		reviewed bool
		due      bool
		weekFrom data.Date
	}{
		{data.NewDate(2026, 11, 5), time.Friday, time.Monday, false, false, data.NewDate(2026, 11, 2)}, // Thursday
		{data.NewDate(2026, 11, 6), time.Friday, time.Monday, false, true, data.NewDate(2026, 11, 2)},
		{data.NewDate(2026, 11, 8), time.Friday, time.Monday, false, true, data.NewDate(2026, 11, 2)},  // Sunday ends a Monday week
		{data.NewDate(2026, 11, 8), time.Friday, time.Sunday, false, false, data.NewDate(2026, 11, 8)}, // and starts a Sunday one
		{data.NewDate(2026, 11, 7), time.Friday, time.Monday, true, false, data.NewDate(2026, 11, 2)},
		{data.NewDate(2026, 11, 2), time.Monday, time.Monday, false, true, data.NewDate(2026, 11, 2)},
	} {
		week, due := ReviewDue(c.today, c.review, c.start, c.reviewed)
		if due != c.due || week.From != c.weekFrom {
			t.Errorf("%s (review on %s, weeks from %s, reviewed %v): %v %s, want %v %s", c.today, c.review, c.start, c.reviewed, due, week.From, c.due, c.weekFrom)
		}
	}
	w, s, _ := weekStore(t)
	ctx := context.Background()
	if _, due, err := w.WeekToReview(ctx, data.NewDate(2026, 3, 6), time.Friday, time.Monday); err != nil || !due {
		t.Errorf("before the review: %v %v", due, err)
	}
	rev := data.Review{From: march2, To: march.To, SavedAt: time.Now()}
	if err := s.SaveReview(ctx, &rev, data.ReviewEffects{}); err != nil {
		t.Fatal(err)
	}
	if _, due, _ := w.WeekToReview(ctx, data.NewDate(2026, 3, 6), time.Friday, time.Monday); due {
		t.Error("after the review the banner still asks for it")
	}
}
