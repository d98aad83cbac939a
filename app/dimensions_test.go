package app

import (
	"context"
	"testing"

	"daymark/app/apptest"
	"daymark/data"
)

func TestMoveDimension(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	d := NewDimensions(store)
	dims, err := d.List(ctx)
	if err != nil {
		t.Fatal(err)
	}
	names := func() []string {
		all, err := d.List(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var n []string
		for _, x := range all {
			n = append(n, x.Name)
		}
		return n
	}
	if err := d.Move(ctx, dims[0].ID, 1); err != nil {
		t.Fatal(err)
	}
	if got := names(); got[0] != "People" || got[1] != "My self" {
		t.Errorf("after moving My self down: %q", got)
	}
	if err := d.Move(ctx, dims[3].ID, -10); err != nil {
		t.Fatal(err)
	}
	if got := names(); got[0] != "Value management" || got[1] != "People" || got[3] != "Organisational improvement" {
		t.Errorf("after moving Value management to the top: %q", got)
	}
	if err := d.Move(ctx, 12345, 1); data.ErrorCode(err) != data.ENotFound {
		t.Errorf("moving an unknown dimension: %v", err)
	}
}

func TestCreateTakesAnUnusedColour(t *testing.T) {
	store := apptest.OpenStore(t)
	ctx := context.Background()
	d := NewDimensions(store)
	dim := data.Dimension{Name: "Health"}
	if err := d.Create(ctx, &dim); err != nil {
		t.Fatal(err)
	}
	if dim.Colour != Palette[4] {
		t.Errorf("colour = %s, want the first unused palette colour %s", dim.Colour, Palette[4])
	}
}
