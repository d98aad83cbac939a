package data

import (
	"context"
	"database/sql"
	"encoding/json"
	"sort"
)

// A Rating says how a personal value and an organisational value meet:
// −2 in conflict … +2 strongly aligned. A pair without a rating is unrelated.
type Rating struct {
	PersonalID, OrganisationalID int64
	Rating                       int
}

// Validate checks the rating is between −2 and +2 and names two values.
func (r Rating) Validate() error {
	if r.Rating < -2 || r.Rating > 2 {
		return Errorf(EInvalid, "a rating is from −2 (in conflict) to +2 (strongly aligned), not %d", r.Rating)
	}
	if r.PersonalID == 0 || r.OrganisationalID == 0 {
		return Errorf(EInvalid, "a rating needs a personal and an organisational value")
	}
	return nil
}

// Matrix is the alignment as it stood on a day: the active values of each
// kind and the ratings between them.
type Matrix struct {
	Personal       []int64  `json:"personal"`
	Organisational []int64  `json:"organisational"`
	Ratings        []Rating `json:"ratings"`
}

// Snapshot is the matrix at the end of a day it changed.
type Snapshot struct {
	Date   Date
	Matrix Matrix
}

// Ratings returns every rating.
func (s *Store) Ratings(ctx context.Context) (_ []Rating, err error) {
	defer doing(&err, "reading the alignment's ratings")
	return queryRatings(ctx, s.db)
}

func queryRatings(ctx context.Context, q queryer) ([]Rating, error) {
	rows, err := q.QueryContext(ctx, "SELECT personal_id, organisational_id, rating FROM alignment ORDER BY personal_id, organisational_id")
	if err != nil {
		return nil, scanErr("the alignment", err)
	}
	defer rows.Close()
	var rs []Rating
	for rows.Next() {
		var r Rating
		if err := rows.Scan(&r.PersonalID, &r.OrganisationalID, &r.Rating); err != nil {
			return nil, scanErr("the alignment", err)
		}
		rs = append(rs, r)
	}
	return rs, scanErr("the alignment", rows.Err())
}

// Rate sets how a pair of values meets, or makes it unrelated again when
// rated is false, and keeps the day's snapshot.
func (s *Store) Rate(ctx context.Context, r Rating, rated bool, today Date) (err error) {
	defer doing(&err, "saving a rating")
	if err := r.Validate(); err != nil {
		return err
	}
	return s.update(ctx, func(tx *sql.Tx) error {
		var kinds int
		if err := tx.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM value WHERE id = ? AND kind = 'personal')
			+ (SELECT count(*) FROM value WHERE id = ? AND kind = 'organisational')`, r.PersonalID, r.OrganisationalID).Scan(&kinds); err != nil {
			return storeError(err)
		}
		if kinds != 2 {
			return Errorf(EInvalid, "a rating pairs a personal value with an organisational one")
		}
		var err error
		if rated {
			_, err = tx.ExecContext(ctx, `INSERT INTO alignment (personal_id, organisational_id, rating) VALUES (?, ?, ?)
				ON CONFLICT (personal_id, organisational_id) DO UPDATE SET rating = excluded.rating`, r.PersonalID, r.OrganisationalID, r.Rating)
		} else {
			_, err = tx.ExecContext(ctx, "DELETE FROM alignment WHERE personal_id = ? AND organisational_id = ?", r.PersonalID, r.OrganisationalID)
		}
		if err != nil {
			return storeError(err)
		}
		return snapshotAlignment(ctx, tx, today)
	})
}

// snapshotAlignment keeps the matrix as it is now as today's snapshot.
func snapshotAlignment(ctx context.Context, tx *sql.Tx, today Date) error {
	if err := today.Validate(); err != nil {
		return err
	}
	values, err := queryValues(ctx, tx)
	if err != nil {
		return err
	}
	ratings, err := queryRatings(ctx, tx)
	if err != nil {
		return err
	}
	m := Matrix{Personal: []int64{}, Organisational: []int64{}, Ratings: []Rating{}}
	active := map[int64]bool{}
	for _, v := range values {
		if v.Archived {
			continue
		}
		active[v.ID] = true
		if v.Kind == Personal {
			m.Personal = append(m.Personal, v.ID)
		} else {
			m.Organisational = append(m.Organisational, v.ID)
		}
	}
	for _, r := range ratings {
		if active[r.PersonalID] && active[r.OrganisationalID] {
			m.Ratings = append(m.Ratings, r)
		}
	}
	return saveSnapshot(ctx, tx, Snapshot{Date: today, Matrix: m})
}

func saveSnapshot(ctx context.Context, tx *sql.Tx, sn Snapshot) error {
	raw, err := json.Marshal(sn.Matrix)
	if err != nil {
		return &Error{Code: EInternal, Message: "cannot write the alignment snapshot", Err: err}
	}
	_, err = tx.ExecContext(ctx, `INSERT INTO alignment_snapshot (date, matrix) VALUES (?, ?)
		ON CONFLICT (date) DO UPDATE SET matrix = excluded.matrix`, sn.Date.String(), string(raw))
	return storeError(err)
}

// Snapshots returns the alignment snapshots, oldest first.
func (s *Store) Snapshots(ctx context.Context) (_ []Snapshot, err error) {
	defer doing(&err, "reading the alignment's history")
	return querySnapshots(ctx, s.db)
}

func querySnapshots(ctx context.Context, q queryer) ([]Snapshot, error) {
	rows, err := q.QueryContext(ctx, "SELECT date, matrix FROM alignment_snapshot ORDER BY date")
	if err != nil {
		return nil, scanErr("the alignment history", err)
	}
	defer rows.Close()
	var out []Snapshot
	for rows.Next() {
		var date, raw string
		if err := rows.Scan(&date, &raw); err != nil {
			return nil, scanErr("the alignment history", err)
		}
		d, err := ParseDate(date)
		if err != nil {
			return nil, Errorf(ECorrupt, "a stored snapshot date is damaged: %q", date)
		}
		sn := Snapshot{Date: d}
		if err := json.Unmarshal([]byte(raw), &sn.Matrix); err != nil {
			return nil, Errorf(ECorrupt, "the alignment snapshot of %s is damaged", date)
		}
		sort.Slice(sn.Matrix.Ratings, func(i, j int) bool {
			a, b := sn.Matrix.Ratings[i], sn.Matrix.Ratings[j]
			return a.PersonalID < b.PersonalID || a.PersonalID == b.PersonalID && a.OrganisationalID < b.OrganisationalID
		})
		out = append(out, sn)
	}
	return out, scanErr("the alignment history", rows.Err())
}
