package data

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"
)

// A Decision is a decision made by values: what the situation was, the
// options, what was chosen and why, the values it honoured and those it
// compromised, how it felt, and later how it turned out.
type Decision struct {
	ID          int64
	Date        Date
	Title       string
	Situation   string
	Options     string // one a line
	Choice      string
	Rationale   string
	DimensionID int64 // 0: none
	Feeling     *int  // −2 very uncomfortable … +2 very comfortable; nil: not said
	FeelingNote string
	Confidence  *int // 1 … 10; nil: not said
	SharedWith  string
	ReviewOn    Date // zero: no review
	Outcome     string
	Learnt      string
	Honoured    []int64 // value IDs
	Compromised []int64 // value IDs
}

// Limits on a decision.
const (
	MaxDecisionTitle = 200
	MaxDecisionText  = 20000
)

// Normalize trims the decision's texts.
func (d *Decision) Normalize() {
	for _, s := range []*string{&d.Title, &d.Situation, &d.Options, &d.Choice, &d.Rationale, &d.FeelingNote, &d.SharedWith, &d.Outcome, &d.Learnt} {
		*s = strings.TrimSpace(*s)
	}
}

// Validate reports the first rule the decision breaks, as a sentence
// naming the field.
func (d Decision) Validate() error {
	if err := noNUL("Title: the title", d.Title); err != nil {
		return err
	}
	if d.Date.IsZero() {
		return Errorf(EInvalid, "Date: the decision needs the date it was made")
	}
	if err := d.Date.Validate(); err != nil {
		return Errorf(EInvalid, "Date: %s", ErrorMessage(err))
	}
	switch n := utf8.RuneCountInString(strings.TrimSpace(d.Title)); {
	case n == 0:
		return Errorf(EInvalid, "Title: a decision needs a title")
	case n > MaxDecisionTitle:
		return Errorf(EInvalid, "Title: too long, at most %d characters", MaxDecisionTitle)
	}
	for _, f := range []struct{ name, text string }{
		{"Situation", d.Situation}, {"Options", d.Options}, {"Chosen", d.Choice}, {"Why", d.Rationale},
		{"Feeling note", d.FeelingNote}, {"Shared with", d.SharedWith}, {"Outcome", d.Outcome}, {"Learnt", d.Learnt},
	} {
		if n := utf8.RuneCountInString(f.text); n > MaxDecisionText {
			return Errorf(EInvalid, "%s: too long, %d characters, at most %d", f.name, n, MaxDecisionText)
		}
	}
	if d.Feeling != nil && (*d.Feeling < -2 || *d.Feeling > 2) {
		return Errorf(EInvalid, "Feeling: from −2 (very uncomfortable) to +2 (very comfortable), not %d", *d.Feeling)
	}
	if d.Confidence != nil && (*d.Confidence < 1 || *d.Confidence > 10) {
		return Errorf(EInvalid, "Confidence: from 1 to 10, not %d", *d.Confidence)
	}
	if !d.ReviewOn.IsZero() {
		if err := d.ReviewOn.Validate(); err != nil {
			return Errorf(EInvalid, "Review on: %s", ErrorMessage(err))
		}
		if d.ReviewOn.Before(d.Date) {
			return Errorf(EInvalid, "Review on: the review (%s) comes before the decision (%s)", d.ReviewOn, d.Date)
		}
	}
	seen := map[int64]bool{}
	for _, id := range append(append([]int64{}, d.Honoured...), d.Compromised...) {
		if seen[id] {
			return Errorf(EInvalid, "Values: a value cannot be both honoured and compromised by one decision")
		}
		seen[id] = true
	}
	return nil
}

// ReviewDue reports whether the decision's review is due on today: its
// date has come and no outcome is written yet.
func (d Decision) ReviewDue(today Date) bool {
	return !d.ReviewOn.IsZero() && !d.ReviewOn.After(today) && d.Outcome == ""
}

// Decision returns the decision with id.
func (s *Store) Decision(ctx context.Context, id int64) (_ Decision, err error) {
	defer doing(&err, "reading a decision")
	ds, err := queryDecisions(ctx, s.db, "WHERE id = ?", id)
	if err != nil {
		return Decision{}, err
	}
	if len(ds) == 0 {
		return Decision{}, Errorf(ENotFound, "that decision no longer exists")
	}
	return ds[0], nil
}

const decisionColumns = `id, date, title, situation, options, choice, rationale, coalesce(dimension_id, 0), feeling,
	feeling_note, confidence, shared_with, coalesce(review_on, ''), outcome, learnt`

// queryDecisions reads decisions matching where, with their values.
func queryDecisions(ctx context.Context, q queryer, where string, args ...any) ([]Decision, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+decisionColumns+" FROM decision "+where, args...)
	if err != nil {
		return nil, scanErr("decisions", err)
	}
	var ds []Decision
	index := map[int64]int{}
	for rows.Next() {
		var d Decision
		var date, review string
		var feeling, confidence sql.NullInt64
		if err := rows.Scan(&d.ID, &date, &d.Title, &d.Situation, &d.Options, &d.Choice, &d.Rationale, &d.DimensionID, &feeling,
			&d.FeelingNote, &confidence, &d.SharedWith, &review, &d.Outcome, &d.Learnt); err != nil {
			rows.Close()
			return nil, scanErr("decisions", err)
		}
		if d.Date, err = ParseDate(date); err != nil {
			rows.Close()
			return nil, Errorf(ECorrupt, "a stored decision date is damaged: %q", date)
		}
		if review != "" {
			if d.ReviewOn, err = ParseDate(review); err != nil {
				rows.Close()
				return nil, Errorf(ECorrupt, "a stored review date is damaged: %q", review)
			}
		}
		d.Feeling, d.Confidence = intPtr(feeling), intPtr(confidence)
		index[d.ID] = len(ds)
		ds = append(ds, d)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, scanErr("decisions", err)
	}
	if len(ds) == 0 {
		return ds, nil
	}
	links, err := q.QueryContext(ctx, "SELECT decision_id, value_id, honoured FROM decision_value ORDER BY decision_id, value_id")
	if err != nil {
		return nil, scanErr("decision values", err)
	}
	defer links.Close()
	for links.Next() {
		var decision, value int64
		var honoured bool
		if err := links.Scan(&decision, &value, &honoured); err != nil {
			return nil, scanErr("decision values", err)
		}
		i, ok := index[decision]
		if !ok {
			continue
		}
		if honoured {
			ds[i].Honoured = append(ds[i].Honoured, value)
		} else {
			ds[i].Compromised = append(ds[i].Compromised, value)
		}
	}
	return ds, scanErr("decision values", links.Err())
}

func intPtr(n sql.NullInt64) *int {
	if !n.Valid {
		return nil
	}
	v := int(n.Int64)
	return &v
}

func nullInt(p *int) sql.NullInt64 {
	if p == nil {
		return sql.NullInt64{}
	}
	return sql.NullInt64{Int64: int64(*p), Valid: true}
}

func nullDate(d Date) sql.NullString {
	return sql.NullString{String: d.String(), Valid: !d.IsZero()}
}

// SaveDecision adds a decision (ID 0) or changes one, with its values, in
// one transaction, and sets the ID of a new one.
func (s *Store) SaveDecision(ctx context.Context, d *Decision) (err error) {
	defer doing(&err, "saving a decision")
	d.Normalize()
	if err := d.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error { return saveDecision(ctx, tx, d) })
}

// SaveDecisions adds or changes several decisions in one transaction: all
// of them or none.
func (s *Store) SaveDecisions(ctx context.Context, ds []Decision) (err error) {
	defer doing(&err, "saving the decisions")
	for i := range ds {
		ds[i].Normalize()
		if err := ds[i].Validate(); err != nil {
			return itemError("decisions", i, ds[i].Title, err)
		}
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		for i := range ds {
			if err := saveDecision(ctx, tx, &ds[i]); err != nil {
				return err
			}
		}
		return nil
	})
}

func saveDecision(ctx context.Context, tx *sql.Tx, d *Decision) error {
	if d.DimensionID != 0 {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM dimension WHERE id = ?", d.DimensionID).Scan(&n); err != nil || n == 0 {
			return Errorf(EInvalid, "Dimension: that dimension no longer exists")
		}
	}
	args := []any{d.Date.String(), d.Title, d.Situation, d.Options, d.Choice, d.Rationale, nullID(d.DimensionID), nullInt(d.Feeling),
		d.FeelingNote, nullInt(d.Confidence), d.SharedWith, nullDate(d.ReviewOn), d.Outcome, d.Learnt}
	if d.ID == 0 || !decisionExists(ctx, tx, d.ID) {
		res, err := tx.ExecContext(ctx, `INSERT INTO decision (id, date, title, situation, options, choice, rationale, dimension_id, feeling,
			feeling_note, confidence, shared_with, review_on, outcome, learnt) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			append([]any{nullID(d.ID)}, args...)...)
		if err != nil {
			return storeError(err)
		}
		if d.ID, err = res.LastInsertId(); err != nil {
			return storeError(err)
		}
	} else if _, err := tx.ExecContext(ctx, `UPDATE decision SET date = ?, title = ?, situation = ?, options = ?, choice = ?, rationale = ?,
		dimension_id = ?, feeling = ?, feeling_note = ?, confidence = ?, shared_with = ?, review_on = ?, outcome = ?, learnt = ? WHERE id = ?`,
		append(args, d.ID)...); err != nil {
		return storeError(err)
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM decision_value WHERE decision_id = ?", d.ID); err != nil {
		return storeError(err)
	}
	for _, link := range []struct {
		ids      []int64
		honoured bool
	}{{d.Honoured, true}, {d.Compromised, false}} {
		for _, id := range link.ids {
			if _, err := tx.ExecContext(ctx, "INSERT INTO decision_value (decision_id, value_id, honoured) VALUES (?, ?, ?)", d.ID, id, link.honoured); err != nil {
				if isForeignKey(err) {
					return Errorf(EInvalid, "Values: one of the values no longer exists")
				}
				return storeError(err)
			}
		}
	}
	return nil
}

func decisionExists(ctx context.Context, tx *sql.Tx, id int64) bool {
	var n int
	tx.QueryRowContext(ctx, "SELECT count(*) FROM decision WHERE id = ?", id).Scan(&n)
	return n > 0
}

// DeleteDecision removes a decision and its links to values.
func (s *Store) DeleteDecision(ctx context.Context, id int64) (err error) {
	defer doing(&err, "deleting a decision")
	return s.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM decision WHERE id = ?", id)
		return storeError(err)
	})
}

// ValueFeeling counts the decisions that honoured (or compromised) a value
// and felt a given way.
type ValueFeeling struct {
	ValueID  int64
	Honoured bool
	Feeling  *int // nil: not said
	Count    int
}

// DecisionValueFeelings counts decisions per value, kind of link and
// feeling, among the decisions made between from and to (zero: no bound).
func (s *Store) DecisionValueFeelings(ctx context.Context, from, to Date) (_ []ValueFeeling, err error) {
	defer doing(&err, "counting the decisions by value and feeling")
	lo, hi := from, to
	if lo.IsZero() {
		lo = MinDate
	}
	if hi.IsZero() {
		hi = MaxDate
	}
	rows, err := s.db.QueryContext(ctx, `SELECT v.value_id, v.honoured, d.feeling, count(*) FROM decision d
		JOIN decision_value v ON v.decision_id = d.id WHERE d.date BETWEEN ? AND ?
		GROUP BY v.value_id, v.honoured, d.feeling ORDER BY v.value_id`, lo.String(), hi.String())
	if err != nil {
		return nil, scanErr("decisions", err)
	}
	defer rows.Close()
	var out []ValueFeeling
	for rows.Next() {
		var vf ValueFeeling
		var feeling sql.NullInt64
		if err := rows.Scan(&vf.ValueID, &vf.Honoured, &feeling, &vf.Count); err != nil {
			return nil, scanErr("decisions", err)
		}
		vf.Feeling = intPtr(feeling)
		out = append(out, vf)
	}
	return out, scanErr("decisions", rows.Err())
}
