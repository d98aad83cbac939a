package sync

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"daymark/data"
)

// sampleFile is a change file holding each sort of value a field takes.
func sampleFile() File {
	h := func(wall int64, device string) data.HLC { return data.HLC{Wall: wall, Device: device} }
	return File{Device: "00000000000000aa", Seq: 7, Written: time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC),
		Needs: map[string]int64{"00000000000000bb": 3},
		Changes: []data.Change{
			{HLC: h(1772442000000, "00000000000000aa"), Kind: "day", Record: "2026-03-02", Field: "note", Value: `"a note, with “quotes”, \"escapes\" and 😀\nover lines"`, Prev: h(1772441000000, "00000000000000bb")},
			{HLC: h(1772442000001, "00000000000000aa"), Kind: "day", Record: "2026-03-02", Field: "planned.0123456789abcdef0123456789abcdef", Value: "90"},
			{HLC: h(1772442000002, "00000000000000aa"), Kind: "imported_event", Record: `["uid@x","","2026-03-02"]`, Field: "deleted", Value: "true"},
			{HLC: h(1772442000003, "00000000000000aa"), Kind: "import_rules", Record: "settings", Field: "emails", Value: `["me@example.com"]`},
			{HLC: h(1772442000004, "00000000000000aa"), Kind: "decision", Record: "0123456789abcdef0123456789abcdef", Field: "feeling", Value: "null"},
		}}
}

func encoded(t testing.TB, f File) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := Encode(&b, f); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestAChangeFileReadsBackAsItWasWritten(t *testing.T) {
	f := sampleFile()
	got, err := Decode(bytes.NewReader(encoded(t, f)))
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(got, f) {
		t.Errorf("read back:\n%+v\nwant\n%+v", got, f)
	}
	raw := encoded(t, f)
	if !bytes.HasPrefix(raw, []byte("daymark-sync 1\n{\"device\":\"00000000000000aa\",\"seq\":7,\"kind\":\"changes\"")) {
		t.Errorf("the file starts %q", raw[:80])
	}
}

func TestAFileNotWholeIsNeverReadInPart(t *testing.T) {
	raw := encoded(t, sampleFile())
	for cut := 0; cut < len(raw); cut++ {
		if _, err := Decode(bytes.NewReader(raw[:cut])); err == nil {
			t.Fatalf("a file cut at %d of %d bytes was read", cut, len(raw))
		}
	}
	for i := range raw { // any one byte changed
		changed := append([]byte{}, raw...)
		changed[i] ^= 0x20
		if f, err := Decode(bytes.NewReader(changed)); err == nil && !reflect.DeepEqual(f, sampleFile()) {
			t.Fatalf("byte %d changed, and the file read otherwise than written", i)
		}
	}
	if _, err := Decode(bytes.NewReader(append(raw, 'x'))); err == nil {
		t.Error("a file with more than it says was read")
	}
}

func FuzzDecode(f *testing.F) {
	raw := encoded(f, sampleFile())
	f.Add(raw)
	f.Add(raw[:len(raw)/2])
	f.Add([]byte(strings.Replace(string(raw), "daymark-sync 1", "daymark-sync 2", 1)))
	f.Add([]byte("daymark-sync 1\n{}\n"))
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, b []byte) {
		got, err := Decode(bytes.NewReader(b))
		if err != nil {
			if err.Error() == "" {
				t.Fatal("an error without a sentence")
			}
			return
		}
		// What reads, reads whole and the same once written again.
		again, err := Decode(bytes.NewReader(encoded(t, got)))
		if err != nil || !reflect.DeepEqual(again, got) {
			t.Fatalf("read, written again and read: %v\n%+v\n%+v", err, got, again)
		}
		for _, c := range got.Changes {
			if c.HLC.IsZero() || c.Kind == "" || c.Record == "" || c.Field == "" || c.Value == "" {
				t.Fatalf("a change read is not whole: %+v", c)
			}
		}
	})
}
