package idle

import (
	"github.com/jezek/xgb/xproto"
)

// ScreenSize returns the size in pixels of the default screen of the X
// server of display (empty: $DISPLAY), reached through its Unix socket:
// the window's first size is fitted to it, so that a window opened for
// the first time on a small screen is not larger than the screen.
func ScreenSize(display string) (width, height int, err error) {
	conn, _, err := dialX(display)
	if err != nil {
		return 0, 0, err
	}
	defer conn.Close()
	s := xproto.Setup(conn).DefaultScreen(conn)
	return int(s.WidthInPixels), int(s.HeightInPixels), nil
}
