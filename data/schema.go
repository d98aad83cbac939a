package data

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A schema is what a database file holds besides its rows: its tables with
// their columns, its indexes and its triggers, by name.
type schema struct {
	tables   map[string]map[string]bool // table → its columns
	indexes  map[string]bool
	triggers map[string]bool
}

// querier is what reading a schema needs: a *sql.DB, *sql.Conn or *sql.Tx.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// readSchema reads the schema of the database behind q. SQLite's own
// tables and the indexes it makes for a table's constraints come with the
// tables, so they are left out.
func readSchema(ctx context.Context, q querier) (schema, error) {
	s := schema{tables: map[string]map[string]bool{}, indexes: map[string]bool{}, triggers: map[string]bool{}}
	rows, err := q.QueryContext(ctx, `SELECT m.type, m.name, coalesce(p.name, '')
		FROM sqlite_master m LEFT JOIN pragma_table_info(m.name) p ON m.type = 'table'
		WHERE m.name NOT LIKE 'sqlite\_%' ESCAPE '\'`)
	if err != nil {
		return s, storeError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var kind, name, column string
		if err := rows.Scan(&kind, &name, &column); err != nil {
			return s, storeError(err)
		}
		switch kind {
		case "table":
			if s.tables[name] == nil {
				s.tables[name] = map[string]bool{}
			}
			if column != "" {
				s.tables[name][column] = true
			}
		case "index":
			s.indexes[name] = true
		case "trigger":
			s.triggers[name] = true
		}
	}
	return s, storeError(rows.Err())
}

// schemas keeps the schema of each version once it is built.
var schemas sync.Map // key of the migrations → schema

// schemaOf returns the schema that the migrations up to version define,
// built once by applying them to a database in memory: what the
// migrations do is the only description of a version there is.
func schemaOf(ctx context.Context, version int) (schema, error) {
	ms := migrations()[:version]
	key := migrationsKey(ms)
	if s, ok := schemas.Load(key); ok {
		return s.(schema), nil
	}
	if key == writtenKey { // the latest version, written down (schemawritten.go)
		s := parseSchema(writtenSchema)
		schemas.Store(key, s)
		return s, nil
	}
	return buildSchema(ctx, ms, key)
}

// buildSchema builds the schema of migrations ms by applying them to a
// database in memory, and keeps it under key.
func buildSchema(ctx context.Context, ms []migration, key string) (schema, error) {
	db, err := sql.Open("sqlite3", "file::memory:?mode=memory")
	if err != nil {
		return schema{}, storeError(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // one connection: one database in memory
	for _, m := range ms {
		if _, err := db.ExecContext(ctx, m.sql); err != nil {
			return schema{}, &Error{Code: EInternal, Message: "could not build schema " + fmt.Sprint(m.version), Err: err}
		}
	}
	s, err := readSchema(ctx, db)
	if err != nil {
		return schema{}, err
	}
	schemas.Store(key, s)
	return s, nil
}

// checkSchema compares the schema of the database behind q with the one
// its version defines and refuses a difference, naming it: a file with a
// table or a column gone (or one Daymark never made) would fail later
// with no sentence at all.
func checkSchema(ctx context.Context, q querier, path string, version int) error {
	if version == 0 {
		return nil // a new file: the migrations make its schema
	}
	want, err := schemaOf(ctx, version)
	if err != nil {
		return err
	}
	got, err := readSchema(ctx, q)
	if err != nil {
		return err
	}
	if diff := want.differences(got); len(diff) > 0 {
		if len(diff) > 3 {
			diff = append(diff[:3], fmt.Sprintf("and %d more differences", len(diff)-3))
		}
		return Errorf(ECorrupt, "%s is damaged: %s", path, strings.Join(diff, "; "))
	}
	return nil
}

// differences says in words how got differs from s, sorted by name.
func (s schema) differences(got schema) []string {
	var out []string
	for _, table := range sortedKeys(s.tables) {
		columns, ok := got.tables[table]
		if !ok {
			out = append(out, "the table "+table+" is missing")
			continue
		}
		for _, c := range sortedKeys(s.tables[table]) {
			if !columns[c] {
				out = append(out, "the table "+table+" has no column "+c)
			}
		}
		for _, c := range sortedKeys(columns) {
			if !s.tables[table][c] {
				out = append(out, "the table "+table+" has a column "+c+" that Daymark does not know")
			}
		}
	}
	for _, table := range sortedKeys(got.tables) {
		if _, ok := s.tables[table]; !ok {
			out = append(out, "there is a table "+table+" that Daymark does not know")
		}
	}
	out = append(out, sameNames("index", s.indexes, got.indexes)...)
	return append(out, sameNames("trigger", s.triggers, got.triggers)...)
}

// sameNames says which names of a kind (index, trigger) want has and got
// lacks, and which got has that want does not.
func sameNames(kind string, want, got map[string]bool) []string {
	article := "a "
	if strings.HasPrefix(kind, "i") {
		article = "an "
	}
	var out []string
	for _, name := range sortedKeys(want) {
		if !got[name] {
			out = append(out, "the "+kind+" "+name+" is missing")
		}
	}
	for _, name := range sortedKeys(got) {
		if !want[name] {
			out = append(out, "there is "+article+kind+" "+name+" that Daymark does not know")
		}
	}
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
