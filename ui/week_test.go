package ui

import (
	"context"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"daymark/app/capture"
	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/weekscreen"
)

// march3 is the Monday of the week the Week screen's tests plan: in the
// past, so a timer interval may be put in it.
var march3 = data.NewDate(2025, 3, 3)

// showWeek brings the Week screen to the front on the week holding date,
// the cursor in its first cell.
func (h *harness) showWeek(date data.Date) *weekscreen.Screen {
	h.t.Helper()
	h.press(keyWeekScreen)
	s := h.w.week
	s.GoToDate(date)
	h.settle()
	s.Grid.At = [2]int{0, 0}
	s.Grid.FocusCell(h.win.Canvas())
	return s
}

// key presses a key on whatever has the focus, as the keyboard does.
func (h *harness) key(name fyne.KeyName) {
	h.t.Helper()
	f := h.win.Canvas().Focused()
	if f == nil {
		h.t.Fatalf("nothing has the focus for %s", name)
	}
	f.TypedKey(&fyne.KeyEvent{Name: name})
	h.settle()
}

// focusedCell says which cell of the grid has the focus: row and day, or
// -1, -1.
func focusedCell(h *harness, g *control.CellGrid) (int, int) {
	for r, row := range g.Cells {
		for c, cell := range row {
			if cell != nil && h.win.Canvas().Focused() == cell {
				return r, c
			}
		}
	}
	return -1, -1
}

func TestTheArrowsMoveBetweenCellsAndTypingReplacesOne(t *testing.T) {
	h := newHarness(t)
	s := h.showWeek(march3)
	if s.Rng.From != march3 || !strings.Contains(s.Title.Text, "3 Mar to 9 Mar 2025") {
		t.Fatalf("the week shown is %v, titled %q", s.Rng, s.Title.Text)
	}
	steps := []struct {
		key      fyne.KeyName
		text     string // typed after the key
		row, day int    // where the cursor is then
	}{
		{"", "2h", 0, 0},
		{fyne.KeyRight, "90", 0, 1},
		{fyne.KeyDown, "1:15", 1, 1},
		{fyne.KeyLeft, "", 1, 0},
		{fyne.KeyLeft, "", 1, 0}, // the first day: it stays
		{fyne.KeyUp, "3h", 0, 0}, // replaces the 2h typed before
		{fyne.KeyReturn, "45m", 1, 0},
	}
	for i, st := range steps {
		if st.key != "" {
			h.key(st.key)
		}
		if r, c := focusedCell(h, &s.Grid.CellGrid); r != st.row || c != st.day {
			t.Fatalf("step %d: the cursor is on row %d, day %d; want %d, %d", i, r, c, st.row, st.day)
		}
		if st.text != "" {
			h.typeHere(st.text)
		}
	}
	want := [][2]string{{"3h", "90"}, {"45m", "1:15"}} // as typed
	for r := range want {
		for c := range want[r] {
			if got := s.Grid.Cells[r][c].Text; got != want[r][c] {
				t.Errorf("cell %d,%d holds %q, want %q", r, c, got, want[r][c])
			}
		}
	}
	// Up from the first row reaches the day's name, Right the next day's,
	// Down its first cell.
	h.key(fyne.KeyUp)
	h.key(fyne.KeyUp)
	if h.win.Canvas().Focused() != s.Grid.CellGrid.Heads[0] {
		t.Fatalf("Up from the first row: the focus is on %T", h.win.Canvas().Focused())
	}
	h.key(fyne.KeyRight)
	h.key(fyne.KeyDown)
	if r, c := focusedCell(h, &s.Grid.CellGrid); r != 0 || c != 1 {
		t.Errorf("Right then Down from Monday's name: row %d, day %d", r, c)
	}
	if got := s.Grid.DayPlan[0].Text; got != "3h 45m" {
		t.Errorf("Monday's allocated total = %q, want 3h 45m", got)
	}
	if got := s.Grid.DayFree[1].Text; got != "21h 15m" {
		t.Errorf("Tuesday's unallocated = %q, want 21h 15m", got)
	}
	if s.Status.Text != "Not saved" || !h.stored(march3).IsEmpty() {
		t.Fatalf("before Ctrl+S: status %q, Monday stored %v", s.Status.Text, h.stored(march3).Planned)
	}

	h.press(keySave)
	mon, tue := h.stored(march3), h.stored(march3.AddDays(1))
	if mon.Planned[h.dims[0].ID] != 180 || mon.Planned[h.dims[1].ID] != 45 || tue.Planned[h.dims[0].ID] != 90 || tue.Planned[h.dims[1].ID] != 75 {
		t.Errorf("stored Monday %v, Tuesday %v", mon.Planned, tue.Planned)
	}
	if !strings.HasPrefix(s.Status.Text, "Saved at ") {
		t.Errorf("status after saving = %q", s.Status.Text)
	}
}

func TestADayOverItsMinutesIsRefusedAndNothingIsSavedHalf(t *testing.T) {
	h := newHarness(t)
	s := h.showWeek(march3)
	h.typeHere("2h") // Monday, fine on its own
	h.key(fyne.KeyRight)
	h.typeHere("20h") // Tuesday
	h.key(fyne.KeyDown)
	h.typeHere("5h")
	want := "The plan of Tuesday 4 March 2025 adds up to 25h, 1h more than the 24 hours in a day."
	if !s.Message.Visible() || !strings.Contains(s.Message.Text, want) || !strings.Contains(s.Message.Text, "Nothing is saved until this is put right.") {
		t.Errorf("message = %q (visible %v)", s.Message.Text, s.Message.Visible())
	}
	if got := s.Grid.DayFree[1].Text; got != "−1h" {
		t.Errorf("Tuesday's unallocated = %q, want −1h", got)
	}
	h.press(keySave)
	for i := range 7 {
		if day := h.stored(march3.AddDays(i)); !day.IsEmpty() {
			t.Errorf("%s was saved: %v", day.Date, day.Planned)
		}
	}
	if s.Status.Text != "Not saved" {
		t.Errorf("status = %q", s.Status.Text)
	}

	// A cell that is not a duration is named, and keeps the week from saving too.
	h.typeHere("lots")
	if !strings.Contains(s.Message.Text, "Tuesday 4 March 2025, People: “lots” is not a duration") {
		t.Errorf("message = %q", s.Message.Text)
	}
	h.typeHere("4h")
	h.press(keySave)
	if got := h.stored(march3.AddDays(1)).PlannedTotal(); got != 24*60 || s.Message.Visible() {
		t.Errorf("once put right Tuesday holds %d minutes; message %q", got, s.Message.Text)
	}
}

func TestFillCopyAndClearKeepActualAndTimedTime(t *testing.T) {
	h := newHarness(t)
	ctx := context.Background()
	my, people := h.dims[0].ID, h.dims[1].ID
	// Last week planned on Monday and Wednesday; this Tuesday recorded, 30m of it timed.
	last := []data.Day{data.NewDay(march3.AddDays(-7)), data.NewDay(march3.AddDays(-5))}
	last[0].Planned = map[int64]int{my: 60, people: 120}
	last[1].Planned = map[int64]int{people: 300}
	old := data.Dimension{Name: "Old job", Colour: "#123456"}
	if err := h.store.CreateDimension(ctx, &old); err != nil {
		t.Fatal(err)
	}
	tue := data.NewDay(march3.AddDays(1))
	tue.Planned = map[int64]int{my: 30, old.ID: 60}
	tue.Actual = map[int64]int{people: 45}
	tue.Note = "offsite"
	if err := h.store.SaveDays(ctx, append(last, tue)); err != nil {
		t.Fatal(err)
	}
	at := func(hour, minute int) time.Time { return time.Date(2025, 3, 4, hour, minute, 0, 0, time.Local) }
	if _, err := capture.NewTimer(h.store).Correct(ctx, data.Interval{DimensionID: people, Start: at(9, 0), End: at(9, 30)}); err != nil {
		t.Fatal(err)
	}
	ideal := data.NewIdealWeek(data.NewDate(2025, 1, 6))
	for day := time.Monday; day <= time.Friday; day++ {
		ideal.Minutes[day] = map[int64]int{my: 90, people: 240}
	}
	if err := h.store.SaveIdealWeek(ctx, ideal); err != nil {
		t.Fatal(err)
	}
	old.Archived = true // its old minutes stay on Tuesday, shown but not typed in
	if err := h.store.UpdateDimension(ctx, old); err != nil {
		t.Fatal(err)
	}

	s := h.showWeek(march3)
	if last := len(s.Grid.Rows) - 1; s.Grid.Rows[last].ID != old.ID || s.Grid.Cells[last][1] != nil || s.Grid.PlanText[last][1].Text != "1h" {
		t.Fatalf("the archived dimension's row: %+v", s.Grid.Rows)
	}
	if got := s.Grid.Actual[1][1].Text; got != "1h 15m" {
		t.Fatalf("Tuesday's actual for People shows %q, want 1h 15m (45m typed, 30m timed)", got)
	}
	s.CopyLastWeek()
	h.settle()
	h.tapButton("Only the empty days") // Tuesday has a plan
	if got := []string{s.Grid.Cells[0][0].Text, s.Grid.Cells[1][0].Text, s.Grid.Cells[1][2].Text, s.Grid.Cells[0][1].Text}; strings.Join(got, ",") != "1h,2h,5h,30m" {
		t.Errorf("after copying last week the cells hold %v", got)
	}
	if !strings.Contains(s.Info.Text, "Planned Monday and Wednesday from last week. Kept the plan of Tuesday.") {
		t.Errorf("info = %q", s.Info.Text)
	}

	s.FillFromIdeal()
	h.settle()
	h.tapButton("Replace every day")
	if got := []string{s.Grid.Cells[0][1].Text, s.Grid.Cells[1][4].Text, s.Grid.Cells[0][5].Text}; strings.Join(got, ",") != "1h 30m,4h," {
		t.Errorf("after filling from the ideal week the cells hold %v", got)
	}
	if !strings.Contains(s.Info.Text, "The ideal week plans nothing for Saturday and Sunday.") {
		t.Errorf("info = %q", s.Info.Text)
	}

	h.win.Canvas().Focus(s.Grid.Cells[0][1])
	if s.Clear.Text != "Clear Tuesday's plan" {
		t.Errorf("the clear button says %q", s.Clear.Text)
	}
	test.Tap(&s.Clear.Button)
	h.settle()
	if got := s.Grid.PlanText[len(s.Grid.Rows)-1][1].Text; got != "" {
		t.Errorf("the archived dimension's plan on Tuesday, cleared: %q", got)
	}
	h.press(keySave)
	if len(s.Grid.Rows) != 4 {
		t.Errorf("once saved, the archived dimension with nothing in the week still has a row: %d rows", len(s.Grid.Rows))
	}
	got := h.stored(march3.AddDays(1))
	if len(got.Planned) != 0 || got.Actual[people] != 75 || got.Timed[people] != 30 || got.Note != "offsite" {
		t.Errorf("Tuesday cleared and saved: %+v", got)
	}
	if got := h.stored(march3).Planned; got[my] != 90 || got[people] != 240 {
		t.Errorf("Monday saved: %v", got)
	}
}

func TestTheWeekIsSavedOnLeavingOrAsksWhenItCannotBe(t *testing.T) {
	h := newHarness(t)
	s := h.showWeek(march3)
	h.typeHere("2h")
	h.press(keyNextDay) // Alt+Right: the next week, this one saved
	if s.Rng.From != march3.AddDays(7) || h.stored(march3).Planned[h.dims[0].ID] != 120 {
		t.Fatalf("after Alt+Right: week of %s, Monday stored %v", s.Rng.From, h.stored(march3).Planned)
	}
	if r, c := focusedCell(h, &s.Grid.CellGrid); r != 0 || c != 0 {
		t.Errorf("after Alt+Right the cursor is on %d, %d", r, c)
	}

	h.typeHere("1h")
	h.press(keyDayScreen) // another screen: saved too
	if h.w.nav.Current != screenDay || h.stored(march3.AddDays(7)).Planned[h.dims[0].ID] != 60 {
		t.Fatalf("after Ctrl+1: screen %d, stored %v", h.w.nav.Current, h.stored(march3.AddDays(7)).Planned)
	}

	h.press(keyWeekScreen)
	h.typeHere("30h")
	h.press(keyDayScreen)
	if h.w.nav.Current != screenWeek || !strings.Contains(h.overlayText(), "Discard the changes to the week of 10 Mar?") {
		t.Fatalf("a week that cannot be saved: screen %d, dialog %q", h.w.nav.Current, h.overlayText())
	}
	h.tapButton("Keep editing")
	if h.w.nav.Current != screenWeek || s.Grid.Cells[0][0].Text != "30h" {
		t.Fatalf("kept: screen %d, cell %q", h.w.nav.Current, s.Grid.Cells[0][0].Text)
	}
	h.press(keyDayScreen)
	h.tapButton("Discard changes")
	if h.w.nav.Current != screenDay || h.stored(march3.AddDays(7)).Planned[h.dims[0].ID] != 60 {
		t.Errorf("discarded: screen %d, stored %v", h.w.nav.Current, h.stored(march3.AddDays(7)).Planned)
	}

	// Quitting saves the week in front.
	h.press(keyWeekScreen)
	h.typeHere("4h")
	s.Leave(func() {}) // what quitting does before it closes
	h.settle()
	if got := h.stored(march3.AddDays(7)).Planned[h.dims[0].ID]; got != 240 {
		t.Errorf("on quitting the week saved %d minutes, want 240", got)
	}
}

func TestEnterOnADaysNameOpensItOnTheDayPlanner(t *testing.T) {
	h := newHarness(t)
	s := h.showWeek(march3)
	h.key(fyne.KeyRight)
	h.key(fyne.KeyRight)
	h.key(fyne.KeyUp) // Wednesday's name
	h.key(fyne.KeyReturn)
	if h.w.nav.Current != screenDay || h.w.day.date != march3.AddDays(2) {
		t.Fatalf("Enter on Wednesday's name shows screen %d on %s", h.w.nav.Current, h.w.day.date)
	}
	if h.win.Canvas().Focused() != h.w.day.form.planned[0] {
		t.Errorf("the Day planner's first field does not have the focus")
	}
	h.press(keyWeekScreen)
	if s.Rng.From != march3 {
		t.Errorf("back on the Week screen: the week of %s", s.Rng.From)
	}
}

func TestTheFirstDayOfTheWeekComesFromTheSettings(t *testing.T) {
	h := newHarness(t)
	h.w.settings.SetWeekStart(time.Sunday)
	s := h.showWeek(march3)
	if s.Rng.From != march3.AddDays(-1) || s.Grid.Plan.Days[0].Date.Weekday() != time.Sunday {
		t.Errorf("with Sunday first the week is %v", s.Rng)
	}
}

// No key is lost on a move: Alt+Right then "5h" types 5h in the next
// week's cell, and Ctrl+S among the keys saves that week.
func TestKeysTypedWhileMovingReachTheNextWeek(t *testing.T) {
	h := newHarness(t)
	s := h.showWeek(march3)
	h.w.tasks.Done.Lock() // the week is read, but not yet shown: the keys come first
	h.trigger(keyNextDay)
	typeKeys(h.win.Canvas(), "5h")
	h.trigger(keySave)
	h.w.tasks.Done.Unlock()
	h.settle()
	next := march3.AddDays(7)
	if s.Rng.From != next || s.Grid.Cells[0][0].Text != "5h" {
		t.Fatalf("after Alt+Right and 5h the week of %s shows %q", s.Rng.From, s.Grid.Cells[0][0].Text)
	}
	if got := h.stored(next).Planned[h.dims[0].ID]; got != 300 {
		t.Errorf("the next week's Monday holds %d minutes, want 300", got)
	}
}

// At 1024×640 the week's grid is seen whole, its last column (the week's
// targets) included, and Save with its status below it; a long name wraps.
func TestAt1024TheWeekShowsItsWholeGridAndSave(t *testing.T) {
	h := newDemoHarness(t)
	room := fyne.NewSize(smallestWindow.Width, smallestWindow.Height-menuBar)
	h.win.Resize(room)
	s := h.showWeek(data.Today())
	h.win.Canvas().Capture()
	d := fyne.CurrentApp().Driver()
	inside := func(name string, o fyne.CanvasObject) {
		t.Helper()
		at, size := d.AbsolutePositionForObject(o), o.Size()
		if at.X < 0 || at.Y < 0 || at.X+size.Width > room.Width || at.Y+size.Height > room.Height {
			t.Errorf("%s is at %v, %v: out of the %v the window shows", name, at, size, room)
		}
	}
	inside("the last row's target", s.Grid.RowTarget[len(s.Grid.RowTarget)-1])
	inside("Sunday's last cell", s.Grid.Cells[len(s.Grid.Cells)-1][6])
	inside("the status", s.Status)
	for _, o := range test.LaidOutObjects(s.Content) {
		if b, ok := o.(*control.KeyButton); ok && b.Text == "Save" {
			inside("Save", b)
		}
	}
	for _, n := range s.Grid.Names {
		if strings.HasSuffix(n.Text, "…") || n.Size().Height < n.MinSize().Height {
			t.Errorf("the name %q is cut", n.Text)
		}
	}
}

func TestTheWeekOpensWithTheCursorOnToday(t *testing.T) {
	h := newHarness(t)
	today := data.Today()
	if today.Weekday() == time.Monday { // so that today is not the week's first day
		h.w.settings.SetWeekStart(time.Sunday)
	}
	h.press(keyWeekScreen)
	if r, c := focusedCell(h, &h.w.week.Grid.CellGrid); r != 0 || h.w.week.Grid.Plan.Days[c].Date != today {
		t.Errorf("the Week screen opens with the cursor on row %d, day %d; want today's first cell", r, c)
	}
}
