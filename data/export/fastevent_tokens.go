package export

// The JSON an eventDecoder reads, token by token: objects, arrays,
// strings cut or interned, text unescaped, plain numbers and literals.

import (
	"bytes"
	"strconv"
	"unicode/utf8"
	"unsafe"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
)

// object decodes an object, calling member with each name, up to its
// first quote, the decoder before its value; member refuses a name it
// does not know.
func (d *eventDecoder) object(member func(name []byte) bool) bool {
	if !d.token('{') {
		return false
	}
	if d.token('}') {
		return true
	}
	for {
		// A name is not checked: one the member knows is plain, and it
		// refuses any other.
		name, ok := d.quoted()
		if !ok || !d.token(':') || !member(name) {
			return false
		}
		if d.token('}') {
			return true
		}
		if !d.token(',') {
			return false
		}
	}
}

// array decodes an array, calling elem before each element.
func (d *eventDecoder) array(elem func() bool) bool {
	if !d.token('[') {
		return false
	}
	if d.token(']') {
		return true
	}
	for {
		if !elem() {
			return false
		}
		if d.token(']') {
			return true
		}
		if !d.token(',') {
			return false
		}
	}
}

func (d *eventDecoder) space() {
	for d.i < len(d.b) && isSpace(d.b[d.i]) {
		d.i++
	}
}

// token consumes c, after any space, if it comes next.
func (d *eventDecoder) token(c byte) bool {
	d.space()
	if d.i < len(d.b) && d.b[d.i] == c {
		d.i++
		return true
	}
	return false
}

// quoted returns the bytes of the string that comes next up to its first
// quote, unchecked, and moves past that quote: the whole string, if it is
// plain (see plain).
func (d *eventDecoder) quoted() ([]byte, bool) {
	if !d.token('"') {
		return nil, false
	}
	n := bytes.IndexByte(d.b[d.i:], '"')
	if n < 0 {
		return nil, false
	}
	s := d.b[d.i : d.i+n : d.i+n]
	d.i += n + 1
	return s, true
}

// plain reports whether s, a string's bytes up to its first quote, are
// the whole string without escapes or control characters, in valid
// UTF-8: its own value.
func plain(s []byte) bool {
	if untrusted.PlainASCII(s, '\\') { // nearly every string of an export
		return true
	}
	for _, c := range s {
		if c < 0x20 || c == '\\' {
			return false
		}
	}
	return utf8.Valid(s)
}

// raw returns the contents of a plain string.
func (d *eventDecoder) raw() ([]byte, bool) {
	s, ok := d.quoted()
	return s, ok && plain(s)
}

func (d *eventDecoder) str(out *string) bool {
	s, ok := d.raw()
	*out = d.keep(s)
	return ok
}

// keep returns b as a string cut from the decoder's current block of
// strings: one allocation for a block of many strings instead of one
// each. A block's bytes are never written again once a string is cut
// from them (only appended after), so the strings stay as they were;
// a block lives while any of its strings does, which for events, kept
// together in their dataset, costs nothing.
func (d *eventDecoder) keep(b []byte) string {
	const blockSize = 64 << 10
	switch {
	case len(b) == 0:
		return ""
	case len(b) > blockSize/16: // a long one keeps no block alive for others
		return string(b)
	case cap(d.block)-len(d.block) < len(b):
		d.block = make([]byte, 0, blockSize)
	}
	from := len(d.block)
	d.block = append(d.block, b...)
	return unsafe.String(&d.block[from], len(b))
}

// idStr is str, interned (see idTable): for the ids and codes events
// repeat.
func (d *eventDecoder) idStr(out *string) bool {
	s, ok := d.quoted()
	if !ok {
		return false
	}
	n := len(s)
	short := n <= 16
	var lo, hi uint64
	if short {
		lo, hi = idBytes(d.b, d.i-n-1, n)
		if v, found := d.table.find(lo, hi, n); found {
			*out = v
			return true
		}
	}
	v, found := d.strs[string(s)]
	if !found {
		if !plain(s) {
			return false
		}
		v = string(s)
		d.strs[v] = v
		if short {
			d.table.add(lo, hi, v)
		}
	}
	*out = v
	return true
}

// text decodes a string that may hold the escapes an article's text
// needs (\n, \t, \", \\ and the like), but no \u escape and no control
// character, in valid UTF-8; anything else is left to JSON v2.
func (d *eventDecoder) text(out *string) bool {
	b, ok := d.unquote()
	if ok {
		*out = string(b)
	}
	return ok
}

// unquote decodes a string as text does, into the decoder's buffer or,
// for one of plain ASCII with no escape (most), from the bytes decoded:
// what it returns is good until the next call, and never written to.
func (d *eventDecoder) unquote() ([]byte, bool) {
	s, ok := d.quoted()
	if !ok {
		return nil, false
	}
	if untrusted.PlainASCII(s, '\\') {
		return s, true
	}
	d.i -= len(s) + 1 // read it again, unescaping
	buf := d.unquoted[:0]
	ascii := true
	for j := d.i; j < len(d.b); {
		k := j
		for k < len(d.b) && !stringEnds[d.b[k]] {
			ascii = ascii && d.b[k] < utf8.RuneSelf
			k++
		}
		buf = append(buf, d.b[j:k]...)
		if k+1 >= len(d.b) || d.b[k] != '\\' {
			if k == len(d.b) || d.b[k] != '"' || !ascii && !utf8.Valid(buf) {
				return nil, false
			}
			d.unquoted, d.i = buf, k+1
			return buf, true
		}
		c, ok := unescape(d.b[k+1])
		if !ok {
			return nil, false
		}
		buf = append(buf, c)
		j = k + 2
	}
	return nil, false
}

// stringEnds marks the bytes that end a run of a string's plain bytes:
// its closing quote, an escape, a control character.
var stringEnds = func() (t [256]bool) {
	for c := range 0x20 {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// unescape returns what the short escape \c stands for.
func unescape(c byte) (byte, bool) {
	switch c {
	case '"', '\\', '/':
		return c, true
	case 'b':
		return '\b', true
	case 'f':
		return '\f', true
	case 'n':
		return '\n', true
	case 'r':
		return '\r', true
	case 't':
		return '\t', true
	}
	return 0, false
}

// integer decodes a non-negative integer written plainly (no sign,
// fraction, exponent or leading zero) of up to 15 digits.
func (d *eventDecoder) integer(out *int) bool {
	d.space()
	n, j := 0, d.i
	for ; j < len(d.b) && '0' <= d.b[j] && d.b[j] <= '9'; j++ {
		n = n*10 + int(d.b[j]-'0')
	}
	digits := j - d.i
	if digits == 0 || digits > 15 || digits > 1 && d.b[d.i] == '0' {
		return false
	}
	if j < len(d.b) && (d.b[j] == '.' || d.b[j] == 'e' || d.b[j] == 'E') {
		return false
	}
	d.i, *out = j, n
	return true
}

// decimal decodes a non-negative number written plainly with at most
// one fraction (an integer as integer reads it, or "0.375"; no sign or
// exponent) of up to 15 digits, as JSON v2 would: strconv.ParseFloat
// rounds the same digits the same way.
func (d *eventDecoder) decimal(out *float64) bool {
	d.space()
	j := d.i
	for ; j < len(d.b) && '0' <= d.b[j] && d.b[j] <= '9'; j++ {
	}
	whole := j - d.i
	if whole == 0 || whole > 1 && d.b[d.i] == '0' {
		return false
	}
	if j < len(d.b) && d.b[j] == '.' {
		k := j + 1
		for ; k < len(d.b) && '0' <= d.b[k] && d.b[k] <= '9'; k++ {
		}
		if k == j+1 {
			return false
		}
		j = k
	}
	if j-d.i > 16 || j < len(d.b) && (d.b[j] == 'e' || d.b[j] == 'E') {
		return false
	}
	f, err := strconv.ParseFloat(string(d.b[d.i:j]), 64)
	if err != nil {
		return false
	}
	d.i, *out = j, f
	return d.delimited()
}

func (d *eventDecoder) boolean(out *bool) bool {
	d.space()
	switch {
	case bytes.HasPrefix(d.b[d.i:], []byte("true")):
		d.i += 4
		*out = true
	case bytes.HasPrefix(d.b[d.i:], []byte("false")):
		d.i += 5
		*out = false
	default:
		return false
	}
	return d.delimited()
}

func (d *eventDecoder) null() bool {
	d.space()
	if !bytes.HasPrefix(d.b[d.i:], []byte("null")) {
		return false
	}
	d.i += 4
	return d.delimited()
}

// delimited reports whether a literal just read ends there, as in
// JSON a literal must ("truex" is not true).
func (d *eventDecoder) delimited() bool {
	return d.i == len(d.b) || isDelim(d.b[d.i])
}
