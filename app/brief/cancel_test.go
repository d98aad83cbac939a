package brief

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"

	"daymark/app"
)

// A brief export that is cancelled halfway, replacing an earlier brief,
// stops with the context's error and leaves the folder exactly as it was:
// the earlier brief whole, nothing of the new one, no temporary folder.
func TestACancelledBriefLeavesTheFolderAsItWas(t *testing.T) {
	store := briefFixture(t)
	b, err := prepare(context.Background(), store, app.Range{}, briefToday)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	names := Files(b.Blocks(briefToday))
	for _, name := range names {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("the earlier "+name), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	written, err := Export(ctx, dir, b, briefToday, true, func(done, total int) {
		if done == 3 {
			cancel()
		}
	})
	if !errors.Is(err, context.Canceled) || written != nil {
		t.Fatalf("cancelled export: %q, %v; want nothing written and context.Canceled", written, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var left []string
	for _, e := range entries {
		left = append(left, e.Name())
		got, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil || string(got) != "the earlier "+e.Name() {
			t.Errorf("%s changed: %.30q, %v", e.Name(), got, err)
		}
	}
	sort.Strings(left)
	sort.Strings(names)
	if len(left) != len(names) {
		t.Errorf("the folder holds %q; want only the earlier brief %q", left, names)
	}
}
