package ui

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"daymark/ui/control"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
)

func TestTheTrayMenuStartsSwitchesAndStopsAndIsSetOnlyOnChange(t *testing.T) {
	r := newResident(t)
	want := "No timer is running|-|Start My self|Start People|Start Organisational improvement|Start Value management|-|Open Daymark|Quit"
	if got := strings.Join(r.tray.last(), "|"); got != strings.ReplaceAll(want, "-", "") {
		t.Fatalf("the tray's menu: %s", got)
	}
	set := r.tray.menus
	r.advance(10 * time.Minute)
	if r.tray.menus != set {
		t.Errorf("with nothing running the menu was set %d times more in 10 minutes", r.tray.menus-set)
	}
	if r.tray.icons != 0 {
		t.Errorf("the icon was set %d times without an app icon", r.tray.icons)
	}

	r.trayItem("Start People").Action()
	r.settle()
	if got := r.tray.last(); got[0] != "People: started at 09:10" || got[2] != "Switch to My self" || got[5] != "Stop People" {
		t.Fatalf("with People running the menu reads %q", got)
	}
	set = r.tray.menus
	for range 10 {
		r.advance(time.Minute)
	}
	if n := r.tray.menus - set; n != 10 || r.tray.last()[0] != "People: 10m since 09:10" {
		t.Errorf("in 10 minutes of People the menu was set %d times and reads %q", n, r.tray.last()[0])
	}
	r.trayItem("Switch to My self").Action()
	r.settle()
	if r.w.status.Dimension.Name != "My self" || r.tray.last()[0] != "My self: started at 09:20" {
		t.Errorf("after the switch the menu reads %q", r.tray.last()[0])
	}
	r.trayItem("Stop My self").Action()
	r.settle()
	if r.w.status.Running || r.tray.last()[0] != "No timer is running" {
		t.Errorf("after the stop the menu reads %q", r.tray.last()[0])
	}
	if quit := r.trayItem("Quit"); !quit.IsQuit {
		t.Error("the tray's Quit is not the app's quit")
	}
}

// Fyne's tray draws the first menu it was given once it is ready, which
// can be after the window has read the timer and set another: a timer
// running as Daymark started showed "No timer is running" in the tray for
// a minute (seen on a session bus with a panel). That first menu reads
// the timer as it stands.
func TestTheMenuTheTrayDrawsWhenReadyReadsTheTimerAsItStands(t *testing.T) {
	r := newResident(t)
	r.trayItem("Start People").Action()
	r.settle()
	first, last := strings.Join(menuLabels(r.tray.first), "|"), strings.Join(r.tray.last(), "|")
	if !strings.HasPrefix(last, "People: ") || first != last {
		t.Errorf("the menu the tray draws when ready reads %q, the window's last %q", first, last)
	}
}

// trayItem returns the item labelled label of the tray's menu.
func (r *resident) trayItem(label string) *fyne.MenuItem {
	r.t.Helper()
	for _, i := range r.tray.menu.Items {
		if i.Label == label {
			return i
		}
	}
	r.t.Fatalf("the tray's menu has no %q: %q", label, r.tray.last())
	return nil
}

func TestClosingTheWindowQuitsUnlessItStaysInTheTray(t *testing.T) {
	r := newResident(t)
	closeWindow := func() {
		r.w.close()
		r.settle()
	}
	// Off, as it starts: closing quits.
	closeWindow()
	if r.quits != 1 || r.w.hidden {
		t.Fatalf("closing with the setting off: %d quits, hidden %v", r.quits, r.w.hidden)
	}

	r.w.settings.Store.SetBool(prefCloseToTray, true)
	closeWindow()
	if !strings.Contains(r.overlayText(), "Daymark stays in the tray") {
		t.Fatalf("the first close to the tray says %q", r.overlayText())
	}
	pressKey(r.win.Canvas(), fyne.KeyEscape, 0) // keep the window open
	r.settle()
	if r.quits != 1 || r.w.hidden {
		t.Fatalf("Escape: %d quits, hidden %v", r.quits, r.w.hidden)
	}
	r.typeHere("2h") // My self, planned: saved as the window goes
	closeWindow()
	pressKey(r.win.Canvas(), fyne.KeyReturn, 0) // Close to the tray, the default
	r.settle()
	if !r.w.hidden || r.quits != 1 {
		t.Fatalf("Close to the tray: hidden %v, %d quits", r.w.hidden, r.quits)
	}
	if got := r.stored(r.w.day.date).Planned[r.dims[0].ID]; got != 120 {
		t.Errorf("what was typed was not saved as the window closed: %d", got)
	}
	r.trayItem("Open Daymark").Action()
	if r.w.hidden {
		t.Error("Open Daymark left the window hidden")
	}
	// Said once: the next close goes straight to the tray.
	closeWindow()
	if !r.w.hidden || r.win.Canvas().Overlays().Top() != nil {
		t.Errorf("the second close: hidden %v, asking %q", r.w.hidden, r.overlayText())
	}
	r.w.reveal()
	// The panel gone: closing quits, as there is nowhere to come back from.
	r.w.desk.tray = func() error { return errors.New("no panel") }
	closeWindow()
	if r.quits != 2 || r.w.hidden {
		t.Errorf("with no tray: %d quits, hidden %v", r.quits, r.w.hidden)
	}
}

func TestTheTraySettingIsOffUnlessChosenAndOnlyWhereThereIsATray(t *testing.T) {
	r := newResident(t)
	r.w.showSettings()
	tray := r.dialogCheckLabelled("Keep Daymark running in the tray")
	if tray.Checked || tray.Disabled() {
		t.Errorf("the tray setting: checked %v, disabled %v", tray.Checked, tray.Disabled())
	}
	test.Tap(tray)
	if !r.w.settings.Store.Bool(prefCloseToTray) {
		t.Error("ticking it did not keep it")
	}
	r.tapButton("Close")
	r.w.desk.hasTray = false
	r.w.showSettings()
	if tray := r.dialogCheckLabelled("Keep Daymark running in the tray"); !tray.Disabled() ||
		!strings.Contains(r.overlayTexts(), "this desktop shows no system tray: closing the window quits Daymark") {
		t.Errorf("with no tray the setting is disabled %v, and says %q", tray.Disabled(), r.overlayTexts())
	}
}

// overlayTexts returns every text drawn in the top overlay, hints included.
func (h *harness) overlayTexts() string {
	var texts []string
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if t, ok := o.(*canvas.Text); ok {
			texts = append(texts, t.Text)
		}
	}
	return strings.Join(texts, "\n")
}

// dialogCheckLabelled returns the check box labelled text in the dialog on top.
func (h *harness) dialogCheckLabelled(text string) *control.CheckBox {
	h.t.Helper()
	for _, o := range test.LaidOutObjects(h.win.Canvas().Overlays().Top()) {
		if c, ok := o.(*control.CheckBox); ok && c.Text == text {
			return c
		}
	}
	h.t.Fatalf("no check box %q", text)
	return nil
}

// The first window puts up the tray once its first frame is drawn
// (Shown), not while it is built: the wait for the desktop's answer, and
// Fyne's setting up of its tray, used to come before the first frame. A
// desktop that never answers holds up neither the window nor its tray
// for longer than trayWait.
func TestTheTrayGoesUpAfterTheFirstFrame(t *testing.T) {
	for _, c := range []struct {
		name     string
		answered bool
	}{{"the desktop answers", true}, {"the desktop never answers", false}} {
		t.Run(c.name, func(t *testing.T) {
			asked := make(chan desktopAnswer, 1)
			if c.answered {
				asked <- desktopAnswer{}
			}
			desktopAsked = asked
			defer func(w time.Duration) { desktopAsked, trayWait = nil, w }(trayWait)
			trayWait = time.Hour // the window must not wait for it before its first frame
			a := test.NewTempApp(t)
			win := test.NewTempWindow(t, nil)
			l := NewLauncher(a, win, testOpener)
			t.Cleanup(l.Close)
			opened := make(chan error, 1)
			go func() { opened <- l.Open(filepath.Join(t.TempDir(), "daymark.db")) }()
			select {
			case err := <-opened:
				if err != nil {
					t.Fatal(err)
				}
			case <-time.After(30 * time.Second):
				t.Fatal("the window waited for the desktop's answer before its first frame")
			}
			l.tasks.Wait()
			if win.Content() == nil {
				t.Fatal("no window")
			}
			if desktopAsked == nil || (c.answered && len(asked) == 0) {
				t.Fatal("the desktop's answer was taken before the first frame")
			}
			tray := &fakeTray{}
			l.window.desk.app = tray
			trayWait = 50 * time.Millisecond
			l.Shown()
			if desktopAsked != nil {
				t.Error("Shown did not take the desktop's answer")
			}
			if got := tray.menus == 1; got != c.answered {
				t.Errorf("the tray's menu was set %d times", tray.menus)
			}
			if !c.answered && l.window.desk.hasTray {
				t.Error("a desktop that did not answer got a tray")
			}
		})
	}
}
