package timeimport

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"

	"daymark/data"
)

// bigCalendar is a calendar of n separate one-hour events on as many days
// from 1 January 2026, and bigTracker the same as a Toggl export.
func bigCalendar(n int) string {
	var b strings.Builder
	b.WriteString("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n")
	for i := 0; i < n; i++ {
		d := data.NewDate(2026, 1, 1).AddDays(i % 300)
		fmt.Fprintf(&b, "BEGIN:VEVENT\r\nUID:e%d\r\nDTSTART:%s%02d0000Z\r\nDTEND:%s%02d0000Z\r\nSUMMARY:Work %d\r\nEND:VEVENT\r\n",
			i, strings.ReplaceAll(d.String(), "-", "")+"T", 8+i%8, strings.ReplaceAll(d.String(), "-", "")+"T", 9+i%8, i)
	}
	b.WriteString("END:VCALENDAR\r\n")
	return b.String()
}

func bigTracker(n int) string {
	var b strings.Builder
	b.WriteString("User,Email,Client,Project,Task,Description,Billable,Start date,Start time,End date,End time,Duration,Tags\n")
	for i := 0; i < n; i++ {
		d := data.NewDate(2026, 1, 1).AddDays(i % 300)
		fmt.Fprintf(&b, "Robin,robin@daymark.test,,Hiring,,Work %d,No,%s,09:00:00,%s,10:00:00,01:00:00,\n", i, d, d)
	}
	return b.String()
}

// A preview stops, with the context's error, soon after the person who
// waits on it cancels: while reading a calendar's events or a tracker's
// rows, not once the whole file is read.
func TestAPreviewStopsWhenItsContextIsCancelled(t *testing.T) {
	ti, _ := importer(t)
	for _, c := range []struct{ name, file string }{
		{"work.ics", bigCalendar(3000)},
		{"toggl.csv", bigTracker(3000)},
	} {
		t.Run(c.name, func(t *testing.T) {
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			var told []float64
			req := PreviewRequest{From: data.NewDate(2026, 1, 1), To: data.NewDate(2026, 12, 31), Progress: func(f float64) {
				told = append(told, f)
				if f >= 0.6 {
					cancel()
				}
			}}
			_, err := ti.Preview(ctx, c.name, strings.NewReader(c.file), req)
			if !errors.Is(err, context.Canceled) {
				t.Fatalf("cancelled preview: %v; want context.Canceled", err)
			}
			if last := told[len(told)-1]; last > 0.8 {
				t.Errorf("reading went on to %.2f after it was cancelled at 0.6", last)
			}
			// Not cancelled, the same file is read whole.
			p, err := ti.Preview(context.Background(), c.name, strings.NewReader(c.file), PreviewRequest{From: req.From, To: req.To})
			if err != nil || p.Read != 3000 {
				t.Errorf("preview not cancelled: %d read, %v; want 3000", p.Read, err)
			}
		})
	}
}
