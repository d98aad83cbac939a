package brief

import (
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/golang/freetype/truetype"

	"daymark/assets"
	"daymark/charts"
	"daymark/data"
)

// The size of a brief's chart files: large enough to print.
const briefChartWidth, briefChartHeight = 2 * 800, 2 * 480

// printTheme is the light theme at twice the pixels, so the charts of a
// brief stay sharp on paper with type a reader can read, in the brief's
// typeface.
func printTheme() charts.Theme {
	th := charts.Light()
	th.Scale = 2
	th.Font = printFont()
	return th
}

// printFont is Noto Sans, the typeface of the brief's text.
var printFont = sync.OnceValue(func() *truetype.Font {
	f, err := truetype.Parse(assets.NotoSansRegular)
	if err != nil {
		panic(err) // compiled in, and parsed by the tests
	}
	return f
})

// Files returns the names of the files a brief writes: the Markdown,
// the PDF and a PNG for each chart.
func Files(blocks []Block) []string {
	files := []string{"brief.md", "brief.pdf"}
	for _, b := range blocks {
		if b.Kind == ChartBlock {
			files = append(files, b.File)
		}
	}
	return files
}

// Export writes the brief into dir (created, for the owner only, if
// missing): brief.md linking the charts saved beside it as PNGs, and
// brief.pdf with the charts embedded. Files already there are refused,
// never overwritten, unless replace is set; nor is any file of the
// database the brief comes from (see Outputs). The files are written
// aside and moved into dir together once all are written, so a brief that
// fails, or whose ctx is cancelled, changes nothing in dir. progress, when
// not nil, hears of each file as it is written. It returns the paths
// written.
func Export(ctx context.Context, dir string, b Content, today data.Date, replace bool, progress func(done, total int)) ([]string, error) {
	blocks := b.Blocks(today)
	names := Files(blocks)
	for _, name := range names {
		if err := b.outputs.Check(filepath.Join(dir, name)); err != nil {
			return nil, err
		}
	}
	if existing := Existing(dir, names); len(existing) > 0 && !replace {
		return nil, data.Errorf(data.EConflict, "%s already holds %s: choose another folder, or replace them", dir, strings.Join(existing, ", "))
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, data.CannotCreateFolder("the folder", dir, err)
	}
	stage, err := data.NewStage(dir)
	if err != nil {
		return nil, err
	}
	defer stage.Discard()
	done := 0
	write := func(name string, fn func(io.Writer) error) error {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := stage.Write(name, fn); err != nil {
			return err
		}
		done++
		if progress != nil {
			progress(done, len(names))
		}
		return nil
	}
	for _, bl := range blocks {
		if bl.Kind != ChartBlock {
			continue
		}
		fig := bl.Figure
		if err := write(bl.File, func(w io.Writer) error {
			return charts.PNG(w, fig, briefChartWidth, briefChartHeight, printTheme())
		}); err != nil {
			return nil, err
		}
	}
	title := b.Title()
	if err := write("brief.md", func(w io.Writer) error {
		_, err := io.WriteString(w, Markdown(title, blocks))
		return err
	}); err != nil {
		return nil, err
	}
	if err := write("brief.pdf", func(w io.Writer) error { return WritePDF(w, title, blocks) }); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return stage.Commit()
}

// Existing returns which of names already exist in dir.
func Existing(dir string, names []string) []string {
	var out []string
	for _, n := range names {
		if _, err := os.Lstat(filepath.Join(dir, n)); err == nil {
			out = append(out, n)
		}
	}
	return out
}
