package cli

import (
	"fmt"
	"io"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// statementItem is one statement with each outlet's rendering of it.
type statementItem struct {
	ID         string          `json:"id"`
	Speaker    string          `json:"speaker"`
	Label      string          `json:"label"`
	Events     []string        `json:"events"`
	Renderings []renderingItem `json:"renderings"`
}

// renderingItem is one outlet's words for a statement, compared against
// another's; the export's rendering with the words themselves.
type renderingItem struct {
	Outlet      string           `json:"outlet"`
	Quotes      []string         `json:"quotes"`
	Words       string           `json:"words"`
	Against     string           `json:"against"`
	Class       []string         `json:"class"`
	Differences []differenceItem `json:"differences"`
}

type differenceItem struct {
	Op    string `json:"op"`
	Here  string `json:"here"`
	There string `json:"there"`
}

// statementReport is one statement's renderings: side by side in a table,
// a row each in CSV and Markdown, one object in JSON.
func statementReport(ds *timeline.Dataset, id string) (*report, error) {
	si, ok := ds.StatementIndex(id)
	if !ok {
		var valid []string
		for _, s := range ds.Statements() {
			valid = append(valid, s.ID)
		}
		return nil, &timeline.UnknownValueError{Facet: "statement", Value: id, Valid: valid}
	}
	s := &ds.Statements()[si]
	it := statementItem{ID: s.ID, Speaker: s.Speaker, Label: s.Label, Events: list(s.Events), Renderings: []renderingItem{}}
	r := &report{cols: []string{"Outlet", "Compared", "Words", "Outlet ID", "Quotes"}, wide: 3}
	for _, rd := range ds.Renderings(si) {
		ri := renderingItem{Outlet: rd.Outlet, Against: rd.Against, Class: []string{"single"}, Differences: []differenceItem{}}
		var parts []string
		for _, qi := range rd.Quotes {
			ri.Quotes = append(ri.Quotes, ds.Quotes()[qi].ID)
			parts = append(parts, "“"+ds.Quotes()[qi].Span.Text.Verbatim()+"”")
		}
		ri.Words = strings.Join(parts, " … ")
		compared := "only this outlet quotes it"
		if rd.Against != "" {
			ri.Class = rd.Class.Names()
			compared = rd.Class.String() + " vs " + outletName(ds, rd.Against)
		}
		for _, d := range rd.Differences {
			ri.Differences = append(ri.Differences, differenceItem{Op: d.Op.String(), Here: d.Here, There: d.There})
		}
		it.Renderings = append(it.Renderings, ri)
		r.items = append(r.items, ri)
		r.rows = append(r.rows, []any{outletName(ds, rd.Outlet), compared, ri.Words, rd.Outlet, ri.Quotes})
	}
	r.object = it
	r.text = func(w io.Writer, width int) error {
		if _, err := fmt.Fprintf(w, "%s: %s\n\n", line(actorName(ds, s.Speaker)), line(s.Label)); err != nil {
			return err
		}
		return sideBySide(r).writeTable(w, width)
	}
	return r, nil
}

// sideBySide turns the renderings' rows into columns: one an outlet,
// with how it compares and its words below.
func sideBySide(r *report) *report {
	out := &report{cols: []string{""}}
	compared, words := []any{"Compared"}, []any{"Words"}
	for _, row := range r.rows {
		out.cols = append(out.cols, cell(row[0]))
		compared = append(compared, row[1])
		words = append(words, row[2])
	}
	out.rows = [][]any{compared, words}
	return out
}
