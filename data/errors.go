package data

import (
	"errors"
	"fmt"
	"strings"
)

// Error codes say what kind of thing went wrong, so callers can decide what
// to do without reading the sentence.
const (
	EInvalid  = "invalid"  // the input breaks a rule; the message says which
	EConflict = "conflict" // the input clashes with what is stored (a duplicate name)
	ENotFound = "not_found"
	ECorrupt  = "corrupt" // the file is not a sound Daymark database
	ETooNew   = "too_new" // the file was written by a newer Daymark
	EInUse    = "in_use"  // another window has the file open
	EMissing  = "missing" // the database file is gone, but backups of it are there
	EInternal = "internal"
)

// Error is a domain error: a code for programs and a sentence for people.
type Error struct {
	Code    string
	Message string
	Err     error // the underlying cause, if any
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Errorf makes a domain error with a sentence for people; text among args
// too long to repeat whole is shortened (see Shorten).
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, shortenArgs(args)...)}
}

// ErrorCode returns the code of a domain error, or EInternal for any other error.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EInternal
}

// ErrorMessage returns the sentence of a domain error, or a generic sentence
// (with the cause) for any other error, never with a word or a path too
// long to read in it (see Shorten).
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return shortenRuns(e.Message)
	}
	return shortenRuns("Something went wrong: " + err.Error())
}

// noNUL refuses a text with a NUL character in it: SQLite's text functions
// stop at one, so the file's own checks (a name is not blank) would read
// "\x00Trust" as empty and fail without a sentence.
func noNUL(field, text string) error {
	if strings.ContainsRune(text, 0) {
		return Errorf(EInvalid, "%s contains a NUL character (\\0), which cannot be stored: remove it", field)
	}
	return nil
}
