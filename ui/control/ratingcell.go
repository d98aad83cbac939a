package control

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// RatingCell is one cell of the alignment matrix: blank (unrelated) or a
// rating from −2 to +2. By mouse, a click steps through the ratings and a
// right click steps back; by keyboard, + and − step, 0, 1 and 2 set, and
// Delete makes the pair unrelated again.
type RatingCell struct {
	widget.BaseWidget
	Rating  int
	Rated   bool
	focused bool
	changed func(rating int, rated bool) // after the person changes it
	focus   func()                       // when it takes the keyboard focus
}

// cycle is the order a click steps through: unrelated, then best to worst.
var cycle = []struct {
	rating int
	rated  bool
}{{0, false}, {1, true}, {2, true}, {-2, true}, {-1, true}, {0, true}}

func NewRatingCell(changed func(int, bool), focus func()) *RatingCell {
	c := &RatingCell{changed: changed, focus: focus}
	c.ExtendBaseWidget(c)
	return c
}

func (c *RatingCell) Set(rating int, rated bool) {
	c.Rating, c.Rated = rating, rated
	c.Refresh()
}

func (c *RatingCell) change(rating int, rated bool) {
	if rating < -2 || rating > 2 || (rating == c.Rating && rated == c.Rated) {
		return
	}
	c.Set(rating, rated)
	c.changed(rating, rated)
}

// step moves through the cycle, forwards or back.
func (c *RatingCell) step(by int) {
	at := 0
	for i, s := range cycle {
		if s.rated == c.Rated && (!s.rated || s.rating == c.Rating) {
			at = i
		}
	}
	next := cycle[(at+by+len(cycle))%len(cycle)]
	c.change(next.rating, next.rated)
}

// Tapped steps forward.
func (c *RatingCell) Tapped(*fyne.PointEvent) {
	if canvas := fyne.CurrentApp().Driver().CanvasForObject(c); canvas != nil {
		canvas.Focus(c)
	}
	c.step(1)
}

// TappedSecondary steps back.
func (c *RatingCell) TappedSecondary(*fyne.PointEvent) { c.step(-1) }

// FocusGained shows the focus and says which pair this is.
func (c *RatingCell) FocusGained() {
	c.focused = true
	c.Refresh()
	if c.focus != nil {
		c.focus()
	}
}

// FocusLost hides the focus.
func (c *RatingCell) FocusLost() {
	c.focused = false
	c.Refresh()
}

// TypedRune sets or steps the rating.
func (c *RatingCell) TypedRune(r rune) {
	switch r {
	case '+', '=':
		if !c.Rated {
			c.change(1, true)
		} else {
			c.change(c.Rating+1, true)
		}
	case '-', '−':
		if !c.Rated {
			c.change(-1, true)
		} else {
			c.change(c.Rating-1, true)
		}
	case '0', '1', '2':
		c.change(int(r-'0'), true)
	case ' ':
		c.step(1)
	}
}

// TypedKey clears the rating with Delete or Backspace.
func (c *RatingCell) TypedKey(k *fyne.KeyEvent) {
	switch k.Name {
	case fyne.KeyDelete, fyne.KeyBackspace:
		c.change(0, false)
	case fyne.KeyUp, fyne.KeyRight:
		c.TypedRune('+')
	case fyne.KeyDown, fyne.KeyLeft:
		c.TypedRune('-')
	}
}

// RatingText writes a rating as the cell shows it.
func RatingText(rating int, rated bool) string {
	switch {
	case !rated:
		return "·"
	case rating > 0:
		return "+" + string(rune('0'+rating))
	case rating < 0:
		return "−" + string(rune('0'-rating))
	}
	return "0"
}

// RatingWords says what a rating means.
func RatingWords(rating int, rated bool) string {
	if !rated {
		return "unrelated"
	}
	return map[int]string{-2: "in conflict", -1: "at odds", 0: "neutral", 1: "aligned", 2: "strongly aligned"}[rating]
}

// ratingColour tints a cell: greens for alignment, reds for conflict.
func ratingColour(rating int, rated bool) color.Color {
	if !rated {
		return color.Transparent
	}
	return map[int]color.Color{
		-2: color.NRGBA{0xDC, 0x26, 0x26, 0xC0},
		-1: color.NRGBA{0xF9, 0x73, 0x16, 0x90},
		0:  color.NRGBA{0x9C, 0xA3, 0xAF, 0x50},
		1:  color.NRGBA{0x22, 0xC5, 0x5E, 0x70},
		2:  color.NRGBA{0x15, 0x80, 0x3D, 0xC0},
	}[rating]
}

func (c *RatingCell) CreateRenderer() fyne.WidgetRenderer {
	bg := canvas.NewRectangle(color.Transparent)
	bg.CornerRadius = theme.InputRadiusSize()
	bg.StrokeWidth = 2
	text := canvas.NewText("", theme.Color(theme.ColorNameForeground))
	text.Alignment = fyne.TextAlignCenter
	text.TextStyle.Bold = true
	r := &ratingRenderer{cell: c, bg: bg, text: text}
	r.Refresh()
	return r
}

type ratingRenderer struct {
	cell *RatingCell
	bg   *canvas.Rectangle
	text *canvas.Text
}

func (r *ratingRenderer) Layout(size fyne.Size) {
	inset := fyne.NewSquareOffsetPos(2)
	r.bg.Move(inset)
	r.bg.Resize(size.Subtract(fyne.NewSquareSize(4)))
	h := r.text.MinSize().Height
	r.text.Resize(fyne.NewSize(size.Width, h))
	r.text.Move(fyne.NewPos(0, (size.Height-h)/2))
}

func (r *ratingRenderer) MinSize() fyne.Size { return fyne.NewSize(56, 34) }

func (r *ratingRenderer) Refresh() {
	c := r.cell
	r.bg.FillColor = ratingColour(c.Rating, c.Rated)
	r.bg.StrokeColor, r.bg.StrokeWidth = color.Transparent, 0
	if c.focused {
		r.bg.StrokeColor, r.bg.StrokeWidth = theme.Color(theme.ColorNamePrimary), 2
	} else if !c.Rated {
		r.bg.StrokeColor, r.bg.StrokeWidth = theme.Color(theme.ColorNameInputBorder), 1
	}
	r.text.Text = RatingText(c.Rating, c.Rated)
	r.text.Color = theme.Color(theme.ColorNameForeground)
	r.bg.Refresh()
	r.text.Refresh()
}

func (r *ratingRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.bg, r.text} }
func (r *ratingRenderer) Destroy()                     {}
