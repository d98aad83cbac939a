package timeimport

import (
	"slices"
	"strings"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/data"
)

func readWork(t *testing.T, opts ReadOptions) Reading {
	t.Helper()
	if opts.Location == nil {
		opts.Location = apptest.London
	}
	if opts.From.IsZero() {
		opts.From, opts.To = data.NewDate(2026, 10, 1), data.NewDate(2026, 11, 6)
	}
	if opts.Rules.AllDayMinutes == 0 {
		opts.Rules.AllDayMinutes = 480
	}
	r, err := ReadCalendar(strings.NewReader(string(apptest.Fixture(t, "work.ics"))), opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// starts lists when the items of a UID start, as London clock times.
func starts(r Reading, uid string) []string {
	var out []string
	for _, it := range r.Items {
		if it.UID == uid {
			out = append(out, it.Start.In(apptest.London).Format("Mon 02 Jan 15:04"))
		}
	}
	return out
}

func skipped(r Reading, reason string) []string {
	var out []string
	for _, s := range r.Skipped {
		if strings.HasPrefix(s.Reason, reason) {
			out = append(out, s.Start.In(apptest.London).Format("02 Jan ")+s.Title)
		}
	}
	return out
}

func TestACalendarIsReadWithItsRepeatsExceptionsAndOverrides(t *testing.T) {
	r := readWork(t, ReadOptions{})
	if r.Source != "robin@daymark.test" || r.Kind != KindCalendar {
		t.Errorf("source %q, kind %q", r.Source, r.Kind)
	}
	cases := []struct{ uid, want string }{
		// Weekly at 10:00 London, before and after the clocks went back on 25 October.
		{"one-to-one-sam@daymark.test", "Mon 05 Oct 10:00, Mon 12 Oct 10:00, Mon 19 Oct 10:00, Mon 26 Oct 10:00, Mon 02 Nov 10:00"},
		// Every other Wednesday.
		{"one-to-one-priya@daymark.test", "Wed 14 Oct 14:00, Wed 28 Oct 14:00"},
		// 13 October excluded (EXDATE), 20 October moved to Thursday 22
		// (RECURRENCE-ID), 27 October cancelled (an override with STATUS:CANCELLED).
		{"staff-meeting@daymark.test", "Thu 22 Oct 11:00, Tue 06 Oct 09:00, Tue 03 Nov 09:00"},
		// 11:00 in New York is 16:00 in London, but 15:00 in the week
		// between the British and the American change of clocks.
		{"ny-product-sync@daymark.test", "Thu 01 Oct 16:00, Thu 08 Oct 16:00, Thu 15 Oct 16:00, Thu 22 Oct 16:00, Thu 29 Oct 15:00, Thu 05 Nov 16:00"},
		// UTC times.
		{"launch-call@daymark.test", "Wed 14 Oct 23:30"},
		// Floating times are the person's.
		{"gym@daymark.test", "Fri 09 Oct 07:00"},
		// A Windows zone name, as Outlook writes it: 10:00 in Berlin.
		{"strategy-prep@daymark.test", "Mon 19 Oct 09:00"},
		{"interview@daymark.test", "Mon 12 Oct 16:00"},
	}
	for _, c := range cases {
		if got := strings.Join(starts(r, c.uid), ", "); got != c.want {
			t.Errorf("%s starts\n got %s\nwant %s", c.uid, got, c.want)
		}
	}
	for _, it := range r.Items {
		if it.UID == "staff-meeting@daymark.test" && it.Start.In(apptest.London).Day() == 22 && it.Occurrence != "20261020T080000Z" {
			t.Errorf("the moved meeting is occurrence %q, want the one it replaces", it.Occurrence)
		}
		if it.UID == "one-to-one-sam@daymark.test" && it.Attendees != 2 {
			t.Errorf("the 1:1 has %d attendees", it.Attendees)
		}
	}
	for reason, want := range map[string]string{
		SkipCancelled: "21 Oct Coffee with a board member, 27 Oct Leadership staff meeting",
		SkipDeclined:  "06 Oct Vendor pitch: analytics suite",
		SkipAllDay:    "15 Oct Team offsite in Leeds",
	} {
		got := skipped(r, reason)
		slices.Sort(got)
		if strings.Join(got, ", ") != want {
			t.Errorf("skipped as %s: %q, want %q", reason, got, want)
		}
	}
	if len(r.Notes) != 0 {
		t.Errorf("notes: %q", r.Notes)
	}
	if r.First != data.NewDate(2026, 9, 1) || r.Last != data.NewDate(2026, 10, 27) {
		t.Errorf("the file spans %s to %s", r.First, r.Last)
	}
}

func TestAnEventAcrossTheClockChangeLastsItsRealTime(t *testing.T) {
	r := readWork(t, ReadOptions{})
	for _, it := range r.Items {
		if it.UID == "release-night@daymark.test" {
			if d := it.End.Sub(it.Start); d != 5*time.Hour {
				t.Errorf("23:00 to 03:00 across the change to winter time lasts %v, want 5h", d)
			}
			return
		}
	}
	t.Fatal("no release night")
}

func TestAllDayEventsCountOnlyWhenAskedAndDeclinedOnesAreThePersons(t *testing.T) {
	r := readWork(t, ReadOptions{Rules: data.ImportRules{AllDay: true, AllDayMinutes: 300, Emails: []string{"someone@else.test"}}})
	if got := strings.Join(starts(r, "offsite@daymark.test"), ", "); got != "Thu 15 Oct 09:00, Fri 16 Oct 09:00" {
		t.Errorf("the two-day offsite counts from %s", got)
	}
	for _, it := range r.Items {
		if it.UID == "offsite@daymark.test" && it.End.Sub(it.Start) != 300*time.Minute {
			t.Errorf("an all-day block lasts %v", it.End.Sub(it.Start))
		}
	}
	// With addresses of the person's that are not the one who declined,
	// the pitch is someone else's refusal: it counts.
	if got := starts(r, "vendor-pitch@daymark.test"); len(got) != 1 {
		t.Errorf("the pitch declined by another counts %d times", len(got))
	}
}

func TestFloatingTimesFollowThePersonsZone(t *testing.T) {
	r := readWork(t, ReadOptions{Location: apptest.NewYork})
	for _, it := range r.Items {
		if it.UID == "gym@daymark.test" && it.Start.In(apptest.NewYork).Format("15:04") != "07:00" {
			t.Errorf("the floating gym is at %s in New York", it.Start.In(apptest.NewYork).Format("15:04"))
		}
	}
}

func TestUnknownZonesAreReadAsTheCalendarDefinesThemWithANote(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nBEGIN:VTIMEZONE\r\nTZID:Custom Zone\r\nBEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0200\r\nDTSTART:19700101T000000\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n" +
		"BEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Plan\r\nDTSTART;TZID=Custom Zone:20261005T120000\r\nDTEND;TZID=Custom Zone:20261005T130000\r\nEND:VEVENT\r\n" +
		"BEGIN:VEVENT\r\nUID:b\r\nSUMMARY:Nowhere\r\nDTSTART;TZID=Atlantis:20261005T150000\r\nDTEND;TZID=Atlantis:20261005T160000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	r, err := ReadCalendar(strings.NewReader(ics), ReadOptions{From: data.NewDate(2026, 10, 5), To: data.NewDate(2026, 10, 5), Location: apptest.London, Rules: data.ImportRules{AllDayMinutes: 480}})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(append(starts(r, "a"), starts(r, "b")...), ", "); got != "Mon 05 Oct 11:00, Mon 05 Oct 15:00" {
		t.Errorf("starts %s", got)
	}
	if notes := strings.Join(r.Notes, "\n"); !strings.Contains(notes, "“Custom Zone” is not one Daymark knows: its times were read as UTC+02:00") ||
		!strings.Contains(notes, "“Atlantis” is not one Daymark knows: its times were read in your own time zone (Europe/London)") {
		t.Errorf("notes: %s", notes)
	}
}

func TestARuleRepeatingTooOftenIsGivenUpWithANote(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nSUMMARY:Tick\r\nDTSTART:20200101T000000Z\r\nDTEND:20200101T000001Z\r\nRRULE:FREQ=SECONDLY\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	start := time.Now()
	r, err := ReadCalendar(strings.NewReader(ics), ReadOptions{From: data.NewDate(2026, 10, 5), To: data.NewDate(2026, 10, 5), Location: apptest.London})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Items) != 0 || len(r.Notes) != 1 || !strings.Contains(r.Notes[0], "“Tick” repeats too often to follow") {
		t.Errorf("items %d, notes %q", len(r.Items), r.Notes)
	}
	if d := time.Since(start); d > 10*time.Second {
		t.Errorf("giving up took %v", d)
	}
}

func TestFileKindGoesByNameThenByContent(t *testing.T) {
	cases := []struct {
		name, head, want string
	}{
		{"work.ICS", "", FileCalendar},
		{"export.json", "", FileExport},
		{"toggl.csv", "BEGIN:VCALENDAR", FileTracker},
		{"-", "\xef\xbb\xbf BEGIN:VCALENDAR\r\n", FileCalendar},
		{"-", "  {\"format\"", FileExport},
		{"download", "User,Email", FileTracker},
	}
	for _, c := range cases {
		if got := FileKind(c.name, []byte(c.head)); got != c.want {
			t.Errorf("FileKind(%q, %q) = %s, want %s", c.name, c.head, got, c.want)
		}
	}
}
