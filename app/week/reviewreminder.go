package week

import (
	"context"
	"time"

	"daymark/app"
	"daymark/data"
)

// ReviewDue returns the week to review that the Day planner's banner asks
// for on today: the week holding today (starting on weekStart), from its
// review day (reviewDay) to its last day, unless it was reviewed. The
// notification comes once, on the review day (DueReminders); the banner
// stays until the review is saved or the week is over.
func ReviewDue(today data.Date, reviewDay, weekStart time.Weekday, reviewed bool) (app.Range, bool) {
	week := Of(today, weekStart)
	day := (int(reviewDay) - int(weekStart) + 7) % 7
	return week, !reviewed && today.DaysSince(week.From) >= day
}

// WeekToReview reads whether the week holding today was reviewed, and
// returns ReviewDue's answer.
func (w *Planner) WeekToReview(ctx context.Context, today data.Date, reviewDay, weekStart time.Weekday) (app.Range, bool, error) {
	reviewed, err := w.store.Reviewed(ctx, today)
	if err != nil {
		return app.Range{}, false, err
	}
	week, due := ReviewDue(today, reviewDay, weekStart, reviewed)
	return week, due, nil
}
