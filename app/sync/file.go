package sync

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"daymark/data"
)

// A change file, or a snapshot, as it lies in the folder:
//
//	daymark-sync 1
//	{"device":"…","seq":12,"kind":"changes","written":"…","seen":{…},"needs":{…},"count":340,"size":5120,"sha256":"…"}
//	<the changes: JSON lines, compressed with gzip>
//
// The first line names the format and its version, so that a file of a
// newer Daymark is recognised as such without reading further. The header
// says whose file it is, which of its files, what it holds and how much;
// its size and checksum cover the compressed changes, so a file cut short
// or changed on the way is never applied, not even in part. Each change
// is a line [reading, kind, record, field, value, previous reading].

// Format and FormatVersion start every file Daymark writes to the folder;
// a file of a greater version is left for a newer Daymark.
const (
	Format        = "daymark-sync"
	FormatVersion = 1
)

// maxFile bounds the size of a file read: far more than ten years of
// changes.
const maxFile = 1 << 30

// A File is what a change file or a snapshot holds.
type File struct {
	Device   string           // the device that wrote it
	Seq      int64            // its number among the device's files
	Snapshot bool             // everything the device held, not only its changes
	Written  time.Time        // when it was written
	Seen     map[string]int64 // snapshot: the files of each other device it holds
	Needs    map[string]int64 // changes: the files of other devices applied where it was written
	Changes  []data.Change
}

// header is the second line of a file.
type header struct {
	Device  string           `json:"device"`
	Seq     int64            `json:"seq"`
	Kind    string           `json:"kind"` // changes or snapshot
	Written string           `json:"written"`
	Seen    map[string]int64 `json:"seen,omitempty"`
	Needs   map[string]int64 `json:"needs,omitempty"`
	Count   int              `json:"count"`
	Size    int64            `json:"size"`
	SHA256  string           `json:"sha256"`
}

// Errors reading a file, each with a sentence a caller completes with the
// file's name.
var (
	errNotSync = errors.New("it is not a Daymark sync file")
	errDamaged = errors.New("it is incomplete or damaged (it may still be arriving)")
)

// newerError says a file was written by a newer Daymark.
type newerError struct{ version int }

func (e newerError) Error() string {
	return fmt.Sprintf("it was written by a newer Daymark (sync format %d; this one reads %d): update Daymark on this computer to take it", e.version, FormatVersion)
}

// Encode writes f in the file format.
func Encode(w io.Writer, f File) error {
	var body bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&body, gzip.BestSpeed)
	bw := bufio.NewWriter(zw)
	line := make([]byte, 0, 256)
	for _, c := range f.Changes {
		line = append(line[:0], '[')
		line = strconv.AppendQuote(line, c.HLC.String())
		for _, s := range []string{c.Kind, c.Record, c.Field} {
			line = append(line, ',')
			line = appendJSONString(line, s)
		}
		line = append(line, ',')
		line = append(line, c.Value...)
		line = append(line, ',')
		line = strconv.AppendQuote(line, c.Prev.String())
		line = append(line, "]\n"...)
		if _, err := bw.Write(line); err != nil {
			return err
		}
	}
	if err := bw.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	sum := sha256.Sum256(body.Bytes())
	kind := "changes"
	if f.Snapshot {
		kind = "snapshot"
	}
	h := header{Device: f.Device, Seq: f.Seq, Kind: kind, Written: f.Written.UTC().Format(time.RFC3339), Seen: f.Seen, Needs: f.Needs,
		Count: len(f.Changes), Size: int64(body.Len()), SHA256: hex.EncodeToString(sum[:])}
	head, err := json.Marshal(h)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "%s %d\n%s\n", Format, FormatVersion, head); err != nil {
		return err
	}
	_, err = w.Write(body.Bytes())
	return err
}

// appendJSONString appends s as a JSON string: as it is when it holds
// nothing to escape (dates, UIDs, field names), else as encoding/json
// writes it.
func appendJSONString(dst []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' || c >= 0x80 {
			b, _ := json.Marshal(s)
			return append(dst, b...)
		}
	}
	dst = append(dst, '"')
	dst = append(dst, s...)
	return append(dst, '"')
}

// Decode reads a whole file, and returns it only when all of it is sound:
// the format and a version this Daymark reads, a header that says what
// the rest holds, and changes that match it, each well formed. Otherwise
// nothing of it is returned, and the error says why in words.
func Decode(r io.Reader) (File, error) {
	raw, err := io.ReadAll(io.LimitReader(r, maxFile+1))
	if err != nil {
		return File{}, errDamaged
	}
	if len(raw) > maxFile {
		return File{}, errNotSync
	}
	first, rest, ok := bytes.Cut(raw, []byte("\n"))
	name, version, ok2 := strings.Cut(string(first), " ")
	if !ok || !ok2 || name != Format {
		if bytes.HasPrefix(raw, []byte(Format)) || len(raw) < len(Format) && bytes.HasPrefix([]byte(Format), raw) {
			return File{}, errDamaged // cut short within its first line
		}
		return File{}, errNotSync
	}
	v, err := strconv.Atoi(version)
	switch {
	case err != nil || v < 1:
		return File{}, errNotSync
	case v > FormatVersion:
		return File{}, newerError{v}
	}
	head, body, ok := bytes.Cut(rest, []byte("\n"))
	if !ok {
		return File{}, errDamaged
	}
	var h header
	dec := json.NewDecoder(bytes.NewReader(head))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&h); err != nil {
		return File{}, errDamaged
	}
	if h.Size != int64(len(body)) {
		return File{}, errDamaged
	}
	sum := sha256.Sum256(body)
	if hex.EncodeToString(sum[:]) != h.SHA256 {
		return File{}, errDamaged
	}
	f := File{Device: h.Device, Seq: h.Seq, Snapshot: h.Kind == "snapshot", Seen: h.Seen, Needs: h.Needs}
	if !validDevice(h.Device) || h.Seq < 1 || h.Kind != "changes" && h.Kind != "snapshot" || h.Count < 0 {
		return File{}, errNotSync
	}
	for d, n := range h.Seen {
		if !validDevice(d) || n < 0 {
			return File{}, errNotSync
		}
	}
	for d, n := range h.Needs {
		if !validDevice(d) || n < 0 {
			return File{}, errNotSync
		}
	}
	if f.Written, err = time.Parse(time.RFC3339, h.Written); err != nil {
		return File{}, errNotSync
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return File{}, errDamaged
	}
	zr.Multistream(false)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	f.Changes = make([]data.Change, 0, min(h.Count, 1<<20))
	for sc.Scan() {
		c, err := decodeChange(sc.Bytes())
		if err != nil {
			return File{}, err
		}
		f.Changes = append(f.Changes, c)
	}
	if err := sc.Err(); err != nil || len(f.Changes) != h.Count {
		return File{}, errDamaged
	}
	return f, nil
}

// decodeChange reads one line of changes.
func decodeChange(line []byte) (data.Change, error) {
	var parts []json.RawMessage
	if err := json.Unmarshal(line, &parts); err != nil || len(parts) != 6 {
		return data.Change{}, errNotSync
	}
	var texts [5]string
	for i, at := range []int{0, 1, 2, 3, 5} {
		if err := json.Unmarshal(parts[at], &texts[i]); err != nil {
			return data.Change{}, errNotSync
		}
	}
	var c data.Change
	var errs [2]error
	c.HLC, errs[0] = data.ParseHLC(texts[0])
	c.Prev, errs[1] = data.ParseHLC(texts[4])
	c.Kind, c.Record, c.Field, c.Value = texts[1], texts[2], texts[3], string(parts[4])
	if errors.Join(errs[:]...) != nil || c.HLC.IsZero() || c.Kind == "" || c.Record == "" || c.Field == "" || !c.Prev.Before(c.HLC) && !c.Prev.IsZero() {
		return data.Change{}, errNotSync
	}
	return c, nil
}

// validDevice reports whether id is a device ID: 16 hexadecimal digits.
func validDevice(id string) bool {
	if len(id) != 16 {
		return false
	}
	_, err := hex.DecodeString(id)
	return err == nil && strings.ToLower(id) == id
}
