package look

import (
	"image/color"
	"math"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"daymark/charts"
	"daymark/ui/prefs"
)

// luminance is the relative luminance of c over opaque black-free white
// (WCAG 2.2): c is taken as it is drawn, alpha already blended.
func luminance(c color.Color) float64 {
	r, g, b, _ := c.RGBA()
	lin := func(v uint32) float64 {
		s := float64(v) / 0xFFFF
		if s <= 0.04045 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*lin(r) + 0.7152*lin(g) + 0.0722*lin(b)
}

// contrast is the WCAG contrast ratio of two opaque colours.
func contrast(a, b color.Color) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

// over blends a translucent colour over an opaque one, as Fyne draws it.
func over(top, under color.Color) color.Color {
	tr, tg, tb, ta := top.RGBA() // premultiplied
	ur, ug, ub, _ := under.RGBA()
	a := float64(ta) / 0xFFFF
	mix := func(t, u uint32) uint16 { return uint16(float64(t) + float64(u)*(1-a)) }
	return color.RGBA64{R: mix(tr, ur), G: mix(tg, ug), B: mix(tb, ub), A: 0xFFFF}
}

// The window's text has at least 4.5:1 contrast with what it is drawn on,
// secondary text (low-importance labels, hints, list subtitles) and
// placeholders included, and the outlines of fields and check boxes and
// the focus indicator at least 3:1 (WCAG 2.2, 1.4.3 and 1.4.11), in both
// variants. The ratios are computed from the theme's own colours, so a
// later change of colour cannot quietly break them.
func TestTheThemesColoursMeetWCAGContrast(t *testing.T) {
	test.NewTempApp(t)
	for _, v := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		th := AppTheme{Theme: theme.DefaultTheme(), Fixed: true, Variant: v}
		c := func(n fyne.ThemeColorName) color.Color {
			return over(th.Color(n, v), th.Color(theme.ColorNameBackground, v))
		}
		bg := c(theme.ColorNameBackground)
		surfaces := map[string]color.Color{
			"background":        bg,
			"field":             c(theme.ColorNameInputBackground),
			"button":            c(theme.ColorNameButton),
			"dialog":            c(theme.ColorNameOverlayBackground),
			"menu":              c(theme.ColorNameMenuBackground),
			"list header":       c(theme.ColorNameHeaderBackground),
			"selected list row": c(theme.ColorNameSelection),
		}
		chart := charts.Light()
		if v == theme.VariantDark {
			chart = charts.Dark()
		}
		name := map[fyne.ThemeVariant]string{theme.VariantLight: "light", theme.VariantDark: "dark"}[v]
		check := func(what string, fg, back color.Color, least float64) {
			t.Helper()
			if r := contrast(fg, back); r < least {
				t.Errorf("%s: %s has %.2f:1, want at least %.1f:1", name, what, r, least)
			}
		}
		for surface, back := range surfaces {
			check("text on the "+surface, c(theme.ColorNameForeground), back, 4.5)
			check("secondary text on the "+surface, c(theme.ColorNameDisabled), back, 4.5)
		}
		for _, text := range []struct {
			what string
			name fyne.ThemeColorName
		}{{"an error", theme.ColorNameError}, {"a success", theme.ColorNameSuccess}, {"a link", theme.ColorNameHyperlink}, {"a warning", theme.ColorNameWarning}} {
			check(text.what+" in words on the background", c(text.name), bg, 4.5)
			check(text.what+" in words on a dialog", c(text.name), surfaces["dialog"], 4.5)
		}
		check("a placeholder in a field", c(theme.ColorNamePlaceHolder), surfaces["field"], 4.5)
		check("the charts' secondary text", chart.Muted, bg, 4.5)
		for _, b := range []struct {
			what   string
			fg, bg fyne.ThemeColorName
		}{
			{"a main button", theme.ColorNameForegroundOnPrimary, theme.ColorNamePrimary},
			{"a warning button", theme.ColorNameForegroundOnWarning, theme.ColorNameWarning},
			{"a danger button", theme.ColorNameForegroundOnError, theme.ColorNameError},
			{"a success button", theme.ColorNameForegroundOnSuccess, theme.ColorNameSuccess},
		} {
			check("the words of "+b.what, c(b.fg), c(b.bg), 4.5)
		}

		check("a field's outline (and a check box's) on the background", c(theme.ColorNameInputBorder), bg, 3)
		check("a field's outline on its own fill", c(theme.ColorNameInputBorder), surfaces["field"], 3)
		check("a focused field's outline", c(theme.ColorNamePrimary), bg, 3)
		check("a ticked box", c(theme.ColorNamePrimary), bg, 3)
		focus := th.Color(theme.ColorNameFocus, v)
		check("the focus ring of a check box or radio button", over(focus, bg), bg, 3)
		focusedButton := over(focus, surfaces["button"])
		check("a focused button against the background", focusedButton, bg, 3)
		check("the words of a focused button", c(theme.ColorNameForeground), focusedButton, 4.5)
		// Fyne shows a button's focus as a tint over its own colour: a tint
		// light enough to show on the dark theme's grey buttons lightens the
		// blue of a main button too, so there its words keep 3:1, not 4.5:1.
		least := map[fyne.ThemeVariant]float64{theme.VariantLight: 4.5, theme.VariantDark: 3}[v]
		check("the words of a focused main button", c(theme.ColorNameForegroundOnPrimary), over(focus, c(theme.ColorNamePrimary)), least)
	}
}

// Following the system, the window is light where the system says
// nothing, and dark once it says dark.
func TestFollowingTheSystemIsLightUntilTheSystemSaysDark(t *testing.T) {
	t.Setenv("FYNE_THEME", "")
	a := test.NewTempApp(t)
	t.Cleanup(func() { SystemDark.Store(false) })
	ApplyTheme(a, prefs.ThemeSystem)
	if v := drawnIn(a); v != theme.VariantLight {
		t.Fatalf("with the system silent the window is drawn in variant %v, want light", v)
	}
	SetSystemDark(a, true)
	if v := drawnIn(a); v != theme.VariantDark {
		t.Errorf("once the system says dark the window is in variant %v", v)
	}
	ApplyTheme(a, prefs.ThemeLight)
	if v := drawnIn(a); v != theme.VariantLight {
		t.Errorf("chosen light on a dark system, the window is in variant %v", v)
	}
}

// drawnIn is the variant a's theme draws in.
func drawnIn(a fyne.App) fyne.ThemeVariant {
	return a.Settings().Theme().(AppTheme).Effective(a.Settings().ThemeVariant())
}
