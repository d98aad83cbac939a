// Package assets holds the files Daymark carries inside its binary: the
// icon now, and later the starter value words and the guide prompts.
// It imports nothing of the project.
package assets

import (
	_ "embed"
)

// Icon is the app icon, a 512×512 PNG drawn by icongen.go.
//
//go:embed icon.png
var Icon []byte
