package page

import (
	"cmp"
	"slices"
	"strings"
)

// Headline returns the claim the page's headline comes from: its <h1>,
// else the JSON-LD headline, og:title, another title tag, its <title>
// (less the site's name, as go-readability cuts it) or go-readability's
// guess, in that order.
func (p *Page) Headline() (Claim, bool) {
	best, rank := Claim{}, -1
	for _, c := range p.All(Title) {
		if r := titleRank(c); rank < 0 || r < rank {
			best, rank = c, r
		}
	}
	return best, rank >= 0
}

func titleRank(c Claim) int {
	switch {
	case strings.HasPrefix(c.Where, "<h1"):
		return 0
	case strings.HasPrefix(c.Where, "JSON-LD"):
		return 1
	case strings.Contains(c.Where, "og:title"):
		return 2
	case strings.HasPrefix(c.Where, "<meta"):
		return 3
	case c.Where == "<title>":
		return 4
	}
	return 5
}

// titleSeparators are what sites put between a headline and their name
// in a <title>.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » "}

// siteFromTitle adds the site's name as the <title> gives it, where the
// <title> is a headline the page gives elsewhere and the site's name
// either side of it ("Kessel Daily Post - Tram drivers kept home").
func siteFromTitle(claims []Claim) []Claim {
	i := slices.IndexFunc(claims, func(c Claim) bool { return c.Where == "<title>" })
	if i < 0 || slices.ContainsFunc(claims, func(c Claim) bool { return c.Field == Site && c.Where == "<title>" }) {
		return claims
	}
	title := claims[i]
	for _, h := range claims {
		if h.Field != Title || h.Where == "<title>" || h.Value == title.Value {
			continue
		}
		rest, ok := strings.CutPrefix(title.Value, h.Value)
		if !ok {
			rest, ok = strings.CutSuffix(title.Value, h.Value)
		}
		if !ok {
			continue
		}
		for _, sep := range titleSeparators {
			name := strings.TrimSpace(strings.Trim(strings.TrimSpace(rest), strings.TrimSpace(sep)))
			if strings.Contains(" "+rest+" ", sep) && name != "" && len(name) <= 60 && len(strings.Fields(name)) <= 6 {
				return append(claims, Claim{Field: Site, Value: name, Where: "<title>", Line: title.Line})
			}
		}
	}
	return claims
}

// placeGuesses adds go-readability's title to the claims the markup
// makes. A guess the markup already makes is dropped; a title
// cut from the <title> takes that claim's place, since it is the same
// words less the site's name.
func placeGuesses(claims, guesses []Claim) []Claim {
	for _, g := range guesses {
		dup := slices.ContainsFunc(claims, func(c Claim) bool {
			return c.Field == g.Field && strings.EqualFold(c.Value, g.Value)
		})
		if dup {
			continue
		}
		if g.Field == Title {
			i := slices.IndexFunc(claims, func(c Claim) bool { return c.Where == "<title>" })
			if i >= 0 && strings.Contains(claims[i].Value, g.Value) {
				claims[i].Value = g.Value
				continue
			}
		}
		claims = append(claims, g)
	}
	// within a field, in page order; guesses, which have no line, last
	slices.SortStableFunc(claims, func(a, b Claim) int {
		return cmp.Or(cmp.Compare(a.Field, b.Field), cmp.Compare(placeless(a), placeless(b)), cmp.Compare(a.Line, b.Line))
	})
	return claims
}

// placeless is 1 for a claim with no line, which sorts after the rest.
func placeless(c Claim) int {
	if c.Line == 0 {
		return 1
	}
	return 0
}

// compose writes the article's text: the headline, then the byline and
// the dateline as the page shows them, each on a line of its own unless
// the article's body already opens with it; a blank line; the body; a
// newline.
func compose(p *Page, body string) string {
	head := body[:min(len(body), 2048)]
	var lines []string
	if h, ok := p.Headline(); ok && !strings.HasPrefix(body, h.Value) {
		lines = append(lines, h.Value)
	}
	if b, ok := shown(p, Byline); ok && !strings.Contains(head, b.Shown) && !strings.Contains(head, b.Value) {
		lines = append(lines, b.Shown)
	}
	if d, ok := shown(p, Published); ok && !strings.Contains(head, d.Shown) {
		lines = append(lines, d.Shown)
	}
	var b strings.Builder
	if len(lines) > 0 {
		b.WriteString(strings.Join(lines, "\n"))
		b.WriteString("\n\n")
	}
	b.WriteString(strings.TrimSpace(body))
	b.WriteString("\n")
	return b.String()
}

// shown returns the first claim about f that an element makes with words
// a reader sees.
func shown(p *Page, f Field) (Claim, bool) {
	for _, c := range p.All(f) {
		if c.Shown != "" {
			return c, true
		}
	}
	return Claim{}, false
}
