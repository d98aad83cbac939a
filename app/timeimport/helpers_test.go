// The helpers that several test files of this package share.

package timeimport

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"daymark/app/apptest"
	"daymark/data"
)

// importer is a time import over a new database, in London, with the
// person's address and two rules more than the starter ones: the staff
// meeting and release nights are organisational improvement.
func importer(t testing.TB) (*Importer, []data.Dimension) {
	t.Helper()
	store := apptest.OpenStore(t)
	ctx := context.Background()
	ti := NewImporter(store)
	ti.Location = apptest.London
	dims, err := store.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rules, err := ti.Rules(ctx)
	if err != nil {
		t.Fatal(err)
	}
	rules.Emails = []string{"robin@daymark.test"}
	rules.Rules = append(rules.Rules,
		data.Rule{Field: data.FieldTitle, Op: data.OpContains, Pattern: "staff meeting", DimensionID: dims[2].ID},
		data.Rule{Field: data.FieldTitle, Op: data.OpPattern, Pattern: `^release\b`, DimensionID: dims[2].ID})
	rules.Mappings = []data.Mapping{
		{Kind: data.MappingProject, Name: "Hiring", DimensionID: dims[1].ID},
		{Kind: data.MappingProject, Name: "strategy", DimensionID: dims[3].ID},
		{Kind: data.MappingProject, Name: "Admin"}, // skipped
		{Kind: data.MappingTag, Name: "1:1", DimensionID: dims[1].ID},
	}
	if err := ti.SaveRules(ctx, rules); err != nil {
		t.Fatal(err)
	}
	return ti, dims
}

func preview(t testing.TB, ti *Importer, file string, req PreviewRequest) Preview {
	t.Helper()
	p, err := ti.Preview(context.Background(), file, bytes.NewReader(apptest.Fixture(t, file)), req)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func previewDay(t testing.TB, p Preview, d data.Date) PreviewDay {
	t.Helper()
	for _, day := range p.Days {
		if day.Date == d {
			return day
		}
	}
	t.Fatalf("the preview has no %s", d)
	return PreviewDay{}
}

func minutes(dims []data.Dimension, pairs ...int) map[int64]int {
	m := map[int64]int{}
	for i := 0; i < len(pairs); i += 2 {
		m[dims[pairs[i]].ID] = pairs[i+1]
	}
	return m
}

func problemTexts(r Reading) string {
	var out []string
	for _, p := range r.Problems {
		out = append(out, p.Text)
	}
	return strings.Join(out, "\n")
}

// withStrayLines writes a stray line, as Apple Calendar has, after the
// first line of every event, and returns the lines it wrote.
func withStrayLines(ics string) (string, []int) {
	var out []string
	var at []int
	for _, line := range strings.Split(ics, "\n") {
		out = append(out, line)
		if strings.TrimSpace(line) == "BEGIN:VEVENT" {
			out = append(out, "X-APPLE-RADIUS=49.91307046514149\r")
			at = append(at, len(out))
		}
	}
	return strings.Join(out, "\n"), at
}
