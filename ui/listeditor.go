package ui

import (
	"context"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// recordForm is the form beside a listEditor's list: it shows one record,
// reads it back, and knows how records are stored.
type recordForm[T any] interface {
	fill(r T)                              // put r in the fields
	draft(base T) T                        // base with what the fields say
	check(r T, all []T) error              // a sentence when r cannot be saved
	store(ctx context.Context, r *T) error // save r (new when its ID is 0), setting its ID
	load(ctx context.Context) ([]T, error) // every record, in order
	id(r T) int64
	row(r T) (text string, muted bool, swatch color.Color) // how the list shows r
}

// listEditor is a list of records beside a form that edits one of them:
// the Dimensions and Values screens. Moving to another record saves the
// form when it changed, or asks before discarding what cannot be saved.
type listEditor[T comparable] struct {
	form    recordForm[T]
	win     fyne.Window
	tasks   *tasks
	saved   func(all []T)                                // after a save or a move: tells the rest of the window
	move    func(ctx context.Context, r T, by int) error // nil when records do not move
	visible func(r T) bool                               // which records the list shows; nil for all

	all      []T // every record
	rows     []T // the ones the list shows
	current  T   // what the form edits; ID 0 for a new one
	list     *widget.List
	reselect bool // set while the list is put back on the current record
	message  *widget.Label
	up, down *keyButton
}

func newListEditor[T comparable](form recordForm[T], win fyne.Window, t *tasks) *listEditor[T] {
	e := &listEditor[T]{form: form, win: win, tasks: t}
	e.list = widget.NewList(
		func() int { return len(e.rows) },
		func() fyne.CanvasObject {
			return container.NewBorder(nil, nil, container.NewCenter(swatch(theme.Color(theme.ColorNameDisabled), 12)), nil, widget.NewLabel("Organisational improvement"))
		},
		func(id widget.ListItemID, o fyne.CanvasObject) {
			text, muted, colour := form.row(e.rows[id])
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
	e.list.OnSelected = e.selected
	e.message = newMessage()
	e.up = newKeyButton("Move up", theme.MoveUpIcon(), func() { e.moveBy(-1) })
	e.down = newKeyButton("Move down", theme.MoveDownIcon(), func() { e.moveBy(1) })
	return e
}

// start shows the records, with the first one shown in the form.
func (e *listEditor[T]) start(all []T) {
	e.setAll(all)
	if len(e.rows) > 0 {
		e.edit(e.rows[0])
	} else {
		var none T
		e.edit(none)
	}
}

func (e *listEditor[T]) setAll(all []T) {
	e.all = all
	e.rows = e.rows[:0]
	for _, r := range all {
		if e.visible == nil || e.visible(r) {
			e.rows = append(e.rows, r)
		}
	}
	e.list.Refresh()
}

// selected is the list's callback: leave the current record, then edit it.
func (e *listEditor[T]) selected(i widget.ListItemID) {
	if e.reselect || i >= len(e.rows) || e.form.id(e.rows[i]) == e.form.id(e.current) {
		return
	}
	target := e.rows[i]
	e.Leave(func() { e.edit(target) })
}

// edit puts r in the form.
func (e *listEditor[T]) edit(r T) {
	e.current = r
	e.form.fill(r)
	e.message.Hide()
	e.sync()
}

// sync selects the current record in the list, or nothing for a new one.
func (e *listEditor[T]) sync() {
	e.reselect = true
	defer func() { e.reselect = false }()
	for i, r := range e.rows {
		if e.form.id(r) == e.form.id(e.current) && e.form.id(r) != 0 {
			e.list.Select(i)
			if e.move != nil {
				e.up.Enable()
				e.down.Enable()
			}
			return
		}
	}
	e.list.UnselectAll()
	e.up.Disable()
	e.down.Disable()
}

// startNew puts a new record in the form.
func (e *listEditor[T]) startNew(blank T) { e.Leave(func() { e.edit(blank) }) }

func (e *listEditor[T]) dirty() bool { return e.form.draft(e.current) != e.current }

// problem returns why the form cannot be saved, or nil.
func (e *listEditor[T]) problem() error { return e.form.check(e.form.draft(e.current), e.all) }

// save stores the form, then calls then (if not nil).
func (e *listEditor[T]) Save(then func()) {
	r := e.form.draft(e.current)
	if err := e.form.check(r, e.all); err != nil {
		e.showProblem(sentence(err))
		return
	}
	var all []T
	var err error
	e.tasks.run(func() {
		ctx := bgContext()
		if err = e.form.store(ctx, &r); err == nil {
			all, err = e.form.load(ctx)
		}
	}, func() {
		if err != nil {
			e.showProblem(sentence(err))
			return
		}
		e.reload(all, e.form.id(r))
		if then != nil {
			then()
		}
	})
}

// reload shows a new list of records with the one with id in the form.
func (e *listEditor[T]) reload(all []T, id int64) {
	e.setAll(all)
	for _, r := range all {
		if e.form.id(r) == id {
			e.edit(r)
		}
	}
	if e.saved != nil {
		e.saved(all)
	}
}

func (e *listEditor[T]) showProblem(text string) {
	e.message.SetText(text)
	e.message.Show()
}

// leave saves the form if it changed and then calls then; a form that
// cannot be saved asks first whether to discard it.
func (e *listEditor[T]) Leave(then func()) {
	dirty := e.dirty()
	var problem error
	if dirty {
		problem = e.problem()
	}
	leaveForm(e.win, "Discard the changes?", dirty, problem, e.Save, func() { e.edit(e.current) }, e.sync, then)
}

// moveBy moves the current record up or down, saving the form first.
func (e *listEditor[T]) moveBy(delta int) {
	e.Leave(func() {
		r := e.current
		if e.form.id(r) == 0 || e.move == nil {
			return
		}
		var all []T
		var err error
		e.tasks.run(func() {
			ctx := bgContext()
			if err = e.move(ctx, r, delta); err == nil {
				all, err = e.form.load(ctx)
			}
		}, func() {
			if err != nil {
				e.showProblem(sentence(err))
				return
			}
			e.reload(all, e.form.id(r))
		})
	})
}
