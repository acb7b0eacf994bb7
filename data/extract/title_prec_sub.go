package extract

import (
	"strings"
	"unicode"
)

// subclauseOpeners open an adjunct whose own happening a date phrase in
// it dates: a clause ("after two men died when a crane collapsed on
// Monday", "who a week ago declared …") or a time preposition's noun
// phrase ("after the attacks on Friday"). "that" and "as" are left out:
// what a verb of saying reports after "that" is often the title, and
// "as" opens comparisons as often as clauses.
var subclauseOpeners = set(`after before when while since until because once who whom whose which where`)

// timePreps are subclauseOpeners that are prepositions too: the date
// right after one is its own phrase ("after Monday's vote", "since
// May"), not a date inside what it opens.
var timePreps = set(`after before since until`)

// datedInSubclause reports whether every date phrase dating m stands in
// an adjunct that opens on a word of subclauseOpeners, with no comma
// between that word and the date, while the verb of m's title stands
// outside it: the date then tells when something else happened than
// what the title says ("Dockers will walk out from Friday … after two
// men died when a crane collapsed on Monday" is dated by the collapse;
// its title is the walkout).
func datedInSubclause(m *mention) bool {
	text := m.article.Text.Verbatim()
	if len(m.dates) == 0 || m.start < 0 || m.end > len(text) || m.start >= m.end {
		return false
	}
	t, _ := mentionTitle(m)
	ws, _, j := mainVerbAt(t)
	if j < 0 {
		return false
	}
	verb := strings.Trim(ws[j], ",;:.“”\"'’()")
	s := text[m.start:m.end]
	at := wordIndex(s, verb)
	if at < 0 {
		return false
	}
	for _, d := range m.dates {
		if d.Start < m.start || d.End > m.end {
			return false
		}
		open := subclauseBefore(s, d.Start-m.start)
		if open < 0 || at >= open && at < d.End-m.start {
			return false // the date is the main clause's, or the title's verb is the adjunct's own
		}
	}
	return true
}

// subclauseBefore is the byte offset in s of the nearest word of
// subclauseOpeners before byte i with no comma, semicolon, colon or
// dash between (and, for one of timePreps, another word), or -1.
func subclauseBefore(s string, i int) int {
	for k := i - 1; k >= 0; k-- {
		switch c := s[k]; {
		case c == ',' || c == ';' || c == ':':
			return -1
		case strings.HasPrefix(s[k:], " — ") || strings.HasPrefix(s[k:], " – ") || strings.HasPrefix(s[k:], " - "):
			return -1
		case c == ' ' && k+1 < i:
			w := strings.ToLower(firstWord(s[k+1:]))
			if subclauseOpeners[w] && k+1+len(w) < i && (!timePreps[w] || strings.TrimSpace(s[k+1+len(w):i]) != "") {
				return k + 1
			}
		}
	}
	if w := strings.ToLower(firstWord(s)); subclauseOpeners[w] && len(w) < i && (!timePreps[w] || strings.TrimSpace(s[len(w):i]) != "") {
		return 0
	}
	return -1
}

// wordIndex is the byte offset of the first whole word w in s, or -1.
func wordIndex(s, w string) int {
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(w)
		before := i == 0 || !isWordByte(s[i-1])
		after := end >= len(s) || !isWordByte(s[end])
		if before && after {
			return i
		}
		from = i + 1
	}
	return -1
}

func isWordByte(c byte) bool {
	return c >= 0x80 || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)) || c == '\'' || c == '-'
}
