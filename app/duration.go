package app

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"daymark/data"
)

var (
	clockPattern = regexp.MustCompile(`^(\d{1,5}):(\d{1,2})$`)
	unitPattern  = regexp.MustCompile(`^(?:(\d{1,5}(?:[.,]\d{1,4})?)\s*h(?:rs?|ours?)?)?\s*(?:(\d{1,5})\s*(?:m|mins?|minutes?)?)?$`)
)

// ParseDuration reads minutes as people type them: "90", "45m", "2h",
// "1.5h", "1h30", "1h 30m", "1:30". Blank is zero. The result is between 0
// and 1440; anything else is an error with a sentence that says how to write it.
func ParseDuration(s string) (int, error) {
	in := strings.ToLower(strings.TrimSpace(s))
	if in == "" {
		return 0, nil
	}
	if strings.HasPrefix(in, "-") {
		return 0, fmt.Errorf("“%s” is negative: time spent cannot be less than nothing", s)
	}
	var hours float64
	var minutes int
	if m := clockPattern.FindStringSubmatch(in); m != nil {
		h, _ := strconv.Atoi(m[1])
		minutes, _ = strconv.Atoi(m[2])
		if minutes >= 60 || len(m[2]) != 2 {
			return 0, fmt.Errorf("“%s” is not a time: after the colon write two digits under 60, as in 1:30", s)
		}
		hours = float64(h)
	} else if m := unitPattern.FindStringSubmatch(in); m != nil {
		if m[1] != "" {
			hours, _ = strconv.ParseFloat(strings.Replace(m[1], ",", ".", 1), 64)
		}
		if m[2] != "" {
			minutes, _ = strconv.Atoi(m[2])
			if m[1] != "" && minutes >= 60 {
				return 0, fmt.Errorf("“%s”: the minutes after the hours must be under 60", s)
			}
		}
		if m[1] != "" && m[2] != "" && hours != math.Trunc(hours) {
			return 0, fmt.Errorf("“%s” mixes fractions of hours with minutes: write 1.5h or 1h30", s)
		}
	} else if n, err := strconv.ParseFloat(strings.Replace(in, ",", ".", 1), 64); err == nil {
		if n > data.MinutesPerDay { // as hours or as minutes: a unit would not help
			return 0, fmt.Errorf("“%s” is more than a whole day (24h), in minutes as in hours", s)
		}
		return 0, fmt.Errorf("“%s” needs a unit: write %sh for hours, or whole minutes such as 90", s, in)
	} else {
		return 0, fmt.Errorf("“%s” is not a duration: write minutes (90), hours and minutes (1h30 or 1:30) or hours (1.5h)", s)
	}
	total := int(math.Round(hours*60)) + minutes
	if total > data.MinutesPerDay {
		return 0, fmt.Errorf("“%s” is %s, more than a whole day (24h)", s, FormatDuration(total))
	}
	return total, nil
}

// FormatDuration writes minutes the way Daymark shows them: "1h 30m",
// "2h", "45m", "0m". ParseDuration reads it back.
func FormatDuration(minutes int) string {
	sign := ""
	if minutes < 0 {
		sign, minutes = "−", -minutes
	}
	h, m := minutes/60, minutes%60
	switch {
	case h == 0:
		return fmt.Sprintf("%s%dm", sign, m)
	case m == 0:
		return fmt.Sprintf("%s%dh", sign, h)
	default:
		return fmt.Sprintf("%s%dh %02dm", sign, h, m)
	}
}

// FormatDeviation writes minutes off a mark with their sign: "+7m",
// "−2h 52m", "0m".
func FormatDeviation(minutes int) string {
	if minutes > 0 {
		return "+" + FormatDuration(minutes)
	}
	return FormatDuration(minutes)
}

// FormatTotal writes a total of minutes compactly: like FormatDuration up to
// 100 hours, then whole hours with thousands separated ("19,318h").
func FormatTotal(minutes int) string {
	if minutes < 100*60 && minutes > -100*60 {
		return FormatDuration(minutes)
	}
	h := int(math.Round(float64(minutes) / 60))
	sign := ""
	if h < 0 {
		sign, h = "−", -h
	}
	digits := strconv.Itoa(h)
	var b strings.Builder
	for i, r := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return sign + b.String() + "h"
}
