package data

import (
	"context"
	"database/sql"
	"unicode/utf8"
)

// A Target is a version of the desired minutes per day of each dimension,
// in force from its date until the next version. Changing targets adds a
// version; the history stays, so each day is judged against its own.
type Target struct {
	From    Date
	Minutes map[int64]int // by dimension ID; a dimension left out has no target
}

// Validate reports whether the target's date is valid and its minutes fit
// in a day.
func (t Target) Validate() error {
	if err := t.From.Validate(); err != nil {
		return err
	}
	switch total, over, negative := budget(t.Minutes); {
	case negative:
		return Errorf(EInvalid, "target minutes cannot be negative")
	case over:
		return Errorf(EInvalid, "the targets add up to %s minutes, more than the %d in a day", total, MinutesPerDay)
	}
	return nil
}

// budget adds minutes by dimension up exactly (see addUp), and says
// whether they come to more than a day and whether any is negative.
func budget(minutes map[int64]int) (total string, over, negative bool) {
	for _, m := range minutes {
		negative = negative || m < 0
	}
	total, over = addUp(minutes)
	return total, over, negative
}

// InForce returns the target in force on date among targets sorted by date,
// and false when none had started.
func InForce(targets []Target, date Date) (Target, bool) {
	for i := len(targets) - 1; i >= 0; i-- {
		if !targets[i].From.After(date) {
			return targets[i], true
		}
	}
	return Target{}, false
}

// Targets returns every target version, oldest first.
func (s *Store) Targets(ctx context.Context) (_ []Target, err error) {
	defer doing(&err, "reading the targets")
	return queryTargets(ctx, s.db)
}

func queryTargets(ctx context.Context, q queryer) ([]Target, error) {
	dates, minutes, err := minutesByDate(ctx, q, "targets", "SELECT effective_from, dimension_id, minutes FROM target ORDER BY effective_from, dimension_id")
	if err != nil || len(dates) == 0 {
		return nil, err
	}
	ts := make([]Target, len(dates))
	for i := range dates {
		ts[i] = Target{From: dates[i], Minutes: minutes[i]}
	}
	return ts, nil
}

// minutesByDate reads rows of a date, a dimension ID and minutes, ordered
// by date, into the minutes by dimension of each date.
func minutesByDate(ctx context.Context, q queryer, what, query string, args ...any) ([]Date, []map[int64]int, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, nil, scanErr(what, err)
	}
	defer rows.Close()
	var dates []Date
	var minutes []map[int64]int
	for rows.Next() {
		var date string
		var id int64
		var m int
		if err := rows.Scan(&date, &id, &m); err != nil {
			return nil, nil, scanErr(what, err)
		}
		if n := len(dates); n == 0 || dates[n-1].String() != date {
			d, err := ParseDate(date)
			if err != nil {
				return nil, nil, Errorf(ECorrupt, "a stored date of the %s is damaged: %q", what, date)
			}
			dates, minutes = append(dates, d), append(minutes, map[int64]int{})
		}
		minutes[len(minutes)-1][id] = m
	}
	return dates, minutes, scanErr(what, rows.Err())
}

// SaveTarget stores a target version, replacing one from the same date.
func (s *Store) SaveTarget(ctx context.Context, t Target) (err error) {
	defer doing(&err, "saving the targets from %s", t.From)
	if err := t.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		known, err := dimensionIDs(ctx, tx)
		if err != nil {
			return err
		}
		return saveTarget(ctx, tx, known, t)
	})
}

func saveTarget(ctx context.Context, tx *sql.Tx, known map[int64]bool, t Target) error {
	if err := t.Validate(); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM target WHERE effective_from = ?", t.From.String()); err != nil {
		return storeError(err)
	}
	for id, m := range t.Minutes {
		if !known[id] {
			return Errorf(EInvalid, "the target names a dimension that does not exist (id %d)", id)
		}
		if m == 0 {
			continue
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO target (effective_from, dimension_id, minutes) VALUES (?, ?, ?)", t.From.String(), id, m); err != nil {
			return storeError(err)
		}
	}
	return nil
}

// DeleteTarget removes the target version that starts on from.
func (s *Store) DeleteTarget(ctx context.Context, from Date) (err error) {
	defer doing(&err, "deleting the targets from %s", from)
	return s.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM target WHERE effective_from = ?", from.String())
		return storeError(err)
	})
}

// Focus is the dimension prioritised from a date, with the reason.
type Focus struct {
	Started     Date
	DimensionID int64
	Reason      string
}

// MaxReason is the longest reason a focus may give, in characters.
const MaxReason = 2000

// Validate reports whether the focus has a date, a dimension and a reason
// of a sensible length.
func (f Focus) Validate() error {
	if err := f.Started.Validate(); err != nil {
		return err
	}
	if f.DimensionID == 0 {
		return Errorf(EInvalid, "choose the dimension to focus on")
	}
	if n := utf8.RuneCountInString(f.Reason); n > MaxReason {
		return Errorf(EInvalid, "the reason is too long: %d characters, at most %d", n, MaxReason)
	}
	return nil
}

// FocusOn returns the focus in force on date among focuses sorted by
// date, and false when none had started.
func FocusOn(history []Focus, date Date) (Focus, bool) {
	for i := len(history) - 1; i >= 0; i-- {
		if !history[i].Started.After(date) {
			return history[i], true
		}
	}
	return Focus{}, false
}

// FocusHistory returns every focus, oldest first.
func (s *Store) FocusHistory(ctx context.Context) (_ []Focus, err error) {
	defer doing(&err, "reading the focus")
	return queryFocus(ctx, s.db)
}

func queryFocus(ctx context.Context, q queryer) ([]Focus, error) {
	rows, err := q.QueryContext(ctx, "SELECT started, dimension_id, reason FROM focus ORDER BY started")
	if err != nil {
		return nil, scanErr("the focus", err)
	}
	defer rows.Close()
	var fs []Focus
	for rows.Next() {
		var started string
		var f Focus
		if err := rows.Scan(&started, &f.DimensionID, &f.Reason); err != nil {
			return nil, scanErr("the focus", err)
		}
		if f.Started, err = ParseDate(started); err != nil {
			return nil, Errorf(ECorrupt, "a stored focus date is damaged: %q", started)
		}
		fs = append(fs, f)
	}
	return fs, scanErr("the focus", rows.Err())
}

// SetFocus stores a focus, replacing one started the same day.
func (s *Store) SetFocus(ctx context.Context, f Focus) (err error) {
	defer doing(&err, "setting the focus")
	if err := f.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		known, err := dimensionIDs(ctx, tx)
		if err != nil {
			return err
		}
		return setFocus(ctx, tx, known, f)
	})
}

func setFocus(ctx context.Context, tx *sql.Tx, known map[int64]bool, f Focus) error {
	if err := f.Validate(); err != nil {
		return err
	}
	if !known[f.DimensionID] {
		return Errorf(EInvalid, "the focus names a dimension that does not exist (id %d)", f.DimensionID)
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO focus (started, dimension_id, reason) VALUES (?, ?, ?)
		ON CONFLICT (started) DO UPDATE SET dimension_id = excluded.dimension_id, reason = excluded.reason`,
		f.Started.String(), f.DimensionID, f.Reason)
	return storeError(err)
}

// DeleteFocus removes the focus started on date.
func (s *Store) DeleteFocus(ctx context.Context, started Date) (err error) {
	defer doing(&err, "deleting the focus of %s", started)
	return s.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM focus WHERE started = ?", started.String())
		return storeError(err)
	})
}
