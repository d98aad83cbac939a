package data

import (
	"context"
	"strings"
	"testing"
)

// Minutes each of which is huge can add up to a small number when the sum
// wraps round (four of 2^62 make 0): every rule about minutes adds them up
// exactly, and refuses them with a sentence.
func TestMinutesThatWouldOverflowWhenAddedAreRefusedWithASentence(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	huge := map[int64]int{}
	for _, d := range dims {
		huge[d.ID] = 1 << 62
	}
	date := NewDate(2026, 3, 3)
	checks := []struct {
		name string
		err  error
		says string
	}{
		{"planned", s.SaveDay(ctx, Day{Date: date, Planned: huge, Actual: map[int64]int{}}), "planned minutes add up to 18446744073709551616, more than the 1440 in a day"},
		{"actual", s.SaveDay(ctx, Day{Date: date, Planned: map[int64]int{}, Actual: huge}), "actual minutes add up to 18446744073709551616, more than the 1440 in a day"},
		{"a target", Target{From: date, Minutes: huge}.Validate(), "the targets add up to 18446744073709551616 minutes, more than the 1440 in a day"},
		{"imported", ImportedDay{Date: date, Minutes: huge}.Validate(), "imported minutes add up to 18446744073709551616, more than the 1440 in a day"},
	}
	for _, c := range checks {
		if ErrorCode(c.err) != EInvalid || !strings.Contains(ErrorMessage(c.err), c.says) {
			t.Errorf("%s: %v, want a sentence saying %q", c.name, c.err, c.says)
		}
	}
	if day, _ := s.Day(ctx, date); !day.IsEmpty() {
		t.Errorf("a refused day was stored: %+v", day)
	}
}
