package cli

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// formats are what every listing command prints.
var formats = []string{"table", "json", "ndjson", "csv", "md"}

// A report is what a command prints, whatever the format: the columns a
// table, CSV and Markdown show, and the typed items JSON gives scripts.
// Every cell and string is untrusted text; each writer makes it safe.
type report struct {
	cols []string
	rows [][]any // a cell is a string, []string, fewOf, int, bool or untrusted.Text
	// wide is how many leading columns the table and Markdown show; CSV
	// has every one. 0 means all.
	wide int
	// items are the JSON items, one a row: an array in json, a line each
	// in ndjson.
	items []any
	// object, when set, is what json writes instead of the items (and
	// ndjson too, on one line, when there are no items).
	object any
	// text, when set, is the table format: a command whose output is not
	// a table (show, coverage) writes it itself; width 0 means no limit.
	text func(w io.Writer, width int) error
}

// write prints r in format; width is the terminal's, 0 when stdout is
// not a terminal (then nothing is wrapped).
func (r *report) write(w io.Writer, format string, width int) error {
	switch format {
	case "table":
		if r.text != nil {
			return r.text(w, width)
		}
		return r.human().writeTable(w, width)
	case "json":
		v := r.object
		if v == nil {
			v = r.items
			if r.items == nil {
				v = []any{}
			}
		}
		return writeJSON(w, v, true)
	case "ndjson":
		if r.items == nil && r.object != nil {
			return writeJSON(w, r.object, false)
		}
		for _, it := range r.items {
			if err := writeJSON(w, it, false); err != nil {
				return err
			}
		}
		return nil
	case "csv":
		return r.writeCSV(w)
	case "md":
		return r.human().writeMarkdown(w)
	}
	return usagef("unknown format %q; valid formats: %s", format, strings.Join(formats, ", "))
}

// human is the report cut to the columns a reader wants.
func (r *report) human() *report {
	if r.wide == 0 {
		return r
	}
	out := &report{cols: r.cols[:r.wide]}
	for _, row := range r.rows {
		out.rows = append(out.rows, row[:r.wide])
	}
	return out
}

// writeJSON writes v as JSON, indented or on one line, with every rune a
// terminal could act on escaped: the strings are exact, the bytes safe.
func writeJSON(w io.Writer, v any, indent bool) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if indent {
		enc.SetIndent("", "  ")
	}
	if err := enc.Encode(v); err != nil {
		return err
	}
	_, err := w.Write(untrusted.EscapeJSON(buf.Bytes()))
	return err
}

// shownTitle is a title cell: the table shows it marked (≈0.25, the score
// of an event cyberdesk found itself), CSV and Markdown bare, the mark
// having a column of its own.
type shownTitle struct{ shown, bare string }

// bareCell is a cell as one line of plain text, a title without its mark.
func bareCell(v any) string {
	if t, ok := v.(shownTitle); ok {
		return line(t.bare)
	}
	return cell(v)
}

// fewOf is a list a table shows the first few items of, with how many
// there are (an outlet's hundred articles would make a line of a hundred
// titles); CSV and Markdown show every item, as a []string cell.
type fewOf struct {
	items []string
	few   int
	noun  string // what the items are, plural: "articles"
}

// brief is the list as a table shows it: every item when they are few,
// else how many, the first few and how many more.
func (f fewOf) brief() string {
	if len(f.items) <= f.few+1 {
		return cell(f.items)
	}
	return strconv.Itoa(len(f.items)) + " " + f.noun + ": " + cell(f.items[:f.few]) +
		", … " + strconv.Itoa(len(f.items)-f.few) + " more"
}

// tableCell is a cell as a table shows it: a long list cut short.
func tableCell(v any) string {
	if f, ok := v.(fewOf); ok {
		return f.brief()
	}
	return cell(v)
}

// cell is a cell as one line of plain text.
func cell(v any) string {
	switch v := v.(type) {
	case shownTitle:
		return line(v.shown)
	case fewOf:
		return cell(v.items)
	case []string:
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = line(s)
		}
		return strings.Join(parts, ", ")
	case string:
		return line(v)
	case untrusted.Text:
		return line(v)
	case int:
		return strconv.Itoa(v)
	case bool:
		return strconv.FormatBool(v)
	}
	return line(fmt.Sprint(v))
}

// writeTable aligns the columns; with a width (a terminal), the widest
// columns are narrowed and their cells wrapped so every line fits.
func (r *report) writeTable(w io.Writer, width int) error {
	cells := make([][]string, len(r.rows))
	widths := make([]int, len(r.cols))
	for i, c := range r.cols {
		widths[i] = ansi.StringWidth(c)
	}
	for k, row := range r.rows {
		cells[k] = make([]string, len(row))
		for i, c := range row {
			cells[k][i] = tableCell(c)
			widths[i] = max(widths[i], ansi.StringWidth(cells[k][i]))
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
		for ln := range height {
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
	writeRow(r.cols)
	rule := make([]string, len(r.cols))
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

func (r *report) writeCSV(w io.Writer) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(r.cols); err != nil {
		return err
	}
	for _, row := range r.rows {
		rec := make([]string, len(row))
		for i, c := range row {
			rec[i] = spreadsheetSafe(csvCell(c))
		}
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvCell is a cell for CSV: a list's items joined by "; ", so a comma
// inside a name stays readable.
func csvCell(v any) string {
	if f, ok := v.(fewOf); ok {
		v = f.items
	}
	if list, ok := v.([]string); ok {
		parts := make([]string, len(list))
		for i, s := range list {
			parts[i] = line(s)
		}
		return strings.Join(parts, "; ")
	}
	return bareCell(v)
}

// spreadsheetSafe stops a spreadsheet from reading a cell as a formula:
// a cell that begins with = + - @ tab or CR gets a leading apostrophe.
func spreadsheetSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func (r *report) writeMarkdown(w io.Writer) error {
	var b strings.Builder
	writeMarkdownTable(&b, r.cols, r.rows)
	_, err := io.WriteString(w, b.String())
	return err
}

func writeMarkdownTable(b *strings.Builder, cols []string, rows [][]any) {
	b.WriteString("| " + strings.Join(cols, " | ") + " |\n|")
	b.WriteString(strings.Repeat("---|", len(cols)) + "\n")
	for _, row := range rows {
		cells := make([]string, len(row))
		for i, c := range row {
			cells[i] = md(bareCell(c))
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
}

// md escapes text for Markdown: pipes, and raw HTML (which a renderer
// would otherwise interpret).
func md(s string) string { return mdEscaper.Replace(line(s)) }

var mdEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "|", `\|`)

// line is untrusted text made safe and folded onto one line.
func line[T ~string](s T) string { return untrusted.CleanLine(string(s)) }

// pad fits s to exactly w cells.
func pad(s string, w int) string {
	s = ansi.Truncate(s, w, "…")
	return s + strings.Repeat(" ", max(w-ansi.StringWidth(s), 0))
}
