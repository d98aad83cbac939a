package document

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"

	"daymark/data"
)

// encoding/json lets through what would make an import replace a person's
// data with less than the file meant: a list that is missing or null reads
// as empty, a key given twice keeps its last value (and "Days" fills
// "days"), bytes that are not UTF-8 become U+FFFD, and a number too large
// to add up overflows later. strictExport refuses each, saying where.

// maxNumber bounds every number of an export: far above any count, rank or
// position a person has, and small enough that no sum of them overflows.
const maxNumber = 1_000_000_000

// minuteFields hold minutes of a day, so each is 0 to 1440.
var minuteFields = map[string]bool{"planned": true, "actual": true, "minutes": true, "all_day_minutes": true}

// listsSince says in which version of the format each top-level list (or
// object) came; a file of that version or later must have it.
var listsSince = map[string]int{
	"dimensions": 1, "days": 1,
	"targets": 2, "focus": 2,
	"values": 3, "alignment": 3, "alignment_history": 3, "prompts": 3, "reflections": 3, "contexts": 3, "contradictions": 3,
	"decisions":    4,
	"sessions":     5,
	"import_rules": 6, "tracker_mappings": 6, "import_settings": 6, "imported_events": 6, "imported_minutes": 6,
	"timed_intervals": 7,
	"ideal_weeks":     8, "weekly_reviews": 8,
}

// validUTF8 refuses raw unless it is UTF-8 throughout, naming the first
// byte that is not.
func validUTF8(raw []byte) error {
	if utf8.Valid(raw) {
		return nil
	}
	offset := 0
	for offset < len(raw) {
		r, size := utf8.DecodeRune(raw[offset:])
		if r == utf8.RuneError && size == 1 {
			break
		}
		offset += size
	}
	line, col := position(raw, int64(offset))
	return data.Errorf(data.EInvalid, "line %d, column %d: the byte 0x%02X is not UTF-8 text: save the file as UTF-8", line, col, raw[offset])
}

// strictExport walks the export in raw, already decoded as the given
// version, and refuses what the decoder let through.
func strictExport(raw []byte, version int) error {
	w := &walker{raw: raw, dec: json.NewDecoder(bytes.NewReader(raw)), version: version}
	w.dec.UseNumber()
	err := w.value(reflect.TypeOf(Export{}), "", "")
	var refusal *data.Error
	if errors.As(err, &refusal) {
		return err
	}
	return nil // the decoder has said all there is about the JSON itself
}

// walker reads an export token by token beside the Go type it fills.
type walker struct {
	raw     []byte
	dec     *json.Decoder
	version int
	last    int64 // the offset before the token being read
}

// token reads the next token, remembering where it began.
func (w *walker) token() (json.Token, error) {
	w.last = w.dec.InputOffset()
	return w.dec.Token()
}

// refuse says what is wrong at the token just read, by its line and column.
func (w *walker) refuse(format string, args ...any) error {
	start := w.last
	for start < int64(len(w.raw)) && strings.ContainsRune(" \t\r\n,:", rune(w.raw[start])) {
		start++
	}
	line, col := position(w.raw, start)
	return data.Errorf(data.EInvalid, "line %d, column %d: %s", line, col, fmt.Sprintf(format, args...))
}

// value reads one value meant for t at path (for sentences); key is the
// field's name in JSON, which says how its numbers are bounded.
func (w *walker) value(t reflect.Type, path, key string) error {
	tok, err := w.token()
	if err != nil {
		return err
	}
	if t.Kind() == reflect.Pointer {
		if tok == nil {
			return nil // a decision's feeling not said, settings not kept
		}
		t = t.Elem()
	}
	switch v := tok.(type) {
	case nil:
		if t.Kind() == reflect.Slice || t.Kind() == reflect.Map || t.Kind() == reflect.Struct {
			return w.refuse("%s is null: write [] or {} for none", fieldName(path))
		}
	case json.Number:
		return w.number(v, path, key)
	case string:
		if w.replaced(v) {
			return w.refuse("%s holds a \\u escape that is not a character (half of a surrogate pair)", fieldName(path))
		}
	case json.Delim:
		switch {
		case v == '{' && t.Kind() == reflect.Struct:
			return w.object(t, path)
		case v == '{' && t.Kind() == reflect.Map:
			return w.mapping(t, path, key)
		case v == '[' && t.Kind() == reflect.Slice:
			for i := 0; w.dec.More(); i++ {
				if err := w.value(t.Elem(), fmt.Sprintf("%s[%d]", path, i), key); err != nil {
					return err
				}
			}
			_, err := w.token()
			return err
		default:
			return w.skip(v) // the decoder said what is wrong with it
		}
	}
	return nil
}

// object reads the fields of a struct: each known by its exact name and
// given once, and every list and map of it there.
func (w *walker) object(t reflect.Type, path string) error {
	fields := map[string]reflect.StructField{}
	var order []string // as the export writes them
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if tag, _, _ := strings.Cut(f.Tag.Get("json"), ","); tag != "" && tag != "-" {
			fields[tag] = f
			order = append(order, tag)
		}
	}
	seen := map[string]int{} // lower-case name → its line
	for w.dec.More() {
		key, err := w.key(seen, true, path)
		if err != nil {
			return err
		}
		f, known := fields[key]
		if !known {
			for tag := range fields {
				if strings.EqualFold(tag, key) {
					return w.refuse("there is no field %s in a Daymark export: did you mean %s?", strconv.Quote(key), strconv.Quote(tag))
				}
			}
			return nil // the decoder refused it already
		}
		if err := w.value(f.Type, join(path, key), key); err != nil {
			return err
		}
	}
	if _, err := w.token(); err != nil { // }
		return err
	}
	for _, tag := range order {
		if _, there := seen[tag]; !there && w.required(path, tag, fields[tag].Type) {
			return w.refuse("%s has no %s: an export of version %d always has it (write [] for none), so the file may be cut short or edited by mistake", fieldName(path), strconv.Quote(tag), w.version)
		}
	}
	return nil
}

// required reports whether the field tag of type t must be in the object
// at path: the top-level lists of the file's version, and every list and
// map inside them.
func (w *walker) required(path, tag string, t reflect.Type) bool {
	if path == "" {
		since, listed := listsSince[tag]
		return listed && w.version >= since
	}
	return t.Kind() == reflect.Slice || t.Kind() == reflect.Map
}

// mapping reads a map's keys, each given once, and its values.
func (w *walker) mapping(t reflect.Type, path, key string) error {
	seen := map[string]int{}
	for w.dec.More() {
		k, err := w.key(seen, false, path)
		if err != nil {
			return err
		}
		if err := w.value(t.Elem(), path+" of “"+k+"”", key); err != nil {
			return err
		}
	}
	_, err := w.token()
	return err
}

// key reads the next key of the object at path and refuses one given
// before in it: the same, or (when fold) the same in another case, which
// encoding/json would take for it. seen keeps each key's line.
func (w *walker) key(seen map[string]int, fold bool, path string) (string, error) {
	tok, err := w.token()
	if err != nil {
		return "", err
	}
	key := tok.(string)
	if w.replaced(key) {
		return "", w.refuse("a name in %s holds a \\u escape that is not a character", fieldName(path))
	}
	id := key
	if fold {
		id = strings.ToLower(key)
	}
	if first, twice := seen[id]; twice {
		return "", w.refuse("%s is given twice in %s (first on line %d): remove one", strconv.Quote(key), fieldName(path), first)
	}
	seen[id], _ = position(w.raw, w.last)
	return key, nil
}

// number refuses a whole number out of the bounds of its field; anything
// else about it is the decoder's to say.
func (w *walker) number(n json.Number, path, key string) error {
	v, err := strconv.ParseInt(string(n), 10, 64)
	if err != nil {
		if f, ferr := strconv.ParseFloat(string(n), 64); ferr == nil && f == float64(int64(f)) {
			return nil // 1e3 and the like: the decoder refuses them as not whole
		}
		return w.refuse("%s: %s is larger than any number in a Daymark export", path, n)
	}
	if minuteFields[key] && (v < 0 || v > data.MinutesPerDay) {
		return w.refuse("%s: %d minutes is not a time within a day (0 to %d minutes)", path, v, data.MinutesPerDay)
	}
	if v > maxNumber || v < -maxNumber {
		return w.refuse("%s: %d is larger than any number in a Daymark export", path, v)
	}
	return nil
}

// replaced reports whether s, just read, holds a U+FFFD that the decoder
// put in place of an escape that is no character (a lone surrogate, such as
// "\ud800"), rather than one written in the file.
func (w *walker) replaced(s string) bool {
	if !strings.ContainsRune(s, utf8.RuneError) {
		return false
	}
	token := w.raw[w.last:w.dec.InputOffset()]
	return !bytes.Contains(token, []byte("\uFFFD")) && !bytes.Contains(bytes.ToLower(token), []byte(`\ufffd`))
}

// skip reads past the rest of a list or object whose opening was read.
func (w *walker) skip(open json.Delim) error {
	for depth := 1; depth > 0; {
		tok, err := w.token()
		if err != nil {
			return err
		}
		if d, ok := tok.(json.Delim); ok {
			if d == '{' || d == '[' {
				depth++
			} else {
				depth--
			}
		}
	}
	return nil
}

// join names a field of the object at path the way a person reads the file.
func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}
