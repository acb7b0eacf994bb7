package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// finishAttributions, once every article is read, settles the statements
// whose quotes credit more than one speaker (see bestCross): an
// extracted statement takes the speaker most outlets credit, and the
// outlets' credits become an attribution discrepancy (see
// attributionDiscrepancy).
func (x *extractor) finishAttributions() {
	var mixed []int // statements, in the dataset's order
	byStatement := map[string][]int{}
	for qi := range x.parts.Quotes {
		q := &x.parts.Quotes[qi]
		byStatement[q.Statement] = append(byStatement[q.Statement], qi)
	}
	for si := range x.parts.Statements {
		s := &x.parts.Statements[si]
		qis := byStatement[s.ID]
		if slices.ContainsFunc(qis, func(qi int) bool { return x.parts.Quotes[qi].Speaker != s.Speaker }) {
			mixed = append(mixed, si)
		}
	}
	for _, si := range mixed {
		s := &x.parts.Statements[si]
		credits := x.credits(byStatement[s.ID])
		if s.Extracted {
			s.Speaker = credits[0].speaker
		}
		if d, ok := x.attributionDiscrepancy(s, credits); ok {
			x.parts.Discrepancies = append(x.parts.Discrepancies, d)
		}
	}
}

// credit is a speaker the quotes of one statement credit, and where.
type credit struct {
	speaker string
	quotes  int      // how many quotes credit it
	outlets []string // in the order of the quotes
	sides   []timeline.Claim
}

// credits returns the speakers the quotes qis credit, the one most
// outlets credit first, then in the order of the quotes; each with a
// side per outlet whose attribution names it (see names): "he said" or
// no attribution at all is how cyberdesk read the article, not what the
// outlet wrote, and a discrepancy cites what outlets wrote.
func (x *extractor) credits(qis []int) []credit {
	var out []credit
	for _, qi := range qis {
		q := &x.parts.Quotes[qi]
		k := slices.IndexFunc(out, func(c credit) bool { return c.speaker == q.Speaker })
		if k < 0 {
			k = len(out)
			out = append(out, credit{speaker: q.Speaker})
		}
		c := &out[k]
		c.quotes++
		outlet := x.outletOf(q.Span.Article)
		if slices.Contains(c.outlets, outlet) || !x.names(q.Attribution, q.Speaker) {
			continue
		}
		c.outlets = append(c.outlets, outlet)
		c.sides = append(c.sides, timeline.Claim{Span: x.creditSpan(q), Reading: x.lx.actor(q.Speaker).Name})
	}
	slices.SortStableFunc(out, func(a, b credit) int {
		if len(a.outlets) != len(b.outlets) {
			return len(b.outlets) - len(a.outlets)
		}
		return b.quotes - a.quotes
	})
	return out
}

// creditSpan is the words by which q's outlet credits its speaker: its
// attribution, and the quotation with it when both are in one paragraph,
// as a curated side cites them ("… winter storms,” the Harbour Authority
// said"). A side that overlaps the quotation also ties the discrepancy
// to the statement's events (timeline's DiscrepancyEvents).
func (x *extractor) creditSpan(q *timeline.Quote) timeline.Span {
	at := q.Attribution
	a, ok := x.article(at.Article)
	if !ok {
		return at
	}
	start, end := min(at.Start, q.Span.Start), max(at.End, q.Span.End)
	if strings.Contains(a.Text[start:end].Verbatim(), "\n") {
		return at
	}
	return spanOf(a, start, end)
}

// names reports whether an attribution names speaker: a capitalised word
// of it is a word of the speaker's name or of an alias ("The FBI
// concluded", "Comey said"; not "he said").
func (x *extractor) names(at timeline.Span, speaker string) bool {
	if at == (timeline.Span{}) {
		return false
	}
	act := x.lx.actor(speaker)
	own := map[string]bool{}
	for _, n := range append([]string{act.Name}, act.Aliases...) {
		for _, w := range words(n) {
			own[w] = true
		}
	}
	for _, t := range timeline.Tokenize(at.Text.String()) {
		if r, _ := utf8.DecodeRuneInString(t.Text); t.Kind == timeline.Word && unicode.IsUpper(r) && own[t.Norm] {
			return true
		}
	}
	return false
}

// attributionDiscrepancy is the discrepancy of statement s's credits,
// worded as a curated one: "Who said …: Breitbart credits FBI; New York
// Times and Politico credit James Comey". Speakers whose names differ
// only in accents and case ("Calderon", "Calderón"), or whose one name
// ends the other ("McConnell", "Mitch McConnell", "Senators Mitch
// McConnell"), are one; ok is false when no two outlets credit different
// speakers.
func (x *extractor) attributionDiscrepancy(s *timeline.Statement, credits []credit) (timeline.Discrepancy, bool) {
	d := timeline.Discrepancy{Kind: timeline.DiscrepancyAttribution, Extracted: true}
	var parts, names []string
	outlets := map[string]bool{}
	for _, c := range credits {
		name := x.lx.actor(c.speaker).Name
		plain := plainName(name)
		if len(c.outlets) == 0 || slices.ContainsFunc(names, func(n string) bool { return endsName(n, plain) || endsName(plain, n) }) {
			continue
		}
		names = append(names, plain)
		var named []string
		for _, o := range c.outlets {
			named = append(named, x.outletName(o))
			outlets[o] = true
		}
		verb := " credits "
		if len(named) > 1 {
			verb = " credit "
		}
		parts = append(parts, joinAnd(named)+verb+name)
		d.Sides = append(d.Sides, c.sides...)
	}
	if len(names) < 2 || len(outlets) < 2 {
		return d, false
	}
	d.ID = x.unique(s.ID + "-attribution")
	d.Description = "Who said " + s.Label + ": " + strings.Join(parts, "; ")
	return d, true
}

// joinAnd joins names as a sentence lists them: "A", "A and B", "A, B
// and C".
func joinAnd(names []string) string {
	if len(names) < 2 {
		return strings.Join(names, "")
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// endsName reports whether the words of plain name short end those of
// plain name long: "mitch mcconnell" ends "senators mitch mcconnell".
func endsName(long, short string) bool {
	l, s := strings.Fields(long), strings.Fields(short)
	return len(s) > 0 && len(s) <= len(l) && slices.Equal(l[len(l)-len(s):], s)
}

// plainName is a name with its accents and case folded away.
func plainName(name string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(name) {
		if !unicode.Is(unicode.Mn, r) {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}
