package data

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// Fuzz targets for what reads outside input in this package: dates as
// typed or imported, database files as found on disk, and the records the
// forms and imports hand to the store. make fuzz runs each for a while.

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2026-11-22", "2024-02-29", "2023-02-29", "1900-01-01", "2999-12-31", "3000-01-01", "22/11/2026", "", "+2026-01-01", "2026-1-1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		if err != nil {
			if ErrorMessage(err) == "" || ErrorCode(err) != EInvalid || !d.IsZero() {
				t.Fatalf("ParseDate(%q): %#v, %v", s, d, err)
			}
			return
		}
		if d.Validate() != nil {
			t.Fatalf("ParseDate(%q) = %s, out of range", s, d)
		}
		if back, err := ParseDate(d.String()); err != nil || back != d {
			t.Fatalf("%s reads back as %s, %v", d, back, err)
		}
	})
}

// FuzzOpen opens files of any content as a database: Open either opens it
// or refuses it with a sentence, and a file it refuses before reading it
// as a Daymark database is left byte for byte as it was.
func FuzzOpen(f *testing.F) {
	path := filepath.Join(f.TempDir(), "seed.db")
	s, err := Open(path)
	if err != nil {
		f.Fatal(err)
	}
	s.Close()
	seed, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	f.Add(seed[:len(seed)/2])
	f.Add(seed[:100])
	f.Add([]byte("SQLite format 3\x00"))
	f.Add([]byte("not a database"))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, content []byte) {
		path := filepath.Join(t.TempDir(), "fuzz.db")
		if err := os.WriteFile(path, content, 0o600); err != nil {
			t.Fatal(err)
		}
		s, err := Open(path)
		if err == nil {
			if _, err := s.Check(context.Background()); err != nil && ErrorMessage(err) == "" {
				t.Fatalf("Check: an error without a sentence: %#v", err)
			}
			s.Close()
			return
		}
		var e *Error
		if !errors.As(err, &e) || e.Message == "" {
			t.Fatalf("Open: an error without a sentence: %#v", err)
		}
		if e.Code == ECorrupt || e.Code == ETooNew {
			if after, _ := os.ReadFile(path); !bytes.Equal(after, content) {
				t.Fatalf("Open refused the file (%v) but changed it", err)
			}
		}
	})
}

// FuzzRecords hands the store decisions, values and dimensions with any
// text and numbers, as forms and imports may: each is either refused with
// a sentence, changing nothing, or stored and read back as it was given.
func FuzzRecords(f *testing.F) {
	f.Add("Delay the launch", "quality was low", "#2563EB", int64(-2), int64(7), int64(30))
	f.Add("", "", "", int64(0), int64(0), int64(0))
	f.Add("  Trust  ", "line\nline", "#zzzzzz", int64(3), int64(11), int64(-1))
	f.Add("x\x00y", "\xff\xfe", "#abcdef", int64(2), int64(1), int64(400000))
	s, err := Open(filepath.Join(f.TempDir(), "records.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, name, text, colour string, feeling, confidence, days int64) {
		before, err := s.Revision(ctx)
		if err != nil {
			t.Fatal(err)
		}
		refused := func(what string, err error) bool {
			t.Helper()
			if err == nil {
				return false
			}
			if ErrorMessage(err) == "" || ErrorCode(err) == EInternal {
				t.Fatalf("%s: refused without a sentence for a person: %#v", what, err)
			}
			if after, _ := s.Revision(ctx); after != before {
				t.Fatalf("%s: refused, but the database changed", what)
			}
			return true
		}

		fe, co := int(feeling), int(confidence)
		d := Decision{Date: NewDate(2026, 1, 1).AddDays(int(days % 400000)), Title: name, Situation: text, Feeling: &fe, Confidence: &co}
		if !refused("decision", s.SaveDecision(ctx, &d)) {
			got, err := s.Decision(ctx, d.ID)
			if err != nil || !reflect.DeepEqual(got.Title, d.Title) || got.Situation != d.Situation || *got.Feeling != fe || *got.Confidence != co || got.Date != d.Date {
				t.Fatalf("decision stored as %+v, given %+v (%v)", got, d, err)
			}
			before, err = s.Revision(ctx)
			if err != nil {
				t.Fatal(err)
			}
		}

		v := Value{Kind: Personal, Name: name, Meaning: text}
		if !refused("value", s.CreateValue(ctx, &v, Today())) {
			all, err := s.Values(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if !hasValue(all, v) {
				t.Fatalf("value %+v not read back", v)
			}
			before, err = s.Revision(ctx)
			if err != nil {
				t.Fatal(err)
			}
		}

		dim := Dimension{Name: name, Description: text, Colour: colour, Position: 99}
		if !refused("dimension", s.CreateDimension(ctx, &dim)) {
			all, err := s.Dimensions(ctx)
			if err != nil {
				t.Fatal(err)
			}
			found := false
			for _, x := range all {
				found = found || x.ID == dim.ID && x.Name == dim.Name && x.Description == dim.Description && x.Colour == dim.Colour
			}
			if !found {
				t.Fatalf("dimension %+v not read back", dim)
			}
		}
	})
}

func hasValue(all []Value, v Value) bool {
	for _, x := range all {
		if x.ID == v.ID && x.Name == v.Name && x.Meaning == v.Meaning {
			return true
		}
	}
	return false
}
