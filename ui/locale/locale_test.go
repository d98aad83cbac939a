package locale

import (
	"os"
	"testing"
)

func TestQuiet(t *testing.T) {
	cases := []struct {
		lcAll, lang, language, want string
	}{
		{"", "C.UTF-8", "", "en"},
		{"", "POSIX.UTF-8", "", "en"},
		{"C.UTF-8", "fr_FR.UTF-8", "", "en"},
		{"", "C", "", ""},                  // plain C names no language: Fyne is already quiet
		{"", "fr_FR.UTF-8", "", ""},        // a real locale is left alone
		{"", "C.UTF-8", "de", "de"},        // the person's LANGUAGE wins
		{"fr_FR.UTF-8", "C.UTF-8", "", ""}, // LC_ALL applies, not LANG
	}
	for _, c := range cases {
		t.Setenv("LC_ALL", c.lcAll)
		t.Setenv("LC_MESSAGES", "")
		t.Setenv("LANG", c.lang)
		t.Setenv("LANGUAGE", c.language)
		Quiet()
		if got := os.Getenv("LANGUAGE"); got != c.want {
			t.Errorf("LC_ALL=%q LANG=%q LANGUAGE=%q: LANGUAGE = %q, want %q", c.lcAll, c.lang, c.language, got, c.want)
		}
	}
}
