package data

import (
	"context"
	"database/sql"
	"errors"
)

// errUnchanged rolls back a transaction that found nothing to write.
var errUnchanged = errors.New("nothing to change")

// ChangeDays reads the stored days from from to to (dates with nothing
// stored are left out) and saves the days change returns, as SaveDays
// saves them, in one transaction: what change decides on cannot go stale
// before it is written, and all of it is saved or none. When change
// returns no days, nothing is written.
func (s *Store) ChangeDays(ctx context.Context, from, to Date, change func(days []Day) ([]Day, error)) (err error) {
	defer doing(&err, "changing the days from %s to %s", from, to)
	err = s.update(ctx, func(tx *sql.Tx) error {
		days, err := queryDays(ctx, tx, from, to)
		if err != nil {
			return err
		}
		out, err := change(days)
		if err != nil {
			return err
		}
		if len(out) == 0 {
			return errUnchanged
		}
		known, err := dimensionIDs(ctx, tx)
		if err != nil {
			return err
		}
		for _, day := range out {
			if err := saveDay(ctx, tx, known, day); err != nil {
				return err
			}
		}
		return nil
	})
	if errors.Is(err, errUnchanged) {
		return nil
	}
	return err
}
