package model

import (
	"image/color"

	"charm.land/bubbles/v2/help"
	"charm.land/lipgloss/v2"
)

// Styles holds every style the UI draws with. All colour lives here, derived
// from a few semantic tokens; views never build coloured styles inline.
// Nothing is told by colour alone: selection also has a cursor glyph, focus
// a heavy border, highlights a gutter mark.
type Styles struct {
	Title         lipgloss.Style // app name in the header
	Count         lipgloss.Style // "12 of 37 events"
	Chip          lipgloss.Style // an active filter
	Muted         lipgloss.Style // secondary text
	Border        lipgloss.Style // pane border, unfocused
	BorderFocus   lipgloss.Style // pane border, focused
	PaneTitle     lipgloss.Style
	YearHeader    lipgloss.Style
	Selected      lipgloss.Style // the selected row
	Date          lipgloss.Style
	Tag           lipgloss.Style
	Outlet        lipgloss.Style // outlet marks and column heads
	Speaker       lipgloss.Style
	Quote         lipgloss.Style
	Missing       lipgloss.Style // "not quoted by this outlet"
	Highlight     lipgloss.Style // the cited passage in the reader
	Match         lipgloss.Style // words found by a search or a find
	SelectedMatch lipgloss.Style // such words in the selected row
	MonthHeader   lipgloss.Style // a month's header under its year's
	Bar           lipgloss.Style // the time axis's bars
	Key           lipgloss.Style // a key in the footer
	Warn          lipgloss.Style
	Caption       lipgloss.Style
	Diff          lipgloss.Style // words that differ from another outlet's rendering
	SelectedDiff  lipgloss.Style // such words in the selected quote
	Class         lipgloss.Style // how a rendering compares: "trimmed · vs A"
}

// helpStyles are the footer's and the key list's colours, from st:
// bubbles' own greys for a light background (#dadada between the keys)
// are all but lost on white, and its dark ones sink into black, so keys
// and what they do take the palette's muted tone, the separators the
// same, faint.
func helpStyles(st Styles) help.Styles {
	text, sep := st.Muted, st.Muted.Faint(true)
	return help.Styles{ShortKey: text, ShortDesc: text, ShortSeparator: sep, Ellipsis: sep,
		FullKey: text, FullDesc: text, FullSeparator: sep}
}

// NewStyles builds the style set for a dark or light background.
func NewStyles(isDark bool) Styles {
	ld := lipgloss.LightDark(isDark)
	var (
		fg     = ld(lipgloss.Color("#1f2328"), lipgloss.Color("#e6edf3"))
		muted  = ld(lipgloss.Color("#57606a"), lipgloss.Color("#8b949e"))
		accent = ld(lipgloss.Color("#0969da"), lipgloss.Color("#58a6ff"))
		subtle = ld(lipgloss.Color("#8c959f"), lipgloss.Color("#30363d")) // a border: #d0d7de was lost on white
		selBg  = ld(lipgloss.Color("#ddf4ff"), lipgloss.Color("#1f3a5f"))
		warm   = ld(lipgloss.Color("#9a6700"), lipgloss.Color("#d29922"))
		green  = ld(lipgloss.Color("#1a7f37"), lipgloss.Color("#3fb950"))
		purple = ld(lipgloss.Color("#8250df"), lipgloss.Color("#bc8cff"))
		mark   = ld(lipgloss.Color("#fff8c5"), lipgloss.Color("#5a4a00"))
		red    = ld(lipgloss.Color("#cf222e"), lipgloss.Color("#ff7b72"))
	)
	fgStyle := func(c color.Color) lipgloss.Style { return lipgloss.NewStyle().Foreground(c) }
	return Styles{
		Title:         fgStyle(accent).Bold(true),
		Count:         fgStyle(fg).Bold(true),
		Chip:          fgStyle(purple).Bold(true),
		Muted:         fgStyle(muted),
		Border:        fgStyle(subtle),
		BorderFocus:   fgStyle(accent).Bold(true),
		PaneTitle:     fgStyle(fg).Bold(true),
		YearHeader:    fgStyle(warm).Bold(true),
		Selected:      lipgloss.NewStyle().Background(selBg).Foreground(fg).Bold(true),
		Date:          fgStyle(warm),
		Tag:           fgStyle(green),
		Outlet:        fgStyle(purple),
		Speaker:       fgStyle(accent).Bold(true),
		Quote:         fgStyle(fg),
		Missing:       fgStyle(muted).Italic(true),
		Highlight:     lipgloss.NewStyle().Background(mark).Underline(true),
		Match:         lipgloss.NewStyle().Reverse(true).Bold(true),
		SelectedMatch: lipgloss.NewStyle().Background(selBg).Foreground(fg).Bold(true).Underline(true).Reverse(true),
		MonthHeader:   fgStyle(warm),
		Bar:           fgStyle(accent),
		Key:           fgStyle(accent).Bold(true),
		Warn:          fgStyle(red).Bold(true),
		Caption:       fgStyle(muted).Italic(true),
		Diff:          fgStyle(red).Bold(true).Underline(true),
		SelectedDiff:  lipgloss.NewStyle().Background(selBg).Foreground(red).Bold(true).Underline(true),
		Class:         fgStyle(warm),
	}
}
