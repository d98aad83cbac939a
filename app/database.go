package app

import (
	"os"

	"daymark/data"
)

// DatabasePath resolves the database: the flag, then DAYMARK_DB, then the
// default in the person's data folder.
func DatabasePath(flagValue string) (string, error) {
	if flagValue != "" {
		return flagValue, nil
	}
	if env := os.Getenv("DAYMARK_DB"); env != "" {
		return env, nil
	}
	return data.DefaultPath()
}
