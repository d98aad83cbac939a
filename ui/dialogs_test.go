package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"

	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/valuescreen"
)

// focusedButton returns the label of the button in focus, "" for none.
func focusedButton(c fyne.Canvas) (string, widget.Importance) {
	switch b := c.Focused().(type) {
	case *control.KeyButton:
		return b.Text, b.Importance
	case *widget.Button:
		return b.Text, b.Importance
	}
	return "", 0
}

// tabTo moves the focus with Tab to the button labelled text.
func (h *harness) tabTo(text string) {
	h.t.Helper()
	for range 40 {
		if label, _ := focusedButton(h.win.Canvas()); label == text {
			return
		}
		h.tab()
	}
	h.t.Fatalf("Tab never reaches a button %q", text)
}

// Space on a dialog's button closes the dialog and types nothing into the
// field behind it: Fyne's Button acts on the key going down, and the space
// it types then reached the field that had the focus before the dialog.
func TestSpaceOnADialogsButtonTypesNothingBehindIt(t *testing.T) {
	h := newHarness(t)
	field := h.w.day.form.planned[0]
	h.typeHere("2h")
	h.w.showAbout()
	h.tabTo("Close")
	pressKey(h.win.Canvas(), fyne.KeySpace, ' ')
	if h.win.Canvas().Overlays().Top() != nil {
		t.Fatal("Space on Close left the dialog open")
	}
	if field.Text != "2h" {
		t.Errorf("the field behind the dialog holds %q after Space on its button, want 2h", field.Text)
	}

	// The same for a button that moves the focus to a field: a new action's.
	h.press(keyCoaScreen)
	h.tabTo("Add an action")
	pressKey(h.win.Canvas(), fyne.KeySpace, ' ')
	if e, ok := h.win.Canvas().Focused().(*control.LineEntry); !ok || e.Text != "" {
		t.Errorf("after Space on Add an action the focus is on %T, want the new action's empty field", h.win.Canvas().Focused())
	}
}

// In "discard changes?" the safe answer, Keep editing, is the default: it
// has the focus and is drawn as the one to press, so Return keeps what was
// typed, and Escape does the same.
func TestKeepEditingIsTheDefaultOfTheDiscardQuestion(t *testing.T) {
	for _, key := range []fyne.KeyName{fyne.KeyReturn, fyne.KeyEscape} {
		t.Run(string(key), func(t *testing.T) {
			h := newHarness(t)
			day := h.w.day
			h.typeHere("25h")
			h.press(keyNextDay)
			if !strings.Contains(h.overlayText(), "Keep editing to put it right") {
				t.Fatalf("no question before leaving a day that cannot be saved: %q", h.overlayText())
			}
			label, importance := focusedButton(h.win.Canvas())
			if label != "Keep editing" || importance != widget.HighImportance {
				t.Errorf("the default button is %q (importance %d), want Keep editing, drawn as the one to press", label, importance)
			}
			pressKey(h.win.Canvas(), key, 0)
			h.settle()
			if h.win.Canvas().Overlays().Top() != nil {
				t.Fatalf("%s left the question open", key)
			}
			if day.date != data.Today() || day.form.planned[0].Text != "25h" {
				t.Errorf("after %s the planner shows %s with %q, want today still, as typed", key, day.date, day.form.planned[0].Text)
			}
		})
	}
}

// Escape closes every dialog and pop-up with its safe answer: from the
// button or field in focus, or with nothing in focus.
func TestEscapeClosesEveryDialogWithItsSafeAnswer(t *testing.T) {
	for _, c := range []struct {
		name  string
		open  func(h *harness)
		after func(h *harness) string // what went wrong, or ""
	}{
		{"about", func(h *harness) { h.w.showAbout() }, nil},
		{"keyboard shortcuts", func(h *harness) { h.press(keyShortcuts) }, nil},
		{"settings", func(h *harness) { h.press(keySettings) }, nil},
		{"welcome", func(h *harness) { h.w.showWelcome() }, nil},
		{"a problem", func(h *harness) { control.ShowProblem(h.win, "Daymark could not", control.ErrorText("it went wrong")) }, nil},
		{"targets, from a field", func(h *harness) { h.press(keyBalScreen); h.w.balance.EditTargets(); h.settle() }, func(h *harness) string {
			if versions, _ := h.store.Targets(context.Background()); len(versions) != 0 {
				return "a target was saved"
			}
			return ""
		}},
		{"focus", func(h *harness) { h.press(keyBalScreen); h.w.balance.EditFocus(); h.settle() }, nil},
		{"new database, from its name", func(h *harness) { h.w.chooseNewDatabase(); h.settle() }, nil},
		{"new prompt, from its question", func(h *harness) {
			h.press(keyValScreen)
			h.w.values.Show(valuescreen.TabReflections)
			h.settle()
			h.w.values.Reflections.NewPrompt()
		}, nil},
		{"starter values, from the search", func(h *harness) { h.press(keyValScreen); h.w.values.List.ShowStarter() }, nil},
		{"delete a decision", func(h *harness) {
			h.press(keyDecScreen)
			s := h.w.decisions
			s.Form.Title.SetText("Keep it")
			h.press(keySave)
			s.Delete()
		}, func(h *harness) string {
			if n, _ := h.store.CountDecisions(context.Background(), data.DecisionFilter{}); n != 1 {
				return "Escape deleted the decision"
			}
			return ""
		}},
		{"go to a date", func(h *harness) { h.press(keyPickDate) }, func(h *harness) string {
			if h.w.day.date != data.Today() {
				return "Escape moved the day to " + h.w.day.date.String()
			}
			return ""
		}},
		{"restore a backup", func(h *harness) {
			h.press(keyBackUp)
			pressKey(h.win.Canvas(), fyne.KeyEscape, 0)
			h.w.chooseRestore()
			h.settle()
		}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			h := newHarness(t)
			c.open(h)
			h.settle()
			if h.win.Canvas().Overlays().Top() == nil {
				t.Fatal("nothing opened")
			}
			pressKey(h.win.Canvas(), fyne.KeyEscape, 0)
			h.settle()
			if top := h.win.Canvas().Overlays().Top(); top != nil {
				t.Fatalf("Escape (the focus on %T) left it open: %q", h.win.Canvas().Focused(), overlayLabels(h.win))
			}
			if c.after != nil {
				if problem := c.after(h); problem != "" {
					t.Error(problem)
				}
			}
		})
	}
}
