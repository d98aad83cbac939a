package control

import (
	"context"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// recordForm is the form beside a ListEditor's list: it shows one record,
// reads it back, and knows how records are stored.
type recordForm[T any] interface {
	Fill(r T)                              // put r in the fields
	Draft(base T) T                        // base with what the fields say
	Check(r T, all []T) error              // a sentence when r cannot be saved
	Store(ctx context.Context, r *T) error // save r (new when its ID is 0), setting its ID
	Load(ctx context.Context) ([]T, error) // every record, in order
	Id(r T) int64
	Row(r T) (text string, muted bool, swatch color.Color) // how the list shows r
}

// ListEditor is a list of records beside a form that edits one of them:
// the Dimensions and Values screens. Moving to another record saves the
// form when it changed, or asks before discarding what cannot be saved.
type ListEditor[T comparable] struct {
	form    recordForm[T]
	Win     fyne.Window
	Tasks   *Tasks
	Saved   func(all []T)                                // after a save or a move: tells the rest of the window
	Move    func(ctx context.Context, r T, by int) error // nil when records do not move
	Visible func(r T) bool                               // which records the list shows; nil for all

	All      []T // every record
	Rows     []T // the ones the list shows
	Current  T   // what the form edits; ID 0 for a new one
	List     *widget.List
	reselect bool // set while the list is put back on the current record
	Message  *widget.Label
	Up, Down *KeyButton
}

func NewListEditor[T comparable](form recordForm[T], win fyne.Window, t *Tasks) *ListEditor[T] {
	e := &ListEditor[T]{form: form, Win: win, Tasks: t}
	e.List = widget.NewList(
		func() int { return len(e.Rows) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, container.NewCenter(Swatch(theme.Color(theme.ColorNameDisabled), 12)), nil, widget.NewLabel("Organisational improvement"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			text, muted, colour := form.Row(e.Rows[id])
			row := o.(*fyne.Container)
			label := row.Objects[0].(*widget.Label)
			sw := row.Objects[1].(*fyne.Container).Objects[0].(*canvas.Rectangle)
			if colour == nil {
				sw.Hide()
			} else {
				sw.FillColor = colour
				sw.Show()
				sw.Refresh()
			}
			label.SetText(text)
			label.Importance = widget.MediumImportance
			if muted {
				label.Importance = widget.LowImportance
			}
			label.Refresh()
		})
	e.List.OnSelected = e.selected
	e.Message = NewMessage()
	e.Up = NewKeyButton("Move up", theme.MoveUpIcon(), func() { e.moveBy(-1) })
	e.Down = NewKeyButton("Move down", theme.MoveDownIcon(), func() { e.moveBy(1) })
	return e
}

// Start shows the records, with the first one shown in the form.
func (e *ListEditor[T]) Start(all []T) {
	e.setAll(all)
	if len(e.Rows) > 0 {
		e.Edit(e.Rows[0])
	} else {
		var none T
		e.Edit(none)
	}
}

func (e *ListEditor[T]) setAll(all []T) {
	e.All = all
	e.Rows = e.Rows[:0]
	for _, r := range all {
		if e.Visible == nil || e.Visible(r) {
			e.Rows = append(e.Rows, r)
		}
	}
	e.List.Refresh()
}

// selected is the list's callback: leave the current record, then edit it.
func (e *ListEditor[T]) selected(i widget.ListItemID) {
	if e.reselect || i >= len(e.Rows) || e.form.Id(e.Rows[i]) == e.form.Id(e.Current) {
		return
	}
	target := e.Rows[i]
	e.Leave(func() { e.Edit(target) })
}

// Edit puts r in the form.
func (e *ListEditor[T]) Edit(r T) {
	e.Current = r
	e.form.Fill(r)
	e.Message.Hide()
	e.sync()
}

// sync selects the current record in the list, or nothing for a new one.
func (e *ListEditor[T]) sync() {
	e.reselect = true
	defer func() { e.reselect = false }()
	for i, r := range e.Rows {
		if e.form.Id(r) == e.form.Id(e.Current) && e.form.Id(r) != 0 {
			e.List.Select(i)
			if e.Move != nil {
				e.Up.Enable()
				e.Down.Enable()
			}
			return
		}
	}
	e.List.UnselectAll()
	e.Up.Disable()
	e.Down.Disable()
}

// StartNew puts a new record in the form.
func (e *ListEditor[T]) StartNew(blank T) { e.Leave(func() { e.Edit(blank) }) }

func (e *ListEditor[T]) dirty() bool { return e.form.Draft(e.Current) != e.Current }

// problem returns why the form cannot be saved, or nil.
func (e *ListEditor[T]) problem() error { return e.form.Check(e.form.Draft(e.Current), e.All) }

// save stores the form, then calls then (if not nil).
func (e *ListEditor[T]) Save(then func()) {
	r := e.form.Draft(e.Current)
	if err := e.form.Check(r, e.All); err != nil {
		e.showProblem(Sentence(err))
		return
	}
	var all []T
	var err error
	e.Tasks.Run(func() {
		ctx := BgContext()
		if err = e.form.Store(ctx, &r); err == nil {
			all, err = e.form.Load(ctx)
		}
	}, func() {
		if err != nil {
			e.showProblem(Sentence(err))
			return
		}
		e.reload(all, e.form.Id(r))
		if then != nil {
			then()
		}
	})
}

// reload shows a new list of records with the one with id in the form.
func (e *ListEditor[T]) reload(all []T, id int64) {
	e.setAll(all)
	for _, r := range all {
		if e.form.Id(r) == id {
			e.Edit(r)
		}
	}
	if e.Saved != nil {
		e.Saved(all)
	}
}

func (e *ListEditor[T]) showProblem(text string) {
	e.Message.SetText(text)
	e.Message.Show()
}

// leave saves the form if it changed and then calls then; a form that
// cannot be saved asks first whether to discard it.
func (e *ListEditor[T]) Leave(then func()) {
	dirty := e.dirty()
	var problem error
	if dirty {
		problem = e.problem()
	}
	LeaveForm(e.Win, "Discard the changes?", dirty, problem, e.Save, func() { e.Edit(e.Current) }, e.sync, then)
}

// moveBy moves the current record up or down, saving the form first.
func (e *ListEditor[T]) moveBy(delta int) {
	e.Leave(func() {
		r := e.Current
		if e.form.Id(r) == 0 || e.Move == nil {
			return
		}
		var all []T
		var err error
		e.Tasks.Run(func() {
			ctx := BgContext()
			if err = e.Move(ctx, r, delta); err == nil {
				all, err = e.form.Load(ctx)
			}
		}, func() {
			if err != nil {
				e.showProblem(Sentence(err))
				return
			}
			e.reload(all, e.form.Id(r))
		})
	})
}
