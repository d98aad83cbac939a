package prefs

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"fyne.io/fyne/v2"

	"daymark/app"
)

// Fyne 2.7 saves preferences by emptying preferences.json and writing it
// again (os.Create, then the JSON). A kill between the two leaves the file
// empty: the next start logs "Preferences load error: EOF" and every
// setting is gone. Fyne also waits 100 ms after a save before it saves
// again, so a kill soon after a change loses it even when the file is
// whole. Daymark keeps its own copy beside it, written whole or not at all
// (into a temporary file, synced, then renamed) on every change, and
// before Fyne reads its file, puts the copy in its place when that file is
// broken or not newer than the copy.

// copyName is Daymark's copy of the preferences, beside Fyne's file.
const copyName = "daymark-preferences.json"

// PreferencesFolder returns the folder where Fyne keeps the preferences
// of the app with id: where its storage root is (see Fyne's
// internal/app.RootConfigDir), which exists only once the app does.
func PreferencesFolder(id string) string {
	home, _ := os.UserHomeDir()
	var root string
	switch runtime.GOOS {
	case "darwin":
		root = filepath.Join(home, "Library", "Preferences", "fyne")
	case "windows":
		root = filepath.Join(home, "AppData", "Roaming", "fyne")
	default:
		config, _ := os.UserConfigDir()
		root = filepath.Join(config, "fyne")
	}
	return filepath.Join(root, id)
}

// RecoverPreferences makes Fyne's preferences file of the app with id
// whole and current before the app reads it: Daymark's copy takes its
// place when it is broken (cut short by a kill) or not newer than the copy
// (a file's time has the grain of the kernel's clock tick, and the copy is
// written after Fyne's file on every change); a
// broken file with no copy is removed, so the app starts from its
// defaults without an error. Call it before the app is made.
func RecoverPreferences(id string) {
	dir := PreferencesFolder(id)
	file, kept := filepath.Join(dir, "preferences.json"), filepath.Join(dir, copyName)
	for _, name := range []string{copyName, "preferences.json"} {
		left, _ := filepath.Glob(filepath.Join(dir, "."+name+"-*.tmp"))
		for _, f := range left { // being written when Daymark was killed
			os.Remove(f)
		}
	}
	fileInfo, fileErr := os.Stat(file)
	keptInfo, keptErr := os.Stat(kept)
	fileWhole := fileErr == nil && wholeJSON(file)
	keptWhole := keptErr == nil && wholeJSON(kept)
	switch {
	case keptWhole && (!fileWhole || !keptInfo.ModTime().Before(fileInfo.ModTime())):
		if body, err := os.ReadFile(kept); err == nil {
			writeWhole(file, body)
		}
	case fileErr == nil && !fileWhole:
		os.Remove(file)
	}
	if _, err := os.Stat(file); err == nil {
		os.Chmod(file, 0o600)
	}
}

// wholeJSON reports whether the file at path holds one JSON object.
func wholeJSON(path string) bool {
	body, err := os.ReadFile(path)
	var values map[string]any
	return err == nil && json.Unmarshal(body, &values) == nil && values != nil
}

// valueReader is what Fyne's preferences offer beyond fyne.Preferences:
// all their values at once.
type valueReader interface {
	ReadValues(func(map[string]any))
}

// KeepPreferences keeps Daymark's copy of the app's preferences current:
// after every change, once Fyne has saved its own file, the copy is
// written whole. Call it once the app is made.
func KeepPreferences(a fyne.App) {
	values, ok := a.Preferences().(valueReader)
	if !ok {
		return // preferences kept in memory only: nothing to keep
	}
	root := a.Storage().RootURI()
	if root == nil || root.Scheme() != "file" {
		return
	}
	dir := root.Path()
	var mu sync.Mutex
	a.Preferences().AddChangeListener(func() {
		var body []byte
		values.ReadValues(func(v map[string]any) { body, _ = json.Marshal(v) })
		if body == nil {
			return
		}
		mu.Lock()
		defer mu.Unlock()
		writeWhole(filepath.Join(dir, copyName), body)
		os.Chmod(filepath.Join(dir, "preferences.json"), 0o600) // Fyne makes it readable by all
	})
}

// writeWhole writes body to path whole or not at all, for the owner only
// (Outputs of no database: the preferences are none of its files).
func writeWhole(path string, body []byte) error {
	return app.Outputs{}.WriteFile(path, func(w io.Writer) error {
		_, err := w.Write(body)
		return err
	})
}
