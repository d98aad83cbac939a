package data

import (
	"context"
	"database/sql"
	"errors"
	"strings"
	"unicode"
)

// Finding decisions: the filter, the search index and the pages of a list.

// DecisionFilter says which decisions to list. Zero fields do not filter.
type DecisionFilter struct {
	Text        string // words of the title, situation, rationale or outcome (prefixes match)
	ValueID     int64  // honoured or compromised it
	DimensionID int64
	Feeling     *int // exactly this feeling
	Discomfort  bool // a feeling of −1 or −2
	NoFeeling   bool // how it felt was not said
	NoValue     bool // named no value
	From, To    Date // made between (inclusive)
	ReviewDueOn Date // its review is due on this day: the date has come, no outcome yet
	Limit       int  // at most this many, newest first
	Offset      int  // leaving out this many of the newest first
}

// DecisionRow is what a list shows of a decision.
type DecisionRow struct {
	ID          int64
	Date        Date
	Title       string
	Feeling     *int
	DimensionID int64
	ReviewOn    Date
	Reviewed    bool // an outcome is written
}

// FindDecisions lists the decisions that match f, newest first.
func (s *Store) FindDecisions(ctx context.Context, f DecisionFilter) (_ []DecisionRow, err error) {
	defer doing(&err, "searching the decisions")
	where, args := f.sql()
	query := `SELECT id, date, title, feeling, coalesce(dimension_id, 0), coalesce(review_on, ''), outcome != ''
		FROM decision` + where + " ORDER BY date DESC, id DESC" + f.page(&args)
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, scanErr("decisions", err)
	}
	defer rows.Close()
	var out []DecisionRow
	for rows.Next() {
		var r DecisionRow
		var date, review string
		var feeling sql.NullInt64
		if err := rows.Scan(&r.ID, &date, &r.Title, &feeling, &r.DimensionID, &review, &r.Reviewed); err != nil {
			return nil, scanErr("decisions", err)
		}
		r.Date, _ = ParseDate(date)
		if review != "" {
			r.ReviewOn, _ = ParseDate(review)
		}
		r.Feeling = intPtr(feeling)
		out = append(out, r)
	}
	return out, scanErr("decisions", rows.Err())
}

// Decisions returns the decisions that match f whole, newest first.
func (s *Store) Decisions(ctx context.Context, f DecisionFilter) (_ []Decision, err error) {
	defer doing(&err, "reading the decisions")
	where, args := f.sql()
	return queryDecisions(ctx, s.db, where+" ORDER BY date DESC, id DESC"+f.page(&args), args...)
}

// page returns the LIMIT and OFFSET clause of f, adding its arguments.
func (f DecisionFilter) page(args *[]any) string {
	limit := f.Limit
	if limit <= 0 {
		if f.Offset <= 0 {
			return ""
		}
		limit = -1 // none, to SQLite
	}
	*args = append(*args, limit)
	if f.Offset <= 0 {
		return " LIMIT ?"
	}
	*args = append(*args, f.Offset)
	return " LIMIT ? OFFSET ?"
}

// DecisionPosition returns how many of the decisions that f matches come
// before the one with id, newest first, and false when f does not match it.
func (s *Store) DecisionPosition(ctx context.Context, f DecisionFilter, id int64) (_ int, _ bool, err error) {
	defer doing(&err, "finding a decision in the list")
	where, args := f.sql()
	var date string
	err = s.db.QueryRowContext(ctx, "SELECT date FROM decision"+and(where, "id = ?"), append(args, id)...).Scan(&date)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	} else if err != nil {
		return 0, false, scanErr("decisions", err)
	}
	var n int
	err = s.db.QueryRowContext(ctx, "SELECT count(*) FROM decision"+and(where, "(date > ? OR date = ? AND id > ?)"),
		append(args, date, date, id)...).Scan(&n)
	return n, true, scanErr("decisions", err)
}

// and adds a condition to a WHERE clause, which may be empty.
func and(where, cond string) string {
	if where == "" {
		return " WHERE " + cond
	}
	return where + " AND " + cond
}

// CountDecisions counts the decisions that match f.
func (s *Store) CountDecisions(ctx context.Context, f DecisionFilter) (_ int, err error) {
	defer doing(&err, "counting the decisions")
	where, args := f.sql()
	query := "SELECT count(*) FROM decision" + where
	if q := matchQuery(f.Text); q != "" && f == (DecisionFilter{Text: f.Text, Limit: f.Limit, Offset: f.Offset}) {
		// Words alone: the search index counts them without a decision read.
		query, args = "SELECT count(*) FROM decision_text WHERE decision_text MATCH ?", []any{q}
	}
	var n int
	err = s.db.QueryRowContext(ctx, query, args...).Scan(&n)
	return n, scanErr("decisions", err)
}

func (f DecisionFilter) sql() (string, []any) {
	var conds []string
	var args []any
	if q := matchQuery(f.Text); q != "" {
		// SQLite looks up each decision the words match, then sorts them.
		// For a page, reading the decisions newest first until it is full
		// is faster when the words are common, and never slow: "+id" keeps
		// SQLite from the lookups.
		id := "id"
		if f.Limit > 0 {
			id = "+id"
		}
		conds = append(conds, id+" IN (SELECT docid FROM decision_text WHERE decision_text MATCH ?)")
		args = append(args, q)
	}
	if f.ValueID != 0 {
		conds = append(conds, "id IN (SELECT decision_id FROM decision_value WHERE value_id = ?)")
		args = append(args, f.ValueID)
	}
	if f.DimensionID != 0 {
		conds = append(conds, "dimension_id = ?")
		args = append(args, f.DimensionID)
	}
	if f.Feeling != nil {
		conds = append(conds, "feeling = ?")
		args = append(args, *f.Feeling)
	}
	if f.Discomfort {
		conds = append(conds, "feeling < 0")
	}
	if f.NoFeeling {
		conds = append(conds, "feeling IS NULL")
	}
	if f.NoValue {
		conds = append(conds, "NOT EXISTS (SELECT 1 FROM decision_value WHERE decision_id = decision.id)")
	}
	if !f.From.IsZero() {
		conds = append(conds, "date >= ?")
		args = append(args, f.From.String())
	}
	if !f.To.IsZero() {
		conds = append(conds, "date <= ?")
		args = append(args, f.To.String())
	}
	if !f.ReviewDueOn.IsZero() {
		conds = append(conds, "review_on IS NOT NULL AND outcome = '' AND review_on <= ?")
		args = append(args, f.ReviewDueOn.String())
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

// matchQuery turns what a person types into an FTS query: each word (of
// letters and digits) must appear, as a word or the start of one.
func matchQuery(text string) string {
	words := strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsNumber(r) })
	for i, w := range words {
		words[i] = strings.ToLower(w) + "*" // lower case: never AND, OR or NOT
	}
	return strings.Join(words, " ")
}
