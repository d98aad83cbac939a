package idle

import (
	"fmt"
	"io"
	"log"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/jezek/xgb"
	"github.com/jezek/xgb/screensaver"
	"github.com/jezek/xgb/xproto"
)

// X11Source reads idle time from the X server's screensaver extension.
type X11Source struct {
	conn *xgb.Conn
	root xproto.Window
}

var quietXGB sync.Once

// quietenXGB silences xgb's log: its notes are not the person's business.
func quietenXGB() { xgb.Logger = log.New(io.Discard, "", 0) }

// X11 connects to the X server of display (empty: $DISPLAY) through its
// Unix socket and checks that it has the screensaver extension.
func X11(display string) (*X11Source, error) {
	conn, local, err := dialX(display)
	if err != nil {
		return nil, err
	}
	if err := screensaver.Init(conn); err != nil {
		conn.Close()
		return nil, fmt.Errorf("the X server at %s has no screensaver extension: %w", local, err)
	}
	x := &X11Source{conn: conn, root: xproto.Setup(conn).DefaultScreen(conn).Root}
	if _, err := x.Idle(); err != nil {
		x.Close()
		return nil, err
	}
	return x, nil
}

// dialX connects to the X server of display (empty: $DISPLAY) on this
// machine, and returns the connection and the display it dialled.
func dialX(display string) (*xgb.Conn, string, error) {
	if display == "" {
		display = os.Getenv("DISPLAY")
	}
	local, err := LocalDisplay(display)
	if err != nil {
		return nil, "", err
	}
	quietXGB.Do(quietenXGB)
	conn, err := xgb.NewConnDisplay(local)
	if err != nil {
		return nil, "", fmt.Errorf("the X server at %s does not answer: %w", local, err)
	}
	return conn, local, nil
}

// Idle returns the time since the last key press or mouse move.
func (x *X11Source) Idle() (time.Duration, error) {
	reply, err := screensaver.QueryInfo(x.conn, xproto.Drawable(x.root)).Reply()
	if err != nil {
		return 0, fmt.Errorf("the X server did not say how long it has been idle: %w", err)
	}
	return time.Duration(reply.MsSinceUserInput) * time.Millisecond, nil
}

// Name says what the source asks.
func (x *X11Source) Name() string { return "the X server" }

// Close closes the connection.
func (x *X11Source) Close() error {
	x.conn.Close()
	return nil
}

// LocalDisplay checks that an X display names a server on this machine,
// reached through a Unix socket, and returns it as xgb dials it then:
// ":0", "unix:0.1", or a socket path (macOS: "/private/tmp/…/org.xquartz:0").
// A display with a host ("localhost:0", "server:10", "tcp/host:0") would
// be dialled over TCP, and is refused.
func LocalDisplay(display string) (string, error) {
	colon := strings.LastIndex(display, ":")
	if display == "" || colon < 0 {
		return "", fmt.Errorf("there is no X display (DISPLAY is %q)", display)
	}
	host, number := display[:colon], display[colon+1:]
	n, _, _ := strings.Cut(number, ".")
	if _, err := strconv.Atoi(n); err != nil || n == "" {
		return "", fmt.Errorf("the X display %q is not one Daymark can read", display)
	}
	switch {
	case strings.HasPrefix(host, "/"):
		return display, nil // a socket path: xgb dials it as a Unix socket
	case host == "" || host == "unix":
		return ":" + number, nil
	}
	return "", fmt.Errorf("the X display %q is on another machine (reached over the network): Daymark reads idle time only from this machine", display)
}
