package data

import (
	"bytes"
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"
)

// openTemp opens a new store in a fresh temporary folder.
func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "daymark.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func TestOpenCreatesFolderAndFileForOwnerOnly(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "new", "folder")
	s, err := Open(filepath.Join(dir, "daymark.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Write once so SQLite creates the WAL and shared-memory files too.
	if err := s.SaveDay(context.Background(), dayWith(NewDate(2026, 3, 2), 1, 60, 30)); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Stat(dir); err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("folder mode = %v, %v; want 0700", info.Mode().Perm(), err)
	}
	for _, name := range []string{"daymark.db", "daymark.db-wal", "daymark.db-shm"} {
		info, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if perm := info.Mode().Perm(); perm != 0o600 {
			t.Errorf("%s mode = %v, want 0600", name, perm)
		}
	}
}

func TestOpenMigratesANewFileAndReopensIt(t *testing.T) {
	path := filepath.Join(t.TempDir(), "daymark.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if v, err := s.Version(ctx); err != nil || v != SchemaVersion() {
		t.Fatalf("version = %d, %v; want %d", v, err, SchemaVersion())
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, d := range dims {
		names = append(names, d.Name)
	}
	want := []string{"My self", "People", "Organisational improvement", "Value management"}
	if len(names) != len(want) {
		t.Fatalf("default dimensions = %q, want %q", names, want)
	}
	for i := range want {
		if names[i] != want[i] || dims[i].Position != i+1 || dims[i].Archived || dims[i].Description == "" {
			t.Errorf("dimension %d = %+v, want %q at position %d with a description", i, dims[i], want[i], i+1)
		}
	}
	day := dayWith(NewDate(2026, 11, 20), dims[1].ID, 120, 95)
	day.Note = "Quarterly planning"
	if err := s.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	s.Close()

	s, err = Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.Day(ctx, day.Date)
	if err != nil {
		t.Fatal(err)
	}
	if got.Note != "Quarterly planning" || got.Planned[dims[1].ID] != 120 || got.Actual[dims[1].ID] != 95 {
		t.Errorf("after reopening, day = %+v", got)
	}
	if again, _ := s.Dimensions(ctx); len(again) != 4 {
		t.Errorf("reopening added dimensions: %d", len(again))
	}
}

func TestOpenNeverChangesAFileThatIsNotDaymarks(t *testing.T) {
	dir := t.TempDir()
	otherApp := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite3", otherApp)
	var s *Store
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')"); err != nil {
		t.Fatal(err)
	}
	db.Close()

	tooNew := filepath.Join(dir, "new.db")
	s, err = Open(tooNew)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 99"); err != nil {
		t.Fatal(err)
	}
	s.Close()

	// A real database with data, cut in half as a copy interrupted would.
	whole := richFile(t)
	checkpoint(t, whole)
	full, err := os.ReadFile(whole)
	if err != nil {
		t.Fatal(err)
	}
	// An emptied database with backups beside it.
	emptied := filepath.Join(dir, "emptied.db")
	s, err = Open(emptied)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(context.Background(), "manual"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	for _, suffix := range []string{"-wal", "-shm"} {
		os.Remove(emptied + suffix)
	}

	cases := []struct {
		name, path, code string
		content          []byte // written first when not nil
	}{
		{"a database cut in half", filepath.Join(dir, "half.db"), ECorrupt, full[:len(full)/2]},
		{"a database cut at a page", filepath.Join(dir, "page.db"), ECorrupt, full[:4096]},
		{"an emptied database with backups", emptied, ECorrupt, []byte{}},
		{"garbage", filepath.Join(dir, "garbage.db"), ECorrupt, bytes.Repeat([]byte("not a database "), 500)},
		{"short text", filepath.Join(dir, "short.db"), ECorrupt, []byte("hello")},
		{"truncated SQLite", filepath.Join(dir, "trunc.db"), ECorrupt, append([]byte("SQLite format 3\x00"), make([]byte, 80)...)},
		{"another program's SQLite", otherApp, ECorrupt, nil},
		{"a newer Daymark", tooNew, ETooNew, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if c.content != nil {
				if err := os.WriteFile(c.path, c.content, 0o600); err != nil {
					t.Fatal(err)
				}
			}
			before, err := os.ReadFile(c.path)
			if err != nil {
				t.Fatal(err)
			}
			s, err := Open(c.path)
			if err == nil {
				s.Close()
				t.Fatal("Open succeeded")
			}
			if ErrorCode(err) != c.code {
				t.Errorf("code = %q (%v), want %q", ErrorCode(err), err, c.code)
			}
			after, err := os.ReadFile(c.path)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(before, after) {
				t.Error("the file changed")
			}
			for _, suffix := range []string{"-wal", "-journal"} {
				if _, err := os.Stat(c.path + suffix); err == nil {
					t.Errorf("a %s file appeared beside it", suffix)
				}
			}
		})
	}
}

func TestOpenRefusesAFolder(t *testing.T) {
	_, err := Open(t.TempDir())
	if ErrorCode(err) != EInvalid {
		t.Errorf("opening a folder: %v", err)
	}
}

func TestOpenHandlesPathsThatLookLikeURIs(t *testing.T) {
	path := filepath.Join(t.TempDir(), "my plans?#100% ünïcode.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := os.Stat(path); err != nil {
		t.Errorf("database not at the given path: %v", err)
	}
	if s.Path() != path {
		t.Errorf("Path() = %q, want %q", s.Path(), path)
	}
}

func TestConnectionsEnforceForeignKeysAndWAL(t *testing.T) {
	s := openTemp(t)
	var fk int
	var journal, sync string
	if err := s.db.QueryRow("PRAGMA foreign_keys").Scan(&fk); err != nil || fk != 1 {
		t.Errorf("foreign_keys = %d, %v", fk, err)
	}
	if err := s.db.QueryRow("PRAGMA journal_mode").Scan(&journal); err != nil || journal != "wal" {
		t.Errorf("journal_mode = %q, %v", journal, err)
	}
	if err := s.db.QueryRow("PRAGMA synchronous").Scan(&sync); err != nil || sync != "2" {
		t.Errorf("synchronous = %q, %v; want 2 (FULL)", sync, err)
	}
}

func TestCheckFindsASoundFileSound(t *testing.T) {
	s := openTemp(t)
	problems, err := s.Check(context.Background())
	if err != nil || len(problems) != 0 {
		t.Errorf("Check = %v, %v", problems, err)
	}
	// A row that breaks a foreign key, written with the checks off.
	conn, err := s.db.Conn(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(context.Background(), "PRAGMA foreign_keys = OFF; INSERT INTO entry (date, dimension_id, planned) VALUES ('2026-01-01', 999, 5)"); err != nil {
		t.Fatal(err)
	}
	problems, err = s.Check(context.Background())
	if err != nil || len(problems) == 0 {
		t.Errorf("Check missed a broken foreign key: %v, %v", problems, err)
	}
}

// checkpoint moves everything in the file's WAL into the file itself, so
// the file alone is the whole database.
func checkpoint(t testing.TB, path string) {
	t.Helper()
	db, err := sqlOpen(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec("PRAGMA wal_checkpoint(TRUNCATE); PRAGMA journal_mode = DELETE"); err != nil {
		t.Fatal(err)
	}
}
