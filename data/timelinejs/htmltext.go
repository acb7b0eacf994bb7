package timelinejs

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// plain reduces a TimelineJS cell, HTML or plain text, to the text a
// reader sees: tags are dropped, entities decoded, block elements (p, br,
// li, headings) end a paragraph, script and style elements are dropped
// with their content; whitespace collapses as a browser collapses it.
func plain(s string) string {
	if simple(s) {
		return s
	}
	if !markup(s) { // plain text already: one paragraph
		return oneLine(untrusted.Clean(s))
	}
	return plainHTML(s)
}

// appendPlain appends plain(s) to dst, allocating nothing where plain
// would return part of s or where s holds markup.
func appendPlain(dst []byte, s string) []byte {
	if !markup(s) {
		return append(dst, plain(s)...)
	}
	return appendPlainHTML(dst, s)
}

// simple reports whether s is printable ASCII, without markup, with
// single spaces between words and none at its ends: text plain gives back
// as it is, which most cells are. It reads s once, eight bytes at a time,
// where cleaning and collapsing it would read it twice.
func simple(s string) bool { return untrusted.PlainLine(s, '<', '&') }

// markup reports whether s holds a '<' or a '&': whether it may hold
// tags or entities. (strings.ContainsAny makes a set of its bytes for each
// call; a cell is read a byte at a time faster.)
func markup(s string) bool {
	for i := range len(s) {
		if c := s[i]; c == '<' || c == '&' {
			return true
		}
	}
	return false
}

// plainHTML is plain for text that may hold markup; only the result is
// allocated.
func plainHTML(s string) string {
	b := appendPlainHTML(make([]byte, 0, len(s)), s) // markup and entities make the text shorter than s, most often
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendPlainHTML appends plainHTML(s) to dst. Each paragraph is written
// to dst collapsed onto one line as its text comes (paras), not gathered
// and collapsed after: a run of text without markup, entities or runs of
// white space, which most are, is copied once, as it is.
func appendPlainHTML(dst []byte, s string) []byte {
	w := paras{dst: dst, start: len(dst)}
	tagged := false // an inline tag came right before this text
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			i = len(s)
		}
		w.segment(s[:i], tagged)
		s, tagged = s[i:], false
		if s == "" {
			break
		}
		name, n := tagAt(s)
		if n == 0 { // a "<" that starts no tag is text
			w.word("<")
			s = s[1:]
			continue
		}
		s = s[n:]
		switch {
		case name == "script" || name == "style":
			s = skipElement(s, name)
		case blockTag(strings.TrimPrefix(name, "/")):
			w.end()
		case name == "td" || name == "th":
			w.space = true
		default:
			tagged = true
		}
	}
	return w.dst
}

// paras writes paragraphs of text to dst as appendOneLine would collapse
// each, and a newline between two that are not empty.
type paras struct {
	dst   []byte
	start int  // where the paragraphs start in dst
	words bool // the paragraph has a word written
	space bool // white space came since the paragraph's last word
}

// segment writes the text between two tags (entities not yet decoded),
// parted from the paragraph's text before by a space where an inline tag
// alone parts two sentences (tagged, glued).
func (w *paras) segment(t string, tagged bool) {
	// Most text is simple (as it is once decoded and cleaned) but for a
	// space at either end, which a word would leave out anyway.
	mid := t
	lead := mid != "" && mid[0] == ' '
	if lead {
		mid = mid[1:]
	}
	trail := mid != "" && mid[len(mid)-1] == ' '
	if trail {
		mid = mid[:len(mid)-1]
	}
	if !simple(mid) {
		t = untrusted.Clean(html.UnescapeString(t))
		if tagged && w.glued(t) {
			w.space = true
		}
		w.text(t)
		return
	}
	if tagged && w.glued(t) {
		w.space = true
	}
	w.space = w.space || lead
	if mid != "" {
		w.word(mid)
	}
	w.space = w.space || trail
}

// glued is glued(the paragraph's text so far, next): its last rune is
// the last written unless white space came after it.
func (w *paras) glued(next string) bool {
	if !w.words || w.space {
		return false
	}
	return glued(w.dst, next)
}

// text writes s, collapsing its white space: each run of it that holds
// no white space but single ASCII spaces between ASCII bytes that are not
// white space is written at once.
func (w *paras) text(s string) {
	for i := 0; i < len(s); {
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf {
				if !asciiSpace[c] || c == ' ' && j > i && j+1 < len(s) && s[j+1] < utf8.RuneSelf && !asciiSpace[s[j+1]] {
					j++
					continue
				}
				break
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if unicode.IsSpace(r) {
				break
			}
			j += size
		}
		if j > i {
			w.word(s[i:j])
		}
		for j < len(s) { // white space
			if c := s[j]; c < utf8.RuneSelf {
				if !asciiSpace[c] {
					break
				}
				j++
			} else if r, size := utf8.DecodeRuneInString(s[j:]); unicode.IsSpace(r) {
				j += size
			} else {
				break
			}
			w.space = true
		}
		i = j
	}
}

// word writes b, which holds no white space but single spaces inside it.
func (w *paras) word(b string) {
	switch {
	case !w.words && len(w.dst) > w.start:
		w.dst = append(w.dst, '\n')
	case w.words && w.space:
		w.dst = append(w.dst, ' ')
	}
	w.dst = append(w.dst, b...)
	w.words, w.space = true, false
}

// end ends a paragraph.
func (w *paras) end() { w.words, w.space = false, false }

// appendOneLine appends s to dst as oneLine would give it: every run of
// white space (as unicode.IsSpace has it) one space, none at the ends.
func appendOneLine(dst, s []byte) []byte {
	start, space := len(dst), false // space: white space came since the last word
	for i := 0; i < len(s); {
		j := i
		for j < len(s) && s[j] < utf8.RuneSelf && !asciiSpace[s[j]] {
			j++
		}
		n := j - i
		if n == 0 { // white space, or a rune that is not ASCII
			r, size := utf8.DecodeRune(s[i:])
			if r < utf8.RuneSelf || unicode.IsSpace(r) {
				space, i = true, i+size
				continue
			}
			n = size
		}
		if space && len(dst) > start {
			dst = append(dst, ' ')
		}
		dst, space, i = append(dst, s[i:i+n]...), false, i+n
	}
	return dst
}

// asciiSpace is the ASCII white space strings.Fields splits on.
var asciiSpace = [utf8.RuneSelf]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// glued reports whether an inline tag alone parts a sentence's end from
// the next one ("Project.<span>Videos"): markup TimelineJS styles as a
// block, which plain text must part with a space.
func glued(before []byte, after string) bool {
	last, _ := utf8.DecodeLastRune(before)
	next, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune(".!?", last) && unicode.IsUpper(next)
}

// oneLine collapses every run of whitespace, newlines included, to a
// single space, and trims the ends.
func oneLine(s string) string {
	if isOneLine(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isOneLine reports whether s is ASCII with single spaces between words
// and none at the ends: what oneLine would give back unchanged.
func isOneLine(s string) bool {
	if s == "" || s[0] == ' ' || s[len(s)-1] == ' ' {
		return s == ""
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf, c == '\t', c == '\n', c == '\v', c == '\f', c == '\r':
			return false
		case c == ' ' && s[i+1] == ' ':
			return false
		}
	}
	return true
}

// tagAt reads the tag, comment or declaration s starts with: its lower-case
// name ("/p" for a closing tag, "" for a comment) and length. A tag left
// open runs to the end of s, as in a browser. n is 0 when s starts no tag.
func tagAt(s string) (name string, n int) {
	if strings.HasPrefix(s, "<!--") {
		if end := strings.Index(s[4:], "-->"); end >= 0 {
			return "", 4 + end + 3
		}
		return "", len(s)
	}
	i := 1
	if i < len(s) && (s[i] == '/' || s[i] == '!' || s[i] == '?') {
		i++
	}
	if i >= len(s) || !isLetter(s[i]) {
		return "", 0
	}
	j, upper := i, false
	for ; j < len(s); j++ {
		c := s[j]
		if 'A' <= c && c <= 'Z' {
			upper = true
		} else if (c < 'a' || c > 'z') && (c < '0' || c > '9') {
			break
		}
	}
	name = s[1:j] // ASCII letters and digits: lower-cased only if it holds a capital
	if upper {
		name = strings.ToLower(name)
	}
	var quote byte
	for k := j; k < len(s); k++ {
		switch c := s[k]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			quote = c
		case c == '>':
			return name, k + 1
		}
	}
	return name, len(s)
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// skipElement skips past the end tag of the element named, or to the end.
func skipElement(s, name string) string {
	for {
		i := strings.Index(s, "</")
		if i < 0 {
			return ""
		}
		s = s[i:]
		if tag, n := tagAt(s); tag == "/"+name {
			return s[n:]
		}
		s = s[2:]
	}
}

// blockTag reports whether an element ends a line of text.
func blockTag(name string) bool {
	switch name {
	case "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr",
		"h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "section", "article", "header",
		"footer", "aside", "nav", "main", "figure", "figcaption", "address":
		return true
	}
	return false
}
