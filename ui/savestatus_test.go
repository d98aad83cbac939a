package ui

import (
	"strings"
	"testing"

	"daymark/ui/control"
)

// Beside Save, a decision's form and a session's say "Not saved" while they
// hold changes and confirm a save with "Saved at 15:04": the confirmation
// is where the eye is, and there was none.
func TestSavingADecisionOrASessionIsConfirmedBesideSave(t *testing.T) {
	h := newHarness(t)
	for _, c := range []struct {
		name   string
		open   func()
		type_  func()
		status func() control.SaveStatus
	}{
		{"decision", func() { h.press(keyDecScreen) }, func() { h.w.decisions.Form.Title.SetText("Hire a lead") }, func() control.SaveStatus { return h.w.decisions.Status }},
		{"session", func() { h.press(keyCoaScreen) }, func() { h.w.coaching.Sessions.Form.Coach.SetText("Ana") }, func() control.SaveStatus { return h.w.coaching.Sessions.Status }},
	} {
		c.open()
		status := c.status()
		if status.Text != "" {
			t.Errorf("%s: a form as stored says %q", c.name, status.Text)
		}
		c.type_()
		if status.Text != "Not saved" {
			t.Errorf("%s: after typing it says %q, want Not saved", c.name, status.Text)
		}
		h.press(keySave)
		if !strings.HasPrefix(status.Text, "Saved at ") {
			t.Errorf("%s: after Ctrl+S it says %q, want Saved at …", c.name, status.Text)
		}
	}
}
