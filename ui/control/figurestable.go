package control

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
)

// FiguresTable is the table of a range's figures, a row per dimension, and
// the line under it: the Balance screen's, and the weekly review's.
func FiguresTable(b app.Balance) []fyne.CanvasObject {
	head := func(text string) fyne.CanvasObject {
		l := widget.NewLabelWithStyle(text, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		if strings.Contains(text, " ") {
			l.Wrapping = fyne.TextWrapWord // "Off target" on two lines in a narrow window; a single word is never cut
		}
		return l
	}
	names := []fyne.CanvasObject{widget.NewLabelWithStyle("Per day", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})}
	columns := [][]fyne.CanvasObject{{head("Planned")}, {head("Actual")}, {head("Target")}, {head("Off target")}, {head("Plan kept")}}
	for _, r := range b.Rows {
		name := widget.NewLabel(r.Dimension.Name)
		name.Wrapping = fyne.TextWrapWord // two lines at most, as the figures beside it; never "…"
		if r.Focus {
			name.SetText("★ " + r.Dimension.Name)
			name.TextStyle.Bold = true
		}
		if r.Dimension.Archived {
			name.Importance = widget.LowImportance
		}
		names = append(names, container.NewBorder(nil, nil, container.NewCenter(Swatch(app.Colour(r.Dimension), 12)), nil, name))
		f := b.Figures(r)
		t := f.Texts()
		for i, cell := range []fyne.CanvasObject{figure(t.Planned, r.Planned), figure(t.Actual, r.Actual), targetFigure(f, t, r), deviation(f, t), planKept(t)} {
			columns[i] = append(columns[i], cell)
		}
	}
	// A column per figure, so the names take the room that is left.
	rows := layout.NewGridLayoutWithRows(len(names))
	figures := container.NewHBox()
	for _, col := range columns {
		figures.Add(WithWidth(64, container.New(rows, col...)))
	}
	return []fyne.CanvasObject{
		container.NewBorder(nil, nil, nil, figures, WithWidth(136, container.New(rows, names...))),
		Note(b.RangeLine(app.ShortDates) + ". Under each figure, the total for the range. ★ is the focus."),
	}
}

// figure shows a figure a day over the range's total.
func figure(perDay string, total int) fyne.CanvasObject {
	top := widget.NewLabelWithStyle(perDay, fyne.TextAlignTrailing, fyne.TextStyle{})
	bottom := widget.NewLabelWithStyle(app.FormatTotal(total), fyne.TextAlignTrailing, fyne.TextStyle{})
	bottom.Importance = widget.LowImportance
	return container.New(layout.NewCustomPaddedVBoxLayout(-12), top, bottom)
}

func targetFigure(f app.Figures, t app.FigureTexts, r app.BalanceRow) fyne.CanvasObject {
	if !f.HasTarget {
		return dash()
	}
	return figure(t.Target, r.Target)
}

// deviation shows minutes a day off target and the share, red below.
func deviation(f app.Figures, t app.FigureTexts) fyne.CanvasObject {
	if !f.HasOff {
		return dash()
	}
	top := widget.NewLabelWithStyle(t.Off, fyne.TextAlignTrailing, fyne.TextStyle{})
	bottom := widget.NewLabelWithStyle(t.OffShare, fyne.TextAlignTrailing, fyne.TextStyle{})
	if f.Off < 0 {
		top.Importance, bottom.Importance = widget.DangerImportance, widget.DangerImportance
	} else {
		top.Importance, bottom.Importance = widget.SuccessImportance, widget.SuccessImportance
	}
	return container.New(layout.NewCustomPaddedVBoxLayout(-12), top, bottom)
}

func planKept(t app.FigureTexts) fyne.CanvasObject {
	if t.Kept == "–" {
		return dash()
	}
	return widget.NewLabelWithStyle(t.Kept, fyne.TextAlignTrailing, fyne.TextStyle{})
}

func dash() fyne.CanvasObject {
	l := widget.NewLabelWithStyle("–", fyne.TextAlignTrailing, fyne.TextStyle{})
	l.Importance = widget.LowImportance
	return l
}
