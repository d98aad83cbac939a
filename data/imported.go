package data

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"time"
	"unicode/utf8"
)

// An ImportedEvent is the part, on one day, of a calendar event or a time
// entry that an import counted: remembered by UID and occurrence so that
// importing it again replaces it rather than counting it twice.
type ImportedEvent struct {
	Source      string // the calendar or the time tracker it came from
	UID         string
	Occurrence  string // which occurrence of a repeating event; "" for a single one
	Date        Date
	Start, End  time.Time // the part of the event on Date
	Title       string
	DimensionID int64
}

// An ImportedDay holds the actual minutes by dimension that the last
// import set on a date. Actual minutes that differ were typed by hand.
type ImportedDay struct {
	Date    Date
	Minutes map[int64]int
}

// Limits on what an import remembers.
const (
	MaxImportSource = 200
	MaxImportUID    = 1000
	MaxImportTitle  = 500
	MaxImportDays   = 3660 // a range of ten years at most
)

// key identifies an event's part: the same UID and occurrence on the same
// date is the same part, whichever file it came from.
func (e ImportedEvent) key() [3]string { return [3]string{e.UID, e.Occurrence, e.Date.String()} }

// Before reports whether e comes before f in the order the database
// lists events: by date, start, UID and occurrence.
func (e ImportedEvent) Before(f ImportedEvent) bool {
	switch {
	case e.Date != f.Date:
		return e.Date.Before(f.Date)
	case !e.Start.Equal(f.Start):
		return e.Start.Before(f.Start)
	case e.UID != f.UID:
		return e.UID < f.UID
	}
	return e.Occurrence < f.Occurrence
}

// Validate reports what is wrong with the event, as a sentence.
func (e ImportedEvent) Validate() error {
	switch {
	case strings.TrimSpace(e.Source) == "" || utf8.RuneCountInString(e.Source) > MaxImportSource:
		return Errorf(EInvalid, "its source is missing or longer than %d characters", MaxImportSource)
	case e.UID == "" || utf8.RuneCountInString(e.UID) > MaxImportUID:
		return Errorf(EInvalid, "its UID is missing or longer than %d characters", MaxImportUID)
	case utf8.RuneCountInString(e.Occurrence) > MaxImportUID:
		return Errorf(EInvalid, "its occurrence is longer than %d characters", MaxImportUID)
	case utf8.RuneCountInString(e.Title) > MaxImportTitle:
		return Errorf(EInvalid, "its title is longer than %d characters", MaxImportTitle)
	case e.Start.IsZero() || !e.End.After(e.Start):
		return Errorf(EInvalid, "it ends before it starts")
	case e.End.Sub(e.Start) > 25*time.Hour:
		return Errorf(EInvalid, "it lasts more than a day: split it per day")
	case e.DimensionID == 0:
		return Errorf(EInvalid, "it names no dimension")
	}
	return e.Date.Validate()
}

// Validate reports what is wrong with the imported minutes of a day.
func (d ImportedDay) Validate() error {
	if err := d.Date.Validate(); err != nil {
		return err
	}
	switch total, over, negative := budget(d.Minutes); {
	case negative:
		return Errorf(EInvalid, "imported minutes cannot be negative")
	case over:
		return Errorf(EInvalid, "imported minutes add up to %s, more than the %d in a day", total, MinutesPerDay)
	}
	return nil
}

// An ImportBatch is what one import of a file brings: every part of the
// events it counts between From and To, all from Source.
type ImportBatch struct {
	Source   string
	From, To Date
	Events   []ImportedEvent
}

// Validate reports what is wrong with the batch: its range, or an event.
func (b ImportBatch) Validate() error {
	if err := b.From.Validate(); err != nil {
		return Errorf(EInvalid, "From: %s", ErrorMessage(err))
	}
	if err := b.To.Validate(); err != nil {
		return Errorf(EInvalid, "To: %s", ErrorMessage(err))
	}
	switch {
	case b.To.Before(b.From):
		return Errorf(EInvalid, "the range ends (%s) before it starts (%s)", b.To, b.From)
	case b.To.DaysSince(b.From) >= MaxImportDays:
		return Errorf(EInvalid, "import at most %d days at a time", MaxImportDays)
	case strings.TrimSpace(b.Source) == "":
		return Errorf(EInvalid, "the import names no source")
	}
	for i, e := range b.Events {
		if e.Source != b.Source {
			return Errorf(EInvalid, "event %d (%s) comes from another source", i+1, e.Title)
		}
		if err := e.Validate(); err != nil {
			return Errorf(EInvalid, "event %d (%s): %s", i+1, e.Title, ErrorMessage(err))
		}
		if e.Date.Before(b.From) || e.Date.After(b.To) {
			return Errorf(EInvalid, "event %d (%s) is on %s, outside the range", i+1, e.Title, e.Date)
		}
	}
	return nil
}

// An ImportDay is a date an import changes, as it would stand once the
// batch is remembered: the day as stored, the minutes the last import set,
// and every event remembered on it (of this batch and of earlier imports of
// other sources), by start. Timed and Clock say what the timer counted on
// it: an event's time under a timed interval is not counted again.
type ImportDay struct {
	Day      Day
	Imported map[int64]int
	Events   []ImportedEvent
	Timed    map[int64]int // the day's timed minutes once the change is made (Day.Timed: as they were)
	Clock    []Interval    // the stopped intervals that overlap the events
}

// ImportState returns the dates batch would change, without changing
// anything: a preview reads it.
func (s *Store) ImportState(ctx context.Context, b ImportBatch) (_ []ImportDay, err error) {
	defer doing(&err, "reading what was imported before")
	if err := b.Validate(); err != nil {
		return nil, err
	}
	var days []ImportDay
	err = s.snapshot(ctx, func(q queryer) error {
		var err error
		days, err = importState(ctx, q, b)
		return err
	})
	return days, err
}

// ApplyImport remembers the batch and sets the actual minutes of every date
// it changes, in one transaction. The events remembered from the batch's
// source between From and To are forgotten first (an event deleted from the
// calendar since the last import no longer counts), and so is any earlier
// part of an event of the batch, whichever file it came from. For each
// date, settle gets the day as it stands and returns its new actual
// minutes and the part of them the import set. If settle or any write
// fails, nothing changes.
func (s *Store) ApplyImport(ctx context.Context, b ImportBatch, settle func(ImportDay) (actual, imported map[int64]int, err error)) (err error) {
	defer doing(&err, "setting actual minutes from an import")
	if err := b.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		days, err := importState(ctx, tx, b)
		if err != nil {
			return err
		}
		if err := rememberBatch(ctx, tx, b); err != nil {
			return err
		}
		known, err := dimensionIDs(ctx, tx)
		if err != nil {
			return err
		}
		for _, d := range days {
			actual, imported, err := settle(d)
			if err != nil {
				return err
			}
			day := d.Day.Clone()
			day.Actual = actual
			if err := saveDay(ctx, tx, known, day); err != nil {
				return Errorf(ErrorCode(err), "%s: %s", day.Date, ErrorMessage(err))
			}
			for id, m := range imported {
				if m > actual[id] {
					return Errorf(EInvalid, "%s: the import would set more minutes than the day holds", day.Date)
				}
			}
			if err := saveImportedDay(ctx, tx, ImportedDay{Date: day.Date, Minutes: imported}); err != nil {
				return err
			}
		}
		return nil
	})
}

// importState reads what the batch's dates hold and merges the batch into
// what is remembered of them.
func importState(ctx context.Context, q queryer, b ImportBatch) ([]ImportDay, error) {
	remembered, err := queryImportedEvents(ctx, q, b.From, b.To)
	if err != nil {
		return nil, err
	}
	replaced := map[[2]string]bool{}
	for _, e := range b.Events {
		replaced[[2]string{e.UID, e.Occurrence}] = true
	}
	parts := map[[3]string]ImportedEvent{}
	for _, e := range remembered {
		if e.Source != b.Source && !replaced[[2]string{e.UID, e.Occurrence}] {
			parts[e.key()] = e
		}
	}
	for _, e := range b.Events {
		parts[e.key()] = e // the last of a part given twice wins, as it does when stored
	}
	byDate := map[Date]*ImportDay{}
	at := func(d Date) *ImportDay {
		if byDate[d] == nil {
			byDate[d] = &ImportDay{Day: NewDay(d), Imported: map[int64]int{}}
		}
		return byDate[d]
	}
	for _, e := range parts {
		day := at(e.Date)
		day.Events = append(day.Events, e)
	}
	imported, err := queryImportedDays(ctx, q, b.From, b.To)
	if err != nil {
		return nil, err
	}
	for _, d := range imported {
		at(d.Date).Imported = d.Minutes
	}
	stored, err := queryDays(ctx, q, b.From, b.To)
	if err != nil {
		return nil, err
	}
	for _, d := range stored {
		if day, ok := byDate[d.Date]; ok {
			day.Day = d
		}
	}
	out := make([]ImportDay, 0, len(byDate))
	for _, d := range byDate {
		sort.Slice(d.Events, func(i, j int) bool { return d.Events[i].Before(d.Events[j]) })
		d.Timed = d.Day.Timed
		if d.Clock, err = clockOver(ctx, q, d.Events); err != nil {
			return nil, err
		}
		out = append(out, *d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Day.Date.Before(out[j].Day.Date) })
	return out, nil
}

// rememberBatch forgets what the batch replaces and remembers its events.
func rememberBatch(ctx context.Context, tx *sql.Tx, b ImportBatch) error {
	from, to := b.From.String(), b.To.String()
	if _, err := tx.ExecContext(ctx, "DELETE FROM imported_event WHERE source = ? AND date BETWEEN ? AND ?", b.Source, from, to); err != nil {
		return storeError(err)
	}
	forget, err := tx.PrepareContext(ctx, "DELETE FROM imported_event WHERE uid = ? AND occurrence = ? AND date BETWEEN ? AND ?")
	if err != nil {
		return storeError(err)
	}
	defer forget.Close()
	done := map[[2]string]bool{}
	for _, e := range b.Events {
		if k := [2]string{e.UID, e.Occurrence}; !done[k] {
			done[k] = true
			if _, err := forget.ExecContext(ctx, e.UID, e.Occurrence, from, to); err != nil {
				return storeError(err)
			}
		}
	}
	for _, e := range b.Events {
		if err := insertImportedEvent(ctx, tx, e); err != nil {
			return err
		}
	}
	return nil
}

// stamp writes an instant the way the memory stores it: RFC 3339 in UTC.
func stamp(t time.Time) string { return t.UTC().Format(time.RFC3339) }

func insertImportedEvent(ctx context.Context, tx *sql.Tx, e ImportedEvent) error {
	_, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO imported_event (uid, occurrence, date, source, start, end, title, dimension_id)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, e.UID, e.Occurrence, e.Date.String(), e.Source, stamp(e.Start), stamp(e.End), e.Title, e.DimensionID)
	if isForeignKey(err) {
		return Errorf(EInvalid, "the event “%s” names a dimension that does not exist", e.Title)
	}
	return storeError(err)
}

// saveImportedDay replaces the imported minutes of a date.
func saveImportedDay(ctx context.Context, tx *sql.Tx, d ImportedDay) error {
	if _, err := tx.ExecContext(ctx, "DELETE FROM imported_minutes WHERE date = ?", d.Date.String()); err != nil {
		return storeError(err)
	}
	for id, m := range d.Minutes {
		if m == 0 {
			continue
		}
		_, err := tx.ExecContext(ctx, "INSERT INTO imported_minutes (date, dimension_id, minutes) VALUES (?, ?, ?)", d.Date.String(), id, m)
		if isForeignKey(err) {
			return Errorf(EInvalid, "%s: the imported minutes name a dimension that does not exist", d.Date)
		} else if err != nil {
			return storeError(err)
		}
	}
	return nil
}

// queryImportedEvents reads what is remembered between from and to, by
// date and start.
func queryImportedEvents(ctx context.Context, q queryer, from, to Date) ([]ImportedEvent, error) {
	rows, err := q.QueryContext(ctx, `SELECT uid, occurrence, date, source, start, end, title, dimension_id
		FROM imported_event WHERE date BETWEEN ? AND ? ORDER BY date, start, uid, occurrence`, from.String(), to.String())
	if err != nil {
		return nil, scanErr("the imported events", err)
	}
	defer rows.Close()
	var out []ImportedEvent
	for rows.Next() {
		var e ImportedEvent
		var date, start, end string
		if err := rows.Scan(&e.UID, &e.Occurrence, &date, &e.Source, &start, &end, &e.Title, &e.DimensionID); err != nil {
			return nil, scanErr("the imported events", err)
		}
		var errs [3]error
		e.Date, errs[0] = ParseDate(date)
		e.Start, errs[1] = time.Parse(time.RFC3339, start)
		e.End, errs[2] = time.Parse(time.RFC3339, end)
		for _, err := range errs {
			if err != nil {
				return nil, Errorf(ECorrupt, "a remembered event is damaged: %q on %q", e.Title, date)
			}
		}
		out = append(out, e)
	}
	return out, scanErr("the imported events", rows.Err())
}

// queryImportedDays reads the minutes imports set between from and to, by date.
func queryImportedDays(ctx context.Context, q queryer, from, to Date) ([]ImportedDay, error) {
	dates, minutes, err := minutesByDate(ctx, q, "imported minutes", `SELECT date, dimension_id, minutes FROM imported_minutes
		WHERE date BETWEEN ? AND ? ORDER BY date, dimension_id`, from.String(), to.String())
	if err != nil || len(dates) == 0 {
		return nil, err
	}
	out := make([]ImportedDay, len(dates))
	for i := range dates {
		out[i] = ImportedDay{Date: dates[i], Minutes: minutes[i]}
	}
	return out, nil
}
