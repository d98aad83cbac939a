package sync

import (
	"testing"
	"time"

	"daymark/data"
)

func TestADeviceAnHourBehindStillOrdersEditsCorrectly(t *testing.T) {
	dir := folder(t)
	real := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	work := openDevice(t, t.TempDir()+"/work.db", func() time.Time { return real })
	home := openDevice(t, t.TempDir()+"/home.db", func() time.Time { return real.Add(-time.Hour) }) // its clock an hour behind
	date := data.NewDate(2026, 3, 2)

	work.note(date, "written at work at nine")
	work.round(dir)
	home.round(dir)
	// Ten minutes later, at home, on top of what work wrote: by its clock
	// 8:10, before work's change; it must still come after it.
	real = real.Add(10 * time.Minute)
	home.note(date, "changed at home at ten past")
	home.round(dir)
	if rep := work.round(dir); rep.Conflicts != 0 {
		t.Errorf("a change made after seeing the other is no conflict: %+v", rep)
	}
	same(t, work, home)
	if got := work.day(date).Note; got != "changed at home at ten past" {
		t.Errorf("the later change lost to the earlier one: the note is %q", got)
	}

	// And the other way: work, after seeing home's, changes it again.
	real = real.Add(time.Minute)
	work.note(date, "and again at work")
	work.round(dir)
	home.round(dir)
	same(t, work, home)
	if got := home.day(date).Note; got != "and again at work" {
		t.Errorf("the note is %q", got)
	}
}
