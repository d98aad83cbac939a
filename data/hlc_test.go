package data

import (
	"math/rand/v2"
	"sort"
	"testing"
	"time"
)

func TestTheClockMovesOnWithTimeAndCountsWhenTimeStands(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	const a = "00000000000000aa"
	cases := []struct {
		name string
		last HLC
		now  time.Time
		want HLC
	}{
		{"the first reading", HLC{}, at, HLC{Wall: at.UnixMilli(), Device: a}},
		{"time moved on", HLC{Wall: at.UnixMilli() - 5, Count: 7, Device: "00000000000000bb"}, at, HLC{Wall: at.UnixMilli(), Device: a}},
		{"within the same millisecond", HLC{Wall: at.UnixMilli(), Count: 3, Device: a}, at, HLC{Wall: at.UnixMilli(), Count: 4, Device: a}},
		{"the wall clock an hour behind", HLC{Wall: at.UnixMilli(), Count: 3, Device: "00000000000000bb"}, at.Add(-time.Hour), HLC{Wall: at.UnixMilli(), Count: 4, Device: a}},
		{"the counter full", HLC{Wall: at.UnixMilli(), Count: maxCount, Device: a}, at, HLC{Wall: at.UnixMilli() + 1, Device: a}},
		{"a clock before 1970", HLC{}, time.Date(1960, 1, 1, 0, 0, 0, 0, time.UTC), HLC{Count: 1, Device: a}},
	}
	for _, c := range cases {
		got := tick(c.last, c.now, a)
		if got != c.want || !c.last.Before(got) {
			t.Errorf("%s: tick = %+v, want %+v after %+v", c.name, got, c.want, c.last)
		}
	}
}

func TestAReadingSeenElsewhereComesBeforeTheNextMadeHere(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	seen := HLC{Wall: at.UnixMilli(), Count: 9, Device: "00000000000000ff"}
	// Here the clock runs an hour behind, and an hour ahead.
	for _, now := range []time.Time{at.Add(-time.Hour), at, at.Add(time.Hour)} {
		last := witness(HLC{Wall: at.Add(-2 * time.Hour).UnixMilli(), Device: "0000000000000001"}, seen)
		if next := tick(last, now, "0000000000000001"); !seen.Before(next) {
			t.Errorf("at %v the next reading %+v does not come after the one seen %+v", now, next, seen)
		}
	}
	if witness(seen, HLC{Wall: 1}) != seen {
		t.Error("an older reading moved the clock back")
	}
}

func TestReadingsSortAsTextAsTheyCompare(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	devices := []string{"0000000000000000", "00000000000000aa", "ff00000000000000", "0a0b0c0d0e0f0102"}
	var hs []HLC
	for range 500 {
		hs = append(hs, HLC{Wall: rng.Int64N(1 << 45), Count: uint32(rng.IntN(3)), Device: devices[rng.IntN(len(devices))]})
	}
	hs = append(hs, HLC{})
	byText := append([]HLC{}, hs...)
	sort.Slice(byText, func(i, j int) bool { return byText[i].String() < byText[j].String() })
	byTuple := append([]HLC{}, hs...)
	sort.Slice(byTuple, func(i, j int) bool { return byTuple[i].Before(byTuple[j]) })
	for i := range hs {
		if byText[i] != byTuple[i] {
			t.Fatalf("at %d: %+v by text, %+v by tuple", i, byText[i], byTuple[i])
		}
		back, err := ParseHLC(byText[i].String())
		if err != nil || back != byText[i] {
			t.Fatalf("%q reads back as %+v, %v", byText[i].String(), back, err)
		}
	}
	for _, bad := range []string{"x", "00000000000001-00000000-00000000000000aa", "000000000000001-00000000-00000000000000AA", "-00000001-00000000-00000000000000aa0",
		"000000000000001-0000000x-00000000000000aa", "000000000000001-99999999-00000000000000a", "000000000000001-00000001"} {
		if _, err := ParseHLC(bad); err == nil {
			t.Errorf("%q reads as a reading", bad)
		}
	}
}

func TestAStoreAnHourBehindStampsItsChangesAfterThoseItApplied(t *testing.T) {
	at := time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)
	a := openTempWith(t, func() time.Time { return at })
	b := openTempWith(t, func() time.Time { return at.Add(-time.Hour) })
	ctx := t.Context()
	day := NewDay(NewDate(2026, 3, 2))
	day.Note = "a"
	if err := a.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	out, _ := a.Outgoing(ctx)
	if _, err := b.ApplyChanges(ctx, []ChangeFile{{Device: out.Device, Seq: 1, Changes: out.Changes}}); err != nil {
		t.Fatal(err)
	}
	day.Note = "b, after a"
	if err := b.SaveDay(ctx, day); err != nil {
		t.Fatal(err)
	}
	mine, _ := b.Outgoing(ctx)
	var note Change
	for _, c := range mine.Changes {
		if c.Field == "note" {
			note = c
		}
	}
	if !out.Upto.Before(note.HLC) || note.Prev != out.Upto {
		t.Errorf("b's note %+v, after a's %+v", note, out.Upto)
	}
}
