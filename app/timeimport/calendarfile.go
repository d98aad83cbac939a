package timeimport

import (
	"bytes"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/emersion/go-ical"

	"daymark/app"
	"daymark/data"
)

// Reading a calendar file's lines into go-ical's components, leniently, as
// the widely used readers do: a byte order mark is ignored; a line that is
// not a content line, a property outside any component and an END that
// closes nothing are skipped; a component left open ends where the next
// lines show it must have. Every such line is reported by its number in
// the file as written. go-ical's own decoder stops at the first of these,
// without a line number (and panics on some), so this file reads the
// content lines (RFC 5545 §3.1) itself into go-ical's types; go-ical then
// reads their values.

// maxNesting bounds how deep components nest (a calendar holds events,
// which hold alarms): a file nesting deeper is not a calendar.
const maxNesting = 8

// A calendarFile is what a calendar file holds: its calendars (some files
// hold several) and the line each component begins at.
type calendarFile struct {
	cals   []*ical.Component
	begins map[*ical.Component]int
	last   int // the last line that is not blank
}

// An open component, and where it began.
type frame struct {
	comp     *ical.Component
	line     int
	implicit bool // a calendar opened for events found outside any
}

// calendarParser builds components from content lines.
type calendarParser struct {
	file    calendarFile
	out     *Reading // told of every line skipped or mended
	stack   []frame
	last    *ical.Component // the calendar ended last
	first   int             // the first line that is not blank
	firstAt string
	seen    bool // a BEGIN:VCALENDAR
}

var byteOrderMark = []byte("\xef\xbb\xbf")

// readCalendarFile reads raw into components, telling out of every line
// skipped or mended and read how many bytes it has read. A file without a
// BEGIN:VCALENDAR, or nesting components without end, is refused.
func readCalendarFile(raw []byte, out *Reading, read func(int)) (calendarFile, error) {
	raw = bytes.TrimPrefix(raw, byteOrderMark)
	p := &calendarParser{file: calendarFile{begins: map[*ical.Component]int{}}, out: out}
	lines := logicalLines{raw: raw, lf: bytes.IndexByte(raw, '\n') >= 0}
	for {
		n, text, ok := lines.next()
		if !ok {
			break
		}
		if err := p.line(n, text); err != nil {
			return calendarFile{}, err
		}
		if n%1024 == 0 {
			read(lines.pos)
		}
	}
	read(len(raw))
	p.end()
	if !p.seen {
		if p.first == 0 {
			return calendarFile{}, data.Errorf(data.EInvalid, "this is not an iCalendar file (.ics): it has no BEGIN:VCALENDAR")
		}
		return calendarFile{}, data.Errorf(data.EInvalid, "line %d: %s is not BEGIN:VCALENDAR: this is not an iCalendar file (.ics)", p.first, quoteLine(p.firstAt))
	}
	return p.file, nil
}

// line reads one content line, its folds undone, that began at line n.
func (p *calendarParser) line(n int, raw []byte) error {
	raw = bytes.TrimPrefix(raw, byteOrderMark) // files joined together each bring theirs
	text := string(raw)
	if !utf8.Valid(raw) {
		text = strings.ToValidUTF8(text, "�")
		p.out.problem(n, "", "%s holds bytes that are not UTF-8 text; read with � in their place", quoteLine(text))
	}
	if strings.TrimSpace(text) == "" {
		return nil
	}
	if p.first == 0 {
		p.first, p.firstAt = n, text
	}
	p.file.last = n
	prop, ok := contentLine(text)
	if !ok {
		p.out.problem(n, LeftLine, "%s is not a calendar line; skipped", quoteLine(text))
		return nil
	}
	name := strings.ToUpper(strings.TrimSpace(prop.Value))
	switch {
	case prop.Name == "BEGIN" && name == "":
		p.out.problem(n, LeftLine, "%s names no component; skipped", quoteLine(text))
	case prop.Name == "BEGIN":
		return p.begin(n, name, text)
	case prop.Name == "END":
		p.endOf(n, name, text)
	case len(p.stack) == 0:
		p.out.problem(n, LeftLine, "%s is outside the calendar; skipped", quoteLine(text))
	default:
		top := p.stack[len(p.stack)-1].comp
		top.Props[prop.Name] = append(top.Props[prop.Name], prop)
	}
	return nil
}

// Where components belong. A calendar's own components (events, to-dos,
// time zones…) sit right in it: a BEGIN of one while another component is
// open means that one lacks its END, and so does a BEGIN of an alarm or a
// zone's part while one is open. Their lines would otherwise be read into
// the open component, and an event in it passed over unseen.
var (
	inCalendar = map[string]bool{
		ical.CompEvent: true, ical.CompToDo: true, ical.CompJournal: true,
		ical.CompFreeBusy: true, ical.CompTimezone: true,
	}
	single = map[string]bool{
		ical.CompCalendar: true, ical.CompAlarm: true,
		ical.CompTimezoneStandard: true, ical.CompTimezoneDaylight: true,
	}
)

func (p *calendarParser) begin(n int, name, text string) error {
	if k := p.open(ical.CompCalendar); inCalendar[name] && k >= 0 {
		p.cut(k+1, n)
	} else if k := p.open(name); single[name] && k >= 0 {
		p.cut(k, n)
	}
	if len(p.stack) == 0 && name != ical.CompCalendar {
		// An event outside any calendar: read as part of the calendar
		// before it, or of one of its own.
		cal, where := p.last, "after the calendar's END:VCALENDAR; read as part of that calendar"
		if cal == nil {
			cal, where = p.calendar(n), "outside BEGIN:VCALENDAR … END:VCALENDAR; read as if inside"
		}
		p.stack = append(p.stack, frame{comp: cal, line: p.file.begins[cal], implicit: true})
		p.out.problem(n, "", "%s comes %s", quoteLine(text), where)
	}
	if len(p.stack) >= maxNesting {
		return data.Errorf(data.EInvalid, "line %d: the calendar nests components more than %d deep: it is not a calendar Daymark can read", n, maxNesting)
	}
	if name == ical.CompCalendar {
		p.seen = true
		p.stack = append(p.stack, frame{comp: p.calendar(n), line: n})
		return nil
	}
	comp := &ical.Component{Name: name, Props: ical.Props{}}
	p.file.begins[comp] = n
	p.stack = append(p.stack, frame{comp: comp, line: n})
	return nil
}

// calendar starts a calendar at line n.
func (p *calendarParser) calendar(n int) *ical.Component {
	cal := &ical.Component{Name: ical.CompCalendar, Props: ical.Props{}}
	p.file.begins[cal] = n
	p.file.cals = append(p.file.cals, cal)
	return cal
}

// open returns where the innermost open component named name is in the
// stack, or -1.
func (p *calendarParser) open(name string) int {
	for k := len(p.stack) - 1; k >= 0; k-- {
		if p.stack[k].comp.Name == name {
			return k
		}
	}
	return -1
}

func (p *calendarParser) endOf(n int, name, text string) {
	k := p.open(name)
	if k < 0 {
		p.out.problem(n, LeftLine, "%s closes nothing that is open; skipped", quoteLine(text))
		return
	}
	p.cut(k+1, n)
	p.close()
}

// cut ends the components open from the stack's k-th up, which lack their
// END: line n shows they must have ended. They are kept, with a note.
func (p *calendarParser) cut(k, n int) {
	for len(p.stack) > k {
		f := p.stack[len(p.stack)-1]
		switch {
		case f.implicit:
		case f.comp.Name == ical.CompEvent:
			p.out.problem(f.line, "", "the event %s has no END:VEVENT; read as ending before line %d", quoteTitle(propText(f.comp, ical.PropSummary)), n)
		default:
			p.out.problem(f.line, "", "'BEGIN:%s' has no END:%[1]s; read as ending before line %d", app.Clip(f.comp.Name, 20), n)
		}
		p.close()
	}
}

// close ends the innermost open component.
func (p *calendarParser) close() {
	f := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	if len(p.stack) > 0 {
		parent := p.stack[len(p.stack)-1].comp
		parent.Children = append(parent.Children, f.comp)
	} else {
		p.last = f.comp
	}
}

// end closes what the file leaves open. An event cut short by the end of
// the file is skipped, with what it holds: its last lines may be missing.
func (p *calendarParser) end() {
	event := slices.IndexFunc(p.stack, func(f frame) bool { return f.comp.Name == ical.CompEvent })
	for len(p.stack) > 0 {
		k := len(p.stack) - 1
		f := p.stack[k]
		switch {
		case event >= 0 && k > event:
		case k == event:
			p.out.problem(f.line, LeftItem, "the event %s is cut short by the end of the file; skipped", quoteTitle(propText(f.comp, ical.PropSummary)))
		case f.implicit:
		case f.comp.Name == ical.CompCalendar:
			p.out.problem(f.line, "", "the calendar has no END:VCALENDAR; read to the end of the file")
		default:
			p.out.problem(f.line, "", "'BEGIN:%s' has no END:%[1]s; read to the end of the file", app.Clip(f.comp.Name, 20))
		}
		if event >= 0 && k >= event {
			p.stack = p.stack[:k]
			continue
		}
		p.close()
	}
}

// contentLine parses a content line, name *(";" param) ":" value, into a
// property; ok is false when it is not one.
func contentLine(s string) (prop ical.Prop, ok bool) {
	i := nameEnd(s, 0)
	if i == 0 || i == len(s) {
		return prop, false
	}
	prop = ical.Prop{Name: strings.ToUpper(s[:i]), Params: ical.Params{}}
	for s[i] == ';' {
		j := nameEnd(s, i+1)
		if j == i+1 || j == len(s) || s[j] != '=' {
			return prop, false
		}
		name := strings.ToUpper(s[i+1 : j])
		i = j + 1
		for {
			var v string
			if i < len(s) && s[i] == '"' {
				end := strings.IndexByte(s[i+1:], '"')
				if end < 0 {
					return prop, false
				}
				v, i = s[i+1:i+1+end], i+end+2
			} else {
				j := i
				for j < len(s) && s[j] != '"' && s[j] != ';' && s[j] != ':' && s[j] != ',' {
					j++
				}
				v, i = s[i:j], j
			}
			prop.Params[name] = append(prop.Params[name], v)
			if i == len(s) || s[i] != ',' {
				break
			}
			i++
		}
		if i == len(s) || s[i] != ';' && s[i] != ':' {
			return prop, false
		}
	}
	if s[i] != ':' {
		return prop, false
	}
	prop.Value = s[i+1:]
	return prop, true
}

// nameEnd returns where the name (letters, digits, "-", and the "_" some
// programs write) that starts at i in s ends.
func nameEnd(s string, i int) int {
	for i < len(s) {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_':
			i++
		default:
			return i
		}
	}
	return i
}

// logicalLines yields a file's content lines with their folds undone (a
// line that begins with a space or a tab goes on with the one before), each
// with the number of the line it begins at. Lines end with LF or CRLF, in
// any mix, or with a lone CR in a file that has no LF at all (old Macs).
type logicalLines struct {
	raw []byte
	pos int
	n   int // lines read
	lf  bool
}

func (l *logicalLines) next() (int, []byte, bool) {
	if l.pos >= len(l.raw) {
		return 0, nil, false
	}
	text := l.physical()
	n := l.n
	copied := false
	for l.pos < len(l.raw) && (l.raw[l.pos] == ' ' || l.raw[l.pos] == '\t') {
		more := l.physical()[1:]
		if !copied {
			text, copied = slices.Clip(text), true // appending must not write into the file's bytes
		}
		text = append(text, more...)
	}
	return n, text, true
}

// physical reads one line as written, without its end.
func (l *logicalLines) physical() []byte {
	end := byte('\n')
	if !l.lf {
		end = '\r'
	}
	rest := l.raw[l.pos:]
	i := bytes.IndexByte(rest, end)
	if i < 0 {
		i = len(rest)
		l.pos = len(l.raw)
	} else {
		l.pos += i + 1
	}
	l.n++
	return bytes.TrimSuffix(rest[:i], []byte("\r"))
}
