package timeimport

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"daymark/app"
	"daymark/data"
)

// Reading the detailed CSV exports of Toggl Track and Clockify. The
// columns read, by name in the header (case and order do not matter):
//
//	Start date, Start time       required
//	End date, End time           or else Duration (Toggl) or Duration (h) (Clockify)
//	Description, Project, Tags   what mappings look at (tags separated by commas)
//	Email                        whose entry it is, in a team's export
//
// Any other column is ignored. See docs/import.md.

// trackerColumns are the columns read, by the names the exports give them.
var trackerColumns = map[string][]string{
	"start date":  {"start date"},
	"start time":  {"start time"},
	"end date":    {"end date", "stop date"},
	"end time":    {"end time", "stop time"},
	"duration":    {"duration", "duration (h)"},
	"decimal":     {"duration (decimal)"},
	"description": {"description"},
	"project":     {"project"},
	"tags":        {"tags", "tag"},
	"email":       {"email"},
}

// ReadTracker reads a detailed CSV export of Toggl Track or Clockify and
// returns its entries that fall between opts.From and opts.To, in
// opts.Location. In a team's export, only the person's entries are read
// (by their email addresses in the rules).
func ReadTracker(r io.Reader, opts ReadOptions) (Reading, error) {
	raw, err := readTimeFile(r, "time tracker")
	if err != nil {
		return Reading{}, err
	}
	raw = bytes.TrimPrefix(raw, byteOrderMark)
	progress := newProgress(opts.Progress)
	out := Reading{Kind: KindToggl, Source: KindToggl}
	header, rows, err := readCSV(raw, &out)
	if err != nil {
		return Reading{}, err
	}
	col, err := trackerColumnsOf(header, &out)
	if err != nil {
		return Reading{}, err
	}
	cell := func(row []string, key string) string {
		if i, ok := col[key]; ok && i < len(row) {
			return strings.TrimSpace(row[i])
		}
		return ""
	}
	cells := make([][]string, len(rows))
	for i, row := range rows {
		cells[i] = row.cells
	}
	dates := newDateFormat(cells, col)
	if dates.note != "" {
		out.Notes = append(out.Notes, dates.note)
	}
	persons := map[string]bool{}
	for _, e := range opts.Rules.Emails {
		persons[strings.ToLower(e)] = true
	}
	emails := map[string]bool{}
	from, to := opts.From.Time(opts.Location), opts.To.AddDays(1).Time(opts.Location)
	for n, row := range rows {
		if err := opts.stopped(); err != nil {
			return Reading{}, err
		}
		progress.set(float64(n+1) / float64(len(rows)))
		item, err := trackerEntry(row.cells, cell, dates, opts.Location)
		if err != nil {
			out.problem(row.line, LeftItem, "the entry %s cannot be read: %v; skipped", quoteTitle(cell(row.cells, "description")), err)
			continue
		}
		out.Read++
		widen(&out, item.Start, item.End, opts.Location)
		if !overlaps(item.Start, item.End, from, to) {
			continue
		}
		email := strings.ToLower(cell(row.cells, "email"))
		if email != "" {
			emails[email] = true
		}
		switch {
		case len(persons) > 0 && email != "" && !persons[email]:
			out.Skipped = append(out.Skipped, Skipped{Item: item, Reason: SkipSomeone})
		case !item.End.After(item.Start):
			out.Skipped = append(out.Skipped, Skipped{Item: item, Reason: SkipNoTime})
		default:
			out.Items = append(out.Items, item)
		}
	}
	out.sortProblems()
	if err := out.nothingRead("entry of the CSV", data.Errorf(data.EInvalid, "the export holds no entries: it has only its header")); err != nil {
		return Reading{}, err
	}
	if len(persons) == 0 && len(emails) > 1 {
		out.Notes = append(out.Notes, fmt.Sprintf("The export holds the entries of %d people: add your email address in the rules to import only yours.", len(emails)))
	}
	return out, nil
}

// trackerColumnsOf finds the columns of a tracker's export by their
// headers, and which tracker wrote it (out's kind and source); an export
// without the columns of a start and an end or a duration is refused.
func trackerColumnsOf(header []string, out *Reading) (map[string]int, error) {
	col := map[string]int{}
	for i, h := range header {
		name := strings.ToLower(strings.TrimSpace(h))
		for key, names := range trackerColumns {
			for _, n := range names {
				if _, ok := col[key]; !ok && name == n {
					col[key] = i
				}
			}
		}
		// Clockify writes "Start Date" and "Duration (h)"; Toggl "Start date" and "Duration".
		if h == "Start Date" || name == "duration (h)" || name == "duration (decimal)" {
			out.Kind, out.Source = KindClockify, KindClockify
		}
	}
	_, hasStart := col["start date"]
	_, hasTime := col["start time"]
	_, hasEnd := col["end time"]
	_, hasDuration := col["duration"]
	_, hasDecimal := col["decimal"]
	if !hasStart || !hasTime || !hasEnd && !hasDuration && !hasDecimal {
		return nil, data.Errorf(data.EInvalid, "line 1: this CSV is not a detailed export of Toggl Track or Clockify: it needs the columns Start date, Start time, and End time or Duration (see docs/import.md)")
	}
	return col, nil
}

// A csvRow is a row of a CSV file and the line it begins at.
type csvRow struct {
	line  int
	cells []string
}

// readCSV splits raw into its header and rows, with commas, semicolons or
// tabs between fields, whichever the header uses. A row that is not CSV (a
// quote out of place) is skipped, told to out, and reading goes on at the
// line after the one it begins at; a header that is not CSV is refused.
func readCSV(raw []byte, out *Reading) ([]string, []csvRow, error) {
	first, _, _ := bytes.Cut(raw, []byte("\n"))
	comma := ','
	for _, sep := range []rune{';', '\t'} {
		if bytes.Count(first, []byte(string(sep))) > bytes.Count(first, []byte(",")) {
			comma = sep
		}
	}
	var header []string
	var rows []csvRow
	done := 0 // lines before rest
	for rest := raw; len(rest) > 0; {
		r := csv.NewReader(bytes.NewReader(rest))
		r.Comma, r.FieldsPerRecord = comma, -1
		for {
			rec, err := r.Read()
			if errors.Is(err, io.EOF) {
				rest = nil
				break
			}
			var pe *csv.ParseError
			if errors.As(err, &pe) && header != nil {
				out.problem(done+pe.StartLine, LeftItem, "the row is not CSV (%v); skipped", pe.Err)
				rest, done = afterLine(rest, pe.StartLine), done+pe.StartLine
				break
			} else if errors.As(err, &pe) {
				return nil, nil, data.Errorf(data.EInvalid, "line %d, column %d: the CSV's header is malformed: %v", done+pe.Line, pe.Column, pe.Err)
			} else if err != nil {
				return nil, nil, data.Errorf(data.EInvalid, "the CSV cannot be read: %v", err)
			}
			line, _ := r.FieldPos(0)
			line += done
			for i, c := range rec {
				if !utf8.ValidString(c) {
					rec[i] = strings.ToValidUTF8(c, "�")
					out.problem(line, "", "%s holds bytes that are not UTF-8 text; read with � in their place", quoteLine(rec[i]))
				}
			}
			switch {
			case header == nil:
				header = rec
			case strings.TrimSpace(strings.Join(rec, "")) != "":
				rows = append(rows, csvRow{line: line, cells: rec})
			}
		}
	}
	if header == nil {
		return nil, nil, data.Errorf(data.EInvalid, "the CSV is empty")
	}
	return header, rows, nil
}

// afterLine returns what follows the n-th line of b.
func afterLine(b []byte, n int) []byte {
	for ; n > 0; n-- {
		i := bytes.IndexByte(b, '\n')
		if i < 0 {
			return nil
		}
		b = b[i+1:]
	}
	return b
}

// trackerEntry reads one row into an item.
func trackerEntry(row []string, cell func([]string, string) string, dates dateFormat, loc *time.Location) (Item, error) {
	start, err := dates.at(cell(row, "start date"), cell(row, "start time"), loc)
	if err != nil {
		return Item{}, fmt.Errorf("its start: %v", err)
	}
	var end time.Time
	switch {
	case cell(row, "end time") != "":
		day := cell(row, "end date")
		if day == "" {
			day = cell(row, "start date")
		}
		if end, err = dates.at(day, cell(row, "end time"), loc); err != nil {
			return Item{}, fmt.Errorf("its end: %v", err)
		}
		if cell(row, "end date") == "" && end.Before(start) {
			end = end.AddDate(0, 0, 1) // past midnight
		}
	case cell(row, "duration") != "":
		d, err := clockDuration(cell(row, "duration"))
		if err != nil {
			return Item{}, err
		}
		end = start.Add(d)
	default:
		hours, err := strconv.ParseFloat(strings.ReplaceAll(cell(row, "decimal"), ",", "."), 64)
		if err != nil || hours < 0 || hours > 24*366 {
			return Item{}, fmt.Errorf("“%s” is not a duration in hours", cell(row, "decimal"))
		}
		end = start.Add(time.Duration(hours * float64(time.Hour)))
	}
	if end.Before(start) {
		return Item{}, fmt.Errorf("it ends before it starts")
	}
	item := Item{
		Title:   app.Clip(cell(row, "description"), data.MaxImportTitle),
		Project: app.Clip(cell(row, "project"), data.MaxMappingName),
		Start:   start, End: end,
	}
	for _, tag := range strings.Split(cell(row, "tags"), ",") {
		if tag = strings.TrimSpace(tag); tag != "" {
			item.Tags = append(item.Tags, app.Clip(tag, data.MaxMappingName))
		}
	}
	// An entry has no ID in these exports: it is remembered by what it is.
	sum := sha256.Sum256([]byte(strings.Join([]string{cell(row, "email"), start.UTC().String(), end.UTC().String(), cell(row, "project"), cell(row, "description"), cell(row, "tags")}, "\x00")))
	item.UID = "tracker-" + hex.EncodeToString(sum[:12])
	return item, nil
}

// dateFormat is how an export writes dates: 2026-11-02, 02.11.2026,
// 11/02/2026 (month first) or 02/11/2026 (day first), as the person's
// settings in the tracker say.
type dateFormat struct {
	dayFirst bool   // for dates with slashes
	note     string // when the order of day and month was a guess
}

var slashDate = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)

// newDateFormat looks at every date with slashes in the export: a first
// number above 12 is a day, a second one above 12 is a day. When no date
// says, the month comes first, as in the trackers' default settings.
func newDateFormat(rows [][]string, col map[string]int) dateFormat {
	var f dateFormat
	monthFirst, dayFirst, slashes := false, false, false
	for _, row := range rows {
		for _, key := range []string{"start date", "end date"} {
			i, ok := col[key]
			if !ok || i >= len(row) {
				continue
			}
			m := slashDate.FindStringSubmatch(strings.TrimSpace(row[i]))
			if m == nil {
				continue
			}
			slashes = true
			a, _ := strconv.Atoi(m[1])
			b, _ := strconv.Atoi(m[2])
			dayFirst = dayFirst || a > 12
			monthFirst = monthFirst || b > 12
		}
	}
	f.dayFirst = dayFirst && !monthFirst
	if slashes && !dayFirst && !monthFirst {
		f.note = "No date in the export says whether the month or the day comes first: they were read month first (11/02 is 2 November)."
	}
	return f
}

// timeLayouts are the ways the exports write a time of day.
var timeLayouts = []string{"15:04:05", "15:04", "3:04:05 PM", "3:04 PM", "3:04:05PM", "3:04PM"}

// at reads a date and a time of day in loc.
func (f dateFormat) at(date, clock string, loc *time.Location) (time.Time, error) {
	var y, m, d int
	if s := slashDate.FindStringSubmatch(date); s != nil {
		a, _ := strconv.Atoi(s[1])
		b, _ := strconv.Atoi(s[2])
		y, _ = strconv.Atoi(s[3])
		m, d = a, b
		if f.dayFirst {
			m, d = b, a
		}
	} else if t, err := time.Parse("2006-01-02", date); err == nil {
		y, m, d = t.Year(), int(t.Month()), t.Day()
	} else if t, err := time.Parse("02.01.2006", date); err == nil {
		y, m, d = t.Year(), int(t.Month()), t.Day()
	} else if t, err := time.Parse("2006/01/02", date); err == nil {
		y, m, d = t.Year(), int(t.Month()), t.Day()
	} else {
		return time.Time{}, fmt.Errorf("“%s” is not a date", date)
	}
	if day := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC); m < 1 || m > 12 || day.Day() != d || data.DateOf(day).Validate() != nil {
		return time.Time{}, fmt.Errorf("“%s” is not a date", date)
	}
	upper := strings.ToUpper(strings.TrimSpace(clock))
	for _, layout := range timeLayouts {
		if t, err := time.Parse(layout, upper); err == nil {
			return time.Date(y, time.Month(m), d, t.Hour(), t.Minute(), t.Second(), 0, loc), nil
		}
	}
	return time.Time{}, fmt.Errorf("“%s” is not a time of day", clock)
}

// clockDuration reads a duration written h:mm:ss or h:mm, hours beyond 24 allowed.
func clockDuration(s string) (time.Duration, error) {
	parts := strings.Split(strings.TrimSpace(s), ":")
	if len(parts) < 2 || len(parts) > 3 {
		return 0, fmt.Errorf("“%s” is not a duration (h:mm:ss)", s)
	}
	var total int
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 || i > 0 && n > 59 || n > 24*366 {
			return 0, fmt.Errorf("“%s” is not a duration (h:mm:ss)", s)
		}
		total = total*60 + n
	}
	if len(parts) == 2 {
		total *= 60
	}
	return time.Duration(total) * time.Second, nil
}
