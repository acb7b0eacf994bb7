package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// FurnitureKind says what a piece of page furniture is.
type FurnitureKind uint8

// Kinds of furniture.
const (
	Boilerplate FurnitureKind = iota + 1 // "Advertisement", "READ: ...", "Most Popular", "Sign up ...", "Related: ...", share/subscribe lines, bylines' staff blurbs
	Caption                              // a photo caption: a line ending in or containing a credit like "(photo credit: REUTERS/X)", "(AP Photo/X)", "(Photo: X)", "(Shlomi Amsalem/GPO)", "[@idanroll/Twitter]", "(Courtesy)", "(File photo)", "(Getty Images)"
)

// Furniture is a whole line of an article that is not article prose.
type Furniture struct {
	Start, End int // byte range of the line, without its newline
	Kind       FurnitureKind
}

// FindFurniture returns the furniture lines of text, in order.
//
// It is conservative: a line is furniture only when it is one of the known
// page labels ("Advertisement", "Most Popular", "READ: …", "Sign up …"), a
// staff blurb or credit line near the top or bottom of the article, or ends
// in a photo credit ("… on October 23, 2022. (Shlomi Amsalem/GPO)", "…
// on Tuesday. Picture: Jane Doe/Daily Example"). A
// line that repeats the caption just before it without its credit is a
// caption too. A paragraph with a parenthesis inside ("30 kilometers (16
// miles) west of Tirana") is prose.
func FindFurniture(text string) []Furniture {
	lines := furnSplit(text)
	var out []Furniture
	var prevCaptions []string // the caption texts, without credit, of recent lines
	for _, ln := range lines {
		edge := ln.index < furnEdgeLines || ln.index >= len(lines)-furnEdgeLines
		kind := FurnitureKind(0)
		caption := ""
		lc := furnLower(ln.trim)
		if furnBoilerplate(ln.trim, lc, edge, ln.index) {
			kind = Boilerplate
		} else if before, ok := furnCaption(ln.trim, lc); ok {
			kind, caption = Caption, before
		} else if furnRepeats(ln.trim, prevCaptions) {
			kind, caption = Caption, ln.trim
		}
		if kind != 0 {
			out = append(out, Furniture{Start: ln.start, End: ln.end, Kind: kind})
		}
		if kind == Caption {
			prevCaptions = append(prevCaptions, furnSquash(caption))
		} else {
			prevCaptions = prevCaptions[:0]
		}
		if len(prevCaptions) > 2 {
			prevCaptions = prevCaptions[len(prevCaptions)-2:]
		}
	}
	return out
}

// furnEdgeLines is how many non-empty lines at each end of an article count
// as its top or bottom, where staff blurbs and taglines live.
const furnEdgeLines = 6

// furnLine is one non-empty line of the text: its byte range without the
// newline (or a carriage return before it), its trimmed text, and its index
// among the non-empty lines.
type furnLine struct {
	start, end int
	trim       string
	index      int
}

func furnSplit(text string) []furnLine {
	var lines []furnLine
	for start := 0; start <= len(text); {
		end := strings.IndexByte(text[start:], '\n')
		next := 0
		if end < 0 {
			end = len(text)
			next = len(text) + 1
		} else {
			end += start
			next = end + 1
		}
		e := end
		if e > start && text[e-1] == '\r' {
			e--
		}
		if trim := strings.TrimSpace(text[start:e]); trim != "" {
			lines = append(lines, furnLine{start: start, end: e, trim: trim, index: len(lines)})
		}
		start = next
	}
	return lines
}

var (
	furnExact = map[string]bool{
		"advertisement": true, "sponsored": true, "sponsored content": true, "most popular": true,
		"most read": true, "trending": true, "trending now": true, "share": true, "share this": true,
		"share this article": true, "share this story": true, "comments": true, "clear": true,
		"related": true, "related articles": true, "related stories": true, "read more": true,
		"advertisement - scroll to continue": true,
	}
	furnPrefixes = []string{
		"read:", "read more:", "related:", "also read:", "read also:", "see also:", "watch:",
	}
	// furnSignOffs open a wire story's closing credit in parentheses.
	furnSignOffs = []string{
		"by ", "reporting by ", "additional reporting by ", "with reporting by ", "writing by ",
		"editing by ", "compiled by ", "additional reporting ",
	}
	// furnNotices open notes about the page itself, at its top or bottom.
	furnNotices = []string{
		"this live page", "this page is updated", "this page will be updated", "this is a developing story",
		"this story is developing", "this story has been updated", "this story will be updated",
		"this article has been updated", "this article was updated", "this article will be updated",
		"all times are", "all times local",
		// correction notes: "This article was amended on 15 March 2025
		// to correct the spelling of …"
		"this article was amended", "this article has been amended", "this article was corrected",
		"this article has been corrected", "this story was amended", "this story has been amended",
		"this story was corrected", "this story has been corrected", "an earlier version of this",
		"correction:", "clarification:",
	}
	// furnCallPrefixes open calls to action; they must be followed by a
	// non-letter so that "Subscribers said" stays prose.
	furnCallPrefixes = []string{"sign up", "subscribe", "click here", "follow us"}

	furnTagline = lazyRegexp(`(?i)^(?:[a-z]+ing\b[^.!?"“”]*\bsince \d{4}|(?:established|founded|est\.?)(?: in)? \d{4})$`)
)

// furnBoilerplate reports whether the trimmed line s is page boilerplate.
// edge says whether it is near the top or bottom of the article; index is
// its place among the non-empty lines; lc is s in lower case (furnLower).
func furnBoilerplate(s, lc string, edge bool, index int) bool {
	if furnExact[strings.TrimRight(lc, " :")] {
		return true
	}
	for _, p := range furnPrefixes {
		if strings.HasPrefix(lc, p) {
			return true
		}
	}
	if len(s) < 200 {
		for _, p := range furnCallPrefixes {
			if strings.HasPrefix(lc, p) {
				r, _ := utf8.DecodeRuneInString(lc[len(p):])
				if len(lc) == len(p) || !unicode.IsLetter(r) {
					return true
				}
			}
		}
	}
	if len(s) < 120 && strings.Contains(lc, "contributed to this report") {
		return true
	}
	// "(By Joshua Spurlock, www.themideastupdate.com, October 23, 2022)",
	// "(Reporting by Elena Marsh; Editing by Tom Reyes)"
	if len(s) < 200 && strings.HasPrefix(lc, "(") && strings.HasSuffix(s, ")") {
		for _, p := range furnSignOffs {
			if strings.HasPrefix(lc[1:], p) {
				return true
			}
		}
	}
	if edge && furnStaffBlurb(s, lc) {
		return true
	}
	// "This live page is updated throughout the day. All times are local."
	if edge && len(s) < 160 {
		for _, p := range furnNotices {
			if strings.HasPrefix(lc, p) {
				return true
			}
		}
	}
	// A masthead slogan: "Creating new perspectives since 2009".
	if index < furnEdgeLines && len(strings.Fields(s)) <= 8 && furnTagline().MatchString(s) {
		return true
	}
	return false
}

// furnStaffBlurb recognises "Lazar Berman is The Times of Israel's
// diplomatic reporter" and "The All Israel News Staff is a team of
// journalists in Israel.": a short line, no quotation, whose subject
// before " is " is a capitalised name.
func furnStaffBlurb(s, lc string) bool {
	if len(s) >= 120 || strings.ContainsAny(s, "\"“”") {
		return false
	}
	i := strings.Index(lc, " is ")
	if i <= 0 {
		return false
	}
	subject := strings.Fields(s[:i])
	if len(subject) > 6 {
		return false
	}
	for _, w := range subject {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && w != "of" && w != "the" {
			return false
		}
	}
	switch {
	case strings.Contains(lc, "reporter"), strings.Contains(lc, "correspondent"),
		strings.Contains(lc, "editor"), strings.Contains(lc, "team of journalists"),
		strings.Contains(lc, "contributed to this report"):
		return true
	case strings.Contains(lc, "staff") && !strings.Contains(lc, "of staff"):
		return true
	}
	return false
}

// furnCreditWords mark a parenthesis at the end of a line as a photo credit.
var furnCreditWords = map[string]bool{
	"photo": true, "photos": true, "photograph": true, "photographer": true, "credit": true,
	"credits": true, "courtesy": true, "getty": true, "reuters": true, "ap": true, "afp": true,
	"epa": true, "file": true, "twitter": true, "facebook": true, "instagram": true, "telegram": true,
	"screenshot": true, "screengrab": true, "illustrative": true, "gpo": true, "flash90": true,
	"wikimedia": true, "xinhua": true, "anadolu": true, "handout": true, "pool": true, "images": true,
}

// furnCreditLinks are lower-case words a credit may contain besides names.
var furnCreditLinks = map[string]bool{
	"of": true, "via": true, "by": true, "and": true, "de": true, "van": true, "von": true,
	"al": true, "for": true, "the": true,
}

// furnCaption reports whether the trimmed line s (lc in lower case) ends
// in a photo credit and returns the text before the credit.
func furnCaption(s, lc string) (before string, ok bool) {
	if before, ok := furnLabelledCredit(s, lc); ok {
		return before, true
	}
	before, credit, ok := furnCredit(s)
	if !ok {
		return "", false
	}
	words := strings.Fields(credit)
	if len(words) == 0 || len(words) > 10 || len(credit) > 80 {
		return "", false
	}
	keyword, nameLike := false, true
	for _, w := range words {
		for _, part := range strings.FieldsFunc(furnLower(w), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			if furnCreditWords[part] {
				keyword = true
			}
		}
		r, _ := utf8.DecodeRuneInString(w)
		lw := furnLower(strings.Trim(w, ":,;."))
		if unicode.IsLower(r) && !furnCreditWords[lw] && !furnCreditLinks[lw] {
			nameLike = false
		}
	}
	if !nameLike {
		return "", false
	}
	endsSentence := before == "" || strings.ContainsAny(before[len(before)-1:], ".!?")
	switch {
	case keyword:
		return before, true
	case strings.Contains(credit, "/") && endsSentence:
		return before, true
	case len(words) <= 6 && before != "" && endsSentence:
		return before, true
	}
	return "", false
}

// furnCreditLabels open a credit written without brackets at the end of a
// caption: "… on Tuesday. Picture: Milan Ostrow/Daily Clarion".
var furnCreditLabels = []string{"photograph:", "photo credit:", "picture:", "photo:", "image:", "credit:"}

// furnLabelledCredit reports whether the trimmed line s (lc in lower case)
// ends in a labelled credit that follows a full sentence (or stands
// alone), and returns the text before it. The credit must be short and name-like.
func furnLabelledCredit(s, lc string) (before string, ok bool) {
	for _, label := range furnCreditLabels {
		i := strings.LastIndex(lc, label)
		if i < 0 || (i > 0 && s[i-1] != ' ') {
			continue
		}
		before = strings.TrimSpace(s[:i])
		bar := strings.HasSuffix(before, "|") // "Rama in Tirana | Photo: Reuters"
		before = strings.TrimSpace(strings.TrimSuffix(before, "|"))
		if before != "" && !bar && !strings.ContainsAny(before[len(before)-1:], ".!?") {
			continue
		}
		credit := strings.TrimSpace(strings.TrimRight(s[i+len(label):], ". "))
		words := strings.Fields(credit)
		if len(words) == 0 || len(words) > 8 || len(credit) > 80 || strings.ContainsAny(credit, ".!?;\"“”") && !furnDottedName(credit) {
			continue
		}
		nameLike := true
		for _, w := range words {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsLower(r) && !furnCreditWords[furnLower(w)] && !furnCreditLinks[furnLower(w)] {
				nameLike = false
			}
		}
		if nameLike {
			return before, true
		}
	}
	return "", false
}

// furnDottedName reports whether the only sentence marks in a credit are
// the full stops of a web address or initials ("www.site.com", "J. Doe").
func furnDottedName(credit string) bool {
	if strings.ContainsAny(credit, "!?;\"“”") {
		return false
	}
	for i := 0; i < len(credit); i++ {
		if credit[i] == '.' && (i+1 == len(credit) || credit[i+1] == ' ') && !(i > 0 && 'A' <= credit[i-1] && credit[i-1] <= 'Z' && (i == 1 || credit[i-2] == ' ')) {
			return false
		}
	}
	return true
}

// furnCredit splits a line ending in "(…)" or "[…]", perhaps followed by a
// full stop, into the text before the bracket and the bracket's content.
func furnCredit(s string) (before, credit string, ok bool) {
	s = strings.TrimRight(s, ". \t")
	if len(s) < 2 {
		return "", "", false
	}
	var open byte
	switch s[len(s)-1] {
	case ')':
		open = '('
	case ']':
		open = '['
	default:
		return "", "", false
	}
	i := strings.LastIndexByte(s[:len(s)-1], open)
	if i < 0 {
		return "", "", false
	}
	credit = strings.TrimSpace(s[i+1 : len(s)-1])
	if strings.ContainsAny(credit, "()[]") {
		return "", "", false
	}
	return strings.TrimSpace(s[:i]), credit, true
}

// furnRepeats reports whether s repeats, without its credit, one of the
// captions just before it.
func furnRepeats(s string, captions []string) bool {
	if len(captions) == 0 {
		return false
	}
	sq := furnSquash(s)
	if len(sq) < 10 {
		return false
	}
	for _, c := range captions {
		if c == sq {
			return true
		}
	}
	return false
}

// furnSquash collapses runs of white space to one space and trims a final
// full stop, so that a caption and its repeat compare equal.
func furnSquash(s string) string {
	return strings.TrimRight(strings.Join(strings.Fields(s), " "), ".")
}

// furnLower lower-cases the ASCII letters of s and nothing else, so that
// byte offsets in the result are offsets in s, even in invalid UTF-8.
// A string with no capital is its own lower case; another is copied
// once.
func furnLower(s string) string {
	i := 0
	for i < len(s) && !('A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b.WriteByte(c)
	}
	return b.String()
}
