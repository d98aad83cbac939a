package document_test

import (
	"bytes"
	"context"
	"encoding/json"
	"sort"
	"testing"
	"time"

	"daymark/app/apptest"
	"daymark/app/document"
	"daymark/data"
)

func FuzzImportJSON(f *testing.F) {
	f.Add([]byte(exportString(f, richStore(f))))
	f.Add([]byte(`{"format": "daymark", "version": 1, "dimensions": [{"name": "A", "colour": "#000000", "position": 3}], "days": [{"date": "2026-01-01", "note": "x", "planned": {"A": 60}, "actual": {"A": 1440}}]}`))
	f.Add([]byte(`{"format": "daymark", "version": 1}`))
	f.Add([]byte(`{"format": "daymark", "version": 1, "days": [{"date": "1900-01-01"}]}`))
	f.Add([]byte(`[]`))
	store := apptest.OpenStore(f)
	ctx := context.Background()
	f.Fuzz(func(t *testing.T, file []byte) {
		c, err := document.ReadExport(bytes.NewReader(file))
		if err != nil {
			if data.ErrorMessage(err) == "" {
				t.Fatalf("an error without a sentence: %#v", err)
			}
			return
		}
		before := exportString(t, store)
		// Whatever ReadExport accepts, the store must take whole, and give back.
		if err := store.Replace(ctx, c); err != nil {
			if exportString(t, store) != before {
				t.Fatalf("a failed replace changed the database: %v", err)
			}
			t.Fatalf("ReadExport accepted what the store refuses: %v", err)
		}
		got, err := store.Contents(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var a, b bytes.Buffer
		want, have := document.NewExport(c, time.Time{}), document.NewExport(got, time.Time{})
		if err := json.NewEncoder(&a).Encode(comparable(want, want)); err != nil {
			t.Fatal(err)
		}
		if err := json.NewEncoder(&b).Encode(comparable(have, want)); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Fatalf("stored contents differ from the file:\n%s\n%s", a.String(), b.String())
		}
	})
}

// recordIDs calls f with the id of every record the store gives one:
// a file written before version 9 has none.
func recordIDs(doc document.Export, f func(id *string)) {
	for i := range doc.Dimensions {
		f(&doc.Dimensions[i].ID)
	}
	for i := range doc.Values {
		f(&doc.Values[i].ID)
	}
	for i := range doc.Prompts {
		f(&doc.Prompts[i].ID)
	}
	for i := range doc.Reflections {
		f(&doc.Reflections[i].ID)
	}
	for i := range doc.Contexts {
		f(&doc.Contexts[i].ID)
	}
	for i := range doc.Decisions {
		f(&doc.Decisions[i].ID)
	}
	for i := range doc.Sessions {
		f(&doc.Sessions[i].ID)
		for j := range doc.Sessions[i].Actions {
			f(&doc.Sessions[i].Actions[j].ID)
		}
	}
}

// comparable returns doc as the store gives back a file like like: the ids
// like does not give (the store makes them) left out, and the lists whose
// rows of one date come by id put in one order. Whether like gives ids is
// told by every record of it: its first dimension alone cannot say, as a
// file may have no dimensions and still hold the built-in prompts.
func comparable(doc, like document.Export) document.Export {
	carries := false
	recordIDs(like, func(id *string) { carries = carries || *id != "" })
	if !carries {
		recordIDs(doc, func(id *string) { *id = "" })
	}
	byText := func(n int, item func(int) any, swap func(i, j int)) {
		keys := make([]string, n)
		for i := range keys {
			b, _ := json.Marshal(item(i))
			keys[i] = string(b)
		}
		sort.Sort(byKeys{keys, swap})
	}
	byText(len(doc.Decisions), func(i int) any { return doc.Decisions[i] }, func(i, j int) { doc.Decisions[i], doc.Decisions[j] = doc.Decisions[j], doc.Decisions[i] })
	byText(len(doc.Reflections), func(i int) any { return doc.Reflections[i] }, func(i, j int) { doc.Reflections[i], doc.Reflections[j] = doc.Reflections[j], doc.Reflections[i] })
	byText(len(doc.Sessions), func(i int) any { return doc.Sessions[i] }, func(i, j int) { doc.Sessions[i], doc.Sessions[j] = doc.Sessions[j], doc.Sessions[i] })
	return doc
}

// byKeys sorts a list by a key per item, swapping the items with the keys.
type byKeys struct {
	keys []string
	swap func(i, j int)
}

func (b byKeys) Len() int { return len(b.keys) }

func (b byKeys) Less(i, j int) bool { return b.keys[i] < b.keys[j] }

func (b byKeys) Swap(i, j int) { b.keys[i], b.keys[j] = b.keys[j], b.keys[i]; b.swap(i, j) }
