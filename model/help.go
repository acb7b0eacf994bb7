package model

import (
	"strings"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

var _ help.KeyMap = (*Model)(nil)

// ShortHelp is the keys the footer names now.
func (m *Model) ShortHelp() []key.Binding { return m.footerKeys }

// FullHelp is the keys the help overlay lists: those that act where it
// is open, or would be opened.
func (m *Model) FullHelp() [][]key.Binding {
	if m.showHelp {
		return m.helpView.groups
	}
	return m.env.keys.FullHelp()
}

// updateKeybindings enables the bindings that act in the current state,
// and only those, under the words they act under here, and works out the
// footer. It runs after every message. key.Matches ignores a disabled
// binding and the help hides one, so the keys the footer and the help
// overlay name are the keys that do something. The pane that has the keys
// enables its own (pane.Keys); the root enables those it handles itself.
func (m *Model) updateKeybindings() {
	k := &m.env.keys
	*k = m.keymap
	k.disableAll()
	enable(true, &k.ForceQuit, &k.Suspend)
	short := m.footerKeys[:0] // reused: this runs after every message
	switch {
	case m.picking:
		short = m.picker.Keys(k, short)
	case m.typing:
		short = m.bar.Keys(k, short)
	default:
		enable(true, &k.Quit, &k.Help)
		if !m.layout.tooSmall {
			short = m.screenKeys(k, short)
		}
		if m.showHelp {
			m.helpView.SetKeys(k.FullHelp()) // copies: what acts beneath the overlay
			k.disableAll()
			enable(true, &k.ForceQuit, &k.Quit, &k.Suspend)
			short = append(m.helpView.Keys(k, short[:0]), k.Quit)
		}
	}
	m.footerKeys = short
}

// screenKeys enables the keys of the screen shown, its pane's and those
// the root handles around it, and appends the footer's to short.
func (m *Model) screenKeys(k *KeyMap, short []key.Binding) []key.Binding {
	short = m.current().Keys(k, short)
	if _, ok := m.copyable(); ok {
		enable(true, &k.Copy, &k.CopyWords)
		if m.screen != screenPanes { // the panes name it after their search and filters
			short = append(short, copyKeys(k))
		}
	}
	if m.screen != screenReader {
		enable(true, &k.Coverage, &k.Discrepancies, &k.Marks)
	}
	if m.screen == screenPanes {
		return m.panesKeys(k, short)
	}
	k.Back.SetEnabled(true)
	switch m.screen {
	case screenCoverage:
		enable(true, &k.Country, &k.Outlet, &k.Actor, &k.Tag, &k.Dates, &k.StoryScope, &k.Corroborated, &k.ClearFilters)
		m.sayScope(k)
		say(&k.Back, "back")
		return append(short, k.Back, filterKeys(k), k.Discrepancies, k.Quit)
	case screenDiscrepancies:
		say(&k.Back, "back")
		return append(short, k.Back, k.Coverage, k.Quit)
	case screenHits:
		say(&k.Back, "back")
		return append(short, k.Back, k.Quit)
	case screenSpeaker:
		say(&k.Back, "back")
		return append(short, k.Back, marksIf(k, m.talk.Marks()), k.Quit)
	case screenAxis:
		enable(true, &k.Jump, &k.Country, &k.Outlet, &k.Actor, &k.Tag, &k.Dates, &k.StoryScope, &k.Corroborated, &k.ClearFilters)
		m.sayScope(k)
		say(&k.Back, "back")
		return append(short, k.Jump, k.Back, filterKeys(k), k.Quit)
	case screenReader:
		say(&k.Back, "back")
	case screenDiscrepancy:
		say(&k.Back, "back")
		return append(short, k.Back, k.Marks, k.Quit)
	}
	return append(short, k.Back, k.Quit) // an event, the reader
}

// panesKeys enables the keys of the main screen that no one pane owns and
// appends the root's share of the footer to short, which holds the
// focused pane's. x clears the filters whatever they are; the
// chronology's footer names it only while there is one to clear.
func (m *Model) panesKeys(k *KeyMap, short []key.Binding) []key.Binding {
	enable(true, &k.Search, &k.Country, &k.Outlet, &k.Actor, &k.Tag, &k.Dates, &k.StoryScope, &k.Corroborated, &k.ClearFilters,
		&k.NextPane, &k.PrevPane, &k.Timeline, &k.Jump)
	m.sayScope(k)
	k.Back.SetEnabled(m.focus != focusChron || m.filter.Search != "")
	switch m.focus {
	case focusActors:
		say(&k.Search, "find actor")
		k.Speaker.SetEnabled(m.actors.Selected() >= 0)
		return append(short, k.Speaker, k.Search, k.NextPane, k.ClearFilters, k.Help, k.Quit)
	case focusQuotes:
		return append(short, copyKeys(k), marksIf(k, m.quotes.Marks()), k.NextPane, k.Outlet, k.Help, k.Quit)
	}
	short = append(short, k.Search, filterKeys(k), k.StoryScope, copyKeys(k), k.NextPane, k.Timeline, k.Jump, k.Coverage, k.Discrepancies)
	if !m.filter.IsZero() {
		short = append(short, k.ClearFilters)
	}
	return append(short, k.Help, k.Quit)
}

// sayScope names what 2 switches to from the filter in force; b is
// "scope" (all, story, background in turn), and the header's chips say
// which scope is shown.
func (m *Model) sayScope(k *KeyMap) {
	if m.filter.MinOutlets >= 2 {
		say(&k.Corroborated, "all outlets' events")
	} else {
		say(&k.Corroborated, "2+ outlets only")
	}
}

// marksIf is w for the footer where some quotes on screen compare, else
// no entry: w acts anywhere (it is a setting), but names nothing to see.
func marksIf(k *KeyMap, some bool) key.Binding {
	if some {
		return k.Marks
	}
	return key.Binding{}
}

// copyKeys is y and Y as one footer entry, while they act.
func copyKeys(k *KeyMap) key.Binding { return group("copy", k.Copy, k.CopyWords) }

// filterKeys is the pickers' keys as one footer entry: "c/o/a filter".
func filterKeys(k *KeyMap) key.Binding {
	return group("filter", k.Country, k.Outlet, k.Actor, k.Tag, k.Dates)
}

// helpView is the help overlay: the keys that act where it was opened,
// grouped, the outlet marks, and how the filters combine and the events
// are ordered. It scrolls when it is taller than the screen; ? or esc
// closes it.
type helpView struct {
	frame
	env    *env
	help   help.Model      // its styles draw the keys
	groups [][]key.Binding // the keys listed, one group each
	offset int
}

// helpGroups names FullHelp's groups, in order.
var helpGroups = [...]string{"Moving", "Panes", "Filters and search", "Time", "Comparing and copying"}

func newHelpView(e *env) *helpView {
	return &helpView{frame: frame{focused: true}, env: e, help: help.New()}
}

// SetKeys sets the keys listed, a group each; the disabled ones are left
// out. The list starts at its top.
func (h *helpView) SetKeys(groups [][]key.Binding) {
	if h.groups == nil {
		h.offset = 0
	}
	h.groups = groups
}

// Update scrolls, and closes the overlay on ? or esc; other keys do
// nothing under it.
func (h *helpView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	if key.Matches(k, h.env.keys.Help, h.env.keys.Back) {
		h.groups = nil // opened afresh next time, at the top
		return closed{}, nil
	}
	if d, ok := h.env.keys.moveDelta(k, h.innerH()-1); ok {
		h.offset = clampScroll(h.offset+clampDelta(d), -1, h.innerH(), len(h.lines()))
	}
	return nil, nil
}

// Keys: ? and esc close the overlay; the moving keys scroll it when it
// is taller than the screen.
func (h *helpView) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	enable(true, &k.Help, &k.Back)
	if len(h.lines()) > h.innerH() {
		k.enableMoves(true)
		short = append(short, group("scroll", k.Up, k.Down))
	}
	return append(short, group("close help", k.Back, k.Help))
}

// boxW is the overlay's width.
func (h *helpView) boxW() int { return min(h.w, 96) }

// lines is the overlay's content: the keys in as many columns as fit,
// then the marks and the notes.
func (h *helpView) lines() []string {
	st := &h.env.styles
	inner := max(h.boxW()-2, 1)
	var blocks [][]string
	for i, g := range h.groups {
		var b []string
		kw := 0
		for _, k := range g {
			if k.Enabled() {
				kw = max(kw, ansi.StringWidth(k.Help().Key))
			}
		}
		for _, k := range g {
			if k.Enabled() {
				b = append(b, st.Key.Render(fit(k.Help().Key, kw))+" "+k.Help().Desc)
			}
		}
		if len(b) > 0 && i < len(helpGroups) {
			blocks = append(blocks, append([]string{st.PaneTitle.Render(helpGroups[i])}, b...))
		}
	}
	lines := columns(blocks, inner, 30)
	if other := h.elsewhere(); len(other) > 0 {
		lines = append(lines, "", st.PaneTitle.Render("Elsewhere")+st.Muted.Render(" (keys of the other panes and screens)"))
		for _, e := range other {
			lines = append(lines, "  "+st.Key.Render(e.keys)+" "+e.desc)
		}
	}
	lines = append(lines, "", st.PaneTitle.Render("Outlet marks")+st.Muted.Render(" (chronology, right)"))
	for _, id := range h.env.order {
		lines = append(lines, "  "+st.Outlet.Render(h.env.marks[id])+"  "+h.env.outletName(id))
	}
	lines = append(lines, "")
	for _, note := range helpNotes {
		for _, l := range wrap(note, inner) {
			lines = append(lines, st.Muted.Render(l))
		}
	}
	return lines
}

// elsewhere is the keys that act only in another pane or screen than
// the one the overlay was opened on, where they are not listed above.
func (h *helpView) elsewhere() []struct{ keys, desc string } {
	listed := func(name string) bool {
		for _, g := range h.groups {
			for _, k := range g {
				if k.Enabled() && k.Help().Key == name {
					return true
				}
			}
		}
		return false
	}
	var out []struct{ keys, desc string }
	for _, e := range []struct{ keys, desc string }{
		{"s", "an actor's statements (actors pane)"},
		{"←/h →/l", "the previous / next outlet (quotes pane)"},
		{"n N", "the next / previous match (an article read, after /)"},
		{"home end", "the first / last, as g and G"},
	} {
		if !listed(strings.Fields(e.keys)[0]) {
			out = append(out, e)
		}
	}
	return out
}

// helpNotes say how the filters combine and the events are ordered.
var helpNotes = []string{
	"Filters combine: country AND outlet AND actor AND tag AND dates AND search; the values ticked in one picker (space) are alternatives.",
	"A country matches events involving it directly or through an actor. / also searches the sources' passages.",
	"In a period, one dated only to it comes first; on a date, the curated, then the most reported.",
	"b: the story, the background [bg] (over 3 months before the articles or a year after), or all.",
	"≈0.25: found automatically, with its score: 0.25 an outlet, 0.125 a further article.",
	"Selected rows carry ▶; the focused pane has a heavy border.",
	"Press ? or esc to close.",
}

// columns lays blocks of lines side by side in columns colW wide, as many
// as fit in w, filling each before the next, a blank line between blocks.
func columns(blocks [][]string, w, colW int) []string {
	n := max(min(w/colW, len(blocks)), 1)
	total := 0
	for _, b := range blocks {
		total += len(b) + 1
	}
	per := (total + n - 1) / n
	cols := make([][]string, 1, n)
	for _, b := range blocks {
		c := &cols[len(cols)-1]
		if len(*c) > 0 && len(*c)+len(b) > per && len(cols) < n {
			cols = append(cols, nil)
			c = &cols[len(cols)-1]
		}
		if len(*c) > 0 {
			*c = append(*c, "")
		}
		*c = append(*c, b...)
	}
	if len(cols) == 1 {
		return cols[0]
	}
	return sideBySide(cols, w/len(cols), 0)
}

// View draws the overlay, as tall as its lines take, up to h, scrolled.
func (h *helpView) View() string {
	st := &h.env.styles
	lines := h.lines()
	bh := min(h.h, len(lines)+2)
	h.offset = clampScroll(h.offset, -1, max(bh-2, 0), len(lines))
	right := "cyberdesk"
	if len(lines) > bh-2 {
		right = "lines " + scrollInfo(h.offset, len(lines))
	}
	return box(st, "Keys", right, lines[h.offset:], h.boxW(), bh, h.focused)
}
