package timeline

import (
	"cmp"
	"slices"
	"strings"
)

// How the outlets compare: each statement's renderings side by side, which
// outlet reports which event, and where their accounts disagree.

// Rendering is one outlet's words for a statement: its quotes of it, in the
// order they appear in the article, aligned against another outlet's.
type Rendering struct {
	Outlet  string
	Quotes  []int  // dataset quote indexes, in article order
	Against string // the outlet compared against; "" when no other outlet quotes it
	Comparison
}

// Renderings returns statement si's renderings, one per outlet in dataset
// outlet order. Each is compared against the fullest other rendering (most
// words; the earlier outlet on a tie), so a fragment is read against the
// longest account and the longest against the next longest.
func (ds *Dataset) Renderings(si int) []Rendering { return ds.renderings[si] }

func (ds *Dataset) deriveRenderings(si int) []Rendering {
	byOutlet := map[string][]int{}
	for _, qi := range ds.stmtQuotes[si] {
		o := ds.ArticleOutlet(ds.parts.Quotes[qi].Span.Article).ID
		byOutlet[o] = append(byOutlet[o], qi)
	}
	var out []Rendering
	for _, o := range ds.parts.Outlets {
		qs, ok := byOutlet[o.ID]
		if !ok {
			continue
		}
		slices.SortStableFunc(qs, func(a, b int) int {
			sa, sb := ds.parts.Quotes[a].Span, ds.parts.Quotes[b].Span
			return cmp.Or(strings.Compare(sa.Article, sb.Article), cmp.Compare(sa.Start, sb.Start))
		})
		out = append(out, Rendering{Outlet: o.ID, Quotes: qs})
	}
	// Each rendering is tokenised once: counted, then kept as its
	// comparison's tokens (marked there) and read as the others' fullest.
	toks := make([][]Token, len(out))
	words := make([]int, len(out))
	for i, r := range out {
		texts := make([]string, 0, len(r.Quotes))
		for _, qi := range r.Quotes {
			texts = append(texts, ds.parts.Quotes[qi].Span.Text.String())
		}
		toks[i] = tokenizeFragments(texts)
		words[i] = countWords(toks[i])
	}
	for i := range out {
		best := -1
		for j := range out {
			if j != i && (best < 0 || words[j] > words[best]) {
				best = j
			}
		}
		if best < 0 {
			out[i].Comparison = Comparison{Tokens: toks[i]}
			continue
		}
		out[i].Against = out[best].Outlet
		out[i].Comparison = alignTokens(toks[i], toks[best])
	}
	return out
}

// Coverage is which outlets report which events: a row per event, a column
// per outlet.
type Coverage struct {
	Outlets   []string // column outlet ids, in dataset order
	Rows      []CoverageRow
	PerOutlet []int // how many of the rows each outlet reports
}

// CoverageRow is one event's row.
type CoverageRow struct {
	Event int // dataset event index
	Count int // how many outlets report it
	// cells are the columns that report the event, in column order: a
	// row holds its event's few sources, not a cell for every outlet.
	cells []coverageCell
}

type coverageCell struct{ col, source int32 }

// Source returns the index into the event's Sources of column col's
// passage, or -1 when that outlet does not report the event.
func (r CoverageRow) Source(col int) int {
	for _, c := range r.cells {
		if int(c.col) == col {
			return int(c.source)
		}
	}
	return -1
}

// Single reports whether only one outlet reports the event.
func (r CoverageRow) Single() bool { return r.Count == 1 }

// Coverage builds the matrix for the given events (say, those a filter
// selects), in the order given. Every outlet is a column, so a filter on
// one outlet shows who else reports its events.
func (ds *Dataset) Coverage(events []int) Coverage {
	c := Coverage{PerOutlet: make([]int, len(ds.parts.Outlets)), Rows: make([]CoverageRow, 0, len(events))}
	col := make(map[string]int, len(ds.parts.Outlets))
	for i, o := range ds.parts.Outlets {
		c.Outlets = append(c.Outlets, o.ID)
		col[o.ID] = i
	}
	n := 0
	for _, ei := range events {
		n += len(ds.parts.Events[ei].Sources)
	}
	cells := make([]coverageCell, 0, n) // every row's cells, in one array
	for _, ei := range events {
		from := len(cells)
		e := &ds.parts.Events[ei]
		for si, s := range e.Sources {
			j := int32(col[ds.ArticleOutlet(s.Article).ID])
			k := slices.IndexFunc(cells[from:], func(c coverageCell) bool { return c.col == j })
			switch {
			case k < 0:
				cells = append(cells, coverageCell{j, int32(si)})
			case e.Sources[cells[from+k].source].Caption && !s.Caption:
				cells[from+k].source = int32(si) // prefer prose to a caption
			}
		}
		row := CoverageRow{Event: ei, Count: len(cells) - from, cells: cells[from:len(cells):len(cells)]}
		slices.SortFunc(row.cells, func(a, b coverageCell) int { return cmp.Compare(a.col, b.col) })
		for _, cell := range row.cells {
			c.PerOutlet[cell.col]++
		}
		c.Rows = append(c.Rows, row)
	}
	return c
}
