package sync

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"daymark/data"
)

func TestTwoDatabasesUsedApartMergeByMeaning(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	clock := func() time.Time { return now }
	a := openDevice(t, t.TempDir()+"/work.db", clock)
	b := openDevice(t, t.TempDir()+"/home.db", clock)
	// Apart: each plans days, one the same; each makes a value and a
	// context of the same name, and a dimension of the same name.
	shared := data.NewDate(2026, 2, 27)
	day := a.day(shared)
	day.Planned[a.dim("People")] = 60
	day.Note = "from work"
	a.saveDay(day)
	day = b.day(shared)
	day.Planned[b.dim("My self")] = 90
	b.saveDay(day)
	for i, d := range []*device{a, b} {
		v := data.Value{Kind: data.Personal, Name: "Trust", Meaning: []string{"", "say what I mean"}[i]}
		if err := d.store.CreateValue(ctx, &v, shared); err != nil {
			t.Fatal(err)
		}
		x := data.ValueContext{Name: "Team"}
		if err := d.store.SaveContext(ctx, &x); err != nil {
			t.Fatal(err)
		}
		dim := data.Dimension{Name: "health ", Colour: "#123456"}
		if err := d.store.CreateDimension(ctx, &dim); err != nil {
			t.Fatal(err)
		}
		d.note(data.NewDate(2026, 2, 20+i), "only on "+itoa(i))
		now = now.Add(time.Minute) // home's, the later
	}
	dir := folder(t)
	both(a, b, dir)
	same(t, a, b)
	got := a.day(shared)
	if got.Planned[a.dim("People")] != 60 || got.Planned[a.dim("My self")] != 90 || got.Note != "from work" {
		t.Errorf("the day merged field by field: %+v", got)
	}
	values, _ := a.store.Values(ctx)
	contexts, _ := a.store.Contexts(ctx)
	if len(values) != 1 || values[0].Meaning != "say what I mean" || len(contexts) != 1 || len(a.dims()) != 5 {
		t.Errorf("things of one name are one: %d values %+v, %d contexts, %d dimensions", len(values), values, len(contexts), len(a.dims()))
	}
	// What the two said differently is a conflict, never lost.
	list := a.conflicts()
	if len(list) != 1 || list[0].What != "the value “Trust”: the meaning" || list[0].Other != "nothing" {
		t.Errorf("conflicts: %+v", list)
	}
	if a.day(data.NewDate(2026, 2, 20)).Note != "only on 0" || b.day(data.NewDate(2026, 2, 21)).Note != "only on 1" {
		t.Error("a day of one side only is on both")
	}
}

func TestTwoNamesThatMeetAreToldApart(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	a, b, dir := pair(t, &now)
	// Apart, each renames a different dimension to "Craft".
	for i, d := range []*device{a, b} {
		dims := d.dims()
		dims[i].Name = "Craft"
		if err := d.store.UpdateDimension(ctx, dims[i]); err != nil {
			t.Fatal(err)
		}
		now = now.Add(time.Minute)
	}
	both(a, b, dir)
	same(t, a, b)
	names := map[string]bool{}
	for _, d := range a.dims() {
		names[d.Name] = true
	}
	if !names["Craft"] || !names["Craft (2)"] || len(names) != 4 {
		t.Errorf("the dimensions are %v", names)
	}
}

func TestANewDeviceStartsFromTheSnapshotOnceChangeFilesAreCompacted(t *testing.T) {
	dir := folder(t)
	a := newDevice(t, "work")
	a.syncer.Compact = 3
	a.demo(10)
	for i := range 4 {
		a.note(data.NewDate(2026, 2, 20+i), "edit "+itoa(i))
		rep := a.round(dir)
		if rep.Snapshot != (i == 2) {
			t.Errorf("the third change file is compacted: %+v", rep)
		}
	}
	files := a.filesOf(dir)
	if len(files) != 2 || !strings.HasSuffix(files[0], "00000003.snapshot") || !strings.HasSuffix(files[1], "00000004.changes") {
		t.Fatalf("after compacting, the folder holds %v", files)
	}
	b := newDevice(t, "new")
	if rep := b.round(dir); len(rep.Skipped) != 0 || rep.Devices != 1 {
		t.Fatalf("the new device: %+v", rep)
	}
	same(t, a, b)
	// A device far behind takes the snapshot in place of the files gone.
	c := newDevice(t, "behind")
	c.round(dir)
	for i := range 6 {
		a.note(data.NewDate(2026, 2, 10+i), "later "+itoa(i))
		a.round(dir)
	}
	if len(a.filesOf(dir)) > 4 {
		t.Errorf("the folder keeps growing: %v", a.filesOf(dir))
	}
	if rep := c.round(dir); len(rep.Skipped) != 0 {
		t.Fatalf("the device behind: %+v", rep)
	}
	same(t, a, c)
}

func TestACopyOfTheDatabaseTakesANewDeviceID(t *testing.T) {
	dir := folder(t)
	a := newDevice(t, "work")
	a.demo(5)
	a.round(dir)
	// The file is copied to a second laptop, and both go on.
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if err := a.store.BackupTo(context.Background(), copyPath); err != nil {
		t.Fatal(err)
	}
	b := openDevice(t, copyPath, nil)
	a.note(data.NewDate(2026, 2, 27), "at work")
	a.round(dir)
	b.note(data.NewDate(2026, 2, 28), "on the copy")
	rep := b.round(dir)
	if rep.NewDevice == "" {
		t.Fatalf("the copy did not notice: %+v", rep)
	}
	if rep.Sent == 0 || b.day(data.NewDate(2026, 2, 27)).Note != "at work" {
		t.Errorf("the copy sends its changes under its new ID and takes the original's: %+v", rep)
	}
	a.round(dir)
	same(t, a, b)
	ids := map[string]bool{}
	l, _ := list(dir)
	for id := range l.files {
		ids[id] = true
	}
	if len(ids) != 2 {
		t.Errorf("the folder holds the files of %d devices", len(ids))
	}
}

func TestTheFolderIsNeverTheDatabases(t *testing.T) {
	home := t.TempDir()
	dbPath := filepath.Join(home, "data", "daymark.db")
	a := openDevice(t, dbPath, nil)
	inside := filepath.Join(home, "data", "sync")
	os.MkdirAll(inside, 0o700)
	link := filepath.Join(t.TempDir(), "link")
	os.Symlink(filepath.Join(home, "data"), link)
	file := filepath.Join(home, "a-file")
	os.WriteFile(file, nil, 0o600)
	for _, tc := range []struct{ dir, want string }{
		{filepath.Join(home, "data"), "is the database's own folder"},
		{link, "is the database's own folder"},
		{inside, "is inside the database's folder"},
		{home, "holds the database"},
		{filepath.Join(home, "data", "backups"), "there is no folder at"},
		{filepath.Join(home, "missing"), "there is no folder at"},
		{file, "is a file, not a folder"},
		{"  ", "the sync folder is empty"},
	} {
		_, err := a.syncer.RoundIn(context.Background(), tc.dir)
		if err == nil || !strings.Contains(data.ErrorMessage(err), tc.want) {
			t.Errorf("%q: %v, want %q", tc.dir, err, tc.want)
		}
	}
	os.MkdirAll(filepath.Join(home, "data", "backups"), 0o700)
	if _, err := a.syncer.RoundIn(context.Background(), filepath.Join(home, "data", "backups")); err == nil {
		t.Error("the backups folder was taken")
	}
	if f, _ := a.syncer.Folder(context.Background()); f != "" {
		t.Errorf("a folder refused was remembered: %q", f)
	}
}
