package data

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"
)

// note is a change of a day's note.
func note(h HLC, prev HLC, text string) Change {
	return Change{HLC: h, Kind: "day", Record: "2026-03-02", Field: "note", Value: `"` + text + `"`, Prev: prev}
}

func applyAll(t *testing.T, s *Store, files ...ChangeFile) Applied {
	t.Helper()
	res, err := s.ApplyChanges(context.Background(), files)
	if err != nil {
		t.Fatal(err)
	}
	for i, err := range res.Failed {
		if err != nil {
			t.Fatalf("file %d: %v", i, err)
		}
	}
	return res
}

func TestChangesOfOneReadingAreToldApartByValueWhateverTheOrder(t *testing.T) {
	// Two copies of a database not yet told apart stamp the same reading.
	h := HLC{Wall: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC).UnixMilli(), Device: "00000000000000aa"}
	a := ChangeFile{Device: "00000000000000aa", Seq: 1, Changes: []Change{note(h, HLC{}, "from the copy")}}
	b := ChangeFile{Device: "00000000000000aa", Seq: 2, Changes: []Change{note(h, HLC{}, "from the original")}}
	for _, order := range [][]ChangeFile{{a, b}, {b, a}, {a, b, a}} {
		s := openTemp(t)
		applyAll(t, s, order...)
		if got, _ := s.Day(context.Background(), NewDate(2026, 3, 2)); got.Note != "from the original" {
			t.Errorf("the note is %q", got.Note)
		}
	}
}

func TestWhatANewerDaymarkSendsIsKeptAndCarriedNeverCleared(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	h := HLC{Wall: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC).UnixMilli(), Device: "00000000000000aa"}
	dims, _ := s.Dimensions(ctx)
	applyAll(t, s, ChangeFile{Device: "00000000000000aa", Seq: 1, Changes: []Change{
		{HLC: h, Kind: "goal", Record: "x", Field: "text", Value: `"a kind this Daymark does not know"`},
		{HLC: h, Kind: "dimension", Record: dims[0].UID, Field: "icon", Value: `"a field it does not know"`},
	}})
	dims[0].Description = "changed here"
	if err := s.UpdateDimension(ctx, dims[0]); err != nil {
		t.Fatal(err)
	}
	var all []string
	if _, _, err := s.EachChange(ctx, func(c Change) error {
		all = append(all, c.Kind+"."+c.Field+"="+c.Value)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	joined := strings.Join(all, "\n")
	if !strings.Contains(joined, `goal.text="a kind this Daymark does not know"`) || !strings.Contains(joined, `dimension.icon="a field it does not know"`) {
		t.Errorf("a snapshot lacks what a newer Daymark sent:\n%s", joined)
	}
}

func TestAFileWhoseEarlierFilesAreNotHereWaits(t *testing.T) {
	s := openTemp(t)
	h := HLC{Wall: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC).UnixMilli(), Device: "00000000000000aa"}
	res, err := s.ApplyChanges(context.Background(), []ChangeFile{{Device: "00000000000000aa", Seq: 3, Needs: map[string]int64{"00000000000000aa": 2},
		Changes: []Change{note(h, HLC{}, "third")}}})
	var w *Waiting
	if err != nil || res.Failed[0] == nil || !errors.As(res.Failed[0], &w) || w.Seq != 1 || res.Changes != 0 {
		t.Fatalf("a file after a gap: %+v %v", res, err)
	}
	if got, _ := s.Day(context.Background(), NewDate(2026, 3, 2)); got.Note != "" {
		t.Error("a file that waits was applied")
	}
}
