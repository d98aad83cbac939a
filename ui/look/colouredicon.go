package look

import (
	"fmt"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// colouredIcon is a theme icon already in the colour it is shown in,
// coloured once per colour instead of on every refresh. Fyne re-colours
// a theme icon (parsing and writing its SVG twice) each time it refreshes
// the image, and it refreshes a button's icon six or seven times before
// the first frame, a tab's at each layout of the tabs: 350 icons were
// refreshed before the first frame, in 40 ms. Named for its colour, this
// one Fyne only reads, and finds its drawing in its cache; its colour is
// looked up on each refresh, so it follows the theme, and Fyne still
// greys it on a disabled button. It is for icons Fyne would show in one
// colour: the foreground's, or a tab's.
type colouredIcon struct {
	icon   fyne.Resource
	colour func() fyne.ThemeColorName // nil: the foreground's
}

// PlainIcon is icon in the foreground colour, for a button of medium or
// low importance (Fyne colours others' icons itself).
func PlainIcon(icon fyne.Resource) fyne.Resource { return &colouredIcon{icon: icon} }

// ColouredIcon is icon in the theme colour colour names when it is asked
// for (for a tab, the primary colour while it is selected).
func ColouredIcon(icon fyne.Resource, colour func() fyne.ThemeColorName) fyne.Resource {
	return &colouredIcon{icon: icon, colour: colour}
}

// colouredIcons keeps each icon's SVG by the name of the icon in its colour.
var colouredIcons sync.Map // name → []byte

func (i *colouredIcon) colourName() fyne.ThemeColorName {
	if i.colour == nil {
		return theme.ColorNameForeground
	}
	return i.colour()
}

// Name is the icon's name in its colour: Fyne keeps an SVG's drawing by
// its name and size.
func (i *colouredIcon) Name() string {
	r, g, b, a := theme.Color(i.colourName()).RGBA()
	return fmt.Sprintf("daymark-%04x%04x%04x%04x-%s", r, g, b, a, i.icon.Name())
}

// Content is the icon's SVG in its colour.
func (i *colouredIcon) Content() []byte {
	name := i.Name()
	if c, ok := colouredIcons.Load(name); ok {
		return c.([]byte)
	}
	c := theme.NewColoredResource(i.icon, i.colourName()).Content()
	colouredIcons.Store(name, c)
	return c
}
