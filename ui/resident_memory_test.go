package ui

import (
	"os"
	"runtime"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// heapMB is the memory the program's live objects hold, once the garbage
// is collected.
func heapMB() float64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// A day at work with Daymark open: eight hours of a timer switching to
// the next dimension every twenty minutes, the window reading the timer
// each minute and looking for time away twice a minute, on the real
// store and Fyne's test driver. Memory after the day is what it was
// after the first switch, within 5% (PRODUCT.md: memory flat over a day
// of switching). make bench prints the figures.
//
// Fyne keeps the size of each text it has measured for a minute of real
// time after its last use, and a day on this clock passes in seconds: the
// texts of the day's minutes are all still kept at its end (about 30 kB
// an hour), where a real day would have let them go. With FYNE_CACHE set
// (make bench sets 1ms) the test waits before each measure for Fyne to
// clean that cache (it cleans at most every ten seconds), and measures
// what Daymark itself holds.
func TestMemoryStaysFlatOverADayOfSwitching(t *testing.T) {
	r := newResident(t)
	measure := heapMB
	if os.Getenv("FYNE_CACHE") != "" {
		measure = func() float64 {
			time.Sleep(10500 * time.Millisecond)
			r.win.Canvas().Capture() // Fyne cleans its caches as it draws
			return heapMB()
		}
	}
	timers := r.w.day.form.timers
	switchTo := func(i int) {
		test.Tap(timers[i%len(timers)])
		r.settle()
	}
	switchTo(0)
	r.advance(20 * time.Minute)
	switchTo(1)
	first := measure()
	for i := 2; i <= 8*3; i++ { // to 17:00
		for range 20 {
			r.advance(time.Minute)
		}
		if i < 8*3 {
			switchTo(i)
		}
	}
	if n := len(r.storedIntervals()); n != 24 {
		t.Fatalf("the day holds %d intervals, want 24", n)
	}
	after := measure()
	t.Logf("heap after the first switch: %.2f MB; after eight hours: %.2f MB (%.3f×)", first, after, after/first)
	if after > first*1.05 {
		t.Errorf("memory grew over the day: %.2f MB after the first switch, %.2f MB after eight hours", first, after)
	}
}
