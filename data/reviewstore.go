package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"time"
)

// ReviewEffects are what saving a review changes besides its record, in
// the same transaction: all of it is saved, or nothing.
type ReviewEffects struct {
	Reflections []Reflection // answers to the guide questions: ID 0 adds one, another ID changes that one
	Actions     []Action     // coaching actions to mark: by ID, their Done and Due as given
	Focus       *Focus       // a focus to start; nil keeps the one in force
	Days        []Day        // days to save as SaveDays does (the next week's plan)
}

// Reviews returns every weekly review, the latest week first.
func (s *Store) Reviews(ctx context.Context) (_ []Review, err error) {
	defer doing(&err, "reading the weekly reviews")
	var out []Review
	err = s.snapshot(ctx, func(q queryer) error {
		var err error
		out, err = queryReviews(ctx, q, "ORDER BY week_from DESC")
		return err
	})
	return out, err
}

// Review returns the review of the week starting on from, and false when
// there is none.
func (s *Store) Review(ctx context.Context, from Date) (_ Review, _ bool, err error) {
	defer doing(&err, "reading the review of the week from %s", from)
	var out []Review
	err = s.snapshot(ctx, func(q queryer) error {
		var err error
		out, err = queryReviews(ctx, q, "WHERE week_from = ?", from.String())
		return err
	})
	if err != nil || len(out) == 0 {
		return Review{}, false, err
	}
	return out[0], true, nil
}

// Reviewed reports whether a review was saved of a week that holds date.
func (s *Store) Reviewed(ctx context.Context, date Date) (_ bool, err error) {
	defer doing(&err, "looking whether the week of %s was reviewed", date)
	var n int
	err = s.db.QueryRowContext(ctx, "SELECT count(*) FROM weekly_review WHERE week_from <= ? AND week_to >= ?", date.String(), date.String()).Scan(&n)
	return n > 0, scanErr("the weekly reviews", err)
}

// frozenWeekJSON is how a FrozenWeek is kept in its column.
type frozenWeekJSON struct {
	Dimensions []FrozenDimension `json:"dimensions"`
	Days       []frozenDayJSON   `json:"days"`
	Focus      string            `json:"focus"`
}

type frozenDayJSON struct {
	Date    string         `json:"date"`
	Planned map[string]int `json:"planned"`
	Actual  map[string]int `json:"actual"`
	Target  map[string]int `json:"target"`
}

func queryReviews(ctx context.Context, q queryer, where string, args ...any) ([]Review, error) {
	rows, err := q.QueryContext(ctx, `SELECT week_from, week_to, saved_at, coalesce(focus_dimension_id, 0), focus_kept, focus_reason, notes, figures
		FROM weekly_review `+where, args...)
	if err != nil {
		return nil, scanErr("the weekly reviews", err)
	}
	var out []Review
	index := map[string]int{}
	for rows.Next() {
		var r Review
		var from, to, saved, figures string
		if err := rows.Scan(&from, &to, &saved, &r.Focus.DimensionID, &r.Focus.Kept, &r.Focus.Reason, &r.Notes, &figures); err != nil {
			rows.Close()
			return nil, scanErr("the weekly reviews", err)
		}
		if r, err = readReview(r, from, to, saved, figures); err != nil {
			rows.Close()
			return nil, err
		}
		index[from] = len(out)
		out = append(out, r)
	}
	rows.Close()
	if err := rows.Err(); err != nil || len(out) == 0 {
		return out, scanErr("the weekly reviews", err)
	}
	if err := queryReviewParts(ctx, q, out, index); err != nil {
		return nil, err
	}
	return out, nil
}

// readReview completes r from the text of its columns.
func readReview(r Review, from, to, saved, figures string) (Review, error) {
	var err error
	if r.From, err = ParseDate(from); err != nil {
		return r, Errorf(ECorrupt, "a stored weekly review's date is damaged: %q", from)
	}
	if r.To, err = ParseDate(to); err != nil {
		return r, Errorf(ECorrupt, "the weekly review of %s is damaged: its last day is %q", from, to)
	}
	if r.SavedAt, err = time.Parse(time.RFC3339, saved); err != nil {
		return r, Errorf(ECorrupt, "the weekly review of %s is damaged: it was saved at %q", from, saved)
	}
	var fw frozenWeekJSON
	if err := json.Unmarshal([]byte(figures), &fw); err != nil {
		return r, Errorf(ECorrupt, "the figures of the weekly review of %s are damaged", from)
	}
	r.Figures = FrozenWeek{Focus: fw.Focus}
	if len(fw.Dimensions) > 0 {
		r.Figures.Dimensions = fw.Dimensions
	}
	for _, d := range fw.Days {
		day := FrozenDay{Planned: nonNil(d.Planned), Actual: nonNil(d.Actual), Target: nonNil(d.Target)}
		if day.Date, err = ParseDate(d.Date); err != nil {
			return r, Errorf(ECorrupt, "the figures of the weekly review of %s are damaged: %q is not a date", from, d.Date)
		}
		r.Figures.Days = append(r.Figures.Days, day)
	}
	return r, nil
}

func nonNil(m map[string]int) map[string]int {
	if m == nil {
		return map[string]int{}
	}
	return m
}

// queryReviewParts reads the answers and actions of the reviews in out,
// found by their first day in index.
func queryReviewParts(ctx context.Context, q queryer, out []Review, index map[string]int) error {
	rows, err := q.QueryContext(ctx, "SELECT week_from, prompt, answer FROM weekly_review_answer ORDER BY week_from, position")
	if err != nil {
		return scanErr("the weekly reviews' answers", err)
	}
	for rows.Next() {
		var from string
		var a ReviewAnswer
		if err := rows.Scan(&from, &a.Prompt, &a.Answer); err != nil {
			rows.Close()
			return scanErr("the weekly reviews' answers", err)
		}
		if i, ok := index[from]; ok {
			out[i].Answers = append(out[i].Answers, a)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return scanErr("the weekly reviews' answers", err)
	}
	rows, err = q.QueryContext(ctx, "SELECT week_from, text, coalesce(due, ''), done, coalesce(carried_to, '') FROM weekly_review_action ORDER BY week_from, position")
	if err != nil {
		return scanErr("the weekly reviews' actions", err)
	}
	defer rows.Close()
	for rows.Next() {
		var from, due, carried string
		var a ReviewAction
		if err := rows.Scan(&from, &a.Text, &due, &a.Done, &carried); err != nil {
			return scanErr("the weekly reviews' actions", err)
		}
		if due != "" {
			a.Due, _ = ParseDate(due)
		}
		if carried != "" {
			a.CarriedTo, _ = ParseDate(carried)
		}
		if i, ok := index[from]; ok {
			out[i].Actions = append(out[i].Actions, a)
		}
	}
	return scanErr("the weekly reviews' actions", rows.Err())
}

// SaveReview stores a review of the week from r.From, replacing one of the
// same week, with its effects, in one transaction. The figures are frozen
// from what the database holds at that moment (whatever r.Figures says).
func (s *Store) SaveReview(ctx context.Context, r *Review, e ReviewEffects) (err error) {
	defer doing(&err, "saving the weekly review")
	r.Normalize()
	return s.update(ctx, func(tx *sql.Tx) error {
		dims, err := queryDimensions(ctx, tx)
		if err != nil {
			return err
		}
		days, err := queryDays(ctx, tx, r.From, r.From.AddDays(6))
		if err != nil {
			return err
		}
		targets, err := queryTargets(ctx, tx)
		if err != nil {
			return err
		}
		focus, err := queryFocus(ctx, tx)
		if err != nil {
			return err
		}
		r.Figures = freeze(r.From, r.From.AddDays(6), dims, days, targets, focus)
		known, err := dimensionIDs(ctx, tx)
		if err != nil {
			return err
		}
		if err := insertReview(ctx, tx, known, *r); err != nil {
			return err
		}
		return applyReviewEffects(ctx, tx, known, e)
	})
}

// applyReviewEffects writes what a review changes besides its record.
func applyReviewEffects(ctx context.Context, tx *sql.Tx, known map[int64]bool, e ReviewEffects) error {
	for i := range e.Reflections {
		r := &e.Reflections[i]
		if err := r.Validate(); err != nil {
			return err
		}
		if r.ID == 0 {
			if err := insertReflection(ctx, tx, r); err != nil {
				return err
			}
			continue
		}
		res, err := tx.ExecContext(ctx, "UPDATE reflection SET prompt_id = ?, date = ?, answer = ? WHERE id = ?", r.PromptID, r.Date.String(), r.Answer, r.ID)
		if err != nil {
			return storeError(err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return Errorf(ENotFound, "an answer the review changes no longer exists")
		}
	}
	for _, a := range e.Actions {
		for _, d := range []Date{a.Due, a.Done} {
			if !d.IsZero() {
				if err := d.Validate(); err != nil {
					return err
				}
			}
		}
		res, err := tx.ExecContext(ctx, "UPDATE action SET done = ?, due = ? WHERE id = ?", nullDate(a.Done), nullDate(a.Due), a.ID)
		if err != nil {
			return storeError(err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return Errorf(ENotFound, "the action “%s” no longer exists", clipText(a.Text, 60))
		}
	}
	if e.Focus != nil {
		if err := setFocus(ctx, tx, known, *e.Focus); err != nil {
			return err
		}
	}
	for _, day := range e.Days {
		if err := saveDay(ctx, tx, known, day); err != nil {
			return err
		}
	}
	return nil
}

// insertReview stores r in place of a review of the same week.
func insertReview(ctx context.Context, tx *sql.Tx, known map[int64]bool, r Review) error {
	r = r.normalized()
	if err := r.Validate(); err != nil {
		return err
	}
	if id := r.Focus.DimensionID; id != 0 && !known[id] {
		return Errorf(EInvalid, "the review's focus names a dimension that does not exist (id %d)", id)
	}
	fw := frozenWeekJSON{Dimensions: r.Figures.Dimensions, Focus: r.Figures.Focus, Days: []frozenDayJSON{}}
	if fw.Dimensions == nil {
		fw.Dimensions = []FrozenDimension{}
	}
	for _, d := range r.Figures.Days {
		fw.Days = append(fw.Days, frozenDayJSON{Date: d.Date.String(), Planned: nonNil(d.Planned), Actual: nonNil(d.Actual), Target: nonNil(d.Target)})
	}
	figures, err := json.Marshal(fw)
	if err != nil {
		return &Error{Code: EInternal, Message: "cannot write the review's figures", Err: err}
	}
	from := r.From.String()
	if _, err := tx.ExecContext(ctx, "DELETE FROM weekly_review WHERE week_from = ?", from); err != nil {
		return storeError(err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO weekly_review (week_from, week_to, saved_at, focus_dimension_id, focus_kept, focus_reason, notes, figures)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, from, r.To.String(), stamp(r.SavedAt), nullID(r.Focus.DimensionID), r.Focus.Kept, r.Focus.Reason, r.Notes, string(figures)); err != nil {
		return storeError(err)
	}
	for i, a := range r.Answers {
		if _, err := tx.ExecContext(ctx, "INSERT INTO weekly_review_answer (week_from, position, prompt, answer) VALUES (?, ?, ?, ?)", from, i+1, a.Prompt, a.Answer); err != nil {
			return storeError(err)
		}
	}
	for i, a := range r.Actions {
		if _, err := tx.ExecContext(ctx, "INSERT INTO weekly_review_action (week_from, position, text, due, done, carried_to) VALUES (?, ?, ?, ?, ?, ?)",
			from, i+1, a.Text, nullDate(a.Due), a.Done, nullDate(a.CarriedTo)); err != nil {
			return storeError(err)
		}
	}
	return nil
}

// DeleteReview removes the review of the week starting on from; what it
// changed (answers, actions, focus, plans) stays.
func (s *Store) DeleteReview(ctx context.Context, from Date) (err error) {
	defer doing(&err, "deleting the review of the week from %s", from)
	return s.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM weekly_review WHERE week_from = ?", from.String())
		if err != nil {
			return storeError(err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return Errorf(ENotFound, "there is no review of the week of %s", from)
		}
		return nil
	})
}
