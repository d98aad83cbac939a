package data

import (
	"context"
	"database/sql"
	"strings"
	"unicode/utf8"
)

// A Prompt is a guide question to reflect on: one of Daymark's or the
// person's own.
type Prompt struct {
	ID       int64
	Text     string
	Builtin  bool
	Position int
	Archived bool
}

// A Reflection is a dated answer to a prompt.
type Reflection struct {
	ID       int64
	PromptID int64
	Date     Date
	Answer   string
}

// Limits on prompts and answers.
const (
	MaxPrompt = 500
	MaxAnswer = 20000
)

// DefaultPrompts are the guide prompts a database starts with.
var DefaultPrompts = []string{
	"Is the work you do already noticeably guided by a combination of your personal and professional values? If not, why do you think this is?",
	"Are the values threaded strongly through the culture and climate at work?",
	"When did you feel comfortable or uncomfortable with a decision this week, and what does that say about your values?",
}

// Validate checks the prompt's text.
func (p Prompt) Validate() error {
	if err := noNUL("the prompt", p.Text); err != nil {
		return err
	}
	switch n := utf8.RuneCountInString(strings.TrimSpace(p.Text)); {
	case n == 0:
		return Errorf(EInvalid, "the prompt is empty: write the question")
	case n > MaxPrompt:
		return Errorf(EInvalid, "the prompt is too long: %d characters, at most %d", n, MaxPrompt)
	}
	return nil
}

// Validate checks the reflection's date and answer.
func (r Reflection) Validate() error {
	if err := r.Date.Validate(); err != nil {
		return err
	}
	if err := noNUL("the answer", r.Answer); err != nil {
		return err
	}
	switch n := utf8.RuneCountInString(strings.TrimSpace(r.Answer)); {
	case n == 0:
		return Errorf(EInvalid, "the answer is empty")
	case n > MaxAnswer:
		return Errorf(EInvalid, "the answer is too long: %d characters, at most %d", n, MaxAnswer)
	}
	if r.PromptID == 0 {
		return Errorf(EInvalid, "an answer needs its prompt")
	}
	return nil
}

// Prompts returns every prompt, in order.
func (s *Store) Prompts(ctx context.Context) (_ []Prompt, err error) {
	defer doing(&err, "reading the prompts")
	return queryPrompts(ctx, s.db)
}

func queryPrompts(ctx context.Context, q queryer) ([]Prompt, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, text, builtin, position, archived FROM prompt ORDER BY position, id")
	if err != nil {
		return nil, scanErr("prompts", err)
	}
	defer rows.Close()
	var ps []Prompt
	for rows.Next() {
		var p Prompt
		if err := rows.Scan(&p.ID, &p.Text, &p.Builtin, &p.Position, &p.Archived); err != nil {
			return nil, scanErr("prompts", err)
		}
		ps = append(ps, p)
	}
	return ps, scanErr("prompts", rows.Err())
}

// SavePrompt adds a prompt (ID 0, at the end) or changes one's text and
// archived state; it sets the ID of a new one.
func (s *Store) SavePrompt(ctx context.Context, p *Prompt) (err error) {
	defer doing(&err, "saving a prompt")
	p.Text = strings.TrimSpace(p.Text)
	if err := p.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		if err := checkName(ctx, tx, p.ID, p.Text, "the prompt “%s” is already there", "SELECT id, text FROM prompt"); err != nil {
			return err
		}
		if p.ID != 0 {
			res, err := tx.ExecContext(ctx, "UPDATE prompt SET text = ?, archived = ? WHERE id = ?", p.Text, p.Archived, p.ID)
			if err != nil {
				return storeError(err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return Errorf(ENotFound, "that prompt no longer exists")
			}
			return nil
		}
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position), 0) + 1 FROM prompt").Scan(&p.Position); err != nil {
			return storeError(err)
		}
		return insertPrompt(ctx, tx, p)
	})
}

func insertPrompt(ctx context.Context, tx *sql.Tx, p *Prompt) error {
	id := sql.NullInt64{Int64: p.ID, Valid: p.ID != 0}
	res, err := tx.ExecContext(ctx, "INSERT INTO prompt (id, text, builtin, position, archived) VALUES (?, ?, ?, ?, ?)",
		id, p.Text, p.Builtin, p.Position, p.Archived)
	if err != nil {
		return storeError(err)
	}
	p.ID, err = res.LastInsertId()
	return storeError(err)
}

// Reflections returns every answer, newest first.
func (s *Store) Reflections(ctx context.Context) (_ []Reflection, err error) {
	defer doing(&err, "reading the reflections")
	return queryReflections(ctx, s.db, "ORDER BY date DESC, id DESC")
}

func queryReflections(ctx context.Context, q queryer, order string) ([]Reflection, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, prompt_id, date, answer FROM reflection "+order)
	if err != nil {
		return nil, scanErr("reflections", err)
	}
	defer rows.Close()
	var rs []Reflection
	for rows.Next() {
		var r Reflection
		var date string
		if err := rows.Scan(&r.ID, &r.PromptID, &date, &r.Answer); err != nil {
			return nil, scanErr("reflections", err)
		}
		if r.Date, err = ParseDate(date); err != nil {
			return nil, Errorf(ECorrupt, "a stored reflection date is damaged: %q", date)
		}
		rs = append(rs, r)
	}
	return rs, scanErr("reflections", rows.Err())
}

// SaveReflection adds an answer (ID 0) or changes one; it sets the ID of a
// new one.
func (s *Store) SaveReflection(ctx context.Context, r *Reflection) (err error) {
	defer doing(&err, "saving a reflection")
	r.Answer = strings.TrimSpace(r.Answer)
	if err := r.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		if r.ID != 0 {
			res, err := tx.ExecContext(ctx, "UPDATE reflection SET prompt_id = ?, date = ?, answer = ? WHERE id = ?", r.PromptID, r.Date.String(), r.Answer, r.ID)
			if err != nil {
				return storeError(err)
			}
			if n, _ := res.RowsAffected(); n == 0 {
				return Errorf(ENotFound, "that answer no longer exists")
			}
			return nil
		}
		return insertReflection(ctx, tx, r)
	})
}

func insertReflection(ctx context.Context, tx *sql.Tx, r *Reflection) error {
	id := sql.NullInt64{Int64: r.ID, Valid: r.ID != 0}
	res, err := tx.ExecContext(ctx, "INSERT INTO reflection (id, prompt_id, date, answer) VALUES (?, ?, ?, ?)", id, r.PromptID, r.Date.String(), r.Answer)
	if err != nil {
		if isForeignKey(err) {
			return Errorf(EInvalid, "that prompt no longer exists")
		}
		return storeError(err)
	}
	r.ID, err = res.LastInsertId()
	return storeError(err)
}

// DeleteReflection removes an answer.
func (s *Store) DeleteReflection(ctx context.Context, id int64) (err error) {
	defer doing(&err, "deleting a reflection")
	return s.update(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, "DELETE FROM reflection WHERE id = ?", id)
		return storeError(err)
	})
}

// seedPrompts gives a database the default prompts when it has none.
func (s *Store) seedPrompts(ctx context.Context) error {
	return s.transact(ctx, func(tx *sql.Tx) error {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM prompt").Scan(&n); err != nil || n > 0 {
			return storeError(err)
		}
		for i, text := range DefaultPrompts {
			if err := insertPrompt(ctx, tx, &Prompt{Text: text, Builtin: true, Position: i + 1}); err != nil {
				return err
			}
		}
		return nil
	})
}
