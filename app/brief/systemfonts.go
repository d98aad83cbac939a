package brief

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/image/font/sfnt"
)

// maxSystemFonts bounds how many font files a PDF looks through for a
// character: a computer with every font of every script installed is
// searched in well under a second.
const maxSystemFonts = 4000

// fontDirs are the folders where this system keeps fonts (the folders
// fontconfig reads by default on Linux and the BSDs; the system's and the
// person's font folders on macOS and Windows).
func fontDirs() []string {
	home, _ := os.UserHomeDir()
	switch runtime.GOOS {
	case "darwin":
		return []string{filepath.Join(home, "Library/Fonts"), "/Library/Fonts", "/System/Library/Fonts", "/System/Library/Fonts/Supplemental"}
	case "windows":
		return []string{filepath.Join(os.Getenv("WINDIR"), "Fonts"), filepath.Join(os.Getenv("LOCALAPPDATA"), `Microsoft\Windows\Fonts`)}
	}
	dirs := []string{filepath.Join(home, ".local/share/fonts"), filepath.Join(home, ".fonts")}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		dirs = append(dirs, filepath.Join(d, "fonts"))
	}
	data := os.Getenv("XDG_DATA_DIRS")
	if data == "" {
		data = "/usr/local/share:/usr/share"
	}
	for _, d := range filepath.SplitList(data) {
		dirs = append(dirs, filepath.Join(d, "fonts"))
	}
	return dirs
}

// findSystemFonts looks through the TrueType fonts under dirs for the
// characters wanted and returns, for each it finds, the file of the first
// font that has it. Plain sans-serif faces come first (Noto Sans, then
// DejaVu Sans, then others), bold, italic, serif and monospaced ones last,
// so a character is drawn as close to the brief's text as the system
// allows. Files that are not TrueType (CFF-based OpenType, collections)
// are passed over: the PDF cannot embed them.
func findSystemFonts(dirs []string, wanted []rune) map[rune]string {
	var files []string
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || len(files) >= maxSystemFonts {
				return filepath.SkipDir
			}
			if !d.IsDir() && strings.EqualFold(filepath.Ext(path), ".ttf") {
				files = append(files, path)
			}
			return nil
		})
	}
	slices.SortStableFunc(files, func(a, b string) int { return fontRank(a) - fontRank(b) })
	found := map[rune]string{}
	var buf sfnt.Buffer
	for _, path := range files {
		if len(found) == len(wanted) {
			break
		}
		f, err := os.Open(path)
		if err != nil {
			continue
		}
		if font, err := sfnt.ParseReaderAt(f); err == nil {
			for _, r := range wanted {
				if _, done := found[r]; !done {
					if i, err := font.GlyphIndex(&buf, r); err == nil && i != 0 {
						found[r] = path
					}
				}
			}
		}
		f.Close()
	}
	return found
}

// fontRank orders font files by how well they sit among the brief's text:
// lower is better.
func fontRank(path string) int {
	name := strings.ToLower(filepath.Base(path))
	rank := 2
	switch {
	case strings.HasPrefix(name, "notosans"):
		rank = 0
	case strings.HasPrefix(name, "dejavusans"):
		rank = 1
	}
	for _, word := range []string{"bold", "italic", "oblique", "serif", "mono", "condensed", "light", "thin", "black"} {
		if strings.Contains(strings.TrimPrefix(name, "notosans"), word) {
			rank += 10
		}
	}
	return rank
}
