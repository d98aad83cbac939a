package brief

import (
	"fmt"
	"io"
	"math"
	"strings"
	"unicode"

	"github.com/signintech/gopdf"

	"daymark/charts"
)

// The PDF brief's page: A4 in points, with margins.
const (
	pageWidth  = 595.28
	pageHeight = 841.89
	margin     = 56.0
	textWidth  = pageWidth - 2*margin
)

// pdfWriter lays blocks out on A4 pages, top to bottom, breaking pages
// where a line or a chart would not fit.
type pdfWriter struct {
	pdf   *gopdf.GoPdf
	fonts *pdfFonts
	y     float64
	page  int
}

// WritePDF writes a brief's blocks as an A4 PDF with the charts embedded,
// in black text so it prints well in black and white. Characters the
// brief's typeface lacks are drawn from the system's fonts where one has
// them; the PDF says which, if any, no font could draw.
func WritePDF(w io.Writer, title string, blocks []Block) error {
	return writePDF(w, title, blocks, fontDirs())
}

// writePDF is WritePDF looking for system fonts in dirs.
func writePDF(w io.Writer, title string, blocks []Block, dirs []string) error {
	p := &pdfWriter{pdf: &gopdf.GoPdf{}}
	p.pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	p.pdf.SetInfo(gopdf.PdfInfo{Title: title, Creator: "Daymark"})
	texts := []string{title}
	for _, b := range blocks {
		texts = append(append(append(texts, b.Text), b.Items...), b.Header...)
		for _, r := range b.Rows {
			texts = append(texts, r...)
		}
	}
	var err error
	if p.fonts, err = newPDFFonts(p.pdf, texts, dirs); err != nil {
		return err
	}
	if err := p.newPage(); err != nil {
		return err
	}
	if err := p.text(title, bold, 20, 26, 0); err != nil {
		return err
	}
	if note := p.fonts.missingNote(); note != "" {
		p.pdf.SetTextColor(110, 110, 110)
		err := p.text(note, italic, 9, 12, 0)
		p.pdf.SetTextColor(0, 0, 0)
		if err != nil {
			return err
		}
	}
	p.y += 6
	for _, b := range blocks {
		if err := p.block(b); err != nil {
			return err
		}
	}
	return p.pdf.Write(w)
}

// block writes one block of the brief where the page has got to.
func (p *pdfWriter) block(b Block) error {
	var err error
	switch b.Kind {
	case HeadingBlock:
		if err = p.keep(70); err != nil { // a heading stays with what follows it
			break
		}
		p.y += 10
		err = p.text(b.Text, bold, 15, 20, 0)
		p.y += 2
	case ParagraphBlock:
		err = p.text(b.Text, regular, 10.5, 14.5, 0)
		p.y += 4
	case BulletsBlock:
		for _, item := range b.Items {
			if err = p.keep(15); err != nil {
				break
			}
			if _, err = p.fonts.draw("•", regular, 10.5, margin+4, p.y); err != nil {
				break
			}
			if err = p.text(item, regular, 10.5, 14.5, 16); err != nil {
				break
			}
			p.y += 2
		}
		p.y += 4
	case TableBlock:
		err = p.table(b.Header, b.Rows)
	case ChartBlock:
		err = p.chart(b.Figure)
	}
	return err
}

func (p *pdfWriter) newPage() error {
	p.pdf.AddPage()
	p.page++
	p.y = margin
	p.pdf.SetTextColor(110, 110, 110)
	_, err := p.fonts.draw(fmt.Sprintf("Daymark coaching brief · page %d", p.page), regular, 8.5, margin, pageHeight-margin/2)
	p.pdf.SetTextColor(0, 0, 0)
	return err
}

// keep starts a new page unless height fits on this one.
func (p *pdfWriter) keep(height float64) error {
	if p.y+height > pageHeight-margin {
		return p.newPage()
	}
	return nil
}

// text writes text wrapped to the text width (less indent), line by line.
func (p *pdfWriter) text(text, style string, size, leading, indent float64) error {
	for _, para := range strings.Split(text, "\n") {
		lines, err := p.wrap(para, style, size, textWidth-indent)
		if err != nil {
			return err
		}
		for _, line := range lines {
			if err := p.keep(leading); err != nil {
				return err
			}
			if _, err := p.fonts.draw(line, style, size, margin+indent, p.y); err != nil {
				return err
			}
			p.y += leading
		}
	}
	return nil
}

// wrap breaks text into lines no wider than width: at spaces, between the
// characters of scripts written without spaces, and inside a word too long
// for a line of its own.
func (p *pdfWriter) wrap(text, style string, size, width float64) ([]string, error) {
	lines := []string{}
	line := ""
	for _, tok := range tokens(text) {
		w, err := p.fonts.width(strings.TrimSpace(line+tok), style, size)
		if err != nil {
			return nil, err
		}
		if w <= width+0.01 {
			line += tok
			continue
		}
		if strings.TrimSpace(line) != "" {
			lines = append(lines, strings.TrimSpace(line))
		}
		line = strings.TrimLeft(tok, " ")
		// A word wider than a line is cut where it must be.
		for {
			w, err := p.fonts.width(strings.TrimSpace(line), style, size)
			if err != nil {
				return nil, err
			}
			if w <= width+0.01 {
				break
			}
			head, err := p.fit(line, style, size, width, false)
			if err != nil {
				return nil, err
			}
			if head == "" {
				head = string([]rune(line)[:1])
			}
			lines = append(lines, head)
			line = line[len(head):]
		}
	}
	if t := strings.TrimSpace(line); t != "" || len(lines) == 0 {
		lines = append(lines, t)
	}
	return lines, nil
}

// tokens cuts text into the pieces a line may break after: words with the
// spaces after them, and single characters of scripts written without
// spaces (Chinese, Japanese).
func tokens(text string) []string {
	var out []string
	var cur strings.Builder
	space := false
	for _, r := range strings.ReplaceAll(text, "\t", " ") {
		ideograph := unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana)
		if !unicode.IsSpace(r) && (space || ideograph) && cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
		cur.WriteRune(r)
		space = unicode.IsSpace(r) || ideograph
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// table writes rows under a bold header, with rules between rows. Each
// column is as wide as its widest cell; when they do not all fit, the
// first column (the names) gives up the room and its cells are shortened.
func (p *pdfWriter) table(header []string, rows [][]string) error {
	if len(header) == 0 {
		return nil
	}
	const size, gap = 9.0, 10.0
	widths := make([]float64, len(header))
	for i := range header {
		for j, r := range append([][]string{header}, rows...) {
			if i >= len(r) {
				continue
			}
			w, err := p.fonts.width(r[i], map[bool]string{true: bold, false: regular}[j == 0], size)
			if err != nil {
				return err
			}
			widths[i] = max(widths[i], w+gap)
		}
	}
	rest := 0.0
	for _, w := range widths[1:] {
		rest += w
	}
	widths[0] = max(textWidth*0.2, min(widths[0], textWidth-rest))
	if spare := textWidth - widths[0] - rest; spare > 0 {
		widths[0] += spare // the names take what is left, so the table spans the page
	}
	row := func(cells []string, style string) error {
		if err := p.keep(16); err != nil {
			return err
		}
		x := margin
		for i, c := range cells {
			if i >= len(widths) {
				break
			}
			fitted, err := p.fit(strings.Join(strings.Fields(c), " "), style, size, widths[i]-gap, true)
			if err != nil {
				return err
			}
			if _, err := p.fonts.draw(fitted, style, size, x, p.y+3); err != nil {
				return err
			}
			x += widths[i]
		}
		p.y += 16
		p.pdf.SetLineWidth(0.4)
		p.pdf.SetStrokeColor(170, 170, 170)
		p.pdf.Line(margin, p.y, margin+textWidth, p.y)
		return nil
	}
	if err := row(header, bold); err != nil {
		return err
	}
	for _, r := range rows {
		if err := row(r, regular); err != nil {
			return err
		}
	}
	p.y += 8
	return nil
}

// fit returns the longest start of text that fits width, with "…" after it
// when ellipsis is set and text was shortened; all of text when it fits.
func (p *pdfWriter) fit(text, style string, size, width float64, ellipsis bool) (string, error) {
	runes := []rune(text)
	cut := func(n int) string {
		if n < len(runes) && ellipsis {
			return string(runes[:n]) + "…"
		}
		return string(runes[:n])
	}
	if w, err := p.fonts.width(text, style, size); err != nil || w <= width+0.01 {
		return text, err
	}
	// The widest start that fits, by halving: widths grow with length.
	lo, hi := 0, len(runes)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		w, err := p.fonts.width(cut(mid), style, size)
		if err != nil {
			return "", err
		}
		if w <= width+0.01 { // a hundredth of a point for the sums' rounding
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	if lo == 0 {
		return "", nil
	}
	return cut(lo), nil
}

// chart embeds a chart drawn for print, as wide as the text. A chart that
// does not fit what is left of a page is drawn shorter to fill it, down to
// half its height, before it moves to the next page.
func (p *pdfWriter) chart(f charts.Figure) error {
	const w, h = 2 * 700, 2 * 350
	natural := textWidth * h / w
	height := natural
	if room := pageHeight - margin - p.y; room < natural {
		if room >= natural*0.5 {
			height = room
		} else if err := p.newPage(); err != nil {
			return err
		}
	}
	img := charts.Image(f, w, int(math.Round(height*w/textWidth)), printTheme())
	if err := p.pdf.ImageFrom(img, margin, p.y, &gopdf.Rect{W: textWidth, H: height}); err != nil {
		return fmt.Errorf("embedding a chart: %w", err)
	}
	p.y += height + 12
	return nil
}
