package data

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// An HLC is a hybrid logical clock reading (Kulkarni et al., "Logical
// Physical Clocks", 2014): the milliseconds of the wall clock, a counter
// that orders changes within one millisecond or made while the wall clock
// lags behind a reading already seen, and the device that made the change.
// Readings compare as the tuple (Wall, Count, Device), so every device
// orders changes the same way; a device whose clock runs behind still
// stamps a change after every change it has seen. The zero HLC comes
// before every other.
type HLC struct {
	Wall   int64  // milliseconds since 1970 (UTC)
	Count  uint32 // below maxCount
	Device string // 16 hexadecimal digits
}

// defaultDevice stamps what Daymark puts in a new database (the default
// dimensions, prompts and rules): the same reading on every device, before
// any other, and never a person's change, so it never makes a conflict.
const defaultDevice = "0000000000000000"

// isDefault reports whether h stamps what Daymark put in a new database.
func (h HLC) isDefault() bool { return h == HLC{Device: defaultDevice} }

// maxCount bounds the counter so that it fits the 8 digits String writes;
// past it the clock moves on a millisecond.
const maxCount = 99_999_999

// hlcLayout writes readings at a fixed width, so that they sort as text
// (in SQL too) as they compare.
const hlcLayout = "%015d-%08d-%s"

// String writes the reading so that readings sort as text as they
// compare; the zero HLC is "".
func (h HLC) String() string {
	if h.IsZero() {
		return ""
	}
	return fmt.Sprintf(hlcLayout, h.Wall, h.Count, h.Device)
}

// IsZero reports whether h is the zero reading.
func (h HLC) IsZero() bool { return h == HLC{} }

// Compare returns −1, 0 or +1 as h comes before, with or after o.
func (h HLC) Compare(o HLC) int {
	switch {
	case h.Wall != o.Wall:
		return cmp(h.Wall < o.Wall)
	case h.Count != o.Count:
		return cmp(h.Count < o.Count)
	}
	return strings.Compare(h.Device, o.Device)
}

func cmp(less bool) int {
	if less {
		return -1
	}
	return 1
}

// Before reports whether h comes before o.
func (h HLC) Before(o HLC) bool { return h.Compare(o) < 0 }

// Time returns the wall clock part of h.
func (h HLC) Time() time.Time { return time.UnixMilli(h.Wall).UTC() }

// ParseHLC reads a reading written by String; "" is the zero HLC.
func ParseHLC(s string) (HLC, error) {
	if s == "" {
		return HLC{}, nil
	}
	wall, rest, ok1 := strings.Cut(s, "-")
	count, device, ok2 := strings.Cut(rest, "-")
	w, err1 := strconv.ParseInt(wall, 10, 64)
	c, err2 := strconv.ParseUint(count, 10, 32)
	if !ok1 || !ok2 || err1 != nil || err2 != nil || len(wall) != 15 || len(count) != 8 || w < 0 || c > maxCount || !validDevice(device) {
		return HLC{}, Errorf(EInvalid, "“%s” is not a clock reading", clipText(s, 60))
	}
	return HLC{Wall: w, Count: uint32(c), Device: device}, nil
}

// validDevice reports whether id is a device ID: 16 hexadecimal digits.
func validDevice(id string) bool {
	if len(id) != 16 {
		return false
	}
	for _, r := range id {
		if !strings.ContainsRune("0123456789abcdef", r) {
			return false
		}
	}
	return true
}

// tick returns the reading of a change made now on device, when the clock
// last read (or saw) last: after last, and at now when now is later.
func tick(last HLC, now time.Time, device string) HLC {
	wall := max(now.UnixMilli(), 0)
	switch {
	case wall > last.Wall:
		return HLC{Wall: wall, Device: device}
	case last.Count >= maxCount:
		return HLC{Wall: last.Wall + 1, Device: device}
	}
	return HLC{Wall: last.Wall, Count: last.Count + 1, Device: device}
}

// witness returns the clock after seeing a reading made elsewhere: the
// later of the two, so that the next tick comes after both.
func witness(last, seen HLC) HLC {
	if last.Before(seen) {
		return seen
	}
	return last
}
