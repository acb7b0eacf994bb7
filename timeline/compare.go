package timeline

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aymanbagabas/go-udiff/lcs"
)

// Comparing renderings. Outlets quote the same statement in different
// words: one trims the ends, one puts an ellipsis where another keeps the
// words, one writes "an historical" for "a historical". Align lines up two
// renderings word by word, marks what differs and classifies the
// difference. Quote marks, apostrophe styles, letter case and whitespace
// are not differences (an outlet capitalises a quotation to fit its own
// sentence); everything else, punctuation included, is.

// TokenKind says what a token is.
type TokenKind uint8

const (
	Word TokenKind = iota
	Punct
	Ellipsis // "…" or "...", an outlet's sign that it left words out
)

// Token is a word, a punctuation mark or an ellipsis in a quote.
type Token struct {
	Text       string // as written
	Norm       string // what comparison sees: lower case, apostrophes unified, ellipses one form
	Kind       TokenKind
	Fragment   int // which of the rendering's fragments it is in
	Start, End int // byte offsets within that fragment
	Mark       Mark
}

// Mark says how a token relates to the rendering it was compared against.
type Mark uint8

const (
	Same    Mark = iota
	Added        // the other rendering does not have these words here
	Changed      // the other rendering has different words here
	Elision      // an ellipsis standing where the other rendering has words
)

func (m Mark) String() string { return [...]string{"same", "added", "changed", "elision"}[m] }

// quoteMarks are never tokens: outlets differ in how they open and close
// quotations, and that is not a difference in what was said.
const quoteMarks = "\"“”„‟«»‹›"

// apostrophes are all read as ' (Iran’s and Iran's are the same word).
var apostrophes = strings.NewReplacer("’", "'", "‘", "'", "ʼ", "'", "`", "'")

// Tokenize splits s into words, punctuation marks and ellipses. A word is
// letters, digits and marks, with inner apostrophes, hyphens and periods
// ("Iran's", "cyber-attack", "U.S."); a single quote at a word's edge is
// a quote mark and is dropped, as are double quote marks.
func Tokenize(s string) []Token {
	// about one token in six bytes of prose: one allocation for most
	out := make([]Token, 0, len(s)/6+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || strings.ContainsRune(quoteMarks, r) || isApostrophe(r):
			i += size
		case r == '…':
			out = append(out, Token{Text: s[i : i+size], Norm: "…", Kind: Ellipsis, Start: i, End: i + size})
			i += size
		case r == '.' && strings.HasPrefix(s[i:], "..."):
			j := i
			for j < len(s) && s[j] == '.' {
				j++
			}
			out = append(out, Token{Text: s[i:j], Norm: "…", Kind: Ellipsis, Start: i, End: j})
			i = j
		case isWordRune(r):
			j := i + size
			for j < len(s) {
				r2, n := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n
					continue
				}
				// Inner joiners stay in the word when a word rune follows.
				if isApostrophe(r2) || r2 == '-' || r2 == '.' && !strings.HasPrefix(s[j:], "...") {
					r3, n3 := utf8.DecodeRuneInString(s[j+n:])
					if j+n < len(s) && isWordRune(r3) && (r2 != '.' || isAbbrev(s[i:j])) {
						j += n + n3
						continue
					}
				}
				break
			}
			out = append(out, Token{Text: s[i:j], Norm: normWord(s[i:j]), Kind: Word, Start: i, End: j})
			i = j
		default:
			out = append(out, Token{Text: s[i : i+size], Norm: s[i : i+size], Kind: Punct, Start: i, End: i + size})
			i += size
		}
	}
	return out
}

// normWord is a word's Norm: lower case, apostrophes unified. A word of
// ASCII with no backquote has no apostrophe to unify: it is lowered
// alone, and is its own Norm, with nothing allocated, when it has no
// capital; the rest take the general way.
func normWord(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf || c == '`' {
			return strings.ToLower(apostrophes.Replace(w))
		}
		upper = upper || 'A' <= c && c <= 'Z'
	}
	if upper {
		return strings.ToLower(w)
	}
	return w
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' || r == '‘' || r == 'ʼ' || r == '`' }

// isAbbrev reports whether a period after w continues an abbreviation such
// as "U.S.": w is one letter, or letters separated by periods.
func isAbbrev(w string) bool {
	for i, part := range strings.Split(w, ".") {
		if utf8.RuneCountInString(part) != 1 && !(i > 0 && part == "") {
			return false
		}
	}
	return true
}

// Class describes how a rendering departs from the one it was compared
// against. It is a set: a rendering may be both elided and reworded.
type Class uint8

const (
	Reworded    Class = 1 << iota // words differ inside the quoted stretch, with no ellipsis to say so
	Elided                        // an ellipsis stands where the other has words
	Partial                       // only a fragment: under half the other's words, the rest cut at the ends
	Trimmed                       // words the other has are cut at the start or end
	Fuller                        // quotes words at the ends, or where the other has an ellipsis, that the other leaves out
	Punctuation                   // punctuation differs
)

// Identical is the empty class: the same words and punctuation.
const Identical Class = 0

var classNames = []string{"reworded", "elided", "partial", "trimmed", "fuller", "punctuation"}

// Has reports whether c includes every class in x.
func (c Class) Has(x Class) bool { return c&x == x }

// Names lists the classes in c, most telling first; "identical" when empty.
func (c Class) Names() []string {
	if c == Identical {
		return []string{"identical"}
	}
	var out []string
	for i, n := range classNames {
		if c&(1<<i) != 0 {
			out = append(out, n)
		}
	}
	return out
}

func (c Class) String() string { return strings.Join(c.Names(), ", ") }

// Op is the kind of an aligned difference.
type Op uint8

const (
	OpAdded   Op = iota // words here, none there
	OpDropped           // words there, none here
	OpChanged           // different words on each side
	OpElided            // an ellipsis here, words there
)

func (o Op) String() string { return [...]string{"added", "dropped", "changed", "elided"}[o] }

// Difference is one aligned difference between a rendering (here) and the
// one it is compared against (there).
type Difference struct {
	Op    Op
	Here  string // this rendering's words, joined by spaces ("" when dropped)
	There string // the other rendering's words ("" when added)
	At    int    // index of the first token here (for a drop, of the token it precedes)
}

// String says the difference in words, from this rendering's side.
func (d Difference) String() string {
	q := func(s string) string { return "“" + s + "”" }
	switch {
	case d.Op == OpAdded && d.There == "":
		return "adds " + q(d.Here)
	case d.Op == OpDropped && d.Here == "":
		return "lacks " + q(d.There)
	case d.Op == OpElided && d.Here == "":
		return "elides " + q(d.There) + " (its ellipsis is beside it)"
	case d.Op == OpElided:
		return "elides " + q(d.There) + " as " + q(d.Here)
	}
	return "has " + q(d.Here) + " where the other has " + q(d.There)
}

// Comparison is the result of comparing one rendering against another.
type Comparison struct {
	Tokens      []Token // this rendering's tokens, each marked
	Differences []Difference
	Class       Class
}

// Align aligns here against there, both given as fragments (an outlet
// may quote a statement in pieces split by an attribution; the pieces are
// read as one run of words). It is pure and deterministic.
func Align(here, there []string) Comparison {
	return alignTokens(tokenizeFragments(here), tokenizeFragments(there))
}

// alignTokens is Align over renderings already tokenised: it marks a's
// tokens, which the comparison keeps, and only reads b's.
func alignTokens(a, b []Token) Comparison {
	c := Comparison{Tokens: a}
	na, nb := norms(a), norms(b)
	diffs := compact(lcs.DiffLines(na, nb), na, nb)
	aw, bw := countWords(a), countWords(b)
	for _, d := range diffs {
		ha, hb := a[d.Start:d.End], b[d.ReplStart:d.ReplEnd]
		atStart := d.Start == 0 && d.ReplStart == 0
		atEnd := d.End == len(a) && d.ReplEnd == len(b)
		diff := Difference{Here: joinTokens(ha), There: joinTokens(hb), At: d.Start}
		edge := atStart || atEnd
		wordsHere, wordsThere := countWords(ha) > 0, countWords(hb) > 0
		switch {
		case hasKind(ha, Ellipsis): // an ellipsis here where there are words, or nothing
			diff.Op = OpElided
			mark(ha, Changed)
			c.Class |= Elided
			if wordsHere {
				c.Class |= Reworded
			}
		case wordsHere && !wordsThere && hasKind(hb, Ellipsis): // words the other elided
			diff.Op = OpAdded
			mark(ha, Added)
			c.Class |= Fuller
		case !wordsHere && !wordsThere: // punctuation (or an ellipsis there and nothing here)
			diff.Op = opFor(ha, hb)
			mark(ha, Changed)
			c.Class |= Punctuation
		case !wordsThere: // words only here, perhaps for punctuation there
			diff.Op = OpAdded
			mark(ha, Added)
			if len(hb) > 0 {
				c.Class |= Punctuation
			}
			if edge || nextTo(b, d.ReplStart, Ellipsis) {
				c.Class |= Fuller
			} else {
				c.Class |= Reworded
			}
		case !wordsHere: // words only there, perhaps for punctuation here
			diff.Op = OpDropped
			mark(ha, Changed)
			if len(ha) > 0 {
				c.Class |= Punctuation
			}
			switch {
			case nextTo(a, d.Start, Ellipsis): // an ellipsis here already says words are missing
				diff.Op = OpElided
				c.Class |= Elided
			case edge:
				c.Class |= Trimmed
			default:
				c.Class |= Reworded
			}
		default:
			diff.Op = OpChanged
			mark(ha, Changed)
			c.Class |= Reworded
		}
		c.Differences = append(c.Differences, diff)
	}
	if c.Class.Has(Trimmed) && !c.Class.Has(Reworded) && !c.Class.Has(Elided) && 2*aw < bw {
		c.Class = c.Class&^Trimmed | Partial
	}
	return c
}

// compact joins gaps that an alignment split for no reason. Among
// alignments of equal length, lcs may match a common word inside what is
// really one gap ("… [is] unwanted but totally forced on us, is"); when a
// one-sided gap can slide back over the equal run before it onto the
// previous gap (the run repeats the gap's tail, as in git's diff
// compaction), the two become one gap.
func compact(diffs []lcs.Diff, a, b []string) []lcs.Diff {
	var out []lcs.Diff
	for _, d := range diffs {
		if len(out) > 0 {
			prev := &out[len(out)-1]
			if k := d.Start - prev.End; k > 0 && slides(d, k, a, b) {
				prev.End = d.End - k
				prev.ReplEnd = d.ReplEnd - k
				// The k equal tokens move past the merged gap: still equal.
				continue
			}
		}
		out = append(out, d)
	}
	return out
}

// slides reports whether the one-sided gap d can move k tokens back, each
// step keeping the alignment valid: the token before the gap equals the
// gap's last token.
func slides(d lcs.Diff, k int, a, b []string) bool {
	switch {
	case d.Start == d.End && d.ReplStart < d.ReplEnd: // words only there
		for i := 1; i <= k; i++ {
			if d.ReplStart-i < 0 || b[d.ReplStart-i] != b[d.ReplEnd-i] {
				return false
			}
		}
		return true
	case d.ReplStart == d.ReplEnd && d.Start < d.End: // words only here
		for i := 1; i <= k; i++ {
			if d.Start-i < 0 || a[d.Start-i] != a[d.End-i] {
				return false
			}
		}
		return true
	}
	return false
}

// nextTo reports whether the token just before position i, or at it, is of
// kind k.
func nextTo(ts []Token, i int, k TokenKind) bool {
	return i > 0 && ts[i-1].Kind == k || i < len(ts) && ts[i].Kind == k
}

// opFor names a difference by which sides have tokens.
func opFor(here, there []Token) Op {
	switch {
	case len(here) == 0:
		return OpDropped
	case len(there) == 0:
		return OpAdded
	}
	return OpChanged
}

func tokenizeFragments(frags []string) []Token {
	if len(frags) == 1 {
		return Tokenize(frags[0]) // its tokens are all in fragment 0
	}
	var out []Token
	for i, f := range frags {
		for _, t := range Tokenize(f) {
			t.Fragment = i
			out = append(out, t)
		}
	}
	return out
}

func norms(ts []Token) []string {
	out := make([]string, len(ts))
	for i, t := range ts {
		out[i] = t.Norm
	}
	return out
}

func mark(ts []Token, m Mark) {
	for i := range ts {
		if ts[i].Kind == Ellipsis {
			ts[i].Mark = Elision
		} else {
			ts[i].Mark = m
		}
	}
}

func countWords(ts []Token) int {
	n := 0
	for _, t := range ts {
		if t.Kind == Word {
			n++
		}
	}
	return n
}

func hasKind(ts []Token, k TokenKind) bool {
	for _, t := range ts {
		if t.Kind == k {
			return true
		}
	}
	return false
}

// allKind reports whether ts is not empty and every token is of kind k.
func allKind(ts []Token, k TokenKind) bool {
	for _, t := range ts {
		if t.Kind != k {
			return false
		}
	}
	return len(ts) > 0
}

// joinTokens writes tokens as text: words spaced, punctuation attached.
func joinTokens(ts []Token) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 && t.Kind != Punct {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// Overlap reports how many words two renderings share in order, and how
// many words the shorter of them has: the basis for deciding that two
// quotations render the same statement. Case, quote marks, apostrophe
// style and punctuation are ignored, as in [Align].
func Overlap(here, there []string) (shared, shorter int) {
	a, b := wordNorms(tokenizeFragments(here)), wordNorms(tokenizeFragments(there))
	shorter = min(len(a), len(b))
	shared = len(a) // every word of here not deleted or replaced is shared
	for _, d := range lcs.DiffLines(a, b) {
		shared -= d.End - d.Start
	}
	return min(shared, shorter), shorter
}

func wordNorms(ts []Token) []string {
	var out []string
	for _, t := range ts {
		if t.Kind == Word {
			out = append(out, t.Norm)
		}
	}
	return out
}
