package app

import (
	"strconv"
)

// Plural writes n and word, with an s unless n is 1: "1 action",
// "3 actions".
func Plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}

// Clip shortens s to at most n characters, the last an ellipsis when it
// cuts; it reads no further than it keeps (a line may be megabytes long).
func Clip(s string, n int) string {
	cut, count := 0, 0
	for i := range s {
		switch count {
		case n - 1:
			cut = i // where the n-th character begins
		case n:
			return s[:cut] + "…"
		}
		count++
	}
	return s
}
