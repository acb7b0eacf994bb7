package model

import (
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/internal/present"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// env is what every pane reads and none owns: the dataset, the styles, the
// key bindings and per-outlet display marks. The root model owns it and
// swaps styles when the terminal's background is known.
type env struct {
	ds     *timeline.Dataset
	styles Styles
	keys   KeyMap
	marks  map[string]string // outlet id -> one-letter mark
	order  []string          // outlet ids in dataset order

	marking bool // mark the words in which outlets' quotations differ
}

func newEnv(ds *timeline.Dataset, st Styles, keys KeyMap) *env {
	e := &env{ds: ds, styles: st, keys: keys, marks: present.OutletMarks(ds.Outlets())}
	for _, o := range ds.Outlets() {
		e.order = append(e.order, o.ID)
	}
	return e
}

// outletName returns an outlet's display name.
func (e *env) outletName(id string) string {
	if o, ok := e.ds.Outlet(id); ok {
		return oneLine(o.Name)
	}
	return id
}

// namedArticles is s (a curator's note) with each article id that
// stands as a word of its own replaced by its outlet's name: notes cite
// articles by id ("toi", "jpost/toi"), a reader wants the outlet.
func (e *env) namedArticles(s string) string {
	s = oneLine(s)
	isWord := func(b byte) bool {
		return b == '_' || b == '-' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9'
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && isWord(s[j]) {
			j++
		}
		if j == i {
			b.WriteByte(s[i])
			i++
			continue
		}
		w := s[i:j]
		if a, ok := e.ds.Article(w); ok && (i == 0 || !isWord(s[i-1])) {
			// "Outlet (id)", as an extracted event's note writes it,
			// already names the outlet: the id says which article.
			name := e.outletName(a.Outlet)
			if !strings.HasSuffix(s[:i], name+" (") || j == len(s) || s[j] != ')' {
				w = name
			}
		}
		b.WriteString(w)
		i = j
	}
	return b.String()
}

// actorName returns an actor's display name.
func (e *env) actorName(id string) string {
	if a, ok := e.ds.Actor(id); ok {
		return oneLine(a.Name)
	}
	return id
}

// actorRole returns the first role an article gives the actor, or its kind.
func (e *env) actorRole(a *timeline.Actor) string {
	if len(a.Roles) > 0 {
		return oneLine(a.Roles[0].Title)
	}
	if a.Extracted {
		return string(a.Kind) + "?, " + extractedWord
	}
	return string(a.Kind)
}

// eventTitle is an event's title on one line, marked ≈ when cyberdesk
// found the event itself; every list of events shows it so.
func eventTitle(e *timeline.Event) string {
	if e.Extracted {
		return extractedGlyph + " " + oneLine(e.Title)
	}
	return oneLine(e.Title)
}

// extractedGlyph marks what cyberdesk found automatically in an article
// nobody annotated, as opposed to what a curator wrote: events in the
// chronology, sources, quotations and actors.
const (
	extractedGlyph = "≈"
	extractedWord  = "found automatically"
)
