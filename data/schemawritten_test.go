package data

import (
	"context"
	"flag"
	"os"
	"regexp"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the written schema (schemawritten.go) from the migrations")

// The written schema of the latest version is what its migrations build:
// a migration added or changed without writing it down again fails here
// (go test ./data -run TestTheWrittenSchema -update writes it), and until
// it is, files are checked against the schema built, as before.
func TestTheWrittenSchemaIsWhatTheMigrationsBuild(t *testing.T) {
	ms := migrations()
	built, err := buildSchema(context.Background(), ms, "test")
	if err != nil {
		t.Fatal(err)
	}
	want, key := schemaText(built), migrationsKey(ms)
	if *update {
		src, err := os.ReadFile("schemawritten.go")
		if err != nil {
			t.Fatal(err)
		}
		src = regexp.MustCompile("(?m)^const writtenKey = .*$").ReplaceAll(src, []byte("const writtenKey = \""+key+"\""))
		src = regexp.MustCompile("(?s)const writtenSchema = `[^`]*`").ReplaceAll(src, []byte("const writtenSchema = `\n"+want+"`"))
		if err := os.WriteFile("schemawritten.go", src, 0o600); err != nil {
			t.Fatal(err)
		}
		return
	}
	if writtenKey != key {
		t.Fatalf("the schema was written down from other migrations than these (run go test ./data -run TestTheWrittenSchema -update):\n%s\n%s", writtenKey, key)
	}
	if got := schemaText(parseSchema(writtenSchema)); got != want {
		t.Fatalf("the written schema is not what the migrations build (run with -update):\n%s\nwant\n%s", got, want)
	}
	if diff := built.differences(parseSchema(writtenSchema)); len(diff) > 0 {
		t.Fatalf("the written schema differs: %v", diff)
	}
}
