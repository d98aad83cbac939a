package app

import (
	"bytes"
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"daymark/data"
)

// Both importers are fuzzed the same way: whatever the file holds, reading
// it never panics; a file that cannot be read gets a sentence and leaves
// the database as it was; one that can be read gives a preview that keeps
// every day within 1440 minutes and applies whole.

func FuzzImportCalendar(f *testing.F) {
	f.Add(fixture(f, "work.ics"))
	seeds := []string{
		"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261005T090000Z\r\nDTEND:20261006T100000Z\r\nRRULE:FREQ=DAILY;COUNT=40;BYSETPOS=-1\r\nEXDATE:20261007T090000Z,20261008\r\nRDATE;VALUE=PERIOD:20261009T090000Z/PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20261005\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:a\r\nRECURRENCE-ID;VALUE=DATE:20261005\r\nDTSTART;TZID=\"Romance Standard Time\":20261010T230000\r\nDURATION:P1DT2H\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nX-WR-CALNAME:a@b\r\nBEGIN:VEVENT\r\nDTSTART:20261005T090000\r\nDTEND:20261005T080000\r\nATTENDEE;PARTSTAT=DECLINED:MAILTO:A@B\r\nSUMMARY:x\\,y\\nz\r\n  folded\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
	}
	for _, s := range seeds {
		f.Add([]byte(s))
	}
	fuzzImport(f, "calendar.ics")
}

func FuzzImportTracker(f *testing.F) {
	f.Add(fixture(f, "toggl-detailed.csv"))
	f.Add(fixture(f, "clockify-detailed.csv"))
	for _, s := range []string{
		"Start date;Start time;Duration;Tags\n2026-10-05;9:00 pm;25:00:00;a,,b\n",
		"Project,Start Date,Start Time,End Date,End Time,Duration (decimal)\nX,31/10/2026,11:59 PM,,12:01 AM,\n\"\n",
		"Start date,Start time,End time\n05.10.2026,23:00,01:00\n",
	} {
		f.Add([]byte(s))
	}
	fuzzImport(f, "tracker.csv")
}

func fuzzImport(f *testing.F, name string) {
	ti, _ := importer(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, raw []byte) {
		before, err := ti.store.Contents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		p, err := ti.Preview(ctx, name, bytes.NewReader(raw), october)
		if err != nil {
			var de *data.Error
			if !errors.As(err, &de) || de.Message == "" || strings.HasPrefix(data.ErrorMessage(err), "Something went wrong") {
				t.Errorf("not a sentence: %#v", err)
			}
			if after, _ := ti.store.Contents(ctx); !reflect.DeepEqual(before, after) {
				t.Error("a file that could not be read changed the database")
			}
			return
		}
		for _, d := range p.Days {
			total := 0
			for _, m := range d.After {
				if m < 0 {
					t.Fatalf("%s: negative minutes %v", d.Date, d.After)
				}
				total += m
			}
			if total > data.MinutesPerDay {
				t.Fatalf("%s: %d minutes", d.Date, total)
			}
		}
		// As Apply does, without the backup it makes first.
		err = ti.store.ApplyImport(ctx, p.batch, func(d data.ImportDay) (map[int64]int, map[int64]int, error) {
			s := settle(d, p.Keep)
			return s.actual, s.imported, nil
		})
		if err != nil {
			t.Errorf("a preview could not be applied: %v", err)
			if after, _ := ti.store.Contents(ctx); !reflect.DeepEqual(before, after) {
				t.Error("a failed import changed the database")
			}
		}
	})
}
