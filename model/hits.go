package model

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/internal/present"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// hitsView is a search of the articles' whole text: every place the
// words stand, in that order (ASCII letters in either case), in the
// articles of the outlets filtered to, each with its outlet, paragraph,
// line and the text around it. enter reads a place in its article, where
// n and N go on to the next.
type hitsView struct {
	frame
	env *env

	phrase  string
	outlets []string // the outlet filter the search honours
	hits    []hit
	capped  bool // more places than maxHits
	skipped int  // articles too long to search
	cursor  int
	offset  int
	lower   map[string]string // articles asciiLower'd, by id, made on first search
}

// hit is one place the words stand.
type hit struct {
	span  timeline.Span
	where string // "paragraph 3, line 5", made when first drawn
}

// maxHits bounds the places listed.
const maxHits = 1000

func newHitsView(e *env) *hitsView {
	return &hitsView{frame: frame{focused: true}, env: e, lower: map[string]string{}}
}

// Search finds s in the articles of outlets (all when empty).
func (v *hitsView) Search(s string, outlets []string) {
	v.phrase, v.outlets = s, outlets
	v.hits, v.capped, v.skipped, v.cursor, v.offset = v.hits[:0], false, 0, 0, 0
	want := asciiLower(strings.Join(strings.Fields(s), " "))
	if want == "" {
		return
	}
	ds := v.env.ds
	for _, a := range ds.Articles() {
		if len(outlets) > 0 && !contains(outlets, a.Outlet) {
			continue
		}
		text := a.Text.Verbatim()
		if len(text) > placeLimit {
			v.skipped++
			continue
		}
		low, ok := v.lower[a.ID]
		if !ok {
			low = asciiLower(text)
			v.lower[a.ID] = low
		}
		for at := 0; ; {
			i := strings.Index(low[at:], want)
			if i < 0 {
				break
			}
			if len(v.hits) == maxHits {
				v.capped = true
				return
			}
			start := at + i
			end := start + len(want)
			v.hits = append(v.hits, hit{span: timeline.Span{Article: a.ID, Start: start, End: end, Text: a.Text[start:end]}})
			at = end
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// perHit is the lines a hit takes: its place, and the text around it.
const perHit = 2

func (v *hitsView) rows() int { return max((v.h-2)/perHit, 1) }

// Update moves between places; enter reads the one under the cursor.
func (v *hitsView) Update(msg tea.Msg) (outcome, tea.Cmd) {
	move := func(d int) {
		v.cursor = max(0, min(v.cursor+clampDelta(d), len(v.hits)-1))
		v.offset = clampScroll(v.offset, v.cursor, v.rows(), len(v.hits))
	}
	return moveOrOpen(msg, &v.env.keys, v.rows()-1, move, func() outcome {
		if v.cursor < len(v.hits) {
			h := v.hits[v.cursor].span
			return readSpan{spanPassage(v.env.ds, h, h.Article+"@"+strconv.Itoa(h.Start))}
		}
		return nil
	})
}

// Keys: moving and enter while there are places; / searches again.
func (v *hitsView) Keys(k *KeyMap, short []key.Binding) []key.Binding {
	some := len(v.hits) > 0
	k.enableMoves(some)
	k.Open.SetEnabled(some)
	k.Search.SetEnabled(true)
	say(&k.Open, "read it there")
	say(&k.Search, "search the articles")
	return append(short, group("place", k.Up, k.Down), k.Open, k.Search)
}

func (v *hitsView) View() string {
	st := &v.env.styles
	inner := max(v.w-2, 1)
	scope := "in every article"
	if len(v.outlets) > 0 {
		scope = "in the articles of the outlets filtered to"
	}
	var lines []string
	switch {
	case strings.TrimSpace(v.phrase) == "":
		lines = append(lines, " "+st.Muted.Render("Type words to find them "+scope+"."))
	case len(v.hits) == 0:
		lines = append(lines, " "+st.Muted.Render("“"+oneLine(v.phrase)+"” stands nowhere "+scope+"."))
	}
	words := findWords(v.phrase)
	end := min(v.offset+v.rows(), len(v.hits))
	for i := v.offset; i < end; i++ {
		h := &v.hits[i]
		a, _ := v.env.ds.Article(h.span.Article)
		if h.where == "" {
			c := present.Cite(v.env.ds, "", h.span)
			h.where = "paragraph " + strconv.Itoa(c.Paragraph) + ", line " + strconv.Itoa(c.Line)
		}
		head := v.env.outletName(a.Outlet) + " · " + a.Published.String() + " · " + h.where
		if i == v.cursor {
			lines = append(lines, st.Selected.Render(fit("▶ "+head, inner)))
		} else {
			lines = append(lines, "  "+st.Outlet.Render(fit(head, inner-2)))
		}
		lines = append(lines, "    "+highlight(fit(v.around(h.span, inner-4), inner-4), words, st.Quote, st.Match))
	}
	title := "In the articles · “" + oneLine(v.phrase) + "” · " + strconv.Itoa(len(v.hits)) + plural(len(v.hits), " place")
	if v.capped {
		title += " (the first " + strconv.Itoa(maxHits) + ")"
	}
	if v.skipped > 0 {
		title += " · " + strconv.Itoa(v.skipped) + plural(v.skipped, " article") + " too long to search"
	}
	return box(st, title, scrollInfo(v.cursor, len(v.hits))+" · esc: back", lines, v.w, v.h, v.focused)
}

// around is the text of the line a hit stands on, cut to about w cells
// with the hit in view.
func (v *hitsView) around(s timeline.Span, w int) string {
	a, _ := v.env.ds.Article(s.Article)
	text := a.Text.Verbatim()
	from := strings.LastIndexByte(text[:s.Start], '\n') + 1
	to := strings.IndexByte(text[s.End:], '\n')
	if to < 0 {
		to = len(text)
	} else {
		to += s.End
	}
	lead := max(w/3, 8)
	if s.Start-from > lead { // start a little before the hit, at a space
		from = s.Start - lead
		if sp := strings.IndexByte(text[from:s.Start], ' '); sp >= 0 {
			from += sp + 1
		}
		for from < s.Start && !utf8.RuneStart(text[from]) {
			from++
		}
		return "…" + oneLine(text[from:to])
	}
	return oneLine(text[from:to])
}
