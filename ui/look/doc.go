// Package look is how the window looks: Fyne's theme with Daymark's
// colours where Fyne's own are too faint to read, light, dark or
// following the system (through the desktop portal on Linux and the BSDs,
// through Fyne elsewhere), and the wait for the system's first answer so a
// window on a dark desktop does not open light; and theme icons coloured
// once per colour, for the navigation and plain buttons (Fyne re-colours
// a theme icon each time it refreshes it).
//
//	theme.go             the theme, its palette, applying the person's choice
//	systemtheme_xdg.go   the system's light or dark from the desktop portal (D-Bus)
//	systemtheme_other.go the system's light or dark as Fyne reads it, elsewhere
//	colouredicon.go      a theme icon already in its colour, coloured once
//	navtabs.go           the navigation's tabs, their icons coloured as Fyne's
package look
