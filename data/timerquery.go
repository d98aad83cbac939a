package data

import (
	"context"
	"database/sql"
	"errors"
	"time"
)

// The timer's reads, shared by the store's methods and its transactions.

// timedOn returns the minutes stopped intervals count on date, by dimension.
func timedOn(ctx context.Context, q queryer, date Date) (map[int64]int, error) {
	rows, err := q.QueryContext(ctx, "SELECT dimension_id, sum(minutes) FROM timed_minutes WHERE date = ? GROUP BY dimension_id", date.String())
	if err != nil {
		return nil, scanErr("the timed minutes", err)
	}
	defer rows.Close()
	out := map[int64]int{}
	for rows.Next() {
		var id int64
		var m int
		if err := rows.Scan(&id, &m); err != nil {
			return nil, scanErr("the timed minutes", err)
		}
		out[id] = m
	}
	return out, scanErr("the timed minutes", rows.Err())
}

// clockOver returns the stopped intervals that overlap the events: the
// time the timer counted, which the events do not count again.
func clockOver(ctx context.Context, q queryer, events []ImportedEvent) ([]Interval, error) {
	if len(events) == 0 {
		return nil, nil
	}
	from, to := events[0].Start, events[0].End
	for _, e := range events {
		from, to = earlier(from, e.Start), later(to, e.End)
	}
	return queryIntervals(ctx, q, "WHERE end IS NOT NULL AND start < ? AND end > ? ORDER BY start", stamp(to), stamp(from))
}

// queryDay reads one day inside a transaction.
func queryDay(ctx context.Context, q queryer, date Date) (Day, error) {
	days, err := queryDays(ctx, q, date, date)
	if err != nil || len(days) == 0 {
		return NewDay(date), err
	}
	return days[0], nil
}

func queryRunning(ctx context.Context, q queryer) (Interval, bool, error) {
	list, err := queryIntervals(ctx, q, "WHERE end IS NULL")
	if err != nil || len(list) == 0 {
		return Interval{}, false, err
	}
	return list[0], true, nil
}

func queryInterval(ctx context.Context, q queryer, id string) (Interval, bool, error) {
	list, err := queryIntervals(ctx, q, "WHERE id = ?", id)
	if err != nil || len(list) == 0 {
		return Interval{}, false, err
	}
	return list[0], true, nil
}

// queryIntervals reads the intervals a WHERE clause (and its order) picks.
func queryIntervals(ctx context.Context, q queryer, where string, args ...any) ([]Interval, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, dimension_id, start, end, note FROM timed_interval "+where, args...)
	if err != nil {
		return nil, scanErr("the timed intervals", err)
	}
	defer rows.Close()
	var out []Interval
	for rows.Next() {
		var iv Interval
		var start string
		var end sql.NullString
		if err := rows.Scan(&iv.ID, &iv.DimensionID, &start, &end, &iv.Note); err != nil {
			return nil, scanErr("the timed intervals", err)
		}
		var errs [2]error
		iv.Start, errs[0] = time.Parse(time.RFC3339, start)
		if end.Valid {
			iv.End, errs[1] = time.Parse(time.RFC3339, end.String)
		}
		if err := errors.Join(errs[:]...); err != nil {
			return nil, Errorf(ECorrupt, "a timed interval is damaged: it starts at %q", start)
		}
		out = append(out, iv)
	}
	return out, scanErr("the timed intervals", rows.Err())
}

// queryParts reads the timed minutes from from to to, by date and start.
func queryParts(ctx context.Context, q queryer, from, to Date) ([]TimedPart, error) {
	rows, err := q.QueryContext(ctx, `SELECT t.interval_id, t.date, t.dimension_id, t.minutes
		FROM timed_minutes t JOIN timed_interval i ON i.id = t.interval_id
		WHERE t.date BETWEEN ? AND ? ORDER BY t.date, i.start`, from.String(), to.String())
	if err != nil {
		return nil, scanErr("the timed minutes", err)
	}
	defer rows.Close()
	var out []TimedPart
	for rows.Next() {
		var p TimedPart
		var date string
		if err := rows.Scan(&p.IntervalID, &date, &p.DimensionID, &p.Minutes); err != nil {
			return nil, scanErr("the timed minutes", err)
		}
		if p.Date, err = ParseDate(date); err != nil {
			return nil, Errorf(ECorrupt, "a timed minute's date is damaged: %q", date)
		}
		out = append(out, p)
	}
	return out, scanErr("the timed minutes", rows.Err())
}
