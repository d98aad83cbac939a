package sync

import (
	"strconv"
	"strings"
)

func splitLines(s string) []string { return strings.Split(s, "\n") }
func join(l []string) string       { return strings.Join(l, "\n") }
func itoa(n int) string            { return strconv.Itoa(n) }
