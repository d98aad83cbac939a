package control

import (
	"image/color"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/data"
)

// RecordedDays says which days hold something in the database open in the
// window, for the date picker to mark; nil until a window opens one.
var RecordedDays *app.Planner

// ShowCalendar pops a month up under anchor, on the month of start, and
// calls picked with the day chosen. Today is ringed, the chosen day
// filled, and the days that hold something have a dot. By keyboard the
// arrows move a day or a week, Page Up and Page Down a month, Home and End
// go to the ends of the month, T to today, Return picks and Escape closes.
func ShowCalendar(anchor fyne.CanvasObject, start data.Date, picked func(data.Date)) {
	c := fyne.CurrentApp().Driver().CanvasForObject(anchor)
	if c == nil {
		return
	}
	var pop *widget.PopUp
	var forget func()
	hide := func() {
		pop.Hide()
		forget()
	}
	grid := newMonthGrid(start, func(d data.Date) {
		hide()
		picked(d)
	})
	title := widget.NewLabelWithStyle("", fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
	grid.moved = func() { title.SetText(grid.month.Format("January 2006")) }
	grid.moved()
	prev := NewKeyButton("", theme.NavigateBackIcon(), func() { grid.move(0, -1) })
	next := NewKeyButton("", theme.NavigateNextIcon(), func() { grid.move(0, 1) })
	prev.Importance, next.Importance = widget.LowImportance, widget.LowImportance
	key := widget.NewLabel("○ today    ● chosen    • has a record")
	key.Importance = widget.LowImportance
	key.Alignment = fyne.TextAlignCenter
	content := container.NewBorder(container.NewBorder(nil, nil, prev, next, title), key, nil, nil, grid)
	pop = widget.NewPopUp(content, c)
	pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(anchor)
	pop.ShowAtPosition(pos.Add(fyne.NewPos(0, anchor.Size().Height)))
	forget = Track(c, hide)
	c.Focus(grid)
}

// monthGrid is the days of a month, a week a row, to pick one from.
type monthGrid struct {
	widget.BaseWidget
	month    data.Date // its first day
	cursor   data.Date // where the keyboard is
	chosen   data.Date
	today    data.Date
	recorded map[data.Date]bool
	focused  bool
	picked   func(data.Date)
	moved    func() // after the month shown changes
}

func newMonthGrid(chosen data.Date, picked func(data.Date)) *monthGrid {
	g := &monthGrid{chosen: chosen, cursor: chosen, today: data.Today(), picked: picked}
	g.month = firstOfMonth(chosen)
	g.ExtendBaseWidget(g)
	g.loadRecorded()
	return g
}

func firstOfMonth(d data.Date) data.Date { return d.AddDays(1 - d.Time(time.UTC).Day()) }

func lastOfMonth(d data.Date) data.Date {
	t := d.Time(time.UTC)
	return data.NewDate(t.Year(), t.Month()+1, 0)
}

// first is the Monday on or before the month's first day: the grid's
// first cell.
func (g *monthGrid) first() data.Date {
	back := (int(g.month.Weekday()) + 6) % 7
	return g.month.AddDays(-back)
}

// move puts the cursor days and months on, showing its month.
func (g *monthGrid) move(days, months int) {
	c := g.cursor
	if months != 0 {
		t := c.Time(time.UTC)
		target := time.Date(t.Year(), t.Month()+time.Month(months), 1, 0, 0, 0, 0, time.UTC)
		last := target.AddDate(0, 1, -1).Day()
		c = data.NewDate(target.Year(), target.Month(), min(t.Day(), last))
	}
	c = c.AddDays(days)
	if c.Validate() != nil {
		return
	}
	g.cursor = c
	if month := firstOfMonth(c); month != g.month {
		g.month = month
		g.loadRecorded()
		if g.moved != nil {
			g.moved()
		}
	}
	g.Refresh()
}

// loadRecorded asks, off the UI goroutine, which days of the grid hold
// something.
func (g *monthGrid) loadRecorded() {
	planner := RecordedDays
	if planner == nil {
		return
	}
	from := g.first()
	go func() {
		got, err := planner.Recorded(BgContext(), from, from.AddDays(41))
		if err != nil {
			return // the marks are a help: without them the picker still picks
		}
		fyne.Do(func() {
			if g.first() == from {
				g.recorded = got
				g.Refresh()
			}
		})
	}()
}

// Tapped picks the day under the pointer.
func (g *monthGrid) Tapped(ev *fyne.PointEvent) {
	cell, head := g.cellSize()
	if ev.Position.Y < head {
		return
	}
	col := int(ev.Position.X / cell.Width)
	row := int((ev.Position.Y - head) / cell.Height)
	if col < 0 || col > 6 || row < 0 || row > 5 {
		return
	}
	g.picked(g.first().AddDays(row*7 + col))
}

// TypedKey moves the cursor, picks its day, or closes the picker.
func (g *monthGrid) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyLeft:
		g.move(-1, 0)
	case fyne.KeyRight:
		g.move(1, 0)
	case fyne.KeyUp:
		g.move(-7, 0)
	case fyne.KeyDown:
		g.move(7, 0)
	case fyne.KeyPageUp:
		g.move(0, -1)
	case fyne.KeyPageDown:
		g.move(0, 1)
	case fyne.KeyHome:
		g.move(1-g.cursor.Time(time.UTC).Day(), 0)
	case fyne.KeyEnd:
		g.move(lastOfMonth(g.cursor).DaysSince(g.cursor), 0)
	case fyne.KeyReturn, fyne.KeyEnter, fyne.KeySpace:
		g.picked(g.cursor)
	default:
		EscapeFrom(g, ev)
	}
}

// TypedRune goes to today on T.
func (g *monthGrid) TypedRune(r rune) {
	if r == 't' || r == 'T' {
		g.move(g.today.DaysSince(g.cursor), 0)
	}
}

func (g *monthGrid) FocusGained() { g.focused = true; g.Refresh() }
func (g *monthGrid) FocusLost()   { g.focused = false; g.Refresh() }

// cellSize is the size of a day's cell and the height of the weekday row.
func (g *monthGrid) cellSize() (fyne.Size, float32) {
	size := g.Size()
	head := g.Theme().Size(theme.SizeNameText) * 1.8
	return fyne.NewSize(size.Width/7, (size.Height-head)/6), head
}

func (g *monthGrid) CreateRenderer() fyne.WidgetRenderer {
	r := &monthGridRenderer{g: g}
	for i, name := range []string{"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"} {
		r.heads[i] = canvas.NewText(name, color.Black)
		r.heads[i].Alignment = fyne.TextAlignCenter
	}
	for i := range r.cells {
		r.cells[i] = canvas.NewCircle(color.Transparent)
		r.days[i] = canvas.NewText("", color.Black)
		r.days[i].Alignment = fyne.TextAlignCenter
		r.dots[i] = canvas.NewCircle(color.Transparent)
	}
	r.Refresh()
	return r
}

type monthGridRenderer struct {
	g     *monthGrid
	heads [7]*canvas.Text
	cells [42]*canvas.Circle // the chosen day's fill, today's ring, the cursor's ring
	days  [42]*canvas.Text
	dots  [42]*canvas.Circle // holds a record
}

func (r *monthGridRenderer) Objects() []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, h := range r.heads {
		out = append(out, h)
	}
	for i := range r.cells {
		out = append(out, r.cells[i], r.days[i], r.dots[i])
	}
	return out
}

func (r *monthGridRenderer) MinSize() fyne.Size {
	text := r.g.Theme().Size(theme.SizeNameText)
	side := text * 2.6
	return fyne.NewSize(side*7, side*6+text*1.8)
}

func (r *monthGridRenderer) Layout(size fyne.Size) {
	cell, head := r.g.cellSize()
	for i, h := range r.heads {
		h.Move(fyne.NewPos(float32(i)*cell.Width, 0))
		h.Resize(fyne.NewSize(cell.Width, head))
	}
	side := min(cell.Width, cell.Height) - 4
	dot := side / 7
	for i := range r.cells {
		x, y := float32(i%7)*cell.Width, head+float32(i/7)*cell.Height
		r.cells[i].Move(fyne.NewPos(x+(cell.Width-side)/2, y+(cell.Height-side)/2))
		r.cells[i].Resize(fyne.NewSquareSize(side))
		r.days[i].Move(fyne.NewPos(x, y))
		r.days[i].Resize(fyne.NewSize(cell.Width, cell.Height-dot))
		r.dots[i].Move(fyne.NewPos(x+cell.Width/2-dot/2, y+(cell.Height+side)/2-dot*2))
		r.dots[i].Resize(fyne.NewSquareSize(dot))
	}
}

func (r *monthGridRenderer) Refresh() {
	g, th := r.g, r.g.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	fg, muted := th.Color(theme.ColorNameForeground, v), th.Color(theme.ColorNameDisabled, v)
	primary, onPrimary := th.Color(theme.ColorNamePrimary, v), th.Color(theme.ColorNameForegroundOnPrimary, v)
	size := th.Size(theme.SizeNameText)
	for _, h := range r.heads {
		h.Color, h.TextSize = muted, size*0.85
	}
	first := g.first()
	for i := range r.cells {
		d := first.AddDays(i)
		cell, text, dot := r.cells[i], r.days[i], r.dots[i]
		text.Text = strconv.Itoa(d.Time(time.UTC).Day())
		text.TextSize = size
		text.TextStyle.Bold = d == g.today
		text.Color = fg
		if firstOfMonth(d) != g.month {
			text.Color = muted
		}
		cell.FillColor, cell.StrokeColor, cell.StrokeWidth = color.Transparent, color.Transparent, 0
		dot.FillColor = color.Transparent
		if g.recorded[d] {
			dot.FillColor = text.Color
		}
		switch {
		case d == g.chosen:
			cell.FillColor = primary
			text.Color = onPrimary
			if g.recorded[d] {
				dot.FillColor = onPrimary
			}
		case d == g.today:
			cell.StrokeColor, cell.StrokeWidth = fg, 1.5
		}
		if g.focused && d == g.cursor {
			cell.StrokeColor, cell.StrokeWidth = primary, 2.5
			if d == g.chosen {
				cell.StrokeColor = fg
			}
		}
		cell.Refresh()
		text.Refresh()
		dot.Refresh()
	}
	for _, h := range r.heads {
		h.Refresh()
	}
	r.Layout(g.Size())
}

func (r *monthGridRenderer) Destroy() {}
