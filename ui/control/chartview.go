package control

import (
	"image"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/golang/freetype/truetype"

	"daymark/charts"
)

// drawFunc draws a chart at a size in device pixels.
type drawFunc func(w, h int, th charts.Theme) image.Image

// ChartView shows a chart drawn off the UI goroutine at the exact pixel size
// it has on screen, so it stays sharp at any scale. Requests that arrive
// while a drawing is under way are merged: only the latest is drawn.
type ChartView struct {
	widget.BaseWidget
	Img   *canvas.Image
	tasks *Tasks

	mu      sync.Mutex
	draw    drawFunc
	w, h    int
	th      charts.Theme
	busy    bool
	pending bool
}

func NewChartView(t *Tasks, min fyne.Size) *ChartView {
	// Until its first drawing the chart shows one clear pixel, not nothing:
	// an image shown after being hidden is not always drawn (Fyne 2.7,
	// fyne-io/fyne#4494), and a pixel costs the first frame no more.
	c := &ChartView{Img: canvas.NewImageFromImage(image.NewNRGBA(image.Rect(0, 0, 1, 1))), tasks: t}
	c.Img.FillMode = canvas.ImageFillContain
	c.Img.SetMinSize(min)
	c.ExtendBaseWidget(c)
	t.Charts = append(t.Charts, c)
	return c
}

func (c *ChartView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(c.Img)
}

// Resize redraws the chart for its new size.
func (c *ChartView) Resize(size fyne.Size) {
	if size == c.Size() {
		return
	}
	c.BaseWidget.Resize(size)
	c.Redraw()
}

// show replaces what the chart draws.
func (c *ChartView) Draw(draw drawFunc) {
	c.mu.Lock()
	c.draw = draw
	c.mu.Unlock()
	c.Redraw()
}

// Redraw asks for a new drawing at the current size and theme. Call it on
// the UI goroutine.
func (c *ChartView) Redraw() {
	scale := float32(1)
	if cv := fyne.CurrentApp().Driver().CanvasForObject(c); cv != nil {
		scale = cv.Scale()
	}
	size := c.Size()
	w, h := int(size.Width*scale), int(size.Height*scale)
	th := ChartTheme(scale)

	c.mu.Lock()
	defer c.mu.Unlock()
	if c.draw == nil || w < 1 || h < 1 {
		return
	}
	c.w, c.h, c.th = w, h, th
	if c.busy {
		c.pending = true
		return
	}
	c.busy = true
	c.tasks.Run(c.drawLoop, nil)
}

// drawLoop draws until no request is pending, handing each image to the UI.
func (c *ChartView) drawLoop() {
	for {
		c.mu.Lock()
		draw, w, h, th := c.draw, c.w, c.h, c.th
		c.pending = false
		c.mu.Unlock()

		th.Font = chartFont()
		img := draw(w, h, th)
		c.tasks.Show(func() { // one at a time with the window's other dones
			c.Img.Image = img
			c.Img.Refresh()
		})

		c.mu.Lock()
		if !c.pending {
			c.busy = false
			c.mu.Unlock()
			return
		}
		c.mu.Unlock()
	}
}

// chartFont is the app's own text font, so charts read like the rest of
// the window; nil (go-chart's Roboto) if it cannot be parsed.
var chartFont = sync.OnceValue(func() *truetype.Font {
	f, err := truetype.Parse(theme.TextFont().Content())
	if err != nil {
		fyne.LogError("charts fall back to their own font", err)
		return nil
	}
	return f
})

// ChartTheme returns the charts' theme for the app's current light or dark
// variant, on a transparent page so the window shows through. The font is
// left for the drawing goroutine to add (see ChartView.drawLoop): parsing
// it takes a few milliseconds that startup should not spend.
func ChartTheme(scale float32) charts.Theme {
	th := charts.Light()
	if Variant() == theme.VariantDark {
		th = charts.Dark()
	}
	th.Background = nil
	th.Scale = float64(scale)
	return th
}

// Variant returns the variant the window is drawn in: the theme's own
// choice where it makes one (the window's theme can hold light or dark
// whatever the system says), else the system's.
func Variant() fyne.ThemeVariant {
	s := fyne.CurrentApp().Settings()
	if t, ok := s.Theme().(variantChooser); ok {
		return t.Effective(s.ThemeVariant())
	}
	return s.ThemeVariant()
}

// variantChooser is a theme that chooses its variant itself.
type variantChooser interface {
	Effective(system fyne.ThemeVariant) fyne.ThemeVariant
}
