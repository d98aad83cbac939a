// The helpers that several test files of this package share.

package brief

import "strings"

// sections splits a brief's Markdown by its "## " headings.
func sections(md string) (order []string, body map[string]string) {
	body = map[string]string{}
	current := ""
	for _, line := range strings.Split(md, "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			current = h
			order = append(order, h)
			continue
		}
		body[current] += line + "\n"
	}
	return order, body
}
