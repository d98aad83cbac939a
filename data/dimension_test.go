package data

import (
	"context"
	"strings"
	"testing"
)

func TestCreateAndUpdateDimensions(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()

	d := Dimension{Name: "  Writing ", Description: "Essays", Colour: "#0ea5e9"}
	if err := s.CreateDimension(ctx, &d); err != nil {
		t.Fatal(err)
	}
	if d.ID == 0 || d.Position != 5 || d.Name != "Writing" || d.Colour != "#0EA5E9" {
		t.Errorf("created %+v; want an ID, position 5, trimmed name, upper-case colour", d)
	}
	d.Name = "Writing & speaking"
	d.Archived = true
	if err := s.UpdateDimension(ctx, d); err != nil {
		t.Fatal(err)
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	last := dims[len(dims)-1]
	if last.Name != "Writing & speaking" || !last.Archived {
		t.Errorf("after update: %+v", last)
	}
}

func TestDimensionRules(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}

	cases := []struct {
		name string
		dim  Dimension
		code string
		want string
	}{
		{"empty name", Dimension{Name: "  ", Colour: "#112233"}, EInvalid, "name is empty"},
		{"long name", Dimension{Name: strings.Repeat("x", MaxDimensionName+1), Colour: "#112233"}, EInvalid, "too long"},
		{"bad colour", Dimension{Name: "Sport", Colour: "blue"}, EInvalid, "not a colour"},
		{"duplicate, other case", Dimension{Name: "people", Colour: "#112233"}, EConflict, "“People” already exists"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := c.dim
			err := s.CreateDimension(ctx, &d)
			if ErrorCode(err) != c.code || !strings.Contains(ErrorMessage(err), c.want) {
				t.Errorf("error = %v, want %s saying %q", err, c.code, c.want)
			}
		})
	}
	if after, _ := s.Dimensions(ctx); len(after) != len(dims) {
		t.Errorf("a refused dimension was stored: %d dimensions", len(after))
	}

	renamed := dims[0]
	renamed.Name = "PEOPLE"
	if err := s.UpdateDimension(ctx, renamed); ErrorCode(err) != EConflict {
		t.Errorf("renaming onto another's name: %v", err)
	}
	same := dims[0]
	same.Name = "MY SELF"
	if err := s.UpdateDimension(ctx, same); err != nil {
		t.Errorf("changing only the case of its own name: %v", err)
	}
}

func TestTheLastActiveDimensionCannotBeArchived(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range dims {
		d.Archived = true
		err := s.UpdateDimension(ctx, d)
		if last := i == len(dims)-1; last && ErrorCode(err) != EInvalid {
			t.Errorf("archiving the last active dimension: %v", err)
		} else if !last && err != nil {
			t.Errorf("archiving %s: %v", d.Name, err)
		}
	}
}

func TestReorderDimensions(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	ids := []int64{dims[3].ID, dims[0].ID, dims[2].ID, dims[1].ID}
	if err := s.ReorderDimensions(ctx, ids); err != nil {
		t.Fatal(err)
	}
	after, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	for i, d := range after {
		if d.ID != ids[i] || d.Position != i+1 {
			t.Errorf("position %d: %s (#%d)", i+1, d.Name, d.ID)
		}
	}
	if err := s.ReorderDimensions(ctx, ids[:3]); ErrorCode(err) != EInvalid {
		t.Errorf("an order missing a dimension: %v", err)
	}
	if err := s.ReorderDimensions(ctx, []int64{ids[0], ids[0], ids[1], ids[2]}); ErrorCode(err) != EInvalid {
		t.Errorf("an order repeating a dimension: %v", err)
	}
}
