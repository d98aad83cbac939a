package brief

import (
	"fmt"
	"os"
	"strings"
	"unicode"

	"github.com/signintech/gopdf"
	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"

	"daymark/assets"
)

// standIn is drawn for a character no font has: visible, where a blank
// would hide that something was typed there.
const standIn = '□'

// The styles of the PDF's text.
const (
	regular = "regular"
	bold    = "bold"
	italic  = "italic"
)

// pdfFace is one font the PDF may draw with.
type pdfFace struct {
	name  string // its name in the PDF
	ttf   []byte
	font  *sfnt.Font
	added bool // given to the PDF
}

func newFace(name string, ttf []byte) (*pdfFace, error) {
	f, err := sfnt.Parse(ttf)
	if err != nil {
		return nil, fmt.Errorf("the PDF font %s: %w", name, err)
	}
	return &pdfFace{name: name, ttf: ttf, font: f}, nil
}

func (f *pdfFace) has(r rune) bool {
	var buf sfnt.Buffer
	i, err := f.font.GlyphIndex(&buf, r)
	return err == nil && i != 0
}

// pdfFonts chooses, for each character of a brief, a font that has it: Noto
// Sans in the style asked for (the app's own typeface, for text and digits
// alike); the Go font of that style for the few symbols Noto Sans lacks,
// such as the minus sign; then a font of the system's (fontDirs). A
// character none of them has is drawn as □ and listed, so the PDF can say
// which characters could not be drawn.
type pdfFonts struct {
	pdf     *gopdf.GoPdf
	styles  map[string][]*pdfFace // Noto Sans, then Go, per style
	system  map[rune]*pdfFace     // characters only a system font has
	missing []rune                // characters no font has, in order of first use
	ascent  float64               // Noto Sans's ascent, per point of size
}

// newPDFFonts prepares the fonts for a PDF holding texts, looking in dirs
// for system fonts with the characters the built-in fonts lack.
func newPDFFonts(pdf *gopdf.GoPdf, texts []string, dirs []string) (*pdfFonts, error) {
	p := &pdfFonts{pdf: pdf, styles: map[string][]*pdfFace{}, system: map[rune]*pdfFace{}}
	for _, s := range []struct {
		style      string
		noto, gott []byte
	}{
		{regular, assets.NotoSansRegular, goregular.TTF},
		{bold, assets.NotoSansBold, gobold.TTF},
		{italic, assets.NotoSansItalic, goitalic.TTF},
	} {
		noto, err := newFace("noto-"+s.style, s.noto)
		if err != nil {
			return nil, err
		}
		gofont, err := newFace("go-"+s.style, s.gott)
		if err != nil {
			return nil, err
		}
		p.styles[s.style] = []*pdfFace{noto, gofont}
	}
	var buf sfnt.Buffer
	m, err := p.styles[regular][0].font.Metrics(&buf, fixed.I(1000), font.HintingNone)
	if err != nil {
		return nil, fmt.Errorf("the PDF font: %w", err)
	}
	p.ascent = float64(m.Ascent) / 64 / 1000

	var wanted []rune
	seen := map[rune]bool{}
	for _, t := range texts {
		for _, r := range t {
			if !seen[r] && drawn(r) && !p.builtIn(r) {
				wanted = append(wanted, r)
			}
			seen[r] = true
		}
	}
	if len(wanted) > 0 {
		for r, path := range findSystemFonts(dirs, wanted) {
			if p.system[r] == nil {
				p.system[r] = p.systemFace(path)
			}
		}
		for _, r := range wanted {
			if p.system[r] == nil {
				p.missing = append(p.missing, r)
			}
		}
	}
	return p, nil
}

// systemFace loads the font at path once for every character it gives.
func (p *pdfFonts) systemFace(path string) *pdfFace {
	for _, f := range p.system {
		if f != nil && f.name == "system-"+path {
			return f
		}
	}
	ttf, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	f, err := newFace("system-"+path, ttf)
	if err != nil {
		return nil
	}
	// A font the PDF cannot embed leaves its characters to the stand-in.
	trial := &gopdf.GoPdf{}
	trial.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4})
	if trial.AddTTFFontData("trial", ttf) != nil {
		return nil
	}
	return f
}

// builtIn reports whether a built-in font of any style has r.
func (p *pdfFonts) builtIn(r rune) bool {
	for _, f := range p.styles[regular] {
		if f.has(r) {
			return true
		}
	}
	return false
}

// drawn reports whether r is drawn at all: variation selectors and joiners
// only shape the characters around them.
func drawn(r rune) bool {
	return !unicode.IsControl(r) && !unicode.Is(unicode.Variation_Selector, r) && r != '\u200d' && r != '\u200c'
}

// pdfRun is a stretch of text drawn in one font.
type pdfRun struct {
	face *pdfFace
	text string
}

// runs cuts text into runs, each in the first font that has its
// characters, with □ for a character none has.
func (p *pdfFonts) runs(text, style string) []pdfRun {
	var out []pdfRun
	faces := p.styles[style]
	for _, r := range text {
		if !drawn(r) {
			continue
		}
		face := faces[0]
		switch {
		case unicode.IsSpace(r):
			r = ' '
			if n := len(out); n > 0 {
				face = out[n-1].face // a space takes the font of the text before it
			}
		case faces[0].has(r):
		case faces[1].has(r):
			face = faces[1]
		case p.system[r] != nil:
			face = p.system[r]
		default:
			face, r = faces[1], standIn
		}
		if n := len(out); n > 0 && out[n-1].face == face {
			out[n-1].text += string(r)
		} else {
			out = append(out, pdfRun{face: face, text: string(r)})
		}
	}
	return out
}

// use makes face the PDF's current font at size, giving it to the PDF the
// first time.
func (p *pdfFonts) use(face *pdfFace, size float64) error {
	if !face.added {
		if err := p.pdf.AddTTFFontData(face.name, face.ttf); err != nil {
			return fmt.Errorf("the PDF font %s: %w", face.name, err)
		}
		face.added = true
	}
	return p.pdf.SetFont(face.name, "", size)
}

// width measures text as draw draws it.
func (p *pdfFonts) width(text, style string, size float64) (float64, error) {
	return p.lay(text, style, size, 0, 0, false)
}

// draw writes text with its top at y, from x, and returns its width.
func (p *pdfFonts) draw(text, style string, size, x, y float64) (float64, error) {
	return p.lay(text, style, size, x, y, true)
}

// lay measures text run by run, writing each run when write is set.
func (p *pdfFonts) lay(text, style string, size, x, y float64, write bool) (float64, error) {
	start := x
	for _, run := range p.runs(text, style) {
		if err := p.use(run.face, size); err != nil {
			return 0, err
		}
		w, err := p.pdf.MeasureTextWidth(run.text)
		if err != nil {
			return 0, fmt.Errorf("laying out the PDF: %w", err)
		}
		if write {
			// On one baseline, whatever each font's own ascent.
			p.pdf.SetXY(x, y+p.ascent*size)
			if err := p.pdf.Text(run.text); err != nil {
				return 0, fmt.Errorf("writing the PDF: %w", err)
			}
		}
		x += w
	}
	return x - start, nil
}

// missingNote says which characters could not be drawn, or "".
func (p *pdfFonts) missingNote() string {
	if len(p.missing) == 0 {
		return ""
	}
	const shown = 12
	var codes []string
	for _, r := range p.missing[:min(len(p.missing), shown)] {
		codes = append(codes, fmt.Sprintf("U+%04X", r))
	}
	list := strings.Join(codes, ", ")
	if more := len(p.missing) - shown; more > 0 {
		list += fmt.Sprintf(" and %d more", more)
	}
	return fmt.Sprintf("No font on this computer has %s of the characters typed here (%s): each is shown as %c. brief.md keeps them as typed.",
		map[bool]string{true: "one", false: fmt.Sprint(len(p.missing))}[len(p.missing) == 1], list, standIn)
}
