package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// register joins the names found in a (outside page furniture other
// than captions) to their actors, adding actors for new names, and
// returns every mention of an actor in a in order: the names found and
// the curated actors' aliases (which may be lower-case: "the Albanian
// ambassador"), never one inside another.
func (x *extractor) register(a *timeline.Article, fs []found, read namesRead) []match {
	text := a.Text.Verbatim()
	ids := make([]string, len(fs))
	var people []personAt // persons named in full in a
	full, grouped := read.full, read.grouped
	defer func() {
		// an article before may have taken it for a person
		for j, k := range grouped {
			if ids[j] == "" {
				continue
			}
			if a := x.lx.actor(ids[j]); a.Extracted && a.Kind == timeline.Person {
				a.Kind = k
			}
		}
	}()
	for i, f := range fs {
		if full[i] > 0 {
			continue // the name it stands for is read first
		}
		switch f.kind {
		case nameState:
			ids[i] = x.lx.state(f.country)
			x.country(f.country)
		case nameOrg:
			ids[i] = x.orgFor(text, f)
		case namePerson:
			ids[i] = x.personFor(f)
			fl := firstLast(f.text)
			people = append(people, personAt{f.start, ids[i], fl[0], fl[1]})
		}
	}
	for i, j := range full {
		if j > 0 && ids[j-1] != "" {
			ids[i] = ids[j-1]
			x.lx.alsoCalled(ids[i], fs[i].text)
		}
	}
	if x.namedIn == nil {
		x.namedIn = map[string]int{}
	}
	for i, p := range people {
		if !slices.ContainsFunc(people[:i], func(q personAt) bool { return q.id == p.id }) {
			x.namedIn[p.id]++
		}
	}
	styled := map[string]gender{} // the honorific each person has been given, in this article
	for i, f := range fs {
		g := honorificGender(text[max(0, f.start-honorificReach):f.start])
		sure := true // whom the name is taken for is no guess
		if f.kind == nameSingle && full[i] == 0 {
			ids[i], sure = x.singleFor(f, people, styled, g)
		}
		if ids[i] != "" && (f.kind == namePerson || f.kind == nameSingle) {
			x.describe(a, ids[i], f)
			if g != genderUnknown && sure {
				if was, ok := styled[ids[i]]; ok && was != g {
					g = genderUnknown // styled both ways: say nothing
				}
				styled[ids[i]] = g
			}
		}
	}
	var out []match
	for i, f := range fs {
		if ids[i] != "" {
			out = append(out, match{f.start, f.end, ids[i]})
		}
	}
	out = append(out, x.curated.find(text, 0, len(text))...)
	return claim(out)
}

// outlet reports whether n is the name of one of the dataset's outlets.
func (x *extractor) outlet(n string) bool {
	if x.outlets == nil {
		x.outlets = map[string]bool{}
		for _, o := range x.parts.Outlets {
			x.outlets[nameKey(o.Name)] = true
		}
	}
	return x.outlets[nameKey(n)]
}

// reports reports whether "reported" or "reports" follows end: what one
// word names that reports is most likely a news organisation.
func reports(text string, end int) bool {
	rest := text[end:min(len(text), end+10)]
	return strings.HasPrefix(rest, " reported") || strings.HasPrefix(rest, " reports ")
}

// quotedAlone reports whether the name at text[start:end] is all a
// quotation holds: an opening quotation mark just before it, a closing
// one just after it (past a comma or a full stop). A name in quotation
// marks on its own is a term the article cites (a nickname, a slogan, a
// place name: "the “Stop Lorn” campaign", "”Mount Quillo”"), not a
// person it names.
func quotedAlone(text string, start, end int) bool {
	before, after := text[:start], text[end:]
	after = strings.TrimLeft(after, ",.")
	for _, q := range [][2]string{{"\"", "\""}, {"“", "”"}, {"‘", "’"}, {"''", "''"}, {"``", "''"}} {
		if strings.HasSuffix(before, q[0]) && strings.HasPrefix(after, q[1]) {
			return true
		}
	}
	return false
}

// personAt is a person named in full in an article.
type personAt struct {
	at          int
	id          string
	first, last string // nameKeys of the first and last words of the name
}

func firstLast(n string) [2]string {
	k := strings.Fields(nameKey(n))
	return [2]string{k[0], k[len(k)-1]}
}

// country makes sure the dataset names the country with code.
func (x *extractor) country(code string) {
	if code == "" {
		return
	}
	if x.parts.Countries == nil {
		x.parts.Countries = map[string]string{}
	}
	if _, ok := x.parts.Countries[code]; !ok {
		x.parts.Countries[code] = countryNameOf(code)
	}
}

// orgFor returns the organisation f names, adding it if it is new, with
// the acronym written after it as an alias: "Ministry of Intelligence and
// Security (MOIS)".
func (x *extractor) orgFor(text string, f found) string {
	if id, ok := x.lx.byKey(f.text); ok {
		return id
	}
	id := x.lx.organisation(f.text, f.org, f.country)
	x.country(f.country)
	if rest := text[f.end:]; strings.HasPrefix(rest, " (") {
		// not a dateline's agency: "CONCORD, N.H. (AP) —"
		if i := strings.IndexByte(rest, ')'); i > 2 && i < 12 && isAcronym(rest[2:i]) && !strings.HasPrefix(strings.TrimLeft(rest[i+1:], " "), "—") {
			x.lx.alsoCalled(id, rest[2:i])
		}
	}
	return id
}

// fullNames returns, for each name in fs that is an acronym, 1 + the
// index of the first name of several words in fs whose initials it is
// ("BLM" and "Black Lives Matter", in either order), else 0: an article
// that gives both means one thing by them.
func fullNames(fs []found) []int {
	full := make([]int, len(fs))
	first := map[string]int{}
	for i, f := range fs {
		if lead := strings.ToLower(firstWord(f.text)); (f.kind == namePerson || f.kind == nameOrg) && !phraseLeads[lead] && !determiners[lead] {
			// not "And Patrick": a word leading into a name is no part of it
			for _, k := range initials(f.text) {
				if _, ok := first[k]; !ok {
					first[k] = i
				}
			}
		}
	}
	for i, f := range fs {
		k := strings.ReplaceAll(f.text, ".", "")
		if !isAcronym(k) || stopAcronyms[strings.ToLower(k)] {
			continue
		}
		if j, ok := first[k]; ok && j != i {
			full[i] = j + 1
		}
	}
	return full
}

// initials returns the initials of a name of two words or more: of every
// word, and of its capitalised words ("Ministry of Intelligence and
// Security": "MOIAS" and "MIS").
func initials(n string) []string {
	ws := strings.Fields(n)
	if len(ws) < 2 {
		return nil
	}
	var all, caps strings.Builder
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		all.WriteRune(unicode.ToUpper(r))
		if unicode.IsUpper(r) {
			caps.WriteRune(r)
		}
	}
	if all.String() == caps.String() {
		return []string{all.String()}
	}
	return []string{all.String(), caps.String()}
}

// personFor returns the person f names in full, adding them if they are
// new; one known so far by a lone surname ("President Obama") takes the
// full name.
func (x *extractor) personFor(f found) string {
	if id, ok := x.lx.byKey(f.text); ok {
		x.lx.spelled(id, f.text)
		return id
	}
	if short, ok := withoutMiddle(f.text); ok {
		// "Hillary Rodham Clinton" is the "Hillary Clinton" named before
		if id, ok := x.lx.byKey(short); ok {
			if a := x.lx.actor(id); a.Extracted && a.Kind == timeline.Person {
				x.lx.addAlias(f.text, id)
				x.lx.keyed(*a)
				return id
			}
		}
	}
	last := firstLast(f.text)[1]
	if id, ok := x.lx.keys[last]; ok {
		if a := x.lx.actor(id); a.Extracted && a.Kind == timeline.Person && !strings.Contains(a.Name, " ") {
			x.lx.upgrade(id, f.text)
			return id
		}
	}
	id := x.lx.person(f.text, f.country)
	x.country(f.country)
	return id
}

// singleFor returns the actor one word names: a person the article names
// in full with that surname (the nearest before it, else the first
// after), or that first name if one person has it; else an actor known by
// that name; else, after a person's title ("Sen. Cruz"), a new person.
// An honorific of gender g before the word ("Mr. Trump") passes over a
// person the article has styled otherwise, and prefers, of two who share
// the surname, one it has styled so before to one it never styled: after
// "his first wife, Ivana Trump", "Mr. Trump" is still the husband.
// sure says the choice was no guess between people of that surname: the
// one named before it, or the one styled so.
func (x *extractor) singleFor(f found, people []personAt, styled map[string]gender, g gender) (id string, sure bool) {
	k := nameKey(f.text)
	best, rank := -1, -1
	before := map[string]bool{}
	for i, p := range people {
		if p.last != k {
			continue
		}
		if p.at < f.start {
			before[p.id] = true
		}
		r := 1 // unstyled, or no honorific to go by
		if was, ok := styled[p.id]; ok && g != genderUnknown && was != genderUnknown {
			r = 0 // styled otherwise
			if was == g {
				r = 2
			}
		}
		if r > rank || r == rank && p.at < f.start {
			best, rank = i, r
		}
	}
	if best >= 0 {
		return people[best].id, rank == 2 || len(before) <= 1
	}
	return x.otherFor(f, k, people), false
}

// otherFor is singleFor's answer for a word no person the article names
// in full has as a surname.
func (x *extractor) otherFor(f found, k string, people []personAt) string {
	best := -1
	if f.adjective {
		return "" // "Cuban" names a person only where the article does
	}
	firsts := 0
	for i, p := range people {
		if p.first == k && (best < 0 || people[best].id != p.id) {
			best, firsts = i, firsts+1
		}
	}
	if firsts == 1 {
		return people[best].id
	}
	if id, ok := x.lx.keys[k]; ok {
		// a surname another article gave: its person only once two
		// articles have named them in full ("Obama"), not one that
		// happened to end in a common name ("Harbour Spirit")
		if a := x.lx.actor(id); !a.Extracted || a.Kind != timeline.Person || !strings.Contains(a.Name, " ") || x.namedIn[id] >= 2 || len(a.Roles) > 0 || f.titled {
			return id
		}
	}
	if f.titled {
		x.country(f.country)
		return x.lx.person(f.text, f.country)
	}
	return ""
}

// withoutMiddle returns a person's name of three words without its middle
// word ("Hillary Rodham Clinton" is "Hillary Clinton"), when that middle is
// a name's word, not an initial, a linker or a suffix.
func withoutMiddle(n string) (string, bool) {
	ws := strings.Fields(n)
	if len(ws) != 3 || reInitial().MatchString(ws[1]) || personLinkers[strings.ToLower(ws[1])] || nameSuffixes[strings.ToLower(strings.TrimSuffix(ws[2], "."))] {
		return "", false
	}
	if r, _ := utf8.DecodeRuneInString(ws[1]); !unicode.IsUpper(r) || utf8.RuneCountInString(ws[1]) < 3 {
		return "", false
	}
	return ws[0] + " " + ws[2], true
}

// describe gives an extracted person the role and country the titles
// before their name give ("Israeli Prime Minister"), or an apposition after
// it ("Brian E. Nelson, the Treasury’s under secretary, said"), once per
// title and article.
func (x *extractor) describe(a *timeline.Article, id string, f found) {
	act := x.lx.actor(id)
	if !act.Extracted || act.Kind != timeline.Person {
		return
	}
	text := a.Text.Verbatim()
	role := f.role
	if role != [2]int{} && onlyHonorifics(text[role[0]:role[1]]) {
		role = [2]int{} // "Mr." says how to address someone, not what they are
	}
	if role == [2]int{} {
		role = apposition(text, f.end)
	}
	if role == [2]int{} {
		return
	}
	title := strings.TrimSpace(text[role[0]:role[1]])
	for _, lead := range []string{"the ", "The ", "a ", "an "} {
		title = strings.TrimPrefix(title, lead)
	}
	if title == "" || slices.ContainsFunc(act.Roles, func(r timeline.Role) bool { return r.Title == title && r.Source.Article == a.ID }) {
		return
	}
	act.Roles = addRole(act.Roles, timeline.Role{Title: title, Source: spanOf(a, role[0], role[1])}) // user28p: see user_roles.go
	if act.Country == "" {
		code := f.country
		if code == "" {
			code = countryIn(strings.FieldsFunc(title, func(r rune) bool { return !isWordRune(r) && r != '.' }))
		}
		act.Country = code
		x.country(code)
	}
}

// apposition returns the phrase describing the name that ends at end, set
// off by commas: ", the Treasury’s under secretary for terrorism,".
func apposition(text string, end int) [2]int {
	if !strings.HasPrefix(text[end:], ", ") {
		return [2]int{}
	}
	s := end + 2
	i := strings.IndexAny(text[s:min(len(text), s+160)], ",;:.\n“”\"()")
	if i <= 0 || text[s+i] != ',' && text[s+i] != '.' {
		return [2]int{}
	}
	e := s + i
	ws := wordsOf(text[s:e])
	if !isAppositive(ws) || clause(ws) {
		return [2]int{}
	}
	return [2]int{s, e}
}

// appositionOpeners open a clause or a phrase that is not a noun phrase: a
// relative clause ("who took to the talk shows"), a preposition's phrase.
var appositionOpeners = set(`who whom whose which that where when while as because since though although if
	after before during with without by for from to in on at of about into like unlike than despite including`)

// titleParticiples are -ing words that head a title ("acting director",
// "ranking member"), not a verb's phrase.
var titleParticiples = set(`acting ranking leading outgoing incoming sitting presiding managing founding governing
	reigning visiting retiring serving longstanding long-serving`)

// clause reports whether ws, the words after a name's comma, are a clause
// or a verb's phrase rather than a title-like noun phrase: they open with
// a relative pronoun, a conjunction or a preposition, or with an -ing or
// -ed verb ("providing a boost to the candidate") that heads no title.
func clause(ws []string) bool {
	if len(ws) == 0 {
		return false
	}
	first := strings.ToLower(ws[0])
	if appositionOpeners[first] {
		return true
	}
	verb := strings.HasSuffix(first, "ing") && !titleParticiples[first] || strings.HasSuffix(first, "ed") && len(ws) > 1 && determiners[strings.ToLower(ws[1])]
	return verb && len(first) > 4
}

// groupMembers are the words after an acronym that say a group is meant:
// "the BLM movement", "BLM activists".
var groupMembers = set(`group groups movement movements activists protesters members supporters leaders organizers
	organisers chapter chapters`)

// groupAcronym reports whether the acronym f is written as an
// organisation's: with "the" before it ("the BLM said"), or a word for a
// body or its members after it ("BLM activists", "the NAACP office").
// People go by their initials too ("JFK"), but never "the JFK".
func groupAcronym(text string, f found) (timeline.ActorKind, bool) {
	next := strings.ToLower(strings.Trim(firstWord(strings.TrimLeft(text[f.end:min(len(text), f.end+30)], " ")), ",.;:’'s"))
	if k, ok := orgHeads[next]; ok {
		return k, true
	}
	if groupMembers[next] {
		return timeline.Group, true
	}
	before := strings.Fields(text[max(0, f.start-8):f.start])
	if len(before) > 0 && strings.EqualFold(before[len(before)-1], "the") {
		return timeline.Organisation, true
	}
	return "", false
}

// onlyHonorifics reports whether title is nothing but honorifics ("Mr.",
// "Mr. and Mrs."), which are no role.
func onlyHonorifics(title string) bool {
	ws := strings.Fields(title)
	for _, w := range ws {
		if w != "and" && w != "&" && honorificGender(w) == genderUnknown {
			return false
		}
	}
	return len(ws) > 0
}

// namesRead is what register reads of an article's names from its text
// alone, in prepare (readNames): by name, the name an acronym stands for
// (index + 1, see fullNames), and the names an acronym's next word shows
// to be an organisation (grouped).
type namesRead struct {
	full    []int
	grouped map[int]timeline.ActorKind
}

// readNames reads fs, the names found in text, as register takes them:
// it marks the outlets' names (outlet tells them) and the terms cited,
// and reads which acronyms stand for which names.
func readNames(text string, fs []found, outlet func(string) bool) namesRead {
	for i, f := range fs {
		if outlet(f.text) || f.kind == nameSingle && !f.titled && reports(text, f.end) {
			// an outlet the text names; "Politico reported"
			fs[i].kind, fs[i].org = nameOrg, timeline.Media
		}
	}
	for i, f := range fs {
		if f.kind == namePerson && quotedAlone(text, f.start, f.end) {
			fs[i].kind = 0 // a term cited, not a person named: "''Harbour Spirit''"
		}
	}
	full := fullNames(fs)
	grouped := map[int]timeline.ActorKind{}
	for i, j := range full {
		if j > 0 && fs[j-1].kind == namePerson {
			if k, ok := groupAcronym(text, fs[i]); ok {
				// "the BLM group": what "Black Lives Matter" stands for
				// is no person, whatever its words look like
				fs[j-1].kind, fs[j-1].org = nameOrg, k
				grouped[j-1] = k
			}
		}
	}
	return namesRead{full: full, grouped: grouped}
}
