package extract

import (
	"slices"
	"strings"
)

// echoClause is an undated sentence of an article's prose as its words
// alone read it, before any name is looked up: readEchoes keeps it as an
// echo when its names allow (see echo). Reading these in prepare, on
// every processor, leaves the joining goroutine only the look-ups that
// need the actors known so far.
type echoClause struct {
	start, end int
	subjectEnd int    // where its subject ends, before its finite verb
	verb       string // the stem of its main verb (as mainVerb)
	// subject: the stems of its subject when a definite determiner
	// opens it (definiteSubjectAt), which an echo naming no one in its
	// subject needs
	subject []string
}

// echoClauses reads the sentences of the paragraphs paras of text that
// readEchoes may keep, in order: outside page furniture other than
// captions, no date phrase of dates in them, a main verb, no time or
// further happening of their own (tellsItsTimeOrAnother). view is the
// text with its quotations masked (mask, as a string).
func echoClauses(text, view string, mask []byte, paras []paragraph, furniture []Furniture, dates []Date) []echoClause {
	var out []echoClause
	for _, p := range paras {
		for pos := p.start; pos < p.end; {
			s, e := sentence(mask, p.start, p.end, pos)
			if e <= pos {
				break
			}
			pos = e
			if _, in := furnitureOver(furniture, p.start, s, e); in {
				continue
			}
			if slices.ContainsFunc(dates, func(d Date) bool { return d.Start < e && d.End > s }) {
				continue // dated: read as a mention, or left as none on purpose
			}
			end := e
			for end > s && (text[end-1] == ' ' || text[end-1] == '\n') {
				end--
			}
			// the clause is read once (mainVerbAt) for its verb, its
			// subject and its definite subject
			t := view[s:end]
			ws, k, j := mainVerbAt(t)
			if j < 0 {
				continue // no main verb (mainVerb reads "")
			}
			if tellsItsTimeOrAnother(t) {
				// "the week after his proposal": a time of its own, unread;
				// "The nonprofit also paid $1.07 million": another payment
				continue
			}
			v, _ := contentStem(strings.ToLower(strings.Trim(ws[j], ",;:.“”\"'’()"))) // as mainVerb
			out = append(out, echoClause{start: s, end: end, subjectEnd: s + wordOffset(t, k), verb: v,
				subject: definiteSubjectAt(view, t, s, ws, k)})
		}
	}
	return out
}

// dateSubject is what the subject of a dated sentence tells, read from
// its words alone: whether it is a group and the event's words it
// names, where its verb is (subjectOf), and the story entity it may
// name (storyHead).
type dateSubject struct {
	group bool
	event []string
	verb  int
	head  string
	// where datedSentence found the sentence, read once for candidates
	// too: its paragraph, its bytes, whether it is a caption's,
	// and whether it found one
	pi, s, e       int
	caption, found bool
}

// readDateSubject reads the subject of the sentence text[s:e], which d
// dates.
func readDateSubject(text string, s, e int, d Date) dateSubject {
	group, event, verb := subjectOf(text, s, e, d)
	return dateSubject{group: group, event: event, verb: verb, head: storyHead(text, s, e, d)}
}

// dateSubjects reads, for each of dates, the subject of the sentence it
// dates as candidates finds it (datedSentence; zero for a date that
// dates no sentence), so that candidates need not read it on the joining
// goroutine. mask is text with its quotations masked.
func dateSubjects(text string, mask []byte, paras []paragraph, furniture []Furniture, dates []Date) []dateSubject {
	out := make([]dateSubject, len(dates))
	for i, d := range dates {
		if pi, s, e, caption, ok := datedSentence(text, mask, paras, furniture, d); ok {
			out[i] = readDateSubject(text, s, e, d)
			out[i].pi, out[i].s, out[i].e, out[i].caption, out[i].found = pi, s, e, caption, true
		}
	}
	return out
}

// nestedMask returns text with the quotations nested in others blanked,
// as bytes and as a string: the view a nested quotation's attribution is
// read in (reader.nestedMask).
func nestedMask(text string, quotes []quotation) ([]byte, string) {
	inner := []byte(text)
	for _, q := range quotes {
		if q.parent >= 0 {
			blank(inner, q.start, q.end)
		}
	}
	return inner, string(inner)
}
