// Package errorlog keeps the causes of the problems Daymark tells a person
// about. The person reads a sentence ("the database failed while saving
// the day of 2026-03-02"); what lies under it (SQLite's error, the
// system's, the path, the operation) goes to a log file in the person's
// data folder, so that a bug report can carry it: Help → About names the
// file. A mistake of the person's (a sentence with nothing under it) is
// not logged.
//
// The log is daymark.log, readable by the owner only, at most MaxSize
// bytes; when it is full it becomes daymark.log.1 (the older ones .2 and
// .3; the oldest is dropped), so the log never takes more than
// (Kept+1)×MaxSize bytes. Nothing is sent anywhere, and an entry holds
// only the error: its time, the program, what was being done, the code,
// the sentence (which shortens what it quotes) and the cause, at most
// 4 KiB of them.
//
// It imports data and nothing else of the project, and nothing of Fyne.
package errorlog

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode"

	"daymark/data"
)

// Name is the log's file name; MaxSize how many bytes it holds before it
// is rotated; Kept how many older files stay beside it.
const (
	Name    = "daymark.log"
	MaxSize = 256 << 10
	Kept    = 3
)

// maxEntry bounds one entry, in bytes: a cause that quotes a whole file
// does not fill the log.
const maxEntry = 4 << 10

// A Log is the file the causes go to.
type Log struct {
	path    string
	program string           // "daymark 0.1.0"
	now     func() time.Time // time.Now unless a test sets another

	mu     sync.Mutex
	last   string    // the last cause written, and when: the same one
	lastAt time.Time // again within a minute is not written twice
}

// New returns the log at path, for program (its name and version). The
// file and its folder are made when the first cause is written.
func New(path, program string) *Log {
	return &Log{path: path, program: program, now: time.Now}
}

// DefaultPath returns where the log goes: the person's data folder, beside
// the database that is there by default.
func DefaultPath() (string, error) {
	db, err := data.DefaultPath()
	if err != nil {
		return "", err
	}
	return filepath.Join(filepath.Dir(db), Name), nil
}

// Path returns the log's file.
func (l *Log) Path() string { return l.path }

// Record writes what lies under err, when anything does, with what was
// being done (a command, a dialog's title; empty when the sentence says
// it). Writing the log never fails anything: a log that cannot be written
// is passed over.
func (l *Log) Record(doing string, err error) {
	if !hasCause(err) {
		return
	}
	cause := oneLine(err.Error())
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	if cause == l.last && now.Sub(l.lastAt) < time.Minute {
		return // a screen that shows the same failure again and again
	}
	l.last, l.lastAt = cause, now
	entry := now.Format(time.RFC3339) + " " + l.program + " (" + strconv.Itoa(os.Getpid()) + ")"
	if doing != "" {
		entry += " " + oneLine(doing) + ":"
	}
	entry += " [" + data.ErrorCode(err) + "] " + cause
	if len(entry) > maxEntry {
		entry = strings.ToValidUTF8(entry[:maxEntry], "") + "…"
	}
	l.write(entry + "\n")
}

// hasCause reports whether err has something under the sentence a person
// reads: a cause, or no sentence of Daymark's at all; a damaged file and
// an internal failure are logged even without one.
func hasCause(err error) bool {
	var e *data.Error
	switch {
	case err == nil:
		return false
	case !errors.As(err, &e):
		return true
	}
	return e.Err != nil || e.Code == data.EInternal || e.Code == data.ECorrupt
}

// oneLine keeps an entry on one line: line breaks and other control
// characters are written as escapes.
func oneLine(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteString(`\n`)
		case unicode.IsControl(r):
			fmt.Fprintf(&b, `\x%02x`, r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// write appends entry, rotating the files first when it would not fit.
func (l *Log) write(entry string) {
	if err := os.MkdirAll(filepath.Dir(l.path), 0o700); err != nil {
		return
	}
	if info, err := os.Stat(l.path); err == nil && info.Size() > 0 && info.Size()+int64(len(entry)) > MaxSize {
		l.rotate()
	}
	f, err := os.OpenFile(l.path, os.O_WRONLY|os.O_CREATE|os.O_APPEND, 0o600)
	if err != nil {
		return
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.Mode().Perm() != 0o600 {
		f.Chmod(0o600) // made by hand, or by another program: the owner's only
	}
	f.WriteString(entry)
}

// rotate moves daymark.log to daymark.log.1, .1 to .2 and so on; the
// oldest goes.
func (l *Log) rotate() {
	os.Remove(l.path + "." + strconv.Itoa(Kept))
	for i := Kept - 1; i >= 1; i-- {
		os.Rename(l.path+"."+strconv.Itoa(i), l.path+"."+strconv.Itoa(i+1))
	}
	os.Rename(l.path, l.path+".1")
}

// The log the front ends record into: none until main names one, so tests
// and programs that do not write nowhere.
var current atomic.Pointer[Log]

// Use makes l the log Record writes to (nil: none).
func Use(l *Log) { current.Store(l) }

// Record writes err's cause to the log in use, if any (see Log.Record).
func Record(doing string, err error) {
	if l := current.Load(); l != nil {
		l.Record(doing, err)
	}
}

// Path returns the file of the log in use, or "" when there is none.
func Path() string {
	if l := current.Load(); l != nil {
		return l.path
	}
	return ""
}
