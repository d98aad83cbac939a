package data

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"
)

// A Session is a coaching session, held or planned, with the action items
// agreed in it.
type Session struct {
	ID        int64
	Date      Date
	Coach     string
	Agenda    string
	Notes     string // private: never in the brief
	Questions string // for the coach, written before the session
	Actions   []Action
}

// An Action is an item to do, agreed in a session: open until done.
type Action struct {
	ID   int64
	Text string
	Due  Date // zero: no due date
	Done Date // zero: still open
}

// Limits on sessions.
const (
	MaxCoach       = 100
	MaxSessionText = 20000
	MaxAction      = 500
)

// Normalize trims the session's texts.
func (s *Session) Normalize() {
	for _, t := range []*string{&s.Coach, &s.Agenda, &s.Notes, &s.Questions} {
		*t = strings.TrimSpace(*t)
	}
	for i := range s.Actions {
		s.Actions[i].Text = strings.TrimSpace(s.Actions[i].Text)
	}
}

// Validate reports the first rule the session breaks, naming the field.
func (s Session) Validate() error {
	if s.Date.IsZero() {
		return Errorf(EInvalid, "Date: a session needs its date")
	}
	if err := s.Date.Validate(); err != nil {
		return Errorf(EInvalid, "Date: %s", ErrorMessage(err))
	}
	if utf8.RuneCountInString(s.Coach) > MaxCoach {
		return Errorf(EInvalid, "Coach: at most %d characters", MaxCoach)
	}
	for _, f := range []struct{ name, text string }{{"Agenda", s.Agenda}, {"Notes", s.Notes}, {"Questions", s.Questions}} {
		if n := utf8.RuneCountInString(f.text); n > MaxSessionText {
			return Errorf(EInvalid, "%s: too long, %d characters, at most %d", f.name, n, MaxSessionText)
		}
	}
	for i, a := range s.Actions {
		switch n := utf8.RuneCountInString(strings.TrimSpace(a.Text)); {
		case n == 0:
			return Errorf(EInvalid, "Action %d: say what is to be done", i+1)
		case n > MaxAction:
			return Errorf(EInvalid, "Action %d: at most %d characters", i+1, MaxAction)
		}
		for _, d := range []Date{a.Due, a.Done} {
			if !d.IsZero() {
				if err := d.Validate(); err != nil {
					return Errorf(EInvalid, "Action %d: %s", i+1, ErrorMessage(err))
				}
			}
		}
	}
	return nil
}

// Sessions returns every session with its actions, by date.
func (s *Store) Sessions(ctx context.Context) (_ []Session, err error) {
	defer doing(&err, "reading the coaching sessions")
	return querySessions(ctx, s.db)
}

func querySessions(ctx context.Context, q queryer) ([]Session, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, date, coach, agenda, notes, questions FROM session ORDER BY date, id")
	if err != nil {
		return nil, scanErr("sessions", err)
	}
	var out []Session
	index := map[int64]int{}
	for rows.Next() {
		var s Session
		var date string
		if err := rows.Scan(&s.ID, &date, &s.Coach, &s.Agenda, &s.Notes, &s.Questions); err != nil {
			rows.Close()
			return nil, scanErr("sessions", err)
		}
		if s.Date, err = ParseDate(date); err != nil {
			rows.Close()
			return nil, Errorf(ECorrupt, "a stored session date is damaged: %q", date)
		}
		index[s.ID] = len(out)
		out = append(out, s)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, scanErr("sessions", err)
	}
	actions, err := q.QueryContext(ctx, "SELECT id, session_id, text, coalesce(due, ''), coalesce(done, '') FROM action ORDER BY session_id, position, id")
	if err != nil {
		return nil, scanErr("actions", err)
	}
	defer actions.Close()
	for actions.Next() {
		var a Action
		var session int64
		var due, done string
		if err := actions.Scan(&a.ID, &session, &a.Text, &due, &done); err != nil {
			return nil, scanErr("actions", err)
		}
		if due != "" {
			a.Due, _ = ParseDate(due)
		}
		if done != "" {
			a.Done, _ = ParseDate(done)
		}
		if i, ok := index[session]; ok {
			out[i].Actions = append(out[i].Actions, a)
		}
	}
	return out, scanErr("actions", actions.Err())
}

// SaveSession adds a session (ID 0) or changes one, with its actions (those
// not listed are removed), in one transaction; it sets the IDs of new ones.
func (s *Store) SaveSession(ctx context.Context, session *Session) (err error) {
	defer doing(&err, "saving a coaching session")
	session.Normalize()
	if err := session.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error { return saveSession(ctx, tx, session) })
}

func saveSession(ctx context.Context, tx *sql.Tx, s *Session) error {
	var exists int
	if s.ID != 0 {
		tx.QueryRowContext(ctx, "SELECT count(*) FROM session WHERE id = ?", s.ID).Scan(&exists)
	}
	if exists == 0 {
		res, err := tx.ExecContext(ctx, "INSERT INTO session (id, date, coach, agenda, notes, questions) VALUES (?, ?, ?, ?, ?, ?)",
			nullID(s.ID), s.Date.String(), s.Coach, s.Agenda, s.Notes, s.Questions)
		if err != nil {
			return storeError(err)
		}
		if s.ID, err = res.LastInsertId(); err != nil {
			return storeError(err)
		}
	} else if _, err := tx.ExecContext(ctx, "UPDATE session SET date = ?, coach = ?, agenda = ?, notes = ?, questions = ? WHERE id = ?",
		s.Date.String(), s.Coach, s.Agenda, s.Notes, s.Questions, s.ID); err != nil {
		return storeError(err)
	}
	var keep []string
	var args []any
	for i := range s.Actions {
		a := &s.Actions[i]
		if a.ID != 0 {
			res, err := tx.ExecContext(ctx, "UPDATE action SET text = ?, due = ?, done = ?, position = ?, session_id = ? WHERE id = ?",
				a.Text, nullDate(a.Due), nullDate(a.Done), i+1, s.ID, a.ID)
			if err != nil {
				return storeError(err)
			}
			if n, _ := res.RowsAffected(); n == 1 {
				keep, args = append(keep, "?"), append(args, a.ID)
				continue
			}
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO action (id, session_id, text, due, done, position) VALUES (?, ?, ?, ?, ?, ?)",
			nullID(a.ID), s.ID, a.Text, nullDate(a.Due), nullDate(a.Done), i+1)
		if err != nil {
			return storeError(err)
		}
		if a.ID, err = res.LastInsertId(); err != nil {
			return storeError(err)
		}
		keep, args = append(keep, "?"), append(args, a.ID)
	}
	query := "DELETE FROM action WHERE session_id = ?"
	if len(keep) > 0 {
		query += " AND id NOT IN (" + strings.Join(keep, ", ") + ")"
	}
	_, err := tx.ExecContext(ctx, query, append([]any{s.ID}, args...)...)
	return storeError(err)
}

// DeleteSession removes a session and its actions.
func (s *Store) DeleteSession(ctx context.Context, id int64) (err error) {
	defer doing(&err, "deleting a coaching session")
	return s.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM session WHERE id = ?", id)
		return storeError(err)
	})
}

// MarkAction marks an action done on a day, or open again with a zero day.
func (s *Store) MarkAction(ctx context.Context, id int64, done Date) (err error) {
	defer doing(&err, "marking an action")
	return s.update(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE action SET done = ? WHERE id = ?", nullDate(done), id)
		if err != nil {
			return storeError(err)
		}
		if n, _ := res.RowsAffected(); n == 0 {
			return Errorf(ENotFound, "that action no longer exists")
		}
		return nil
	})
}
