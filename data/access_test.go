//go:build unix

package data

import (
	"bytes"
	"fmt"
	"io"
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
	os.Chmod(dir, 0o777) // the folder itself is open to all: only the file's mode refuses
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
			before, _ := os.ReadFile(path)
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
			os.Chmod(path, 0o600)
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
	cmd.Env = append(os.Environ(), "DAYMARK_HELPER=open", "DAYMARK_HELPER_DB="+path, "HOME="+dir)
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: nobody, Gid: nobody}}
	out, err := cmd.Output()
	if _, exited := err.(*exec.ExitError); err != nil && !exited {
		t.Skipf("cannot run a process as the user nobody (%v): the test runs as root, for whom no file is unreadable", err)
	}
	return strings.TrimSpace(string(out))
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
