package look

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
)

// NavTab is a navigation tab: its text and the theme's icon.
type NavTab struct {
	Text string
	Icon fyne.Resource
}

// NavItems makes the items of tabs, each with an empty content and its
// icon coloured once per colour (ColouredIcon) as Fyne colours its
// own: the primary colour on the selected tab, the foreground's on the
// others. Fyne refreshes every tab button at each layout of the tabs.
func NavItems(tabs *container.AppTabs, list ...NavTab) []*container.TabItem {
	items := make([]*container.TabItem, len(list))
	for i, t := range list {
		icon := ColouredIcon(t.Icon, func() fyne.ThemeColorName {
			if tabs.SelectedIndex() == i {
				return theme.ColorNamePrimary
			}
			return theme.ColorNameForeground
		})
		items[i] = container.NewTabItemWithIcon(t.Text, icon, container.NewStack())
	}
	return items
}
