//go:build e2e

package main

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// The end-to-end test's X display: a private Xvfb, xdotool to drive it and
// xwd to see it.

// startXvfb starts a private X server and returns its display. Xvfb picks
// a free display number itself and writes it to -displayfd once it accepts
// connections, so the display is ready when this returns; the server is
// stopped with SIGTERM at the end of the test, which lets it remove its
// lock file and socket.
func startXvfb(t *testing.T) string {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	var stderr strings.Builder
	x := exec.Command("Xvfb", "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	x.ExtraFiles = []*os.File{w} // fd 3
	x.Stderr = &stderr
	err = x.Start()
	w.Close()
	if err != nil {
		t.Fatal(err)
	}
	stopped := make(chan struct{})
	go func() { x.Wait(); close(stopped) }()
	t.Cleanup(func() { stop(x.Process, syscall.SIGTERM, stopped) })

	number := make(chan string, 1)
	go func() {
		line, _ := bufio.NewReader(r).ReadString('\n')
		number <- strings.TrimSpace(line)
	}()
	select {
	case n := <-number:
		if n == "" {
			<-stopped
			t.Fatalf("Xvfb did not start:\n%s", stderr.String())
		}
		return ":" + n
	case <-time.After(10 * time.Second):
		t.Fatal("Xvfb did not report its display within 10s")
	}
	return ""
}

func xdo(display string, args ...string) (string, error) {
	cmd := exec.Command("xdotool", args...)
	cmd.Env = append(os.Environ(), "DISPLAY="+display)
	out, err := cmd.CombinedOutput()
	return string(out), err
}

// screenshot captures the whole X screen with xwd and decodes it.
func screenshot(t *testing.T, display string) image.Image {
	t.Helper()
	cmd := exec.Command("xwd", "-root", "-silent", "-display", display)
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("xwd: %v", err)
	}
	img, err := decodeXWD(out)
	if err != nil {
		t.Fatalf("reading the screenshot: %v", err)
	}
	return img
}

// decodeXWD reads a 24- or 32-bit TrueColor X window dump, as xwd writes it.
func decodeXWD(b []byte) (image.Image, error) {
	if len(b) < 100 {
		return nil, errors.New("too short")
	}
	field := func(i int) uint32 { return binary.BigEndian.Uint32(b[i*4:]) }
	headerSize, width, height := field(0), int(field(4)), int(field(5))
	byteOrder, bitsPerPixel, bytesPerLine := field(7), field(11), int(field(12))
	redMask, greenMask, blueMask := field(14), field(15), field(16)
	colours := int(field(19))
	if bitsPerPixel != 24 && bitsPerPixel != 32 {
		return nil, fmt.Errorf("%d bits per pixel: only 24 and 32 are read", bitsPerPixel)
	}
	size := int(bitsPerPixel / 8)
	pixels := int(headerSize) + colours*12
	if len(b) < pixels+bytesPerLine*height {
		return nil, errors.New("truncated")
	}
	value := func(p []byte) uint32 { // one pixel, in the dump's byte order
		var v uint32
		for i := range size {
			if byteOrder == 1 { // MSBFirst
				v = v<<8 | uint32(p[i])
			} else {
				v |= uint32(p[i]) << (8 * i)
			}
		}
		return v
	}
	channel := func(v, mask uint32) uint8 {
		shift := 0
		for mask != 0 && mask&1 == 0 {
			mask >>= 1
			shift++
		}
		return uint8((v >> shift) & mask)
	}
	img := image.NewRGBA(image.Rect(0, 0, width, height))
	for y := range height {
		row := b[pixels+y*bytesPerLine:]
		for x := range width {
			v := value(row[x*size:])
			img.Set(x, y, color.RGBA{channel(v, redMask), channel(v, greenMask), channel(v, blueMask), 0xFF})
		}
	}
	return img, nil
}

// changedPixels counts the pixels of r that differ between a and b.
func changedPixels(a, b image.Image, r image.Rectangle) int {
	n := 0
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if a.At(x, y) != b.At(x, y) {
				n++
			}
		}
	}
	return n
}

func distinctColours(img image.Image) int {
	seen := map[color.Color]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 2 {
		for x := b.Min.X; x < b.Max.X; x += 2 {
			seen[img.At(x, y)] = true
		}
	}
	return len(seen)
}

func savePNG(t *testing.T, img image.Image, path string) {
	t.Helper()
	if dir := os.Getenv("DAYMARK_E2E_SHOTS"); dir != "" {
		path = filepath.Join(dir, filepath.Base(path))
	}
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s", path)
}
