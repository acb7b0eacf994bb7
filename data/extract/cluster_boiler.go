package extract

import (
	"slices"
	"strings"
)

// A wire service's running story opens every update with the same line
// ("The Latest on the campaign … (all times local):"), and an outlet
// that prints the updates prints it again each time. Such a line names
// who is in the story and the day, and would join every update's event,
// but it reports nothing: a sentence an outlet prints in minBoilerplate
// of its articles or more, word for word or as a template (the same
// opening and closing words around what changes: "The Latest on …
// (all times Eastern Standard Time):"), is furniture, not a mention.

// minBoilerplate is how many of one outlet's articles print a sentence
// word for word for it to be boilerplate. Two articles of one outlet
// may reprint a report; three print a template.
const minBoilerplate = 3

// dropBoilerplate returns ms without the mentions whose sentence their
// outlet prints in minBoilerplate articles or more, and those of an
// editor's note (editorsNote). It reads each mention once: the
// sentences are counted in a map.
func dropBoilerplate(ms []*mention) []*mention {
	type line struct{ outlet, text string }
	in := map[line][]string{} // the articles printing it, each once
	key := func(m *mention) line {
		return line{m.outlet, template(m.article.Text[m.start:m.end].Verbatim())}
	}
	for _, m := range ms {
		k := key(m)
		if a := in[k]; len(a) < minBoilerplate && !slices.Contains(a, m.article.ID) {
			in[k] = append(a, m.article.ID)
		}
	}
	return slices.DeleteFunc(ms, func(m *mention) bool {
		return len(in[key(m)]) >= minBoilerplate || editorsNote(m.article.Text[m.start:m.end].Verbatim()) // see editors_notes.go
	})
}

// template is what a sentence keeps when its middle changes: past a
// dateline, its first templateHead and last templateTail words; a short
// sentence, whole.
func template(s string) string {
	s = s[len(reLead().FindString(s)):]
	if i := strings.Index(s, ") — "); i >= 0 && i < 40 {
		s = s[i+len(") — "):] // "WASHINGTON (Wire) — "
	}
	ws := strings.Fields(s)
	if len(ws) < 2*(templateHead+templateTail) {
		return strings.Join(ws, " ")
	}
	return strings.Join(ws[:templateHead], " ") + " … " + strings.Join(ws[len(ws)-templateTail:], " ")
}

const (
	templateHead = 3
	templateTail = 2
)
