package model

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// readerView shows a whole article, wrapped to the width once per width
// change, scrolled to a cited passage. The passage is highlighted and every
// line holding part of it carries a ▌ in the gutter, so it shows without
// colour too.
type readerView struct {
	env  *env
	keys *KeyMap
	w, h int

	article *timeline.Article
	span    timeline.Span
	lines   []lineSpan // wrapped lines as byte ranges of the article
	wrapW   int
	offset  int
}

func (r *readerView) Open(s timeline.Span) {
	a, ok := r.env.ds.Article(s.Article)
	if !ok {
		return
	}
	r.article, r.span, r.wrapW = a, s, 0
	r.rewrap()
	r.offset = clampScroll(r.firstLine()-r.innerH()/3, -1, r.innerH(), len(r.lines))
}

func (r *readerView) SetSize(w, h int) {
	r.w, r.h = w, h
	if r.article != nil && r.textW() != r.wrapW {
		r.rewrap()
		r.offset = clampScroll(r.firstLine()-r.innerH()/3, -1, r.innerH(), len(r.lines))
	}
}

func (r *readerView) innerH() int { return max(r.h-4, 0) }
func (r *readerView) textW() int  { return max(r.w-6, 8) }

// rewrap wraps the article paragraph by paragraph, keeping byte offsets so
// the passage can be found on screen.
func (r *readerView) rewrap() {
	r.wrapW = r.textW()
	r.lines = r.lines[:0]
	text := r.article.Text.Verbatim() // offsets count its bytes; clean each piece shown
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		r.lines = append(r.lines, wrapSpans(text[start:end], start, r.wrapW)...)
		start = end + 1
	}
}

// firstLine is the first wrapped line holding part of the passage.
func (r *readerView) firstLine() int {
	for i, l := range r.lines {
		if l.end > r.span.Start {
			return i
		}
	}
	return 0
}

func (r *readerView) Update(msg tea.KeyPressMsg) {
	if d, ok := r.keys.moveDelta(msg, r.innerH()-1); ok {
		r.Scroll(d)
	}
}

func (r *readerView) Scroll(delta int) {
	r.offset = clampScroll(r.offset+clampDelta(delta), -1, r.innerH(), len(r.lines))
}

func (r *readerView) View() string {
	st := &r.env.styles
	if r.article == nil {
		return box(st, "Article", "", nil, r.w, r.h, true)
	}
	a := r.article
	head := []string{
		" " + st.PaneTitle.Render(articleTitle(a)),
		" " + st.Muted.Render(r.env.outletName(a.Outlet)+" · "+a.Published.String()+" · "+oneLine(a.File)+
			" · passage bytes "+strconv.Itoa(r.span.Start)+"–"+strconv.Itoa(r.span.End)),
	}
	end := min(r.offset+r.innerH(), len(r.lines))
	lines := head
	for _, l := range r.lines[r.offset:end] {
		lines = append(lines, r.renderLine(l))
	}
	return box(st, "Source", scrollInfo(r.offset, len(r.lines))+" · esc: back", lines, r.w, r.h, true)
}

// renderLine draws one wrapped line, highlighting the part inside the
// passage and marking the gutter when there is one.
func (r *readerView) renderLine(l lineSpan) string {
	st := &r.env.styles
	text := r.article.Text
	s, e := max(l.start, r.span.Start), min(l.end, r.span.End)
	if s >= e {
		return "   " + clean(text[l.start:l.end])
	}
	return " " + st.Highlight.Render("▌") + " " + clean(text[l.start:s]) +
		st.Highlight.Render(clean(text[s:e])) + clean(text[e:l.end])
}

// articleTitle is an article's heading, or a note that it has none.
func articleTitle(a *timeline.Article) string {
	if t := oneLine(a.Title); t != "" {
		return t
	}
	return "(untitled: the article has no heading)"
}
