package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// A listing is what a list command prints, independent of format: named
// columns and rows whose cells are a string or a list of strings. Every
// cell is untrusted text and is made safe by the writer.
type listing struct {
	cols []string // display names; JSON keys are their snake_case
	rows [][]any  // string or []string per column
	// wide is how many leading columns the table and Markdown show; the
	// rest are for scripts (JSON and CSV) only. 0 means all.
	wide int
}

// human is the listing cut to the columns a reader wants.
func (l listing) human() listing {
	if l.wide == 0 {
		return l
	}
	out := listing{cols: l.cols[:l.wide]}
	for _, r := range l.rows {
		out.rows = append(out.rows, r[:l.wide])
	}
	return out
}

// formats a list command can print.
var formats = []string{"table", "json", "csv", "md"}

func (l listing) write(w io.Writer, format string, width int) error {
	switch format {
	case "table":
		return l.human().writeTable(w, width)
	case "json":
		return l.writeJSON(w)
	case "csv":
		return l.writeCSV(w)
	case "md":
		return l.human().writeMarkdown(w)
	}
	return usageError{fmt.Sprintf("unknown format %q; valid formats: %s", format, strings.Join(formats, ", "))}
}

// text is a cell as one line of plain text.
func text(cell any) string {
	switch v := cell.(type) {
	case []string:
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = line(s)
		}
		return strings.Join(parts, ", ")
	case string:
		return line(v)
	}
	return line(fmt.Sprint(cell))
}

// writeTable aligns the columns; with a width (a terminal), the widest
// columns are narrowed and their cells wrapped so every line fits.
func (l listing) writeTable(w io.Writer, width int) error {
	cells := make([][]string, len(l.rows))
	widths := make([]int, len(l.cols))
	for i, c := range l.cols {
		widths[i] = ansi.StringWidth(c)
	}
	for r, row := range l.rows {
		cells[r] = make([]string, len(row))
		for i, c := range row {
			cells[r][i] = text(c)
			widths[i] = max(widths[i], ansi.StringWidth(cells[r][i]))
		}
	}
	if width > 0 {
		shrink(widths, width-2*(len(widths)-1))
	}
	var b strings.Builder
	writeRow := func(row []string) {
		wrapped := make([][]string, len(row))
		height := 1
		for i, c := range row {
			wrapped[i] = strings.Split(ansi.Wrap(c, widths[i], ""), "\n")
			height = max(height, len(wrapped[i]))
		}
		for ln := 0; ln < height; ln++ {
			var out strings.Builder
			for i := range row {
				s := ""
				if ln < len(wrapped[i]) {
					s = wrapped[i][ln]
				}
				if i > 0 {
					out.WriteString("  ")
				}
				out.WriteString(s + strings.Repeat(" ", max(widths[i]-ansi.StringWidth(s), 0)))
			}
			b.WriteString(strings.TrimRight(out.String(), " ") + "\n")
		}
	}
	writeRow(l.cols)
	rule := make([]string, len(l.cols))
	for i := range rule {
		rule[i] = strings.Repeat("─", widths[i])
	}
	writeRow(rule)
	for _, row := range cells {
		writeRow(row)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// shrink narrows the widest columns until they sum to at most total, never
// below eight cells.
func shrink(widths []int, total int) {
	for {
		sum, widest := 0, 0
		for i, w := range widths {
			sum += w
			if w > widths[widest] {
				widest = i
			}
		}
		if sum <= total || widths[widest] <= 8 {
			return
		}
		widths[widest]--
	}
}

func (l listing) writeJSON(w io.Writer) error {
	var b bytes.Buffer
	b.WriteString("[")
	for r, row := range l.rows {
		if r > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n  {")
		for i, c := range row {
			if i > 0 {
				b.WriteString(", ")
			}
			key, _ := json.Marshal(snake(l.cols[i]))
			val, err := json.Marshal(safeJSON(c))
			if err != nil {
				return err
			}
			b.Write(key)
			b.WriteString(": ")
			b.Write(val)
		}
		b.WriteString("}")
	}
	b.WriteString("\n]\n")
	_, err := w.Write(b.Bytes())
	return err
}

// safeJSON cleans a cell's text, keeping lists as lists.
func safeJSON(cell any) any {
	if v, ok := cell.([]string); ok {
		out := make([]string, len(v))
		for i, s := range v {
			out[i] = line(s)
		}
		return out
	}
	return text(cell)
}

func snake(s string) string { return strings.ReplaceAll(strings.ToLower(s), " ", "_") }

func (l listing) writeCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(l.cols); err != nil {
		return err
	}
	for _, row := range l.rows {
		rec := make([]string, len(row))
		for i, c := range row {
			rec[i] = spreadsheetSafe(text(c))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// spreadsheetSafe stops a spreadsheet from reading a cell as a formula:
// a cell that begins with = + - @ tab or CR gets a leading apostrophe.
func spreadsheetSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func (l listing) writeMarkdown(w io.Writer) error {
	var b strings.Builder
	writeMarkdownTable(&b, l.cols, l.rows)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMarkdownTable(b *strings.Builder, cols []string, rows [][]any) {
	b.WriteString("| " + strings.Join(cols, " | ") + " |\n|")
	b.WriteString(strings.Repeat("---|", len(cols)) + "\n")
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = md(text(c))
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
}

// md escapes text for a Markdown table cell: pipes, and raw HTML (which a
// renderer would otherwise interpret).
func md(s string) string { return mdEscaper.Replace(line(s)) }

var mdEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "|", `\|`)
