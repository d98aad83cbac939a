package ui

import (
	"context"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"daymark/data"
	"daymark/ui/control"
)

func TestTheDayOpensOnTodayWithTheFirstPlannedFieldFocused(t *testing.T) {
	h := newHarness(t)
	s := h.w.day
	if s.date != data.Today() || !strings.HasPrefix(s.title.Text, "Today, ") {
		t.Errorf("opened on %s titled %q, want today", s.date, s.title.Text)
	}
	if h.win.Canvas().Focused() != s.form.planned[0] {
		t.Errorf("focus is on %v, want the first planned field", h.win.Canvas().Focused())
	}
	if s.status.Text != "Nothing recorded yet" {
		t.Errorf("status = %q", s.status.Text)
	}
}

func TestTabGoesThroughPlannedThenActualFields(t *testing.T) {
	h := newHarness(t)
	f := h.w.day.form
	want := append(append([]any{}, toAny(f.planned)...), toAny(f.actual)...)
	for i, field := range want {
		if got := h.win.Canvas().Focused(); got != field {
			t.Fatalf("after %d tabs focus is on %p, want field %d", i, got, i)
		}
		h.tab()
	}
	// On past the timer beside each dimension, the copy buttons and the
	// day's timed intervals to the note, and from the note (Tab does not
	// type into it) to Save.
	var path []string
	for range 4 + 7 {
		switch f := h.win.Canvas().Focused().(type) {
		case *control.TextArea:
			path = append(path, "note")
		case *control.KeyButton:
			if f.Text == "" && f.Icon == theme.MediaPlayIcon() {
				path = append(path, "start")
			} else {
				path = append(path, f.Text)
			}
		}
		h.tab()
	}
	if got := strings.Join(path, ", "); got != "start, start, start, start, Plan → actual, Copy previous plan, Target → plan, Add time…, note, Fill from a calendar…, Save" {
		t.Errorf("after the fields Tab visits: %s", got)
	}
}

func toAny[T any](xs []T) []any {
	out := make([]any, len(xs))
	for i, x := range xs {
		out[i] = x
	}
	return out
}

func TestTypingUpdatesTotalsAndCtrlSSaves(t *testing.T) {
	h := newHarness(t)
	s := h.w.day
	h.typeHere("1h30") // My self, planned
	h.tab()
	h.typeHere("90") // People, planned
	h.tab()
	h.typeHere("1:15")
	h.tab()
	h.typeHere("0.5h")
	h.tab()
	h.typeHere("2h") // My self, actual

	if got := s.form.allocated[plannedSide].Text; got != "4h 45m" {
		t.Errorf("planned allocated = %q, want 4h 45m", got)
	}
	if got := s.form.free[plannedSide].Text; got != "19h 15m" {
		t.Errorf("planned unallocated = %q, want 19h 15m", got)
	}
	if got := s.form.free[actualSide].Text; got != "22h" {
		t.Errorf("actual unallocated = %q, want 22h", got)
	}
	if s.status.Text != "Not saved" {
		t.Errorf("status before saving = %q", s.status.Text)
	}
	if !h.stored(data.Today()).IsEmpty() {
		t.Fatal("saved before Ctrl+S")
	}

	h.press(keySave)
	day := h.stored(data.Today())
	want := map[int64]int{h.dims[0].ID: 90, h.dims[1].ID: 90, h.dims[2].ID: 75, h.dims[3].ID: 30}
	for id, m := range want {
		if day.Planned[id] != m {
			t.Errorf("stored planned[%d] = %d, want %d", id, day.Planned[id], m)
		}
	}
	if day.Actual[h.dims[0].ID] != 120 || day.ActualTotal() != 120 {
		t.Errorf("stored actual = %v, want 2h of My self", day.Actual)
	}
	if !strings.HasPrefix(s.status.Text, "Saved at ") {
		t.Errorf("status after saving = %q", s.status.Text)
	}
}

func TestMoreThan1440MinutesIsRefusedWithAClearMessage(t *testing.T) {
	h := newHarness(t)
	s := h.w.day
	h.typeHere("20h")
	h.tab()
	h.typeHere("5h")

	if !s.message.Visible() || !strings.Contains(s.message.Text, "The plan adds up to 25h, 1h more than the 24 hours in a day.") {
		t.Errorf("message = %q (visible %v)", s.message.Text, s.message.Visible())
	}
	if got := s.form.free[plannedSide].Text; got != "−1h" {
		t.Errorf("planned unallocated = %q, want −1h", got)
	}
	h.press(keySave)
	if !h.stored(data.Today()).IsEmpty() {
		t.Error("a day over 1440 minutes was saved")
	}
	if s.status.Text != "Not saved" {
		t.Errorf("status = %q, want Not saved", s.status.Text)
	}

	h.typeHere("4h") // back within the day
	if s.message.Visible() {
		t.Errorf("message still shown: %q", s.message.Text)
	}
	h.press(keySave)
	if got := h.stored(data.Today()).PlannedTotal(); got != 24*60 {
		t.Errorf("stored plan = %d minutes, want 1440", got)
	}
}

func TestAFieldThatIsNotADurationNamesItselfAndBlocksSaving(t *testing.T) {
	h := newHarness(t)
	s := h.w.day
	h.tab()
	h.typeHere("1h7x") // People, planned
	if !strings.Contains(s.message.Text, "People, planned: “1h7x” is not a duration") {
		t.Errorf("message = %q", s.message.Text)
	}
	h.tab() // the mark shows once the cursor has left the field
	if !markedWrong(s.form.planned[1]) || markedWrong(s.form.planned[0]) {
		t.Errorf("marks: People %v, My self %v; want only People marked", markedWrong(s.form.planned[1]), markedWrong(s.form.planned[0]))
	}
	h.press(keySave)
	if !h.stored(data.Today()).IsEmpty() {
		t.Error("saved a day with a malformed field")
	}
	h.win.Canvas().Focus(s.form.planned[1])
	h.typeHere("-30")
	if !strings.Contains(s.message.Text, "People, planned: “-30” is negative") {
		t.Errorf("message for a negative value = %q", s.message.Text)
	}
}

// markedWrong reports whether a field shows the error icon.
func markedWrong(e fyne.Widget) bool {
	var found bool
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if img, ok := o.(*canvas.Image); ok && img.Visible() && img.Resource != nil && strings.Contains(img.Resource.Name(), "error") {
			found = true
		}
		switch x := o.(type) {
		case fyne.Widget:
			for _, child := range test.WidgetRenderer(x).Objects() {
				walk(child)
			}
		case *fyne.Container:
			for _, child := range x.Objects {
				walk(child)
			}
		}
	}
	walk(e)
	return found
}

func TestLeavingTheDaySavesItAndComingBackShowsIt(t *testing.T) {
	h := newHarness(t)
	s := h.w.day
	today := data.Today()
	h.typeHere("3h")
	s.note.SetText("Board prep ✍️")
	h.press(keyNextDay)
	if s.date != today.AddDays(1) || !strings.HasPrefix(s.title.Text, "Tomorrow, ") {
		t.Fatalf("after Alt+Right the date is %s (%q)", s.date, s.title.Text)
	}
	if got := h.stored(today); got.Planned[h.dims[0].ID] != 180 || got.Note != "Board prep ✍️" {
		t.Errorf("leaving did not save today: %+v", got)
	}
	if s.form.planned[0].Text != "" || s.note.Text != "" {
		t.Errorf("tomorrow shows %q / %q, want empty", s.form.planned[0].Text, s.note.Text)
	}
	h.press(keyPrevDay)
	if s.form.planned[0].Text != "3h" || s.note.Text != "Board prep ✍️" || s.status.Text != "Saved" {
		t.Errorf("back on today: %q, %q, %q", s.form.planned[0].Text, s.note.Text, s.status.Text)
	}
	h.typeHere("4h") // arriving in a field selects its value: typing replaces it
	if s.form.planned[0].Text != "4h" {
		t.Errorf("typing over 3h gave %q", s.form.planned[0].Text)
	}
	h.press(keyPrevDay)
	h.press(keyToday)
	if s.date != today {
		t.Errorf("Alt+Home went to %s, want today", s.date)
	}
}

func TestLeavingADayThatCannotBeSavedAsksFirst(t *testing.T) {
	h := newHarness(t)
	s := h.w.day
	today := data.Today()
	h.typeHere("30h")
	h.press(keyNextDay)
	if s.date != today {
		t.Fatalf("moved to %s with an unsaved, invalid day", s.date)
	}
	if text := h.overlayText(); !strings.Contains(text, "“30h” is 30h, more than a whole day") {
		t.Fatalf("the dialog says %q", text)
	}
	h.tapButton("Keep editing")
	if s.date != today || s.form.planned[0].Text != "30h" {
		t.Errorf("keep editing lost the typing: %s %q", s.date, s.form.planned[0].Text)
	}
	h.press(keyNextDay)
	h.tapButton("Discard changes")
	if s.date != today.AddDays(1) {
		t.Errorf("discarding did not move on: %s", s.date)
	}
	if !h.stored(today).IsEmpty() {
		t.Error("discarded changes were saved")
	}
}

func TestCopyPlanToActualAndThePreviousPlan(t *testing.T) {
	h := newHarness(t)
	s := h.w.day
	h.press(keyPrevDay)
	h.press(keyPrevDay) // the day before yesterday: yesterday stays empty
	h.typeHere("2h")
	h.tab()
	h.typeHere("1h")
	h.press(keyToday) // saves on leaving

	s.copyPreviousPlan()
	h.settle()
	if s.form.planned[0].Text != "2h" || s.form.planned[1].Text != "1h" {
		t.Errorf("copied plan = %q, %q", s.form.planned[0].Text, s.form.planned[1].Text)
	}
	if !strings.HasPrefix(s.info.Text, "Copied the plan of ") {
		t.Errorf("status = %q", s.status.Text)
	}
	s.copyPlanToActual()
	if s.form.actual[0].Text != "2h" || s.form.actual[1].Text != "1h" || s.form.allocated[actualSide].Text != "3h" {
		t.Errorf("actual after copying = %q, %q (%s)", s.form.actual[0].Text, s.form.actual[1].Text, s.form.allocated[actualSide].Text)
	}
	h.press(keySave)
	if got := h.stored(data.Today()); got.ActualTotal() != 180 || got.PlannedTotal() != 180 {
		t.Errorf("stored %v / %v", got.Planned, got.Actual)
	}
}

func TestTheTargetBecomesThePlan(t *testing.T) {
	h := newHarness(t)
	s := h.w.day
	s.useTarget()
	if !strings.HasPrefix(s.info.Text, "No target is in force on this day") {
		t.Errorf("without a target: %q", s.status.Text)
	}
	target := data.Target{From: data.Today().AddDays(-3), Minutes: map[int64]int{h.dims[0].ID: 240, h.dims[2].ID: 90}}
	if err := h.store.SaveTarget(context.Background(), target); err != nil {
		t.Fatal(err)
	}
	s.refreshGuide()
	h.settle()
	s.form.planned[1].SetText("1h") // a dimension the target leaves out loses its plan
	s.useTarget()
	if got := []string{s.form.planned[0].Text, s.form.planned[1].Text, s.form.planned[2].Text}; got[0] != "4h" || got[1] != "0m" && got[1] != "" || got[2] != "1h 30m" {
		t.Errorf("planned %q", got)
	}
	h.press(keySave)
	if got := h.stored(data.Today()); got.PlannedTotal() != 330 {
		t.Errorf("stored %v", got.Planned)
	}
}

func TestQuittingSavesTheDay(t *testing.T) {
	h := newHarness(t)
	h.typeHere("45m")
	h.press(keyQuit)
	if got := h.stored(data.Today()); got.Planned[h.dims[0].ID] != 45 {
		t.Errorf("after quitting, stored %v", got.Planned)
	}
}

func TestDateTitle(t *testing.T) {
	today := data.NewDate(2026, 11, 22)
	cases := map[int]string{
		0:  "Today, Sunday 22 November 2026",
		-1: "Yesterday, Saturday 21 November 2026",
		1:  "Tomorrow, Monday 23 November 2026",
		7:  "Sunday 29 November 2026",
	}
	for offset, want := range cases {
		if got := dateTitle(today.AddDays(offset), today); got != want {
			t.Errorf("dateTitle(%+d) = %q, want %q", offset, got, want)
		}
	}
}
