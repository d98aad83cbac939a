package main

import (
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"syscall"
	"time"
)

// xconn is the least of the X11 protocol that timing a first window needs:
// hear when a window is mapped, and read its pixels to see when the first
// frame is on it. It speaks to an Xvfb without authorisation, over its
// Unix socket, so no X library or polling tool stands between the event
// and the clock.
type xconn struct {
	c      *os.File
	root   uint32
	events []mapped // windows mapped, in order, read while waiting for a reply
}

// mapped is a window that was mapped, and when the event was read.
type mapped struct {
	window uint32
	at     time.Time
}

var le = binary.LittleEndian

// dialX connects to display n (":n") and asks to hear of windows mapped on
// the root window.
func dialX(n int) (*xconn, error) {
	c, err := dialUnix(fmt.Sprintf("/tmp/.X11-unix/X%d", n))
	if err != nil {
		return nil, err
	}
	x := &xconn{c: c}
	if err := x.setup(); err != nil {
		c.Close()
		return nil, err
	}
	// ChangeWindowAttributes(root, event-mask = SubstructureNotify)
	req := make([]byte, 16)
	req[0] = 2
	le.PutUint16(req[2:], 4)
	le.PutUint32(req[4:], x.root)
	le.PutUint32(req[8:], 1<<11)
	le.PutUint32(req[12:], 1<<19)
	if _, err := c.Write(req); err != nil {
		c.Close()
		return nil, err
	}
	return x, nil
}

// dialUnix connects to the Unix socket at path. It is made with syscall
// rather than package net, so that nothing in the project imports net:
// Daymark never touches the network, and a check of the house says so.
// The socket is non-blocking, so the file's read deadlines work.
func dialUnix(path string) (*os.File, error) {
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	if err := syscall.Connect(fd, &syscall.SockaddrUnix{Name: path}); err != nil {
		syscall.Close(fd)
		return nil, fmt.Errorf("connect %s: %w", path, err)
	}
	if err := syscall.SetNonblock(fd, true); err != nil {
		syscall.Close(fd)
		return nil, err
	}
	return os.NewFile(uintptr(fd), path), nil
}

// setup sends the connection setup and reads the root window of screen 0.
func (x *xconn) setup() error {
	hello := []byte{'l', 0, 11, 0, 0, 0, 0, 0, 0, 0, 0, 0}
	if _, err := x.c.Write(hello); err != nil {
		return err
	}
	head := make([]byte, 8)
	if _, err := io.ReadFull(x.c, head); err != nil {
		return err
	}
	body := make([]byte, 4*int(le.Uint16(head[6:])))
	if _, err := io.ReadFull(x.c, body); err != nil {
		return err
	}
	if head[0] != 1 {
		return fmt.Errorf("the X server refused the connection: %s", body[:min(int(head[1]), len(body))])
	}
	vendor := int(le.Uint16(body[16:]))
	formats := int(body[21])
	at := 32 + (vendor+3)/4*4 + 8*formats
	if at+4 > len(body) {
		return errors.New("short X connection setup")
	}
	x.root = le.Uint32(body[at:])
	return nil
}

func (x *xconn) Close() error { return x.c.Close() }

// next reads what the server sends next: a reply is returned, an event is
// noted (nil is returned).
func (x *xconn) next() ([]byte, error) {
	msg := make([]byte, 32)
	if _, err := io.ReadFull(x.c, msg); err != nil {
		return nil, err
	}
	switch code := msg[0] & 0x7f; code {
	case 0:
		return nil, fmt.Errorf("X error %d (request %d)", msg[1], msg[10])
	case 1:
		extra := make([]byte, 4*int(le.Uint32(msg[4:])))
		if _, err := io.ReadFull(x.c, extra); err != nil {
			return nil, err
		}
		return append(msg, extra...), nil
	case 19: // MapNotify
		if msg[12] == 0 { // not override-redirect: a window of the program, not a menu
			x.events = append(x.events, mapped{le.Uint32(msg[8:]), time.Now()})
		}
	}
	return nil, nil
}

// reply returns the reply to the request just sent.
func (x *xconn) reply() ([]byte, error) {
	for {
		r, err := x.next()
		if r != nil || err != nil {
			return r, err
		}
	}
}

// waitMapped blocks until a window is mapped, or the deadline.
func (x *xconn) waitMapped(deadline time.Time) (mapped, error) {
	x.c.SetReadDeadline(deadline)
	defer x.c.SetReadDeadline(time.Time{})
	for len(x.events) == 0 {
		if _, err := x.next(); err != nil {
			return mapped{}, err
		}
	}
	m := x.events[0]
	x.events = x.events[1:]
	return m, nil
}

// size returns a window's width and height (GetGeometry).
func (x *xconn) size(w uint32) (int, int, error) {
	req := make([]byte, 8)
	req[0] = 14
	le.PutUint16(req[2:], 2)
	le.PutUint32(req[4:], w)
	if _, err := x.c.Write(req); err != nil {
		return 0, 0, err
	}
	r, err := x.reply()
	if err != nil {
		return 0, 0, err
	}
	return int(le.Uint16(r[16:])), int(le.Uint16(r[18:])), nil
}

// painted reports whether anything has been drawn on a row of window w:
// on a black root (Xvfb -br) a window nothing has drawn on yet is black.
func (x *xconn) painted(w uint32, y, width int) (bool, error) {
	req := make([]byte, 20)
	req[0], req[1] = 73, 2 // GetImage, ZPixmap
	le.PutUint16(req[2:], 5)
	le.PutUint32(req[4:], w)
	le.PutUint16(req[10:], uint16(y))
	le.PutUint16(req[12:], uint16(width))
	le.PutUint16(req[14:], 1)
	le.PutUint32(req[16:], 0xffffffff)
	if _, err := x.c.Write(req); err != nil {
		return false, err
	}
	r, err := x.reply()
	if err != nil {
		return false, err
	}
	for i := 32; i+3 < len(r); i += 4 {
		if le.Uint32(r[i:])&0xffffff != 0 {
			return true, nil
		}
	}
	return false, nil
}

// intern returns the atom named name (InternAtom).
func (x *xconn) intern(name string) (uint32, error) {
	n := len(name)
	req := make([]byte, 8+(n+3)/4*4)
	req[0] = 16
	le.PutUint16(req[2:], uint16(len(req)/4))
	le.PutUint16(req[4:], uint16(n))
	copy(req[8:], name)
	if _, err := x.c.Write(req); err != nil {
		return 0, err
	}
	r, err := x.reply()
	if err != nil {
		return 0, err
	}
	return le.Uint32(r[8:]), nil
}

// closeWindow asks window w's program to close it, as a window manager's
// close button does: a WM_DELETE_WINDOW client message (SendEvent).
func (x *xconn) closeWindow(w uint32) error {
	protocols, err := x.intern("WM_PROTOCOLS")
	if err != nil {
		return err
	}
	del, err := x.intern("WM_DELETE_WINDOW")
	if err != nil {
		return err
	}
	req := make([]byte, 44)
	req[0] = 25 // SendEvent, not propagated, to the window's own client
	le.PutUint16(req[2:], 11)
	le.PutUint32(req[4:], w)
	ev := req[12:]
	ev[0], ev[1] = 33, 32 // ClientMessage, format 32
	le.PutUint32(ev[4:], w)
	le.PutUint32(ev[8:], protocols)
	le.PutUint32(ev[12:], del)
	_, err = x.c.Write(req)
	return err
}
