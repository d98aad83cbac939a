package sync

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"daymark/data"
)

// note saves a note on a day of device d.
func (d *device) note(date data.Date, text string) {
	d.t.Helper()
	day := d.day(date)
	day.Note = text
	d.saveDay(day)
}

// filesOf returns the names of device d's change files in dir, in order.
func (d *device) filesOf(dir string) []string {
	d.t.Helper()
	id, err := d.store.Device(context.Background())
	if err != nil {
		d.t.Fatal(err)
	}
	l, err := list(dir)
	if err != nil {
		d.t.Fatal(err)
	}
	var out []string
	for _, f := range l.files[id] {
		out = append(out, f.name)
	}
	return out
}

// skipped returns the skips of a report as "file: reason" lines.
func skipped(rep Report) string {
	var lines []string
	for _, s := range rep.Skipped {
		lines = append(lines, s.File+": "+s.Reason)
	}
	return strings.Join(lines, "\n")
}

func TestFilesThatCannotBeTakenAreSkippedWithoutHarmAndTriedAgain(t *testing.T) {
	dir := folder(t)
	b := newDevice(t, "writer")
	b.round(dir) // its defaults: file 1
	days := []data.Date{data.NewDate(2026, 3, 2), data.NewDate(2026, 3, 3), data.NewDate(2026, 3, 4)}
	for i, date := range days {
		b.note(date, "note "+itoa(i+2))
		b.round(dir) // files 2, 3, 4
	}
	files := b.filesOf(dir)
	if len(files) != 4 {
		t.Fatalf("the writer's files: %v", files)
	}
	path := func(name string) string { return filepath.Join(dir, name) }
	whole, err := os.ReadFile(path(files[1]))
	if err != nil {
		t.Fatal(err)
	}
	newer := []byte(strings.Replace(string(whole), Format+" 1\n", Format+" 2\n", 1))
	cases := []struct {
		name    string
		setup   func()
		skipped string // what the skip says
		undo    func()
		files   int // the files skipped: the one, and those behind it
	}{
		{"cut short", func() { os.WriteFile(path(files[1]), whole[:len(whole)-7], 0o600) },
			files[1] + ": it is incomplete or damaged (it may still be arriving)", func() { os.WriteFile(path(files[1]), whole, 0o600) }, 3},
		{"garbage", func() { os.WriteFile(path(files[1]), []byte("PK\x03\x04 not a sync file at all"), 0o600) },
			files[1] + ": it is not a Daymark sync file", func() { os.WriteFile(path(files[1]), whole, 0o600) }, 3},
		{"written by a newer Daymark", func() { os.WriteFile(path(files[1]), newer, 0o600) },
			files[1] + ": it was written by a newer Daymark (sync format 2; this one reads 1)", func() { os.WriteFile(path(files[1]), whole, 0o600) }, 3},
		{"not there yet", func() { os.Rename(path(files[1]), path("x")) },
			files[2] + ": it waits for " + files[1] + ", which is not in the folder yet", func() { os.Rename(path("x"), path(files[1])) }, 2},
		{"a copy under the next file's name", func() {
			os.Rename(path(files[1]), path("x"))
			os.WriteFile(path(files[1]), mustRead(t, path(files[0])), 0o600)
		},
			files[1] + ": it holds " + files[0] + ": a copy under another name, or a rename; it is left alone", func() { os.Rename(path("x"), path(files[1])) }, 3},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			c := newDevice(t, "reader")
			tc.setup()
			rep := c.round(dir)
			if !strings.Contains(skipped(rep), tc.skipped) || rep.SkippedFiles() != tc.files {
				t.Errorf("skipped %d files:\n%s\nwant %q", rep.SkippedFiles(), skipped(rep), tc.skipped)
			}
			if strings.Contains(c.export(), "note 2") || strings.Contains(c.export(), "note 3") {
				t.Error("a change of the file skipped, or of one after it, was applied")
			}
			tc.undo()
			rep = c.round(dir)
			if len(rep.Skipped) != 0 || c.day(days[2]).Note != "note 4" {
				t.Errorf("tried again, the files apply: %+v", rep)
			}
		})
	}
}

func TestCopiesASyncServiceMakesAreSkippedWithASentence(t *testing.T) {
	dir := folder(t)
	b, c := newDevice(t, "writer"), newDevice(t, "reader")
	b.note(data.NewDate(2026, 3, 2), "mine")
	b.round(dir)
	name := b.filesOf(dir)[0]
	raw := mustRead(t, filepath.Join(dir, name))
	stem := strings.TrimSuffix(name, ".changes")
	copies := map[string]string{
		stem + " (Alice's conflicted copy 2026-03-01).changes":  "a copy the sync service made when it saw two versions (a “conflicted copy”)",
		stem + ".sync-conflict-20260301-101010-ABCDEFG.changes": "a copy the sync service made when it saw two versions (a “conflicted copy”)",
		stem + " (1).changes": "not named as Daymark names its files (a copy, or renamed?): it is left alone",
	}
	for copyName := range copies {
		if err := os.WriteFile(filepath.Join(dir, copyName), raw, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	rep := c.round(dir)
	for copyName, reason := range copies {
		if !strings.Contains(skipped(rep), copyName+": "+reason) {
			t.Errorf("%s is not skipped as it should: %s", copyName, skipped(rep))
		}
	}
	if rep.Received == 0 || c.day(data.NewDate(2026, 3, 2)).Note != "mine" || rep.SkippedFiles() != 3 {
		t.Errorf("the original file applies, once: %+v", rep)
	}
	if rep := c.round(dir); rep.Received != 0 || rep.SkippedFiles() != 3 {
		t.Errorf("the next round: %+v", rep)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
