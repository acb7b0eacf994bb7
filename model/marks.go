package model

import (
	"strings"

	"charm.land/lipgloss/v2"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Glyphs that mark differences between renderings, so they show without
// colour: ⟨words⟩ differ from the outlet compared against (added, changed,
// or an ellipsis standing for its words); ‸ is where it has words this one
// lacks.
const (
	markOpen  = "⟨"
	markClose = "⟩"
	markGap   = "‸"
)

// byteRange is [start, end) of a display string.
type byteRange struct{ start, end int }

// markedText is one quoted fragment ready to wrap: its display text and the
// ranges to draw as differences.
type markedText struct {
	text  string
	marks []byteRange
}

// markFragments builds the display text of each fragment of a rendering,
// wrapped in quote marks, with the differing runs bracketed and gaps shown.
// With marking off (or nothing to compare), the text is the plain words.
func markFragments(r *timeline.Rendering, frags []string, marking bool) []markedText {
	out := make([]markedText, len(frags))
	if !marking || r == nil || r.Against == "" {
		for i, f := range frags {
			out[i] = markedText{text: "“" + oneLine(f) + "”"}
		}
		return out
	}
	gaps := map[int]bool{}
	for _, d := range r.Differences {
		if d.Here == "" {
			gaps[d.At] = true
		}
	}
	toks := r.Tokens
	for fi, frag := range frags {
		var b strings.Builder
		var marks []byteRange
		runStart := -1
		gap := func() {
			marks = append(marks, byteRange{b.Len(), b.Len() + len(markGap)})
			b.WriteString(markGap)
		}
		b.WriteString("“")
		pos := 0
		for gi, t := range toks {
			if t.Fragment != fi {
				continue
			}
			b.WriteString(spaceOnly(frag[pos:t.Start]))
			if gaps[gi] {
				gap()
			}
			marked := t.Mark != timeline.Same
			if marked && runStart < 0 {
				runStart = b.Len()
				b.WriteString(markOpen)
			}
			b.WriteString(oneLine(t.Text))
			pos = t.End
			if marked && (gi+1 == len(toks) || toks[gi+1].Fragment != fi || toks[gi+1].Mark == timeline.Same) {
				b.WriteString(markClose)
				marks = append(marks, byteRange{runStart, b.Len()})
				runStart = -1
			}
		}
		b.WriteString(spaceOnly(frag[pos:]))
		if fi == len(frags)-1 && gaps[len(toks)] {
			gap()
		}
		b.WriteString("”")
		out[fi] = markedText{text: b.String(), marks: marks}
	}
	return out
}

// spaceOnly renders the text between two tokens: whitespace becomes one
// space; anything else there (a quote mark the comparison ignores) is kept,
// cleaned.
func spaceOnly(s string) string {
	if s == "" {
		return ""
	}
	f := strings.Fields(clean(s))
	if len(f) == 0 {
		return " "
	}
	lead, trail := "", ""
	if strings.TrimLeft(s, " \t\n") != s {
		lead = " "
	}
	if strings.TrimRight(s, " \t\n") != s {
		trail = " "
	}
	return lead + strings.Join(f, " ") + trail
}

// wrapMarked wraps a marked text to w cells and draws each line, the marked
// ranges in the diff style and the rest in base.
func wrapMarked(m markedText, w int, base, diff lipgloss.Style) []string {
	var out []string
	for _, l := range wrapSpans(m.text, 0, w) {
		out = append(out, drawMarked(m.text, l, m.marks, base, diff))
	}
	return out
}

// drawMarked draws bytes l of text, the parts inside marks (in order) in
// diff and the rest in base.
func drawMarked(text string, l lineSpan, marks []byteRange, base, diff lipgloss.Style) string {
	var b strings.Builder
	pos := l.start
	for _, r := range marks {
		s, e := max(r.start, l.start), min(r.end, l.end)
		if s >= e {
			continue
		}
		if pos < s {
			b.WriteString(base.Render(text[pos:s]))
		}
		b.WriteString(diff.Render(text[s:e]))
		pos = e
	}
	if pos < l.end {
		b.WriteString(base.Render(text[pos:l.end]))
	}
	return b.String()
}
