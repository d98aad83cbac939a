package valuescreen

import (
	"fmt"
	"image"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/charts"
	"daymark/data"
	"daymark/ui/control"
)

// alignmentView is the matrix of personal × organisational values with the
// score, the biggest gaps and the score over time beside it.
type alignmentView struct {
	values *app.Values
	win    fyne.Window
	tasks  *control.Tasks

	current app.Alignment
	writes  control.Sequence // ratings are stored in the order they were made
	Matrix  *fyne.Container
	Cells   []*control.RatingCell // row by row
	Pair    *widget.Label         // which pair the focused cell is
	Score   *widget.Label
	Gaps    *widget.Label
	fit     *control.ChartView
	content fyne.CanvasObject
}

func newAlignmentView(values *app.Values, win fyne.Window, t *control.Tasks) *alignmentView {
	v := &alignmentView{values: values, win: win, tasks: t}
	v.Matrix = container.NewStack()
	v.Pair = control.Intro("Rate how each of your values meets each of your organisation's: click to step through the ratings (right click to step back), or Tab to a cell and press + or −, 0, 1, 2, or Delete to leave the pair unrelated.")
	v.Score = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	v.Gaps = widget.NewLabel("")
	v.Gaps.Wrapping = fyne.TextWrapWord
	v.fit = control.NewChartView(t, fyne.NewSize(360, 200))
	legend := control.Note("−2 in conflict · −1 at odds · 0 neutral · +1 aligned · +2 strongly aligned · “·” unrelated")
	top := container.NewVBox(control.FollowingHScroll(v, container.NewPadded(v.Matrix)), legend, v.Pair)
	figures := container.NewVScroll(container.NewVBox(v.Score, widget.NewLabelWithStyle("Biggest gaps", fyne.TextAlignLeading, fyne.TextStyle{Bold: true}), v.Gaps))
	bottom := container.NewHSplit(container.NewPadded(figures), container.NewPadded(v.fit))
	bottom.Offset = 0.4
	v.content = container.NewBorder(top, nil, nil, nil, bottom)
	return v
}

// reload reads the values and ratings and rebuilds the matrix.
func (v *alignmentView) reload() {
	var a app.Alignment
	var err error
	v.tasks.Run(func() { a, err = v.values.Alignment(control.BgContext()) }, func() {
		if err != nil {
			v.Score.SetText(control.Sentence(err))
			return
		}
		v.show(a)
		v.build(a)
	})
}

// build lays the matrix out: organisational values across, personal down.
func (v *alignmentView) build(a app.Alignment) {
	v.Cells = v.Cells[:0]
	if len(a.Personal) == 0 || len(a.Organisational) == 0 {
		v.Matrix.Objects = []fyne.CanvasObject{control.Note("The matrix needs values of both kinds: add your personal values and your organisation's on the Values tab.")}
		v.Matrix.Refresh()
		return
	}
	head := func(text string) *widget.Label {
		l := widget.NewLabelWithStyle(text, fyne.TextAlignCenter, fyne.TextStyle{Bold: true})
		l.Wrapping = fyne.TextWrapWord // a long name on two lines, not cut
		return l
	}
	// Rows laid out alike, so columns line up and Tab goes along a row; the
	// columns share the width there is, at least cellWidth each.
	grid := &matrixLayout{}
	header := container.New(grid, widget.NewLabel(""))
	for _, o := range a.Organisational {
		header.Add(head(o.Name))
	}
	rows := []fyne.CanvasObject{header}
	for _, p := range a.Personal {
		name := widget.NewLabelWithStyle(p.Name, fyne.TextAlignTrailing, fyne.TextStyle{Bold: true})
		name.Wrapping = fyne.TextWrapWord
		row := container.New(grid, name)
		for _, o := range a.Organisational {
			p, o := p, o
			r, rated := a.Rating(p.ID, o.ID)
			var cell *control.RatingCell
			cell = control.NewRatingCell(func(rating int, rated bool) {
				v.rate(data.Rating{PersonalID: p.ID, OrganisationalID: o.ID, Rating: rating}, rated)
				v.describe(p, o, cell)
			}, func() { v.describe(p, o, cell) })
			cell.Set(r, rated)
			v.Cells = append(v.Cells, cell)
			row.Add(cell)
		}
		rows = append(rows, row)
	}
	v.Matrix.Objects = []fyne.CanvasObject{container.NewVBox(rows...)}
	v.Matrix.Refresh()
}

// describe says which pair a cell is and what its rating means.
func (v *alignmentView) describe(p, o data.Value, cell *control.RatingCell) {
	v.Pair.SetText(fmt.Sprintf("%s (yours) × %s (the organisation's): %s, %s", p.Name, o.Name, control.RatingText(cell.Rating, cell.Rated), control.RatingWords(cell.Rating, cell.Rated)))
}

// rate stores a rating and shows the new figures.
func (v *alignmentView) rate(r data.Rating, rated bool) {
	var a app.Alignment
	var err error
	v.tasks.RunInOrder(&v.writes, func() {
		ctx := control.BgContext()
		if err = v.values.Rate(ctx, r, rated); err == nil {
			a, err = v.values.Alignment(ctx)
		}
	}, func() {
		if err != nil {
			control.ShowProblem(v.win, "Daymark could not save the rating", err)
			v.reload()
			return
		}
		v.show(a)
	})
}

// show writes the score and the gaps and draws the score over time.
func (v *alignmentView) show(a app.Alignment) {
	v.current = a
	if s, ok := a.Score(); ok {
		v.Score.SetText(fmt.Sprintf("Alignment score: %.0f of 100", s))
	} else {
		v.Score.SetText("Alignment score: none yet")
	}
	gaps := a.Gaps()
	text := ""
	for i, g := range gaps {
		if i == 6 {
			text += fmt.Sprintf("… and %d more", len(gaps)-6)
			break
		}
		text += "• " + g.Sentence + "\n"
	}
	if text == "" {
		text = "None: every value you hold is met by your organisation's."
		if _, ok := a.Score(); !ok {
			text = "Rate the matrix to see them."
		}
	}
	v.Gaps.SetText(text)
	fit := a.FitOverTime(data.Today())
	v.fit.Draw(func(w, h int, th charts.Theme) image.Image { return charts.Image(fit, w, h, th) })
}

// matrixLayout lays a row of the matrix out: the personal value's name,
// then a cell per organisational value, the cells sharing the width there
// is (between matrixCellWidth and matrixCellMost each), so that the
// headers have room to be read whole; a header that still does not fit
// takes two lines.
type matrixLayout struct{}

const (
	matrixNameWidth = 150
	matrixCellWidth = 92
	matrixCellMost  = 180
	matrixNameMost  = 240 // past it the matrix ends short of the window: names stay by their cells
)

func (matrixLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(matrixNameWidth+float32(len(objects)-1)*matrixCellWidth, h)
}

func (matrixLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	n := float32(len(objects) - 1)
	cell := float32(matrixCellWidth)
	if n > 0 {
		cell = min(max(cell, (size.Width-matrixNameWidth)/n), matrixCellMost)
	}
	name := max(float32(matrixNameWidth), min(size.Width-n*cell, matrixNameMost))
	objects[0].Move(fyne.NewPos(0, 0))
	objects[0].Resize(fyne.NewSize(name, size.Height))
	for i, o := range objects[1:] {
		o.Move(fyne.NewPos(name+float32(i)*cell, 0))
		o.Resize(fyne.NewSize(cell, size.Height))
	}
}
