package model

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/present"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// readerView shows an article, scrolled to a cited passage. The passage
// is highlighted and every line holding part of it carries a ▌ in the
// gutter, so it shows without colour too.
//
// Only a window of the article is wrapped: about readerChunk bytes around
// the passage when it opens, and as much more as scrolling reaches. An
// imported TimelineJS document is one article of every slide, far too
// long to wrap whole on every open and resize (BenchmarkReaderOpen opens
// one). An article shorter than the window is wrapped whole.
type readerView struct {
	frame
	env *env

	article *timeline.Article
	at      passage       // the passage opened at
	span    timeline.Span // its bytes, highlighted
	where   string        // where the passage is: paragraph and line, or bytes in a very long article
	lines   []lineSpan    // the wrapped lines of the article's bytes [from, to)
	from    int           // where the window starts: a paragraph's start, or a break inside a long one
	to      int           // where the next piece starts; len(text)+1 once the window reaches the end
	wrapW   int
	offset  int // the first line shown, in lines
	find    readerFind
}

// readerChunk is how much of an article is wrapped at a time.
const readerChunk = 64 << 10

func newReaderView(e *env) *readerView {
	return &readerView{frame: frame{focused: true}, env: e}
}

// Open shows the article of a passage, scrolled to it.
func (r *readerView) Open(p passage) {
	a, ok := r.env.ds.Article(p.span.Article)
	if !ok {
		return
	}
	if r.article != a {
		r.find.lower = "" // made again for this article on its first find
	}
	r.article, r.at, r.span = a, p, p.span
	r.where = "passage bytes " + strconv.Itoa(p.span.Start) + "–" + strconv.Itoa(p.span.End)
	if len(a.Text) <= placeLimit {
		c := present.Cite(r.env.ds, "", p.span)
		r.where = "passage at paragraph " + strconv.Itoa(c.Paragraph) + ", line " + strconv.Itoa(c.Line)
	}
	r.wrapAroundPassage()
	r.Find(r.find.text)
}

// placeLimit is the longest article whose passages the reader places by
// paragraph and line, which takes reading the article up to the passage;
// in a longer one (a whole import as one article) it gives their bytes.
const placeLimit = 16 << 20

// Copyable is the passage the article was opened at.
func (r *readerView) Copyable() (copyable, bool) {
	if r.article == nil {
		return copyable{}, false
	}
	return passageCopy(r.env, r.at), true
}

func (r *readerView) SetSize(w, h int) {
	r.frame.SetSize(w, h)
	if r.article != nil && r.textW() != r.wrapW {
		r.wrapAroundPassage()
	}
}

// innerH is the lines of text shown: the box's inner height less the
// head's (see head).
func (r *readerView) innerH() int { return max(r.h-2-len(r.head()), 0) }

// head is what stands above the text, each part wrapped to the box and
// at most n lines long: the article's title (2); where the find stands,
// if there is a find (2); and its outlet, date, where the passage is and
// its file (3), the file last, as the likeliest to be long.
func (r *readerView) head() []string {
	if r.article == nil {
		return nil
	}
	st := &r.env.styles
	a := r.article
	w := max(r.w-4, 1) // inside the border, a space either side
	var out []string
	part := func(s string, n int, style func(...string) string) {
		lines := wrap(s, w)
		if len(lines) > n {
			lines = append(lines[:n-1], fit(strings.Join(lines[n-1:], " "), w))
		}
		for _, l := range lines {
			out = append(out, " "+style(l))
		}
	}
	part(oneLine(articleTitle(a)), 2, st.PaneTitle.Render)
	if info := r.findInfo(); info != "" {
		part(info, 2, st.Warn.Render)
	}
	part(oneLine(r.env.outletName(a.Outlet)+" · "+a.Published.String()+" · "+r.where+" · "+a.File), 3, st.Muted.Render)
	return out
}

// textW is the width the article's lines wrap to, inside the gutter.
func (r *readerView) textW() int { return max(r.w-6, 8) }

// text is the article's text as cited: offsets count its bytes; each
// piece shown is cleaned.
func (r *readerView) text() string { return r.article.Text.Verbatim() }

// wrapAroundPassage wraps the window around the passage and scrolls to
// put its first line a third of the way down.
func (r *readerView) wrapAroundPassage() {
	r.wrapFrom(r.span.Start - readerChunk/2)
	r.forward(r.span.End + readerChunk/2)
	r.offset = clampScroll(r.firstLine()-r.innerH()/3, -1, r.innerH(), len(r.lines))
}

// wrapFrom starts the window afresh at the piece holding byte at.
func (r *readerView) wrapFrom(at int) {
	text := r.text()
	at = min(max(at, 0), len(text))
	r.wrapW, r.lines = r.textW(), r.lines[:0]
	r.from = pieceStart(text, paragraphStart(text, at, readerChunk+1), at)
	r.to = r.from
}

// atEnd reports whether the window reaches the end of the article.
func (r *readerView) atEnd() bool { return r.to > len(r.text()) }

// forward wraps pieces after the window until it reaches byte until, or
// the end.
func (r *readerView) forward(until int) {
	text := r.text()
	for r.to <= len(text) && r.to <= until {
		end, next := pieceEnd(text, r.to)
		r.lines = append(r.lines, wrapSpans(text[r.to:end], r.to, r.wrapW)...)
		r.to = next
	}
}

// backward wraps the piece before the window, returning how many lines it
// added at the top.
func (r *readerView) backward() int {
	if r.from == 0 {
		return 0
	}
	text := r.text()
	end := r.from
	if text[end-1] == '\n' {
		end-- // the piece before is a whole paragraph, or the end of one
	}
	start := pieceStart(text, paragraphStart(text, end, 2*readerChunk+1), end-readerChunk)
	added := wrapSpans(text[start:end], start, r.wrapW)
	r.lines = append(added, r.lines...)
	r.from = start
	return len(added)
}

// paragraphStart is where the paragraph holding byte at starts, looking
// back at most back bytes; -1 when it starts further back. A paragraph as
// long as a whole import is not scanned on every page up.
func paragraphStart(text string, at, back int) int {
	from := max(at-back, 0)
	if i := strings.LastIndexByte(text[from:at], '\n'); i >= 0 {
		return from + i + 1
	}
	if from == 0 {
		return 0
	}
	return -1
}

// pieceStart is where a piece that is to hold byte at starts: the start
// of its paragraph, para, unless that is more than readerChunk back (or
// -1, further than paragraphStart looked); then
// the space before at (a break the wrapping drops), or at itself at a
// rune's start.
func pieceStart(text string, para, at int) int {
	at = max(at, 0)
	if para >= 0 && at-para <= readerChunk {
		return para
	}
	if sp := strings.LastIndexByte(text[at-readerChunk/4:at], ' '); sp >= 0 {
		return at - readerChunk/4 + sp
	}
	for at > max(para, 0) && at < len(text) && !utf8.RuneStart(text[at]) {
		at--
	}
	return at
}

// pieceEnd is where the piece starting at start ends, and where the next
// one starts: the end of its paragraph (the next starts after the
// newline), or, for a paragraph longer than readerChunk, a space or rune
// start about readerChunk on. At the end of the text, next is len(text)+1.
func pieceEnd(text string, start int) (end, next int) {
	rest := text[start:]
	if i := strings.IndexByte(rest[:min(len(rest), readerChunk+1)], '\n'); i >= 0 {
		return start + i, start + i + 1
	}
	if len(rest) <= readerChunk {
		return len(text), len(text) + 1
	}
	cut := readerChunk
	if sp := strings.LastIndexByte(rest[readerChunk*3/4:cut], ' '); sp >= 0 {
		cut = readerChunk*3/4 + sp
	} else {
		for cut > 0 && !utf8.RuneStart(rest[cut]) {
			cut--
		}
	}
	return start + cut, start + cut
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

// Update scrolls through the article; n and N move between the words
// found.
func (r *readerView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch {
		case key.Matches(k, r.env.keys.NextMatch):
			r.NextMatch(1)
			return nil, nil
		case key.Matches(k, r.env.keys.PrevMatch):
			r.NextMatch(-1)
			return nil, nil
		}
	}
	return moveOrOpen(msg, &r.env.keys, r.innerH()-1, r.Scroll, nil)
}

// Keys: scrolling, once an article is open; / finds words, and n and N
// move between them while there are any.
func (r *readerView) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	k.enableMoves(r.article != nil)
	k.Search.SetEnabled(r.article != nil)
	say(&k.Search, "find in article")
	found := len(r.find.matches) > 0
	enable(found, &k.NextMatch, &k.PrevMatch)
	short = append(short, k.Down, k.PageDown)
	if found {
		short = append(short, group("next/prev. match", k.NextMatch, k.PrevMatch))
	}
	return append(short, k.Search)
}

// Scroll moves the window of lines shown by delta, wrapping more of the
// article where that reaches past what is wrapped. A move to the top or
// the bottom (moveDelta's extremes) starts the window afresh there.
func (r *readerView) Scroll(delta int) {
	if r.article == nil {
		return
	}
	h := r.innerH()
	switch {
	case delta <= math.MinInt32 && r.from > 0:
		r.wrapFrom(0)
		r.forward(readerChunk)
	case delta >= math.MaxInt32 && !r.atEnd():
		r.wrapFrom(len(r.text()) - readerChunk)
		r.forward(len(r.text()))
		r.offset = len(r.lines)
	}
	target := r.offset + clampDelta(delta)
	for from := r.from; target < h && from > 0 && delta > math.MinInt32; from = r.from {
		target += r.backward()
		if r.from >= from {
			break // no progress: never the case, but never a hang either
		}
	}
	for to := r.to; target+2*h > len(r.lines) && !r.atEnd() && delta < math.MaxInt32; to = r.to {
		if r.forward(r.to + readerChunk); r.to <= to {
			break
		}
	}
	r.offset = clampScroll(target, -1, h, len(r.lines))
}

// position says where the lines shown are, h of them: line of lines
// when the whole article is wrapped, else, as less does, how far into the
// article the last line shown ends, in per cent.
func (r *readerView) position(h int) string {
	if r.from == 0 && r.atEnd() {
		return "lines " + scrollInfo(r.offset, len(r.lines)) // as the other long screens say it
	}
	at := 0
	if last := min(r.offset+h, len(r.lines)) - 1; last >= 0 {
		at = r.lines[last].end
	}
	return strconv.Itoa(int(int64(at)*100/int64(max(len(r.text()), 1)))) + "%"
}

func (r *readerView) View() string {
	st := &r.env.styles
	if r.article == nil {
		return box(st, "Article", "", nil, r.w, r.h, r.focused)
	}
	lines := r.head() // made once a frame: innerH would make it again
	h := max(r.h-2-len(lines), 0)
	end := min(r.offset+h, len(r.lines))
	for _, l := range r.lines[r.offset:end] {
		lines = append(lines, r.renderLine(l))
	}
	return box(st, "Source", r.position(h)+" · esc: back", lines, r.w, r.h, r.focused)
}

// renderLine draws one wrapped line, highlighting the part inside the
// passage and marking the gutter when there is one.
// Words found are drawn in the Match style, over the passage's.
func (r *readerView) renderLine(l lineSpan) string {
	st := &r.env.styles
	text := r.article.Text
	ms := r.lineMatches(l)
	s, e := max(l.start, r.span.Start), min(l.end, r.span.End)
	if s >= e && len(ms) == 0 {
		return "   " + clean(text[l.start:l.end])
	}
	cuts := []int{l.start, l.end}
	if s < e {
		cuts = append(cuts, s, e)
	}
	for _, m := range ms {
		cuts = append(cuts, max(m.start, l.start), min(m.end, l.end))
	}
	slices.Sort(cuts)
	var b strings.Builder
	b.WriteString("   ")
	if s < e {
		b.Reset()
		b.WriteString(" " + st.Highlight.Render("▌") + " ")
	}
	for i := 0; i+1 < len(cuts); i++ {
		a, z := cuts[i], cuts[i+1]
		if a >= z {
			continue
		}
		piece := clean(text[a:z])
		switch {
		case slices.ContainsFunc(ms, func(m byteRange) bool { return m.start <= a && z <= m.end }):
			b.WriteString(st.Match.Render(piece))
		case s <= a && z <= e:
			b.WriteString(st.Highlight.Render(piece))
		default:
			b.WriteString(piece)
		}
	}
	return b.String()
}

// articleTitle is an article's heading, or a note that it has none.
func articleTitle(a *timeline.Article) string {
	if t := oneLine(a.Title); t != "" {
		return t
	}
	return "(untitled: the article has no heading)"
}
