package sync

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	gosync "sync"
	"testing"

	"daymark/app/demo"
	"daymark/data"
)

// The benchmarks of make bench: a round on the database PRODUCT.md's
// budgets are set for (ten years of days, 10,000 decisions) that applies a
// year of another device's changes (budget: 2 s), and a round with nothing
// new (budget: 50 ms).

var benchFiles = struct {
	once   gosync.Once
	dir    string // removed by TestMain
	db     string // the ten-year database, synced once, before the other's year
	folder string // holding its files and the other device's year of changes
	err    error
}{}

// yearApart makes, once per run, the ten-year database of a device that
// synced through a folder, and a second device's year of changes in that
// folder: a plan and a note on each of the last 365 days, and an outcome
// written for 1,000 decisions.
func yearApart(b *testing.B) (db, folder string) {
	b.Helper()
	f := &benchFiles
	f.once.Do(func() {
		ctx := context.Background()
		if f.dir, f.err = os.MkdirTemp("", "daymark-sync-bench-"); f.err != nil {
			return
		}
		f.db, f.folder = filepath.Join(f.dir, "work", "work.db"), filepath.Join(f.dir, "folder")
		os.Mkdir(f.folder, 0o700)
		work, err := data.Open(f.db)
		if err != nil {
			f.err = err
			return
		}
		defer work.Close()
		end := data.NewDate(2026, 11, 22)
		if _, f.err = demo.Fill(ctx, work, demo.Options{Days: 3650, Decisions: 10000, End: end, Seed: 1}); f.err != nil {
			return
		}
		if _, f.err = New(work).RoundIn(ctx, f.folder); f.err != nil {
			return
		}
		home, err := data.Open(filepath.Join(f.dir, "home", "home.db"))
		if err != nil {
			f.err = err
			return
		}
		defer home.Close()
		if _, f.err = New(home).RoundIn(ctx, f.folder); f.err != nil {
			return
		}
		f.err = aYearOfChanges(ctx, home, end)
		if f.err == nil {
			_, f.err = New(home).RoundIn(ctx, f.folder)
		}
	})
	if f.err != nil {
		b.Fatal(f.err)
	}
	return f.db, f.folder
}

// aYearOfChanges changes, on store, the plan and the note of each of the
// year's days up to end, and the outcome of 1,000 decisions.
func aYearOfChanges(ctx context.Context, store *data.Store, end data.Date) error {
	dims, err := store.Dimensions(ctx)
	if err != nil {
		return err
	}
	err = store.ChangeDays(ctx, end.AddDays(-364), end, func(days []data.Day) ([]data.Day, error) {
		for i := range days {
			days[i].Planned[dims[i%len(dims)].ID] = 15 + i%60
			days[i].Note = fmt.Sprintf("changed at home (%d)", i)
		}
		return days, nil
	})
	if err != nil {
		return err
	}
	ds, err := store.Decisions(ctx, data.DecisionFilter{Limit: 1000})
	if err != nil {
		return err
	}
	for i := range ds {
		ds[i].Outcome = "looked at again at home"
	}
	return store.SaveDecisions(ctx, ds)
}

// copyFile copies a file, as a fresh start of each run.
func copyFile(b *testing.B, from, to string) {
	b.Helper()
	in, err := os.Open(from)
	if err != nil {
		b.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	if err != nil {
		b.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		b.Fatal(err)
	}
	out.Close()
}

func BenchmarkSyncRoundAYearOfChangesTenYears(b *testing.B) {
	db, folder := yearApart(b)
	ctx := context.Background()
	for b.Loop() {
		b.StopTimer()
		dir := b.TempDir()
		path := filepath.Join(dir, "work.db")
		copyFile(b, db, path)
		store, err := data.Open(path)
		if err != nil {
			b.Fatal(err)
		}
		s := New(store)
		b.StartTimer()
		rep, err := s.RoundIn(ctx, folder)
		b.StopTimer()
		if err != nil || rep.Received < 365*2 || len(rep.Skipped) != 0 || rep.Sent != 0 {
			b.Fatalf("%+v %v", rep, err)
		}
		store.Close()
		b.StartTimer()
	}
}

func BenchmarkSyncRoundNothingNewTenYears(b *testing.B) {
	db, folder := yearApart(b)
	ctx := context.Background()
	path := filepath.Join(b.TempDir(), "work.db")
	copyFile(b, db, path)
	store, err := data.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer store.Close()
	s := New(store)
	if _, err := s.RoundIn(ctx, folder); err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		rep, err := s.RoundIn(ctx, folder)
		if err != nil || rep.Received != 0 || rep.Sent != 0 {
			b.Fatalf("%+v %v", rep, err)
		}
	}
}
