package data

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// openTempWith opens a new store whose changes are stamped by now.
func openTempWith(t *testing.T, now func() time.Time) *Store {
	t.Helper()
	s, err := OpenWith(filepath.Join(t.TempDir(), "daymark.db"), Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// fieldsOf returns the outgoing changes of a store as "kind record field=value".
func fieldsOf(t *testing.T, s *Store) []string {
	t.Helper()
	out, err := s.Outgoing(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	for _, c := range out.Changes {
		lines = append(lines, c.Kind+" "+c.Record+" "+c.Field+"="+c.Value)
	}
	return lines
}

// sendAll marks every outgoing change written.
func sendAll(t *testing.T, s *Store) {
	t.Helper()
	out, err := s.Outgoing(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if err := s.MarkSent(context.Background(), Sending{Seq: out.Seq, Upto: out.Upto}); err != nil {
		t.Fatal(err)
	}
}

func TestEveryWriteKeepsTheFieldsItChangedAsChanges(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	s := openTempWith(t, func() time.Time { return at })
	ctx := context.Background()
	// A new database holds what Daymark puts there, at the default reading.
	out, _ := s.Outgoing(ctx)
	if len(out.Changes) == 0 || !out.Changes[0].HLC.isDefault() {
		t.Fatalf("a new database's defaults: %+v", out.Changes[:min(1, len(out.Changes))])
	}
	sendAll(t, s)
	dims, _ := s.Dimensions(ctx)
	people := dims[1]
	day := NewDay(NewDate(2026, 3, 2))
	day.Planned[people.ID] = 90
	day.Note = "plans"
	if err := s.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	want := []string{"day 2026-03-02 note=\"plans\"", "day 2026-03-02 planned." + people.UID + "=90"}
	if got := fieldsOf(t, s); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("the changes of a save:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	sendAll(t, s)
	// Saving the same again changes nothing; clearing a field is a change
	// to none; a deleted record says so.
	if err := s.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	if got := fieldsOf(t, s); len(got) != 0 {
		t.Errorf("saving the same day again: %v", got)
	}
	day.Note = ""
	if err := s.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	if got := fieldsOf(t, s); len(got) != 1 || got[0] != "day 2026-03-02 note=null" {
		t.Errorf("clearing the note: %v", got)
	}
	d := Decision{Date: NewDate(2026, 3, 2), Title: "Hire"}
	if err := s.SaveDecision(ctx, &d); err != nil {
		t.Fatal(err)
	}
	sendAll(t, s)
	if err := s.DeleteDecision(ctx, d.ID); err != nil {
		t.Fatal(err)
	}
	if got := fieldsOf(t, s); len(got) != 1 || got[0] != "decision "+d.UID+" deleted=true" {
		t.Errorf("deleting a decision: %v", got)
	}
	// Two changes of a field before a round: one change goes out, and it
	// says it replaced what the other devices last saw.
	sendAll(t, s)
	for _, note := range []string{"one", "two"} {
		at = at.Add(time.Minute)
		day.Note = note
		if err := s.SaveDay(ctx, day); err != nil {
			t.Fatal(err)
		}
	}
	out, _ = s.Outgoing(ctx)
	if len(out.Changes) != 1 || out.Changes[0].Value != `"two"` || !out.Changes[0].Prev.Before(out.Changes[0].HLC) || out.Changes[0].Prev.Time() != time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC) {
		t.Errorf("two changes before a round: %+v", out.Changes)
	}
}

func TestAFailedWriteKeepsNoChange(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	sendAll(t, s)
	dims, _ := s.Dimensions(ctx)
	over := NewDay(NewDate(2026, 3, 2))
	over.Planned[dims[0].ID] = 1000
	over.Planned[dims[1].ID] = 1000
	if err := s.SaveDay(ctx, over); err == nil {
		t.Fatal("a day over 1440 minutes was saved")
	}
	if got := fieldsOf(t, s); len(got) != 0 {
		t.Errorf("a refused save left changes: %v", got)
	}
	var dirty int
	s.db.QueryRow("SELECT count(*) FROM sync_dirty").Scan(&dirty)
	if dirty != 0 {
		t.Errorf("%d records left marked", dirty)
	}
}
