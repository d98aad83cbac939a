package timeimportdialog

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app/timeimport"
)

// The compact list, under the preview's summary, of what reading a
// calendar or a tracker's export skipped or mended: a few rows high and
// scrolling, one sentence a row, so that a file with hundreds of broken
// lines names each of them without pushing the preview out of the dialog.

// problemRows is how many rows the list shows at most; its scroll bar
// and shadow say there is more.
const problemRows = 3

// problemList shows a reading's problems; it is hidden when there are none.
type problemList struct {
	rows    []problemRow
	List    *widget.List
	height  *fixedHeight
	Content *fyne.Container
}

// A problemRow is a problem's sentence, and whether something was left out.
type problemRow struct {
	text    string
	skipped bool
}

func newProblemList() *problemList {
	p := &problemList{}
	p.List = widget.NewList(
		func() int { return len(p.rows) },
		func() fyne.CanvasObject {
			l := widget.NewLabel("line 13: 'X-APPLE-RADIUS=49.9…' is not a calendar line; skipped")
			l.Truncation = fyne.TextTruncateEllipsis
			return container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, l)
		},
		func(i widget.ListItemID, o fyne.CanvasObject) {
			if i >= len(p.rows) {
				return
			}
			row := o.(*fyne.Container)
			row.Objects[0].(*widget.Label).SetText(p.rows[i].text)
			icon := theme.InfoIcon()
			if p.rows[i].skipped {
				icon = theme.WarningIcon()
			}
			row.Objects[1].(*widget.Icon).SetResource(icon)
		})
	// A line under the list parts it from the preview's tree below.
	p.height = &fixedHeight{rows: problemRows, row: p.List.CreateItem}
	p.Content = container.NewVBox(container.New(p.height, p.List), widget.NewSeparator())
	p.Content.Hide()
	return p
}

// show lists the problems of r, or hides the list when it has none.
func (p *problemList) show(r *timeimport.Reading) {
	p.rows = p.rows[:0]
	if r != nil {
		for _, pr := range r.Problems {
			p.rows = append(p.rows, problemRow{text: pr.Text, skipped: pr.Left != ""})
		}
		if more := timeimport.UnlistedText(*r); more != "" {
			p.rows = append(p.rows, problemRow{text: more, skipped: true})
		}
	}
	p.height.rows = float32(min(len(p.rows), problemRows))
	p.List.UnselectAll()
	p.List.Refresh()
	p.List.ScrollToTop()
	if len(p.rows) == 0 {
		p.Content.Hide()
	} else {
		p.Content.Show()
		p.Content.Refresh()
	}
}

// fixedHeight makes a list as high as a number of its rows, whatever its
// own minimum (one row); row makes a row, as the list does.
type fixedHeight struct {
	rows float32
	row  func() fyne.CanvasObject
}

func (f *fixedHeight) MinSize(objects []fyne.CanvasObject) fyne.Size {
	s := layout.NewStackLayout().MinSize(objects)
	row := f.row().MinSize().Height + theme.SeparatorThicknessSize()
	return fyne.NewSize(s.Width, max(s.Height, f.rows*row))
}

func (f *fixedHeight) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	layout.NewStackLayout().Layout(objects, size)
}
