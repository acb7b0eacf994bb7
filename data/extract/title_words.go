package extract

import (
	"slices"
	"strings"
)

// titleWords returns the words of text (which starts at byte off of its
// article) outside its date phrases, with a preposition before a date
// phrase and a time of day after one.
func titleWords(text string, off int, dates []Date, people []match) []string {
	type word struct {
		s          string
		start, end int
	}
	var ws []word
	i := 0
	for _, f := range strings.Fields(text) {
		j := strings.Index(text[i:], f) + i
		ws = append(ws, word{f, off + j, off + j + len(f)})
		i = j + len(f)
	}
	in := func(w word) bool {
		for _, d := range dates {
			if w.start < d.End && d.Start < w.end {
				return true
			}
		}
		return false
	}
	person := func(w word) int {
		for i, p := range people {
			if w.start < p.end && p.start < w.end {
				return i
			}
		}
		return -1
	}
	var out []string
	tag := false // inside markup the text carries: "<tweet id=… author=…>"
	for k := 0; k < len(ws); k++ {
		w := ws[k]
		if s, open := dropMarkup(w.s, tag); s != w.s || open != tag {
			tag = open
			if s == "" {
				continue
			}
			w.s = s
		}
		if p := person(w); p >= 0 {
			// a person by name, without the titles before it, and a
			// "former" or "then" that went with them ("former City
			// Mayor Ana Brel")
			titled := false
			for len(out) > 0 && startsUpper(out[len(out)-1]) && !strings.HasSuffix(out[len(out)-1], ",") {
				out, titled = out[:len(out)-1], true
			}
			if n := len(out); titled && n > 0 && roleTime[strings.ToLower(out[n-1])] {
				out = out[:n-1]
			}
			out = append(out, w.s)
			for k+1 < len(ws) && person(ws[k+1]) == p {
				k++
				out = append(out, ws[k].s)
			}
			continue
		}
		if len(out) > 0 && strings.HasSuffix(out[len(out)-1], ",") && captionPlace[strings.Trim(strings.ToLower(w.s), ",()")] {
			continue // "Pence, center, and …"
		}
		if strings.HasPrefix(w.s, "(") && len(w.s) <= 4 && strings.HasSuffix(w.s, ")") {
			continue // "Rama (C) lands"
		}
		if k+1 < len(ws) && startsUpper(w.s) && officeTitles[strings.ToLower(strings.TrimSuffix(w.s, "."))] &&
			startsUpper(ws[k+1].s) && !strings.ContainsAny(w.s, ",;:") && person(w) < 0 {
			continue // a title before a name the reader did not mark: "Vice President Joe Biden"
		}
		if in(w) && len(out) > 0 && (timeObject[strings.ToLower(out[len(out)-1])] ||
			strings.EqualFold(out[len(out)-1], "into") && !possessive(w.s)) {
			// the date is the verb's object: "spent Monday on a tour"
			// without it says nothing was spent
			out = append(out, w.s)
			continue
		}
		if in(w) {
			first, end := k, k
			for end+1 < len(ws) && (in(ws[end+1]) || timeOfDay[bareTime(ws[end+1].s)]) {
				end++
			}
			if n := len(out); n > 0 && articles[strings.ToLower(out[n-1])] && !possessive(ws[end].s) &&
				end+1 < len(ws) && nounPhraseWord(ws[end].s, ws[end+1].s) {
				k = end // a date that says which: "at a Tuesday breakfast"
				continue
			}
			for n := len(out); n > 0 && articles[strings.ToLower(out[n-1])]; n = len(out) {
				out = out[:n-1] // "over the last year"
			}
			for n := len(out); n > 0 && dateAdverbs[strings.ToLower(out[n-1])]; n = len(out) {
				out = out[:n-1] // "late Monday", "earlier Tuesday"
			}
			prep, prepWord := false, ""
			if n := len(out); n > 0 && datePrep[strings.ToLower(out[n-1])] {
				out, prep, prepWord = out[:n-1], true, out[n-1]
			}
			for k+1 < len(ws) && (in(ws[k+1]) || timeOfDay[bareTime(ws[k+1].s)]) {
				k++
			}
			if prep && !possessive(ws[k].s) && k+1 < len(ws) && datedNoun(ws[k].s, ws[k+1].s) {
				// the date says which of a noun the preposition takes:
				// "over July cyberattack" is "over the cyberattack"
				out = append(out, prepWord, "the")
				continue
			}
			if possessive(ws[k].s) {
				if prep {
					// the date names another happening the phrase goes
					// with: "in Tuesday's harbour vote" goes whole
					for k+1 < len(ws) && nounPhraseWord(ws[k].s, ws[k+1].s) {
						k++
					}
					// and the noun's own of- or for-phrase: "during
					// this year's campaign for the party's nomination"
					if k+2 < len(ws) && !strings.ContainsAny(ws[k].s[len(ws[k].s)-1:], ",;:.") &&
						(strings.EqualFold(ws[k+1].s, "for") || strings.EqualFold(ws[k+1].s, "of")) {
						j := k + 2
						for j < len(ws) && (determiners[strings.ToLower(ws[j].s)] || possessive(ws[j].s)) &&
							!strings.ContainsAny(ws[j].s[len(ws[j].s)-1:], ",;:.") {
							j++
						}
						if j < len(ws) && nounPhraseWord(ws[j-1].s, ws[j].s) {
							for k = j; k+1 < len(ws) && nounPhraseWord(ws[k].s, ws[k+1].s); k++ {
							}
						}
					}
				} else if k+1 < len(ws) && !nominal[strings.ToLower(ws[k+1].s)] {
					out = append(out, "the") // "Monday's vote was" is "the vote was"
				}
			}
			if p := strings.TrimRight(ws[k].s, "'”\""); (strings.HasSuffix(p, ":") || strings.HasSuffix(p, ";")) && len(out) > 0 {
				// the date ended the clause: its colon or semicolon
				// stays, so what it introduces is not run on ("won
				// three primaries on Tuesday: Velen, …")
				out[len(out)-1] = strings.TrimRight(out[len(out)-1], ",") + p[len(p)-1:]
				continue
			}
			if strings.HasSuffix(strings.TrimRight(ws[k].s, "'”\""), ",") && len(out) > 0 && strings.HasSuffix(out[len(out)-1], ",") {
				// the aside was the date alone: "had, earlier Tuesday, sent"
				out[len(out)-1] = strings.TrimSuffix(out[len(out)-1], ",")
			} else if strings.HasSuffix(strings.TrimRight(ws[k].s, "'”\""), ",") && len(out) > 0 &&
				slices.ContainsFunc(ws[first:k], func(w word) bool {
					return strings.HasSuffix(w.s, ",") && !(dayBeforeYear(w.s, ws[k].s) && k+1 < len(ws) && opensPhrase(ws[k+1].s))
				}) &&
				!openingClause(out) {
				// the comma closes a date set off by its own commas
				// ("arrived on Monday, October 17, 2022, for talks"):
				// it goes with the date
			} else if strings.HasSuffix(strings.TrimRight(ws[k].s, "'”\""), ",") && len(out) > 0 {
				// an aside left with a word or two once its date is gone
				// ("lady, started in 1789, carries") goes with it
				c := len(out) - 1
				for c >= 0 && !strings.HasSuffix(out[c], ",") && len(out)-c <= 3 {
					c--
				}
				if c >= 1 && strings.HasSuffix(out[c], ",") && len(out)-c-1 <= 2 {
					out = out[:c+1]
					out[c] = strings.TrimSuffix(out[c], ",")
				} else {
					out[len(out)-1] += ","
				}
			}
			continue
		}
		out = append(out, w.s)
	}
	return out
}

// openingClause reports whether the words out, before a date phrase,
// open the sentence with a clause a comma after the date ends: a
// subordinator or a lead ("After the vote on Tuesday, March 4,"), a
// participle ("Born May 24, 1917, to …, he", "Speaking on Monday,
// March 3,"), or a single word.
func openingClause(out []string) bool {
	first := strings.ToLower(strings.Trim(out[0], ",“”\"'’"))
	return len(out) < 2 || leadWords[first] || titleSubordinators[first] || first == "born" ||
		len(first) > 4 && (strings.HasSuffix(first, "ing") || strings.HasSuffix(first, "ed"))
}

// datedNoun reports whether next, after the date phrase ending in prev,
// is a noun the date modifies ("July cyberattack"): a word in lower case
// that goes on the phrase and is no adverb.
func datedNoun(prev, next string) bool {
	l := trimTitlePunct(next)
	if l == "" || startsUpper(l) || strings.HasSuffix(l, "ly") || notNouns[l] || !monthOrDay(prev) {
		return false
	}
	return nounPhraseWord(prev, next)
}

// monthOrDay reports whether w is the name of a month or a day of the
// week, alone: the dates that modify a noun ("July cyberattack",
// "Tuesday vote"). A year or a day of a month after a preposition is
// more often the end of a phrase ("in 2016 became").
func monthOrDay(w string) bool {
	l := strings.ToLower(trimTitlePunct(w))
	return startsUpper(w) && (monthNames[l] || weekdayNames[l])
}

var monthNames = set(`january february march april may june july august september october november december`)

var weekdayNames = set(`monday tuesday wednesday thursday friday saturday sunday`)

// notNouns may follow a date without being what it dates: "on March 5
// alone", "in July too".
var notNouns = set(`alone only itself again too ago apart aside onwards onward`)

// dateAdverbs say how early or late in a date phrase: they go with it.
var dateAdverbs = map[string]bool{"late": true, "early": true, "earlier": true, "later": true}

// bareTime is w in lower case without punctuation or a possessive: the
// time of day "night's" is "night".
func bareTime(w string) string {
	l := strings.Trim(strings.ToLower(w), ",.;:")
	return strings.TrimSuffix(strings.TrimSuffix(l, "'s"), "’s")
}

// possessive reports whether w ends in a possessive: "Tuesday's".
func possessive(w string) bool {
	l := strings.TrimRight(w, ",.;:")
	return strings.HasSuffix(l, "'s") || strings.HasSuffix(l, "’s")
}

// nounPhraseWord reports whether next goes on the noun phrase that prev
// (not closed by a comma) is in: a word that is not a function word, a
// phrase break or a verb ("in Tuesday's New York primary was" ends at
// "was").
func nounPhraseWord(prev, next string) bool {
	if strings.ContainsAny(prev[len(prev)-1:], ",;:.") {
		return false
	}
	l := strings.Trim(strings.ToLower(next), ",;:.“”\"'’")
	if l == "" || titleStops[l] || breakWord[l] || titleAux[l] || saying(next) {
		return false
	}
	return startsUpper(next) || !strings.HasSuffix(l, "ed")
}

// dropMarkup drops from w the markup tags a text carries ("<tweet
// id=1 author=@x>Iron", "</tweet>."), given whether w opens inside a tag
// a word before opened; open says whether one is still open after w.
func dropMarkup(w string, inTag bool) (_ string, open bool) {
	var b strings.Builder
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case inTag:
			inTag = c != '>'
		case c == '<' && i+1 < len(w) && (w[i+1] == '/' || w[i+1] >= 'a' && w[i+1] <= 'z'):
			inTag = true
		default:
			b.WriteByte(c)
		}
	}
	return b.String(), inTag
}

var captionPlace = map[string]bool{"left": true, "right": true, "center": true, "centre": true, "second": true, "front": true, "background": true, "foreground": true}

var datePrep = map[string]bool{"over": true, "throughout": true, "within": true, "on": true, "in": true, "at": true, "since": true, "by": true, "during": true, "from": true, "until": true, "of": true, "as": true}

var timeOfDay = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true, "overnight": true}

// roleTime says when someone held a title: "former", "then".
var roleTime = set(`former then late ex onetime one-time`)

// timeObject verbs take a stretch of time as their object: "spent
// Monday on a tour".
var timeObject = set(`spent spend spends spending`)

// officeTitles stand before a name as an office: "Vice President Joe
// Biden", "Gov. Ana Brel".
var officeTitles = set(`president vice sen senator rep gov governor mayor chancellor premier`)

// dayBeforeYear reports whether day, a word of a date, is its day before
// the comma that sets off its year, the date's last word ("December 2,
// 2024"): that comma is the date's own, not one that sets the date off
// ("arrived on Monday, October 17, 2022, for talks"), so the comma after
// the year may close a clause when a phrase of its own follows
// (opensPhrase).
func dayBeforeYear(day, last string) bool {
	d := strings.TrimSuffix(day, ",")
	y := strings.TrimRight(last, ",;:.'”\"")
	return len(d) >= 1 && len(d) <= 2 && allDigits(d) && len(y) == 4 && allDigits(y)
}

// opensPhrase reports whether w, after a date's closing comma, opens a
// phrase of its own rather than going on with the noun the date names:
// a participle ("…, 2024, contradicting his statement") or a word that
// joins a clause ("…, 2024, when"); not "the Sept. 11, 2001, terrorist
// attacks".
func opensPhrase(w string) bool {
	l := strings.ToLower(trimTitlePunct(w))
	return len(l) > 4 && strings.HasSuffix(l, "ing") && !startsUpper(w) || titleSubordinators[l] || titleRelatives[l] ||
		l == "and" || l == "but"
}

// allDigits reports whether s is ASCII digits only, and not empty.
func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
