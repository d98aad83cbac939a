package data

import (
	"context"
	"database/sql"
	"strings"
)

// Contents is everything of the person's in a database, in one piece: what
// export writes and import reads. Days refer to dimensions by their ID.
// Each feature that adds data adds it here, so export and import carry it.
type Contents struct {
	Dimensions     []Dimension // in order
	Days           []Day       // by date
	Targets        []Target    // by date
	Focus          []Focus     // by date
	Values         []Value     // personal first, each kind by rank
	Ratings        []Rating
	Snapshots      []Snapshot // by date
	Prompts        []Prompt   // in order; none means the default prompts
	Reflections    []Reflection
	Contexts       []ValueContext // in order
	Contradictions []Contradiction
	Decisions      []Decision      // by date
	Sessions       []Session       // by date, with their actions
	ImportRules    *ImportRules    // nil: the starter rules
	ImportedEvents []ImportedEvent // by date and start
	ImportedDays   []ImportedDay   // by date
	Intervals      []Interval      // by start, the running one included
	TimedParts     []TimedPart     // the minutes of each stopped interval on each date it spans
	IdealWeeks     []IdealWeek     // by date
	Reviews        []Review        // by week
}

// Contents reads everything, as one consistent snapshot.
func (s *Store) Contents(ctx context.Context) (_ Contents, err error) {
	defer doing(&err, "reading everything in the database")
	var c Contents
	err = s.snapshot(ctx, func(q queryer) error {
		var err error
		if c.Dimensions, err = queryDimensions(ctx, q); err != nil {
			return err
		}
		if c.Days, err = queryDays(ctx, q, MinDate, MaxDate); err != nil {
			return err
		}
		if c.Targets, err = queryTargets(ctx, q); err != nil {
			return err
		}
		if c.Focus, err = queryFocus(ctx, q); err != nil {
			return err
		}
		if c.Values, err = queryValues(ctx, q); err != nil {
			return err
		}
		if c.Ratings, err = queryRatings(ctx, q); err != nil {
			return err
		}
		if c.Snapshots, err = querySnapshots(ctx, q); err != nil {
			return err
		}
		if c.Prompts, err = queryPrompts(ctx, q); err != nil {
			return err
		}
		if c.Reflections, err = queryReflections(ctx, q, "ORDER BY date, id"); err != nil {
			return err
		}
		if c.Contexts, err = queryContexts(ctx, q); err != nil {
			return err
		}
		if c.Contradictions, err = queryContradictions(ctx, q); err != nil {
			return err
		}
		if c.Decisions, err = queryDecisions(ctx, q, "ORDER BY date, id"); err != nil {
			return err
		}
		if c.Sessions, err = querySessions(ctx, q); err != nil {
			return err
		}
		rules, err := queryImportRules(ctx, q)
		if err != nil {
			return err
		}
		c.ImportRules = &rules
		if c.ImportedEvents, err = queryImportedEvents(ctx, q, MinDate, MaxDate); err != nil {
			return err
		}
		if c.ImportedDays, err = queryImportedDays(ctx, q, MinDate, MaxDate); err != nil {
			return err
		}
		if c.Intervals, err = queryIntervals(ctx, q, "ORDER BY start"); err != nil {
			return err
		}
		if c.TimedParts, err = queryParts(ctx, q, MinDate, MaxDate); err != nil {
			return err
		}
		if c.IdealWeeks, err = queryIdealWeeks(ctx, q); err != nil {
			return err
		}
		c.Reviews, err = queryReviews(ctx, q, "ORDER BY week_from")
		return err
	})
	return c, err
}

// Replace makes the database hold c and nothing else, in one transaction:
// on any error it is left as it was.
func (s *Store) Replace(ctx context.Context, c Contents) (err error) {
	defer doing(&err, "replacing everything in the database")
	for i := range c.Dimensions {
		c.Dimensions[i].Normalize()
	}
	if err := c.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		for _, table := range personTables {
			if _, err := tx.ExecContext(ctx, "DELETE FROM "+table); err != nil {
				return storeError(err)
			}
		}
		for _, d := range c.Dimensions {
			if err := insertDimension(ctx, tx, &d); err != nil {
				return err
			}
		}
		known, err := dimensionIDs(ctx, tx)
		if err != nil {
			return err
		}
		for _, day := range c.Days {
			if err := writeDay(ctx, tx, known, day); err != nil { // timed minutes included, as c says
				return err
			}
		}
		for _, t := range c.Targets {
			if err := saveTarget(ctx, tx, known, t); err != nil {
				return err
			}
		}
		for _, f := range c.Focus {
			if err := setFocus(ctx, tx, known, f); err != nil {
				return err
			}
		}
		if err := replaceValues(ctx, tx, c); err != nil {
			return err
		}
		for _, d := range c.Decisions {
			d.Normalize()
			if err := saveDecision(ctx, tx, &d); err != nil {
				return err
			}
		}
		for _, s := range c.Sessions {
			s.Normalize()
			s.Actions = append([]Action{}, s.Actions...)
			if err := saveSession(ctx, tx, &s); err != nil {
				return err
			}
		}
		if err := replaceImports(ctx, tx, c); err != nil {
			return err
		}
		if err := replaceIntervals(ctx, tx, c); err != nil {
			return err
		}
		return replaceWeek(ctx, tx, known, c)
	})
}

// replaceImports inserts the import rules (the starter rules when c has
// none) and what imports remember (the tables are empty).
func replaceImports(ctx context.Context, tx *sql.Tx, c Contents) error {
	rules := StarterRules(c.Dimensions)
	if c.ImportRules != nil {
		rules = *c.ImportRules
		rules.Normalize()
	}
	if err := saveImportRules(ctx, tx, rules); err != nil {
		return err
	}
	for _, e := range c.ImportedEvents {
		if err := insertImportedEvent(ctx, tx, e); err != nil {
			return err
		}
	}
	for _, d := range c.ImportedDays {
		if err := saveImportedDay(ctx, tx, d); err != nil {
			return err
		}
	}
	return nil
}

// personTables are every table of the person's data, in an order that
// deletes what refers to a row before the row.
var personTables = []string{
	"weekly_review_action", "weekly_review_answer", "weekly_review", "ideal_week_minutes", "ideal_week",
	"timed_minutes", "timed_interval",
	"imported_minutes", "imported_event", "import_settings", "tracker_mapping", "import_rule",
	"action", "session",
	"decision_value", "decision",
	"contradiction", "context", "reflection", "prompt", "alignment_snapshot", "alignment", "value",
	"entry", "day", "target", "focus", "dimension",
}

// replaceValues inserts the values, their alignment, the reflections and
// the value contexts of c (the tables are empty); without prompts in c, the
// default prompts.
func replaceValues(ctx context.Context, tx *sql.Tx, c Contents) error {
	for _, v := range c.Values {
		v.Normalize()
		if err := insertValue(ctx, tx, &v); err != nil {
			return err
		}
	}
	for _, r := range c.Ratings {
		if _, err := tx.ExecContext(ctx, "INSERT INTO alignment (personal_id, organisational_id, rating) VALUES (?, ?, ?)", r.PersonalID, r.OrganisationalID, r.Rating); err != nil {
			return storeError(err)
		}
	}
	for _, sn := range c.Snapshots {
		if err := saveSnapshot(ctx, tx, sn); err != nil {
			return err
		}
	}
	prompts := c.Prompts
	if len(prompts) == 0 {
		for i, text := range DefaultPrompts {
			prompts = append(prompts, Prompt{Text: text, Builtin: true, Position: i + 1})
		}
	}
	for _, p := range prompts {
		if err := insertPrompt(ctx, tx, &p); err != nil {
			return err
		}
	}
	for _, r := range c.Reflections {
		r.Answer = strings.TrimSpace(r.Answer)
		if err := insertReflection(ctx, tx, &r); err != nil {
			return err
		}
	}
	// Parents may come after their children: insert, then link.
	for _, x := range c.Contexts {
		x.ParentID = 0
		if err := insertContext(ctx, tx, &x); err != nil {
			return err
		}
	}
	for _, x := range c.Contexts {
		if x.ParentID == 0 {
			continue
		}
		if _, err := tx.ExecContext(ctx, "UPDATE context SET parent_id = ? WHERE id = ?", x.ParentID, x.ID); err != nil {
			return storeError(err)
		}
	}
	for _, x := range c.Contradictions {
		if err := insertContradiction(ctx, tx, x.Pair()); err != nil {
			return err
		}
	}
	return nil
}

// snapshot runs fn on one connection inside a read transaction, so every
// query sees the same state of the file.
func (s *Store) snapshot(ctx context.Context, fn func(q queryer) error) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return storeError(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN DEFERRED"); err != nil {
		return storeError(err)
	}
	defer conn.ExecContext(context.Background(), "ROLLBACK")
	return fn(conn)
}

// Days returns the stored days from from to to, both included, by date.
// Dates with nothing recorded are not in the list.
func (s *Store) Days(ctx context.Context, from, to Date) (_ []Day, err error) {
	defer doing(&err, "reading the days from %s to %s", from, to)
	return queryDays(ctx, s.db, from, to)
}

// queryDays reads the days between from and to, by date.
func queryDays(ctx context.Context, q queryer, from, to Date) ([]Day, error) {
	rows, err := q.QueryContext(ctx, `SELECT d.date, d.note, e.dimension_id, e.planned, e.actual, `+timedOfEntry+`
		FROM day d LEFT JOIN entry e ON e.date = d.date
		WHERE d.date BETWEEN ? AND ? ORDER BY d.date, e.dimension_id`, from.String(), to.String())
	if err != nil {
		return nil, scanErr("days", err)
	}
	defer rows.Close()
	var days []Day
	for rows.Next() {
		var date, note string
		var id, planned, actual, timed sql.NullInt64
		if err := rows.Scan(&date, &note, &id, &planned, &actual, &timed); err != nil {
			return nil, scanErr("days", err)
		}
		if n := len(days); n == 0 || days[n-1].Date.String() != date {
			d, err := ParseDate(date)
			if err != nil {
				return nil, Errorf(ECorrupt, "a stored date is damaged: %q", date)
			}
			day := NewDay(d)
			day.Note = note
			days = append(days, day)
		}
		if id.Valid {
			days[len(days)-1].put(id.Int64, int(planned.Int64), int(actual.Int64), int(timed.Int64))
		}
	}
	return days, scanErr("days", rows.Err())
}
