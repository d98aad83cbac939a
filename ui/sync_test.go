package ui

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	daysync "daymark/app/sync"
	"daymark/data"
	"daymark/ui/control"
)

func TestASyncRoundIsDueOnStartAfterSavesPauseAndEveryFewMinutes(t *testing.T) {
	t0 := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	at := func(d time.Duration) time.Time { return t0.Add(d) }
	var c syncClock
	for i, step := range []struct {
		at   time.Duration
		rev  int64
		want bool
	}{
		{0, 5, true}, // on start
		{2 * time.Second, 5, false},
		{4 * time.Second, 6, false},           // a save: wait for a pause
		{8 * time.Second, 7, false},           // another: the wait starts again
		{12 * time.Second, 7, false},          // 4 s after it
		{13 * time.Second, 7, true},           // 5 s after it
		{14 * time.Second, 7, false},          // (the round started at 13 s)
		{13*time.Second + syncEvery, 7, true}, // nothing saved: every few minutes
		{13*time.Second + syncEvery + 1, 7, false},
	} {
		got := c.due(at(step.at), step.rev)
		if got != step.want {
			t.Errorf("step %d (%v, revision %d): due %v, want %v", i, step.at, step.rev, got, step.want)
		}
		if got {
			c.started(at(step.at), step.rev)
		}
	}
}

// syncHarness is a window whose database syncs through a folder with
// another device's database ("home").
type syncHarness struct {
	*harness
	folder string
	home   *data.Store
}

func newSyncHarness(t *testing.T) *syncHarness {
	t.Helper()
	h := newHarness(t)
	folder := filepath.Join(t.TempDir(), "Sync")
	if err := os.Mkdir(folder, 0o700); err != nil {
		t.Fatal(err)
	}
	home, err := data.Open(filepath.Join(t.TempDir(), "home.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { home.Close() })
	s := &syncHarness{harness: h, folder: folder, home: home}
	s.w.sync.setFolder(folder, widget.NewLabel(""), control.NewKeyButton("", nil, nil))
	h.settle()
	s.homeRound()
	s.round(time.Now())
	return s
}

// homeRound runs a round on home, as its own window would.
func (s *syncHarness) homeRound() daysync.Report {
	s.t.Helper()
	rep, err := daysync.New(s.home).RoundIn(context.Background(), s.folder)
	if err != nil {
		s.t.Fatal(err)
	}
	return rep
}

// round ticks the window's sync at now, forcing a round, and waits for it.
func (s *syncHarness) round(now time.Time) {
	s.t.Helper()
	s.w.sync.clock = syncClock{}
	s.tick(now)
}

// tick ticks the window's sync at now and waits for what it started.
func (s *syncHarness) tick(now time.Time) {
	s.t.Helper()
	rev, err := s.w.sync.syncer.Revision(context.Background())
	if err != nil {
		s.t.Fatal(err)
	}
	s.w.sync.tick(now, rev)
	s.settle()
}

func TestTheSyncFolderIsChosenInSettingsAndRefusedWithASentence(t *testing.T) {
	h := newHarness(t)
	dbDir := filepath.Dir(h.store.Path())
	inside := filepath.Join(dbDir, "inside")
	if err := os.Mkdir(inside, 0o700); err != nil {
		t.Fatal(err)
	}
	good := filepath.Join(t.TempDir(), "Dropbox", "Daymark")
	if err := os.MkdirAll(good, 0o700); err != nil {
		t.Fatal(err)
	}
	h.press(keySettings)
	settings := h.win.Canvas().Overlays().Top()
	if !strings.Contains(overlayLabels(h.win), noSyncFolder) {
		t.Fatalf("the settings say:\n%s", overlayLabels(h.win))
	}
	if h.w.sync.bar.Visible() {
		t.Error("a status line while nothing syncs")
	}
	label := findLabel(t, settings, noSyncFolder)
	stop := findKeyButton(t, settings, "Stop syncing")
	if !stop.Disabled() {
		t.Error("Stop syncing is offered while nothing syncs")
	}
	for _, c := range []struct{ dir, want string }{
		{dbDir, "is the database's own folder"},
		{inside, "is inside the database's folder"},
		{filepath.Join(good, "gone"), "here is no folder at"},
		{filepath.Dir(dbDir), "holds the database"},
	} {
		h.w.sync.setFolder(c.dir, label, stop) // what the folder dialog calls
		h.settle()
		if got := overlayLabels(h.win); !strings.Contains(got, c.want) {
			t.Errorf("%s: the window says %q, want %q", c.dir, got, c.want)
		}
		h.tapButton("Close")
		if f, _ := h.store.SyncFolder(context.Background()); f != "" || label.Text != noSyncFolder {
			t.Errorf("%s refused, yet the folder is %q, shown as %q", c.dir, f, label.Text)
		}
	}

	h.w.sync.setFolder(good, label, stop)
	h.settle()
	if f, _ := h.store.SyncFolder(context.Background()); f != good || label.Text != good || stop.Disabled() {
		t.Errorf("chosen: stored %q, shown %q, stop disabled %v", f, label.Text, stop.Disabled())
	}
	files, _ := filepath.Glob(filepath.Join(good, "daymark-*.changes"))
	if len(files) != 1 || !h.w.sync.bar.Visible() || !strings.HasPrefix(h.w.sync.status.Text, "Synced at ") {
		t.Errorf("after choosing, the folder holds %v and the status says %q", files, h.w.sync.status.Text)
	}

	h.w.sync.setFolder("", label, stop) // Stop syncing
	h.settle()
	if f, _ := h.store.SyncFolder(context.Background()); f != "" || label.Text != noSyncFolder || !stop.Disabled() || h.w.sync.bar.Visible() {
		t.Errorf("stopped: stored %q, shown %q, the status line shown %v", f, label.Text, h.w.sync.bar.Visible())
	}
}

func TestASaveIsSyncedOnceSavesPauseAndWhatComesInIsShown(t *testing.T) {
	h := newSyncHarness(t)
	start := time.Now()
	s := h.w.day
	s.form.planned[0].SetText("2h")
	h.press(keySave)
	h.tick(start.Add(syncLook)) // the save seen
	if rep := h.homeRound(); rep.Received != 0 {
		t.Fatalf("the save went out before saves paused: %+v", rep)
	}
	h.tick(start.Add(syncLook + syncDebounce))
	if rep := h.homeRound(); rep.Received == 0 {
		t.Fatalf("the save did not go out once saves paused: %+v", rep)
	}
	if d, _ := h.home.Day(context.Background(), data.Today()); d.Planned[h.dims[0].ID] != 120 {
		t.Errorf("home holds %v", d.Planned)
	}

	// Home writes a note; the window's next round shows it.
	d, err := h.home.Day(context.Background(), data.Today())
	if err != nil {
		t.Fatal(err)
	}
	d.Note = "written at home"
	if err := h.home.SaveDay(context.Background(), d); err != nil {
		t.Fatal(err)
	}
	h.homeRound()
	h.tick(start.Add(syncLook + syncDebounce + syncEvery))
	if s.note.Text != "written at home" || !strings.HasPrefix(h.w.sync.status.Text, "Synced at ") {
		t.Errorf("after the round the note shows %q, the status %q", s.note.Text, h.w.sync.status.Text)
	}
}

func TestAFailedRoundIsASentenceAndWorkGoesOn(t *testing.T) {
	for _, c := range []struct {
		name, status, says string
		spoil              func(folder string) error
	}{
		{"the folder gone (a stick not plugged in)", "Sync folder not there: see why", "here is no folder at ",
			os.RemoveAll},
		{"a file in its place", "Sync failed: see why", " is a file, not a folder",
			func(folder string) error {
				if err := os.RemoveAll(folder); err != nil {
					return err
				}
				return os.WriteFile(folder, []byte("not a folder"), 0o600)
			}},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newSyncHarness(t)
			if err := c.spoil(h.folder); err != nil {
				t.Fatal(err)
			}
			h.round(time.Now())
			if h.w.sync.status.Text != c.status {
				t.Fatalf("the status says %q", h.w.sync.status.Text)
			}
			test.Tap(h.w.sync.status)
			if got := overlayLabels(h.win); !strings.Contains(got, h.folder) || !strings.Contains(got, c.says) {
				t.Errorf("the window says %q", got)
			}
			h.tapButton("Close")
			h.w.day.form.planned[0].SetText("1h")
			h.press(keySave)
			if d := h.stored(data.Today()); d.Planned[h.dims[0].ID] != 60 {
				t.Errorf("a save after a failed round: %v", d.Planned)
			}
		})
	}
}

func TestTheConflictsListTakesTheOtherValue(t *testing.T) {
	h := newSyncHarness(t)
	ctx := context.Background()
	date := data.Today()
	// The same note written on both, neither having seen the other's:
	// home's later, so it wins.
	h.w.day.note.SetText("written at work")
	h.press(keySave)
	time.Sleep(5 * time.Millisecond)
	d, err := h.home.Day(ctx, date)
	if err != nil {
		t.Fatal(err)
	}
	d.Note = "written at home"
	if err := h.home.SaveDay(ctx, d); err != nil {
		t.Fatal(err)
	}
	h.homeRound()
	h.round(time.Now())
	if h.w.sync.status.Text != "Sync: 1 conflict" || h.w.day.note.Text != "written at home" {
		t.Fatalf("after the round: status %q, note %q", h.w.sync.status.Text, h.w.day.note.Text)
	}

	h.tabTo("Sync: 1 conflict") // the status line is reached with Tab, and Return opens it
	pressKey(h.win.Canvas(), fyne.KeyReturn, 0)
	h.settle()
	list := overlayLabels(h.win)
	for _, want := range []string{date.Format("Mon 2 Jan 2006") + ": the note", "Kept: “written at home”", "Other: “written at work”"} {
		if !strings.Contains(list, want) {
			t.Errorf("the conflicts list lacks %q:\n%s", want, list)
		}
	}
	if label, _ := focusedButton(h.win.Canvas()); label != "Take the other value" {
		t.Errorf("the focus is on %q, not on the first conflict's button", label)
	}
	h.tapButton("Take the other value")
	if got := h.stored(date).Note; got != "written at work" || h.w.day.note.Text != "written at work" {
		t.Errorf("after taking the other value the note is %q, the screen shows %q", got, h.w.day.note.Text)
	}
	if !strings.Contains(overlayLabels(h.win), "No conflicts wait") || strings.HasPrefix(h.w.sync.status.Text, "Sync:") {
		t.Errorf("after settling: %q, status %q", overlayLabels(h.win), h.w.sync.status.Text)
	}
	pressKey(h.win.Canvas(), fyne.KeyEscape, 0)
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("Escape did not close the conflicts list")
	}

	// The other device takes the value picked at its next round.
	h.round(time.Now())
	h.homeRound()
	if d, _ := h.home.Day(ctx, date); d.Note != "written at work" {
		t.Errorf("home holds %q", d.Note)
	}
}

// findLabel returns the label of o whose text is text.
func findLabel(t *testing.T, o fyne.CanvasObject, text string) *widget.Label {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if l, ok := x.(*widget.Label); ok && l.Text == text {
			return l
		}
	}
	t.Fatalf("no label %q", text)
	return nil
}

// findKeyButton returns the button of o labelled text.
func findKeyButton(t *testing.T, o fyne.CanvasObject, text string) *control.KeyButton {
	t.Helper()
	for _, x := range test.LaidOutObjects(o) {
		if b, ok := x.(*control.KeyButton); ok && b.Text == text {
			return b
		}
	}
	t.Fatalf("no button %q", text)
	return nil
}

func TestTheConflictsListFollowsARoundThatEndsWhileItIsOpen(t *testing.T) {
	h := newSyncHarness(t)
	ctx := context.Background()
	// conflict writes day's note here, then a later one at home, and
	// brings home's over: a conflict on that day's note.
	conflict := func(day data.Date) {
		t.Helper()
		d, err := h.w.svc.Planner.Day(ctx, day)
		if err != nil {
			t.Fatal(err)
		}
		d.Note = "written at work"
		if err := h.w.svc.Planner.SaveDay(ctx, d); err != nil {
			t.Fatal(err)
		}
		time.Sleep(5 * time.Millisecond)
		if d, err = h.home.Day(ctx, day); err != nil {
			t.Fatal(err)
		}
		d.Note = "written at home"
		if err := h.home.SaveDay(ctx, d); err != nil {
			t.Fatal(err)
		}
		h.homeRound()
	}
	today, yesterday := data.Today(), data.Today().AddDays(-1)
	conflict(today)
	h.round(time.Now())
	test.Tap(h.w.sync.status)
	h.settle()
	if list := overlayLabels(h.win); !strings.Contains(list, today.Format("Mon 2 Jan 2006")+": the note") {
		t.Fatalf("the conflicts list shows:\n%s", list)
	}

	conflict(yesterday) // a round ends while the list is open
	h.round(time.Now())
	if list := overlayLabels(h.win); !strings.Contains(list, yesterday.Format("Mon 2 Jan 2006")+": the note") ||
		!strings.Contains(list, today.Format("Mon 2 Jan 2006")+": the note") {
		t.Errorf("after a round, the open list shows:\n%s", list)
	}
	if h.w.sync.status.Text != "Sync: 2 conflicts" {
		t.Errorf("the status says %q", h.w.sync.status.Text)
	}

	pressKey(h.win.Canvas(), fyne.KeyEscape, 0)
	h.round(time.Now()) // closed: a round opens nothing
	if h.win.Canvas().Overlays().Top() != nil {
		t.Error("a round after the list closed opened it again")
	}
}

func TestSyncNowInTheReportRunsARound(t *testing.T) {
	h := newSyncHarness(t)
	ctx := context.Background()
	d, err := h.home.Day(ctx, data.Today())
	if err != nil {
		t.Fatal(err)
	}
	d.Note = "written at home"
	if err := h.home.SaveDay(ctx, d); err != nil {
		t.Fatal(err)
	}
	h.homeRound()
	test.Tap(h.w.sync.status) // no conflicts: what the last round did
	h.settle()
	if report := overlayLabels(h.win); !strings.Contains(report, h.folder) || !strings.Contains(report, "The last round ended") {
		t.Fatalf("the report says:\n%s", report)
	}
	h.tapButton("Sync now")
	h.settle()
	if h.w.day.note.Text != "written at home" || !strings.HasPrefix(h.w.sync.status.Text, "Synced at ") {
		t.Errorf("after Sync now the note shows %q, the status %q", h.w.day.note.Text, h.w.sync.status.Text)
	}
	if top := h.win.Canvas().Overlays().Top(); top != nil {
		t.Errorf("the report stayed open: %s", overlayLabels(h.win))
	}
}
