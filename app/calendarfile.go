package app

import (
	"bytes"
	"errors"
	"io"
	"strings"

	"github.com/emersion/go-ical"

	"daymark/data"
)

// Checking a calendar file before go-ical parses it, and parsing it.

// maxNesting bounds how deep components nest (a calendar holds events,
// which hold alarms): a file nesting deeper is not a calendar.
const maxNesting = 8

// maxHeader bounds the name and parameters of one line of a calendar.
const maxHeader = 8 << 10

// checkCalendar refuses, before parsing, what is not a calendar and what
// would make the parser work for ever or nest without end.
func checkCalendar(raw []byte) error {
	head := bytes.TrimLeft(bytes.TrimPrefix(raw, []byte("\xef\xbb\xbf")), " \t\r\n")
	if len(head) < 15 || !strings.EqualFold(string(head[:15]), "BEGIN:VCALENDAR") {
		return data.Errorf(data.EInvalid, "this is not an iCalendar file (.ics): it does not start with BEGIN:VCALENDAR")
	}
	depth, line := 0, 0
	var header []byte // the name and parameters of the logical line being read, up to its first colon
	inHeader, quoted := true, false
	endLine := func() error {
		name, _, _ := strings.Cut(strings.ToUpper(string(header)), ";")
		switch name {
		case "BEGIN":
			depth++
		case "END":
			depth--
		}
		if depth > maxNesting {
			return data.Errorf(data.EInvalid, "line %d: the calendar nests components more than %d deep: it is not a calendar Daymark can read", line, maxNesting)
		}
		return nil
	}
	for _, l := range bytes.Split(raw, []byte("\n")) {
		line++
		l = bytes.TrimSuffix(l, []byte("\r"))
		if len(l) > 0 && (l[0] == ' ' || l[0] == '\t') {
			l = l[1:] // a folded line goes on with the one before
		} else {
			if err := endLine(); err != nil {
				return err
			}
			header, inHeader, quoted = header[:0], true, false
		}
		for _, b := range l {
			if !inHeader {
				break
			}
			if b == '"' {
				quoted = !quoted
			} else if b == ':' && !quoted {
				inHeader = false
				break
			}
			if len(header) >= maxHeader {
				return data.Errorf(data.EInvalid, "line %d is too long before its colon: it is not a calendar Daymark can read", line)
			}
			header = append(header, b)
		}
	}
	return endLine()
}

// decodeCalendars parses every VCALENDAR in raw (some files hold several),
// telling read how many bytes it has read.
func decodeCalendars(raw []byte, read func(int)) ([]*ical.Component, error) {
	counter := &countingReader{r: bytes.NewReader(raw), seen: read}
	dec := ical.NewDecoder(counter)
	var cals []*ical.Component
	for {
		cal, err := dec.Decode()
		if errors.Is(err, io.EOF) && len(cals) > 0 {
			return cals, nil
		} else if errors.Is(err, io.EOF) {
			return nil, data.Errorf(data.EInvalid, "the calendar is cut short: it has no END:VCALENDAR")
		} else if err != nil {
			return nil, data.Errorf(data.EInvalid, "the calendar cannot be read: %s", strings.TrimPrefix(err.Error(), "ical: "))
		}
		cals = append(cals, cal.Component)
	}
}

// countingReader tells seen how many bytes were read so far.
type countingReader struct {
	r    io.Reader
	n    int
	seen func(int)
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	c.seen(c.n)
	return n, err
}
