package data

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestBackupIsAWholeOwnerOnlyCopyInTheBackupsFolder(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 3, 3), dims[0].ID, 90, 45)); err != nil {
		t.Fatal(err)
	}

	b, err := s.Backup(ctx, "manual")
	if err != nil {
		t.Fatal(err)
	}
	if filepath.Dir(b.Path) != filepath.Join(filepath.Dir(s.Path()), "backups") || b.Revision != 1 || b.Reason != "manual" || b.Size == 0 {
		t.Errorf("backup = %+v", b)
	}
	info, err := os.Stat(b.Path)
	if err != nil || info.Mode().Perm() != 0o600 {
		t.Errorf("backup mode = %v, %v", info.Mode().Perm(), err)
	}
	if dir, _ := os.Stat(filepath.Dir(b.Path)); dir.Mode().Perm() != 0o700 {
		t.Errorf("backups folder mode = %v", dir.Mode().Perm())
	}
	list, err := Backups(s.Path())
	if err != nil || len(list) != 1 || list[0].Path != b.Path || list[0].Revision != 1 {
		t.Fatalf("Backups = %+v, %v", list, err)
	}
	copyStore, err := Open(b.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer copyStore.Close()
	day, err := copyStore.Day(ctx, NewDate(2026, 3, 3))
	if err != nil {
		t.Fatal(err)
	}
	if day.Planned[dims[0].ID] != 90 || day.Actual[dims[0].ID] != 45 {
		t.Errorf("the backup holds %+v", day)
	}
}

func TestBackupToRefusesAnExistingFile(t *testing.T) {
	s := openTemp(t)
	dest := filepath.Join(t.TempDir(), "mine.db")
	if err := os.WriteFile(dest, []byte("keep me"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := s.BackupTo(context.Background(), dest); ErrorCode(err) != EConflict {
		t.Errorf("BackupTo an existing file: %v", err)
	}
	if b, _ := os.ReadFile(dest); string(b) != "keep me" {
		t.Error("the existing file was overwritten")
	}
}

func TestRotationKeepsRecentDailyAndWeeklyBackups(t *testing.T) {
	now := time.Date(2026, 11, 22, 12, 0, 0, 0, time.Local)
	var list []Backup
	// Three backups a day for the last 60 days, newest first.
	for d := 0; d < 60; d++ {
		for h := 0; h < 3; h++ {
			list = append(list, Backup{Path: "x", Time: now.Add(-time.Duration(d)*24*time.Hour - time.Duration(h)*4*time.Hour)})
		}
	}
	gone := expired(list, now)
	kept := len(list) - len(gone)
	// The last 24 h (6 backups over 2 calendar days), 5 more days, and older weeks.
	if kept < 7+keepWeeks-1 || kept > 6+keepDays+keepWeeks {
		t.Errorf("kept %d of %d", kept, len(list))
	}
	for _, g := range gone {
		if now.Sub(g.Time) < 24*time.Hour {
			t.Errorf("removed a backup from the last day: %v", g.Time)
		}
	}
	if oldest := list[len(list)-1]; len(expired([]Backup{oldest}, now)) != 0 {
		t.Error("the only backup would be removed")
	}
	// Eight weekly backups: the newest four weeks stay, with the seven-day rule.
	var weekly []Backup
	for w := 0; w < 8; w++ {
		weekly = append(weekly, Backup{Time: now.Add(-time.Duration(w) * 7 * 24 * time.Hour)})
	}
	if g := expired(weekly, now); len(g) != 1 || !g[0].Time.Equal(weekly[7].Time) {
		t.Errorf("of eight weekly backups removed %d (want the oldest only: seven days of backups kept)", len(g))
	}
}

func TestBackupsLeaveOtherFilesAlone(t *testing.T) {
	s := openTemp(t)
	dir := BackupFolder(s.Path())
	if err := os.MkdirAll(dir, 0o700); err != nil {
		t.Fatal(err)
	}
	foreign := filepath.Join(dir, "my-notes.db")
	if err := os.WriteFile(foreign, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	for d := range 40 { // forty daily backups a year ago fill every daily and weekly place
		old := filepath.Join(dir, backupName(s.Path(), time.Now().AddDate(-1, 0, -d), 0, "daily"))
		if err := os.WriteFile(old, []byte("x"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	older := filepath.Join(dir, backupName(s.Path(), time.Now().AddDate(-2, 0, 0), 0, "daily"))
	if err := os.WriteFile(older, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Backup(context.Background(), "manual"); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(foreign); err != nil {
		t.Error("a file Daymark did not write was removed")
	}
	if _, err := os.Stat(older); err == nil {
		t.Error("rotation kept a backup two years old beside newer daily and weekly ones")
	}
	// Seven days (the new one among them) and the newest of weeks not yet covered.
	if list, _ := Backups(s.Path()); len(list) < keepDays || len(list) > keepDays+keepWeeks-1 {
		t.Errorf("%d backups kept, want seven days' and up to four weeks'", len(list))
	}
}

func TestRestoreBringsBackABackupAndBacksUpFirst(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	date := NewDate(2026, 4, 4)
	if err := s.SaveDay(ctx, dayWith(date, dims[0].ID, 60, 0)); err != nil {
		t.Fatal(err)
	}
	b, err := s.Backup(ctx, "manual")
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(date, dims[0].ID, 999, 0)); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(b.Path)
	if err != nil {
		t.Fatal(err)
	}

	saved, err := s.Restore(ctx, b.Path)
	if err != nil {
		t.Fatal(err)
	}
	if day, _ := s.Day(ctx, date); day.Planned[dims[0].ID] != 60 {
		t.Errorf("after restoring, planned = %d, want 60", day.Planned[dims[0].ID])
	}
	after, err := os.ReadFile(b.Path)
	if err != nil {
		t.Fatal(err)
	}
	if string(before) != string(after) {
		t.Error("restoring changed the backup file")
	}
	if saved.Reason != "before-restore" {
		t.Fatalf("the backup made first is %+v", saved)
	}
	pre, err := Open(saved.Path)
	if err != nil {
		t.Fatal(err)
	}
	defer pre.Close()
	if day, _ := pre.Day(ctx, date); day.Planned[dims[0].ID] != 999 {
		t.Errorf("the before-restore backup holds %d, want 999", day.Planned[dims[0].ID])
	}
	if problems, err := s.Check(ctx); err != nil || len(problems) > 0 {
		t.Errorf("after restoring: %v %v", problems, err)
	}
}

func TestRestoreRefusesWhatIsNotADaymarkBackup(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dir := t.TempDir()
	garbage := filepath.Join(dir, "garbage.db")
	if err := os.WriteFile(garbage, []byte(strings.Repeat("x", 5000)), 0o600); err != nil {
		t.Fatal(err)
	}
	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite3", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE t (x)"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, from := range []string{garbage, other, filepath.Join(dir, "missing.db"), s.Path()} {
		if _, err := s.Restore(ctx, from); err == nil {
			t.Errorf("restored from %s", from)
		}
	}
	if list, _ := Backups(s.Path()); len(list) != 0 {
		t.Errorf("a refused restore made backups: %d", len(list))
	}
}

func TestBackupsGoToTheFolderChosen(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	path := filepath.Join(dir, "db", "daymark.db")
	chosen := filepath.Join(dir, "elsewhere", "daymark backups")
	s, err := OpenWith(path, Options{BackupFolder: chosen})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.BackupFolder() != chosen || s.BackupFolderProblem() != nil {
		t.Fatalf("folder %q, problem %v", s.BackupFolder(), s.BackupFolderProblem())
	}
	if info, err := os.Stat(chosen); err != nil || info.Mode().Perm() != 0o700 {
		t.Errorf("the chosen folder: %v, %v", info, err)
	}
	b, err := s.Backup(ctx, "manual")
	if err != nil || filepath.Dir(b.Path) != chosen {
		t.Fatalf("backup %+v, %v", b, err)
	}
	// Back beside the database: new backups go there; the list keeps both.
	if err := s.SetBackupFolder(""); err != nil {
		t.Fatal(err)
	}
	time.Sleep(2 * time.Millisecond) // backups are named to the millisecond
	beside, err := s.Backup(ctx, "manual")
	if err != nil || filepath.Dir(beside.Path) != BackupFolder(path) {
		t.Fatalf("backup %+v, %v", beside, err)
	}
	if err := s.SetBackupFolder(chosen); err != nil {
		t.Fatal(err)
	}
	list, err := s.Backups()
	if err != nil || len(list) != 2 || list[0].Path != beside.Path || list[1].Path != b.Path {
		t.Errorf("Backups = %+v, %v", list, err)
	}
	for _, bad := range []string{"relative/folder", path} { // not absolute; a file, not a folder
		if err := s.SetBackupFolder(bad); ErrorCode(err) != EInvalid {
			t.Errorf("SetBackupFolder(%q) = %v", bad, err)
		}
	}
	if s.BackupFolder() != chosen {
		t.Errorf("a refused folder changed the folder to %q", s.BackupFolder())
	}
}

func TestAnUnusableBackupFolderNeverKeepsTheDatabaseShut(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "a file")
	if err := os.WriteFile(blocker, []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := OpenWith(filepath.Join(dir, "daymark.db"), Options{BackupFolder: filepath.Join(blocker, "backups")})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if s.BackupFolder() != BackupFolder(s.Path()) || s.BackupFolderProblem() == nil || !strings.Contains(ErrorMessage(s.BackupFolderProblem()), "cannot create the backups folder") {
		t.Errorf("folder %q, problem %v", s.BackupFolder(), s.BackupFolderProblem())
	}
}
