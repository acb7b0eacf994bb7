package data

import (
	"html"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// with their content; whitespace collapses as a browser collapses it.
func tlPlain(s string) string {
	if !strings.ContainsAny(s, "<&") { // plain text already: one paragraph
		return tlOneLine(timeline.Clean(s))
	}
	return tlPlainHTML(s)
}

// tlPlainHTML is tlPlain for text that may hold markup.
func tlPlainHTML(s string) string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if p := tlOneLine(cur.String()); p != "" {
			paras = append(paras, p)
		}
		cur.Reset()
	}
	tagged := false // an inline tag came right before this text
	for s != "" {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			i = len(s)
		}
		text := timeline.Clean(html.UnescapeString(s[:i]))
		if tagged && tlGlued(cur.String(), text) {
			cur.WriteByte(' ')
		}
		cur.WriteString(text)
		s, tagged = s[i:], false
		if s == "" {
			break
		}
		name, n := tlTag(s)
		if n == 0 { // a "<" that starts no tag is text
			cur.WriteByte('<')
			s = s[1:]
			continue
		}
		s = s[n:]
		switch {
		case name == "script" || name == "style":
			s = tlSkipElement(s, name)
		case tlBlockTag(strings.TrimPrefix(name, "/")):
			flush()
		case name == "td" || name == "th":
			cur.WriteByte(' ')
		default:
			tagged = true
		}
	}
	flush()
	return strings.Join(paras, "\n")
}

// tlGlued reports whether an inline tag alone parts a sentence's end from
// the next one ("Project.<span>Videos"): markup TimelineJS styles as a
// block, which plain text must part with a space.
func tlGlued(before, after string) bool {
	last, _ := utf8.DecodeLastRuneInString(before)
	next, _ := utf8.DecodeRuneInString(after)
	return strings.ContainsRune(".!?", last) && unicode.IsUpper(next)
}

// tlOneLine collapses every run of whitespace, newlines included, to a
// single space, and trims the ends.
func tlOneLine(s string) string {
	if isOneLine(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// isOneLine reports whether s is ASCII with single spaces between words
// and none at the ends: what tlOneLine would give back unchanged.
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

// tlTag reads the tag, comment or declaration s starts with: its lower-case
// name ("/p" for a closing tag, "" for a comment) and length. A tag left
// open runs to the end of s, as in a browser. n is 0 when s starts no tag.
func tlTag(s string) (name string, n int) {
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
	if i >= len(s) || !tlLetter(s[i]) {
		return "", 0
	}
	j := i
	for j < len(s) && (tlLetter(s[j]) || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	name = strings.ToLower(s[1:j])
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

func tlLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// tlSkipElement skips past the end tag of the element named, or to the end.
func tlSkipElement(s, name string) string {
	for {
		i := strings.Index(s, "</")
		if i < 0 {
			return ""
		}
		s = s[i:]
		if tag, n := tlTag(s); tag == "/"+name {
			return s[n:]
		}
		s = s[2:]
	}
}

// tlBlockTag reports whether an element ends a line of text.
func tlBlockTag(name string) bool {
	switch name {
	case "p", "br", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "hr",
		"h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "section", "article", "header",
		"footer", "aside", "nav", "main", "figure", "figcaption", "address":
		return true
	}
	return false
}
