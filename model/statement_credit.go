package model

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Who an outlet credits. Outlets sometimes credit the same words to
// different speakers ("the FBI concluded", "Comey said"). Long
// quotations are grouped into one statement all the same, each quote
// keeping its speaker: a column then names the speaker its outlet
// credits when it is not the statement's. Short ones stay apart (two
// words in common can be chance), so an outlet that quoted the very
// words under another speaker, in an article reporting the statement's
// event, is not one that did not quote them: it is named as crediting
// someone else.

// credits returns the names of the speakers c's quotes credit, in
// order, when any of them is not speaker; nil when all are.
func credits(e *env, c *column, speaker string) []string {
	var names []string
	other := false
	for _, qi := range c.qis {
		q := &e.ds.Quotes()[qi]
		other = other || q.Speaker != speaker
		if n := e.actorName(q.Speaker); !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	if !other {
		return nil
	}
	return names
}

// creditedElsewhere returns, by outlet, the speakers other than
// statement si's that the outlet credits with the same words as one of
// si's quotes, among the statements of si's events: one pass for every
// outlet, as the statement is drawn again on each move of the cursor.
func creditedElsewhere(e *env, si int) map[string][]string {
	ds := e.ds
	s := &ds.Statements()[si]
	var own [][]string
	var out map[string][]string
	for _, evID := range s.Events {
		ei, ok := ds.EventIndex(evID)
		if !ok {
			continue
		}
		for _, sj := range ds.EventStatements(ei) {
			if sj == si {
				continue
			}
			for _, qi := range ds.StatementQuotes(sj) {
				q := &ds.Quotes()[qi]
				if q.Speaker == s.Speaker {
					continue
				}
				outlet, n := ds.ArticleOutlet(q.Span.Article).ID, e.actorName(q.Speaker)
				if slices.Contains(out[outlet], n) {
					continue
				}
				if own == nil {
					for _, qi := range ds.StatementQuotes(si) {
						own = append(own, quoteWords(ds.Quotes()[qi].Span.Text.String()))
					}
				}
				ws := quoteWords(q.Span.Text.String())
				if slices.ContainsFunc(own, func(o []string) bool { return sameWords(o, ws) }) {
					if out == nil {
						out = map[string][]string{}
					}
					out[outlet] = append(out[outlet], n)
				}
			}
		}
	}
	return out
}

// quoteWords is a quotation's words as timeline compares them: case,
// apostrophes and punctuation aside.
func quoteWords(text string) []string {
	var out []string
	for _, t := range timeline.Tokenize(text) {
		if t.Kind == timeline.Word {
			out = append(out, t.Norm)
		}
	}
	return out
}

// sameWords reports whether two quotations quote the same words: one
// holds the other, side by side, and the one held has two words or
// more, or both are the same one word.
func sameWords(a, b []string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 || len(a) == 1 && len(b) > 1 {
		return false
	}
	for i := 0; i+len(a) <= len(b); i++ {
		if slices.Equal(a, b[i:i+len(a)]) {
			return true
		}
	}
	return false
}

// creditLine says which outlets quote the statement's words crediting
// another speaker, each as "outlet: speaker" as a column head says it.
func creditLine(elsewhere []string) string {
	return "the same words credited to another speaker by " + strings.Join(elsewhere, "; ")
}
