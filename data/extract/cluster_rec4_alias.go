package extract

import (
	"slices"
	"strings"
	"unicode"
)

// An organisation named without its place (rec28r). One outlet writes
// "the Dunmere Rivers Authority", another only "the Rivers Authority";
// one "Calderport Regional Transit Authority", another "the Regional
// Transit Authority". Within an article the short form is read for the
// full one (see resolveShort); across articles the two were two actors,
// and two outlets' reports of what the one body did were kept apart by
// it. The names of a corpus's mentions are read once all are: a name of
// two words or more that is an organisation's, not a person's, stands
// for the one longer name that adds a single word before it, when only
// one does ("National Committee" stands for neither the Democratic nor
// the Republican one), when as many articles write the longer name as
// the shorter (the story's usual name), and when each article writing
// the shorter names the word it leaves out elsewhere ("Calderport's
// transit strike is over. Negotiators for the Regional Transit
// Authority ..."). Where the short one is the
// common one ("the State Department", "the Air Force", "the Green
// Party"), a longer one is most often another body ("Israeli Air Force",
// "Germany's Green Party").
//
// An article may leave the place out everywhere, when the place is the
// story's own: "the Rivers Authority" in a piece that never writes
// "Dunmere", beside three outlets' "Dunmere Rivers Authority" (rec28v).
// The word left out then needs to be the place another article's
// dateline names ("WENDLEFORD, Dunmere (NCP) -"), and the longer name
// still written by as many articles as the shorter.

// placeAliases rewrites the actors of every mention of ms that go by a
// name one word shorter than one other actor's (see above) as that
// actor.
func (x *extractor) placeAliases(ms ...[]*mention) {
	used := map[string]bool{}
	articles := map[string]int{} // id -> how many articles' mentions name it
	seen := map[[2]string]bool{}
	for _, list := range ms {
		for _, m := range list {
			for _, id := range m.actors {
				used[id] = true
				if k := [2]string{id, m.article.ID}; !seen[k] {
					seen[k] = true
					articles[id]++
				}
			}
		}
	}
	longer := map[string]string{} // short id -> the one longer, "" when several
	for id := range used {
		i := strings.IndexByte(id, '-')
		if i < 0 {
			continue
		}
		short := id[i+1:]
		if !used[short] || !strings.Contains(short, "-") || articles[id] < articles[short] || x.personID(short) || x.personID(id) {
			continue
		}
		if _, dup := longer[short]; dup {
			longer[short] = ""
			continue
		}
		longer[short] = id
	}
	for short, id := range longer {
		if id == "" {
			delete(longer, short) // several longer names: neither
			continue
		}
		if prefix := id[:len(id)-len(short)-1]; !x.prefixNamed(ms, short, prefix) && !x.placeWord(prefix) {
			delete(longer, short)
		}
	}
	for id := range used {
		// a company's legal form says what it is, not which: "Orrin
		// Valley Chemicals Ltd" is "Orrin Valley Chemicals" (rec28v)
		i := strings.LastIndexByte(id, '-')
		if i < 0 || !legalForms[id[i+1:]] || !used[id[:i]] || x.personID(id) {
			// the shorter may be no actor the lexicon lists, but one a
			// short name was read for (see resolveShort)
			continue
		}
		if _, taken := longer[id[:i]]; !taken {
			longer[id[:i]] = id
		}
	}
	if len(longer) == 0 {
		return
	}
	for _, list := range ms {
		for _, m := range list {
			for k, id := range m.actors {
				if l, ok := longer[id]; ok {
					if slices.Contains(m.actors, l) {
						m.actors = slices.Delete(m.actors, k, k+1)
						break // one short name a mention: the indexes moved
					}
					m.actors[k] = l
				}
			}
		}
	}
}

// personID reports whether id is a person's: a person's name with one
// more word is another person ("Anne Hale", "Mary Anne Hale").
func (x *extractor) personID(id string) bool {
	if _, ok := x.lx.byID[id]; !ok {
		return true // unknown: leave it be
	}
	return x.lx.isPerson(id)
}

// prefixNamed reports whether every article whose mentions of ms name
// the actor short holds the word prefix (an actor id's first word) too.
func (x *extractor) prefixNamed(ms [][]*mention, short, prefix string) bool {
	checked := map[string]bool{}
	for _, list := range ms {
		for _, m := range list {
			if checked[m.article.ID] || !slices.Contains(m.actors, short) {
				continue
			}
			checked[m.article.ID] = true
			if !strings.Contains(strings.ToLower(m.article.Text.Verbatim()), prefix) {
				return false
			}
		}
	}
	return true
}

// legalForms are the words after a company's name that give its legal
// form, as an actor id ends.
var legalForms = set(`ltd limited plc inc llc corp`)

// placeWord reports whether w, an actor id's first word, is the region
// after the town of an article's dateline ("WENDLEFORD, Dunmere (NCP)
// -"): the story's own place. A place of the list is not enough: a
// state's body is often named as the nation's is ("Florida Department of
// State", "Department of State").
func (x *extractor) placeWord(w string) bool {
	for _, r := range x.read {
		if datelineRegion(r.article.Text.Verbatim()) == w {
			return true
		}
	}
	return false
}

// datelineRegion is the region a dateline names after its town, in lower
// case ("WENDLEFORD, Dunmere (NCP) -" gives "dunmere"), or "": the first
// line of the text that opens with a word in capitals and a comma.
func datelineRegion(text string) string {
	for line := range strings.Lines(text) {
		town, rest, ok := strings.Cut(line, ", ")
		if !ok || town == "" || strings.ToUpper(town) != town || strings.ContainsAny(town, ".;:!?") {
			continue
		}
		w, _, _ := strings.Cut(rest, " ")
		if w == "" || !unicode.IsUpper([]rune(w)[0]) || w == strings.ToUpper(w) {
			return ""
		}
		return strings.ToLower(strings.TrimRight(w, ",.(—-"))
	}
	return ""
}
