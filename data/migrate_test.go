package data

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Migrations are tested from every earlier schema version with data in
// every table, without naming versions or tables: a new migration file is
// picked up as it is. The data comes from a database at the current
// version holding something in every table (richFile); a file at version
// v gets the rows and columns of it that version v has.

// sqlOpen opens a plain connection to the file at path: no WAL switch, no
// foreign keys, nothing of Open.
func sqlOpen(path string) (*sql.DB, error) { return sql.Open("sqlite3", fileURI(path)+"?mode=rw") }

// fileVersion reads the schema version of the file at path.
func fileVersion(t testing.TB, path string) int {
	t.Helper()
	db, err := sqlOpen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var v int
	if err := db.QueryRow("PRAGMA user_version").Scan(&v); err != nil {
		t.Fatal(err)
	}
	return v
}

// richFile returns a database at the current schema version with rows in
// every table: sampleContents and a few decisions.
func richFile(t testing.TB) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "rich.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if err := s.Replace(ctx, sampleContents()); err != nil {
		t.Fatal(err)
	}
	for _, d := range []Decision{
		{Date: NewDate(2026, 3, 1), Title: "Delay the launch", Situation: "quality", Feeling: ptr(-2), Confidence: ptr(7), Honoured: []int64{10}, Compromised: []int64{20}, DimensionID: 2, ReviewOn: NewDate(2026, 4, 1), Outcome: "fine"},
		{Date: NewDate(2026, 3, 5), Title: "Hire", Rationale: "budget", Feeling: ptr(1), Honoured: []int64{20}},
	} {
		if err := s.SaveDecision(ctx, &d); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

// tables returns the ordinary tables of the database with their columns:
// not virtual tables (full-text indexes) nor their shadow tables, which
// triggers keep in step.
func tables(t testing.TB, db *sql.DB, schema string) map[string][]string {
	t.Helper()
	rows, err := db.Query("SELECT name FROM pragma_table_list WHERE schema = ? AND type = 'table' AND name NOT LIKE 'sqlite_%'", schema)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			t.Fatal(err)
		}
		names = append(names, n)
	}
	rows.Close()
	out := map[string][]string{}
	for _, n := range names {
		cols, err := db.Query(fmt.Sprintf("SELECT name FROM pragma_table_info('%s', '%s')", n, schema))
		if err != nil {
			t.Fatal(err)
		}
		for cols.Next() {
			var c string
			if err := cols.Scan(&c); err != nil {
				t.Fatal(err)
			}
			out[n] = append(out[n], c)
		}
		cols.Close()
	}
	return out
}

// fileAtVersion writes a Daymark database at an earlier schema version,
// the way that version stored it, holding every row of richFile that its
// tables can hold.
func fileAtVersion(t testing.TB, version int) string {
	t.Helper()
	return fileAtVersionFrom(t, version, richFile(t))
}

func fileAtVersionFrom(t testing.TB, version int, rich string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("v%d.db", version))
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // ATTACH is per connection
	for _, m := range migrations()[:version] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
	}
	if _, err := db.Exec(fmt.Sprintf("PRAGMA user_version = %d; ATTACH DATABASE '%s' AS rich", version, rich)); err != nil {
		t.Fatal(err)
	}
	richTables := tables(t, db, "rich")
	// A table whose triggers check another (timed minutes within the actual
	// ones) is copied once that one is: tables that fail wait for a later pass.
	pending := tables(t, db, "main")
	for len(pending) > 0 {
		failed := map[string][]string{}
		var last error
		for table, cols := range pending {
			var common []string
			for _, c := range cols {
				for _, rc := range richTables[table] {
					if c == rc {
						common = append(common, c)
					}
				}
			}
			list := strings.Join(common, ", ")
			q := fmt.Sprintf("INSERT OR REPLACE INTO main.%s (%s) SELECT %s FROM rich.%s", table, list, list, table)
			if _, err := db.Exec(q); err != nil {
				failed[table], last = cols, fmt.Errorf("copying %s into version %d: %v", table, version, err)
			}
		}
		if len(failed) == len(pending) {
			t.Fatal(last)
		}
		pending = failed
	}
	return path
}

// snapshot returns every row of every table of the file at path, each
// table's rows sorted, as text.
func snapshot(t testing.TB, path string) map[string][]string {
	t.Helper()
	_, rows := columnsAndRows(t, path)
	return rows
}

// columnsAndRows returns the tables of the file at path with their
// columns, and their rows as snapshot does.
func columnsAndRows(t testing.TB, path string) (map[string][]string, map[string][]string) {
	t.Helper()
	db, err := sqlOpen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	cols := tables(t, db, "main")
	return cols, rowsOf(t, db, cols)
}

// rowsOf returns the rows of the given tables and columns, as text.
func rowsOf(t testing.TB, db *sql.DB, want map[string][]string) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	for table, cols := range want {
		rows, err := db.Query(fmt.Sprintf("SELECT %s FROM %s", strings.Join(cols, ", "), table))
		if err != nil {
			t.Fatalf("%s: %v", table, err)
		}
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			var b strings.Builder
			for i, v := range vals {
				if x, ok := v.([]byte); ok {
					v = string(x)
				}
				fmt.Fprintf(&b, "%s=%v|", cols[i], v)
			}
			out[table] = append(out[table], b.String())
		}
		rows.Close()
		sort.Strings(out[table])
	}
	return out
}

// missing returns the rows of before that after lacks, table by table.
func missing(before, after map[string][]string) []string {
	var lost []string
	for table, rows := range before {
		have := map[string]int{}
		for _, r := range after[table] {
			have[r]++
		}
		for _, r := range rows {
			if have[r] == 0 {
				lost = append(lost, table+": "+r)
			}
			have[r]--
		}
	}
	return lost
}

func TestTheTestDataFillsEveryTableThatMigrates(t *testing.T) {
	rich := richFile(t)
	for version, path := range map[int]string{SchemaVersion() - 1: fileAtVersionFrom(t, SchemaVersion()-1, rich), SchemaVersion(): rich} {
		cols, rows := columnsAndRows(t, path)
		for table := range cols { // rows has no key for a table without rows
			if len(rows[table]) == 0 {
				t.Errorf("table %s of schema %d has no rows in richFile: add some, so that migrating it is tested with data in it", table, version)
			}
		}
	}
}

func TestMigratingFromEveryEarlierVersionKeepsEveryRowAndBacksUpFirst(t *testing.T) {
	rich := richFile(t)
	for v := 1; v < SchemaVersion(); v++ {
		t.Run(fmt.Sprintf("from version %d", v), func(t *testing.T) {
			path := fileAtVersionFrom(t, v, rich)
			cols, before := columnsAndRows(t, path)
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			if got, _ := s.Version(ctx); got != SchemaVersion() {
				t.Errorf("version = %d, want %d", got, SchemaVersion())
			}
			// Compared on the columns version v had: a migration may add some.
			after := rowsOf(t, s.db, cols)
			if lost := missing(before, after); len(lost) > 0 {
				t.Errorf("migrating from %d lost %d rows, first %s", v, len(lost), lost[0])
			}
			if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
				t.Errorf("after migrating: %v %v", problems, err)
			}
			if c, err := s.Contents(ctx); err != nil || len(c.Days) != len(sampleContents().Days) || c.Days[0].Note != sampleContents().Days[0].Note {
				t.Errorf("the store cannot read what it migrated: %v", err)
			}

			list, err := Backups(path)
			if err != nil {
				t.Fatal(err)
			}
			if len(list) != 1 || list[0].Reason != fmt.Sprintf("before-schema-%d", SchemaVersion()) {
				t.Fatalf("backups = %+v, want one made before migrating", list)
			}
			if got := fileVersion(t, list[0].Path); got != v {
				t.Errorf("the backup is at version %d, want %d", got, v)
			}
			backup := snapshot(t, list[0].Path)
			if lost := missing(before, backup); len(lost) > 0 || len(missing(backup, before)) > 0 {
				t.Errorf("the backup is not the file as it was: %d rows lost", len(lost))
			}
		})
	}
}

func TestAFailedMigrationLeavesTheFileAsItWas(t *testing.T) {
	rich := richFile(t)
	real := migrations
	defer func() { migrations = real }()
	for v := 1; v <= SchemaVersion(); v++ {
		t.Run(fmt.Sprintf("at version %d", v), func(t *testing.T) {
			path := fileAtVersionFrom(t, v, rich)
			cols, before := columnsAndRows(t, path)
			// The next migration does all its real work, then fails.
			broken := append([]migration{}, real()...)
			next := migration{version: v + 1, name: "broken.sql", sql: "CREATE TABLE half_done (x);"}
			if v < len(broken) {
				next = broken[v]
				broken = broken[:v]
			}
			next.sql += ";\nINSERT INTO no_such_table VALUES (1);"
			broken = append(broken, next)
			migrations = func() []migration { return broken }
			if s, err := Open(path); err == nil {
				s.Close()
				t.Fatal("a broken migration succeeded")
			} else if !strings.Contains(ErrorMessage(err), fmt.Sprintf("could not update the database to schema %d", v+1)) {
				t.Errorf("the error says %q", ErrorMessage(err))
			}
			migrations = real

			if got := fileVersion(t, path); got != v {
				t.Errorf("version = %d after the failed migration, want %d", got, v)
			}
			nowCols, now := columnsAndRows(t, path)
			if len(nowCols) != len(cols) {
				t.Errorf("the failed migration left tables behind: %d tables, were %d", len(nowCols), len(cols))
			}
			if lost := missing(before, now); len(lost) > 0 || len(missing(now, before)) > 0 {
				t.Errorf("the failed migration changed the rows: %v", lost)
			}
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if got, _ := s.Version(context.Background()); got != SchemaVersion() {
				t.Errorf("a later Open reached version %d, want %d", got, SchemaVersion())
			}
		})
	}
}

func TestTheSearchIndexIsRebuiltWithPrefixes(t *testing.T) {
	fresh := filepath.Join(t.TempDir(), "fresh.db") // no decisions but the one below
	if s, err := Open(fresh); err != nil {
		t.Fatal(err)
	} else {
		s.Close()
	}
	path := fileAtVersionFrom(t, 7, fresh) // the schema before prefixes
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	_, err = db.Exec(`INSERT INTO decision (date, title, situation) VALUES ('2026-01-05', 'Delay the launch', 'Testing found regressions')`)
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, text := range []string{"launch", "t", "re", "regressions"} {
		if n, _ := s.CountDecisions(context.Background(), DecisionFilter{Text: text}); n != 1 {
			t.Errorf("%q finds %d decisions after migrating, want 1", text, n)
		}
	}
}
