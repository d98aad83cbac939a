package ui

import (
	"context"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"daymark/app/demo"
	"daymark/data"
)

// BenchmarkNewWindow builds the window and draws its first frame, over a
// database of one day and over ten years of days and 10,000 decisions:
// what Daymark does before its window appears must not grow with the data.
func BenchmarkNewWindow(b *testing.B) {
	for _, size := range []struct {
		name            string
		days, decisions int
	}{{"one-day", 1, -1}, {"ten-years", 3650, 10000}} {
		b.Run(size.name, func(b *testing.B) {
			store, err := data.Open(filepath.Join(b.TempDir(), "daymark.db"))
			if err != nil {
				b.Fatal(err)
			}
			defer store.Close()
			opts := demo.Options{Days: size.days, Decisions: size.decisions, Seed: 1}
			if _, err := demo.Fill(context.Background(), store, opts); err != nil {
				b.Fatal(err)
			}
			a := test.NewTempApp(b)
			open := func() {
				win := a.NewWindow("Daymark")
				w, err := New(a, win, NewServices(store, "test"))
				if err != nil {
					b.Fatal(err)
				}
				win.Resize(fyne.NewSize(1180, 760))
				win.Canvas().Capture()
				b.StopTimer() // what follows the first frame is not startup
				w.tasks.Wait()
				win.Close()
				b.StartTimer()
			}
			open() // the fonts and icons, once per process, before the timer starts
			for b.Loop() {
				open()
			}
		})
	}
}
