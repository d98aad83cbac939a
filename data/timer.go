package data

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"time"
)

// The timer's storage: timed intervals, the minutes they count per day,
// and keeping the days' actual minutes in step with them. The rules of
// starting, switching and stopping live in package app; see docs/timer.md.

// A Recount says how the days a change to the timed intervals touches are
// brought in step with it.
type Recount struct {
	// Location is where days start and end: new stopped intervals are cut
	// at midnight here. Nil means time.Local.
	Location *time.Location
	// Settle works out the actual minutes, and the part of them imports
	// set, of a day that holds imported calendar events once its timed
	// minutes change (ImportDay.Timed and ImportDay.Clock say how): the
	// import's rules, which live in package app. Nil keeps the imported
	// minutes as they are. A day without imported events keeps its typed
	// minutes and takes its new timed minutes, without Settle.
	Settle func(ImportDay) (actual, imported map[int64]int, err error)
}

func (r Recount) location() *time.Location {
	if r.Location == nil {
		return time.Local
	}
	return r.Location
}

// A TimerChange is one move of the timer, made whole or not at all: the
// running interval stops, intervals are added, or both (a switch).
type TimerChange struct {
	Running string     // the ID of the interval expected to be running; "" when none is
	StopAt  time.Time  // when the running interval stops; zero leaves it running
	Add     []Interval // new intervals: stopped ones, or one that runs
}

// ChangeTimer makes ch in one transaction: when the interval running is
// not the one ch expects (another window or the command line moved the
// timer), nothing changes. An interval stopped at the minute it started
// counted nothing and is removed.
func (s *Store) ChangeTimer(ctx context.Context, ch TimerChange, r Recount) (err error) {
	defer doing(&err, "changing the timer")
	return s.update(ctx, func(tx *sql.Tx) error {
		running, ok, err := queryRunning(ctx, tx)
		if err != nil {
			return err
		}
		if ok && running.ID != ch.Running || !ok && ch.Running != "" {
			return Errorf(EConflict, "the timer was changed meanwhile (in another window or from the command line): look at it again")
		}
		var e intervalEdit
		if !ch.StopAt.IsZero() {
			switch {
			case !ok:
				return Errorf(EInvalid, "no timer is running")
			case ch.StopAt.Before(running.Start):
				return Errorf(EInvalid, "the timer cannot stop (%s) before it started (%s)", stamp(ch.StopAt), stamp(running.Start))
			}
			e.remove = append(e.remove, running.ID)
			if ch.StopAt.After(running.Start) {
				running.End = ch.StopAt
				e.put = append(e.put, running)
			}
		}
		e.put = append(e.put, ch.Add...)
		return applyIntervals(ctx, tx, e, r)
	})
}

// SaveInterval stores iv in place of the interval with its ID, or adds it:
// a correction of its start, end, dimension or note, or an interval typed
// in afterwards. The days it spanned and spans follow.
func (s *Store) SaveInterval(ctx context.Context, iv Interval, r Recount) (err error) {
	defer doing(&err, "saving a timed interval")
	return s.update(ctx, func(tx *sql.Tx) error {
		return applyIntervals(ctx, tx, intervalEdit{remove: []string{iv.ID}, put: []Interval{iv}}, r)
	})
}

// DeleteInterval removes the interval with id, and its minutes from the
// days it spanned.
func (s *Store) DeleteInterval(ctx context.Context, id string, r Recount) (err error) {
	defer doing(&err, "deleting a timed interval")
	return s.update(ctx, func(tx *sql.Tx) error {
		if _, ok, err := queryInterval(ctx, tx, id); err != nil {
			return err
		} else if !ok {
			return Errorf(ENotFound, "there is no such timed interval (it may have been deleted elsewhere)")
		}
		return applyIntervals(ctx, tx, intervalEdit{remove: []string{id}}, r)
	})
}

// Running returns the interval that runs, and false when none does.
func (s *Store) Running(ctx context.Context) (_ Interval, _ bool, err error) {
	defer doing(&err, "reading the running timer")
	return queryRunning(ctx, s.db)
}

// Interval returns the interval with id, and false when there is none.
func (s *Store) Interval(ctx context.Context, id string) (_ Interval, _ bool, err error) {
	defer doing(&err, "reading a timed interval")
	return queryInterval(ctx, s.db, id)
}

// Intervals returns the intervals that overlap from..to (the running one
// when it started before to), by start.
func (s *Store) Intervals(ctx context.Context, from, to time.Time) (_ []Interval, err error) {
	defer doing(&err, "reading the timed intervals")
	return queryIntervals(ctx, s.db, "WHERE start < ? AND (end IS NULL OR end > ?) ORDER BY start", stamp(to), stamp(from))
}

// TimedParts returns the minutes stopped intervals count on the dates from
// from to to, by date and start.
func (s *Store) TimedParts(ctx context.Context, from, to Date) (_ []TimedPart, err error) {
	defer doing(&err, "reading the timed minutes")
	return queryParts(ctx, s.db, from, to)
}

// A TimerState is the timer and the days around it, read at one moment:
// what the limit of 1440 minutes a day and the Day planner's figures are
// worked out from.
type TimerState struct {
	Running  *Interval     // nil when no timer runs
	Days     []Day         // the stored days in the range, by date
	Imported []ImportedDay // the minutes imports set on them
}

// TimerState reads the running interval, and the days and imported
// minutes from from to to; when a timer runs, from the day before it
// started (in UTC: the local day may start earlier) on.
func (s *Store) TimerState(ctx context.Context, from, to Date) (_ TimerState, err error) {
	defer doing(&err, "reading the timer")
	var st TimerState
	err = s.snapshot(ctx, func(q queryer) error {
		iv, ok, err := queryRunning(ctx, q)
		if err != nil {
			return err
		}
		if ok {
			st.Running = &iv
			if d := DateOf(iv.Start.UTC()).AddDays(-1); d.Before(from) {
				from = d
			}
		}
		if st.Days, err = queryDays(ctx, q, from, to); err != nil {
			return err
		}
		st.Imported, err = queryImportedDays(ctx, q, from, to)
		return err
	})
	return st, err
}

// intervalEdit is a change to the interval rows: the IDs removed (with
// their minutes), then the intervals written.
type intervalEdit struct {
	remove []string
	put    []Interval
}

// applyIntervals makes e, then brings every day it touches in step: the
// minutes of the removed intervals leave their days, the new stopped ones
// are cut into days in r's location, and each day keeps its typed minutes
// and takes its new timed minutes (a day with imported events is settled
// again by r.Settle, so time both imported and timed counts once).
func applyIntervals(ctx context.Context, tx *sql.Tx, e intervalEdit, r Recount) error {
	known, err := dimensionIDs(ctx, tx)
	if err != nil {
		return err
	}
	ids := map[string]bool{}
	for _, iv := range e.put {
		if err := iv.Validate(); err != nil {
			return err
		}
		if !known[iv.DimensionID] {
			return Errorf(EInvalid, "the interval names a dimension that does not exist (id %d)", iv.DimensionID)
		}
		if ids[iv.ID] {
			return Errorf(EConflict, "the same interval is there twice")
		}
		ids[iv.ID] = true
	}
	dates := map[Date]bool{}
	for _, id := range e.remove {
		rows, err := tx.QueryContext(ctx, "SELECT date FROM timed_minutes WHERE interval_id = ?", id)
		if err != nil {
			return storeError(err)
		}
		for rows.Next() {
			var d string
			rows.Scan(&d)
			if date, err := ParseDate(d); err == nil {
				dates[date] = true
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return storeError(err)
		}
	}
	added := map[Date][]TimedPart{}
	for _, iv := range e.put {
		for _, p := range iv.Parts(r.location()) {
			added[p.Date] = append(added[p.Date], p)
			dates[p.Date] = true
		}
	}
	before := map[Date]Day{}
	for d := range dates {
		if before[d], err = queryDay(ctx, tx, d); err != nil {
			return err
		}
	}
	if err := writeIntervals(ctx, tx, e); err != nil {
		return err
	}
	order := make([]Date, 0, len(dates))
	for d := range dates {
		order = append(order, d)
	}
	sort.Slice(order, func(i, j int) bool { return order[i].Before(order[j]) })
	for _, d := range order {
		if err := recountDay(ctx, tx, known, before[d], added[d], r); err != nil {
			return err
		}
	}
	for _, d := range order {
		for _, p := range added[d] {
			if err := insertPart(ctx, tx, p); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeIntervals removes and writes the rows of e: stopped intervals
// before the running one.
func writeIntervals(ctx context.Context, tx *sql.Tx, e intervalEdit) error {
	for _, id := range e.remove {
		if _, err := tx.ExecContext(ctx, "DELETE FROM timed_interval WHERE id = ?", id); err != nil {
			return storeError(err)
		}
	}
	put := append([]Interval{}, e.put...)
	sort.SliceStable(put, func(i, j int) bool { return !put[i].Running() && put[j].Running() })
	for _, iv := range put {
		if err := insertInterval(ctx, tx, iv); err != nil {
			return err
		}
	}
	return nil
}

func insertInterval(ctx context.Context, tx *sql.Tx, iv Interval) error {
	var end any
	if !iv.Running() {
		end = stamp(iv.End)
	}
	_, err := tx.ExecContext(ctx, "INSERT INTO timed_interval (id, dimension_id, start, end, note) VALUES (?, ?, ?, ?, ?)",
		iv.ID, iv.DimensionID, stamp(iv.Start), end, iv.Note)
	switch {
	case err == nil:
		return nil
	case strings.Contains(err.Error(), "timed intervals overlap"):
		return Errorf(EConflict, "that time overlaps another timed interval: the same minute cannot be timed twice")
	case strings.Contains(err.Error(), "timed_interval_running"):
		return Errorf(EConflict, "a timer is already running: stop it first")
	case strings.Contains(err.Error(), "timed_interval.id"):
		return Errorf(EConflict, "an interval with that ID already exists")
	case isForeignKey(err):
		return Errorf(EInvalid, "the interval names a dimension that does not exist")
	}
	return storeError(err)
}

func insertPart(ctx context.Context, tx *sql.Tx, p TimedPart) error {
	_, err := tx.ExecContext(ctx, "INSERT INTO timed_minutes (interval_id, date, dimension_id, minutes) VALUES (?, ?, ?, ?)",
		p.IntervalID, p.Date.String(), p.DimensionID, p.Minutes)
	if err != nil && strings.Contains(err.Error(), "timed minutes over the actual minutes") {
		return Errorf(EInvalid, "%s: the timed minutes would be more than the actual minutes", p.Date)
	}
	return storeError(err)
}

// recountDay brings one day in step with the intervals as they now are:
// before is the day as it stood, added the parts of new intervals on it.
func recountDay(ctx context.Context, tx *sql.Tx, known map[int64]bool, before Day, added []TimedPart, r Recount) error {
	timed, err := timedOn(ctx, tx, before.Date)
	if err != nil {
		return err
	}
	for _, p := range added {
		timed[p.DimensionID] += p.Minutes
	}
	date := before.Date
	events, err := queryImportedEvents(ctx, tx, date, date)
	if err != nil {
		return err
	}
	day := before.Clone()
	if len(events) == 0 || r.Settle == nil {
		day.Actual = map[int64]int{}
		for id, m := range before.Actual {
			day.Actual[id] = m - before.Timed[id]
		}
		for id, m := range timed {
			day.Actual[id] += m
		}
	} else {
		state := ImportDay{Day: before, Imported: map[int64]int{}, Events: events, Timed: timed}
		if imported, err := queryImportedDays(ctx, tx, date, date); err != nil {
			return err
		} else if len(imported) == 1 {
			state.Imported = imported[0].Minutes
		}
		if state.Clock, err = clockOver(ctx, tx, events); err != nil {
			return err
		}
		actual, imported, err := r.Settle(state)
		if err != nil {
			return err
		}
		if err := saveImportedDay(ctx, tx, ImportedDay{Date: date, Minutes: imported}); err != nil {
			return err
		}
		day.Actual = actual
	}
	day.Timed = timed
	if t := day.ActualTotal(); t > MinutesPerDay {
		return Errorf(EInvalid, "%s would hold %s of actual time, more than the 24 hours (1440 minutes) in a day", date.Format("Mon 2 Jan 2006"), clock(t))
	}
	if err := writeDay(ctx, tx, known, day); err != nil {
		return Errorf(ErrorCode(err), "%s: %s", date.Format("Mon 2 Jan 2006"), ErrorMessage(err))
	}
	return nil
}
