package document_test

import (
	"context"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"daymark/app/document"
	"daymark/data"
)

// fill gives every object in v the lists and maps its Go type t has.
func fill(v any, t reflect.Type) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch x := v.(type) {
	case []any:
		for _, item := range x {
			fill(item, t.Elem())
		}
	case map[string]any:
		if t.Kind() != reflect.Struct {
			return
		}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			if value, there := x[tag]; there {
				fill(value, f.Type)
			} else if f.Type.Kind() == reflect.Slice {
				x[tag] = []any{}
			} else if f.Type.Kind() == reflect.Map {
				x[tag] = map[string]any{}
			}
		}
	}
}

// An export that is missing something, says something twice, or is not
// the text it claims never replaces what the database holds: each is
// refused with where it is, and nothing changes.
func TestAnExportMissingSomethingNeverReplacesEverything(t *testing.T) {
	ctx := context.Background()
	good := exportString(t, richStore(t))
	last := strings.LastIndex(good, "}")
	// edited returns the export after change, made to it as JSON.
	edited := func(change func(doc map[string]any)) string {
		var doc map[string]any
		if err := json.Unmarshal([]byte(good), &doc); err != nil {
			t.Fatal(err)
		}
		change(doc)
		out, err := json.MarshalIndent(doc, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		return string(out)
	}
	without := func(list string) string { return edited(func(doc map[string]any) { delete(doc, list) }) }
	first := func(doc map[string]any, list string) map[string]any { return doc[list].([]any)[0].(map[string]any) }
	replace := func(old, new string) string {
		if !strings.Contains(good, old) {
			t.Fatalf("the export has no %q", old)
		}
		return strings.Replace(good, old, new, 1)
	}
	cases := []struct{ name, file, says string }{
		{"bare", `{"format": "daymark", "version": 6}`, `the export has no "dimensions": an export of version 6 always has it`},
		{"bare, version 1", `{"format":"daymark","version":1}`, `the export has no "dimensions"`},
		{"no days", without("days"), `the export has no "days"`},
		{"no decisions", without("decisions"), `the export has no "decisions"`},
		{"days null", edited(func(doc map[string]any) { doc["days"] = nil }), `“days” is null: write [] or {} for none`},
		{"days again at the end", good[:last] + `,"days":[]}`, `"days" is given twice in the export (first on line`},
		{"Days", good[:last] + `,"Days":[]}`, `"Days" is given twice in the export`},
		{"a note twice", replace(`"note": "only a note"`, `"note": "only a note", "note": ""`), `"note" is given twice in “days[`},
		{"a dimension twice in a day", replace(`"Team & “friends”": 240,`, `"Team & “friends”": 240, "Team & “friends”": 0,`), `is given twice in “days[0].planned”`},
		{"a value without behaviours", edited(func(doc map[string]any) { delete(first(doc, "values"), "behaviours") }), `“values[0]” has no "behaviours"`},
		{"no actual minutes", edited(func(doc map[string]any) { delete(first(doc, "days"), "actual") }), `“days[0]” has no "actual"`},
		{"options null", edited(func(doc map[string]any) { first(doc, "decisions")["options"] = nil }), `“decisions[0].options” is null`},
		{"not UTF-8", replace("only a note", "only a \xff note"), "the byte 0xFF is not UTF-8 text"},
		{"half a surrogate", replace("only a note", `only a \ud800 note`), "a \\u escape that is not a character"},
		{"four times 2^62", edited(func(doc map[string]any) {
			planned := first(doc, "days")["planned"].(map[string]any)
			for name := range planned { // four dimensions: the sum wraps round to 0
				planned[name] = 1 << 62
			}
		}), "4611686018427387904 minutes is not a time within a day"},
		{"a rank of 2^62", replace(`"rank": 1`, `"rank": 4611686018427387904`), "4611686018427387904 is larger than any number in a Daymark export"},
		{"a feeling of 2^62", replace(`"feeling": -2`, `"feeling": 4611686018427387904`), "larger than any number"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			store := richStore(t)
			before := exportString(t, store)
			_, err := document.ImportJSON(ctx, store, strings.NewReader(c.file), true)
			if data.ErrorCode(err) != data.EInvalid || !strings.Contains(data.ErrorMessage(err), c.says) {
				t.Errorf("error = %v\nwant one saying %q", err, c.says)
			}
			if c.name != "bare" && c.name != "bare, version 1" && !strings.HasPrefix(data.ErrorMessage(err), "line ") {
				t.Errorf("the sentence does not say where: %q", data.ErrorMessage(err))
			}
			if exportString(t, store) != before {
				t.Error("the database changed")
			}
			if list, _ := data.Backups(store.Path()); len(list) != 0 {
				t.Errorf("a refused file made a backup: %v", list)
			}
		})
	}
	// What the format allows still comes in: every list there and empty.
	v1 := `{"format": "daymark", "version": 1, "dimensions": [], "days": []}`
	if _, err := document.ReadExport(strings.NewReader(v1)); err != nil {
		t.Errorf("a version 1 export with empty lists: %v", err)
	}
}

// TestEveryListOfTheExportSaysSinceWhichVersion keeps listsSince in step
// with Export: a list added to the export without a version here would
// be let through missing, and an import would replace it with nothing.
func TestEveryListOfTheExportSaysSinceWhichVersion(t *testing.T) {
	top := reflect.TypeOf(document.Export{})
	for i := 0; i < top.NumField(); i++ {
		f := top.Field(i)
		tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		switch f.Type.Kind() {
		case reflect.Slice, reflect.Map, reflect.Pointer:
			since, listed := document.ListsSince[tag]
			if !listed {
				t.Errorf("the export's list %q is not in listsSince: say in which version it came", tag)
			} else if since < 1 || since > document.ExportVersion {
				t.Errorf("listsSince[%q] = %d, not a version from 1 to %d", tag, since, document.ExportVersion)
			}
		}
	}
}
