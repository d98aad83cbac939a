package timeimportdialog

import (
	"fmt"
	"strconv"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/widget"

	"daymark/app/timeimport"
	"daymark/data"
	"daymark/ui/control"
)

// previewTree shows a preview: a branch per day with its dimensions'
// minutes before and after, its events as leaves; then what matched no
// rule, what was left out, and the notes.
type previewTree struct {
	Children map[string][]string
	Text     map[string]string
	tree     *widget.Tree
	empty    *widget.Label
	content  fyne.CanvasObject
}

func newPreviewTree() *previewTree {
	t := &previewTree{Children: map[string][]string{}, Text: map[string]string{}}
	t.tree = widget.NewTree(
		func(id widget.TreeNodeID) []widget.TreeNodeID { return t.Children[id] },
		func(id widget.TreeNodeID) bool { return len(t.Children[id]) > 0 },
		func(branch bool) fyne.CanvasObject {
			l := widget.NewLabel("Thu 22 Oct 2026 · Organisational improvement 0 → 60")
			l.Truncation = fyne.TextTruncateEllipsis
			l.TextStyle.Bold = branch
			return l
		},
		func(id widget.TreeNodeID, branch bool, o fyne.CanvasObject) {
			l := o.(*widget.Label)
			l.TextStyle.Bold = branch
			l.SetText(t.Text[id])
		})
	t.empty = control.Note("")
	t.content = container.NewStack(t.tree, container.NewVBox(t.empty, layout.NewSpacer()))
	return t
}

// show fills the tree with nodes laid out by previewNodes (off the UI
// goroutine: a big file has tens of thousands), or empties it.
func (t *previewTree) show(nodes previewLayout) {
	t.Children, t.Text = nodes.children, nodes.text
	t.tree.Refresh()
	t.tree.OpenAllBranches()
	t.empty.SetText("")
	if nodes.shown && len(t.Children[""]) == 0 {
		t.empty.SetText("The file holds nothing between these days. Choose other days.")
	}
}

// previewLayout is a preview laid out as a tree: the children of each
// node by ID ("" is the root) and the text of each.
type previewLayout struct {
	children map[string][]string
	text     map[string]string
	shown    bool // a preview, not none
}

// previewNodes lays a preview out as a tree.
func previewNodes(p *timeimport.Preview, dims []data.Dimension, loc *time.Location) previewLayout {
	children, text := map[string][]string{}, map[string]string{}
	if p == nil {
		return previewLayout{children: children, text: text}
	}
	add := func(parent, id, t string) {
		children[parent] = append(children[parent], id)
		text[id] = t
	}
	names := map[int64]string{}
	for _, d := range dims {
		names[d.ID] = d.Name
	}
	for _, d := range p.Days {
		id := "day " + d.Date.String()
		add("", id, dayLine(d))
		for _, dim := range dims {
			before, after, events := d.Before[dim.ID], d.After[dim.ID], d.Events[dim.ID]
			if before == 0 && after == 0 && events == 0 {
				continue
			}
			dimID := id + "/" + strconv.FormatInt(dim.ID, 10)
			add(id, dimID, dimensionLine(dim.Name, before, after, events, d.Kept[dim.ID]))
			for i, e := range d.Items {
				if e.DimensionID == dim.ID {
					add(dimID, dimID+"/"+strconv.Itoa(i), eventLine(e, loc))
				}
			}
		}
		if d.Trimmed > 0 {
			add(id, id+"/trimmed", fmt.Sprintf("%d minutes of events left out to keep the day to 1440", d.Trimmed))
		}
	}
	section := func(id, title string, items []timeimport.Item, why func(i int) string) {
		if len(items) == 0 {
			return
		}
		add("", id, fmt.Sprintf("%s (%d)", title, len(items)))
		for i, it := range items {
			line := timeimport.ItemWhen(it, loc) + " · " + timeimport.ItemName(it)
			if why != nil {
				line += " · " + why(i)
			}
			add(id, id+"/"+strconv.Itoa(i), line)
		}
	}
	unmatched := "Matched no rule: skipped"
	if p.Unmatch != 0 {
		unmatched = "Matched no rule: counted as " + names[p.Unmatch]
	}
	section("unmatched", unmatched, p.Unmatched, nil)
	section("rule", "Skipped by a rule", p.RuleSkips, nil)
	skipped := make([]timeimport.Item, len(p.Skipped))
	for i, s := range p.Skipped {
		skipped[i] = s.Item
	}
	section("skipped", "Not counted", skipped, func(i int) string { return p.Skipped[i].Reason })
	for i, n := range p.Notes {
		if i == 0 {
			add("", "notes", fmt.Sprintf("Notes (%d)", len(p.Notes)))
		}
		add("notes", "notes/"+strconv.Itoa(i), n)
	}
	return previewLayout{children: children, text: text, shown: true}
}

// dayLine is a day's branch: its date and how its actual minutes change.
func dayLine(d timeimport.PreviewDay) string {
	before, after := 0, 0
	for _, m := range d.Before {
		before += m
	}
	for _, m := range d.After {
		after += m
	}
	line := d.Date.Format("Mon 2 Jan 2006") + " · " + control.Plural(len(d.Items), "event")
	switch {
	case !d.Changed():
		return line + " · no change"
	case after >= before:
		return line + fmt.Sprintf(" · %d minutes more actual time", after-before)
	}
	return line + fmt.Sprintf(" · %d minutes less actual time", before-after)
}

// dimensionLine is a dimension's branch on a day: its actual minutes
// before and after, or that what was typed by hand stays.
func dimensionLine(name string, before, after, events int, kept bool) string {
	switch {
	case kept && events > 0:
		return fmt.Sprintf("%s: %d min typed by hand, kept (the events say %d)", name, before, events)
	case kept:
		return fmt.Sprintf("%s: %d min typed by hand, kept", name, before)
	case before == after:
		return fmt.Sprintf("%s: %d min, as now", name, after)
	}
	return fmt.Sprintf("%s: %d → %d min", name, before, after)
}

// eventLine is an event's leaf: when, what, the minutes it counts for,
// and why it is in its dimension.
func eventLine(e timeimport.PreviewEvent, loc *time.Location) string {
	whole := e.End.Sub(e.Start).Minutes()
	minutes := fmt.Sprintf("%.0f min", e.Minutes)
	if whole-e.Minutes >= 0.5 {
		minutes = fmt.Sprintf("%.0f of its %.0f min (it overlaps others)", e.Minutes, whole)
	}
	return fmt.Sprintf("%s–%s  %s · %s · %s", e.Start.In(loc).Format("15:04"), e.End.In(loc).Format("15:04"), e.Title, minutes, e.Why)
}
