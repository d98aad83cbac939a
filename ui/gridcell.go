package ui

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

// cellGrid is the cells of a grid of minutes, and where the cursor is.
type cellGrid struct {
	cells  [][]*gridCell    // by row, then column; nil where a cell cannot be typed in
	heads  []fyne.Focusable // above each column, if any
	at     [2]int           // the row and column last in focus
	onMove func()           // the cursor moved to another cell, if set
	canvas fyne.Canvas      // where the grid is shown, once focusCell has said
}

// gridCell is a field of minutes in a cellGrid.
type gridCell struct {
	durationEntry
	grid     *cellGrid
	row, col int
}

// newCell makes the cell of g at row and col.
func (g *cellGrid) newCell(row, col int, changed func()) *gridCell {
	c := &gridCell{grid: g, row: row, col: col}
	c.ExtendBaseWidget(c)
	c.AlwaysShowValidationError = true
	c.OnChanged = func(string) { changed() }
	return c
}

// FocusGained selects what the cell holds, so typing replaces it, and
// notes where the cursor is.
func (c *gridCell) FocusGained() {
	c.Entry.FocusGained()
	c.TypedShortcut(&fyne.ShortcutSelectAll{})
	revealFocused(c)
	if c.grid.at != [2]int{c.row, c.col} {
		c.grid.at = [2]int{c.row, c.col}
		if c.grid.onMove != nil {
			c.grid.onMove()
		}
	}
}

// TypedKey moves between cells on the arrow keys and Return.
func (c *gridCell) TypedKey(ev *fyne.KeyEvent) {
	switch ev.Name {
	case fyne.KeyUp:
		c.grid.step(c.row, c.col, -1, 0)
	case fyne.KeyDown, fyne.KeyReturn, fyne.KeyEnter:
		c.grid.step(c.row, c.col, 1, 0)
	case fyne.KeyLeft:
		c.grid.step(c.row, c.col, 0, -1)
	case fyne.KeyRight:
		c.grid.step(c.row, c.col, 0, 1)
	default:
		if !escapeFrom(c, ev) {
			c.Entry.TypedKey(ev)
		}
	}
}

// step moves the cursor from row and col by dr rows or dc columns, over
// the places without a cell, to the column's header above the first row.
func (g *cellGrid) step(row, col, dr, dc int) {
	for r, c := row+dr, col+dc; r >= 0 && r < len(g.cells) && c >= 0 && c < len(g.cells[r]); r, c = r+dr, c+dc {
		if cell := g.cells[r][c]; cell != nil {
			g.focus(cell)
			return
		}
	}
	if dr < 0 && col < len(g.heads) && g.heads[col] != nil {
		g.focus(g.heads[col])
	}
}

// fromHead moves the cursor from the header of col: Down to the
// column's first cell, Left and Right to the headers beside it.
func (g *cellGrid) fromHead(col int, key fyne.KeyName) bool {
	switch key {
	case fyne.KeyDown:
		g.step(-1, col, 1, 0)
	case fyne.KeyLeft:
		if col > 0 && g.heads[col-1] != nil {
			g.focus(g.heads[col-1])
		}
	case fyne.KeyRight:
		if col+1 < len(g.heads) && g.heads[col+1] != nil {
			g.focus(g.heads[col+1])
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
func (g *cellGrid) focus(f fyne.Focusable) {
	c := fyne.CurrentApp().Driver().CanvasForObject(f.(fyne.CanvasObject))
	if c == nil {
		c = g.canvas
	}
	if c != nil {
		c.Focus(f)
	}
}

// cell returns the cell at row and col, or the nearest one in that row
// (nil when the grid has none).
func (g *cellGrid) cell(row, col int) *gridCell {
	if len(g.cells) == 0 {
		return nil
	}
	row = max(0, min(row, len(g.cells)-1))
	for r := row; r < len(g.cells); r++ {
		if c := g.cells[r][max(0, min(col, len(g.cells[r])-1))]; c != nil {
			return c
		}
	}
	for r := row - 1; r >= 0; r-- {
		if c := g.cells[r][max(0, min(col, len(g.cells[r])-1))]; c != nil {
			return c
		}
	}
	return nil
}

// current returns the cell the cursor was last in.
func (g *cellGrid) current() *gridCell { return g.cell(g.at[0], g.at[1]) }

// gridHead is a column's header that takes the focus: Enter presses it,
// Down goes to the column's first cell, Left and Right to the headers
// beside it.
type gridHead struct {
	keyButton
	grid *cellGrid
	col  int
}

func newGridHead(g *cellGrid, col int, tapped func()) *gridHead {
	h := &gridHead{grid: g, col: col}
	h.OnTapped = tapped
	h.ExtendBaseWidget(h)
	return h
}

func (h *gridHead) TypedKey(ev *fyne.KeyEvent) {
	if !h.grid.fromHead(h.col, ev.Name) {
		h.keyButton.TypedKey(ev)
	}
}

// FocusGained scrolls the header into view.
func (h *gridHead) FocusGained() {
	h.Button.FocusGained()
	revealFocused(h)
}

// gridTable lays a grid out row by row: the first column at least first
// wide, each of the n columns after it at least cell wide, sharing the
// width there is up to most each, and the columns after them as wide as
// last says. Every row is as tall as its tallest object, so a name on two
// lines keeps its cells beside it. Objects come row by row, which is also
// the order of Tab.
type gridTable struct {
	first, cell, most float32
	n                 int
	last              []float32
}

func (t gridTable) columns() int { return 1 + t.n + len(t.last) }

// fixed is the width of the first and last columns, and of the padding.
func (t gridTable) fixed() float32 {
	w := t.first + theme.Padding()*float32(t.columns()-1)
	for _, l := range t.last {
		w += l
	}
	return w
}

func (t gridTable) widths(width float32) []float32 {
	spare := width - t.fixed() - float32(t.n)*t.cell
	cell := t.cell + max(0, min(spare/float32(t.n), t.most-t.cell))
	out := []float32{t.first}
	for range t.n {
		out = append(out, cell)
	}
	return append(out, t.last...)
}

func (t gridTable) heights(objects []fyne.CanvasObject) []float32 {
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

func (t gridTable) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for i, rh := range t.heights(objects) {
		if i > 0 {
			h += theme.Padding()
		}
		h += rh
	}
	return fyne.NewSize(t.fixed()+float32(t.n)*t.cell, h)
}

func (t gridTable) Layout(objects []fyne.CanvasObject, size fyne.Size) {
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

// caption is a small line under a cell: the actual time under the plan.
func caption(text string) *widget.Label {
	l := widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{})
	l.SizeName = theme.SizeNameCaptionText
	l.Importance = widget.LowImportance
	return l
}
