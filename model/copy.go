package model

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/internal/present"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// passage is a cited span and what names it in a citation: quote quote,
// or source source of event event, or else (both -1) a span with an id
// of its own, such as a curated discrepancy's side. Every way into the
// reader and every copy goes through one, so a passage keeps the exact
// bytes it cites and the name `cyberdesk cite` knows it by.
type passage struct {
	span          timeline.Span
	quote         int
	event, source int
	id            string // for a span that is neither a quote nor a source
}

// quotePassage is quote qi's words.
func quotePassage(ds *timeline.Dataset, qi int) passage {
	return passage{span: ds.Quotes()[qi].Span, quote: qi, event: -1, source: -1}
}

// sourcePassage is source si of event ei.
func sourcePassage(ds *timeline.Dataset, ei, si int) passage {
	return passage{span: ds.Events()[ei].Sources[si].Span, quote: -1, event: ei, source: si}
}

// spanPassage is a span known by the quote or source that cites exactly
// those bytes, if one does, else by id.
func spanPassage(ds *timeline.Dataset, s timeline.Span, id string) passage {
	for qi, q := range ds.Quotes() {
		if sameSpan(q.Span, s) {
			return quotePassage(ds, qi)
		}
	}
	for ei := range ds.Events() {
		for si, src := range ds.Events()[ei].Sources {
			if sameSpan(src.Span, s) {
				return sourcePassage(ds, ei, si)
			}
		}
	}
	return passage{span: s, quote: -1, event: -1, source: -1, id: id}
}

func sameSpan(a, b timeline.Span) bool {
	return a.Article == b.Article && a.Start == b.Start && a.End == b.End
}

// citation is the passage's citation, as `cyberdesk cite` gives it.
func (p passage) citation(ds *timeline.Dataset) present.Citation {
	switch {
	case p.quote >= 0:
		return present.CiteQuote(ds, p.quote)
	case p.event >= 0:
		return present.CiteSource(ds, p.event, p.source)
	}
	return present.Cite(ds, p.id, p.span)
}

// copyable is what y and Y copy: the passages under the cursor and what
// the footer calls them once copied.
type copyable struct {
	kind     string // "event", "quote", "passage": the footer's first words
	what     string
	passages []passage
	heading  string // above the citations: what an event's passages are cited for
}

// copier is a pane with something under its cursor that y and Y copy.
type copier interface {
	Copyable() (copyable, bool)
}

// eventCopy is every source of event ei, as `cyberdesk cite EVENT-ID`
// cites them.
func eventCopy(e *env, ei int) copyable {
	ev := &e.ds.Events()[ei]
	c := copyable{kind: "event", what: "“" + oneLine(ev.Title) + "”", heading: present.EventHeading(e.ds, ei)}
	for si := range ev.Sources {
		c.passages = append(c.passages, sourcePassage(e.ds, ei, si))
	}
	return c
}

// passageCopy is one passage, called by what it is.
func passageCopy(e *env, p passage) copyable {
	kind, what := "passage", "from "+e.outletName(e.ds.ArticleOutlet(p.span.Article).ID)
	if p.quote >= 0 {
		q := &e.ds.Quotes()[p.quote]
		kind, what = "quote", e.actorName(q.Speaker)+"’s words in "+e.outletName(e.ds.ArticleOutlet(q.Span.Article).ID)
	}
	return copyable{kind: kind, what: what, passages: []passage{p}}
}

// cited is the text `cyberdesk cite` prints for the passages in its
// text style: each citation, a blank line between two.
func (c copyable) cited(ds *timeline.Dataset) string {
	var b strings.Builder
	if c.heading != "" {
		b.WriteString(c.heading + "\n")
	}
	for i, p := range c.passages {
		s, _ := p.citation(ds).Format("text") // "text" is always a style
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(strings.TrimSuffix(s, "\n") + "\n")
	}
	return b.String()
}

// words is the bare words: each passage cleaned on a line of its own.
func (c copyable) words() string {
	lines := make([]string, len(c.passages))
	for i, p := range c.passages {
		lines[i] = oneLine(p.span.Text.Verbatim())
	}
	return strings.Join(lines, "\n")
}

// noCopy is the footer's warning after y: README says it warns so.
const noCopy = "no copy if the terminal refuses OSC 52"

// copyItem copies what is under the cursor of the pane that has the
// keys: with its citation when full, else the bare words. The terminal
// is asked through OSC 52; inside tmux the request is also wrapped for
// tmux's passthrough, which reaches the outer terminal when tmux's own
// clipboard handling (set-clipboard) is off. The footer says what was
// copied, and that a terminal may refuse.
func (m *Model) copyItem(full bool) tea.Cmd {
	c, ok := m.copyable()
	if !ok {
		return nil
	}
	text, how := c.words(), ", bare words"
	if full {
		text, how = c.cited(m.env.ds), " + citation"
	}
	lines := strings.Count(strings.TrimSuffix(text, "\n"), "\n") + 1
	// What was copied and the warning fit in 80 columns; the footer
	// drops what the item is first where they do not all fit.
	m.notice = "Copied " + c.kind + how + ", " + strconv.Itoa(lines) + plural(lines, " line") +
		" · " + noCopy + " · " + c.what
	cmd := tea.SetClipboard(text)
	if m.tmux {
		cmd = tea.Batch(cmd, tea.Raw(ansi.TmuxPassthrough(ansi.SetSystemClipboard(text))))
	}
	return cmd
}

// copyable is what the pane that has the keys would copy, if anything.
func (m *Model) copyable() (copyable, bool) {
	if cp, ok := m.current().(copier); ok {
		return cp.Copyable()
	}
	return copyable{}, false
}

// plural is word, with an s unless n is 1.
func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
