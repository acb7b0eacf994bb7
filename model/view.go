package model

import (
	"slices"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// View draws the whole screen. Every path sets the same program options,
// so no frame ever drops the alternate screen or the mouse.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "cyberdesk"
	return v
}

// render returns exactly m.height lines, none wider than m.width.
func (m *Model) render() string {
	if m.width <= 0 || m.height <= 0 || m.quitting {
		return ""
	}
	if m.layout.tooSmall {
		return m.tooSmall()
	}
	lines := make([]string, 0, m.height)
	lines = append(lines, m.header())
	lines = append(lines, strings.Split(m.body(), "\n")...)
	lines = append(lines, m.footer())
	return strings.Join(block(lines, m.width, m.height), "\n")
}

func (m *Model) tooSmall() string {
	st := &m.env.styles
	msg := []string{
		st.Warn.Render("Terminal too small"),
		"cyberdesk needs at least " + strconv.Itoa(minWidth) + "×" + strconv.Itoa(minHeight) + ",",
		"this one is " + strconv.Itoa(m.width) + "×" + strconv.Itoa(m.height) + ".",
		"Enlarge the window, or press q to quit.",
	}
	var wrapped []string
	for _, l := range msg {
		wrapped = append(wrapped, wrapStyled(l, m.width)...)
	}
	top := max((m.height-len(wrapped))/2, 0)
	lines := make([]string, top, m.height)
	for _, l := range wrapped {
		pad := max((m.width-ansi.StringWidth(l))/2, 0)
		lines = append(lines, strings.Repeat(" ", pad)+l)
	}
	return strings.Join(block(lines, m.width, m.height), "\n")
}

// wrapStyled wraps a line that may hold styling by cutting it into widths.
func wrapStyled(s string, w int) []string {
	var out []string
	for ansi.StringWidth(s) > w && w > 0 {
		out = append(out, ansi.Cut(s, 0, w))
		s = ansi.Cut(s, w, ansi.StringWidth(s))
	}
	return append(out, s)
}

// header is the always-visible status: app, count and active filters.
func (m *Model) header() string {
	st := &m.env.styles
	total := len(m.env.ds.Events())
	count := strconv.Itoa(len(m.events)) + " of " + counted(total)
	if len(m.events) == total && m.applied.IsZero() {
		count = "all " + counted(total)
	}
	switch {
	case m.counting >= 0:
		count = strconv.Itoa(m.counting) + "+ of " + counted(total) + " · counting…"
	case m.filtering():
		count += " · filtering…"
	}
	chips := m.filterChips()
	if len(chips) == 0 {
		s := st.Title.Render("cyberdesk") + st.Muted.Render(" · "+oneLine(m.title)+" · ") + st.Count.Render(count)
		none := st.Muted.Render(" · no filters")
		if m.backgroundCount > 0 && m.backgroundCount < total {
			// what b shows: the story, then the background
			split := st.Muted.Render(" · " + strconv.Itoa(total-m.backgroundCount) + " story, " + strconv.Itoa(m.backgroundCount) + " background (b)")
			switch {
			case ansi.StringWidth(s+split+none) <= m.width:
				none = split + none
			case ansi.StringWidth(s+split) <= m.width:
				none = split
			}
		}
		return fit(s+none, m.width)
	}
	// With filters the count and the filters come first; the story's
	// name goes before any filter is hidden or shortened for it, and
	// every filter shows in its shortest form before any is hidden.
	chips = lettersForCutNames(chips)
	s := st.Count.Render(count) + " "
	head := st.Title.Render("cyberdesk") + st.Muted.Render(" · "+oneLine(m.title)+" · ")
	line, all := chipsLine(chips, m.width-ansi.StringWidth(head+s)-1, st)
	if full, fitted := chipsLine(chips, m.width-ansi.StringWidth(s)-1, st); !all || full != line {
		if !fitted {
			if tight, ok := tightChips(chips, count, m.width, st); ok {
				return fit(tight, m.width)
			}
		}
		return fit(s+full, m.width)
	}
	return fit(head+s+line, m.width)
}

// lettersForCutNames gives a chip whose short form would cut a name
// ("Albanian Daily…") its shortest form in its place where that cuts
// nothing (an outlet's mark letter, as the chronology's rows show it):
// letters say which outlet, a cut name may not.
func lettersForCutNames(chips []chip) []chip {
	out := slices.Clone(chips)
	for i, c := range out {
		cut := false
		for j, v := range c.brief {
			cut = cut || strings.HasSuffix(v, "…") && v != c.full[j]
		}
		if cut && !slices.ContainsFunc(c.tiny, func(v string) bool { return strings.HasSuffix(v, "…") }) {
			out[i].brief = c.tiny
		}
	}
	return out
}

// tightChips is the header's last resort before a filter is hidden: the
// count shortened ("12/35 events", "12/35") and every chip in its
// shortest form, a tag's, an actor's or a search's words cut to their
// first letters where that is what fits ("[dipl…|meet…]"), the chips
// apart by a space, or touching where that is what fits. A date range, a
// country's code and an outlet's letter are never cut. ok is false where
// even the tightest does not fit in w.
func tightChips(chips []chip, count string, w int, st *Styles) (string, bool) {
	counts := []string{count}
	if n, total, ok := strings.Cut(count, " of "); ok {
		rest := ""
		if i := strings.Index(total, " · "); i >= 0 {
			total, rest = total[:i], total[i:]
		}
		counts = append(counts, n+"/"+total+rest, n+"/"+strings.TrimSuffix(strings.TrimSuffix(total, " events"), " event")+rest)
	}
	cut := func(v string, most int) string {
		q := strings.HasPrefix(v, "“") && strings.HasSuffix(v, "”")
		if q {
			v = strings.TrimSuffix(strings.TrimPrefix(v, "“"), "”")
		}
		if most > 0 && ansi.StringWidth(v) > most {
			v = ansi.Truncate(v, most, "…")
		}
		if q {
			v = "“" + v + "”"
		}
		return v
	}
	for _, most := range []int{0, 8, 6, 4} {
		parts := make([]string, len(chips))
		for i, c := range chips {
			vals := slices.Clone(c.tiny)
			if c.facet == "tag" || c.facet == "actor" || c.facet == "search" {
				for j := range vals {
					vals[j] = cut(vals[j], most)
				}
			}
			parts[i] = "[" + strings.Join(vals, "|") + "]"
		}
		for _, sep := range []string{" ", ""} {
			line := strings.Join(parts, sep)
			for _, count := range counts {
				if ansi.StringWidth(count+" "+line) <= w {
					return st.Count.Render(count) + " " + st.Chip.Render(line), true
				}
			}
		}
	}
	return "", false
}

// footer shows the search input while searching, else the keys that matter.
func (m *Model) footer() string {
	if m.typing { // the input, then the keys that act on it where they fit
		line := m.bar.line()
		if rest := m.width - ansi.StringWidth(line) - 3; rest > 10 {
			keys := m.ShortHelp()
			if len(keys) > 0 && keys[0].Help().Key == "type" {
				keys = keys[1:] // what typing does is plain from the input
			}
			line += "  " + m.help.ShortHelpView(m.fitKeys(keys, rest))
		}
		return fit(line, m.width)
	}
	if m.notice != "" {
		return fit(" "+m.env.styles.Warn.Render(shorten(oneLine(m.notice), m.width-1)), m.width)
	}
	return fit(" "+m.help.ShortHelpView(m.fitKeys(m.ShortHelp(), max(m.width-6, 1))), m.width)
}

// fitKeys is the footer's keys in w cells: where they do not all fit,
// keys go from the end, and the footer ends with the key that lists them
// all (help) and the one that quits, so it never cuts a key in half and
// always says how to see the rest.
func (m *Model) fitKeys(keys []key.Binding, w int) []key.Binding {
	whole := m.help // a copy that does not cut what it draws, to measure it
	whole.SetWidth(0)
	width := func(ks []key.Binding) int { return ansi.StringWidth(whole.ShortHelpView(ks)) }
	if width(keys) <= w {
		return keys
	}
	k := &m.env.keys
	var head, tail []key.Binding
	for _, b := range keys {
		switch b.Help().Key {
		case k.Help.Help().Key:
		case k.Quit.Help().Key:
			tail = append(tail, b)
		default:
			head = append(head, b)
		}
	}
	if k.Help.Enabled() {
		tail = append([]key.Binding{label(k.Help.Help().Key, "more keys")}, tail...)
	}
	for {
		fitted := append(slices.Clip(head), tail...)
		if width(fitted) <= w || len(head) == 0 {
			return fitted
		}
		head = head[:len(head)-1]
	}
}

// shorten drops a notice's last " · " parts until it fits w cells, so
// it is cut between what it says rather than in a word.
func shorten(s string, w int) string {
	for ansi.StringWidth(s) > w {
		i := strings.LastIndex(s, " · ")
		if i < 0 {
			break
		}
		s = s[:i]
	}
	return s
}

// body is the area between header and footer: the panes, or a full-body
// screen, with any overlay drawn on top.
func (m *Model) body() string {
	l := m.layout
	var s string
	if m.screen == screenPanes {
		s = m.panes()
	} else {
		s = m.current().View()
	}
	switch {
	case m.showHelp:
		s = overlay(s, m.helpView.View(), l.body.w, l.body.h)
	case m.picking:
		s = overlay(s, m.picker.View(), l.body.w, l.body.h)
	}
	return s
}

// overlay draws box centred over base (w x h), replacing what is beneath.
func overlay(base, box string, w, h int) string {
	lines := block(strings.Split(base, "\n"), w, h)
	bl := strings.Split(box, "\n")
	bw := ansi.StringWidth(bl[0])
	x, y := max((w-bw)/2, 0), max((h-len(bl))/2, 0)
	for i, row := range bl {
		if y+i >= len(lines) {
			break
		}
		line := lines[y+i]
		lines[y+i] = ansi.Cut(line, 0, x) + fit(row, min(bw, w-x)) + ansi.Cut(line, x+bw, w)
	}
	return strings.Join(lines, "\n")
}
