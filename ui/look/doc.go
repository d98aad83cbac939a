// Package look is how the window looks: Fyne's theme with Daymark's
// colours where Fyne's own are too faint to read, light, dark or
// following the system (through the desktop portal on Linux and the BSDs,
// through Fyne elsewhere), and the wait for the system's first answer so a
// window on a dark desktop does not open light.
//
//	theme.go             the theme, its palette, applying the person's choice
//	systemtheme_xdg.go   the system's light or dark from the desktop portal (D-Bus)
//	systemtheme_other.go the system's light or dark as Fyne reads it, elsewhere
package look
