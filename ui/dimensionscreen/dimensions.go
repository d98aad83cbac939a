package dimensionscreen

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
	"daymark/ui/control"
)

// Screen edits the person's model of leadership: rename,
// recolour, reorder, add and archive dimensions. Archived dimensions keep
// their history and leave the planner.
type Screen struct {
	*control.ListEditor[data.Dimension]
	editor *app.Dimensions

	heading     *widget.Label
	Name        *control.LineEntry
	description *control.TextArea
	Colour      *control.LineEntry
	sample      *canvas.Rectangle
	Archived    *control.CheckBox
	Content     fyne.CanvasObject
}

// New builds the screen; changed is told of every dimension after each save
// or move, so the rest of the window can follow.
func New(editor *app.Dimensions, win fyne.Window, t *control.Tasks, changed func([]data.Dimension)) *Screen {
	s := &Screen{editor: editor}
	s.ListEditor = control.NewListEditor[data.Dimension](s, win, t)
	s.Saved = changed
	s.Move = func(ctx context.Context, d data.Dimension, by int) error { return editor.Move(ctx, d.ID, by) }

	add := control.NewKeyButton("New dimension", theme.ContentAddIcon(), func() { s.StartNew(data.Dimension{Colour: app.NextColour(s.All)}) })
	left := container.NewBorder(add, container.NewGridWithColumns(2, s.Up, s.Down), nil, nil, s.List)

	s.heading = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	s.Name = control.NewLineEntry("")
	s.Name.Validator = func(text string) error {
		d := s.Current
		d.Name = text
		return s.Check(d, s.All)
	}
	s.description = control.NewTextArea("What this dimension means to you", 3)
	s.Colour = control.NewLineEntry("")
	s.Colour.Validator = func(text string) error {
		return (&data.Dimension{Name: "x", Colour: text}).Validate()
	}
	s.sample = control.Swatch(theme.Color(theme.ColorNameDisabled), 24)
	s.Colour.OnChanged = func(text string) {
		if s.Colour.Validate() == nil {
			s.sample.FillColor = app.Colour(data.Dimension{Colour: strings.ToUpper(strings.TrimSpace(text))})
			s.sample.Refresh()
		}
	}
	pick := control.NewKeyButton("Choose…", theme.ColorPaletteIcon(), s.pickColour)
	s.Archived = control.NewCheckBox("Archived", nil)

	form := widget.NewForm(
		widget.NewFormItem("Name", s.Name),
		widget.NewFormItem("Description", s.description),
		widget.NewFormItem("Colour", container.NewBorder(nil, nil, container.NewCenter(s.sample), pick, s.Colour)),
		widget.NewFormItem("", container.NewVBox(s.Archived, control.Note("Hidden from the planner; its history is kept."))),
	)
	form.Items[0].HintText = "As it appears in the planner and the charts"
	form.Items[2].HintText = "#RRGGBB, or choose one"

	save := control.NewKeyButton("Save", theme.DocumentSaveIcon(), func() { s.Save(nil) })
	save.Importance = widget.HighImportance
	about := control.Intro("Dimensions are where your time goes. Make them yours: rename them, give them colours, put them in the order you think of them, add your own. Archive one you no longer use: its history stays in your charts.")

	right := container.NewVBox(about, widget.NewSeparator(), s.heading, form, s.Message, container.NewHBox(layout.NewSpacer(), save))
	s.Content = control.ListBesideForm(s, left, right, 0.32)
	return s
}

// Shown puts the cursor in the name field.
func (s *Screen) Shown() { control.FocusHeld(s.Win.Canvas(), s.Name) }

// The recordForm of the dimensions.

func (s *Screen) Fill(d data.Dimension) {
	s.heading.SetText(d.Name)
	if d.ID == 0 {
		s.heading.SetText("New dimension")
		defer s.Win.Canvas().Focus(s.Name)
	}
	s.Name.SetText(d.Name)
	s.description.SetText(d.Description)
	s.Colour.SetText(d.Colour)
	s.Archived.SetChecked(d.Archived)
	s.Name.SetValidationError(nil)
}

func (s *Screen) Draft(d data.Dimension) data.Dimension {
	d.Name = s.Name.Text
	d.Description = s.description.Text
	d.Colour = s.Colour.Text
	d.Archived = s.Archived.Checked
	d.Normalize()
	return d
}

// Check refuses an empty, long or taken name, as the person types.
func (s *Screen) Check(d data.Dimension, all []data.Dimension) error {
	d.Normalize()
	if err := d.Validate(); err != nil {
		return control.ErrorText(control.Sentence(err))
	}
	for _, other := range all {
		if other.ID != d.ID && strings.EqualFold(other.Name, d.Name) {
			return control.ErrorText(fmt.Sprintf("“%s” is already a dimension", other.Name))
		}
	}
	return nil
}

func (s *Screen) Store(ctx context.Context, d *data.Dimension) error {
	if d.ID == 0 {
		return s.editor.Create(ctx, d)
	}
	return s.editor.Update(ctx, *d)
}

func (s *Screen) Load(ctx context.Context) ([]data.Dimension, error) {
	return s.editor.List(ctx)
}

func (s *Screen) Id(d data.Dimension) int64 { return d.ID }

func (s *Screen) Row(d data.Dimension) (string, bool, color.Color) {
	if d.Archived {
		return d.Name + " (archived)", true, app.Colour(d)
	}
	return d.Name, false, app.Colour(d)
}

func (s *Screen) pickColour() {
	picker := dialog.NewColorPicker("Colour of "+s.Draft(s.Current).Name, "Pick the colour this dimension has in every chart.", func(c color.Color) {
		s.Colour.SetText(hexColour(c))
	}, s.Win)
	picker.Advanced = true
	picker.Show()
	picker.SetOnClosed(control.Track(s.Win.Canvas(), picker.Hide))
}

// hexColour writes c as #RRGGBB.
func hexColour(c color.Color) string {
	n := color.NRGBAModel.Convert(c).(color.NRGBA)
	return fmt.Sprintf("#%02X%02X%02X", n.R, n.G, n.B)
}
