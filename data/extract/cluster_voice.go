package extract

import (
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Two outlets name the people an action was done to in two ways: one
// reports who did it ("Police arrested two men on Friday"), the other
// what was done to them ("The pair were arrested on Friday"). Neither
// names anyone, so no actor joins them, and the subjects differ: the
// object of one is the subject of the other. When the main verbs are one
// news action in two voices, on the very day, that counts as a
// participant both give (see agreeWithoutActors).
//
// And two outlets that tell the same action by the same subject a day
// apart ("Police arrested two men on October 12" against the other
// outlets' Friday, the 11th) report one happening that one of them
// misdates: it joins, and the dates become a discrepancy, as they do
// where a shared actor says who took part.

// voiceOf is the stem of the main verb of the clause t (see mainVerb),
// and whether the clause is passive: the verb a participle after a form
// of "be" ("were arrested", "had been charged").
func voiceOf(t string) (verb string, passive bool) {
	ws, k, j := mainVerbAt(t)
	if j < 0 {
		return "", false
	}
	s, _ := contentStem(strings.ToLower(strings.Trim(ws[j], ",;:.“”\"'’()")))
	for i := k; i < j; i++ {
		if beForms[strings.ToLower(strings.Trim(ws[i], ",;:.“”\"'’()"))] {
			passive = !strings.HasSuffix(strings.ToLower(ws[j]), "ing")
		}
	}
	return s, passive
}

// voiceLink reports whether m's main clause and that of another outlet's
// mention in cl tell one news action in two voices: the same verb,
// passive in one and active in the other.
func voiceLink(m *mention, cl *cluster) bool {
	t, _ := mentionTitle(m)
	v, passive := voiceOf(t)
	if v == "" || !eventClass(v) {
		return false
	}
	for k := range cl.mentions {
		o := &cl.mentions[k]
		if o.outlet == m.outlet {
			continue
		}
		ot, _ := mentionTitle(o)
		if ov, op := voiceOf(ot); ov == v && op != passive {
			return true
		}
	}
	return false
}

// sameActionApart reports whether another outlet's mention in cl tells
// m's main action, a news action, with m's subject and in m's voice: the
// same happening, whatever day each gives it.
func sameActionApart(m *mention, cl *cluster) bool {
	if cl.curated {
		return false
	}
	t, _ := mentionTitle(m)
	v, passive := voiceOf(t)
	h := subjectStem(m)
	if v == "" || h == "" || !eventClass(v) {
		return false
	}
	for k := range cl.mentions {
		o := &cl.mentions[k]
		if o.outlet == m.outlet || subjectStem(o) != h {
			continue
		}
		ot, _ := mentionTitle(o)
		if ov, op := voiceOf(ot); ov == v && op == passive {
			return true
		}
	}
	return false
}

// nextDays are the days either side of d, a single day the text gives
// exactly; nil for any other date.
func nextDays(d Date) []dateSpan {
	if d.From.Precision != timeline.Day || !d.To.IsZero() || d.From.Approx {
		return nil
	}
	t := d.From.First()
	var out []dateSpan
	for _, n := range []int{-1, 1} {
		u := t.AddDate(0, 0, n)
		out = append(out, dateSpan{from: timeline.DayDate(u.Year(), u.Month(), u.Day())})
	}
	return out
}
