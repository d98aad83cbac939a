package sync

import (
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"daymark/data"
)

// changeFiles reads every change file of the folder, without what each
// needs applied first: to apply them in any order.
func changeFiles(t *testing.T, dir string) []data.ChangeFile {
	t.Helper()
	l, err := list(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []data.ChangeFile
	for _, files := range l.files {
		for _, ff := range files {
			r, err := os.Open(filepath.Join(dir, ff.name))
			if err != nil {
				t.Fatal(err)
			}
			f, err := Decode(r)
			r.Close()
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, data.ChangeFile{Device: f.Device, Seq: f.Seq, Name: ff.name, Changes: f.Changes})
		}
	}
	return out
}

func TestTheSameChangeFilesInAnyOrderAnyNumberOfTimesGiveTheSameDatabase(t *testing.T) {
	dir := folder(t)
	clock := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	tick := func() time.Time { clock = clock.Add(time.Second); return clock }
	a := openDevice(t, t.TempDir()+"/a.db", tick)
	b := openDevice(t, t.TempDir()+"/b.db", tick)
	c := openDevice(t, t.TempDir()+"/c.db", tick)
	ctx := context.Background()
	day := data.NewDate(2026, 3, 1)
	// Each makes changes, some to the same fields, without seeing the
	// others', then again after a round.
	for pass := range 2 {
		for i, d := range []*device{a, b, c} {
			x := d.day(day)
			x.Note = "note of " + itoa(i) + " in pass " + itoa(pass)
			x.Planned[d.dim("People")] = 30 * (i + 1 + pass)
			x.Actual[d.dim([]string{"My self", "Value management", "People"}[i])] = 20 * (i + 1)
			d.saveDay(x)
			dec := data.Decision{Date: day, Title: "Decision " + itoa(i) + "." + itoa(pass), Outcome: "by " + itoa(i)}
			if err := d.store.SaveDecision(ctx, &dec); err != nil {
				t.Fatal(err)
			}
			dims := d.dims()
			dims[0].Description = "described by " + itoa(i)
			if err := d.store.UpdateDimension(ctx, dims[0]); err != nil {
				t.Fatal(err)
			}
		}
		for _, d := range []*device{a, b, c} {
			d.round(dir)
		}
	}
	files := changeFiles(t, dir)
	if len(files) < 6 {
		t.Fatalf("%d files", len(files))
	}
	// Every device, after a round, and fresh databases that apply the files
	// in shuffled orders, each file twice, agree.
	a.round(dir)
	b.round(dir)
	c.round(dir)
	same(t, a, b, c)
	if n, _ := c.store.CountConflicts(ctx); n == 0 {
		t.Fatal("no conflicts: the changes were not made apart, as they must be here")
	}
	want := a.export()
	rng := rand.New(rand.NewPCG(1, 1440))
	for n := range 6 {
		order := append([]data.ChangeFile{}, files...)
		order = append(order, files...)
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		fresh := newDevice(t, "fresh"+itoa(n))
		res, err := fresh.store.ApplyChanges(ctx, order)
		if err != nil {
			t.Fatal(err)
		}
		for i, err := range res.Failed {
			if err != nil {
				t.Fatalf("%s: %v", order[i].Name, err)
			}
		}
		if got := fresh.export(); got != want {
			t.Fatalf("order %d gives another database: %s", n, diff(want, got))
		}
	}
}
