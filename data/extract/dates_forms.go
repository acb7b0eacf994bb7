package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// dateMonths maps the month words the patterns accept to months.
var dateMonths = map[string]time.Month{
	"january": time.January, "february": time.February, "march": time.March,
	"april": time.April, "may": time.May, "june": time.June, "july": time.July,
	"august": time.August, "september": time.September, "october": time.October,
	"november": time.November, "december": time.December,
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"jun": time.June, "jul": time.July, "aug": time.August, "sep": time.September,
	"sept": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

// dateMonthName returns the full lower-case name of the month token tok
// ("Sept." gives "september") and whether the token is one of the two
// month names that are also common words, May and March.
func dateMonthName(tok string) (name string, wordLike, ok bool) {
	tok = strings.TrimSuffix(tok, ".")
	var m time.Month
	var buf [len("september")]byte
	if len(tok) <= len(buf) && dateIsASCII(tok) {
		// strings.ToLower without the copy.
		key := buf[:len(tok)]
		for i := 0; i < len(tok); i++ {
			key[i] = tok[i] | dateLowerBit(tok[i])
		}
		m, ok = dateMonths[string(key)]
		wordLike = string(key) == "may" || string(key) == "march"
	} else {
		key := strings.ToLower(tok)
		m, ok = dateMonths[key]
		wordLike = key == "may" || key == "march"
	}
	if !ok {
		return "", false, false
	}
	return dateMonthLower[m], wordLike, true
}

// dateMonthLower holds the months' lower-case names.
var dateMonthLower = func() (names [13]string) {
	for m := time.January; m <= time.December; m++ {
		names[m] = strings.ToLower(m.String())
	}
	return names
}()

// dateIsASCII reports whether s is all ASCII.
func dateIsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// dateCapital reports whether s starts with an upper-case ASCII letter.
func dateCapital(s string) bool { return s != "" && s[0] >= 'A' && s[0] <= 'Z' }

// dateFullDay builds a day-month-year phrase from its parts.
func dateFullDay(text string, l []int, ms, me, ds, de, ys, ye int) (dateCand, bool) {
	tok := text[ms:me]
	name, wordLike, ok := dateMonthName(tok)
	if !ok || (wordLike && !dateCapital(tok)) || !dateNumberEnds(text, ye) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], resolve: name + " " + text[ds:de] + ", " + text[ys:ye]}, true
}

// datePartDay builds a month-and-day phrase without a year, read against
// the publication date (dateRead.yearByLean).
func datePartDay(text string, l []int, ms, me, ds, de int) (dateCand, bool) {
	tok := text[ms:me]
	name, wordLike, ok := dateMonthName(tok)
	if !ok || (wordLike && !dateCapital(tok)) || !dateNumberEnds(text, de) {
		return dateCand{}, false
	}
	day, _ := strconv.Atoi(text[ds:de])
	r := dateRead{kind: dateMonthDay, month: dateMonths[name], day: day}
	return dateCand{start: l[0], end: l[1], resolve: name + " " + text[ds:de], relative: true, read: r}, true
}

// dateBuildMonthYear builds a month-and-year phrase ("March 2023"). Like a
// date with a day, it is kept without its preposition.
func dateBuildMonthYear(text string, l []int) (dateCand, bool) {
	tok := text[l[2]:l[3]]
	name, wordLike, ok := dateMonthName(tok)
	if !ok || (wordLike && !dateCapital(tok)) || !dateNumberEnds(text, l[5]) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], resolve: name + " " + text[l[4]:l[5]]}, true
}

// dateBuildMonthAlone accepts a month named on its own ("In September", "the
// July attack", "early September"). A bare month must be capitalised and
// not start a name ("April Glaspie"); May and March, also a modal and a
// verb, need a preposition ("in May", "by March") or "early"/"late".
func dateBuildMonthAlone(text string, l []int) (dateCand, bool) {
	tok := text[l[6]:l[7]]
	name, wordLike, _ := dateMonthName(tok)
	hasIn := l[2] >= 0
	hasMod := l[4] >= 0
	prev := datePrevWord(text, l[0])
	prep := hasIn || hasMod || dateMonthPreps[prev]
	if w := dateNextWord(text, l[1]); w != "" && dateIsDigit(w[0]) {
		return dateCand{}, false // "February 30, 2022" that Resolve rejected
	}
	if dateEvery[prev] {
		return dateCand{}, false // "each July": every year's, not one
	}
	switch {
	case wordLike:
		if !dateCapital(tok) || !prep {
			return dateCand{}, false
		}
	case !prep:
		if !dateCapital(tok) || dateNextCapital(text, l[1]) {
			return dateCand{}, false
		}
	}
	return dateCand{start: l[0], end: l[1], resolve: name, relative: true, read: dateRead{kind: dateMonthOnly, month: dateMonths[name]}}, true
}

// dateEvery before a month or a weekday make it recur: "each July",
// "every Sunday".
var dateEvery = map[string]bool{"each": true, "every": true}

// dateMonthPreps are words before a month that make it a date.
var dateMonthPreps = map[string]bool{
	"in": true, "since": true, "by": true, "until": true, "till": true, "on": true,
	"during": true, "early": true, "late": true, "mid": true, "from": true, "through": true,
	"last": true, "next": true, "of": true, "before": true, "after": true,
}

// dateBuildYear accepts a four-digit number only when it is clearly a year: in
// 1900–2099 (1000–2099 after "in" or "since"), not part of a larger number,
// an amount, a phone number or a time, and not followed by a unit ("2000
// people") or preceded by a label ("Route 2019").
func dateBuildYear(text string, l []int) (dateCand, bool) {
	ys, ye := l[4], l[5]
	y, _ := strconv.Atoi(text[ys:ye])
	lo := 1900
	if l[2] >= 0 {
		lo = 1000
	}
	if y < lo || y > 2099 || !dateYearAlone(text, ys, ye) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], resolve: text[ys:ye]}, true
}

func dateYearAlone(text string, s, e int) bool {
	if s > 0 {
		prev, _ := utf8.DecodeLastRuneInString(text[:s])
		switch prev {
		case '$', '€', '£', '#', '+', '@', '/', '\\', '№', ':':
			return false
		case '.', ',':
			if s > 1 && dateIsDigit(text[s-2]) {
				return false
			}
		case '-', '–', '—':
			// "1939–1945" is a range of years; "555-2019" and "F-2019" are not years.
			j := s - utf8.RuneLen(prev)
			k := j
			for k > 0 && dateIsDigit(text[k-1]) {
				k--
			}
			if j-k != 0 && j-k != 4 {
				return false
			}
			if j-k == 0 && j > 0 {
				if r, _ := utf8.DecodeLastRuneInString(text[:j]); unicode.IsLetter(r) {
					return false
				}
			}
		}
	}
	if e < len(text) {
		next, size := utf8.DecodeRuneInString(text[e:])
		switch next {
		case '%', '$', '€', '£', '@', '/':
			return false
		case '.', ',', ':':
			if e+1 < len(text) && dateIsDigit(text[e+1]) {
				return false
			}
		case '-', '–', '—':
			j := e + size
			k := j
			for k < len(text) && dateIsDigit(text[k]) {
				k++
			}
			if k-j != 0 && k-j != 2 && k-j != 4 {
				return false
			}
		}
	}
	if dateNextIsUnit(text, e) || dateCounts(text, s, e) {
		return false
	}
	if w := datePrevWord(text, s); dateYearLabels[w] {
		return false
	}
	// A number just before or after, across a space, is a phone number or a
	// list of amounts ("555 2019", "2019 3000").
	if dateNumberNear(text, s, e) {
		return false
	}
	return true
}

// dateCountWords before a number make it a count: "among 1500 voters",
// "nearly 2000 likely voters".
var dateCountWords = map[string]bool{
	"among": true, "nearly": true, "almost": true, "about": true, "some": true,
	"roughly": true, "approximately": true, "around": true, "over": true, "just": true, "only": true,
	"surveyed": true, "polled": true, "interviewed": true, "sampled": true, "of": true,
}

// dateCounts reports whether the number text[s:e] counts the things the
// lower-case plural after it names, maybe after an adjective: "a poll of
// 2047 registered voters", "among 1500 adults". A year that qualifies a
// noun ("the 2016 elections") has no count word before it; after "of" a
// year is followed by no adjective and plural ("the spring of 2016").
func dateCounts(text string, s, e int) bool {
	prev := datePrevWord(text, s)
	if !dateCountWords[prev] {
		return false
	}
	w1 := dateNextWord(text, e)
	if w1 == "" || !dateLowerWord(w1) {
		return false
	}
	if prev != "of" && (dateUnits[w1] || datePlural(w1)) {
		return true
	}
	w2 := dateNextWord(text, e+strings.Index(text[e:], w1)+len(w1))
	// an adjective between: not a word of the closed classes ("of 2016
	// after talks")
	return dateLowerWord(w2) && datePlural(w2) && !datePlural(w1) && !commonWords[w1]
}

// dateLowerWord reports whether w is a word in lower-case letters.
func dateLowerWord(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// datePlural reports whether w reads as an English plural noun.
func datePlural(w string) bool {
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is")
}

// dateYearLabels are words that make a following number a label, not a year.
var dateYearLabels = map[string]bool{
	"route": true, "flight": true, "resolution": true, "highway": true, "bus": true,
	"room": true, "page": true, "pages": true, "article": true, "section": true, "chapter": true,
	"no": true, "number": true, "nr": true, "model": true, "version": true, "unit": true,
	"code": true, "line": true, "platform": true, "gate": true, "suite": true, "apt": true,
	"box": true, "ext": true, "tel": true, "phone": true, "fax": true, "id": true, "vol": true,
	"paragraph": true, "clause": true, "item": true, "exit": true, "road": true, "street": true,
}

// dateUnits are words that make a number before them an amount.
var dateUnits = map[string]bool{
	"people": true, "persons": true, "person": true, "members": true, "jews": true, "residents": true,
	"refugees": true, "soldiers": true, "troops": true, "men": true, "women": true, "children": true,
	"families": true, "citizens": true, "civilians": true, "workers": true, "employees": true,
	"students": true, "officials": true, "delegates": true, "participants": true, "fighters": true,
	"protesters": true, "casualties": true, "victims": true, "deaths": true, "dead": true,
	"killed": true, "injured": true, "wounded": true, "arrests": true, "cases": true, "votes": true,
	"seats": true, "rockets": true, "missiles": true, "drones": true, "attacks": true,
	"computers": true, "servers": true, "devices": true, "accounts": true, "users": true,
	"emails": true, "documents": true, "files": true, "records": true, "websites": true,
	"sites": true, "km": true, "kilometers": true, "kilometres": true, "miles": true, "meters": true,
	"metres": true, "feet": true, "ft": true, "tons": true, "tonnes": true, "kg": true,
	"kilograms": true, "pounds": true, "dollars": true, "euros": true, "shekels": true, "lek": true,
	"usd": true, "eur": true, "percent": true, "times": true, "hours": true, "hrs": true,
	"hour": true, "minutes": true, "mins": true, "seconds": true, "days": true, "weeks": true,
	"months": true, "years": true, "gmt": true, "utc": true, "cars": true, "vehicles": true,
	"homes": true, "houses": true, "buildings": true, "units": true, "items": true, "hectares": true,
	"acres": true, "barrels": true, "words": true, "points": true,
	"voters": true, "adults": true, "respondents": true,
	"mb": true, "gb": true, "tb": true, "bytes": true, "machines": true, "households": true,
}

// datePrevWord returns the word just before position i, lower-cased and
// without a final full stop, across spaces only ("" if there is none).
func datePrevWord(text string, i int) string {
	j := i
	for j > 0 {
		if text[j-1] == ' ' || text[j-1] == '\t' {
			j--
		} else if strings.HasSuffix(text[:j], "\u00a0") {
			j -= len("\u00a0")
		} else {
			break
		}
	}
	k := j
	for k > 0 && j-k < 20 && dateIsWordByte(text[k-1]) {
		k--
	}
	if k > 0 && dateIsWordByte(text[k-1]) {
		return ""
	}
	return strings.ToLower(strings.TrimSuffix(text[k:j], "."))
}

// dateNextWord returns the word just after position i across spaces,
// keeping its case ("" if there is none).
func dateNextWord(text string, i int) string {
	j := i
	for j < len(text) {
		if text[j] == ' ' || text[j] == '\t' {
			j++
		} else if strings.HasPrefix(text[j:], "\u00a0") {
			j += len("\u00a0")
		} else {
			break
		}
	}
	if j == i {
		return ""
	}
	k := j
	for k < len(text) && k-j < 20 && dateIsAlnum(text[k]) {
		k++
	}
	return text[j:k]
}

func dateNextIsUnit(text string, i int) bool {
	if i < len(text) && text[i] == '-' { // "2,000-strong", "May-June"
		return false
	}
	return dateUnits[strings.ToLower(dateNextWord(text, i))]
}

func dateNextCapital(text string, i int) bool { return dateCapital(dateNextWord(text, i)) }

// dateNumberNear reports a bare number next to [s, e) across one space.
func dateNumberNear(text string, s, e int) bool {
	if s >= 2 && text[s-1] == ' ' && dateIsDigit(text[s-2]) {
		return true
	}
	if e+1 < len(text) && text[e] == ' ' && dateIsDigit(text[e+1]) {
		return true
	}
	return false
}

// dateNumberEnds reports whether a number ending at i really ends there
// rather than continuing as "2022,5" or "15.000".
func dateNumberEnds(text string, i int) bool {
	if i+1 < len(text) && (text[i] == ',' || text[i] == '.' || text[i] == ':') && dateIsDigit(text[i+1]) {
		return false
	}
	return true
}

// dateBuildWeekday accepts a weekday ("on Sunday", "Monday"), but not one that
// is part of a compound ("Sunday-school"), a title ("Sunday Times") or a
// named day ("Black Friday", "Bloody Sunday"), nor one that recurs ("every
// Sunday", "each Thursday").
func dateBuildWeekday(text string, l []int) (dateCand, bool) {
	e := l[1]
	if e < len(text) && text[e] == '-' {
		return dateCand{}, false
	}
	if dateWeekdayTitles[strings.ToLower(dateNextWord(text, e))] {
		return dateCand{}, false
	}
	if prev := datePrevWord(text, l[0]); l[0] == l[2] && (dateNamedDays[prev] || dateEvery[prev] || dateWeekdayModifies(text, l[0], e)) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: e, resolve: strings.ToLower(text[l[2]:l[3]]), relative: true}, true
}

var dateWeekdayTitles = map[string]bool{
	"times": true, "telegraph": true, "express": true, "mirror": true, "herald": true,
	"post": true, "mail": true, "school": true, "schools": true, "best": true,
}

var dateNamedDays = map[string]bool{
	"black": true, "good": true, "bloody": true, "super": true, "ash": true, "cyber": true,
	"palm": true, "easter": true, "holy": true, "maundy": true, "giving": true,
}
