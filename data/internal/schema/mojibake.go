package schema

import (
	"bytes"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Mojibake is text that reads like UTF-8 decoded as Windows-1252 and
// encoded again: "Ã©" for "é", "â€™" for "’".
type Mojibake struct {
	Count int    // places in the text
	Line  int    // 1-based line of the first
	Seen  string // the first place's characters, as the text has them
	Meant string // the character they stand for
}

// FindMojibake finds the places in UTF-8 text where a run of characters,
// written back as Windows-1252 bytes, is one UTF-8 character of its own
// beyond ASCII. Such runs are all but unknown in real text ("Ã" followed
// by "©"), so each is counted; ok is false where there is none.
func FindMojibake(text []byte) (m Mojibake, ok bool) {
	// U+00C2 to U+00F4, the Windows-1252 characters of UTF-8's lead bytes,
	// are all written C3 xx in UTF-8, so only those places are read
	for off := 0; ; {
		i := bytes.IndexByte(text[off:], 0xC3)
		if i < 0 {
			break
		}
		at := off + i
		lead, n := utf8.DecodeRune(text[at:])
		off = at + max(n, 1)
		seen, meant, ok := readMojibake(text[at:], lead)
		if !ok {
			continue
		}
		if m.Count == 0 {
			m.Line = bytes.Count(text[:at], []byte("\n")) + 1
			m.Seen, m.Meant = seen, meant
		}
		m.Count++
		off = at + len(seen)
	}
	return m, m.Count > 0
}

// readMojibake reads the run that lead opens at the start of text: lead
// as a UTF-8 lead byte, followed by as many characters standing for
// continuation bytes as it asks for.
func readMojibake(text []byte, lead rune) (seen, meant string, ok bool) {
	var need int
	switch {
	case lead >= 0xC2 && lead <= 0xDF:
		need = 1
	case lead >= 0xE0 && lead <= 0xEF:
		need = 2
	case lead >= 0xF0 && lead <= 0xF4:
		need = 3
	default:
		return "", "", false
	}
	b := []byte{byte(lead)}
	end := utf8.RuneLen(lead)
	for range need {
		r, n := utf8.DecodeRune(text[end:])
		c, ok := cp1252Byte(r)
		if !ok || c < 0x80 || c > 0xBF {
			return "", "", false
		}
		b = append(b, c)
		end += n
	}
	r, n := utf8.DecodeRune(b)
	if r == utf8.RuneError || n != len(b) {
		return "", "", false
	}
	return string(text[:end]), string(r), true
}

// cp1252Byte is the Windows-1252 byte of r; the five bytes that code
// page leaves undefined pass through as C1 controls, as decoders do.
func cp1252Byte(r rune) (byte, bool) {
	if r >= 0x80 && r <= 0x9F {
		return byte(r), true
	}
	return charmap.Windows1252.EncodeRune(r)
}
