package data

import (
	"context"
	"sort"
	"strings"
)

// The decision log and coaching as records: decisions (with the values
// each honoured or compromised, a field per value), coaching sessions and
// their actions, each known by its UID.

// valueField names the field of a decision that says how it treated a
// value: true honoured, false compromised, none neither.
const valueField = "value."

func jsonOptional(p *int) string {
	if p == nil {
		return jsonNull
	}
	return jsonInt(int64(*p))
}

func jsonDate(d Date) string {
	if d.IsZero() {
		return jsonNull
	}
	return jsonText(d.String())
}

func readDecisions(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	cond, args := sel.where("uid")
	ds, err := queryDecisions(ctx, q, "WHERE "+cond, args...)
	if err != nil {
		return nil, err
	}
	out := map[string]fields{}
	for _, d := range ds {
		dim, err := r.uid("dimension", d.DimensionID)
		if err != nil {
			return nil, err
		}
		f := fields{"date": jsonText(d.Date.String()), "title": jsonText(d.Title), "situation": jsonText(d.Situation),
			"options": jsonText(d.Options), "choice": jsonText(d.Choice), "rationale": jsonText(d.Rationale), "dimension": jsonRef(dim),
			"feeling": jsonOptional(d.Feeling), "feeling_note": jsonText(d.FeelingNote), "confidence": jsonOptional(d.Confidence),
			"shared_with": jsonText(d.SharedWith), "review_on": jsonDate(d.ReviewOn), "outcome": jsonText(d.Outcome), "learnt": jsonText(d.Learnt)}
		for _, link := range []struct {
			ids      []int64
			honoured bool
		}{{d.Honoured, true}, {d.Compromised, false}} {
			for _, id := range link.ids {
				v, err := r.uid("value", id)
				if err != nil {
					return nil, err
				}
				f[valueField+v] = jsonBool(link.honoured)
			}
		}
		out[d.UID] = f
	}
	return out, nil
}

// optionalDate reads a date field that may have none.
func (f fieldSet) optionalDate(name string) (Date, bool) {
	s, ok := f.text(name)
	if !ok || s == "" {
		return Date{}, ok
	}
	d, err := ParseDate(s)
	return d, err == nil
}

// optionalNumber reads a number field that may have none.
func (f fieldSet) optionalNumber(name string) (*int, bool) {
	n, set, ok := f.number(name)
	if !set {
		return nil, ok
	}
	v := int(n)
	return &v, true
}

func writeDecision(w *recordWriter, uid string, f fieldSet) error {
	if f.deleted() {
		return w.exec("DELETE FROM decision WHERE uid = ?", uid)
	}
	d := Decision{UID: uid}
	ok := true
	for _, t := range []struct {
		field string
		to    *string
	}{{"title", &d.Title}, {"situation", &d.Situation}, {"options", &d.Options}, {"choice", &d.Choice}, {"rationale", &d.Rationale},
		{"feeling_note", &d.FeelingNote}, {"shared_with", &d.SharedWith}, {"outcome", &d.Outcome}, {"learnt", &d.Learnt}} {
		var good bool
		*t.to, good = f.text(t.field)
		ok = ok && good
	}
	var good [5]bool
	d.Date, good[0] = f.optionalDate("date")
	d.ReviewOn, good[1] = f.optionalDate("review_on")
	d.Feeling, good[2] = f.optionalNumber("feeling")
	d.Confidence, good[3] = f.optionalNumber("confidence")
	dim, good4 := f.text("dimension")
	good[4] = good4
	if !ok || !good[0] || !good[1] || !good[2] || !good[3] || !good[4] {
		return badField("decision", uid, "")
	}
	if dim != "" {
		if id, there, err := w.refs.id("dimension", dim); err != nil {
			return err
		} else if there {
			d.DimensionID = id
		}
	}
	for _, name := range f.names() {
		value, isLink := strings.CutPrefix(name, valueField)
		if !isLink {
			continue
		}
		honoured, ok := f.flag(name)
		id, there, err := w.refs.id("value", value)
		if err != nil {
			return err
		}
		if !ok {
			return badField("decision", uid, name)
		}
		if !there || f[name].value == jsonNull {
			continue
		}
		if honoured {
			d.Honoured = append(d.Honoured, id)
		} else {
			d.Compromised = append(d.Compromised, id)
		}
	}
	d.Normalize()
	if err := d.Validate(); err != nil {
		return Errorf(EInvalid, "the decision “%s”: %s", clipText(d.Title, 60), ErrorMessage(err))
	}
	var id int64
	if err := w.c.QueryRowContext(w.ctx, "SELECT coalesce((SELECT id FROM decision WHERE uid = ?), 0)", uid).Scan(&id); err != nil {
		return storeError(err)
	}
	d.ID = id
	return saveDecision(w.ctx, w.c, &d)
}

func readSessions(ctx context.Context, q queryer, _ *refs, sel selection) (map[string]fields, error) {
	cond, args := sel.where("uid")
	rows, err := q.QueryContext(ctx, "SELECT uid, date, coach, agenda, notes, questions FROM session WHERE uid IS NOT NULL AND "+cond, args...)
	if err != nil {
		return nil, scanErr("sessions", err)
	}
	defer rows.Close()
	out := map[string]fields{}
	for rows.Next() {
		var uid, date, coach, agenda, notes, questions string
		if err := rows.Scan(&uid, &date, &coach, &agenda, &notes, &questions); err != nil {
			return nil, scanErr("sessions", err)
		}
		out[uid] = fields{"date": jsonText(date), "coach": jsonText(coach), "agenda": jsonText(agenda), "notes": jsonText(notes), "questions": jsonText(questions)}
	}
	return out, scanErr("sessions", rows.Err())
}

func writeSession(w *recordWriter, uid string, f fieldSet) error {
	defer w.refs.forget("session")
	if f.deleted() {
		return w.exec("DELETE FROM session WHERE uid = ?", uid)
	}
	s := Session{UID: uid}
	date, ok0 := f.optionalDate("date")
	s.Date = date
	var ok [4]bool
	s.Coach, ok[0] = f.text("coach")
	s.Agenda, ok[1] = f.text("agenda")
	s.Notes, ok[2] = f.text("notes")
	s.Questions, ok[3] = f.text("questions")
	if !ok0 || !ok[0] || !ok[1] || !ok[2] || !ok[3] {
		return badField("session", uid, "")
	}
	s.Normalize()
	if err := s.Validate(); err != nil {
		return Errorf(EInvalid, "the session of %s: %s", s.Date, ErrorMessage(err))
	}
	return w.exec(`INSERT INTO session (uid, date, coach, agenda, notes, questions) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (uid) DO UPDATE SET date = excluded.date, coach = excluded.coach, agenda = excluded.agenda, notes = excluded.notes, questions = excluded.questions`,
		uid, s.Date.String(), s.Coach, s.Agenda, s.Notes, s.Questions)
}

func readActions(ctx context.Context, q queryer, r *refs, sel selection) (map[string]fields, error) {
	cond, args := sel.where("a.uid")
	rows, err := q.QueryContext(ctx, `SELECT a.uid, s.uid, a.text, coalesce(a.due, ''), coalesce(a.done, ''), a.position
		FROM action a JOIN session s ON s.id = a.session_id WHERE a.uid IS NOT NULL AND `+cond, args...)
	if err != nil {
		return nil, scanErr("actions", err)
	}
	defer rows.Close()
	out := map[string]fields{}
	for rows.Next() {
		var uid, text, due, done string
		var session *string
		var position int64
		if err := rows.Scan(&uid, &session, &text, &due, &done, &position); err != nil {
			return nil, scanErr("actions", err)
		}
		ref := ""
		if session != nil {
			ref = *session
		}
		f := fields{"session": jsonRef(ref), "text": jsonText(text), "due": jsonNull, "done": jsonNull, "position": jsonInt(position)}
		if due != "" {
			f["due"] = jsonText(due)
		}
		if done != "" {
			f["done"] = jsonText(done)
		}
		out[uid] = f
	}
	return out, scanErr("actions", rows.Err())
}

func writeAction(w *recordWriter, uid string, f fieldSet) error {
	if f.deleted() {
		return w.exec("DELETE FROM action WHERE uid = ?", uid)
	}
	session, ok1 := f.text("session")
	text, ok2 := f.text("text")
	due, ok3 := f.optionalDate("due")
	done, ok4 := f.optionalDate("done")
	position, _, ok5 := f.number("position")
	if !(ok1 && ok2 && ok3 && ok4 && ok5) {
		return badField("action", uid, "")
	}
	sid, there, err := w.refs.id("session", session)
	if err != nil || !there {
		return err // its session is not here: left out
	}
	s := Session{Date: NewDate(2000, 1, 1), Actions: []Action{{Text: strings.TrimSpace(text), Due: due, Done: done}}}
	if err := s.Validate(); err != nil {
		return Errorf(EInvalid, "an action: %s", strings.TrimPrefix(ErrorMessage(err), "Action 1: "))
	}
	return w.exec(`INSERT INTO action (uid, session_id, text, due, done, position) VALUES (?, ?, ?, ?, ?, ?)
		ON CONFLICT (uid) DO UPDATE SET session_id = excluded.session_id, text = excluded.text, due = excluded.due, done = excluded.done, position = excluded.position`,
		uid, sid, s.Actions[0].Text, nullDate(due), nullDate(done), position)
}

// sortedRecords returns the records of a set in order.
func sortedRecords(set map[string]bool) []string {
	out := make([]string, 0, len(set))
	for r := range set {
		out = append(out, r)
	}
	sort.Strings(out)
	return out
}
