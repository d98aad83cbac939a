package ui

import (
	"sync"
	"time"

	"daymark/ui/look"
	"daymark/ui/prefs"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// firstFonts are the text styles of the first screen: its labels and
// entries, and its headings and buttons.
var firstFonts = []fyne.TextStyle{{}, {Bold: true}}

// fontsLoading counts the fonts Prepare is still loading.
var fontsLoading sync.WaitGroup

// Prepare gets the app ready for its window before the window exists: it
// applies the theme chosen in the settings, then loads the faces of the
// first screen's fonts, each on a goroutine of its own, while the UI
// goroutine goes on to start the driver and open the database.
//
// Loading a style's faces is the largest single cost of the first frame:
// Fyne parses the theme's font, its 4 MB emoji font and a system font for
// the language, for each style, the first time the style is measured
// (about 70 ms for the regular style and 35 ms for bold on the reference
// machine). Measuring text touches no widget, and Fyne keeps the faces in
// caches that are safe to fill from any goroutine (a sync.Map, and a mutex
// around the system fonts); the window waits for the loading to finish
// (waitForFonts) before it measures anything, so that no face is loaded
// twice.
func Prepare(a fyne.App) {
	askDesktop() // whether it shows a tray: asked now, known by the first frame
	if !prefs.New(a).SizeRemembered() {
		go screenSize() // the first start's size fits the screen: asked beside the rest
	}
	look.WatchSystemTheme(a)
	look.ApplyTheme(a, prefs.New(a).Theme()) // first: the theme gives the fonts
	size := theme.TextSize()
	for _, style := range firstFonts {
		fontsLoading.Add(1)
		go func() {
			defer fontsLoading.Done()
			fyne.MeasureText("Daymark", size, style)
		}()
	}
}

// waitForFonts returns once the fonts Prepare started loading are loaded,
// and the system has said whether it is dark (or a moment has passed);
// at once if Prepare was not called.
func waitForFonts() {
	fontsLoading.Wait()
	look.WaitForSystemTheme(300 * time.Millisecond)
}
