package app

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"

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
	pdf  *gopdf.GoPdf
	y    float64
	page int
}

// WritePDF writes a brief's blocks as an A4 PDF with the charts embedded,
// in black text so it prints well in black and white.
func WritePDF(w io.Writer, title string, blocks []Block) error {
	p := &pdfWriter{pdf: &gopdf.GoPdf{}}
	p.pdf.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	p.pdf.SetInfo(gopdf.PdfInfo{Title: title, Creator: "Daymark"})
	for name, ttf := range map[string][]byte{"regular": goregular.TTF, "bold": gobold.TTF, "italic": goitalic.TTF} {
		if err := p.pdf.AddTTFFontData(name, ttf); err != nil {
			return fmt.Errorf("the PDF font: %w", err)
		}
	}
	p.newPage()
	if err := p.text(title, "bold", 20, 26, 0); err != nil {
		return err
	}
	p.y += 6
	for _, b := range blocks {
		var err error
		switch b.Kind {
		case HeadingBlock:
			p.keep(70) // a heading stays with what follows it
			p.y += 10
			err = p.text(b.Text, "bold", 15, 20, 0)
			p.y += 2
		case ParagraphBlock:
			err = p.text(b.Text, "regular", 10.5, 14.5, 0)
			p.y += 4
		case BulletsBlock:
			for _, item := range b.Items {
				p.keep(15)
				p.font("regular", 10.5)
				p.pdf.SetXY(margin+4, p.y)
				p.pdf.Cell(nil, "•")
				if err = p.text(item, "regular", 10.5, 14.5, 16); err != nil {
					break
				}
				p.y += 2
			}
			p.y += 4
		case TableBlock:
			err = p.table(b.Header, b.Rows)
		case ChartBlock:
			err = p.chart(b.Figure, b.Caption)
		}
		if err != nil {
			return err
		}
	}
	return p.pdf.Write(w)
}

func (p *pdfWriter) newPage() {
	p.pdf.AddPage()
	p.page++
	p.y = margin
	p.font("regular", 8.5)
	p.pdf.SetTextColor(110, 110, 110)
	p.pdf.SetXY(margin, pageHeight-margin/2)
	p.pdf.Cell(nil, fmt.Sprintf("Daymark coaching brief · page %d", p.page))
	p.pdf.SetTextColor(0, 0, 0)
}

// keep starts a new page unless height fits on this one.
func (p *pdfWriter) keep(height float64) {
	if p.y+height > pageHeight-margin {
		p.newPage()
	}
}

func (p *pdfWriter) font(name string, size float64) {
	p.pdf.SetFont(name, "", size) // the fonts are added at the start; cannot fail
}

// text writes text wrapped to the text width (less indent), line by line.
func (p *pdfWriter) text(text, font string, size, leading, indent float64) error {
	p.font(font, size)
	for _, para := range strings.Split(text, "\n") {
		lines, err := p.pdf.SplitTextWithWordWrap(para, textWidth-indent)
		if err != nil {
			if para == "" {
				lines = []string{""}
			} else {
				return fmt.Errorf("laying out the PDF: %w", err)
			}
		}
		for _, line := range lines {
			p.keep(leading)
			p.pdf.SetXY(margin+indent, p.y)
			if err := p.pdf.Cell(nil, line); err != nil {
				return fmt.Errorf("writing the PDF: %w", err)
			}
			p.y += leading
		}
	}
	return nil
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
			p.font(map[bool]string{true: "bold", false: "regular"}[j == 0], size)
			w, err := p.pdf.MeasureTextWidth(r[i])
			if err != nil {
				return fmt.Errorf("laying out the PDF: %w", err)
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
	row := func(cells []string, font string) error {
		p.keep(16)
		p.font(font, size)
		x := margin
		for i, c := range cells {
			if i >= len(widths) {
				break
			}
			fitted, err := p.fit(c, widths[i]-gap)
			if err != nil {
				return err
			}
			p.pdf.SetXY(x, p.y+3)
			p.pdf.Cell(nil, fitted)
			x += widths[i]
		}
		p.y += 16
		p.pdf.SetLineWidth(0.4)
		p.pdf.SetStrokeColor(170, 170, 170)
		p.pdf.Line(margin, p.y, margin+textWidth, p.y)
		return nil
	}
	if err := row(header, "bold"); err != nil {
		return err
	}
	for _, r := range rows {
		if err := row(r, "regular"); err != nil {
			return err
		}
	}
	p.y += 8
	return nil
}

// fit shortens text with "…" until it fits width in the current font.
func (p *pdfWriter) fit(text string, width float64) (string, error) {
	runes := []rune(text)
	for len(runes) > 0 {
		s := string(runes)
		if len(runes) < len([]rune(text)) {
			s += "…"
		}
		w, err := p.pdf.MeasureTextWidth(s)
		if err != nil {
			return "", fmt.Errorf("laying out the PDF: %w", err)
		}
		if w <= width {
			return s, nil
		}
		runes = runes[:len(runes)-1]
	}
	return "", nil
}

// chart embeds a chart drawn for print, as wide as the text, with its caption.
func (p *pdfWriter) chart(f charts.Figure, caption string) error {
	const w, h = 2 * 700, 2 * 380
	height := textWidth * h / w
	p.keep(height + 24)
	img := charts.Image(f, w, h, printTheme())
	if err := p.pdf.ImageFrom(img, margin, p.y, &gopdf.Rect{W: textWidth, H: height}); err != nil {
		return fmt.Errorf("embedding a chart: %w", err)
	}
	p.y += height + 4
	if err := p.text(caption, "italic", 9, 12, 0); err != nil {
		return err
	}
	p.y += 8
	return nil
}
