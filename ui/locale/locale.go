// Package locale names a language for Fyne when the system names none.
//
// Under the C.UTF-8 locale (common in containers and minimal installs) Fyne
// logs "Error parsing user locale C" while its packages initialise, before
// main runs. Go initialises packages in import-path order once their imports
// are ready, so this package, which imports only the standard library and
// sorts before fyne.io, runs first. main imports it for that effect alone.
package locale

import (
	"os"
	"strings"
)

func init() { Quiet() }

// Quiet sets LANGUAGE=en when the locale that applies (LC_ALL, LC_MESSAGES
// or LANG, the first one set) is C.something or POSIX.something and LANGUAGE
// is not set: Fyne then reads "en" instead of the unparsable "C".
func Quiet() {
	for _, key := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := os.Getenv(key)
		if v == "" {
			continue
		}
		if (strings.HasPrefix(v, "C.") || strings.HasPrefix(v, "POSIX.")) && os.Getenv("LANGUAGE") == "" {
			os.Setenv("LANGUAGE", "en")
		}
		return
	}
}
