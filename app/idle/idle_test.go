package idle

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func TestOnlyDisplaysOnThisMachineAreRead(t *testing.T) {
	for _, c := range []struct{ display, want, err string }{
		{":0", ":0", ""},
		{":99.1", ":99.1", ""},
		{"unix:3", ":3", ""},
		{"/private/tmp/com.apple.launchd.x/org.xquartz:0", "/private/tmp/com.apple.launchd.x/org.xquartz:0", ""},
		{"localhost:0", "", "on another machine"},
		{"127.0.0.1:10.0", "", "on another machine"},
		{"server.example.com:0", "", "on another machine"},
		{"tcp/server:0", "", "on another machine"},
		{"[::1]:0", "", "on another machine"},
		{"", "", "there is no X display"},
		{":x", "", "not one Daymark can read"},
	} {
		got, err := LocalDisplay(c.display)
		if c.err == "" && (err != nil || got != c.want) || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
			t.Errorf("%q: %q %v, want %q %q", c.display, got, err, c.want, c.err)
		}
	}
}

func TestOnlySessionBusesOnThisMachineAreUsed(t *testing.T) {
	for _, c := range []struct{ address, err string }{
		{"unix:path=/run/user/1000/bus", ""},
		{"unix:abstract=/tmp/dbus-XYZ,guid=0123", ""},
		{"unix:path=/run/user/1000/bus;unix:abstract=/tmp/dbus-1", ""},
		{"tcp:host=localhost,port=4000", "not a Unix socket"},
		{"nonce-tcp:host=10.0.0.2,port=4000,noncefile=/tmp/n", "not a Unix socket"},
		{"unix:path=/run/user/1000/bus;tcp:host=server,port=1", "not a Unix socket"},
		{"unixexec:path=/usr/bin/ssh,argv1=server", "not a Unix socket"},
		{"autolaunch:", "not a Unix socket"},
		{"unix:tmpdir=/tmp", "names no socket"},
		{"", "there is no session bus"},
	} {
		_, err := LocalBus(c.address)
		if c.err == "" && err != nil || c.err != "" && (err == nil || !strings.Contains(err.Error(), c.err)) {
			t.Errorf("%q: %v, want %q", c.address, err, c.err)
		}
	}
	// Refused before anything is dialled: a TCP bus is never tried.
	if _, err := Mutter("tcp:host=127.0.0.1,port=1"); err == nil || !strings.Contains(err.Error(), "not a Unix socket") {
		t.Errorf("a TCP bus: %v", err)
	}
	if _, err := X11("localhost:0"); err == nil || !strings.Contains(err.Error(), "on another machine") {
		t.Errorf("a TCP display: %v", err)
	}
}

func TestWhereNothingAnswersDetectSaysSo(t *testing.T) {
	t.Setenv("DISPLAY", "")
	t.Setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path="+t.TempDir()+"/no-bus")
	src, err := Detect()
	if _, none := src.(None); !none || !errors.Is(err, ErrUnavailable) {
		t.Fatalf("Detect = %v, %v; want None and ErrUnavailable", src, err)
	}
	if _, err := src.Idle(); !errors.Is(err, ErrUnavailable) {
		t.Errorf("None.Idle: %v", err)
	}
}

// startXvfb starts a private X server (it picks a free display itself and
// reports it once it accepts connections) and returns its display; the
// test skips where Xvfb or xdotool is not installed (make test installs
// them).
func startXvfb(t *testing.T) string {
	t.Helper()
	for _, tool := range []string{"Xvfb", "xdotool"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s is not installed: the X11 idle source is tested under make test, which installs it", tool)
		}
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "640x480x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w}
	err = x.Start()
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { x.Process.Signal(os.Interrupt); x.Wait() })
	line := make(chan string, 1)
	go func() { s, _ := bufio.NewReader(r).ReadString('\n'); line <- strings.TrimSpace(s) }()
	select {
	case n := <-line:
		if n == "" {
			t.Fatal("Xvfb did not start")
		}
		return ":" + n
	case <-time.After(10 * time.Second):
		t.Fatal("Xvfb did not report its display within 10s")
	}
	return ""
}

func TestTheXServersIdleTimeGrowsAndAKeyResetsIt(t *testing.T) {
	display := startXvfb(t)
	x, err := X11(display)
	if err != nil {
		t.Fatal(err)
	}
	defer x.Close()
	time.Sleep(1200 * time.Millisecond)
	before, err := x.Idle()
	if err != nil || before < time.Second {
		t.Fatalf("idle after 1.2 s without input: %v %v", before, err)
	}
	key := exec.Command("xdotool", "key", "shift")
	key.Env = append(os.Environ(), "DISPLAY="+display)
	if out, err := key.CombinedOutput(); err != nil {
		t.Fatalf("xdotool: %v %s", err, out)
	}
	after, err := x.Idle()
	if err != nil || after >= before || after > 500*time.Millisecond {
		t.Errorf("idle after a key: %v (before it %v), %v", after, before, err)
	}
}

func TestTheScreensSizeIsReadFromTheXServer(t *testing.T) {
	display := startXvfb(t) // 640×480
	w, h, err := ScreenSize(display)
	if err != nil || w != 640 || h != 480 {
		t.Errorf("the screen is %d×%d (%v), want 640×480", w, h, err)
	}
	if _, _, err := ScreenSize("localhost:0"); err == nil {
		t.Error("a display over TCP was dialled")
	}
}
