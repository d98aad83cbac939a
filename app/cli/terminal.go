package cli

import (
	"io"
	"unicode/utf8"
)

// Text the command line prints comes partly from the data: a calendar
// event's title, a dimension's name, a note. Written to a terminal as it
// is, an escape sequence in it could move the cursor, rewrite what was
// printed above, change the window's title or worse. A Terminal writer
// drops the control characters and whole escape sequences, keeping line
// feeds and tabs; what it writes is only text. JSON and CSV are written
// as they are: they are data for another program, and JSON escapes the
// control characters itself.

// Terminal returns a writer to w that drops control characters and escape
// sequences.
func Terminal(w io.Writer) io.Writer {
	if t, ok := w.(*terminal); ok {
		return t
	}
	return &terminal{w: w}
}

// The states of a terminal writer between two runes.
const (
	plain    = iota
	escape   // after ESC
	sequence // inside a control sequence (ESC [ … final)
	control  // inside a control string (ESC ] … BEL or ST, and the like)
	stringST // after ESC inside a control string
)

type terminal struct {
	w     io.Writer
	state int
	part  []byte // the start of a character cut by the end of a Write
}

func (t *terminal) Write(p []byte) (int, error) {
	in := append(t.part, p...)
	t.part = nil
	out := make([]byte, 0, len(in))
	for len(in) > 0 {
		if !utf8.FullRune(in) {
			t.part = append([]byte(nil), in...)
			break
		}
		r, size := utf8.DecodeRune(in)
		in = in[size:]
		if r == utf8.RuneError && size == 1 {
			r = utf8.RuneError // a byte that is not UTF-8 is shown as �, never sent as a C1 control
		}
		out = t.rune(out, r)
	}
	if _, err := t.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// rune adds r to out as the state allows and moves the state on.
func (t *terminal) rune(out []byte, r rune) []byte {
	switch t.state {
	case escape:
		switch {
		case r == '[':
			t.state = sequence
		case r == ']' || r == 'P' || r == 'X' || r == '^' || r == '_':
			t.state = control
		case r >= 0x20 && r <= 0x2f: // an intermediate: the sequence goes on
		default:
			t.state = plain
			if r == '\n' {
				return append(out, '\n')
			}
		}
		return out
	case sequence:
		switch {
		case r >= 0x20 && r <= 0x3f: // parameters and intermediates
			return out
		case r >= 0x40 && r <= 0x7e: // the final byte
			t.state = plain
			return out
		}
		t.state = plain // cut short: what follows is text again
	case control:
		switch r {
		case 0x07, 0x9c:
			t.state = plain
		case 0x1b:
			t.state = stringST
		case '\n': // a string is never let swallow the lines after it
			t.state = plain
			return append(out, '\n')
		}
		return out
	case stringST:
		t.state = plain
		if r == '\\' {
			return out
		}
	}
	switch {
	case r == 0x1b:
		t.state = escape
	case r == 0x9b:
		t.state = sequence
	case r == 0x90 || r == 0x98 || r == 0x9d || r == 0x9e || r == 0x9f:
		t.state = control
	case r == '\n' || r == '\t':
		out = append(out, byte(r))
	case r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f):
		// another control character: dropped
	default:
		out = utf8.AppendRune(out, r)
	}
	return out
}
