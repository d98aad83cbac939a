package brief

import (
	"slices"

	"daymark/app"
	"daymark/data"
)

// reviewsSaved returns the reviews (by week) saved in period, on the
// local calendar, the latest week first: those since the last session.
func reviewsSaved(reviews []data.Review, period app.Range) []data.Review {
	var out []data.Review
	for _, r := range slices.Backward(reviews) {
		if period.Contains(data.DateOf(r.SavedAt.In(app.Zone))) {
			out = append(out, r)
		}
	}
	return out
}

// reviews lists the weekly reviews saved in the period, each in a line of
// what it found and decided.
func (b Content) reviews(out *blocks) {
	out.heading(ReviewsHeading)
	var items []string
	for _, r := range b.Reviews {
		items = append(items, app.ReviewLine(r, b.Dims, b.Period))
	}
	out.list(items, "No weekly review was saved in the period.")
}
