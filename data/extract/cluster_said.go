package extract

import (
	"slices"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A sentence that quotes a statement and says when it was said ("“This
// extreme response is fully proportionate …,” Rama said on Wednesday")
// reports the saying; its telling words are inside the quotation, which
// a mention does not weigh, so no shared words would join it. When the
// quotation renders a curated statement, the curator has said which
// event the saying was (a statement's first event), and the sentence
// joins that event if their dates agree. A statement's other events are
// what it speaks of, not when it was said: a sentence dated by the saying
// joins none of them.

// saidJoin is the curated event that m's sentence reports the saying of,
// through a quotation of it in quoted (its article's), if the dates agree.
func (x *extractor) saidJoin(m *mention, quoted []timeline.Quote) (joinable, bool) {
	for _, q := range quoted {
		if q.Span.Start < m.start || q.Span.End > m.end {
			continue
		}
		st, ok := x.statements[q.Statement]
		if !ok || st.order >= len(x.parts.Statements) || len(x.parts.Statements[st.order].Events) == 0 {
			continue
		}
		i, ok := x.curatedEvent(x.parts.Statements[st.order].Events[0])
		if !ok {
			continue
		}
		cl := x.clusters[i]
		for _, d := range m.dates {
			if rel := relate(m.span(d), cl.days); rel == within || rel == covering {
				same := slices.ContainsFunc(x.parts.Events[i].Sources, func(s timeline.Source) bool {
					return s.Article == m.article.ID && s.Caption == m.caption
				})
				return joinable{event: i, relation: rel, same: same}, true
			}
		}
	}
	return joinable{}, false
}

// curatedEvent is the index of the curated event with id.
func (x *extractor) curatedEvent(id string) (int, bool) {
	if x.curatedIDs == nil {
		x.curatedIDs = map[string]int{}
		for i, cl := range x.clusters {
			if cl.curated {
				x.curatedIDs[x.parts.Events[i].ID] = i
			}
		}
	}
	i, ok := x.curatedIDs[id]
	return i, ok
}
