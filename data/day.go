package data

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"maps"
	"math/big"
	"unicode/utf8"
)

// MinutesPerDay is every day's budget.
const MinutesPerDay = 1440

// MaxNote is the longest note a day may hold, in characters.
const MaxNote = 10000

// A Day holds, for one date, the planned and actual minutes per dimension
// and a note. What is left of 1440 is unallocated: derived, never stored.
// Timed is the part of the actual minutes that stopped timer intervals
// counted; the rest was typed (or imported). See docs/timer.md.
type Day struct {
	Date    Date
	Note    string
	Planned map[int64]int // minutes by dimension ID
	Actual  map[int64]int // minutes by dimension ID, timed ones included
	Timed   map[int64]int // the part of Actual that was timed, by dimension ID
}

// NewDay returns an empty day for date.
func NewDay(date Date) Day {
	return Day{Date: date, Planned: map[int64]int{}, Actual: map[int64]int{}, Timed: map[int64]int{}}
}

// PlannedTotal returns the planned minutes over all dimensions.
func (d Day) PlannedTotal() int { return sum(d.Planned) }

// ActualTotal returns the actual minutes over all dimensions.
func (d Day) ActualTotal() int { return sum(d.Actual) }

// IsEmpty reports whether the day holds neither minutes nor a note.
func (d Day) IsEmpty() bool {
	return d.Note == "" && d.PlannedTotal() == 0 && d.ActualTotal() == 0
}

// Clone returns a copy that shares no maps with d.
func (d Day) Clone() Day {
	c := Day{Date: d.Date, Note: d.Note, Planned: maps.Clone(d.Planned), Actual: maps.Clone(d.Actual), Timed: maps.Clone(d.Timed)}
	if c.Planned == nil {
		c.Planned = map[int64]int{}
	}
	if c.Actual == nil {
		c.Actual = map[int64]int{}
	}
	if c.Timed == nil {
		c.Timed = map[int64]int{}
	}
	return c
}

// Equal reports whether d and e hold the same date, note and minutes.
func (d Day) Equal(e Day) bool {
	return d.Date == e.Date && d.Note == e.Note && sameMinutes(d.Planned, e.Planned) && sameMinutes(d.Actual, e.Actual) && sameMinutes(d.Timed, e.Timed)
}

// Typed returns the actual minutes of a dimension that were not timed.
func (d Day) Typed(id int64) int { return d.Actual[id] - d.Timed[id] }

// sameMinutes compares minutes by dimension, a missing dimension being zero.
func sameMinutes(a, b map[int64]int) bool {
	for id, m := range a {
		if b[id] != m {
			return false
		}
	}
	for id, m := range b {
		if a[id] != m {
			return false
		}
	}
	return true
}

// addUp adds minutes up exactly, however large they are, so that huge ones
// never wrap round to a small sum (four of 2^62 make 0 in an int); over
// says whether they come to more than a day.
func addUp(minutes map[int64]int) (total string, over bool) {
	t := new(big.Int)
	for _, m := range minutes {
		t.Add(t, big.NewInt(int64(m)))
	}
	return t.String(), t.Cmp(big.NewInt(MinutesPerDay)) > 0
}

func sum(m map[int64]int) int {
	t := 0
	for _, v := range m {
		t += v
	}
	return t
}

// Validate reports the first rule the day breaks: its date, a note too long,
// negative minutes, or more than 1440 minutes planned or actual.
func (d Day) Validate() error {
	if err := d.Date.Validate(); err != nil {
		return err
	}
	if n := utf8.RuneCountInString(d.Note); n > MaxNote {
		return Errorf(EInvalid, "the note is too long: %d characters, at most %d", n, MaxNote)
	}
	for _, side := range []struct {
		name    string
		minutes map[int64]int
	}{{"planned", d.Planned}, {"actual", d.Actual}} {
		for _, m := range side.minutes {
			if m < 0 {
				return Errorf(EInvalid, "%s minutes cannot be negative", side.name)
			}
		}
		if t, over := addUp(side.minutes); over {
			return Errorf(EInvalid, "%s minutes add up to %s, more than the %d in a day", side.name, t, MinutesPerDay)
		}
	}
	for id, m := range d.Timed {
		if m < 0 {
			return Errorf(EInvalid, "timed minutes cannot be negative")
		}
		if m > d.Actual[id] {
			return Errorf(EInvalid, "%s of the actual time were timed, but the actual minutes say %s: the actual time of a dimension cannot be less than what was timed (correct or delete the timed intervals instead)", clock(m), clock(d.Actual[id]))
		}
	}
	return nil
}

// clock writes minutes as 2h 10m, for a sentence.
func clock(minutes int) string {
	h, m := minutes/60, minutes%60
	switch {
	case h == 0:
		return fmt.Sprintf("%dm", m)
	case m == 0:
		return fmt.Sprintf("%dh", h)
	}
	return fmt.Sprintf("%dh %02dm", h, m)
}

// Day returns the day at date; a day with nothing recorded is empty, not an error.
func (s *Store) Day(ctx context.Context, date Date) (_ Day, err error) {
	defer doing(&err, "reading the day of %s", date)
	if err := date.Validate(); err != nil {
		return Day{}, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT d.note, e.dimension_id, e.planned, e.actual, `+timedOfEntry+`
		FROM day d LEFT JOIN entry e ON e.date = d.date WHERE d.date = ?`, date.String())
	if err != nil {
		return Day{}, scanErr("a day", err)
	}
	defer rows.Close()
	day := NewDay(date)
	for rows.Next() {
		var id sql.NullInt64
		var planned, actual, timed sql.NullInt64
		if err := rows.Scan(&day.Note, &id, &planned, &actual, &timed); err != nil {
			return Day{}, scanErr("a day", err)
		}
		if id.Valid {
			day.put(id.Int64, int(planned.Int64), int(actual.Int64), int(timed.Int64))
		}
	}
	return day, scanErr("a day", rows.Err())
}

// timedOfEntry is the SQL for the timed minutes of the entry e.
const timedOfEntry = `(SELECT sum(t.minutes) FROM timed_minutes t WHERE t.date = e.date AND t.dimension_id = e.dimension_id)`

// put records non-zero minutes of one dimension.
func (d *Day) put(id int64, planned, actual, timed int) {
	if planned != 0 {
		d.Planned[id] = planned
	}
	if actual != 0 {
		d.Actual[id] = actual
	}
	if timed != 0 {
		d.Timed[id] = timed
	}
}

// PlanBefore returns the latest day before date that has a plan, and false
// when there is none.
func (s *Store) PlanBefore(ctx context.Context, date Date) (_ Day, _ bool, err error) {
	defer doing(&err, "looking for the plan before %s", date)
	var found string
	err = s.db.QueryRowContext(ctx, `SELECT date FROM entry WHERE date < ? AND planned > 0
		ORDER BY date DESC LIMIT 1`, date.String()).Scan(&found)
	if errors.Is(err, sql.ErrNoRows) {
		return Day{}, false, nil
	} else if err != nil {
		return Day{}, false, scanErr("an earlier plan", err)
	}
	d, err := ParseDate(found)
	if err != nil {
		return Day{}, false, err
	}
	day, err := s.Day(ctx, d)
	return day, err == nil, err
}

// SaveDay replaces what is stored for the day's date with day. An empty day
// removes the date.
func (s *Store) SaveDay(ctx context.Context, day Day) (err error) {
	defer doing(&err, "saving the day of %s", day.Date)
	return s.SaveDays(ctx, []Day{day})
}

// SaveDays saves several days in one transaction: all of them or none.
func (s *Store) SaveDays(ctx context.Context, days []Day) (err error) {
	defer doing(&err, "saving the days")
	return s.update(ctx, func(tx *sql.Tx) error {
		known, err := dimensionIDs(ctx, tx)
		if err != nil {
			return err
		}
		for _, day := range days {
			if err := saveDay(ctx, tx, known, day); err != nil {
				return err
			}
		}
		return nil
	})
}

func dimensionIDs(ctx context.Context, tx *sql.Tx) (map[int64]bool, error) {
	rows, err := tx.QueryContext(ctx, "SELECT id FROM dimension")
	if err != nil {
		return nil, storeError(err)
	}
	defer rows.Close()
	ids := map[int64]bool{}
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, storeError(err)
		}
		ids[id] = true
	}
	return ids, storeError(rows.Err())
}

// saveDay stores day in place of what the date holds. The timed minutes
// stay as the intervals made them: the typed part of each dimension's
// actual minutes (Actual less Timed, as the caller read them) is kept, and
// the timed minutes stored now are added to it, so a timer stopped since
// the caller read the day is neither lost nor counted twice.
func saveDay(ctx context.Context, tx *sql.Tx, known map[int64]bool, day Day) error {
	if err := day.Validate(); err != nil {
		return err
	}
	stored, err := timedOn(ctx, tx, day.Date)
	if err != nil {
		return err
	}
	actual := map[int64]int{}
	for id, m := range day.Actual {
		if typed := m - day.Timed[id]; typed > 0 {
			actual[id] = typed
		}
	}
	for id, m := range stored {
		actual[id] += m
	}
	if t := sum(actual); t > MinutesPerDay { // the timer counted more since the day was read
		return Errorf(EInvalid, "actual minutes add up to %d with what the timer counted since, more than the %d in a day", t, MinutesPerDay)
	}
	day.Actual, day.Timed = actual, stored
	return writeDay(ctx, tx, known, day)
}

// writeDay replaces what is stored for the day's date with day, its actual
// minutes as they are (timed ones included). An empty day removes the date.
func writeDay(ctx context.Context, tx *sql.Tx, known map[int64]bool, day Day) error {
	if err := day.Validate(); err != nil {
		return err
	}
	for _, m := range []map[int64]int{day.Planned, day.Actual} {
		for id := range m {
			if !known[id] {
				return Errorf(EInvalid, "%s names a dimension that does not exist (id %d)", day.Date, id)
			}
		}
	}
	date := day.Date.String()
	if _, err := tx.ExecContext(ctx, "DELETE FROM day WHERE date = ?", date); err != nil {
		return storeError(err)
	}
	if day.IsEmpty() {
		return nil
	}
	if _, err := tx.ExecContext(ctx, "INSERT INTO day (date, note) VALUES (?, ?)", date, day.Note); err != nil {
		return storeError(err)
	}
	stmt, err := tx.PrepareContext(ctx, "INSERT INTO entry (date, dimension_id, planned, actual) VALUES (?, ?, ?, ?)")
	if err != nil {
		return storeError(err)
	}
	defer stmt.Close()
	for id := range known {
		p, a := day.Planned[id], day.Actual[id]
		if p == 0 && a == 0 {
			continue
		}
		if _, err := stmt.ExecContext(ctx, date, id, p, a); err != nil {
			return storeError(err)
		}
	}
	return nil
}

// IsEmpty reports whether the database holds nothing of the person's: no
// row in any of their tables but the default dimensions, prompts and
// import rules, as they were created.
func (s *Store) IsEmpty(ctx context.Context) (_ bool, err error) {
	defer doing(&err, "looking whether the database holds anything")
	for _, table := range personTables {
		if table == "dimension" || table == "prompt" || table == "import_rule" || table == "import_settings" {
			continue
		}
		var n int
		if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM (SELECT 1 FROM "+table+" LIMIT 1)").Scan(&n); err != nil || n > 0 {
			return false, scanErr("the database", err)
		}
	}
	dims, err := s.Dimensions(ctx)
	if err != nil || !isDefault(dims) {
		return false, err
	}
	prompts, err := s.Prompts(ctx)
	if err != nil || !defaultPrompts(prompts) {
		return false, err
	}
	rules, err := s.ImportRules(ctx)
	return err == nil && rules.Equal(StarterRules(dims)), err
}
