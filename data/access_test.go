//go:build unix

package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func init() { helpers["open"] = openAndSay }

// openAndSay opens the database and prints the error's code and sentence.
func openAndSay(path string) int {
	s, err := Open(path)
	if err == nil {
		s.Close()
		fmt.Println("opened")
		return 0
	}
	fmt.Printf("%s: %s\n", ErrorCode(err), ErrorMessage(err))
	return 1
}

// nobody is the user the files are refused to when the tests run as root,
// for whom permissions mean nothing.
const nobody = 65534

func TestAFileThatCannotBeReadOrWrittenIsRefusedAndLeftAlone(t *testing.T) {
	dir, err := os.MkdirTemp("", "daymark-access-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o777); err != nil {
		t.Fatal(err)
	} // the folder itself is open to all: only the file's mode refuses
	cases := []struct {
		name string
		mode os.FileMode
		want string
	}{
		{"unreadable", 0o000, "cannot be read: permission denied"},
		{"read-only", 0o444, "is read-only: Daymark needs to write to it"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.name+".db")
			s, err := Open(path)
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			before, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.Chmod(path, c.mode); err != nil {
				t.Fatal(err)
			}
			if os.Geteuid() != 0 {
				_, err := Open(path)
				if ErrorCode(err) != EInvalid || !strings.Contains(ErrorMessage(err), c.want) {
					t.Errorf("Open: %v, want a sentence saying %q", err, c.want)
				}
			} else {
				out := openAsNobody(t, dir, path)
				if !strings.HasPrefix(out, EInvalid+": ") || !strings.Contains(out, c.want) {
					t.Errorf("Open as another user: %q, want a sentence saying %q", out, c.want)
				}
			}
			if err := os.Chmod(path, 0o600); err != nil {
				t.Fatal(err)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
				t.Error("the file changed")
			}
			if _, err := os.Stat(path + "-wal"); err == nil {
				t.Error("a WAL appeared beside it")
			}
		})
	}
}

// openAsNobody runs Open on path in a copy of this test binary as the user
// nobody, and returns what it printed. Root can read and write any file,
// so only another user shows what a person meets. It skips the test when
// the system cannot start a process as another user.
func openAsNobody(t *testing.T, dir, path string) string {
	t.Helper()
	return runAsNobody(t, dir, "open", path)
}

// runAsNobody runs the helper on the database at path in a copy of this
// test binary in dir, as the user nobody, with the environment's other
// variables, and returns what it printed.
func runAsNobody(t *testing.T, dir, helper, path string, env ...string) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, "data.test")
	if _, err := os.Stat(bin); err != nil {
		copyFile(t, exe, bin, 0o755)
	}
	cmd := exec.Command(bin)
	cmd.Dir = dir
	cmd.Env = append(append(os.Environ(), "DAYMARK_HELPER="+helper, "DAYMARK_HELPER_DB="+path, "HOME="+dir), env...)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.Output()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Skipf("cannot run a process as the user nobody (%v): the test runs as root, for whom no file is unreadable", err)
	}
	return strings.TrimSpace(string(out))
}

func init() { helpers["restore"] = restoreAndSay }

// restoreAndSay restores the database from $DAYMARK_HELPER_FROM and says
// how it went.
func restoreAndSay(path string) int {
	s, err := Open(path)
	if err == nil {
		_, err = s.Restore(context.Background(), os.Getenv("DAYMARK_HELPER_FROM"))
		s.Close()
	}
	if err != nil {
		os.Stdout.WriteString(ErrorCode(err) + ": " + ErrorMessage(err) + "\n")
		return 1
	}
	os.Stdout.WriteString("restored\n")
	return 0
}

func TestABackupThatCanOnlyBeReadRestores(t *testing.T) {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "daymark-readonly-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := os.Chmod(filepath.Join(dir, "shelf"), 0o700); err != nil {
			t.Fatal(err)
		}
		os.RemoveAll(dir)
	})
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	s, err := Open(filepath.Join(dir, "daymark.db"))
	if err != nil {
		t.Fatal(err)
	}
	dims, err := s.Dimensions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.SaveDay(ctx, dayWith(NewDate(2026, 7, 7), dims[0].ID, 15, 0)); err != nil {
		t.Fatal(err)
	}
	shelf := filepath.Join(dir, "shelf")
	if err := os.Mkdir(shelf, 0o700); err != nil {
		t.Fatal(err)
	}
	backup := filepath.Join(shelf, "kept.db")
	if err := s.BackupTo(ctx, backup); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// The backup and its folder can be read, not written.
	if err := os.Chmod(backup, 0o444); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shelf, 0o555); err != nil {
		t.Fatal(err)
	}
	if os.Geteuid() != 0 {
		if out := restoreAndSayIn(t, filepath.Join(dir, "daymark.db"), backup); out != "restored" {
			t.Errorf("restoring a read-only backup: %s", out)
		}
		return
	}
	for _, f := range []string{dir, filepath.Join(dir, "daymark.db"), filepath.Join(dir, "daymark.db-wal"), filepath.Join(dir, "daymark.db-shm")} {
		if err := os.Chown(f, nobody, nobody); err != nil && !errors.Is(err, fs.ErrNotExist) { // SQLite's files come and go
			t.Fatal(err)
		}
	}
	out := runAsNobody(t, dir, "restore", filepath.Join(dir, "daymark.db"), "DAYMARK_HELPER_FROM="+backup)
	if out != "restored" {
		t.Errorf("restoring a read-only backup as its reader: %s", out)
	}
	if entries, _ := os.ReadDir(shelf); len(entries) != 1 {
		t.Errorf("restoring wrote beside the backup: %v", entries)
	}
}

// restoreAndSayIn restores in this process, for a user who is not root.
func restoreAndSayIn(t *testing.T, db, from string) string {
	t.Helper()
	s, err := Open(db)
	if err != nil {
		return ErrorMessage(err)
	}
	defer s.Close()
	if _, err := s.Restore(context.Background(), from); err != nil {
		return ErrorMessage(err)
	}
	return "restored"
}

func copyFile(t *testing.T, from, to string, mode os.FileMode) {
	t.Helper()
	in, err := os.Open(from)
	if err != nil {
		t.Fatal(err)
	}
	defer in.Close()
	out, err := os.OpenFile(to, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := io.Copy(out, in); err != nil {
		t.Fatal(err)
	}
	if err := out.Close(); err != nil {
		t.Fatal(err)
	}
}

// A folder the person cannot write in is named as the trouble, not the
// file Daymark meant to make in it.
func TestAFolderThatCannotBeWrittenIsNamedAsTheTrouble(t *testing.T) {
	dir, err := os.MkdirTemp("", "daymark-folder-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	shut := filepath.Join(dir, "shut")
	if err := os.Mkdir(shut, 0o555); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(shut, "new.db")
	want := "cannot write " + path + ": the folder " + shut + " cannot be written (check its permissions)"
	var got string
	if os.Geteuid() != 0 {
		_, err := Open(path)
		got = ErrorMessage(err)
	} else {
		got = openAsNobody(t, dir, path)
	}
	if !strings.Contains(got, want) {
		t.Errorf("Open in a folder that cannot be written: %q, want %q", got, want)
	}
}
