package balancescreen

import (
	"io"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"

	"daymark/app"
	"daymark/charts"
	"daymark/ui/control"
)

// The size and theme of a saved chart: large enough to print, on white.
const (
	savedWidth  = 1600
	savedHeight = 960
)

// saveChart asks where to save a chart, as PNG or (by its name) SVG.
func (s *Screen) saveChart(card *chartCard) {
	if card.Figure == nil {
		return
	}
	fig := card.Figure
	name := "daymark-" + strings.ToLower(strings.NewReplacer(" ", "-", "'", "", ":", "", ",", "").Replace(card.title)) + "-" + s.Rng.From.String() + ".png"
	out := s.balancer.Outputs()
	control.PickSavePath(s.win, name, control.Place{Extensions: []string{".png", ".svg"}}, func(path string) { WriteChart(s.win, s.tasks, out, path, fig) })
}

// WriteChart draws fig to path (SVG when the name ends in .svg, PNG
// otherwise) off the UI goroutine, and says how it went.
func WriteChart(win fyne.Window, t *control.Tasks, out app.Outputs, path string, fig charts.Figure) {
	var err error
	t.Run(func() {
		err = out.WriteFile(path, func(w io.Writer) error {
			if strings.EqualFold(filepath.Ext(path), ".svg") {
				return charts.SVG(w, fig, savedWidth, savedHeight, charts.Light())
			}
			return charts.PNG(w, fig, savedWidth, savedHeight, charts.Light())
		})
	}, func() {
		if err != nil {
			control.ShowProblem(win, "Daymark could not save the chart", err)
			return
		}
		control.Inform(win, "Chart saved", path)
	})
}
