package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Outlets name a person with the words that say who she is: "former
// Brenmoor Gov. Ines Varga", "Varga, the former Tallow Mills chief,",
// "Harbourmaster Dana Korr". Two sentences that name her share those
// words whatever each reports: a donation to a fund she backs and a
// debate line-up she tops share "former", "Brenmoor" and "governor" as
// surely as they share her name. A word that describes a person two
// mentions or more of the corpus name is counted as the name is: a
// participant shared, not a word of what happened (see describes).

// described is a stem that describes an actor a mention names.
type described struct {
	id, stem string
}

// describedActors are the actors m and event e share, when m is from an
// outlet the event does not cite yet: the words that describe them do not
// count toward what the two share (see judge). nil otherwise.
func describedActors(m *mention, e *timeline.Event, cl *cluster) []string {
	if cl.curated || slices.ContainsFunc(cl.mentions, func(c mention) bool { return c.outlet == m.outlet }) {
		return nil
	}
	var out []string
	for _, id := range m.actors {
		if slices.Contains(e.Actors, id) {
			out = append(out, id)
		}
	}
	return out
}

// maxOfficeWords is how many words before a name may describe it.
const maxOfficeWords = 4

// maxAppositiveWords is how many words of an appositive after a name
// ("Varga, the former Tallow Mills chief who …") may describe it.
const maxAppositiveWords = 6

// minDescriptions is how many of the corpus's mentions must describe an
// actor by a word for the word to describe it (see describes).
const minDescriptions = 2

// descriptions are the stems of the words that describe the actors
// named in text[lo:hi]: a title before a name ("former Brenmoor Gov.",
// "EPA Director") and an appositive after it that a determiner opens
// (", the former Tallow Mills chief,").
func descriptions(text string, lo, hi int, names []match) []described {
	var out []described
	for _, n := range names {
		if n.start < lo || n.end > hi {
			continue
		}
		if s := titleBefore(text, lo, n.start); s < n.start {
			for _, st := range stemsOf(text, s, n.start, nil) {
				out = append(out, described{n.id, st})
			}
		}
		if e := appositiveAfter(text, n.end, hi); e > n.end {
			for _, st := range stemsOf(text, n.end, e, nil) {
				out = append(out, described{n.id, st})
			}
		}
	}
	return out
}

// titleBefore is where the title before the name at text[at:] opens:
// the words just before it, back to a function word, a comma or a verb,
// that are capitalised ("Brenmoor", "Gov.", "EPA") or nouns of office
// ("former", "governor", "reporter"); at when there are none.
func titleBefore(text string, lo, at int) int {
	from := at
	i := at
	for n := 0; n < maxOfficeWords; n++ {
		j := i
		for j > lo && text[j-1] == ' ' {
			j--
		}
		k := j
		for k > lo && !unicode.IsSpace(lastRune(text[:k])) {
			_, size := utf8.DecodeLastRuneInString(text[:k])
			k -= size
		}
		w := text[k:j]
		if w == "" || strings.ContainsAny(w, ",;:()\"“”") || !titleWord(w) {
			break
		}
		from, i = k, k
	}
	return from
}

// titleWord reports whether w may stand in a title before a name.
func titleWord(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if unicode.IsUpper(r) || unicode.IsDigit(r) {
		return !nameLeads[strings.ToLower(strings.TrimRight(w, "."))]
	}
	l := strings.ToLower(w)
	if officeWords[l] {
		return true
	}
	for _, suf := range officeEnds {
		if strings.HasSuffix(l, suf) && len(l) > len(suf)+2 {
			return true
		}
	}
	return false
}

// officeWords stand before a name to say who the person is.
var officeWords = set(`former ex- rival chief head ceo gov sen rep late then acting deputy vice`)

// officeEnds end nouns of office and calling: "governor", "senator",
// "reporter", "secretary", "strategist", "chairwoman", "nominee".
var officeEnds = []string{"or", "er", "ary", "ist", "man", "woman", "ee", "ent", "ant", "ian"}

// appositiveAfter is where the appositive after the name ending at
// text[at:] ends: ", the former Tallow Mills chief" up to a comma, a
// relative word or the end of the clause; at when a comma and a
// determiner do not open one.
func appositiveAfter(text string, at, hi int) int {
	rest := text[at:hi]
	if !strings.HasPrefix(rest, ", ") {
		return at
	}
	ws := strings.Fields(rest[2:])
	if len(ws) < 2 || !appositiveOpeners[strings.ToLower(ws[0])] {
		return at
	}
	end := at + 2
	for k, w := range ws {
		l := strings.ToLower(strings.Trim(w, ",;:.“”\"'’()"))
		if k >= maxAppositiveWords || relativeWords[l] {
			break
		}
		i := strings.Index(text[end:hi], w)
		if i < 0 {
			break
		}
		end += i + len(w)
		if strings.ContainsAny(w, ",;:") || strings.HasSuffix(w, ".") {
			end--
			break
		}
	}
	return end
}

// appositiveOpeners open an appositive that says who someone is.
var appositiveOpeners = set(`the a an former his her their its`)

// relativeWords end an appositive: what follows says what she did.
var relativeWords = set(`who which whose whom that`)

// nameLeads are capitalised words that open a sentence or a clause, not a
// title: "The", "But", "On".
var nameLeads = set(`the a an and but or on in at by for from with of to as after before when while if that this these those his her their its our`)

// descriptionsOf counts, for each actor, the mentions that describe it
// by each stem (see cluster_describe.go).
func descriptionsOf(ms []*mention) map[string]map[string]int {
	out := map[string]map[string]int{}
	for _, m := range ms {
		for _, d := range m.described {
			c := out[d.id]
			if c == nil {
				c = map[string]int{}
				out[d.id] = c
			}
			c[d.stem]++
		}
	}
	return out
}

// describes reports whether s describes one of the actors ids: two of
// the corpus's mentions or more describe it so.
func (a *agreement) describes(s string, ids []string) bool {
	if a == nil {
		return false
	}
	for _, id := range ids {
		if a.described[id][s] >= minDescriptions {
			return true
		}
	}
	return false
}
