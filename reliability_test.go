package main

import (
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// The privacy promises: every file Daymark writes is readable by its owner
// only, and the program opens no network connection.

func TestEveryFileDaymarkWritesIsTheOwnersOnly(t *testing.T) {
	old := syscall.Umask(0) // no help from a strict umask: the modes must come from Daymark
	defer syscall.Umask(old)
	dir := filepath.Join(t.TempDir(), "data")
	db := filepath.Join(dir, "daymark.db")
	steps := [][]string{
		{"demo", "--db", db, "--days", "5"},
		{"backup", "--db", db},
		{"backup", "--db", db, "--out", filepath.Join(dir, "copy.db")},
		{"export", "--db", db, "--out", filepath.Join(dir, "all.json")},
		{"export", "--db", db, "--format", "csv", "--out", filepath.Join(dir, "days.csv")},
		{"import", "--db", filepath.Join(dir, "imported.db"), filepath.Join(dir, "all.json")},
		{"restore", "--db", db, filepath.Join(dir, "copy.db")},
	}
	for _, args := range steps {
		if code, _, errs := runMain(t, args...); code != 0 {
			t.Fatalf("daymark %v: exit %d, %s", args, code, errs)
		}
	}
	// The window's lock, and a database left open so its WAL and shm exist.
	svc, closeWindow, err := openForWindow(db, "")
	if err != nil {
		t.Fatal(err)
	}
	defer closeWindow()
	if _, err := svc.DataFile.BackUp(t.Context()); err != nil {
		t.Fatal(err)
	}

	seen := map[string]bool{}
	if err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			t.Fatal(err)
		}
		info, err := d.Info()
		if err != nil {
			t.Fatal(err)
		}
		want := os.FileMode(0o600)
		if d.IsDir() {
			want = 0o700
		}
		if info.Mode().Perm() != want {
			t.Errorf("%s has mode %v, want %v", path, info.Mode().Perm(), want)
		}
		seen[kind(path)] = true
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"db", "db-wal", "db-shm", "db.lock", "backup", "json", "csv"} {
		if !seen[k] {
			t.Errorf("no %s file was written, so its mode went unchecked (saw %v)", k, seen)
		}
	}
}

// kind names what a file is, for the list of what was checked.
func kind(path string) string {
	base := filepath.Base(path)
	switch {
	case filepath.Base(filepath.Dir(path)) == "backups" && strings.HasSuffix(base, ".db"):
		return "backup"
	case strings.Contains(base, ".db"):
		return base[strings.Index(base, ".db")+1:]
	}
	return strings.TrimPrefix(filepath.Ext(base), ".")
}

// networkPackages are the packages that open connections: net and what is
// built on it. Parsers that live under net or x/net (net/url, net/netip,
// net/mail, x/net/html) open none and are not in it.
var networkPackages = regexp.MustCompile(`^(net|net/http(/.*)?|net/rpc(/.*)?|net/smtp|crypto/tls|golang\.org/x/net/(http2|websocket|proxy|quic|dns|ipv4|ipv6|icmp|netutil|trace)(/.*)?)$`)

// knownNetworkImporters are the packages of Daymark's dependencies that
// import a network package, and why that opens no connection in Daymark:
//
//   - fyne.io/fyne/v2: LoadResourceFromURLString fetches a URL; Daymark
//     never calls it (TestDaymarkImportsNoNetworkPackage checks).
//   - fyne.io/fyne/v2/internal/repository: http:// and https:// URIs for
//     Fyne's storage; Daymark only opens file:// URIs, from its dialogs.
//   - github.com/godbus/dbus/v5: Fyne's link to the desktop (settings,
//     portals) over the local D-Bus socket; its TCP transports are used
//     only when DBUS_SESSION_BUS_ADDRESS names a TCP address. Daymark's
//     app/idle asks GNOME's idle monitor through it, and refuses any
//     address but a Unix socket before dialling (app/idle tests it);
//     app/desktop asks, the same way, whether a panel shows tray icons
//     and whether notifications can be sent, and the window sets Fyne's
//     tray and sends notifications only when it says so.
//   - github.com/jezek/xgb: app/idle reads the X server's idle time; xgb
//     dials TCP only for a DISPLAY that names a host, which app/idle
//     refuses before dialling (app/idle tests it).
var knownNetworkImporters = []string{
	"fyne.io/fyne/v2",
	"fyne.io/fyne/v2/internal/repository",
	"github.com/godbus/dbus/v5",
	"github.com/jezek/xgb",
}

// socketAdapters are the packages that may reach a socket library
// (xgb, dbus) directly: the idle sources and the desktop's offers, which
// dial Unix sockets only.
var socketAdapters = map[string]bool{"daymark/app/idle": true, "daymark/app/desktop": true,
	"daymark/app/desktop/desktoptest": true} // a bus and a panel of the tests' own

func TestDaymarkImportsNoNetworkPackage(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "-json=ImportPath,Imports,Standard,Module", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	dec := json.NewDecoder(strings.NewReader(string(out)))
	var importers []string
	packages := 0
	for dec.More() {
		var p struct {
			ImportPath string
			Imports    []string
			Standard   bool
			Module     *struct{ Path string }
		}
		if err := dec.Decode(&p); err != nil {
			t.Fatal(err)
		}
		packages++
		if p.Standard {
			continue // the standard library's own layers (net/http imports net)
		}
		for _, imp := range p.Imports {
			if (imp == "github.com/jezek/xgb" || imp == "github.com/godbus/dbus/v5") && p.Module != nil && p.Module.Path == "daymark" && !socketAdapters[p.ImportPath] {
				t.Errorf("%s imports %s: only app/idle and app/desktop reach the desktop's sockets, and only Unix ones", p.ImportPath, imp)
			}
		}
		for _, imp := range p.Imports {
			if !networkPackages.MatchString(imp) {
				continue
			}
			if p.Module != nil && p.Module.Path == "daymark" {
				t.Errorf("%s imports %s: Daymark opens no network connection", p.ImportPath, imp)
			} else {
				importers = append(importers, p.ImportPath)
			}
		}
	}
	if packages < 50 {
		t.Fatalf("go list listed only %d packages", packages)
	}
	sort.Strings(importers)
	for _, p := range importers {
		if !contains(knownNetworkImporters, p) {
			t.Errorf("the dependency %s imports a network package: check that Daymark cannot reach it, then add it with the reason to knownNetworkImporters", p)
		}
	}
	// Fyne's one call that fetches a URL, and opening a link in a browser.
	grep := exec.Command("grep", "-rlE", `LoadResourceFromURLString|OpenURL\(`, "--include=*.go", "--exclude=*_test.go", ".")
	if found, _ := grep.Output(); len(found) > 0 {
		t.Errorf("Daymark's code reaches for the network through Fyne in:\n%s", found)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
