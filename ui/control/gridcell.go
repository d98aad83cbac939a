package control

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// A grid of minutes, as in a spreadsheet: the week's plan and the ideal
// week. The arrow keys move from cell to cell (Up from the first row
// reaches the column's header, when it has one that takes the focus),
// Return moves down, and arriving in a cell selects what it holds, so
// typing replaces it.

// CellGrid is the cells of a grid of minutes, and where the cursor is.
type CellGrid struct {
	Cells  [][]*GridCell    // by row, then column; nil where a cell cannot be typed in
	Heads  []fyne.Focusable // above each column, if any
	At     [2]int           // the row and column last in focus
	OnMove func()           // the cursor moved to another cell, if set
	Canvas fyne.Canvas      // where the grid is shown, once focusCell has said
}

// GridCell is a field of minutes in a CellGrid.
type GridCell struct {
	DurationEntry
	Grid     *CellGrid
	Row, Col int
}

// NewCell makes the cell of g at row and col.
func (g *CellGrid) NewCell(row, col int, changed func()) *GridCell {
	c := &GridCell{Grid: g, Row: row, Col: col}
	c.ExtendBaseWidget(c)
	c.AlwaysShowValidationError = true
	c.OnChanged = func(string) { changed() }
	return c
}

// FocusGained selects what the cell holds, so typing replaces it, and
// notes where the cursor is.
func (c *GridCell) FocusGained() {
	c.Entry.FocusGained()
	c.TypedShortcut(&fyne.ShortcutSelectAll{})
	revealFocused(c)
	if c.Grid.At != [2]int{c.Row, c.Col} {
		c.Grid.At = [2]int{c.Row, c.Col}
		if c.Grid.OnMove != nil {
			c.Grid.OnMove()
		}
	}
}

// TypedKey moves between cells on the arrow keys and Return.
func (c *GridCell) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp:
		c.Grid.step(c.Row, c.Col, -1, 0)
	case fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		c.Grid.step(c.Row, c.Col, 1, 0)
	case fyne.KeyLeft:
		c.Grid.step(c.Row, c.Col, 0, -1)
	case fyne.KeyRight:
		c.Grid.step(c.Row, c.Col, 0, 1)
	default:
		if !EscapeFrom(c, ev) {
			c.Entry.TypedKey(ev)
		}
	}
}

// step moves the cursor from row and col by dr rows or dc columns, over
// the places without a cell, to the column's header above the first row.
func (g *CellGrid) step(row, col, dr, dc int) {
	for r, c := row+dr, col+dc; r >= 0 && r < len(g.Cells) && c >= 0 && c < len(g.Cells[r]); r, c = r+dr, c+dc {
		if cell := g.Cells[r][c]; cell != nil {
			g.focus(cell)
			return
		}
	}
	if dr < 0 && col < len(g.Heads) && g.Heads[col] != nil {
		g.focus(g.Heads[col])
	}
}

// fromHead moves the cursor from the header of col: Down to the
// column's first cell, Left and Right to the headers beside it.
func (g *CellGrid) fromHead(col int, key fyne.KeyName) bool {
	switch key {
	case fyne.KeyDown:
		g.step(-1, col, 1, 0)
	case fyne.KeyLeft:
		if col > 0 && g.Heads[col-1] != nil {
			g.focus(g.Heads[col-1])
		}
	case fyne.KeyRight:
		if col+1 < len(g.Heads) && g.Heads[col+1] != nil {
			g.focus(g.Heads[col+1])
		}
	default:
		return false
	}
	return true
}

// focus moves the cursor to f. A grid just made is not yet known to the
// driver until it is drawn: keys held while the screen was made, and handed
// to it at once (keyhold.go), still move in it through the canvas it was
// shown on.
func (g *CellGrid) focus(f fyne.Focusable) {
	c := fyne.CurrentApp().Driver().CanvasForObject(f.(fyne.CanvasObject))
	if c == nil {
		c = g.Canvas
	}
	if c != nil {
		c.Focus(f)
	}
}

// Cell returns the cell at row and col, or the nearest one in that row
// (nil when the grid has none).
func (g *CellGrid) Cell(row, col int) *GridCell {
	if len(g.Cells) == 0 {
		return nil
	}
	row = max(0, min(row, len(g.Cells)-1))
	for r := row; r < len(g.Cells); r++ {
		if c := g.Cells[r][max(0, min(col, len(g.Cells[r])-1))]; c != nil {
			return c
		}
	}
	for r := row - 1; r >= 0; r-- {
		if c := g.Cells[r][max(0, min(col, len(g.Cells[r])-1))]; c != nil {
			return c
		}
	}
	return nil
}

// Current returns the cell the cursor was last in.
func (g *CellGrid) Current() *GridCell { return g.Cell(g.At[0], g.At[1]) }

// gridHead is a column's header that takes the focus: Enter presses it,
// Down goes to the column's first cell, Left and Right to the headers
// beside it.
type gridHead struct {
	KeyButton
	grid *CellGrid
	col  int
}

func NewGridHead(g *CellGrid, col int, tapped func()) *gridHead {
	h := &gridHead{grid: g, col: col}
	h.OnTapped = tapped
	h.ExtendBaseWidget(h)
	return h
}

func (h *gridHead) TypedKey(ev *fyne.KeyEvent) {
	if !h.grid.fromHead(h.col, ev.Name) {
		h.KeyButton.TypedKey(ev)
	}
}

// FocusGained scrolls the header into view.
func (h *gridHead) FocusGained() {
	h.Button.FocusGained()
	revealFocused(h)
}

// GridTable lays a grid out row by row: the first column at least first
// wide, each of the n columns after it at least cell wide, sharing the
// width there is up to most each, and the columns after them as wide as
// last says. Every row is as tall as its tallest object, so a name on two
// lines keeps its cells beside it. Objects come row by row, which is also
// the order of Tab.
type GridTable struct {
	First, Cell, Most float32
	N                 int
	Last              []float32
}

func (t GridTable) columns() int { return 1 + t.N + len(t.Last) }

// fixed is the width of the first and last columns, and of the padding.
func (t GridTable) fixed() float32 {
	w := t.First + theme.Padding()*float32(t.columns()-1)
	for _, l := range t.Last {
		w += l
	}
	return w
}

func (t GridTable) widths(width float32) []float32 {
	spare := width - t.fixed() - float32(t.N)*t.Cell
	cell := t.Cell + max(0, min(spare/float32(t.N), t.Most-t.Cell))
	out := []float32{t.First}
	for range t.N {
		out = append(out, cell)
	}
	return append(out, t.Last...)
}

func (t GridTable) heights(objects []fyne.CanvasObject) []float32 {
	cols := t.columns()
	var out []float32
	for i := 0; i < len(objects); i += cols {
		h := float32(0)
		for _, o := range objects[i:min(i+cols, len(objects))] {
			if o.Visible() {
				h = max(h, o.MinSize().Height)
			}
		}
		out = append(out, h)
	}
	return out
}

func (t GridTable) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for i, rh := range t.heights(objects) {
		if i > 0 {
			h += theme.Padding()
		}
		h += rh
	}
	return fyne.NewSize(t.fixed()+float32(t.N)*t.Cell, h)
}

func (t GridTable) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	widths, heights := t.widths(size.Width), t.heights(objects)
	cols := t.columns()
	y := float32(0)
	for row, h := range heights {
		x := float32(0)
		for col := range cols {
			i := row*cols + col
			if i >= len(objects) {
				return
			}
			objects[i].Move(fyne.NewPos(x, y))
			objects[i].Resize(fyne.NewSize(widths[col], h))
			x += widths[col] + pad
		}
		y += h + pad
	}
}

// Caption is a small line under a cell: the actual time under the plan.
func Caption(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{})
	l.SizeName = theme.SizeNameCaptionText
	l.Importance = widget.LowImportance
	return l
}
