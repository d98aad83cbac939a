//go:build linux

package ui

import (
	"context"
	"strings"
	"syscall"
	"testing"

	"daymark/data"
)

// The promise: a save that fails (a full disk, a device error) says so,
// keeps what the person typed so they can try again, and leaves the
// database as it was. The failure is real: the process's file size limit
// (RLIMIT_FSIZE) is lowered so that the kernel refuses SQLite's writes to
// its log, as a full disk would. Go ignores the SIGXFSZ that comes with
// it, so the write just fails.

// diskFull makes every write to a file fail until the returned function
// is called.
func diskFull(t *testing.T) func() {
	t.Helper()
	var old syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
		t.Fatal(err)
	}
	full := syscall.Rlimit{Cur: 0, Max: old.Max}
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &full); err != nil {
		t.Skipf("cannot lower the file size limit: %v", err)
	}
	restored := false
	restore := func() {
		if !restored {
			restored = true
			if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &old); err != nil {
				t.Fatal(err)
			}
		}
	}
	t.Cleanup(restore)
	return restore
}

// contentsOf returns everything in the database, to compare.
func contentsOf(t *testing.T, s *data.Store) (data.Contents, int64) {
	t.Helper()
	ctx := context.Background()
	c, err := s.Contents(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rev, err := s.Revision(ctx)
	if err != nil {
		t.Fatal(err)
	}
	return c, rev
}

func TestAFailedSaveSaysSoAndKeepsWhatWasTyped(t *testing.T) {
	cases := []struct {
		screen string
		typeIn func(h *harness)        // type something to save
		typed  func(h *harness) bool   // is it still on screen?
		says   func(h *harness) string // what the screen says
		saved  func(h *harness, c data.Contents) bool
	}{
		{"day", func(h *harness) {
			h.typeHere("2h")
			h.w.day.note.SetText("a long day")
		}, func(h *harness) bool {
			return h.w.day.form.planned[0].Text == "2h" && h.w.day.note.Text == "a long day"
		}, func(h *harness) string {
			return h.w.day.status.Text + " / " + h.w.day.message.Text
		}, func(h *harness, c data.Contents) bool {
			return len(c.Days) == 1 && c.Days[0].Note == "a long day"
		}},
		{"decision", func(h *harness) {
			d := onDecisions(h)
			h.typeHere("Hire a second designer")
			d.Form.Situation.SetText("the backlog grows")
		}, func(h *harness) bool {
			return h.w.decisions.Form.Title.Text == "Hire a second designer" && h.w.decisions.Form.Situation.Text == "the backlog grows"
		}, func(h *harness) string {
			return h.w.decisions.Message.Text
		}, func(h *harness, c data.Contents) bool {
			return len(c.Decisions) == 1 && c.Decisions[0].Title == "Hire a second designer"
		}},
		{"dimension", func(h *harness) {
			h.press(keyDimScreen)
			h.w.dims.Name.SetText("Self first")
		}, func(h *harness) bool {
			return h.w.dims.Name.Text == "Self first"
		}, func(h *harness) string {
			return h.w.dims.Message.Text
		}, func(h *harness, c data.Contents) bool {
			return c.Dimensions[0].Name == "Self first"
		}},
	}
	for _, c := range cases {
		t.Run(c.screen, func(t *testing.T) {
			h := newHarness(t)
			before, rev := contentsOf(t, h.store)
			c.typeIn(h)
			restore := diskFull(t)
			h.press(keySave)
			restore()

			if says := c.says(h); !strings.Contains(says, "nothing was saved") {
				t.Errorf("after the failed save the screen says %q", says)
			}
			if !c.typed(h) {
				t.Error("what was typed is gone")
			}
			after, revAfter := contentsOf(t, h.store)
			if revAfter != rev || c.saved(h, after) || len(after.Days) != len(before.Days) || len(after.Decisions) != len(before.Decisions) {
				t.Errorf("the database changed: revision %d → %d", rev, revAfter)
			}

			h.press(keySave) // the disk has room again: trying again saves it
			if now, _ := contentsOf(t, h.store); !c.saved(h, now) {
				t.Error("saving again after the failure did not save")
			}
		})
	}
}
