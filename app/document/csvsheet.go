package document

import (
	"bufio"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A CSV writes rows for a spreadsheet (RFC 4180, CRLF between rows) so
// that what comes out is what went in: numbers are written bare and stay
// numbers (a feeling of −1 is -1, not text); text with a comma, a quote, a
// line break or a space at an end is in double quotes, a quote doubled,
// every other character kept as it is (a lone carriage return inside a
// note included); and only text a spreadsheet would run as a formula gets
// a ' in front.
type CSV struct {
	w   *bufio.Writer
	err error
}

// A CSVCell is one cell of a row: text, or a number.
type CSVCell struct {
	text   string
	number bool
}

// NewCSV returns a CSV writing to w; Flush sends what is left.
func NewCSV(w io.Writer) *CSV { return &CSV{w: bufio.NewWriter(w)} }

// TextCell is a cell of text.
func TextCell(s string) CSVCell { return CSVCell{text: s} }

// NumberCell is a cell holding a whole number.
func NumberCell(n int) CSVCell { return CSVCell{text: strconv.Itoa(n), number: true} }

// OptionalNumberCell is a cell holding a number, or nothing when n is nil.
func OptionalNumberCell(n *int) CSVCell {
	if n == nil {
		return CSVCell{number: true}
	}
	return NumberCell(*n)
}

// TextCells is a row of text cells, such as a header.
func TextCells(texts ...string) []CSVCell {
	cells := make([]CSVCell, len(texts))
	for i, t := range texts {
		cells[i] = TextCell(t)
	}
	return cells
}

// Row writes one row. An error stays, and is Flush's to return.
func (c *CSV) Row(cells ...CSVCell) {
	if c.err != nil {
		return
	}
	var b strings.Builder
	for i, cell := range cells {
		if i > 0 {
			b.WriteByte(',')
		}
		if cell.number {
			b.WriteString(cell.text)
			continue
		}
		text := neutral(cell.text)
		if !needsQuotes(text) {
			b.WriteString(text)
			continue
		}
		b.WriteByte('"')
		b.WriteString(strings.ReplaceAll(text, `"`, `""`))
		b.WriteByte('"')
	}
	b.WriteString("\r\n")
	_, c.err = c.w.WriteString(b.String())
}

// Flush writes what is buffered and returns the first error met.
func (c *CSV) Flush() error {
	if c.err != nil {
		return c.err
	}
	return c.w.Flush()
}

// needsQuotes reports whether text must be quoted to read back as it is.
func needsQuotes(text string) bool {
	return strings.ContainsAny(text, ",\"\r\n") || strings.TrimSpace(text) != text
}

// plainNumber matches text a spreadsheet reads as a number, not a formula.
var plainNumber = regexp.MustCompile(`^[+-]?[0-9]+(\.[0-9]+)?$`)

// neutral puts a ' before text a spreadsheet would run as a formula: one
// that starts with =, +, -, @ (or their full-width forms), a tab or a
// carriage return, unless it is only a number.
func neutral(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	switch r {
	case '=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠':
		if !plainNumber.MatchString(s) {
			return "'" + s
		}
	}
	return s
}
