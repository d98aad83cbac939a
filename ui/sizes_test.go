package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"daymark/app/week"
	"daymark/data"
	"daymark/ui/control"
	"daymark/ui/valuescreen"
)

// smallestWindow is the smallest window Daymark supports; the main menu
// takes menuBar of its height on Linux and Windows.
var (
	smallestWindow = fyne.NewSize(1024, 640)
	menuBar        = float32(30)
)

// Every screen, and every tab of a screen, fits the smallest window: the
// window takes the largest of its screens' minimum sizes, so a screen
// that needs more than the window has widens the window itself (Values
// and Decisions did, to 1104 and 1121 pixels).
func TestEveryScreenFitsTheSmallestWindow(t *testing.T) {
	for _, syncing := range []bool{false, true} {
		name := map[bool]string{false: "alone", true: "with the sync status line under it"}[syncing]
		t.Run(name, func(t *testing.T) { everyScreenFits(t, syncing) })
	}
}

// everyScreenFits visits every screen and tab in the smallest window, with
// the sync status line shown when syncing.
func everyScreenFits(t *testing.T, syncing bool) {
	h := newDemoHarness(t)
	if syncing {
		h.w.sync.setFolder(t.TempDir(), widget.NewLabel(""), control.NewKeyButton("", nil, nil))
		h.settle()
		if !h.w.sync.bar.Visible() {
			t.Fatal("no status line")
		}
	}
	room := fyne.NewSize(smallestWindow.Width, smallestWindow.Height-menuBar)
	type step struct {
		name string
		show func()
	}
	visit := []step{
		{"Day planner", func() { h.w.nav.Show(screenDay) }},
		{"Day planner, its three banners", func() { // the review's, the coaching session's, the decisions'
			h.w.settings.SetReviewDay(data.Today().Weekday())
			h.w.day.refreshReview()
			h.settle()
			for _, b := range []*control.KeyButton{h.w.day.weekly, h.w.day.coaching, h.w.day.reviews} {
				if !b.Visible() {
					t.Fatalf("the Day planner's banners are not all shown: %q, %q, %q", h.w.day.weekly.Text, h.w.day.coaching.Text, h.w.day.reviews.Text)
				}
			}
		}},
		{"Week", func() { h.w.nav.Show(screenWeek) }},
		{"Week, across two years", func() {
			h.w.week.GoToDate(data.NewDate(2027, 12, 29))
			h.settle()
			h.w.week.Title.SetText("Next week, " + h.w.week.Title.Text) // as it reads in the week before
		}},
		{"Week, the review of last week", func() { // the sample's decisions, answers and actions
			h.w.week.StartReview(week.Of(data.Today().AddDays(-7), h.w.settings.WeekStart()))
		}},
	}
	for i := 1; i < len(week.ReviewSteps); i++ {
		visit = append(visit, step{fmt.Sprintf("Week, the review's step %d (%s)", i+1, week.ReviewSteps[i]), func() {
			if h.w.week.Review.Move(1); h.w.week.Review.Step != i {
				t.Fatalf("the review stays on step %d: %s", h.w.week.Review.Step+1, h.w.week.Review.Message.Text)
			}
		}})
	}
	visit = append(visit, []step{
		{"Week, the review closed", func() { h.w.week.Review.Leave(true, func() {}) }},
		{"Balance", func() { h.w.nav.Show(screenBalance) }},
		{"Values", func() { h.w.nav.Show(screenValues) }},
		{"Values, alignment", func() { h.w.values.Show(valuescreen.TabAlignment) }},
		{"Values, reflections", func() { h.w.values.Show(valuescreen.TabReflections) }},
		{"Values, contexts", func() { h.w.values.Show(valuescreen.TabContexts) }},
		{"Decisions", func() { h.w.nav.Show(screenDecisions) }},
		{"Coaching", func() { h.w.nav.Show(screenCoaching) }},
		{"Coaching, brief", func() { h.w.coaching.ShowBrief() }},
		{"Dimensions", func() { h.w.nav.Show(screenDimensions) }},
	}...)
	for _, v := range visit {
		v.show()
		h.settle()
		h.win.Canvas().Capture()
		if min := h.win.Content().MinSize(); min.Width > room.Width || min.Height > room.Height {
			t.Errorf("after %s the window needs %.0f×%.0f, more than %.0f×%.0f; the widest parts:\n%s",
				v.name, min.Width, min.Height, room.Width, room.Height, widest(h.win.Content(), 8))
		}
	}
	if got := h.win.Canvas().Size(); got != smallestWindow {
		t.Errorf("the window is %v after visiting every screen, want %v as it was", got, smallestWindow)
	}
}

// widest lists where o's minimum width comes from: the n widest objects
// that ask for more width than any one of their parts (a row of parts, a
// label that does not wrap), with what they are made of.
func widest(o fyne.CanvasObject, n int) string {
	type source struct {
		what  string
		width float32
	}
	var found []source
	var walk func(o fyne.CanvasObject, path string)
	walk = func(o fyne.CanvasObject, path string) {
		if !o.Visible() {
			return
		}
		name := fmt.Sprintf("%s/%T", path, o)
		width := o.MinSize().Width
		children := childrenOf(o)
		most := float32(0)
		var parts []string
		for _, c := range children {
			if c.Visible() {
				most = max(most, c.MinSize().Width)
				parts = append(parts, fmt.Sprintf("%T %.0f %q", c, c.MinSize().Width, textOf(c)))
			}
		}
		if width >= 150 && most < width-8 {
			found = append(found, source{fmt.Sprintf("%s %q [%s]", name, textOf(o), strings.Join(parts, ", ")), width})
		}
		for _, c := range children {
			walk(c, name)
		}
	}
	walk(o, "")
	slices.SortFunc(found, func(a, b source) int { return int(b.width - a.width) })
	var out []string
	for i := 0; i < n && i < len(found); i++ {
		w := found[i].what
		if len(w) > 400 {
			w = "…" + w[len(w)-400:]
		}
		out = append(out, fmt.Sprintf("  %.0f  %s", found[i].width, w))
	}
	return strings.Join(out, "\n")
}

// childrenOf returns what o draws inside it: a container's objects, a
// widget's renderer's.
func childrenOf(o fyne.CanvasObject) []fyne.CanvasObject {
	switch x := o.(type) {
	case *fyne.Container:
		return x.Objects
	case fyne.Widget:
		return test.WidgetRenderer(x).Objects()
	}
	return nil
}

// textOf returns the words of a text object, or "".
func textOf(o fyne.CanvasObject) string {
	switch t := o.(type) {
	case *canvas.Text:
		return t.Text
	case *widget.Label:
		return t.Text
	case *widget.Button:
		return t.Text
	case *control.CheckBox:
		return t.Text
	}
	return ""
}

// At 1024×640 the Day planner shows Save without scrolling, with whether
// the day is saved beside it, and neither it nor Balance cuts a
// dimension's name to "…" (a long name wraps to a second line).
func TestAt1024TheDayShowsSaveAndNoNameIsCut(t *testing.T) {
	h := newDemoHarness(t)
	room := smallestWindow.Height - menuBar
	h.win.Resize(fyne.NewSize(smallestWindow.Width, room))
	h.win.Canvas().Capture()
	d := fyne.CurrentApp().Driver()
	var save *control.KeyButton
	for _, o := range test.LaidOutObjects(h.w.day.content) {
		if b, ok := o.(*control.KeyButton); ok && b.Text == "Save" {
			save = b
		}
	}
	if save == nil {
		t.Fatal("no Save on the Day planner")
	}
	at := d.AbsolutePositionForObject(save)
	if at.Y < 0 || at.Y+save.Size().Height > room {
		t.Errorf("Save is at y %.0f to %.0f, out of the %.0f px the window shows", at.Y, at.Y+save.Size().Height, room)
	}
	status := h.w.day.status
	if s := d.AbsolutePositionForObject(status); status.Text != "Saved" || s.Y > at.Y+save.Size().Height || s.Y+status.Size().Height < at.Y || at.X-(s.X+status.Size().Width) > 40 {
		t.Errorf("the status %q is at %v, Save at %v: not beside it", status.Text, s, at)
	}
	h.w.day.form.planned[0].SetText("1h")
	if status.Text != "Not saved" {
		t.Errorf("after typing the status says %q, want Not saved", status.Text)
	}
	h.w.day.form.planned[0].SetText(h.w.day.form.planned[0].Text) // keep the change; Balance saves it on leaving

	type visit struct {
		name string
		show func()
	}
	screens := []visit{{"Day planner", func() { h.press(keyDayScreen) }}, {"Week", func() { h.press(keyWeekScreen) }}}
	screens = append(screens, visit{"the review's step 1", func() { h.w.week.StartReview(week.Of(data.Today().AddDays(-7), h.w.settings.WeekStart())) }})
	for i := 2; i <= len(week.ReviewSteps); i++ {
		screens = append(screens, visit{fmt.Sprintf("the review's step %d", i), func() {
			if h.press(keyNextDay); h.w.week.Review == nil || h.w.week.Review.Step != i-1 {
				t.Fatalf("Alt+Right did not reach the review's step %d", i)
			}
		}})
	}
	screens = append(screens, visit{"Balance", func() { h.press(keyBalScreen) }})
	for _, screen := range screens {
		screen.show()
		h.settle()
		h.win.Canvas().Capture()
		for _, o := range test.LaidOutObjects(h.win.Content()) {
			if text := textOf(o); strings.HasSuffix(text, "…") && o.Visible() {
				for _, dim := range h.dims {
					if strings.HasPrefix(dim.Name, strings.TrimPrefix(strings.TrimSuffix(text, "…"), "★ ")) {
						t.Errorf("%s at 1024 wide cuts %q to %q", screen.name, dim.Name, text)
					}
				}
			}
		}
	}
}

// The alignment matrix's headers use the width there is: at 1024 wide
// every organisational value's name is read whole ("Customer fo…" was cut
// in a fixed 92 px column).
func TestTheAlignmentHeadersAreReadWhole(t *testing.T) {
	h := newDemoHarness(t)
	h.press(keyValScreen)
	h.w.values.Show(valuescreen.TabAlignment)
	h.settle()
	h.win.Canvas().Capture()
	for _, o := range test.LaidOutObjects(h.w.values.Alignment.Matrix) {
		if text := textOf(o); strings.HasSuffix(text, "…") {
			t.Errorf("the matrix cuts a name to %q", text)
		}
	}
}
