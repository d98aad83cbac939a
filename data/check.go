package data

import (
	"context"
	"fmt"
)

// Check runs SQLite's integrity check and the foreign key check and returns
// what is wrong, one sentence each; none when the file is sound.
func (s *Store) Check(ctx context.Context) (_ []string, err error) {
	defer doing(&err, "checking the database")
	var problems []string
	rows, err := s.db.QueryContext(ctx, "PRAGMA integrity_check")
	if err != nil {
		return nil, storeError(err)
	}
	for rows.Next() {
		var line string
		if err := rows.Scan(&line); err != nil {
			rows.Close()
			return nil, storeError(err)
		}
		if line != "ok" {
			problems = append(problems, line)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, storeError(err)
	}

	fk, err := s.db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return nil, storeError(err)
	}
	defer fk.Close()
	for fk.Next() {
		var table, parent string
		var rowid, index any
		if err := fk.Scan(&table, &rowid, &parent, &index); err != nil {
			return nil, storeError(err)
		}
		problems = append(problems, fmt.Sprintf("a row of %s points to a missing %s", table, parent))
	}
	return problems, storeError(fk.Err())
}
