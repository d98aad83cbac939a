package data

import (
	"context"
	"database/sql"
	"sync"
)

// A stmtCache runs statements of one transaction, each prepared once: a
// merge writes the same few statements for thousands of records, and
// SQLite compiles a statement's triggers each time it prepares it. With
// the store's shared statements, those prepared for an earlier
// transaction on the same connection are used again: capture runs the
// same dozen statements with every save.
type stmtCache struct {
	tx     *sql.Tx
	shared *sharedStmts // nil: none
	stmts  map[string]*sql.Stmt
}

func newStmtCache(tx *sql.Tx) *stmtCache { return &stmtCache{tx: tx, stmts: map[string]*sql.Stmt{}} }

// stmtsIn returns a cache of tx's statements that shares them across the
// store's transactions.
func (s *Store) stmtsIn(tx *sql.Tx) *stmtCache {
	c := newStmtCache(tx)
	c.shared = &s.shared
	return c
}

// sharedStmts are statements prepared on the database once, which each
// transaction binds to its connection (database/sql prepares them on a
// connection once, and keeps them there).
type sharedStmts struct {
	mu    sync.Mutex
	db    *sql.DB
	stmts map[string]*sql.Stmt
}

func (sh *sharedStmts) get(ctx context.Context, query string) (*sql.Stmt, error) {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	if st, ok := sh.stmts[query]; ok {
		return st, nil
	}
	st, err := sh.db.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	if sh.stmts == nil {
		sh.stmts = map[string]*sql.Stmt{}
	}
	sh.stmts[query] = st
	return st, nil
}

func (sh *sharedStmts) close() {
	sh.mu.Lock()
	defer sh.mu.Unlock()
	for _, st := range sh.stmts {
		st.Close()
	}
	sh.stmts = nil
}

func (c *stmtCache) stmt(ctx context.Context, query string) (*sql.Stmt, error) {
	if st, ok := c.stmts[query]; ok {
		return st, nil
	}
	var st *sql.Stmt
	var err error
	if c.shared != nil {
		if shared, serr := c.shared.get(ctx, query); serr == nil {
			st = c.tx.StmtContext(ctx, shared)
		}
	}
	if st == nil {
		if st, err = c.tx.PrepareContext(ctx, query); err != nil {
			return nil, storeError(err)
		}
	}
	c.stmts[query] = st
	return st, nil
}

// ExecContext runs a statement that writes.
func (c *stmtCache) ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.ExecContext(ctx, args...)
}

// QueryContext runs a query: the cache is a queryer.
func (c *stmtCache) QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error) {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// QueryRowContext runs a query of one row.
func (c *stmtCache) QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row {
	st, err := c.stmt(ctx, query)
	if err != nil {
		return c.tx.QueryRowContext(ctx, query, args...) // says the error when scanned
	}
	return st.QueryRowContext(ctx, args...)
}

// close closes the statements prepared.
func (c *stmtCache) close() {
	for _, st := range c.stmts {
		st.Close()
	}
	c.stmts = map[string]*sql.Stmt{}
}
