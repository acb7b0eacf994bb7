package extract

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A dated sentence whose subject is a personal pronoun names no one ("On
// the evening of November 5 it came through", "They were charged on
// Friday"): the pronoun stands for whom the article named just before.
// Such a sentence is read as a mention of the participants the nearest
// sentence before it names, within its paragraph or the one before: the
// last person for "he" or "she", the organisations, states and groups
// for "it" and "they". What the pronoun stands for is a guess, so the
// mention only joins another report of its happening, on the terms any
// mention naming those participants joins on, once every other mention
// has joined; it never starts an event. A pronoun subject of a sentence
// that names others ("He died on Sunday at Dunmarrow General Hospital")
// adds whom it stands for to them.

// antecedentPronouns are the subject pronouns read so.
var antecedentPronouns = set(`it they he she`)

// timeOpeners open a phrase that sets a clause's time before its
// subject.
var timeOpeners = set(`on in at by early late later that`)

// pronounActors returns the actors the pronoun subject of the sentence
// text[s:e] (dated by d, in paragraph pi) stands for, or nil.
func (x *extractor) pronounActors(text string, r *reader, pi, s, e int, d Date) []string {
	sub, ok := readSubject(text, s, e, d)
	if !ok || sub.verbAt < 1 {
		return nil
	}
	// the pronoun stands just before its verb, opening the clause or
	// after a phrase that sets its time ("On the evening of November 5
	// it came through"); not "its galleries", not "it, too,"
	k := sub.verbAt - 1
	p := strings.ToLower(strings.Trim(sub.ws[k], "“”\"'’()"))
	if !antecedentPronouns[p] {
		return nil
	}
	if k > 0 {
		// after the time: the pronoun follows the date phrase at once
		after := strings.ToLower(strings.TrimLeft(text[min(d.End, e):e], " ,"))
		if !timeOpeners[strings.ToLower(sub.ws[0])] || d.End <= s || !strings.HasPrefix(after, p+" ") {
			return nil
		}
	}
	person := p == "he" || p == "she"
	fits := func(id string) bool {
		kind := x.lx.actor(id).Kind
		return kind != timeline.Media && (kind == timeline.Person) == person
	}
	lo := r.paras[max(0, pi-1)].start
	names := r.find(text, lo, s)
	i := len(names) - 1
	for i >= 0 && !fits(names[i].id) {
		i--
	}
	if i < 0 {
		return nil
	}
	if person {
		return []string{names[i].id}
	}
	// the fitting names of that sentence
	ss, _ := sentence(r.mask, lo, s, names[i].start)
	var out []string
	for ; i >= 0 && names[i].start >= ss; i-- {
		if id := names[i].id; fits(id) && !slices.Contains(out, id) {
			out = append([]string{id}, out...)
		}
	}
	return out
}

// joinPronouns joins each mention read for its pronoun's antecedents to
// the event it reports, if any, once every other mention has been
// joined (the events of the outlets read after it name the participants
// it stands for only then), and returns those that joined.
func (x *extractor) joinPronouns(ms []*mention, dropped []bool, rep *Report) []*mention {
	var out []*mention
	for _, m := range ms {
		m.event = -1
		var best joinable
		found := false
		for _, d := range m.dates {
			for _, i := range x.candidateEvents(m, d) {
				if dropped[i] {
					continue
				}
				if j, ok := x.judge(m, d, i); ok && !j.same && (!found || better(j, best)) {
					best, found = j, true
				}
			}
			if found {
				break
			}
		}
		if found {
			x.join(m, best)
			m.event = best.event
			rep.Sources++
			out = append(out, m)
		}
	}
	return out
}
