package week

import (
	"context"

	"daymark/data"
)

// Reading saved reviews again: each is a record, shown as it was saved.

// Reviews returns every saved review, the latest week first.
func (w *Planner) Reviews(ctx context.Context) ([]data.Review, error) { return w.store.Reviews(ctx) }

// Review returns the review of the week starting on from, and false when
// there is none.
func (w *Planner) Review(ctx context.Context, from data.Date) (data.Review, bool, error) {
	return w.store.Review(ctx, from)
}

// DeleteReview removes the review of the week starting on from; what it
// changed (answers, actions, focus, plans) stays.
func (w *Planner) DeleteReview(ctx context.Context, from data.Date) error {
	return w.store.DeleteReview(ctx, from)
}
