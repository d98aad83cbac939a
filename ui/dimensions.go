package ui

import (
	"context"
	"fmt"
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"daymark/app"
	"daymark/data"
)

// dimensionsScreen edits the person's model of leadership: rename,
// recolour, reorder, add and archive dimensions. Archived dimensions keep
// their history and leave the planner.
type dimensionsScreen struct {
	editor  *app.Dimensions
	win     fyne.Window
	tasks   *tasks
	changed func(all []data.Dimension) // tells the rest of the window

	all      []data.Dimension
	current  data.Dimension // what the form edits; ID 0 for a new dimension
	list     *widget.List
	reselect bool // set while the list is put back on the current dimension

	heading     *widget.Label
	name        *widget.Entry
	description *textArea
	colour      *widget.Entry
	sample      *canvas.Rectangle
	archived    *widget.Check
	message     *widget.Label
	up, down    *widget.Button
	content     fyne.CanvasObject
}

func newDimensionsScreen(editor *app.Dimensions, win fyne.Window, t *tasks, changed func([]data.Dimension)) *dimensionsScreen {
	s := &dimensionsScreen{editor: editor, win: win, tasks: t, changed: changed}
	s.list = widget.NewList(
		func() int { return len(s.all) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, container.NewCenter(swatch(theme.Color(theme.ColorNameDisabled), 12)), nil, widget.NewLabel("Organisational improvement"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			d := s.all[id]
			row := o.(*fyne.Container)
			label := row.Objects[0].(*widget.Label)
			sw := row.Objects[1].(*fyne.Container).Objects[0].(*canvas.Rectangle)
			sw.FillColor = app.Colour(d)
			sw.Refresh()
			if d.Archived {
				label.SetText(d.Name + " (archived)")
				label.Importance = widget.LowImportance
			} else {
				label.SetText(d.Name)
				label.Importance = widget.MediumImportance
			}
			label.Refresh()
		})
	s.list.OnSelected = s.selected

	add := widget.NewButtonWithIcon("New dimension", theme.ContentAddIcon(), func() { s.leave(s.startNew) })
	s.up = widget.NewButtonWithIcon("Move up", theme.MoveUpIcon(), func() { s.move(-1) })
	s.down = widget.NewButtonWithIcon("Move down", theme.MoveDownIcon(), func() { s.move(1) })
	left := container.NewBorder(add, container.NewGridWithColumns(2, s.up, s.down), nil, nil, s.list)

	s.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.name = widget.NewEntry()
	s.name.Validator = s.checkName
	s.description = newTextArea("What this dimension means to you", 3)
	s.colour = widget.NewEntry()
	s.colour.Validator = func(text string) error {
		return (&data.Dimension{Name: "x", Colour: text}).Validate()
	}
	s.sample = swatch(theme.Color(theme.ColorNameDisabled), 24)
	s.colour.OnChanged = func(text string) {
		if s.colour.Validate() == nil {
			s.sample.FillColor = app.Colour(data.Dimension{Colour: strings.ToUpper(strings.TrimSpace(text))})
			s.sample.Refresh()
		}
	}
	pick := widget.NewButtonWithIcon("Choose…", theme.ColorPaletteIcon(), s.pickColour)
	s.archived = widget.NewCheck("Archived: hidden from the planner, its history kept", nil)

	form := widget.NewForm(
		widget.NewFormItem("Name", s.name),
		widget.NewFormItem("Description", s.description),
		widget.NewFormItem("Colour", container.NewBorder(nil, nil, container.NewCenter(s.sample), pick, s.colour)),
		widget.NewFormItem("", s.archived),
	)
	form.Items[0].HintText = "As it appears in the planner and the charts"
	form.Items[2].HintText = "#RRGGBB, or choose one"

	s.message = widget.NewLabel("")
	s.message.Wrapping = fyne.TextWrapWord
	s.message.Importance = widget.DangerImportance
	s.message.Hide()
	save := widget.NewButtonWithIcon("Save", theme.DocumentSaveIcon(), func() { s.save(nil) })
	save.Importance = widget.HighImportance
	intro := widget.NewLabel("Dimensions are where your time goes. Make them yours: rename them, give them colours, put them in the order you think of them, add your own. Archive one you no longer use: its history stays in your charts.")
	intro.Wrapping = fyne.TextWrapWord

	right := container.NewVBox(intro, widget.NewSeparator(), s.heading, form, s.message, container.NewHBox(layout.NewSpacer(), save))
	split := container.NewHSplit(container.NewPadded(left), container.NewVScroll(container.NewPadded(right)))
	split.Offset = 0.32
	s.content = split
	return s
}

// start shows the dimensions, with the first one in the form.
func (s *dimensionsScreen) start(all []data.Dimension) {
	s.all = all
	s.list.Refresh()
	if len(all) > 0 {
		s.list.Select(0)
	}
}

// selected is the list's callback: leave the current dimension, then edit id.
func (s *dimensionsScreen) selected(id widget.ListItemID) {
	if s.reselect || id >= len(s.all) || s.all[id].ID == s.current.ID {
		return
	}
	target := s.all[id]
	s.leave(func() { s.edit(target) })
}

// edit puts d in the form.
func (s *dimensionsScreen) edit(d data.Dimension) {
	s.current = d
	s.heading.SetText(d.Name)
	if d.ID == 0 {
		s.heading.SetText("New dimension")
	}
	s.name.SetText(d.Name)
	s.description.SetText(d.Description)
	s.colour.SetText(d.Colour)
	s.archived.SetChecked(d.Archived)
	s.name.SetValidationError(nil)
	s.message.Hide()
	s.syncList()
}

// syncList selects the current dimension in the list, or nothing for a new one.
func (s *dimensionsScreen) syncList() {
	s.reselect = true
	defer func() { s.reselect = false }()
	for i, d := range s.all {
		if d.ID == s.current.ID {
			s.list.Select(i)
			s.up.Enable()
			s.down.Enable()
			return
		}
	}
	s.list.UnselectAll()
	s.up.Disable()
	s.down.Disable()
}

// shown puts the cursor in the name field.
func (s *dimensionsScreen) shown() { s.win.Canvas().Focus(s.name) }

func (s *dimensionsScreen) startNew() {
	s.edit(data.Dimension{Colour: app.NextColour(s.all)})
	s.win.Canvas().Focus(s.name)
}

// draft returns the dimension as typed.
func (s *dimensionsScreen) draft() data.Dimension {
	d := s.current
	d.Name = s.name.Text
	d.Description = s.description.Text
	d.Colour = s.colour.Text
	d.Archived = s.archived.Checked
	d.Normalize()
	return d
}

func (s *dimensionsScreen) dirty() bool {
	d, c := s.draft(), s.current
	c.Normalize()
	return d != c
}

// checkName refuses an empty, long or taken name as the person types.
func (s *dimensionsScreen) checkName(text string) error {
	d := data.Dimension{Name: text, Colour: "#000000"}
	d.Normalize()
	if err := d.Validate(); err != nil {
		return fmt.Errorf("%s", data.ErrorMessage(err))
	}
	for _, other := range s.all {
		if other.ID != s.current.ID && strings.EqualFold(other.Name, d.Name) {
			return fmt.Errorf("“%s” is already a dimension", other.Name)
		}
	}
	return nil
}

// save stores the form, then calls then (if not nil).
func (s *dimensionsScreen) save(then func()) {
	d := s.draft()
	if err := s.checkName(d.Name); err != nil {
		s.showProblem(err.Error())
		return
	}
	if err := d.Validate(); err != nil {
		s.showProblem(data.ErrorMessage(err))
		return
	}
	var all []data.Dimension
	var err error
	s.tasks.run(func() {
		ctx := context.Background()
		if d.ID == 0 {
			err = s.editor.Create(ctx, &d)
		} else {
			err = s.editor.Update(ctx, d)
		}
		if err == nil {
			all, err = s.editor.List(ctx)
		}
	}, func() {
		if err != nil {
			s.showProblem(data.ErrorMessage(err))
			return
		}
		s.reload(all, d)
		if then != nil {
			then()
		}
	})
}

// reload shows a new list of dimensions with d in the form.
func (s *dimensionsScreen) reload(all []data.Dimension, d data.Dimension) {
	s.all = all
	s.list.Refresh()
	for _, x := range all {
		if x.ID == d.ID {
			d = x
		}
	}
	s.edit(d)
	s.changed(all)
}

func (s *dimensionsScreen) showProblem(text string) {
	s.message.SetText(text)
	s.message.Show()
}

// leave saves the form if it changed and then calls then; a form that cannot
// be saved asks first whether to discard it.
func (s *dimensionsScreen) leave(then func()) {
	if !s.dirty() {
		then()
		return
	}
	d := s.draft()
	err := s.checkName(d.Name)
	if err == nil {
		if verr := d.Validate(); verr != nil {
			err = fmt.Errorf("%s", data.ErrorMessage(verr))
		}
	}
	if err == nil {
		s.save(then)
		return
	}
	confirmDiscard("Discard the changes to this dimension?", err.Error(),
		func(discard bool) {
			if discard {
				s.edit(s.current)
				then()
			} else {
				s.syncList()
			}
		}, s.win)
}

// move moves the current dimension up or down, saving the form first.
func (s *dimensionsScreen) move(delta int) {
	s.leave(func() {
		id := s.current.ID
		if id == 0 {
			return
		}
		var all []data.Dimension
		var err error
		s.tasks.run(func() {
			ctx := context.Background()
			if err = s.editor.Move(ctx, id, delta); err == nil {
				all, err = s.editor.List(ctx)
			}
		}, func() {
			if err != nil {
				s.showProblem(data.ErrorMessage(err))
				return
			}
			s.reload(all, s.current)
		})
	})
}

func (s *dimensionsScreen) pickColour() {
	picker := dialog.NewColorPicker("Colour of "+s.draft().Name, "Pick the colour this dimension has in every chart.", func(c color.Color) {
		s.colour.SetText(hexColour(c))
	}, s.win)
	picker.Advanced = true
	picker.Show()
}

// hexColour writes c as #RRGGBB.
func hexColour(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return fmt.Sprintf("#%02X%02X%02X", n.R, n.G, n.B)
}
