package timeimport

import (
	"bytes"
	"context"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"daymark/app/apptest"
	"daymark/data"
)

// Both importers are fuzzed the same way: whatever the file holds, reading
// it never panics; a file that cannot be read gets a sentence and leaves
// the database as it was; one that can be read gives a preview that keeps
// every day within 1440 minutes and applies whole.

func FuzzImportCalendar(f *testing.F) {
	calendarSeeds(f)
	fuzzImport(f, "calendar.ics")
}

func FuzzImportTracker(f *testing.F) {
	trackerSeeds(f)
	fuzzImport(f, "tracker.csv")
}

// The readers alone, without a database, many times faster: whatever the
// file holds, they never panic, never fail on a library's panic, and say
// every problem, and every refusal, in a sentence that names its line.

func FuzzReadCalendar(f *testing.F) {
	calendarSeeds(f)
	fuzzRead(f, ReadCalendar)
}

func FuzzReadTracker(f *testing.F) {
	trackerSeeds(f)
	fuzzRead(f, ReadTracker)
}

// calendarSeeds adds work.ics, every awkward shape of testdata/calendars,
// work.ics with a stray line in each event and with a byte order mark, and
// shapes that once broke the reader.
func calendarSeeds(f *testing.F) {
	f.Add(apptest.Fixture(f, "work.ics"))
	files, err := os.ReadDir(apptest.Testdata(f, "calendars"))
	if err != nil {
		f.Fatal(err)
	}
	for _, file := range files {
		f.Add(apptest.Fixture(f, filepath.Join("calendars", file.Name())))
	}
	stray, _ := withStrayLines(string(apptest.Fixture(f, "work.ics")))
	f.Add([]byte(stray))
	f.Add(append([]byte("\ufeff"), apptest.Fixture(f, "work.ics")...))
	for _, s := range []string{
		"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20261005T090000Z\r\nDTEND:20261006T100000Z\r\nRRULE:FREQ=DAILY;COUNT=40;BYSETPOS=-1\r\nEXDATE:20261007T090000Z,20261008\r\nRDATE;VALUE=PERIOD:20261009T090000Z/PT1H\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20261005\r\nRRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:a\r\nRECURRENCE-ID;VALUE=DATE:20261005\r\nDTSTART;TZID=\"Romance Standard Time\":20261010T230000\r\nDURATION:P1DT2H\r\nSTATUS:CANCELLED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
		"BEGIN:VCALENDAR\r\nX-WR-CALNAME:a@b\r\nBEGIN:VEVENT\r\nDTSTART:20261005T090000\r\nDTEND:20261005T080000\r\nATTENDEE;PARTSTAT=DECLINED:MAILTO:A@B\r\nSUMMARY:x\\,y\\nz\r\n  folded\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
	} {
		f.Add([]byte(s))
	}
}

// trackerSeeds adds both trackers' samples and rows that once broke the
// reader or are skipped.
func trackerSeeds(f *testing.F) {
	f.Add(apptest.Fixture(f, "toggl-detailed.csv"))
	f.Add(apptest.Fixture(f, "clockify-detailed.csv"))
	for _, s := range []string{
		"Start date;Start time;Duration;Tags\n2026-10-05;9:00 pm;25:00:00;a,,b\n",
		"Project,Start Date,Start Time,End Date,End Time,Duration (decimal)\nX,31/10/2026,11:59 PM,,12:01 AM,\n\"\n",
		"Start date,Start time,End time\n05.10.2026,23:00,01:00\n",
		"\ufeffStart date,Start time,Duration,Description\n2026-10-05,10:00,1:00,5\" screen\n2026-10-05,11:00,1:00,\"Unclosed\n2026-10-05,12:00,1:00,\"Multi\nline\"\n2026-10-32,1:00,1:00,x\nCaf\xe9,,\n",
	} {
		f.Add([]byte(s))
	}
}

func fuzzRead(f *testing.F, read func(io.Reader, ReadOptions) (Reading, error)) {
	opts := ReadOptions{From: october.From, To: october.To, Location: apptest.London, Rules: data.ImportRules{AllDayMinutes: 480, AllDay: true}}
	f.Fuzz(func(t *testing.T, raw []byte) {
		r, err := read(bytes.NewReader(raw), opts)
		if err != nil {
			var de *data.Error
			if !errors.As(err, &de) || de.Message == "" || strings.Contains(de.Message, "runtime error") {
				t.Errorf("not a sentence: %#v", err)
			}
			return
		}
		lines := bytes.Count(raw, []byte("\n")) + bytes.Count(raw, []byte("\r")) + 1
		for _, p := range r.Problems {
			if !strings.HasPrefix(p.Text, "line "+strconv.Itoa(p.Line)+": ") || p.Line < 1 || p.Line > lines ||
				strings.Contains(p.Text, "runtime error") || strings.Contains(p.Text, errReaderFailed.Error()) {
				t.Errorf("a problem that is not a sentence about one of the %d lines: %q", lines, p.Text)
			}
		}
		if r.Read == 0 {
			t.Errorf("a file from which nothing was read is not refused: %+v", r)
		}
	})
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
			if !errors.As(err, &de) || de.Message == "" || strings.HasPrefix(data.ErrorMessage(err), "Something went wrong") || strings.Contains(de.Message, "runtime error") {
				t.Errorf("not a sentence: %#v", err)
			}
			if after, _ := ti.store.Contents(ctx); !reflect.DeepEqual(before, after) {
				t.Error("a file that could not be read changed the database")
			}
			return
		}
		for _, pr := range p.Problems {
			if !strings.HasPrefix(pr.Text, "line "+strconv.Itoa(pr.Line)+": ") || strings.Contains(pr.Text, "runtime error") || strings.Contains(pr.Text, errReaderFailed.Error()) {
				t.Errorf("a problem that is not a sentence about its line: %q", pr.Text)
			}
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
