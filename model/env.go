package model

import (
	"strings"
	"unicode"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// env is what every pane reads and none owns: the dataset, the styles and
// per-outlet display marks. The root model owns it and swaps styles when the
// terminal's background is known.
type env struct {
	ds     *timeline.Dataset
	styles Styles
	marks  map[string]string // outlet id -> one-letter mark
	order  []string          // outlet ids in dataset order
}

func newEnv(ds *timeline.Dataset, st Styles) *env {
	e := &env{ds: ds, styles: st, marks: map[string]string{}}
	used := map[rune]bool{}
	for _, o := range ds.Outlets {
		e.order = append(e.order, o.ID)
		e.marks[o.ID] = pickMark(o.Name, used)
	}
	return e
}

// pickMark gives an outlet a letter no other outlet has: the initial of its
// first significant word, else of a later word, else any letter of the name.
func pickMark(name string, used map[rune]bool) string {
	var candidates []rune
	for _, w := range strings.Fields(name) {
		if strings.EqualFold(w, "the") || strings.EqualFold(w, "of") {
			continue
		}
		candidates = append(candidates, unicode.ToUpper([]rune(w)[0]))
	}
	for _, r := range strings.ToUpper(name) {
		if unicode.IsLetter(r) {
			candidates = append(candidates, r)
		}
	}
	for _, r := range candidates {
		if !used[r] {
			used[r] = true
			return string(r)
		}
	}
	return "?"
}

// outletName returns an outlet's display name.
func (e *env) outletName(id string) string {
	if o, ok := e.ds.Outlet(id); ok {
		return oneLine(o.Name)
	}
	return id
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
	return string(a.Kind)
}
