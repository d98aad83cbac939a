package control

import (
	"reflect"
	"time"
	"unsafe"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// Fyne 2.7 blinks the cursor of the field in focus for as long as it has
// the focus: an animation that has the window drawn again about twelve
// times a second. A Day planner left open with the cursor in a field cost
// 18% of a core under Xvfb, against 1.6% for a hello window; with the
// blinking stopped, 1.7%. Desktop toolkits stop blinking after a while
// (GTK after ten seconds without a key), and so does Daymark: once a field
// of the app's has had the focus for restAfter, its cursor stays lit, and
// nothing is drawn until something changes. It blinks again when the focus
// comes back to it. Fyne offers no way to stop one entry's animation, so
// the entry's own is stopped, found by its field names in Fyne 2.7.1; should
// they change, nothing is stopped and the cursor blinks as before
// (TestTheCursorRestsAfterAWhile says so).

// RestAfter is how long a field's cursor blinks once it has the focus.
var RestAfter = 10 * time.Second

// StopAnimation stops an animation: Fyne's, or a test's.
var StopAnimation = (*fyne.Animation).Stop

// blinkRest is the wait before the cursor in focus rests; UI goroutine only.
var blinkRest *time.Timer

// focusField is one of the app's fields.
type focusField interface {
	fyne.CanvasObject
	fyne.Focusable
}

// restBlinkSoon lets the cursor of e (the entry inside owner, which has
// just taken the focus) blink for restAfter, then rests it.
func restBlinkSoon(owner focusField, e *widget.Entry) {
	if blinkRest != nil {
		blinkRest.Stop()
	}
	blinkRest = time.AfterFunc(RestAfter, func() {
		fyne.Do(func() {
			if c := fyne.CurrentApp().Driver().CanvasForObject(owner); c != nil && c.Focused() == owner {
				restCursor(e)
			}
		})
	})
}

// restCursor stops the blinking of e's cursor and leaves it lit; false
// when it cannot (no animation runs, or Fyne's fields are not as known).
func restCursor(e *widget.Entry) bool {
	a := Field(reflect.ValueOf(e).Elem(), "cursorAnim")
	if !a.IsValid() || a.Kind() != reflect.Pointer || a.IsNil() {
		return false
	}
	anim, cursor := Field(a.Elem(), "anim"), Field(a.Elem(), "cursor")
	running, ok := anim.Interface().(*fyne.Animation)
	rect, ok2 := cursor.Interface().(*canvas.Rectangle)
	if !ok || !ok2 || running == nil || rect == nil {
		return false
	}
	StopAnimation(running) // the field keeps it, so it does not start another until the focus moves
	rect.FillColor = theme.Color(theme.ColorNamePrimary)
	rect.Refresh()
	return true
}

// Field returns the named field of the struct v, unexported or not; the
// zero Value when there is none.
func Field(v reflect.Value, name string) reflect.Value {
	if v.Kind() != reflect.Struct {
		return reflect.Value{}
	}
	f := v.FieldByName(name)
	if !f.IsValid() || !f.CanAddr() {
		return reflect.Value{}
	}
	return reflect.NewAt(f.Type(), unsafe.Pointer(f.UnsafeAddr())).Elem()
}
