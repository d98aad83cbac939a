package brief

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf16"
)

// pdfText returns the text a PDF reader finds in a PDF written by gopdf:
// each run of glyphs mapped back to characters through its font's
// ToUnicode map, the runs joined (a line's end leaves no space).
func pdfText(t *testing.T, pdf []byte) string {
	t.Helper()
	objects := map[string][]byte{}
	for _, m := range regexp.MustCompile(`(?s)\n(\d+) 0 obj\s*(.*?)endobj`).FindAllSubmatch(pdf, -1) {
		objects[string(m[1])] = m[2]
	}
	stream := func(obj []byte) []byte {
		m := regexp.MustCompile(`(?s)stream\r?\n(.*)endstream`).FindSubmatch(obj)
		if m == nil {
			return nil
		}
		if !bytes.Contains(obj[:bytes.Index(obj, []byte("stream"))], []byte("FlateDecode")) {
			return m[1]
		}
		r, err := zlib.NewReader(bytes.NewReader(m[1]))
		if err != nil {
			t.Fatalf("a stream: %v", err)
		}
		out, err := io.ReadAll(r)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	// The fonts by resource name (/F1), each with its glyphs' characters.
	fonts := map[string]map[uint16]string{}
	for _, m := range regexp.MustCompile(`/F(\d+) (\d+) 0 R`).FindAllSubmatch(pdf, -1) {
		font := objects[string(m[2])]
		ref := regexp.MustCompile(`/ToUnicode (\d+) 0 R`).FindSubmatch(font)
		if ref == nil {
			continue
		}
		glyphs := map[uint16]string{}
		for _, r := range regexp.MustCompile(`<([0-9A-Fa-f]{4})><([0-9A-Fa-f]{4})><([0-9A-Fa-f]+)>`).FindAllSubmatch(stream(objects[string(ref[1])]), -1) {
			first, err := strconv.ParseUint(string(r[1]), 16, 16)
			if err != nil {
				t.Fatal(err)
			}
			last, err := strconv.ParseUint(string(r[2]), 16, 16)
			if err != nil {
				t.Fatal(err)
			}
			var units []uint16
			for i := 0; i+4 <= len(r[3]); i += 4 {
				u, err := strconv.ParseUint(string(r[3][i:i+4]), 16, 16)
				if err != nil {
					t.Fatal(err)
				}
				units = append(units, uint16(u))
			}
			if len(r[3])%4 != 0 {
				// gopdf writes a character beyond U+FFFF as its code point, not
				// as UTF-16; read it as such, as lenient readers do.
				u, err := strconv.ParseUint(string(r[3]), 16, 32)
				if err != nil {
					t.Fatal(err)
				}
				units = utf16.Encode([]rune{rune(u)})
			}
			for g := first; g <= last; g++ {
				glyphs[uint16(g)] = string(utf16.Decode(units))
				units[len(units)-1]++
			}
		}
		fonts["F"+string(m[1])] = glyphs
	}
	var runs []string
	for _, obj := range objects {
		content := stream(obj)
		if !bytes.Contains(content, []byte(" Tf")) {
			continue
		}
		font := ""
		for _, m := range regexp.MustCompile(`/(F\d+) [\d.]+ Tf|\[<([0-9A-Fa-f]*)>\] TJ`).FindAllSubmatch(content, -1) {
			if m[1] != nil {
				font = string(m[1])
				continue
			}
			var run strings.Builder
			for i := 0; i+4 <= len(m[2]); i += 4 {
				g, err := strconv.ParseUint(string(m[2][i:i+4]), 16, 16)
				if err != nil {
					t.Fatal(err)
				}
				if _, err := run.WriteString(fonts[font][uint16(g)]); err != nil {
					t.Fatal(err)
				}
			}
			runs = append(runs, run.String())
		}
	}
	return strings.Join(runs, "")
}

// The brief's PDF shows every character a person typed: in the brief's
// typeface, or a system font that has it, or as a visible □ with a line
// that names it; never as a blank.
func TestThePDFShowsEveryCharacterTyped(t *testing.T) {
	samples := []string{"Ελληνικά", "Кириллица", "日本語の文", "한국어", "😀🚀", "−12m"}
	blocks := []Block{{Kind: HeadingBlock, Text: "Decisions"}}
	for _, s := range samples {
		blocks = append(blocks, Block{Kind: ParagraphBlock, Text: "Text: " + s}, Block{Kind: BulletsBlock, Items: []string{s}})
	}
	blocks = append(blocks, Block{Kind: TableBlock, Header: []string{"Dimension", "Actual"}, Rows: [][]string{{"Ζωή", "1h"}, {"家族", "2h"}}})
	var out bytes.Buffer
	if err := WritePDF(&out, "Brief "+samples[2], blocks); err != nil {
		t.Fatal(err)
	}
	text := pdfText(t, out.Bytes())
	note := regexp.MustCompile(`No font on this computer has.*?brief\.md`).FindString(text)
	for _, s := range append(samples, "Ζωή", "家族") {
		if strings.Contains(text, s) {
			continue
		}
		for _, r := range s {
			if strings.ContainsRune(text, r) {
				continue
			}
			if !strings.Contains(text, "□") || !strings.Contains(note, fmt.Sprintf("U+%04X", r)) {
				t.Errorf("%c (U+%04X) of %q is neither drawn nor named as missing; the PDF reads:\n%s", r, r, s, text)
			}
		}
	}
}

// Where no system font has a character, the built-in fonts draw Greek,
// Cyrillic and the minus sign, and the rest becomes □, named in a line
// under the title; a system font that has a character draws it.
func TestThePDFFallsBackToSystemFontsThenToAStandIn(t *testing.T) {
	dejavu := "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
	withDejaVu := t.TempDir()
	if ttf, err := os.ReadFile(dejavu); err == nil {
		if err := os.MkdirAll(filepath.Join(withDejaVu, "truetype"), 0o700); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(withDejaVu, "truetype", "DejaVuSans.ttf"), ttf, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		name   string
		dirs   []string
		drawn  []string
		absent []rune
	}{
		{"no system fonts", []string{filepath.Join(t.TempDir(), "none")}, []string{"Ελληνικά", "Кириллица", "−12m", "□□ and □"}, []rune("日本😀")},
		{"DejaVu Sans", []string{withDejaVu}, []string{"Ελληνικά", "Кириллица", "−12m", "□□ and 😀"}, []rune("日本")},
	}
	for _, c := range cases {
		if c.name == "DejaVu Sans" {
			if _, err := os.Stat(dejavu); err != nil {
				t.Logf("skipped %s: %s is not installed", c.name, dejavu)
				continue
			}
		}
		var out bytes.Buffer
		blocks := []Block{{Kind: ParagraphBlock, Text: "Ελληνικά Кириллица −12m 日本 and 😀"}}
		if err := writePDF(&out, "A brief", blocks, c.dirs); err != nil {
			t.Fatal(err)
		}
		text := pdfText(t, out.Bytes())
		for _, s := range c.drawn {
			if !strings.Contains(text, s) {
				t.Errorf("%s: %q is not drawn; the PDF reads:\n%s", c.name, s, text)
			}
		}
		var codes []string
		for _, r := range c.absent {
			codes = append(codes, fmt.Sprintf("U+%04X", r))
		}
		want := fmt.Sprintf("No font on this computer has %d of the characters typed here (%s): each is shown as □.", len(c.absent), strings.Join(codes, ", "))
		if !strings.Contains(text, want) {
			t.Errorf("%s: the PDF does not say %q; it reads:\n%s", c.name, want, text)
		}
	}
}

// The PDF sets text and digits in one typeface, Noto Sans, the window's
// own: no slashed zero of the Go fonts among its text.
func TestThePDFSetsTextAndDigitsInNotoSans(t *testing.T) {
	var out bytes.Buffer
	blocks := []Block{
		{Kind: HeadingBlock, Text: "Time balance 2026"},
		{Kind: ParagraphBlock, Text: "20 days, 10 November to 30 November 2026, 1h 05m a day"},
		{Kind: TableBlock, Header: []string{"Dimension", "Actual a day"}, Rows: [][]string{{"People", "2h 07m"}}},
	}
	if err := writePDF(&out, "Coaching brief, 1 Nov to 30 Nov 2026", blocks, nil); err != nil {
		t.Fatal(err)
	}
	// Every cell fits its column whole.
	if text := pdfText(t, out.Bytes()); !strings.Contains(text, "DimensionActual a dayPeople2h 07m") {
		t.Errorf("the table reads %q", text)
	}
	var fonts []string
	for _, m := range regexp.MustCompile(`/BaseFont /(\S+)`).FindAllSubmatch(out.Bytes(), -1) {
		fonts = append(fonts, string(m[1]))
	}
	if len(fonts) == 0 {
		t.Fatal("no fonts in the PDF")
	}
	for _, f := range fonts {
		if !strings.HasPrefix(f, "noto-") {
			t.Errorf("the PDF uses the font %s besides Noto Sans: %q", f, fonts)
		}
	}
}
