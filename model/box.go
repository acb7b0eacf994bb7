package model

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// backBox is a screen one opened and leaves with esc: lines[offset:],
// indented a cell, in a box titled title with "esc: back" at its top
// right; where the lines do not all fit in its innerH, the top right says
// where the box is ("lines 12/30") and esc goes beside it only where both
// fit, as the other long panes say it.
func backBox(st *Styles, title string, lines []string, offset, innerH, w, h int, focused bool) string {
	end := min(offset+innerH, len(lines))
	shown := make([]string, 0, innerH)
	for _, l := range lines[offset:end] {
		shown = append(shown, " "+l)
	}
	right := "esc: back"
	if len(lines) > innerH {
		right = "lines " + scrollInfo(offset, len(lines))
		if back := right + " · esc: back"; rightFits(title, back, w, focused) {
			right = back
		}
		title = titleBeside(title, right, w, focused)
	}
	return box(st, title, right, shown, w, h, focused)
}

// box draws content inside a border of exactly w x h cells with a title in
// the top edge. A focused box has a heavy border and a ▶ before its title,
// so focus shows without colour. right is an optional label at the top
// right. Content lines are cut or padded to the inner width and height.
func box(st *Styles, title, right string, content []string, w, h int, focused bool) string {
	if w < 2 || h < 2 {
		return strings.Join(block(nil, max(w, 0), max(h, 0)), "\n")
	}
	tl, tr, bl, br, hz, vt := "╭", "╮", "╰", "╯", "─", "│"
	bs := st.Border
	if focused {
		tl, tr, bl, br, hz, vt = "┏", "┓", "┗", "┛", "━", "┃"
		bs = st.BorderFocus
		title = "▶ " + title
	}
	inner := w - 2
	label := " " + title + " "
	if ansi.StringWidth(label) > inner-1 {
		label = ansi.Truncate(label, max(inner-1, 0), "…")
	}
	rlabel := ""
	if right != "" && rightFits(title, right, w, false) {
		rlabel = " " + right + " "
	}
	fill := inner - 1 - ansi.StringWidth(label) - ansi.StringWidth(rlabel)
	top := bs.Render(tl+hz) + st.PaneTitle.Render(label) + bs.Render(strings.Repeat(hz, max(fill, 0))) +
		st.Muted.Render(rlabel) + bs.Render(tr)
	if fill < 0 {
		top = bs.Render(tl) + fit(st.PaneTitle.Render(label), inner) + bs.Render(tr)
	}
	var b strings.Builder
	b.Grow((w + 16) * h)
	b.WriteString(top)
	side := bs.Render(vt)
	for _, line := range block(content, inner, h-2) {
		b.WriteString("\n" + side + line + side)
	}
	b.WriteString("\n" + bs.Render(bl+strings.Repeat(hz, inner)+br))
	return b.String()
}

// rightFits says whether box draws right beside title in a top edge w
// cells wide; a pane with a long label can offer a shorter one instead.
// title is as box gets it, and focused adds its ▶ (box, having added it
// itself, passes false).
func rightFits(title, right string, w int, focused bool) bool {
	if focused {
		title = "▶ " + title
	}
	return ansi.StringWidth(title)+2+ansi.StringWidth(right)+4 <= w-2
}

// titleBeside cuts title, where it must, so that box draws right beside
// it: a position says more than the end of a long id.
func titleBeside(title, right string, w int, focused bool) string {
	if rightFits(title, right, w, focused) {
		return title
	}
	room := w - 8 - ansi.StringWidth(right)
	if focused {
		room -= 2
	}
	return ansi.Truncate(title, max(room, 1), "…")
}

// labels joins a box's right-hand labels with " · ", leaving out the
// empty ones (a position in an empty list is "").
func labels(parts ...string) string {
	var out []string
	for _, p := range parts {
		if p != "" {
			out = append(out, p)
		}
	}
	return strings.Join(out, " · ")
}

// scrollInfo is the "12/37" a scrolled pane shows at its top right.
func scrollInfo(pos, total int) string {
	if total == 0 {
		return ""
	}
	return strconv.Itoa(pos+1) + "/" + strconv.Itoa(total)
}

// clampScroll keeps a window of h lines over total lines in range, with the
// line cur visible when cur >= 0.
func clampScroll(offset, cur, h, total int) int {
	if cur >= 0 {
		if cur < offset {
			offset = cur
		}
		if cur >= offset+h {
			offset = cur - h + 1
		}
	}
	return max(0, min(offset, total-h))
}

// clampDelta bounds a movement so that adding it to a position cannot
// overflow: "first" and "last" are very large distances.
func clampDelta(d int) int { return max(-1<<30, min(d, 1<<30)) }
