package synth

import (
	"bufio"
	"io"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// WriteLines writes one line per event of ds, in its chronological
// order, holding what a user searches for:
//
//	2022-09-07  Title — Summary  [AL IR]  actor names  outlet names  #tags
//
// the date at its own precision, the countries the event involves
// (directly or through its actors), the actors' and reporting outlets'
// names, and the tags. It is the same text, line for line, that fzf, less
// or a plain list is given when cyberdesk is compared with them.
func WriteLines(w io.Writer, ds *timeline.Dataset) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	for i := range ds.Events() {
		e := &ds.Events()[i]
		writeHead(bw, e)
		bw.WriteString("  [")
		for j, c := range ds.EventCountries(i) {
			if j > 0 {
				bw.WriteByte(' ')
			}
			bw.WriteString(oneLine(c))
		}
		bw.WriteString("] ")
		for j, id := range e.Actors {
			bw.WriteString(sep(j, " ", ", "))
			if a, ok := ds.Actor(id); ok {
				bw.WriteString(oneLine(a.Name))
			} else {
				bw.WriteString(oneLine(id))
			}
		}
		bw.WriteString(" ")
		for j, id := range ds.EventOutlets(i) {
			bw.WriteString(sep(j, " ", ", "))
			if o, ok := ds.Outlet(id); ok {
				bw.WriteString(oneLine(o.Name))
			} else {
				bw.WriteString(oneLine(id))
			}
		}
		bw.WriteString(" ")
		for _, t := range e.Tags {
			bw.WriteString(" #")
			bw.WriteString(oneLine(t))
		}
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func sep(i int, first, rest string) string {
	if i == 0 {
		return first
	}
	return rest
}

// oneLine keeps a field from breaking the one-line-per-event promise; the
// check is cheap, cleaning is only for the rare field that needs it.
func oneLine(s string) string {
	if strings.ContainsAny(s, "\n\r") {
		return untrusted.CleanLine(s)
	}
	return s
}

// writeHead writes what every line opens with: the date at its own
// precision, the title and the summary.
func writeHead(bw *bufio.Writer, e *timeline.Event) {
	bw.WriteString(timeline.FormatRange(e.Start, e.End))
	bw.WriteString("  ")
	bw.WriteString(oneLine(e.Title))
	bw.WriteString(" — ")
	bw.WriteString(oneLine(e.Summary))
}
