// Package assets holds the files Daymark carries inside its binary: the
// icon and the starter list of value words.
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
