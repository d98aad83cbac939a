package data

import (
	"context"
	"database/sql"
	"time"
)

// An IdealWeek is a version of the person's typical week: the minutes
// planned for each dimension on each day of the week (weekends may differ
// from weekdays), in force from its date until the next version, as
// targets are. Changing it adds a version; the history stays.
type IdealWeek struct {
	From    Date
	Minutes [7]map[int64]int // by weekday (time.Sunday is 0), then by dimension ID; a dimension left out plans nothing
}

// NewIdealWeek returns an ideal week from date that plans nothing.
func NewIdealWeek(from Date) IdealWeek {
	w := IdealWeek{From: from}
	for i := range w.Minutes {
		w.Minutes[i] = map[int64]int{}
	}
	return w
}

// On returns the minutes the ideal week plans on a day of the week.
func (w IdealWeek) On(day time.Weekday) map[int64]int { return w.Minutes[day] }

// Validate reports whether the version's date is valid and each of its
// days fits in 1440 minutes, naming the day that does not.
func (w IdealWeek) Validate() error {
	if err := w.From.Validate(); err != nil {
		return err
	}
	for i := 1; i <= 7; i++ { // Monday first, as people read a week
		day := time.Weekday(i % 7)
		switch total, over, negative := budget(w.Minutes[day]); {
		case negative:
			return Errorf(EInvalid, "the ideal %s: minutes cannot be negative", day)
		case over:
			return Errorf(EInvalid, "the ideal %s adds up to %s minutes, more than the %d in a day", day, total, MinutesPerDay)
		}
	}
	return nil
}

// IdealWeekOn returns the version in force on date among versions sorted
// by date, and false when none had started.
func IdealWeekOn(versions []IdealWeek, date Date) (IdealWeek, bool) {
	for i := len(versions) - 1; i >= 0; i-- {
		if !versions[i].From.After(date) {
			return versions[i], true
		}
	}
	return IdealWeek{}, false
}

// IdealWeeks returns every version of the ideal week, oldest first.
func (s *Store) IdealWeeks(ctx context.Context) (_ []IdealWeek, err error) {
	defer doing(&err, "reading the ideal week")
	return queryIdealWeeks(ctx, s.db)
}

func queryIdealWeeks(ctx context.Context, q queryer) ([]IdealWeek, error) {
	rows, err := q.QueryContext(ctx, `SELECT w.effective_from, m.weekday, m.dimension_id, m.minutes
		FROM ideal_week w LEFT JOIN ideal_week_minutes m ON m.effective_from = w.effective_from
		ORDER BY w.effective_from, m.weekday, m.dimension_id`)
	if err != nil {
		return nil, scanErr("the ideal week", err)
	}
	defer rows.Close()
	var out []IdealWeek
	for rows.Next() {
		var from string
		var day, id, minutes sql.NullInt64
		if err := rows.Scan(&from, &day, &id, &minutes); err != nil {
			return nil, scanErr("the ideal week", err)
		}
		if n := len(out); n == 0 || out[n-1].From.String() != from {
			d, err := ParseDate(from)
			if err != nil {
				return nil, Errorf(ECorrupt, "a stored date of the ideal week is damaged: %q", from)
			}
			out = append(out, NewIdealWeek(d))
		}
		if day.Valid {
			out[len(out)-1].Minutes[day.Int64][id.Int64] = int(minutes.Int64)
		}
	}
	return out, scanErr("the ideal week", rows.Err())
}

// SaveIdealWeek stores a version of the ideal week, replacing one from the
// same date.
func (s *Store) SaveIdealWeek(ctx context.Context, w IdealWeek) (err error) {
	defer doing(&err, "saving the ideal week from %s", w.From)
	if err := w.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		known, err := dimensionIDs(ctx, tx)
		if err != nil {
			return err
		}
		return saveIdealWeek(ctx, tx, known, w)
	})
}

func saveIdealWeek(ctx context.Context, tx *sql.Tx, known map[int64]bool, w IdealWeek) error {
	if err := w.Validate(); err != nil {
		return err
	}
	from := w.From.String()
	if _, err := tx.ExecContext(ctx, "DELETE FROM ideal_week WHERE effective_from = ?", from); err != nil {
		return storeError(err)
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO ideal_week (effective_from) VALUES (?)", from); err != nil {
		return storeError(err)
	}
	for day, minutes := range w.Minutes {
		for id, m := range minutes {
			if !known[id] {
				return Errorf(EInvalid, "the ideal week names a dimension that does not exist (id %d)", id)
			}
			if m == 0 {
				continue
			}
			if _, err := tx.ExecContext(ctx, "INSERT INTO ideal_week_minutes (effective_from, weekday, dimension_id, minutes) VALUES (?, ?, ?, ?)",
				from, day, id, m); err != nil {
				return storeError(err)
			}
		}
	}
	return nil
}

// DeleteIdealWeek removes the version of the ideal week that starts on from.
func (s *Store) DeleteIdealWeek(ctx context.Context, from Date) (err error) {
	defer doing(&err, "deleting the ideal week from %s", from)
	return s.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM ideal_week WHERE effective_from = ?", from.String())
		return storeError(err)
	})
}
