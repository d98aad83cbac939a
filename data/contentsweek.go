package data

import (
	"context"
	"database/sql"
)

// The week's part of Contents: the versions of the ideal week and the
// weekly reviews, checked and written whole.

// validateWeek checks each version of the ideal week and each review, that
// none starts twice, and that they name dimensions of c. Errors name them
// as the export does: "ideal_weeks[1] (2026-03-02): …".
func (c Contents) validateWeek(dimensions map[int64]bool) error {
	froms := map[Date]bool{}
	for i, w := range c.IdealWeeks {
		if err := w.Validate(); err != nil {
			return itemError("ideal_weeks", i, w.From.String(), err)
		}
		if froms[w.From] {
			return itemError("ideal_weeks", i, w.From.String(), Errorf(EConflict, "two versions start on %s", w.From))
		}
		froms[w.From] = true
		for _, day := range w.Minutes {
			for id := range day {
				if !dimensions[id] {
					return itemError("ideal_weeks", i, w.From.String(), Errorf(EInvalid, "it names a dimension that is not in the file"))
				}
			}
		}
	}
	weeks := map[Date]bool{}
	for i, r := range c.Reviews {
		r = r.normalized()
		if err := r.Validate(); err != nil {
			return itemError("weekly_reviews", i, r.From.String(), err)
		}
		if weeks[r.From] {
			return itemError("weekly_reviews", i, r.From.String(), Errorf(EConflict, "the week of %s is reviewed twice", r.From))
		}
		weeks[r.From] = true
		if id := r.Focus.DimensionID; id != 0 && !dimensions[id] {
			return itemError("weekly_reviews", i, r.From.String(), Errorf(EInvalid, "its focus names a dimension that is not in the file"))
		}
	}
	return nil
}

// replaceWeek inserts the ideal week and the reviews of c (the tables are
// empty and the dimensions written).
func replaceWeek(ctx context.Context, tx *sql.Tx, known map[int64]bool, c Contents) error {
	for _, w := range c.IdealWeeks {
		if err := saveIdealWeek(ctx, tx, known, w); err != nil {
			return err
		}
	}
	for _, r := range c.Reviews {
		if err := insertReview(ctx, tx, known, r); err != nil {
			return err
		}
	}
	return nil
}
