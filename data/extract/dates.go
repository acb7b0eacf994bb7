package extract

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Date is a date phrase found in an article and the dates it denotes.
type Date struct {
	Start, End int           // byte range of the phrase in the text
	Phrase     string        // text[Start:End], exactly
	From, To   timeline.Date // what Resolve returned; To is zero unless the phrase names a stretch
	Relative   bool          // read against the article's publication date ("yesterday", "on Sunday", "in September")
	Tense      timeline.Tense
}

// FindDates returns the date phrases in text in order of position, each
// resolved against published (may be zero: then relative phrases are
// skipped).
//
// The finder only finds and normalises phrases; [timeline.Resolve] decides
// what they mean, and a phrase it rejects is left out. Where phrases
// overlap, the longest wins ("Sept. 1, 2022", not "2022"). A leading "on"
// is kept before a weekday, and "in" or "since" before a month alone, a
// year or a decade, as the seed annotations record them ("on Sunday", "In
// September", "since 1991", "in the 1990s"); a date with a day or a month
// and year is kept bare ("June 30, 2022", "March 2023"). Phrase is always
// the text's own bytes.
//
// Tense is Future when the words shortly before the phrase in its sentence
// look ahead ("will", "is to", "are to", "to be", "slated", "scheduled",
// "expected to", "plans to", "next"), or, for a phrase that opens its
// sentence, when such words follow it closely ("On Monday, Rama will
// meet"); else Past.
func FindDates(text string, published timeline.Date) []Date {
	var cands []dateCand
	for _, m := range dateMatchers {
		for _, loc := range m.re.FindAllStringSubmatchIndex(text, -1) {
			c, ok := m.build(text, loc)
			if !ok || c.start < 0 || c.end > len(text) || c.start >= c.end {
				continue
			}
			cands = append(cands, c)
		}
	}
	var found []Date
	for _, c := range cands {
		if c.relative && published.IsZero() {
			continue
		}
		if !dateWordEdges(text, c.start, c.end) {
			continue
		}
		tense := dateTense(text, c.start, c.end)
		from, to, err := timeline.Resolve(c.resolve, published, tense)
		if err != nil {
			continue
		}
		found = append(found, Date{
			Start: c.start, End: c.end, Phrase: text[c.start:c.end],
			From: from, To: to, Relative: c.relative, Tense: tense,
		})
	}
	return dateLongest(found)
}

// dateLongest keeps, of overlapping phrases, the longest, and returns the
// survivors in order of position.
func dateLongest(ds []Date) []Date {
	sort.SliceStable(ds, func(i, j int) bool {
		if ds[i].Start != ds[j].Start {
			return ds[i].Start < ds[j].Start
		}
		return ds[i].End > ds[j].End
	})
	var out []Date
	for _, d := range ds {
		if n := len(out); n > 0 && d.Start < out[n-1].End {
			// d starts at or after out[n-1], so it cannot overlap out[n-2].
			if d.End-d.Start > out[n-1].End-out[n-1].Start {
				out[n-1] = d
			}
			continue
		}
		out = append(out, d)
	}
	return out
}

// dateCand is a phrase a matcher found: its bytes and the phrase handed to
// timeline.Resolve.
type dateCand struct {
	start, end int
	resolve    string
	relative   bool
}

type dateMatcher struct {
	re    *regexp.Regexp
	build func(text string, loc []int) (dateCand, bool)
}

const (
	dateSp        = `[ \t\x{00A0}]+`
	dateMonthFull = `january|february|march|april|may|june|july|august|september|october|november|december`
	dateMonthAbbr = `jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`
	dateMonth     = `((?:` + dateMonthFull + `)\b|(?:` + dateMonthAbbr + `)\b\.?)`
	dateDay       = `(\d{1,2})(?:st|nd|rd|th)?\b`
	dateYear      = `(\d{4})\b`
	dateYearSep   = `(?:,[ \t\x{00A0}]*|` + dateSp + `)`
	dateOf        = `(?:of` + dateSp + `)?`
)

var (
	dateReMDY     = regexp.MustCompile(`(?i)\b` + dateMonth + dateSp + dateDay + dateYearSep + dateYear)
	dateReDMY     = regexp.MustCompile(`(?i)\b` + dateDay + dateSp + dateOf + dateMonth + dateYearSep + dateYear)
	dateReMD      = regexp.MustCompile(`(?i)\b` + dateMonth + dateSp + dateDay)
	dateReDM      = regexp.MustCompile(`(?i)\b` + dateDay + dateSp + dateOf + dateMonth)
	dateReMY      = regexp.MustCompile(`(?i)\b` + dateMonth + `,?` + dateSp + dateOf + dateYear)
	dateReMonth   = regexp.MustCompile(`(?i)\b(?:(in|since)` + dateSp + `)?(?:(early|late|mid)(?:` + dateSp + `|-))?(` + dateMonthFull + `)\b`)
	dateReYear    = regexp.MustCompile(`(?i)\b(?:(in|since)` + dateSp + `)?(\d{4})\b`)
	dateReISO     = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	dateReDecade  = regexp.MustCompile(`(?i)\b(?:(?:in|since)` + dateSp + `)?(?:the` + dateSp + `)?([12]\d\d0)s\b`)
	dateReDecMod  = regexp.MustCompile(`(?i)\b(early|mid|late)(?:` + dateSp + `|-)([12]\d\d0)s\b`)
	dateReWar     = regexp.MustCompile(`(?i)\b(?:world` + dateSp + `war` + dateSp + `(?:ii|two|2)|second` + dateSp + `world` + dateSp + `war|wwii|ww2)\b`)
	dateReRel     = regexp.MustCompile(`(?i)\b(?:yesterday|today|tomorrow|(?:(?:earlier|later)` + dateSp + `)?this` + dateSp + `(?:week|year)|last` + dateSp + `(?:week|year))\b`)
	dateReAgo     = regexp.MustCompile(`(?i)\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})` + dateSp + `(day|week|month|year)s?` + dateSp + `ago\b`)
	dateReWeekday = regexp.MustCompile(`(?i)\b(?:on` + dateSp + `)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`)
	dateReSpace   = regexp.MustCompile(dateSp)
)

// dateMatchers lists every form the finder knows. Order does not matter:
// overlaps are settled by length afterwards.
var dateMatchers = []dateMatcher{
	{dateReMDY, func(text string, l []int) (dateCand, bool) {
		return dateFullDay(text, l, l[2], l[3], l[4], l[5], l[6], l[7])
	}},
	{dateReDMY, func(text string, l []int) (dateCand, bool) {
		return dateFullDay(text, l, l[4], l[5], l[2], l[3], l[6], l[7])
	}},
	{dateReMD, func(text string, l []int) (dateCand, bool) {
		return datePartDay(text, l, l[2], l[3], l[4], l[5])
	}},
	{dateReDM, func(text string, l []int) (dateCand, bool) {
		return datePartDay(text, l, l[4], l[5], l[2], l[3])
	}},
	{dateReMY, dateBuildMonthYear},
	{dateReMonth, dateBuildMonthAlone},
	{dateReYear, dateBuildYear},
	{dateReISO, func(text string, l []int) (dateCand, bool) {
		m, _ := strconv.Atoi(text[l[4]:l[5]])
		if m < 1 || m > 12 {
			return dateCand{}, false
		}
		phrase := strings.ToLower(time.Month(m).String()) + " " + text[l[6]:l[7]] + ", " + text[l[2]:l[3]]
		return dateCand{start: l[0], end: l[1], resolve: phrase}, true
	}},
	{dateReDecade, func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: text[l[2]:l[3]] + "s"}, true
	}},
	{dateReDecMod, func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: strings.ToLower(text[l[2]:l[3]]) + " " + text[l[4]:l[5]] + "s"}, true
	}},
	{dateReWar, func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: "world war ii"}, true
	}},
	{dateReRel, func(text string, l []int) (dateCand, bool) {
		p := dateSquash(text[l[0]:l[1]])
		// Resolve knows "earlier this year" but not "earlier this week".
		p = strings.TrimPrefix(strings.TrimPrefix(p, "earlier "), "later ")
		return dateCand{start: l[0], end: l[1], resolve: p, relative: true}, true
	}},
	{dateReAgo, func(text string, l []int) (dateCand, bool) {
		return dateCand{start: l[0], end: l[1], resolve: dateSquash(text[l[0]:l[1]]), relative: true}, true
	}},
	{dateReWeekday, dateBuildWeekday},
}

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
	key := strings.ToLower(strings.TrimSuffix(tok, "."))
	m, ok := dateMonths[key]
	if !ok {
		return "", false, false
	}
	return strings.ToLower(m.String()), key == "may" || key == "march", true
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
// the publication date.
func datePartDay(text string, l []int, ms, me, ds, de int) (dateCand, bool) {
	tok := text[ms:me]
	name, wordLike, ok := dateMonthName(tok)
	if !ok || (wordLike && !dateCapital(tok)) || !dateNumberEnds(text, de) {
		return dateCand{}, false
	}
	return dateCand{start: l[0], end: l[1], resolve: name + " " + text[ds:de], relative: true}, true
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
	return dateCand{start: l[0], end: l[1], resolve: name, relative: true}, true
}

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
	if dateNextIsUnit(text, e) {
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
// named day ("Black Friday", "Bloody Sunday").
func dateBuildWeekday(text string, l []int) (dateCand, bool) {
	e := l[1]
	if e < len(text) && text[e] == '-' {
		return dateCand{}, false
	}
	if dateWeekdayTitles[strings.ToLower(dateNextWord(text, e))] {
		return dateCand{}, false
	}
	if l[0] == l[2] && dateNamedDays[datePrevWord(text, l[0])] {
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
	"palm": true, "easter": true, "holy": true, "maundy": true, "giving": true, "every": true,
}

// dateTenseCues are the words that make a phrase look ahead, as single
// words and as pairs.
var (
	dateTenseWords = map[string]bool{"will": true, "slated": true, "scheduled": true, "next": true, "shall": true}
	dateTensePairs = map[string]bool{
		"is to": true, "are to": true, "to be": true, "expected to": true, "plans to": true,
		"plan to": true, "planned to": true, "set to": true,
	}
	dateTenseAfter = map[string]bool{"will": true, "slated": true, "scheduled": true, "shall": true}
)

// dateTense reads the tense of the phrase at [start, end) from the words
// shortly before it in its sentence, or, when it opens the sentence, just
// after it.
func dateTense(text string, start, end int) timeline.Tense {
	before := dateWordsBefore(text, start, 8)
	if len(before) == 0 {
		after := dateWordsAfter(text, end, 6)
		for i, w := range after {
			if dateTenseAfter[w] || strings.HasSuffix(w, "'ll") {
				return timeline.Future
			}
			if i+1 < len(after) && dateTensePairs[w+" "+after[i+1]] {
				return timeline.Future
			}
		}
		return timeline.Past
	}
	for i, w := range before {
		if dateTenseWords[w] || strings.HasSuffix(w, "'ll") {
			return timeline.Future
		}
		if i+1 < len(before) && dateTensePairs[w+" "+before[i+1]] {
			return timeline.Future
		}
	}
	return timeline.Past
}

// dateWordsBefore returns up to n lower-case words before i, stopping at the
// start of the sentence or line.
func dateWordsBefore(text string, i, n int) []string {
	lo := i - 120
	if lo < 0 {
		lo = 0
	}
	win := text[lo:i]
	cut := 0
	for j := len(win) - 1; j >= 0; j-- {
		c := win[j]
		if c == '\n' || c == '\r' {
			cut = j + 1
			break
		}
		if (c == '.' || c == '!' || c == '?' || c == ';') && dateSpaceAfter(win, j+1) && !dateAbbrevBefore(win, j) {
			cut = j + 1
			break
		}
	}
	words := dateWords(win[cut:])
	if len(words) > n {
		words = words[len(words)-n:]
	}
	return words
}

// dateWordsAfter returns up to n lower-case words after i, stopping at the
// end of the sentence or line.
func dateWordsAfter(text string, i, n int) []string {
	hi := i + 120
	if hi > len(text) {
		hi = len(text)
	}
	win := text[i:hi]
	for j := 0; j < len(win); j++ {
		c := win[j]
		if c == '\n' || c == '\r' || ((c == '.' || c == '!' || c == '?' || c == ';') && (j+1 == len(win) || dateSpaceAfter(win, j+1))) {
			win = win[:j]
			break
		}
	}
	words := dateWords(win)
	if len(words) > n {
		words = words[:n]
	}
	return words
}

// dateWords splits s into lower-case ASCII words, keeping apostrophes
// ("we'll"; a typographic apostrophe is read as ').
func dateWords(s string) []string {
	s = strings.ReplaceAll(s, "’", "'")
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'')
	})
}

// dateAbbrevBefore reports whether the full stop at win[j] ends an
// abbreviation ("U.S.", "Mr.", "Sept.") rather than a sentence.
func dateAbbrevBefore(win string, j int) bool {
	k := j
	for k > 0 && dateIsAlnum(win[k-1]) {
		k--
	}
	w := win[k:j]
	if len(w) == 1 {
		return true
	}
	return dateAbbrevs[strings.ToLower(w)]
}

var dateAbbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "jr": true, "sr": true,
	"gen": true, "lt": true, "col": true, "sgt": true, "gov": true, "sen": true, "rep": true,
	"prof": true, "no": true, "vs": true, "jan": true, "feb": true, "mar": true, "apr": true,
	"jun": true, "jul": true, "aug": true, "sep": true, "sept": true, "oct": true, "nov": true,
	"dec": true, "inc": true, "co": true, "corp": true, "ltd": true,
}

// dateWordEdges reports whether [s, e) starts and ends at word edges by the
// Unicode definition (regexp's \b only knows ASCII: "Marché").
func dateWordEdges(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// dateSquash lower-cases s and turns each run of spaces into one.
func dateSquash(s string) string {
	return dateReSpace.ReplaceAllString(strings.ToLower(s), " ")
}

// dateSpaceAfter reports whether s at i, past any closing quotes, is a
// space or the end of s: the full stop before i may end a sentence.
func dateSpaceAfter(s string, i int) bool {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '"' || r == '\'' || r == '”' || r == '’' || r == ')':
			i += size
		case unicode.IsSpace(r):
			return true
		default:
			return false
		}
	}
	return true
}

func dateIsDigit(c byte) bool { return c >= '0' && c <= '9' }
func dateIsAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// dateIsWordByte is an ASCII word byte, counting the full stop and
// apostrophe inside words such as "No." and "U.S.".
func dateIsWordByte(c byte) bool { return dateIsAlnum(c) || c == '.' || c == '\'' }
