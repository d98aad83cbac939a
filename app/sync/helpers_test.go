package sync

import (
	"bytes"
	"context"
	"encoding/json"
	"path/filepath"
	"testing"
	"time"

	"daymark/app/document"
	"daymark/data"
)

// device is a database of its own with a Syncer, as on one laptop.
type device struct {
	t      *testing.T
	store  *data.Store
	syncer *Syncer
	path   string
}

// newDevice opens (or makes) the database name in a folder of its own.
func newDevice(t *testing.T, name string) *device {
	t.Helper()
	return openDevice(t, filepath.Join(t.TempDir(), name+".db"), nil)
}

// openDevice opens the database at path, its clock now (nil: the computer's).
func openDevice(t *testing.T, path string, now func() time.Time) *device {
	t.Helper()
	s, err := data.OpenWith(path, data.Options{Now: now})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return &device{t: t, store: s, syncer: New(s), path: path}
}

// round runs a round with folder and fails the test on an error.
func (d *device) round(folder string) Report {
	d.t.Helper()
	rep, err := d.syncer.RoundIn(context.Background(), folder)
	if err != nil {
		d.t.Fatalf("a round on %s: %v", filepath.Base(d.path), err)
	}
	return rep
}

// export returns everything the database holds as daymark export writes
// it, without the time of the export.
func (d *device) export() string {
	d.t.Helper()
	var b bytes.Buffer
	if err := document.ExportJSON(context.Background(), d.store, &b); err != nil {
		d.t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		d.t.Fatal(err)
	}
	delete(doc, "exported_at")
	out, _ := json.MarshalIndent(doc, "", " ")
	return string(out)
}

// dims returns the dimensions.
func (d *device) dims() []data.Dimension {
	d.t.Helper()
	dims, err := d.store.Dimensions(context.Background())
	if err != nil {
		d.t.Fatal(err)
	}
	return dims
}

// folder returns a new sync folder.
func folder(t *testing.T) string { return t.TempDir() }

// diff returns the first lines where two texts differ, with context.
func diff(a, b string) string {
	la, lb := splitLines(a), splitLines(b)
	for i := 0; i < len(la) || i < len(lb); i++ {
		var x, y string
		if i < len(la) {
			x = la[i]
		}
		if i < len(lb) {
			y = lb[i]
		}
		if x != y {
			from := max(0, i-6)
			return "line " + itoa(i) + ":\n--- " + join(la[from:min(len(la), i+6)]) + "\n+++ " + join(lb[from:min(len(lb), i+6)])
		}
	}
	return ""
}
