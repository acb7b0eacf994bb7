package extract

import (
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// News dates many happenings from another one rather than from the
// calendar: "the day after the attack", "two days after the grounding",
// "within hours of the discovery", "hours later". Such a phrase is read
// from the date of the happening it names, when the article dated it (the
// last sentence before it naming that happening with a date phrase in
// it), else from the date the text last named, when that is in reach
// (see dateLastNamed) and fine enough for what it counts; a phrase
// naming something that is not a happening ("a week after the president
// …") is not read, and none is read where the text gave no date before.

// datePatAnchored matches an interval and what it counts from: "the day
// after the attack", "two weeks before the vote", "within hours of the
// discovery", "hours later", "minutes after the blast".
const datePatAnchored = `(?i)\b(?:(within)` + dateSp + `)?(?:(the|a` + dateSp + `few|several|an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})` + dateSp + `)?` +
	`(hours?|minutes?|days?|weeks?|months?|years?)` + dateSp + `(after|before|later|of)\b`

// dateReAnchorNoun reads the happening after a match of datePatAnchored:
// "the attack", "the first attack". (It is read apart so that the
// pattern stays within dateWindowBytes.)
var dateReAnchorNoun = lazyRegexp(`^` + dateSp + `(?:the|that|this)` + dateSp + `(\p{L}[\p{L}-]*)(?:` + dateSp + `(\p{L}[\p{L}-]*))?`)

const dateAnchoredWords = "within>hours,minutes,a,an,the,several hours minutes several>hours,minutes the>@unit a>@unit,few an>hour one>@unit two>@unit three>@unit four>@unit five>@unit six>@unit seven>@unit eight>@unit nine>@unit ten>@unit #d12>@unit,hours,minutes"

// dateBuildAnchored reads a match of datePatAnchored. Hours and minutes
// after a happening fall on its day; a count of days, weeks, months or
// years (or "the day", "the week") shifts it by that many. A vague count
// ("days after", "the weeks before") says no date.
func dateBuildAnchored(text string, l []int) (dateCand, bool) {
	within, count, unit, rel := sub(text, l, 1), sub(text, l, 2), sub(text, l, 3), sub(text, l, 4)
	noun, end := "", l[1]
	if m := dateReAnchorNoun().FindStringSubmatchIndex(text[l[1]:min(len(text), l[1]+80)]); m != nil {
		noun, end = strings.ToLower(text[l[1]+m[2]:l[1]+m[3]]), l[1]+m[3]
		if m[4] >= 0 && dateAnchorModifiers[noun] {
			noun, end = strings.ToLower(text[l[1]+m[4]:l[1]+m[5]]), l[1]+m[5]
		}
	}
	if prev := datePrevWord(text, l[0]); dateDurationWords[prev] || prev == "the" && count != "" && count != "the" {
		return dateCand{}, false // "in the three years after the merger" is a stretch of time
	}
	short := strings.HasPrefix(unit, "hour") || strings.HasPrefix(unit, "minute")
	singular := !strings.HasSuffix(unit, "s")
	n := 0
	switch {
	case short:
		if count != "" && count != "a" && count != "an" && count != "several" && !strings.HasSuffix(count, "few") && !dateNumberish(count) {
			return dateCand{}, false
		}
	case count == "the" || count == "a" || count == "an" || count == "one":
		if !singular || within != "" {
			return dateCand{}, false
		}
		n = 1
	case count != "":
		v, ok := dateNumberWords[count]
		if !ok {
			v, _ = strconv.Atoi(count)
		}
		if v < 1 || singular != (v == 1) || within != "" {
			return dateCand{}, false
		}
		n = v
	default:
		return dateCand{}, false // "days after the attack": how many is not said
	}
	var u timeline.Precision
	if short {
		u = timeline.Day
	} else {
		u = dateUnitOf[strings.TrimSuffix(unit, "s")]
	}
	switch rel {
	case "later":
		if !short {
			return dateCand{}, false // "two days later" is datePatAfter's
		}
		return dateCand{start: l[0], end: l[1], read: dateRead{kind: dateAfter, unit: u}}, true
	case "of":
		if within == "" || !short || noun == "" {
			return dateCand{}, false // "the day of the vote", "hours of talks"
		}
	case "before":
		n = -n
	}
	if noun == "" && (rel == "after" || rel == "before") {
		// "the day after he was brought up": a clause whose subject is a
		// pronoun, counted from what its verb says happened
		if verb, vend, ok := dateAnchorClause(text, l[1]); ok {
			return dateCand{start: l[0], end: vend, read: dateRead{kind: dateAfter, unit: u, n: n, anchor: verb, clause: true}}, true
		}
	}
	if noun == "" || !dateHappeningNoun(noun) {
		return dateCand{}, false // what it counts from is not a happening named
	}
	return dateCand{start: l[0], end: end, read: dateRead{kind: dateAfter, unit: u, n: n, anchor: noun}}, true
}

// dateReAnchorClause reads a clause after "after" or "before" whose
// subject is a pronoun: "he was brought up", "they were freed", "it
// opened".
var dateReAnchorClause = lazyRegexp(`^` + dateSp + `(?:he|she|it|they)` + dateSp + `(?:(?:was|were|had` + dateSp + `been|had)` + dateSp + `)?(\p{Ll}+)(?:` + dateSp + `(?:up|out|down|off|away|back|free)\b)?`)

// dateAnchorClause reads the clause at text[at:] (see dateReAnchorClause)
// and returns its verb, in lower case, and where the clause ends (after
// a particle: "brought up"), when it is a
// verb in the past: in -ed, or one of datePastVerbs.
func dateAnchorClause(text string, at int) (string, int, bool) {
	m := dateReAnchorClause().FindStringSubmatchIndex(text[at:min(len(text), at+60)])
	if m == nil {
		return "", 0, false
	}
	verb := text[at+m[2] : at+m[3]]
	if !(len(verb) > 4 && strings.HasSuffix(verb, "ed")) && !datePastVerbs[verb] {
		return "", 0, false
	}
	return verb, at + m[1], true
}

// datePastVerbs are verbs in the past, not in -ed, that say a happening.
var datePastVerbs = set(`brought caught taken given shot struck stolen won lost left fell went came began begun sent
	held found met sold bought told born driven flown thrown broken chosen sworn beaten`)

// dateAnchorStems are what the words naming the happening r counts from
// open with: a noun's and its kind's (see dateKindStems), or a verb's:
// its stem and its past form less -ed ("bring", "brought"; "rescu").
func dateAnchorStems(r dateRead) []string {
	if !r.clause {
		return dateKindStems(r.anchor)
	}
	var out []string
	for _, s := range []string{r.anchor, strings.TrimSuffix(r.anchor, "ed")} {
		if c, _ := contentStem(s); len(c) >= 4 && !slices.Contains(out, c) {
			out = append(out, c)
		}
		if len(s) >= 4 && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}

// dateNumberish reports whether w counts hours: "two hours", "24 hours".
func dateNumberish(w string) bool {
	if _, ok := dateNumberWords[w]; ok {
		return true
	}
	_, err := strconv.Atoi(w)
	return err == nil
}

// dateAnchorModifiers stand before the noun naming a happening: "the day
// after the first attack".
var dateAnchorModifiers = set(`first second third last initial latest original deadly fatal failed earlier previous
	cyber ransomware terror terrorist suicide car bomb surprise snap general`)

// dateHappeningNoun reports whether w names a happening: an action class
// ("attack", "strike", "vote") or a noun formed from a verb ("discovery",
// "grounding", "closure", "announcement", "arrival").
func dateHappeningNoun(w string) bool {
	if c, _ := contentStem(w); c != "" && eventClass(c) {
		return true
	}
	for _, suf := range []string{"tion", "sion", "ment", "ing", "ery", "ure", "al", "ion"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return dateHappenings[w]
}

// dateHappenings are happenings news names by a plain noun.
var dateHappenings = set(`attack raid blast crash fire flood storm quake earthquake vote poll war coup fall
	summit meeting deal accident collision explosion shooting riot protest strike breach hack leak outage`)

// dateOfHappening is the date an anchored phrase at at counts from: the
// date of the last sentence before it that names the happening (a word
// that opens with the noun's stem) with a date phrase fine enough for
// unit, else the date the text last named, in reach and as fine.
func dateOfHappening(text string, found []Date, at int, stems []string, unit timeline.Precision) (timeline.Date, bool) {
	// the sentence's own dates are its happening's, not the one it counts
	// from: "In an email dated May 2 — a week before the vote"
	own := dateSentenceStart(text, at)
	fine := func(d Date) bool { return d.From.Precision <= unit && d.To.IsZero() && d.End <= own }
	// the happening is named by its noun or another word of its kind:
	// "the day after the attack" counts from "hackers locked the
	// computers on Monday"; of those, the sentence nearest before
	best, dated := -1, timeline.Date{}
	for _, stem := range stems {
		if i, d, ok := dateNamedBefore(text, found, at, stem, fine); ok && i > best {
			best, dated = i, d
		}
	}
	if best >= 0 {
		return dated, true
	}
	// the happening is not dated: the date the text last named, if it is
	// in reach and says the day (or the unit counted in)
	if ref, ok := dateLastNamed(text, found, at); ok && fine(found[len(found)-1]) {
		return ref, true
	}
	return timeline.Date{}, false
}

// dateNamedBefore finds the last sentence before at that holds a word
// opening with stem and a date phrase fine says dates it: where that word
// stands, and the date.
func dateNamedBefore(text string, found []Date, at int, stem string, fine func(Date) bool) (int, timeline.Date, bool) {
	// found is in the text's order; the happening is looked for no
	// further back than dateHappeningReach, byte by byte with ASCII folded,
	// so offsets stay the text's and each byte is read once.
	for p, from := at, max(0, at-dateHappeningReach); p > from; {
		i := lastIndexFoldASCII(text[from:p], stem)
		if i < 0 {
			break
		}
		i += from
		p = i
		if i > 0 && (unicode.IsLetter(rune(text[i-1])) || text[i-1] == '-') {
			continue
		}
		lo := dateSentenceStart(text, i)
		if dateInName(text, lo, i) {
			continue // "dragged off Skarra Reef on Tuesday" names a place, not a grounding
		}
		hi := dateSentenceEnd(text, i)
		first := sort.Search(len(found), func(k int) bool { return found[k].Start >= lo })
		end := sort.Search(len(found), func(k int) bool { return found[k].Start >= hi })
		for j := end - 1; j >= first; j-- {
			if d := found[j]; d.End <= hi && d.End <= at && fine(d) {
				return i, d.From, true
			}
		}
	}
	return 0, timeline.Date{}, false
}

// dateInName reports whether the word at i, in the sentence opening at lo,
// is part of a name: capitalised where its sentence does not open, as
// "Reef" in "Skarra Reef" or "Attack" in "the Attack Helicopter Battalion".
func dateInName(text string, lo, i int) bool {
	if i >= len(text) || text[i] < 'A' || text[i] > 'Z' {
		return false
	}
	before := strings.TrimLeft(text[lo:i], " \t\n\"'“‘(")
	return before != ""
}

// dateKindStems are what the words naming the happening noun names open
// with: its own stem (see dateNounStem) and, for a news action, those of
// the other words of its kind ("hack", "breach" for "attack").
func dateKindStems(noun string) []string {
	out := []string{dateNounStem(noun)}
	c, also := contentStem(noun)
	if c == "" || !eventClass(c) {
		return out
	}
	for _, class := range []string{c, also} {
		for _, w := range wordTables().words[class] {
			if s := dateNounStem(w); len(s) >= 4 && !slices.Contains(out, s) {
				out = append(out, s)
			}
		}
	}
	return out
}

// dateHappeningReach is how far back, in bytes, a phrase counted from a
// happening looks for the sentence that dated it: a long article's
// earlier pages, about a screen and a half of text.
const dateHappeningReach = 8 << 10

// lastIndexFoldASCII is where sub (lower-case) last occurs in s, ASCII
// letters matched in either case, or -1. Other bytes match exactly, so
// offsets are s's own, whatever its letters lower-case to.
func lastIndexFoldASCII(s, sub string) int {
	for i := len(s) - len(sub); i >= 0; i-- {
		j := 0
		for j < len(sub) && lowerASCII(s[i+j]) == sub[j] {
			j++
		}
		if j == len(sub) {
			return i
		}
	}
	return -1
}

func lowerASCII(c byte) byte {
	if 'A' <= c && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// dateNounStem is what the words naming a happening open with:
// "attack" for "attacked", "ground" for "grounding", "discover" for
// "discovery".
func dateNounStem(noun string) string {
	for _, suf := range []string{"ing", "ery", "y", "s"} {
		if len(noun) > len(suf)+3 && strings.HasSuffix(noun, suf) {
			return noun[:len(noun)-len(suf)]
		}
	}
	return noun
}

// dateSentenceEnd is where the sentence holding i ends: its closing
// punctuation or line break, within 400 bytes.
func dateSentenceEnd(text string, i int) int {
	hi := min(len(text), i+400)
	for j := i; j < hi; j++ {
		c := text[j]
		if c == '\n' || c == '\r' {
			return j
		}
		if (c == '.' || c == '!' || c == '?' || c == ';') && dateSpaceAfter(text, j+1) && !dateAbbrevBefore(text, j) {
			return j + 1
		}
	}
	return hi
}

// datePatMidweek matches "midweek" ("the cancellation, announced
// midweek"): news means the Wednesday of the week it writes about, so it
// is read as "Wednesday" is, from the article's date and tense.
const datePatMidweek = `(?i)\bmid-?week\b`

// dateBuildMidweek reads "midweek" where it dates a clause, not where it
// describes a noun: "a midweek match", "midweek trading" say no date.
func dateBuildMidweek(text string, l []int) (dateCand, bool) {
	if dateMidweekBefore[datePrevWord(text, l[0])] {
		return dateCand{}, false
	}
	rest := strings.TrimLeft(text[l[1]:], " \t")
	if r, _ := utf8.DecodeRuneInString(rest); rest != "" && !strings.ContainsRune(",.;:)—–", r) && !dateMidweekAfter[strings.ToLower(dateNextWord(text, l[1]))] {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], resolve: "wednesday", relative: true}, true
}

// dateMidweekBefore make "midweek" describe a noun: "a midweek match".
var dateMidweekBefore = set(`a an the its their his her this that every each our your by until till`)

// dateMidweekAfter may follow "midweek" when it dates its clause.
var dateMidweekAfter = set(`and but or as after before when while that with in on at to for amid despite`)
