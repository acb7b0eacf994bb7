package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// nameKey is how names are compared when joining a name to the actor it
// names, within an article and across articles: case, apostrophe style,
// periods, a leading "The", and a person's initials and suffix aside
// ("Brian E. Nelson" is "Brian Nelson", "U.S." is "US").
func nameKey(s string) string {
	if simpleKey(s) {
		return s // lower-case letters and digits, one word: the key itself
	}
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	s = strings.ToLower(s)
	var keep []string
	fields := strings.Fields(s)
	for i, w := range fields {
		w = strings.ReplaceAll(w, ".", "")
		switch {
		case w == "":
		case i == 0 && w == "the" && len(fields) > 1:
		case i > 0 && i < len(fields)-1 && utf8.RuneCountInString(w) == 1 && len(fields) > 2:
			// a middle initial
		case i == len(fields)-1 && i > 1 && nameSuffixes[w]:
		default:
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// simpleKey reports whether s is one word of lower-case ASCII letters
// and digits, which is its own key.
func simpleKey(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
			return false
		}
	}
	return s != "" && s != "the"
}

// keyed indexes an actor's names by nameKey, and a state by its country.
func (lx *lexicon) keyed(a timeline.Actor) {
	if lx.keys == nil {
		lx.keys, lx.states = map[string]string{}, map[string]string{}
	}
	for _, n := range append([]string{a.Name}, a.Aliases...) {
		if k := nameKey(n); k != "" {
			if _, taken := lx.keys[k]; !taken {
				lx.keys[k] = a.ID
			}
		}
	}
	if a.Kind == timeline.State && a.Country != "" {
		if _, taken := lx.states[a.Country]; !taken {
			lx.states[a.Country] = a.ID
		}
	}
}

// byKey returns the actor a name names, by nameKey.
func (lx *lexicon) byKey(n string) (string, bool) {
	id, ok := lx.keys[nameKey(n)]
	return id, ok
}

// spelled records text, a name joined to the actor id by its key, as one
// of the actor's aliases when it is one of them written with the other
// apostrophe ("O'Malley" for "O’Malley"): each article's spelling names
// the actor in that article. Any other variant (case, initials) is
// already found by its key.
func (lx *lexicon) spelled(id, text string) {
	a := lx.actor(id)
	if !a.Extracted || !strings.ContainsAny(text, "'’") || text == a.Name || slices.Contains(a.Aliases, text) {
		return
	}
	flat := func(s string) string { return strings.ReplaceAll(s, "’", "'") }
	if flat(a.Name) != flat(text) && !slices.ContainsFunc(a.Aliases, func(al string) bool { return flat(al) == flat(text) }) {
		return
	}
	a.Aliases = append(a.Aliases, text)
	lx.addAlias(text, id)
}

// freshID returns base, or base with a number, not yet an actor's id.
func (lx *lexicon) freshID(base string) string {
	id := base
	for i := 2; ; i++ {
		if _, taken := lx.byID[id]; !taken {
			return id
		}
		id = base + "-" + strconv.Itoa(i)
	}
}

// person adds a person named n, with their surname and the name without
// its initials as aliases where no other actor has them.
func (lx *lexicon) person(n, country string) string {
	n = personCase(n)
	a := timeline.Actor{ID: lx.freshID(slug(n)), Name: n, Kind: timeline.Person, Country: country, Extracted: true}
	words := strings.Fields(n)
	if last := words[len(words)-1]; len(words) > 1 && nameSuffixes[strings.ToLower(last)] && len(words) > 2 {
		words = words[:len(words)-1]
	}
	var bare []string // without initials
	for i, w := range words {
		if i == 0 || i == len(words)-1 || !reInitial().MatchString(w) {
			bare = append(bare, w)
		}
	}
	als := []string{strings.Join(bare, " "), bare[len(bare)-1]}
	if short, ok := withoutMiddle(strings.Join(bare, " ")); ok {
		als = append(als, short) // "Hillary Rodham Clinton" is "Hillary Clinton"
	}
	for _, al := range als {
		if al != n && (len(bare) > 1 || al != n) && !lx.named(al) && !slices.Contains(a.Aliases, al) {
			a.Aliases = append(a.Aliases, al)
		}
	}
	lx.add(a)
	return a.ID
}

// organisation adds an organisation or a state named n.
func (lx *lexicon) organisation(n string, kind timeline.ActorKind, country string) string {
	a := timeline.Actor{ID: lx.freshID(slug(n)), Name: n, Kind: kind, Country: country, Extracted: true}
	lx.add(a)
	return a.ID
}

// state returns the actor for the country with code, adding it if none.
func (lx *lexicon) state(code string) string {
	if id, ok := lx.states[code]; ok {
		return id
	}
	return lx.organisation(countryNameOf(code), timeline.State, code)
}

// upgrade gives a person known by one word ("Obama", after "President
// Obama") the full name an article gives them.
func (lx *lexicon) upgrade(id, full string) {
	a := lx.actor(id)
	if !a.Extracted || a.Kind != timeline.Person || strings.Contains(a.Name, " ") {
		return
	}
	a.Aliases = append(a.Aliases, a.Name)
	a.Name = full
	lx.addAlias(full, id)
	lx.keyed(*a)
}

// alsoCalled records text as another name of the actor id ("BLM" for
// "Black Lives Matter"), unless another actor has it.
func (lx *lexicon) alsoCalled(id, text string) {
	a := lx.actor(id)
	if lx.named(text) || text == a.Name || slices.Contains(a.Aliases, text) {
		return
	}
	a.Aliases = append(a.Aliases, text)
	lx.addAlias(text, id)
	lx.keyed(*a)
}
