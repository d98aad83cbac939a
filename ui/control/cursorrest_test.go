package control

import (
	"reflect"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
)

func TestTheCursorRestsAfterAWhile(t *testing.T) {
	test.NewTempApp(t)
	var mu sync.Mutex
	var stopped []*fyne.Animation
	RestAfter, StopAnimation = 20*time.Millisecond, func(a *fyne.Animation) { mu.Lock(); stopped = append(stopped, a); mu.Unlock() }
	t.Cleanup(func() { RestAfter, StopAnimation = 10*time.Second, (*fyne.Animation).Stop })
	first, second := NewLineEntry(""), NewLineEntry("")
	win := test.NewTempWindow(t, container.NewVBox(first, second))
	win.Canvas().Focus(first)
	blinking := Field(Field(reflect.ValueOf(&first.Entry).Elem(), "cursorAnim").Elem(), "anim").Interface().(*fyne.Animation)
	if blinking == nil {
		t.Fatal("the cursor does not blink: Fyne's entry is not as this workaround knows it")
	}
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	defer mu.Unlock()
	if len(stopped) != 1 || stopped[0] != blinking {
		t.Fatalf("after a while %d animations were stopped, want the cursor's", len(stopped))
	}
	cursor := Field(Field(reflect.ValueOf(&first.Entry).Elem(), "cursorAnim").Elem(), "cursor").Interface().(*canvas.Rectangle)
	if cursor.FillColor != theme.Color(theme.ColorNamePrimary) {
		t.Errorf("the resting cursor is %v, not lit", cursor.FillColor)
	}
	// Focus elsewhere before the while is up: the first field is not touched.
	win.Canvas().Focus(second)
	win.Canvas().Focus(first)
	win.Canvas().Focus(second)
	mu.Unlock()
	time.Sleep(100 * time.Millisecond)
	mu.Lock()
	if len(stopped) != 2 || stopped[1] == blinking {
		t.Errorf("%d stopped; the second field's cursor should have rested, once", len(stopped))
	}
}
