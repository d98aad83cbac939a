package data

import (
	"context"
	"database/sql"
	"fmt"
	"path/filepath"
	"testing"
)

// fileAtVersion writes a Daymark database at an earlier schema version, with
// the default dimensions and two days in it, the way that version stored them.
func fileAtVersion(t *testing.T, version int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), fmt.Sprintf("v%d.db", version))
	db, err := sql.Open("sqlite3", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, m := range migrations()[:version] {
		if _, err := db.Exec(m.sql); err != nil {
			t.Fatalf("%s: %v", m.name, err)
		}
	}
	stmts := []string{
		fmt.Sprintf("PRAGMA user_version = %d", version),
		`INSERT INTO dimension (id, name, description, colour, position) VALUES
			(1, 'My self', 'me', '#D97706', 1), (2, 'People', 'them', '#2563EB', 2)`,
		`INSERT INTO day (date, note) VALUES ('2026-01-05', 'first day'), ('2026-01-06', '')`,
		`INSERT INTO entry (date, dimension_id, planned, actual) VALUES
			('2026-01-05', 1, 120, 90), ('2026-01-05', 2, 60, 75), ('2026-01-06', 2, 30, 0)`,
	}
	for _, q := range stmts {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func TestMigratingFromEveryEarlierVersionKeepsTheDataAndBacksUpFirst(t *testing.T) {
	for v := 1; v < SchemaVersion(); v++ {
		t.Run(fmt.Sprintf("from version %d", v), func(t *testing.T) {
			path := fileAtVersion(t, v)
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			ctx := context.Background()
			if got, _ := s.Version(ctx); got != SchemaVersion() {
				t.Errorf("version = %d, want %d", got, SchemaVersion())
			}
			c, err := s.Contents(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(c.Dimensions) != 2 || c.Dimensions[1].Name != "People" || len(c.Days) != 2 ||
				c.Days[0].Note != "first day" || c.Days[0].Planned[1] != 120 || c.Days[0].Actual[2] != 75 || c.Days[1].Planned[2] != 30 {
				t.Errorf("after migrating: %+v", c)
			}
			if _, err := s.Revision(ctx); err != nil {
				t.Errorf("no revision after migrating: %v", err)
			}
			list, _ := Backups(path)
			if len(list) != 1 || list[0].Reason != fmt.Sprintf("before-schema-%d", SchemaVersion()) {
				t.Fatalf("backups = %+v, want one made before migrating", list)
			}
			old, err := sql.Open("sqlite3", list[0].Path+"?mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			defer old.Close()
			var oldVersion, days int
			old.QueryRow("PRAGMA user_version").Scan(&oldVersion)
			old.QueryRow("SELECT count(*) FROM day").Scan(&days)
			if oldVersion != v || days != 2 {
				t.Errorf("the backup is at version %d with %d days, want %d with 2", oldVersion, days, v)
			}
		})
	}
}

func TestAFailedMigrationLeavesTheFileAsItWas(t *testing.T) {
	path := fileAtVersion(t, SchemaVersion())
	real := migrations
	defer func() { migrations = real }()
	latest := SchemaVersion()
	migrations = func() []migration {
		return append(append([]migration{}, real()...), migration{
			version: latest + 1,
			name:    "broken.sql",
			sql:     "CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);",
		})
	}
	if s, err := Open(path); err == nil {
		s.Close()
		t.Fatal("a broken migration succeeded")
	}
	migrations = real
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	if v, _ := s.Version(ctx); v != SchemaVersion() {
		t.Errorf("version = %d after the failed migration, want %d", v, SchemaVersion())
	}
	var n int
	s.db.QueryRow("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").Scan(&n)
	if n != 0 {
		t.Error("half of the failed migration was kept")
	}
	if day, _ := s.Day(ctx, NewDate(2026, 1, 5)); day.Planned[1] != 120 {
		t.Errorf("data lost: %+v", day)
	}
}

func TestTheSearchIndexIsRebuiltWithPrefixes(t *testing.T) {
	path := fileAtVersion(t, 5)
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
