package control

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// RowTable lays columns out side by side, each a container of its own so
// that Tab goes down one column before the next, with rows that line up
// across them: each row as tall as its tallest cell in any column, so a
// row that holds two lines (a long name, or where a dimension's time came
// from) grows alone. Height to spare is shared out evenly.
type RowTable struct{ columns []*fyne.Container }

// Column adds a column of cells, one per row.
func (t *RowTable) Column(cells ...fyne.CanvasObject) *fyne.Container {
	c := container.New(tableColumn{t}, cells...)
	t.columns = append(t.columns, c)
	return c
}

// heights returns the height each row needs.
func (t *RowTable) heights() []float32 {
	var h []float32
	for _, c := range t.columns {
		for i, o := range c.Objects {
			for len(h) <= i {
				h = append(h, 0)
			}
			if o.Visible() {
				h[i] = max(h[i], o.MinSize().Height)
			}
		}
	}
	return h
}

type tableColumn struct{ t *RowTable }

func (c tableColumn) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var w float32
	for _, o := range objects {
		if o.Visible() {
			w = max(w, o.MinSize().Width)
		}
	}
	h := c.t.heights()
	total := theme.Padding() * float32(max(len(h)-1, 0))
	for _, x := range h {
		total += x
	}
	return fyne.NewSize(w, total)
}

func (c tableColumn) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	h := c.t.heights()
	pad := theme.Padding()
	spare := size.Height - c.MinSize(objects).Height
	extra := float32(0)
	if len(h) > 0 && spare > 0 {
		extra = spare / float32(len(h))
	}
	y := float32(0)
	for i, o := range objects {
		if i >= len(h) {
			break
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h[i]+extra))
		y += h[i] + extra + pad
	}
}
