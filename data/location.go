package data

import (
	"os"
	"path/filepath"
	"runtime"
)

// FileName is the name of the database file in the default folder.
const FileName = "daymark.db"

// DefaultPath returns where Daymark keeps its database when no other path is
// given: the person's data folder for applications.
//
//	Linux and BSD: $XDG_DATA_HOME/daymark/daymark.db (~/.local/share/daymark/daymark.db)
//	macOS:         ~/Library/Application Support/Daymark/daymark.db
//	Windows:       %AppData%\Daymark\daymark.db
func DefaultPath() (string, error) {
	home, err := os.UserHomeDir()
	switch runtime.GOOS {
	case "windows":
		if dir := os.Getenv("AppData"); dir != "" {
			return filepath.Join(dir, "Daymark", FileName), nil
		}
	case "darwin", "ios":
		if err == nil {
			return filepath.Join(home, "Library", "Application Support", "Daymark", FileName), nil
		}
	default:
		if dir := os.Getenv("XDG_DATA_HOME"); filepath.IsAbs(dir) {
			return filepath.Join(dir, "daymark", FileName), nil
		}
		if err == nil {
			return filepath.Join(home, ".local", "share", "daymark", FileName), nil
		}
	}
	if err == nil {
		err = Errorf(EInvalid, "cannot find a folder for Daymark's data: give one with --db or DAYMARK_DB")
	}
	return "", err
}
