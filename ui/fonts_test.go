package ui

import (
	"path/filepath"
	"testing"

	"daymark/ui/control"
	"daymark/ui/look"
	"daymark/ui/prefs"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

// Prepare runs before the window exists: the theme chosen in the settings
// must be in place before the fonts load (they come from it) and before
// anything is drawn, and the window must open once the fonts are loaded.
// Run with -race, this also checks that loading the fonts on their own
// goroutines shares nothing unguarded with building the window.
func TestPrepareAppliesTheThemeThenTheWindowOpensOnItsLoadedFonts(t *testing.T) {
	a := test.NewTempApp(t)
	a.Preferences().SetString(prefs.PrefTheme, prefs.ThemeDark)
	Prepare(a)
	if th, ok := a.Settings().Theme().(look.AppTheme); !ok || !th.Fixed || control.Variant() != theme.VariantDark {
		t.Fatalf("after Prepare the theme is %T in variant %v, want the dark one chosen", a.Settings().Theme(), control.Variant())
	}

	win := test.NewTempWindow(t, nil)
	l := NewLauncher(a, win, testOpener)
	t.Cleanup(l.Close)
	if err := l.Open(filepath.Join(t.TempDir(), "daymark.db")); err != nil {
		t.Fatal(err)
	}
	l.Shown() // as main does once the first frame is drawn: takes the desktop's answer Prepare asked for
	l.tasks.Wait()
	if l.window == nil || l.window.day == nil || win.Content() == nil {
		t.Fatal("the window did not open on the Day planner")
	}
	labels, buttons := texts(win.Content())
	if len(labels) == 0 || len(buttons) == 0 {
		t.Errorf("the planner shows %d labels and %d buttons", len(labels), len(buttons))
	}
	if l.window.settings.Theme() != prefs.ThemeDark {
		t.Errorf("the window reads the theme %q", l.window.settings.Theme())
	}
}
