package control

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// Swatch is a small rounded square of a dimension's colour.
func Swatch(c color.Color, side float32) *canvas.Rectangle {
	r := canvas.NewRectangle(c)
	r.CornerRadius = side / 4
	r.SetMinSize(fyne.NewSquareSize(side))
	return r
}
