package document

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"strings"

	"daymark/data"
)

// MaxImportSize bounds an import file: far more than a lifetime of days.
const MaxImportSize = 256 << 20

// ImportSummary says what an import brought in.
type ImportSummary struct {
	Dimensions, Days int
	Backup           string // the backup made first, when the database held data
}

// ImportJSON reads an export and makes the database hold exactly what it
// says, in one transaction. A database that already holds data is refused
// unless replace is set; then it is backed up first. On any error the
// database is unchanged and the error says where in the file the problem is.
func ImportJSON(ctx context.Context, store *data.Store, r io.Reader, replace bool) (ImportSummary, error) {
	c, err := ReadExport(r)
	if err != nil {
		return ImportSummary{}, err
	}
	return Import(ctx, store, c, replace)
}

// Import makes the database hold exactly c (read by ReadExport), on the
// terms of ImportJSON.
func Import(ctx context.Context, store *data.Store, c data.Contents, replace bool) (ImportSummary, error) {
	empty, err := store.IsEmpty(ctx)
	if err != nil {
		return ImportSummary{}, err
	}
	var sum ImportSummary
	if !empty {
		if !replace {
			return sum, data.Errorf(data.EConflict, "%s already holds data: importing replaces all of it. Import with --replace to do so (a backup is made first)", store.Path())
		}
		b, err := store.Backup(ctx, "before-import")
		if err != nil {
			return sum, err
		}
		sum.Backup = b.Path
	}
	if err := store.Replace(ctx, c); err != nil {
		return sum, err
	}
	sum.Dimensions, sum.Days = len(c.Dimensions), len(c.Days)
	return sum, nil
}

// ReadExport reads and checks an export without touching any database.
func ReadExport(r io.Reader) (data.Contents, error) {
	raw, err := io.ReadAll(io.LimitReader(r, MaxImportSize+1))
	if err != nil {
		return data.Contents{}, &data.Error{Code: data.EInvalid, Message: "cannot read the file", Err: err}
	}
	if len(raw) > MaxImportSize {
		return data.Contents{}, data.Errorf(data.EInvalid, "the file is larger than %d MB: it is not a Daymark export", MaxImportSize>>20)
	}
	if err := IsDatabase("the file", raw); err != nil {
		return data.Contents{}, err
	}
	if err := validUTF8(raw); err != nil {
		return data.Contents{}, err
	}
	var doc Export
	dec := json.NewDecoder(bytes.NewReader(raw))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&doc); err != nil {
		return data.Contents{}, jsonError(raw, dec, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		line, col := position(raw, dec.InputOffset())
		return data.Contents{}, data.Errorf(data.EInvalid, "line %d, column %d: there is more after the end of the export", line, col)
	}
	if doc.Format != ExportFormat {
		return data.Contents{}, data.Errorf(data.EInvalid, "this is not a Daymark export: its \"format\" is %q, not %q", doc.Format, ExportFormat)
	}
	if doc.Version < 1 || doc.Version > ExportVersion {
		return data.Contents{}, data.Errorf(data.EInvalid, "the export is version %d; this Daymark reads versions 1 to %d (a newer Daymark may read it)", doc.Version, ExportVersion)
	}
	if err := strictExport(raw, doc.Version); err != nil {
		return data.Contents{}, err
	}
	return doc.contents()
}

// contents maps the document onto the store's types, dimensions numbered in
// file order, and checks it whole.
func (doc Export) contents() (data.Contents, error) {
	var c data.Contents
	ids := map[string]int64{}
	for i, d := range doc.Dimensions {
		id := int64(i + 1)
		c.Dimensions = append(c.Dimensions, data.Dimension{ID: id, Name: d.Name, Description: d.Description, Colour: d.Colour, Position: d.Position, Archived: d.Archived})
		ids[d.Name] = id
	}
	if err := doc.dayContents(&c, ids); err != nil {
		return c, err
	}
	if err := doc.targetContents(&c, ids); err != nil {
		return c, err
	}
	if err := doc.valueContents(&c); err != nil {
		return c, err
	}
	if err := doc.decisionContents(&c); err != nil {
		return c, err
	}
	if err := doc.sessionContents(&c); err != nil {
		return c, err
	}
	if err := doc.importContents(&c, ids); err != nil {
		return c, err
	}
	if err := doc.timerContents(&c, ids); err != nil {
		return c, err
	}
	if err := doc.weekContents(&c, ids); err != nil {
		return c, err
	}
	if err := c.Validate(); err != nil { // indices as in the file
		return c, err
	}
	kept := c.Days[:0]
	for _, day := range c.Days {
		if !day.IsEmpty() { // a day with nothing in it is not stored
			kept = append(kept, day)
		}
	}
	c.Days = kept
	return c, nil
}

// dayContents maps the days onto c, their minutes by dimension id.
func (doc Export) dayContents(c *data.Contents, ids map[string]int64) error {
	for i, d := range doc.Days {
		date, err := data.ParseDate(d.Date)
		if err != nil {
			return data.Errorf(data.EInvalid, "days[%d]: %s", i, data.ErrorMessage(err))
		}
		day := data.NewDay(date)
		day.Note = d.Note
		for _, side := range []struct {
			name string
			from map[string]int
			to   map[int64]int
		}{{"planned", d.Planned, day.Planned}, {"actual", d.Actual, day.Actual}} {
			for name, minutes := range side.from {
				id, ok := ids[name]
				if !ok {
					return data.Errorf(data.EInvalid, "days[%d] (%s): %s names “%s”, which is not one of the file's dimensions", i, d.Date, side.name, name)
				}
				side.to[id] = minutes
			}
		}
		c.Days = append(c.Days, day)
	}
	return nil
}

// targetContents maps the target versions and the focus history onto c.
func (doc Export) targetContents(c *data.Contents, ids map[string]int64) error {
	for i, t := range doc.Targets {
		from, err := data.ParseDate(t.EffectiveFrom)
		if err != nil {
			return data.Errorf(data.EInvalid, "targets[%d]: %s", i, data.ErrorMessage(err))
		}
		target := data.Target{From: from, Minutes: map[int64]int{}}
		for name, minutes := range t.Minutes {
			id, ok := ids[name]
			if !ok {
				return data.Errorf(data.EInvalid, "targets[%d] (%s): it names “%s”, which is not one of the file's dimensions", i, t.EffectiveFrom, name)
			}
			target.Minutes[id] = minutes
		}
		c.Targets = append(c.Targets, target)
	}
	for i, f := range doc.Focus {
		started, err := data.ParseDate(f.Started)
		if err != nil {
			return data.Errorf(data.EInvalid, "focus[%d]: %s", i, data.ErrorMessage(err))
		}
		id, ok := ids[f.Dimension]
		if !ok {
			return data.Errorf(data.EInvalid, "focus[%d] (%s): it names “%s”, which is not one of the file's dimensions", i, f.Started, f.Dimension)
		}
		c.Focus = append(c.Focus, data.Focus{Started: started, DimensionID: id, Reason: f.Reason})
	}
	return nil
}

// jsonError says where in raw the decoder stopped and why, in words.
func jsonError(raw []byte, dec *json.Decoder, err error) error {
	offset := dec.InputOffset()
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	why := err.Error()
	switch {
	case errors.As(err, &syntax):
		offset = syntax.Offset - 1 // the offset is past the offending byte
		why = "the JSON is malformed: " + syntax.Error()
	case errors.As(err, &typ):
		offset = typ.Offset
		why = fmt.Sprintf("%s should be %s, not %s", fieldName(typ.Field), kind(typ.Type), typ.Value)
	case errors.Is(err, io.EOF):
		return data.Errorf(data.EInvalid, "the file is empty: it is not a Daymark export")
	case errors.Is(err, io.ErrUnexpectedEOF):
		offset = int64(len(raw))
		why = "the file ends in the middle of the export (is it cut short?)"
	case strings.HasPrefix(why, "json: unknown field "):
		why = "there is no field " + strings.TrimPrefix(why, "json: unknown field ") + " in a Daymark export"
	}
	line, col := position(raw, offset)
	return data.Errorf(data.EInvalid, "line %d, column %d: %s", line, col, why)
}

// fieldName writes a decoder's field path the way a person reads the file.
func fieldName(path string) string {
	if path == "" {
		return "the export"
	}
	return "“" + path + "”"
}

// kind names the JSON a Go type stands for, for a sentence about a value
// of the wrong kind.
func kind(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return "a whole number"
	case reflect.String:
		return "text"
	case reflect.Bool:
		return "true or false"
	case reflect.Map, reflect.Struct:
		return "an object"
	case reflect.Slice:
		return "a list"
	case reflect.Pointer:
		return kind(t.Elem())
	}
	return t.String()
}

// position turns a byte offset into a line and column, both from 1.
func position(raw []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(raw)))
	before := raw[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// IsDatabase says, from the first bytes of a file a person chose to
// import, that it is a database (a backup, most likely) rather than an
// export, a calendar or a tracker's CSV: a backup comes back by restoring
// it, which checks it as opening does.
func IsDatabase(name string, head []byte) error {
	if bytes.HasPrefix(head, []byte("SQLite format 3\x00")) {
		return data.Errorf(data.EInvalid, "%s is a database (a backup?), not an export, a calendar or a time tracker's CSV: to bring a backup back, restore it (File → Restore a backup…, or daymark restore)", name)
	}
	return nil
}
