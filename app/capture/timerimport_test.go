package capture

import (
	"context"
	"strings"
	"testing"

	"daymark/app/apptest"
	"daymark/app/timeimport"
	"daymark/data"
)

// oneToOne is a calendar with one meeting, 10:00 to 11:00 in London on
// Tuesday 6 October 2026, which the starter rules send to People.
const oneToOne = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Daymark tests//EN\r\nBEGIN:VEVENT\r\nUID:sam@daymark.test\r\n" +
	"DTSTAMP:20261001T000000Z\r\nDTSTART:20261006T090000Z\r\nDTEND:20261006T100000Z\r\nSUMMARY:1:1 Sam\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

func TestWhatWasTimedWinsOverACalendarEventForTheSameMinutes(t *testing.T) {
	ctx := context.Background()
	tm, s, dims, _ := newTimer(t, apptest.InLondon(2026, 10, 7, 9, 0, 0))
	people := dims[1].ID
	date := data.NewDate(2026, 10, 6)
	ti := timeimport.NewImporter(s)
	ti.Location = apptest.London
	// People timed from 10:30 to 11:30: half the meeting's hour.
	iv, err := tm.Correct(ctx, data.Interval{DimensionID: people, Start: apptest.InLondon(2026, 10, 6, 10, 30, 0), End: apptest.InLondon(2026, 10, 6, 11, 30, 0)})
	if err != nil {
		t.Fatal(err)
	}
	req := timeimport.PreviewRequest{From: date, To: date, Keep: true}
	p, err := ti.Preview(ctx, "work.ics", strings.NewReader(oneToOne), req)
	if err != nil {
		t.Fatal(err)
	}
	var day timeimport.PreviewDay
	for _, d := range p.Days {
		if d.Date == date {
			day = d
		}
	}
	if day.UnderTimer != 30 || day.Timed[people] != 60 || day.Events[people] != 30 || day.After[people] != 90 || day.Before[people] != 60 {
		t.Errorf("preview = under the timer %d, timed %v, events %v, after %v, before %v; want 30, 60, 30, 90, 60", day.UnderTimer, day.Timed, day.Events, day.After, day.Before)
	}
	var text strings.Builder
	if err := timeimport.WritePreview(&text, p, dims, apptest.London); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"60 → 90  (60 timed, kept)", "30 minutes of events left out: the timer counted them already"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("the preview's text lacks %q:\n%s", want, text.String())
		}
	}
	if _, err := ti.Apply(ctx, p); err != nil {
		t.Fatal(err)
	}
	check := func(when string, actual, timed int, text string) {
		t.Helper()
		if a, tt := actualOn(t, s, date, people); a != actual || tt != timed {
			t.Errorf("%s: People holds %d actual, %d timed; want %d and %d", when, a, tt, actual, timed)
		}
		if dt, _ := tm.DayTime(ctx, date); dt.Text(people) != text {
			t.Errorf("%s: %q, want %q", when, dt.Text(people), text)
		}
	}
	check("imported", 90, 60, "1h timed + 30m imported")

	// Timing moves afterwards: the imported minutes follow, never counted twice.
	iv.Start, iv.End = apptest.InLondon(2026, 10, 6, 9, 0, 0), apptest.InLondon(2026, 10, 6, 9, 30, 0)
	if _, err := tm.Correct(ctx, iv); err != nil {
		t.Fatal(err)
	}
	check("the interval moved off the meeting", 90, 30, "30m timed + 1h imported")
	iv.End = apptest.InLondon(2026, 10, 6, 12, 0, 0)
	if _, err := tm.Correct(ctx, iv); err != nil {
		t.Fatal(err)
	}
	check("the interval over the whole meeting", 180, 180, "3h timed")
	if err := tm.Delete(ctx, iv.ID); err != nil {
		t.Fatal(err)
	}
	check("the interval deleted", 60, 0, "1h imported")
}
