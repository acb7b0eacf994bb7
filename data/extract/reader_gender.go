package extract

import (
	"strings"
)

// What the article itself says of a person's gender, so that "she said"
// does not go to the man named last. Only the article's own words count,
// never a list of first names: an honorific before the name ("Mr.",
// "Mrs.", "Ms."), and the pronouns that refer to someone in a sentence
// that names nobody else ("Ada Lorn said her union …"), or that open the
// sentence after it ("Ada Lorn runs the union. She …"). Evidence for both
// genders leaves a person's gender unknown, and an unknown gender agrees
// with either pronoun.

// gender is what the article says of a person: male, female or neither.
type gender int8

const (
	genderUnknown gender = iota
	genderMale
	genderFemale
)

// pronounGender is the gender a subject pronoun refers to; unknown for
// the rest. "His" and "her" are left out: "Ada Lorn criticised his plan"
// is as often about someone else as about the one named.
func pronounGender(w string) gender {
	w = strings.Trim(w, ",.;:!?")
	if len(w) > len("herself") || !dateIsASCII(w) {
		// no other letter lower-cases to one of theirs
		return genderUnknown
	}
	switch {
	case strings.EqualFold(w, "he"), strings.EqualFold(w, "himself"):
		return genderMale
	case strings.EqualFold(w, "she"), strings.EqualFold(w, "herself"):
		return genderFemale
	}
	return genderUnknown
}

// honorificGender is the gender an honorific ending just before a name
// gives, read from the words before it: "Mr.", "Mrs.", "Ms.", "Miss";
// none for a couple's ("Mr. and Mrs.").
func honorificGender(before string) gender {
	ws, n := lastFields(before) // the last word first
	if n == 0 {
		return genderUnknown
	}
	if n >= 3 && (ws[1] == "and" || ws[1] == "&") && honorificGender(ws[2]) != genderUnknown {
		return genderUnknown // "Mr. and Mrs. Lorn" are two people
	}
	switch ws[0] {
	case "Mr.", "Mr":
		return genderMale
	case "Mrs.", "Mrs", "Ms.", "Ms", "Miss":
		return genderFemale
	}
	return genderUnknown
}

// honorificReach is how many bytes before a name honorificGender reads:
// enough for "Mr. and Mrs. ".
const honorificReach = 14

// honorificWeight is what an honorific counts for against pronouns: the
// writer chose it for that person alone.
const honorificWeight = 3

// genderTally counts the evidence for one person.
type genderTally struct{ male, female int }

func (t genderTally) gender() gender {
	// "Trump said he would beat her": a pronoun about someone unnamed
	// weighs against the rest, so one side must clearly outweigh it
	switch {
	case t.male > 2*t.female:
		return genderMale
	case t.female > 2*t.male:
		return genderFemale
	}
	return genderUnknown
}

// genderKeys are the keys a person's evidence is kept under: the actor
// the name is a mention of, when it is one and the name says which
// person (a lone surname two people of the article share, "Sanders" of
// Bernie and Jane Sanders, does not), and its last word, for a name no
// actor holds yet.
func (r *reader) genderKeys(view string, n name) []string {
	var keys []string
	f, words := lastFields(n.text)
	if words == 0 {
		return nil
	}
	last := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(f[0], "’s"), "'s"))
	if ms := r.find(view, n.start, n.end); len(ms) == 1 && ms[0].start == n.start && ms[0].end == n.end {
		// "Mrs. Clinton" says which Clinton as a full name does
		if words > 1 || !r.sharedSurname(last) || r.honorificBefore(n) != genderUnknown {
			keys = append(keys, "@"+ms[0].id)
		}
	}
	return append(keys, "~"+last)
}

// sharedSurname reports whether two people the article names in full
// end their names with the word last.
func (r *reader) sharedSurname(last string) bool {
	if r.surnameOwners == nil {
		r.surnameOwners = map[string]string{}
		for _, m := range r.men {
			f, words := lastFields(r.text[m.start:m.end])
			if words < 2 || !r.lx.isPerson(m.id) {
				continue
			}
			k := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(f[0], "’s"), "'s"))
			if o, ok := r.surnameOwners[k]; !ok {
				r.surnameOwners[k] = m.id
			} else if o != m.id {
				r.surnameOwners[k] = "" // shared
			}
		}
	}
	o, ok := r.surnameOwners[last]
	return ok && o == ""
}

// genderOf is what the article says of the person n names.
func (r *reader) genderOf(view string, n name) gender {
	if g := r.honorificBefore(n); g != genderUnknown {
		return g
	}
	if r.genders == nil {
		r.readGenders()
	}
	keys := r.genderKeys(view, n)
	if len(keys) == 0 {
		return genderUnknown
	}
	// the actor's own evidence, when the name is one's; else its last
	// word's, unless two people share it
	if strings.HasPrefix(keys[0], "~") && r.sharedSurname(keys[0][1:]) {
		return genderUnknown
	}
	return r.genders[keys[0]].gender()
}

// readGenders reads the article's evidence once: every sentence of every
// paragraph, in order, so it costs one pass over the article.
func (r *reader) readGenders() {
	r.genders = map[string]genderTally{}
	view := r.outer // quotations blanked: "I told her" is not about the speaker
	add := func(keys []string, g gender, n int) {
		for _, k := range keys {
			t := r.genders[k]
			if g == genderMale {
				t.male += n
			} else {
				t.female += n
			}
			r.genders[k] = t
		}
	}
	for _, p := range r.paras {
		var alone []string // the one person the sentence before named, if one
		for s := p.start; s < p.end; {
			ss, se := sentence(r.mask, p.start, p.end, s)
			if se <= s {
				break
			}
			ps := r.mentioned(view, ss, se)
			for _, n := range ps {
				if g := r.honorificBefore(n); g != genderUnknown {
					add(r.genderKeys(view, n), g, honorificWeight)
				} else if f, words := firstField(n.text); words > 1 && honorificGender(f) != genderUnknown {
					// the name finder kept the honorific: "Mrs. Lorn"
					g := honorificGender(f)
					add(r.genderKeys(view, n), g, honorificWeight)
				}
			}
			if first, words := firstField(view[ss:se]); words > 0 && alone != nil {
				// "Ada Lorn runs the union. She …", "… “…,” she said."
				if g := pronounGender(first); g != genderUnknown {
					add(alone, g, 1)
				}
			}
			alone = nil
			if one := onePerson(r, view, ps); one != nil {
				alone = one
				for w := range strings.FieldsSeq(view[ps[len(ps)-1].end:se]) {
					if g := pronounGender(w); g != genderUnknown {
						add(one, g, 1)
					}
				}
			}
			s = se
		}
	}
}

// onePerson returns the keys of the one person the names ps are all of,
// or nil when they name nobody or more than one.
func onePerson(r *reader, view string, ps []name) []string {
	if len(ps) == 0 {
		return nil
	}
	keys := r.genderKeys(view, ps[0])
	for _, n := range ps[1:] {
		k := r.genderKeys(view, n)
		if len(k) == 0 || len(keys) == 0 || k[0] != keys[0] {
			return nil
		}
	}
	return keys
}

// agrees reports whether the person n names may be the one a pronoun of
// gender g refers to.
func (r *reader) agrees(view string, n name, g gender) bool {
	if g == genderUnknown {
		return true
	}
	got := r.genderOf(view, n)
	return got == genderUnknown || got == g
}

// personAgrees reports whether the actor id may be the one a pronoun of
// gender g refers to.
func (r *reader) personAgrees(id string, g gender) bool {
	if g == genderUnknown {
		return true
	}
	if r.genders == nil {
		r.readGenders()
	}
	got := r.genders["@"+id].gender()
	return got == genderUnknown || got == g
}

// honorificBefore is the gender an honorific just before n gives.
func (r *reader) honorificBefore(n name) gender {
	return honorificGender(r.text[max(0, n.start-honorificReach):n.start])
}

// mentioned returns the persons of the article's actors mentioned in
// view[lo:hi], as names: the name finder's mentions only, which cost a
// search, not a reading of the names around each.
func (r *reader) mentioned(view string, lo, hi int) []name {
	var out []name
	for _, m := range r.find(view, lo, hi) {
		if r.lx.isPerson(m.id) {
			out = append(out, name{start: m.start, end: m.end, text: view[m.start:m.end], kind: namePerson})
		}
	}
	return out
}
