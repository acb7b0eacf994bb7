package extract

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// lexicon is every name an actor goes by, known or found. Aliases are
// indexed by their first word, so finding them in a text costs a look-up
// per word of the text, however many actors a large corpus has made.
type lexicon struct {
	actors  []timeline.Actor // the dataset's, then the ones found
	byID    map[string]int
	byText  map[string]string  // alias -> the actor it names (the first to claim it)
	byFirst map[string][]alias // first word -> the aliases opening with it, longest first
	odd     []alias            // aliases opening with no letter or digit, read by scanning
	known   int                // actors before extraction began
}

type alias struct {
	text string
	id   string
}

func newLexicon(actors []timeline.Actor) *lexicon {
	lx := &lexicon{byID: map[string]int{}, byText: map[string]string{}, byFirst: map[string][]alias{}, known: len(actors)}
	for _, a := range actors {
		lx.add(a)
	}
	return lx
}

func (lx *lexicon) add(a timeline.Actor) {
	lx.byID[a.ID] = len(lx.actors)
	lx.actors = append(lx.actors, a)
	for _, t := range append([]string{a.Name}, a.Aliases...) {
		lx.addAlias(t, a.ID)
	}
}

// addAlias lets t name the actor id, unless another actor has it.
func (lx *lexicon) addAlias(t, id string) {
	if _, taken := lx.byText[t]; t == "" || taken {
		return
	}
	lx.byText[t] = id
	al := alias{t, id}
	first := firstWord(t)
	if first == "" {
		lx.odd = insertLongestFirst(lx.odd, al)
		return
	}
	lx.byFirst[first] = insertLongestFirst(lx.byFirst[first], al)
}

// insertLongestFirst inserts al after every alias at least as long.
func insertLongestFirst(as []alias, al alias) []alias {
	i := len(as)
	for i > 0 && len(as[i-1].text) < len(al.text) {
		i--
	}
	return slices.Insert(as, i, al)
}

// firstWord is the run of letters and digits s opens with, "" if none.
func firstWord(s string) string {
	for i, r := range s {
		if !isWordRune(r) {
			return s[:i]
		}
	}
	return s
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

func (lx *lexicon) actor(id string) *timeline.Actor { return &lx.actors[lx.byID[id]] }

func (lx *lexicon) isPerson(id string) bool { return lx.actor(id).Kind == timeline.Person }

// match is an alias found in a text.
type match struct {
	start, end int
	id         string
}

// find returns the aliases found as whole words in text[lo:hi], longest
// first and never one inside another, in order of position.
func (lx *lexicon) find(text string, lo, hi int) []match {
	var cands []match
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !isWordRune(r) {
				break
			}
			j += n
		}
		if i == lo && i > 0 {
			if r, _ := utf8.DecodeLastRuneInString(text[:i]); isWordRune(r) {
				i = j // the region opens inside a word
				continue
			}
		}
		for _, al := range lx.byFirst[text[i:j]] {
			if e := i + len(al.text); e <= hi && text[i:e] == al.text && wordEdges(text, i, e) {
				cands = append(cands, match{i, e, al.id})
			}
		}
		i = j
	}
	for _, al := range lx.odd {
		region := text[lo:hi]
		for off := 0; ; {
			k := strings.Index(region[off:], al.text)
			if k < 0 {
				break
			}
			s, e := lo+off+k, lo+off+k+len(al.text)
			off += k + len(al.text)
			if wordEdges(text, s, e) {
				cands = append(cands, match{s, e, al.id})
			}
		}
	}
	return claim(cands)
}

// claim keeps, of overlapping matches, the longest (the first of equals),
// and returns them in order of position.
func claim(cands []match) []match {
	if len(cands) < 2 {
		return cands
	}
	slices.SortStableFunc(cands, func(a, b match) int {
		if la, lb := a.end-a.start, b.end-b.start; la != lb {
			return lb - la
		}
		return a.start - b.start
	})
	out := cands[:0:0]
	for _, c := range cands {
		i, _ := slices.BinarySearchFunc(out, c.start, func(m match, start int) int { return m.start - start })
		if i > 0 && out[i-1].end > c.start || i < len(out) && out[i].start < c.end {
			continue
		}
		out = slices.Insert(out, i, c)
	}
	return out
}

// AliasMatches returns the whole-word occurrences of the aliases in text,
// longest first and never a shorter alias inside a longer match, in order
// of position.
func AliasMatches(text string, aliases []string) [][2]int {
	lx := newLexicon(nil)
	for _, a := range aliases {
		lx.addAlias(a, "")
	}
	var out [][2]int
	for _, m := range lx.find(text, 0, len(text)) {
		out = append(out, [2]int{m.start, m.end})
	}
	return out
}

func wordEdges(s string, start, end int) bool {
	before, _ := utf8.DecodeLastRuneInString(s[:start])
	after, _ := utf8.DecodeRuneInString(s[end:])
	isWord := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	return (start == 0 || !isWord(before)) && (end == len(s) || !isWord(after))
}

// reName finds runs of capitalised words: a name, with initials, particles
// and a possessive joining an organisation's name ("Ostrania’s Foreign
// Ministry").
var reName = lazyRegexp(`\p{Lu}[\p{L}\p{M}’'\-]*\.?(?:(?:\s+|’s\s+|'s\s+)(?:(?:de|van|von|der|da|di|bin|of)\s+)?\p{Lu}[\p{L}\p{M}’'\-]*\.?)*`)

// titleWords open a name without being part of it.
var titleWords = map[string]bool{
	"the": true, "president": true, "prime": true, "minister": true, "deputy": true, "foreign": true,
	"interior": true, "defence": true, "defense": true, "secretary": true, "spokesperson": true,
	"spokesman": true, "spokeswoman": true, "general": true, "ambassador": true, "director": true,
	"chief": true, "senator": true, "sen.": true, "mayor": true, "mr": true, "mr.": true, "mrs": true,
	"mrs.": true, "ms": true, "ms.": true, "dr": true, "dr.": true, "sir": true, "under": true,
	"commissioner": true, "governor": true, "colonel": true, "captain": true, "admiral": true,
	"judge": true, "chairman": true, "chairwoman": true, "head": true, "vice": true, "acting": true,
	"former": true, "senior": true, "opposition": true, "leader": true, "economy": true, "affairs": true,
	"government": true, "port": true, "union": true, "executive": true, "spokesperson's": true,
	"finance": true, "justice": true, "security": true, "national": true, "cyber": true,
	"digital": true, "transport": true, "health": true, "energy": true, "trade": true,
	"assistant": true, "professor": true, "prof.": true, "analyst": true, "researcher": true,
	"officer": true, "official": true, "envoy": true, "adviser": true, "advisor": true,
	"but": true, "and": true, "in": true, "on": true, "at": true, "for": true, "as": true,
	"when": true, "while": true, "after": true, "before": true, "speaking": true, "asked": true,
}

// orgWords mark a name as an organisation's, and which kind.
var orgWords = map[string]timeline.ActorKind{
	"ministry": timeline.Agency, "department": timeline.Agency, "agency": timeline.Agency,
	"directorate": timeline.Agency, "authority": timeline.Agency, "office": timeline.Agency,
	"council": timeline.Agency, "service": timeline.Agency, "police": timeline.Agency,
	"commission": timeline.Agency, "committee": timeline.Agency, "embassy": timeline.Agency,
	"army": timeline.Agency, "government": timeline.Government, "cabinet": timeline.Government,
	"party": timeline.Organisation, "union": timeline.Organisation, "association": timeline.Organisation,
	"institute": timeline.Organisation, "university": timeline.Organisation, "centre": timeline.Organisation,
	"center": timeline.Organisation, "foundation": timeline.Organisation, "organization": timeline.Organisation,
	"organisation": timeline.Organisation, "group": timeline.Group, "inc": timeline.Company,
	"inc.": timeline.Company, "corp": timeline.Company, "corp.": timeline.Company, "ltd": timeline.Company,
	"company": timeline.Company, "bank": timeline.Company, "news": timeline.Media, "times": timeline.Media,
	"post": timeline.Media, "press": timeline.Media, "television": timeline.Media, "radio": timeline.Media,
}

// notNames are capitalised words that open sentences or name times, never
// a speaker.
var notNames = map[string]bool{
	"It": true, "This": true, "That": true, "These": true, "Those": true, "There": true, "We": true,
	"He": true, "She": true, "They": true, "I": true, "You": true, "Our": true, "His": true, "Her": true,
	"Their": true, "A": true, "An": true, "Monday": true, "Tuesday": true, "Wednesday": true,
	"Thursday": true, "Friday": true, "Saturday": true, "Sunday": true, "January": true,
	"February": true, "March": true, "April": true, "May": true, "June": true, "July": true,
	"August": true, "September": true, "October": true, "November": true, "December": true,
	"Some": true, "Many": true, "Most": true, "All": true, "Several": true, "Few": true, "Other": true,
	"Others": true, "Both": true, "Each": true, "Every": true, "No": true, "Analysts": true, "Officials": true,
	"Critics": true, "Experts": true, "Residents": true, "Witnesses": true, "Sources": true, "People": true,
	"Last": true, "Next": true, "Later": true, "Earlier": true, "Then": true, "When": true, "After": true,
	"Before": true, "Since": true, "During": true, "While": true, "Today": true, "Yesterday": true,
	"Tomorrow": true, "Now": true, "Here": true, "Asked": true, "Instead": true, "But": true, "And": true,
	"So": true, "If": true, "Although": true, "Though": true, "As": true, "At": true, "On": true, "In": true,
	"However": true, "Meanwhile": true, "Still": true, "Yet": true, "Also": true, "Commentators": true,
	"Twitter": true, "Facebook": true, "Telegram": true, "X": true, "Reuters": true, "AP": true, "AFP": true,
}

// name is a name found in a text, with any title before it dropped.
type name struct {
	start, end int
	text       string
}

// names returns the capitalised names in text[lo:hi]. A person's name
// loses the titles before it ("Digital Affairs Minister Jana Kovac" is
// Jana Kovac); an organisation's keeps its words but a leading "The".
func names(text string, lo, hi int) []name {
	var out []name
	for _, loc := range reName().FindAllStringIndex(text[lo:hi], -1) {
		s, e := lo+loc[0], lo+loc[1]
		if text[e-1] == '.' && !strings.Contains(text[s:e-1], ".") && strings.Contains(text[s:e], " ") {
			e-- // a sentence's period after a name, not an initial
		}
		words := strings.Fields(text[s:e])
		drop := 0
		if kindOf(text[s:e]) == timeline.Person {
			for i, w := range words[:len(words)-1] {
				if titleWords[strings.ToLower(w)] {
					drop = i + 1
				}
			}
		} else if len(words) > 1 && titleWords[strings.ToLower(words[0])] && strings.EqualFold(words[0], "the") {
			drop = 1
		}
		for _, w := range words[:drop] {
			s += strings.Index(text[s:e], w) + len(w)
		}
		for s < e && text[s] == ' ' {
			s++
		}
		words = words[drop:]
		if len(words) == 0 || len(words) == 1 && (notNames[words[0]] || titleWords[strings.ToLower(words[0])]) {
			continue
		}
		out = append(out, name{s, e, text[s:e]})
	}
	return out
}

// kindOf guesses what a newly found name names: an organisation when its
// head word says so ("… Agency", "Embassy of …"), a person when it has
// two or more words otherwise, a state when one word sounds like one.
func kindOf(n string) timeline.ActorKind {
	words := strings.Fields(n)
	org := func(w string) (timeline.ActorKind, bool) {
		k, ok := orgWords[strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(w, "’s"), "'s"))]
		return k, ok
	}
	if k, ok := org(words[len(words)-1]); ok {
		return k
	}
	for i, w := range words {
		if i+1 < len(words) && words[i+1] == "of" {
			if k, ok := org(w); ok {
				return k
			}
		}
	}
	if len(words) == 1 {
		lw := strings.ToLower(n)
		for _, suffix := range []string{"ia", "land", "stan", "ea", "ey"} {
			if strings.HasSuffix(lw, suffix) {
				return timeline.State
			}
		}
		return timeline.Organisation
	}
	return timeline.Person
}

// newActor adds an actor for a name nobody described, with its surname as
// an alias when it is a person and the surname is free.
func (lx *lexicon) newActor(n string) string {
	n = strings.TrimSpace(n)
	kind := kindOf(n)
	id := slug(n)
	for i := 2; ; i++ {
		if _, taken := lx.byID[id]; !taken {
			break
		}
		id = slug(n) + "-" + strconv.Itoa(i)
	}
	a := timeline.Actor{ID: id, Name: n, Kind: kind, Extracted: true}
	if kind == timeline.Person {
		words := strings.Fields(n)
		if last := words[len(words)-1]; len(words) > 1 && !lx.named(last) {
			a.Aliases = []string{last}
		}
	}
	lx.add(a)
	return id
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '’' || r == '\'':
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimSuffix(b.String(), "-")
	if out == "" {
		return "actor"
	}
	return out
}

// named reports whether some actor goes by t.
func (lx *lexicon) named(t string) bool {
	_, ok := lx.byText[t]
	return ok
}
