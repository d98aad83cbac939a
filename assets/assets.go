// Package assets holds the files Daymark carries inside its binary: the
// icon, the starter list of value words and the brief's typeface.
// It imports nothing of the project.
package assets

import (
	_ "embed"
)

// Icon is the app icon, a 512×512 PNG drawn by icongen.go.
//
//go:embed icon.png
var Icon []byte

// StarterValues is the starter list of value words, "Name: meaning" a line,
// with # comments.
//
//go:embed values.txt
var StarterValues string

// NotoSansRegular, NotoSansBold and NotoSansItalic are the typeface of the
// brief's PDF and printed charts: the window's own (Fyne's), with plain
// digits. SIL Open Font License 1.1, in fonts/OFL.txt.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	NotoSansRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	NotoSansBold []byte
	//go:embed fonts/NotoSans-Italic.ttf
	NotoSansItalic []byte
)
