package untrusted

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// marker is written in place of every contiguous run of removed input (see
// [Clean]), so a reader knows the text was altered. It is an ordinary
// printable rune (U+2327 X IN A RECTANGLE BOX), so cleaning is idempotent.
const marker = "\u2327"

const (
	// maxStringSeq caps the body of an unterminated string sequence (OSC,
	// DCS, SOS, PM, APC): after this many bytes it ends and the text after
	// it is shown.
	maxStringSeq = 1024
	// maxMarks is the longest run of combining marks (Mn, Me) kept.
	maxMarks = 4
)

// Clean makes text written by others safe and single-purpose for a
// terminal. Every string that came from a corpus passes through here (or
// [CleanLine]) before it is printed or drawn. The output is valid UTF-8
// holding only '\n', ' ' and graphic runes (unicode.IsGraphic, which
// excludes every control, format, surrogate, unassigned and noncharacter
// code point) plus private-use runes. The rules, applied left to right:
//
// Escape sequences are removed whole. After ESC (0x1B):
//   - '[' starts a CSI: any parameter bytes 0x30–0x3F, then any intermediate
//     bytes 0x21–0x2F, then one final byte 0x40–0x7E. The first byte that
//     does not fit that shape ends the CSI and is then read as ordinary
//     text; so a space (which ECMA-48 allows as an intermediate) always
//     ends a CSI: "\x1b[31 visible" keeps " visible".
//   - ']' (OSC), 'P' (DCS), 'X' (SOS), '^' (PM) and '_' (APC) start a string
//     sequence. Its body ends at BEL, at ST (ESC '\' or U+009C), both
//     consumed; at any other ESC, which is then read as the start of a new
//     escape sequence; at a newline, which is kept as text; or after
//     1024 body bytes, whatever follows being text. So an unterminated OSC 52
//     clipboard write swallows at most the rest of its line.
//   - a byte 0x21–0x2F starts an nF sequence: more bytes 0x21–0x2F, then an
//     optional final byte 0x30–0x7E, with the same rule as CSI for a byte
//     that does not fit.
//   - any other byte 0x30–0x7E makes a two-byte sequence (ESC c, ESC 7, a
//     lone ESC '\').
//   - anything else (space, a control, a non-ASCII byte, the end) leaves
//     the ESC alone: it is removed and that byte is read as text.
//
// The C1 introducers written as code points act like their ESC forms:
// U+009B as CSI, U+009D, U+0090, U+0098, U+009E and U+009F as string
// sequences. Escape sequences work on bytes; a raw 0x9B byte (or any other
// byte that is not part of valid UTF-8) is not an introducer.
//
// Outside escape sequences:
//   - invalid UTF-8: each maximal run of bytes that do not decode becomes
//     one U+FFFD, which is visible, so no marker is added. An invalid lead
//     byte cannot hide the ESC after it: "\xc3\x1b[31mred" gives "�⌧red".
//   - '\n' is kept; '\t' becomes one space; CR is removed ("\r\n" becomes
//     "\n", a lone CR simply disappears, so "abc\rxyz" shows "abcxyz").
//   - U+2028 and U+2029 (line and paragraph separators) become '\n'.
//   - U+00AD (soft hyphen) and U+FEFF (BOM, zero-width no-break space) are
//     removed: they are invisible typesetting noise in real articles.
//   - U+200C and U+200D (zero-width non-joiner and joiner) are kept: Persian
//     writes most words with them and emoji sequences need them, and they
//     cannot hide, reorder or overwrite text.
//   - every other C0 control (backspace included) and DEL, every C1 code
//     point U+0080–U+009F, and every rune neither graphic nor private use is
//     removed. That takes format characters (Cf: bidi embeddings, overrides
//     and isolates, U+061C, U+200B–U+200F, U+2060–U+2064, the tag characters
//     U+E0001 and U+E0020–U+E007F), unassigned code points (as of the
//     unicode package's version, so also U+E0000 and the other reserved tag
//     code points) and the noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF.
//   - private-use runes (Co) are kept: fonts draw them (icon fonts do).
//   - at most 4 combining marks (Mn, Me) in a row are kept, counted in the
//     output; more are removed (this stops "Zalgo" text from covering the
//     lines around it).
//
// Wherever anything was removed except by the CR, tab, U+2028/U+2029, soft
// hyphen and U+FEFF rules, one marker "⌧" (U+2327) is written per
// contiguous run of removed input (runs joined by those silent removals
// count as one), immediately before the next rune kept (a newline
// included), or at the end. The marker is an ordinary rune: it starts a new
// run of combining marks, and a second Clean keeps it.
//
// Clean(Clean(s)) == Clean(s) for every s. A string that needs no change is
// returned as is, without allocating.
func Clean(s string) string {
	i, marks := cleanPrefix(s)
	if i == len(s) {
		return s
	}
	c := cleaner{marks: marks}
	c.b.Grow(len(s) + len(marker))
	c.b.WriteString(s[:i])
	c.run(s[i:])
	return c.b.String()
}

// CleanLine is [Clean] folded onto one line: every run of whitespace
// (unicode.IsSpace: newlines, no-break spaces and the other Unicode spaces)
// becomes one space, and the ends are trimmed. Single-line fields (titles,
// table cells) use it.
func CleanLine(s string) string {
	if plainLine(s) {
		return s
	}
	s = Clean(s)
	if isOneLine(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// plainLine reports whether s is printable ASCII with single spaces
// between words: its own CleanLine, found in one pass, eight bytes at a
// time, as most titles and names are.
func plainLine(s string) bool { return PlainLine(s, 0, 0) }

// isOneLine reports whether s (already cleaned) is its own [CleanLine]: no
// space but single ASCII spaces between other runes.
func isOneLine(s string) bool {
	prev := true // a space at the start is as bad as two in a row
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < utf8.RuneSelf {
			if c == '\n' || c == ' ' && prev {
				return false
			}
			prev = c == ' '
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			return false
		}
		prev = false
		i += size - 1
	}
	return !prev || s == ""
}

// runeClass is what Clean does with a valid rune outside escape sequences.
type runeClass uint8

const (
	rKeep    runeClass = iota // printable: written as is
	rMark                     // combining mark (Mn, Me): written if the run allows
	rNewline                  // U+2028, U+2029: written as '\n'
	rSilent                   // removed without a marker (U+00AD, U+FEFF)
	rDrop                     // removed, marked
	rCSI                      // U+009B
	rStr                      // U+009D, U+0090, U+0098, U+009E, U+009F
)

// classify sorts a rune of 0x80 or more. The common blocks of news text are
// settled before the Unicode tables are searched; TestClassifyAllRunes
// checks that the shortcuts agree with [classifySlow] for every rune.
func classify(r rune) runeClass {
	switch {
	case r < 0xA0:
		switch r {
		case 0x9B:
			return rCSI
		case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
			return rStr
		}
		return rDrop
	case r < 0x300: // Latin-1, Latin Extended-A and B, IPA, modifier letters
		if r == 0xAD {
			return rSilent
		}
		return rKeep
	case r >= 0x2010 && r <= 0x205F: // general punctuation, less its controls
		switch {
		case r == 0x2028 || r == 0x2029:
			return rNewline
		case r >= 0x202A && r <= 0x202E:
			return rDrop
		}
		return rKeep
	}
	return classifySlow(r)
}

// classifySlow is classify by the Unicode tables alone.
func classifySlow(r rune) runeClass {
	switch {
	case r == 0x9B:
		return rCSI
	case r == 0x90, r == 0x98, r == 0x9D, r == 0x9E, r == 0x9F:
		return rStr
	case r == 0xAD, r == 0xFEFF:
		return rSilent
	case r == 0x200C, r == 0x200D:
		return rKeep // joiners: Persian words and emoji need them, and they hide nothing
	case r == 0x2028, r == 0x2029:
		return rNewline
	case unicode.Is(unicode.Mn, r), unicode.Is(unicode.Me, r):
		return rMark
	case unicode.IsGraphic(r), unicode.Is(unicode.Co, r):
		return rKeep
	}
	return rDrop
}

// cleanPrefix returns the length of the longest prefix of s that Clean leaves as
// it is, and the number of combining marks it ends with.
func cleanPrefix(s string) (n, marks int) {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\n' || c == 0x7F {
				return i, marks
			}
			marks = 0
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return i, marks
		}
		switch classify(r) {
		case rKeep:
			marks = 0
		case rMark:
			if marks == maxMarks {
				return i, marks
			}
			marks++
		default:
			return i, marks
		}
		i += size
	}
	return len(s), marks
}

// cleaner is Clean's slow path.
type cleaner struct {
	b       strings.Builder
	pending bool // input was removed since the last rune written: a marker is owed
	marks   int  // combining marks at the end of b
}

// flush writes the marker owed, if any, before a rune is written.
func (c *cleaner) flush() {
	if c.pending {
		c.b.WriteString(marker)
		c.pending = false
		c.marks = 0
	}
}

func (c *cleaner) putByte(b byte) {
	c.flush()
	c.b.WriteByte(b)
	c.marks = 0
}

func (c *cleaner) putRune(r rune) {
	c.flush()
	c.b.WriteRune(r)
	c.marks = 0
}

// putMark writes a combining mark unless maxMarks are already in a row (a
// marker owed would be written first and start a new row).
func (c *cleaner) putMark(r string) {
	if c.marks >= maxMarks {
		c.pending = true
		return
	}
	c.flush()
	c.b.WriteString(r)
	c.marks++
}

func (c *cleaner) run(s string) {
	for i := 0; i < len(s); {
		b := s[i]
		switch {
		case b >= 0x20 && b < 0x7F, b == '\n':
			j := i + 1
			for j < len(s) && (s[j] >= 0x20 && s[j] < 0x7F || s[j] == '\n') {
				j++
			}
			c.flush()
			c.b.WriteString(s[i:j])
			c.marks = 0
			i = j
		case b == '\t':
			c.putByte(' ')
			i++
		case b == '\r':
			i++
		case b == 0x1B:
			c.pending = true
			i = escEnd(s, i+1)
		case b < utf8.RuneSelf: // other C0 controls, DEL
			c.pending = true
			i++
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				for i++; i < len(s) && s[i] >= utf8.RuneSelf; i++ {
					if r, size := utf8.DecodeRuneInString(s[i:]); r != utf8.RuneError || size != 1 {
						break
					}
				}
				c.putRune(utf8.RuneError)
				continue
			}
			switch classify(r) {
			case rKeep:
				c.flush()
				c.b.WriteString(s[i : i+size])
				c.marks = 0
			case rMark:
				c.putMark(s[i : i+size])
			case rNewline:
				c.putByte('\n')
			case rSilent:
			case rDrop:
				c.pending = true
			case rCSI:
				c.pending = true
				i = csiEnd(s, i+size)
				continue
			case rStr:
				c.pending = true
				i = strEnd(s, i+size)
				continue
			}
			i += size
		}
	}
	c.flush()
}

// escEnd returns where the escape sequence whose ESC ends just before i
// ends.
func escEnd(s string, i int) int {
	if i == len(s) {
		return i
	}
	switch b := s[i]; {
	case b == '[':
		return csiEnd(s, i+1)
	case b == ']', b == 'P', b == 'X', b == '^', b == '_':
		return strEnd(s, i+1)
	case b >= 0x21 && b <= 0x2F: // nF: intermediates, then a final byte
		for i++; i < len(s) && s[i] >= 0x21 && s[i] <= 0x2F; i++ {
		}
		if i < len(s) && s[i] >= 0x30 && s[i] <= 0x7E {
			i++
		}
		return i
	case b >= 0x30 && b <= 0x7E:
		return i + 1
	}
	return i
}

// csiEnd returns where the CSI whose introducer ends just before i ends.
func csiEnd(s string, i int) int {
	for i < len(s) && s[i] >= 0x30 && s[i] <= 0x3F {
		i++
	}
	for i < len(s) && s[i] >= 0x21 && s[i] <= 0x2F {
		i++
	}
	if i < len(s) && s[i] >= 0x40 && s[i] <= 0x7E {
		i++
	}
	return i
}

// strEnd returns where the string sequence (OSC, DCS, SOS, PM, APC) whose
// introducer ends just before i ends.
func strEnd(s string, i int) int {
	end := min(len(s), i+maxStringSeq)
	for ; i < end; i++ {
		switch s[i] {
		case 0x07:
			return i + 1
		case '\n':
			return i
		case 0x1B:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i
		case 0xC2:
			if i+1 < len(s) && s[i+1] == 0x9C {
				return i + 2
			}
		}
	}
	return i
}

// Text is text exactly as a source has it: an article, and the spans cited
// from it. It is kept byte for byte because spans count its bytes, so it
// may hold escape sequences and invisible characters that would act on a
// terminal. Printing it through fmt or String cleans it; only Verbatim
// gives the bytes, for offsets and comparison, never for display.
type Text string

// String is the text cleaned for display: [Clean].
func (r Text) String() string { return Clean(string(r)) }

// Verbatim is the exact bytes. Never print them: use String.
func (r Text) Verbatim() string { return string(r) }
