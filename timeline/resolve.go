package timeline

import (
	"fmt"
	"slices"
	"strings"
)

// UnknownValueError reports a filter value that names nothing, with the
// values that would have been accepted.
type UnknownValueError struct {
	Facet string // "country", "outlet", "actor", "tag"
	Value string
	Valid []string
}

func (e *UnknownValueError) Error() string {
	if len(e.Valid) == 0 { // a TimelineJS import has no countries or actors
		return fmt.Sprintf("unknown %s %q; this dataset has no %s values", e.Facet, e.Value, e.Facet)
	}
	return fmt.Sprintf("unknown %s %q; valid values: %s", e.Facet, e.Value, strings.Join(e.Valid, ", "))
}

// ResolveCountry returns the ISO code that s names: the code or the country
// name, case-insensitively.
func (ds *Dataset) ResolveCountry(s string) (string, error) {
	var valid []string
	for code, name := range ds.parts.Countries {
		if strings.EqualFold(s, code) || strings.EqualFold(s, name) {
			return code, nil
		}
		valid = append(valid, code+" ("+name+")")
	}
	slices.Sort(valid)
	return "", &UnknownValueError{"country", s, valid}
}

// ResolveOutlet returns the id of the outlet s names: its id or name,
// case-insensitively, with or without a leading "The".
func (ds *Dataset) ResolveOutlet(s string) (string, error) {
	var valid []string
	trim := func(n string) string { return strings.TrimPrefix(strings.ToLower(n), "the ") }
	for _, o := range ds.parts.Outlets {
		if strings.EqualFold(s, o.ID) || trim(s) == trim(o.Name) {
			return o.ID, nil
		}
		valid = append(valid, o.Name+" ("+o.ID+")")
	}
	return "", &UnknownValueError{"outlet", s, valid}
}

// ResolveActor returns the id of the actor s names: its id, name or an
// alias, case-insensitively.
func (ds *Dataset) ResolveActor(s string) (string, error) {
	var valid []string
	for _, a := range ds.parts.Actors {
		if strings.EqualFold(s, a.ID) || strings.EqualFold(s, a.Name) ||
			slices.ContainsFunc(a.Aliases, func(al string) bool { return strings.EqualFold(s, al) }) {
			return a.ID, nil
		}
		valid = append(valid, a.ID)
	}
	return "", &UnknownValueError{"actor", s, valid}
}

// ResolveTag returns the tag s names, case-insensitively.
func (ds *Dataset) ResolveTag(s string) (string, error) {
	vocab := ds.TagVocabulary()
	for _, t := range vocab {
		if strings.EqualFold(s, t) {
			return t, nil
		}
	}
	return "", &UnknownValueError{"tag", s, vocab}
}

// TagVocabulary is every tag this dataset's events may carry.
func (ds *Dataset) TagVocabulary() []string {
	return append(Tags(), ds.parts.ExtraTags...)
}
