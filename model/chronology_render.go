package model

import (
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// The chronology's rows: an event's cursor, date, title (its matches
// marked), tags and outlet marks; a year's and a month's header.

// renderRow draws one event: cursor, date, title, tags and outlet marks.
func (c *chronology) renderRow(pos, w int) string {
	st := &c.env.styles
	ei := c.events[pos]
	e := &c.env.ds.Events()[ei]
	selected := pos == c.cursor
	cursor := "  "
	if selected {
		cursor = "▶ "
	}
	date := timeline.FormatRange(e.Start, e.End)
	dateW := 16
	marks := c.marks(ei)
	marksW := len(c.env.order)
	titleW := w - 2 - dateW - 1 - marksW - 1
	tags := ""
	tagsW := 0
	if titleW-minTags-1 >= minTitle && len(e.Tags) > 0 {
		// Tags get what the title can spare past minTitle, up to 30
		// cells; an event with none (one found in articles) leaves them
		// to its title, the marks staying where they are.
		tagsW = min(30, titleW-minTitle-1)
		titleW -= tagsW + 1
		tags = strings.Join(e.Tags, ",")
	}
	caption := ""
	if e.FromCaption() {
		caption = " [photo]"
	}
	title, weak := c.rowTitle(ei)
	if titleW < 8 { // too narrow for columns: cursor, date and title only
		return c.styleRow(fit(cursor+date+" "+title, w), selected)
	}
	// The caption mark goes first where the title would cut it.
	if caption != "" && ansi.StringWidth(title+caption) > titleW {
		caption = " [photo]"
		title = fit(title, max(titleW-len(caption), 1))
	}
	var b strings.Builder
	if selected {
		b.WriteString(st.Selected.Render(cursor+fit(date, dateW)+" ") + highlight(fit(title+caption, titleW), c.words, st.Selected, st.SelectedMatch))
		rest := " "
		if tagsW > 0 {
			rest += fit(tags, tagsW) + " "
		}
		b.WriteString(st.Selected.Render(rest + marks))
		return fit(b.String(), w)
	}
	b.WriteString(cursor)
	base := st.Quote
	if weak {
		base = st.Muted
	}
	b.WriteString(st.Date.Render(fit(date, dateW)) + " " + fit(highlight(title, c.words, base, st.Match)+st.Caption.Render(caption), titleW) + " ")
	if tagsW > 0 {
		b.WriteString(st.Tag.Render(fit(tags, tagsW)) + " ")
	}
	b.WriteString(st.Outlet.Render(marks))
	return fit(b.String(), w)
}

// rowTitle is event ei's title as its row shows it: "[bg] " before the
// background's, and for an event found automatically its score after
// the ≈ ("≈0.25 …"); weak is true for a candidate only one article
// mentions, drawn dim.
func (c *chronology) rowTitle(ei int) (title string, weak bool) {
	ds := c.env.ds
	e := &ds.Events()[ei]
	title = oneLine(e.Title)
	if e.Extracted {
		title = extractedGlyph + scoreText(ds.Score(ei)) + " " + title
	}
	if ds.Scope(ei) == timeline.ScopeBackground {
		title = backgroundMark + " " + title
	}
	return title, ds.Weak(ei)
}

// backgroundMark is before the title of an event outside the story's
// period: history the articles mention in passing.
const backgroundMark = "[bg]"

// scoreText is a score as the explorer shows it: two decimals.
func scoreText(s float64) string { return strconv.FormatFloat(s, 'f', 2, 64) }

func (c *chronology) styleRow(s string, selected bool) string {
	if selected {
		return c.env.styles.Selected.Render(s)
	}
	return s
}

// marks is the outlet strip: each outlet's letter where it reports the
// event, a dot where it does not.
func (c *chronology) marks(ei int) string {
	have := c.env.ds.EventOutlets(ei)
	var b strings.Builder
	for _, id := range c.env.order {
		if slices.Contains(have, id) {
			b.WriteString(c.env.marks[id])
		} else {
			b.WriteString("·")
		}
	}
	return b.String()
}

// The title keeps minTitle cells before the tags take any, and the tags
// are shown only with at least minTags.
const (
	minTitle = 55
	minTags  = 10
)

// monthRule is a month's header under its year's: indented, dotted.
func monthRule(label string, w int) string {
	s := "  ┈ " + label + " "
	return fit(s+strings.Repeat("┈", max(w-ansi.StringWidth(s), 0)), w)
}

// rule is a labelled horizontal line exactly w cells wide.
func rule(label string, w int) string {
	s := "── " + label + " "
	return fit(s+strings.Repeat("─", max(w-ansi.StringWidth(s), 0)), w)
}
