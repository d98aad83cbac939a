package brief

import (
	"strings"
)

// Markdown writes a brief's blocks as Markdown, linking each chart by its
// file name (saved beside the Markdown).
func Markdown(title string, blocks []Block) string {
	var b strings.Builder
	b.WriteString("# " + escapeMarkdown(title) + "\n")
	for _, bl := range blocks {
		b.WriteString("\n")
		switch bl.Kind {
		case HeadingBlock:
			b.WriteString("## " + escapeMarkdown(bl.Text) + "\n")
		case ParagraphBlock:
			b.WriteString(escapeMarkdown(bl.Text) + "\n")
		case BulletsBlock:
			for _, item := range bl.Items {
				b.WriteString("- " + strings.ReplaceAll(escapeMarkdown(item), "\n", "\n  ") + "\n")
			}
		case TableBlock:
			cells := func(row []string) string {
				var out []string
				for _, c := range row {
					out = append(out, strings.ReplaceAll(escapeMarkdown(c), "\n", " "))
				}
				return "| " + strings.Join(out, " | ") + " |\n"
			}
			b.WriteString(cells(bl.Header))
			b.WriteString("|" + strings.Repeat(" --- |", len(bl.Header)) + "\n")
			for _, row := range bl.Rows {
				b.WriteString(cells(row))
			}
		case ChartBlock:
			b.WriteString("![" + escapeMarkdown(bl.Caption) + "](" + bl.File + ")\n")
		}
	}
	return b.String()
}

// escapeMarkdown keeps a person's text from being read as Markdown.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`,
	"<", `\<`, ">", `\>`, "#", `\#`, "|", `\|`,
)

func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }
