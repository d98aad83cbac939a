package app

import (
	"strings"
	"testing"
)

func TestParseDuration(t *testing.T) {
	cases := []struct {
		in   string
		want int
	}{
		{"", 0}, {"  ", 0}, {"0", 0}, {"90", 90}, {"45m", 45}, {"45 min", 45}, {"45mins", 45},
		{"2h", 120}, {"2 hours", 120}, {"2hr", 120}, {"1.5h", 90}, {"1,5h", 90}, {"0.25h", 15},
		{"1h30", 90}, {"1h30m", 90}, {"1h 30m", 90}, {"1H30", 90}, {" 1h 05m ", 65},
		{"1:30", 90}, {"0:45", 45}, {"24:00", 1440}, {"1440", 1440}, {"24h", 1440},
		{"1.33h", 80}, // rounded to the nearest minute
	}
	for _, c := range cases {
		got, err := ParseDuration(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseDuration(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
}

func TestParseDurationSaysWhatIsWrong(t *testing.T) {
	cases := []struct{ in, want string }{
		{"abc", "not a duration"},
		{"1h7x", "not a duration"},
		{"h", "not a duration"},
		{"-30", "negative"},
		{"-1h", "negative"},
		{"1441", "more than a whole day"},
		{"25h", "more than a whole day"},
		{"99999h", "more than a whole day"},
		{"99999999999999999999", "more than a whole day"}, // too long to be hours or minutes: a unit does not help
		{"123456.5", "more than a whole day"},
		{"1.5", "needs a unit"},
		{"1h75", "under 60"},
		{"1:75", "under 60"},
		{"1:5", "two digits"},
		{"1.5h30", "mixes fractions"},
		{"1h30h", "not a duration"},
	}
	for _, c := range cases {
		_, err := ParseDuration(c.in)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.in) {
			t.Errorf("ParseDuration(%q) error = %v; want one naming the input and saying %q", c.in, err, c.want)
		}
	}
}

func TestFormatDuration(t *testing.T) {
	cases := map[int]string{0: "0m", 5: "5m", 60: "1h", 90: "1h 30m", 605: "10h 05m", 1440: "24h", -70: "−1h 10m"}
	for in, want := range cases {
		if got := FormatDuration(in); got != want {
			t.Errorf("FormatDuration(%d) = %q, want %q", in, got, want)
		}
	}
}

func TestFormatDeviation(t *testing.T) {
	for m, want := range map[int]string{7: "+7m", -172: "−2h 52m", 0: "0m", 60: "+1h"} {
		if got := FormatDeviation(m); got != want {
			t.Errorf("FormatDeviation(%d) = %q, want %q", m, got, want)
		}
	}
}

func TestFormatTotal(t *testing.T) {
	cases := map[int]string{90: "1h 30m", 99*60 + 59: "99h 59m", 100 * 60: "100h", 19318*60 + 15: "19,318h", 1234567 * 60: "1,234,567h", -200 * 60: "−200h"}
	for in, want := range cases {
		if got := FormatTotal(in); got != want {
			t.Errorf("FormatTotal(%d) = %q, want %q", in, got, want)
		}
	}
}

func FuzzParseDuration(f *testing.F) {
	for _, seed := range []string{"90", "1h30", "1:30", "1.5h", "2h", "45m", "-1", "1h 30m", "24:00", "9999999", "1,5h", "0.0001h"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseDuration(s)
		if err != nil {
			if m != 0 {
				t.Errorf("ParseDuration(%q) returned %d with an error", s, m)
			}
			return
		}
		if m < 0 || m > 1440 {
			t.Fatalf("ParseDuration(%q) = %d, outside a day", s, m)
		}
		back, err := ParseDuration(FormatDuration(m))
		if err != nil || back != m {
			t.Fatalf("FormatDuration(%d) = %q reads back as %d, %v", m, FormatDuration(m), back, err)
		}
	})
}
