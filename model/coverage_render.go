package model

import (
	"strconv"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// keyLines name the outlet behind each column letter, wrapped; built when
// the size or the rows change, not on every frame.
func (c *coverageView) keyLines() []string {
	var parts []string
	for _, id := range c.cov.Outlets[c.colOff:c.colEnd()] {
		parts = append(parts, c.env.marks[id]+" "+c.env.outletName(id))
	}
	return wrap(strings.Join(parts, " · "), max(c.w-4, 1))
}

// colEnd is one past the last column drawn.
func (c *coverageView) colEnd() int {
	return min(c.colOff+c.shownCols(), len(c.cov.Outlets))
}

func (c *coverageView) View() string {
	st := &c.env.styles
	if c.pending {
		lines := []string{" " + st.Muted.Render("Building the matrix of "+strconv.Itoa(c.building)+" events…")}
		return box(st, "Coverage · building…", "esc: back", lines, c.w, c.h, c.focused)
	}
	inner := max(c.w-2, 1)
	from, to := c.colOff, c.colEnd()
	titleW := max(inner-2-covDateW-c.cellW*(to-from)-covCount-1, 4)
	var lines []string
	for _, l := range c.key {
		lines = append(lines, " "+st.Muted.Render(l))
	}
	var head strings.Builder
	head.WriteString("  " + fit("Date", covDateW) + fit("Event", titleW))
	for _, id := range c.cov.Outlets[from:to] {
		head.WriteString(center(c.env.marks[id], c.cellW))
	}
	head.WriteString(padLeft("n", covCount))
	lines = append(lines, st.PaneTitle.Render(head.String()))

	end := min(c.offset+c.listH(), len(c.rows))
	for i := c.offset; i < end; i++ {
		lines = append(lines, c.renderRow(i, titleW, from, to))
	}
	if len(c.rows) == 0 && c.single && len(c.cov.Rows) > 0 {
		lines = append(lines, "  "+st.Warn.Render("Every event here is reported by more than one outlet; 1 shows them all."))
	} else if len(c.rows) == 0 {
		lines = append(lines, "  "+st.Warn.Render("No events match these filters."))
	}
	var tot strings.Builder
	tot.WriteString("  " + fit("", covDateW) + fit("Reported by", titleW))
	for _, n := range c.cov.PerOutlet[from:to] {
		tot.WriteString(center(strconv.Itoa(n), c.cellW))
	}
	lines = append(lines, st.Count.Render(tot.String()))
	lines = append(lines, " "+st.Muted.Render("● reports it · ○ in a photo caption only · ◆ only one outlet reports it"))
	lines = append(lines, " "+c.status())
	title := "Coverage · " + strconv.Itoa(len(c.rows)) + " events × " + strconv.Itoa(len(c.cov.Outlets)) + " outlets"
	if c.single {
		title += " · only ◆, of " + strconv.Itoa(len(c.cov.Rows))
	}
	if c.byCount {
		title += " · by count"
	}
	if to-from < len(c.cov.Outlets) {
		title += " (" + strconv.Itoa(from+1) + "–" + strconv.Itoa(to) + " shown, ←/→)"
	}
	right := labels(scrollInfo(c.row, len(c.rows)), "esc: back")
	return box(st, title, right, lines, c.w, c.h, c.focused)
}

func (c *coverageView) renderRow(i, titleW, from, to int) string {
	st := &c.env.styles
	ds := c.env.ds
	r := c.rows[i]
	e := &ds.Events()[r.Event]
	cur := i == c.row
	marker := "  "
	if cur {
		marker = "▶ "
	}
	var cells strings.Builder
	for j := from; j < to; j++ {
		si := r.Source(j)
		glyph := "·"
		switch {
		case si >= 0 && e.Sources[si].Caption:
			glyph = "○"
		case si >= 0:
			glyph = "●"
		}
		if cur && j == c.col {
			pad := c.cellW - 3
			cells.WriteString(strings.Repeat(" ", pad/2) + st.Highlight.Render("["+glyph+"]") + strings.Repeat(" ", pad-pad/2))
		} else {
			cells.WriteString(center(glyph, c.cellW))
		}
	}
	count := padLeft(strconv.Itoa(r.Count), covCount-2)
	flag := "  "
	if r.Single() {
		flag = " ◆"
	}
	date := fit(timeline.FormatRange(e.Start, e.End), covDateW-1) + " "
	title := fit(eventTitle(e), titleW)
	if cur {
		return st.Selected.Render(marker+date+title) + cells.String() + st.Selected.Render(count+flag)
	}
	return marker + st.Date.Render(date) + title + st.Outlet.Render(cells.String()) + count + st.Warn.Render(flag)
}

// status says what the cursor's cell holds.
func (c *coverageView) status() string {
	st := &c.env.styles
	if len(c.rows) == 0 {
		return ""
	}
	name := c.env.outletName(c.cov.Outlets[c.col])
	p, ok := c.selected()
	if !ok {
		return st.Missing.Render(name + " does not report this event.")
	}
	return st.Outlet.Render(name+": ") + "“" + oneLine(p.span.Text) + "”" + st.Muted.Render(" · enter reads it, y copies it")
}

func center(s string, w int) string {
	pad := max(w-len([]rune(s)), 0)
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func padLeft(s string, w int) string {
	return strings.Repeat(" ", max(w-len(s), 0)) + s
}
