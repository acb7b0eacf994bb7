package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// How the name finder reads organisations' names and governments.

// org reads an organisation's name: one whose last word, or the word
// before its "of", is an organisation's ("Treasury Department",
// "Ministry of Foreign Affairs"), or an acronym ("NATO", "F.B.I.").
// After a possessive that is not a person's, the owner is part of the
// name and may give its country ("Iran’s Ministry of Foreign Affairs",
// "People’s Mujahedin of Iran").
func (nm *namer) org(r run, ts []tok) (found, bool) {
	if n := len(ts); n > 1 && ts[n-1].low == "local" && orgHeadAt(ts, n-2) {
		ts = ts[:n-1] // "Teamsters Union Local 414": the union's branch, named by its number
	}
	kind, ok := orgHeads[ts[len(ts)-1].low]
	if !ok {
		for i, t := range ts {
			// "Ministry of Defence", "Center for American Progress"
			if (t.low == "of" || t.low == "for") && i > 0 {
				kind, ok = orgHeads[ts[i-1].low]
				break
			}
		}
	}
	// An "and" joins the words of an organisation's name after its "of"
	// or "for" ("Ministry of Intelligence and Security", "Center for
	// Economic and Policy Research"), or after a thing's word
	// that opens it (see andInside); "Washington and the United Nations"
	// are two names.
	of := false
	for i, t := range ts {
		of = of || t.low == "of" || t.low == "for"
		if t.low == "and" && !of && !nm.andInside(ts, i) || t.low == "the" {
			return found{}, false
		}
	}
	if !ok && len(ts) == 1 && isAcronym(ts[0].text) && !stopAcronyms[ts[0].low] && !nm.dateline(ts[0]) {
		kind, ok = timeline.Organisation, true
	}
	if !ok || len(ts) == 1 && ts[0].sentence && nm.lower[ts[0].low] {
		return found{}, false
	}
	start, end := ts[0].start, ts[len(ts)-1].end
	f := found{kind: nameOrg, org: kind}
	words := make([]string, len(ts))
	for i, t := range ts {
		words[i] = t.text
	}
	f.country = countryInWords(words, true) // "New Jersey Transit" is not Jersey's
	if p := r.possessor; p != nil && len(p.toks) <= 4 {
		pt := p.toks
		for len(pt) > 1 && pt[0].low == "the" {
			pt = pt[1:]
		}
		plural := pt[len(pt)-1].plural // "Rail Workers’ Union"
		if h, ok := countryOf(nm.textOf(pt)); ok && h.kind == countryName || plural || commonWords[pt[0].low] || len(pt) == 1 && nm.lower[pt[0].low] {
			start = pt[0].start
			if ok && h.kind == countryName {
				f.country = h.code
			}
		}
	}
	if start == ts[0].start && len(ts) == 1 && !singleOrgs[ts[0].low] && !isAcronym(ts[0].text) && !nm.speaking {
		return found{}, false // "Police", "Press": one word that heads names is not one
	}
	f.start, f.end, f.text = start, end, nm.text[start:end]
	return f, true
}

// andInside reports whether the "and" at ts[i] joins the words of one
// organisation's name that its last word heads (rec28s): one or two
// words before it, the last a thing's word the article also writes in
// lower case, none heading a name of its own nor naming a country or
// place ("Fire and Rescue Service", "Transit and Tramway Workers
// Union"). "Treasury Department and State Department",
// "Iowa and New Hampshire Democratic Party" and "Google and Microsoft
// Research" are two names.
func (nm *namer) andInside(ts []tok, i int) bool {
	if i < 1 || i > 2 || i+1 >= len(ts) || !ts[i+1].capital || !nm.lower[ts[i-1].low] || !orgHeadAt(ts, len(ts)-1) {
		return false
	}
	for _, t := range ts[:i] {
		if !t.capital || t.poss || orgHeadAt([]tok{t}, 0) {
			return false
		}
	}
	_, country := countryOf(nm.textOf(ts[:i]))
	return !country && !isPlace(lows(ts[:i]))
}

// dateline reports whether t is the place in capitals that opens a
// report: "STAVNA —", "WASHINGTON (AP) —".
func (nm *namer) dateline(t tok) bool {
	if t.start > 0 && nm.text[t.start-1] != '\n' {
		return false
	}
	rest := strings.TrimLeft(nm.text[t.end:min(len(nm.text), t.end+12)], " ")
	if after, ok := strings.CutPrefix(rest, ","); ok {
		// "BERGEN, Norway" / "WASHINGTON, Dec. 8", not "O’Malley, who …"
		r, _ := utf8.DecodeRuneInString(strings.TrimLeft(after, " "))
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "-") || strings.HasPrefix(rest, "–") || strings.HasPrefix(rest, "(")
}

// governments are the lower-case words after a name that make it a
// government's: "Albanian government", "Biden administration".
var governments = []string{" government", " administration", " regime"}

// governed reads a country's adjective or name, a capital or a person's
// name followed by "government", "administration" or "regime" as that
// government.
func (nm *namer) governed(ts []tok) (found, bool) {
	_, country := countryOf(nm.textOf(ts))
	if len(ts) > 3 || !country && len(ts) == 1 && (nm.lower[ts[0].low] || commonWords[ts[0].low]) {
		return found{}, false // "Communist regime"
	}
	end := ts[len(ts)-1].end
	for _, g := range governments {
		if strings.HasPrefix(nm.text[end:], g) && !wordRuneAt(nm.text, end+len(g), len(nm.text)) {
			f := found{start: ts[0].start, end: end + len(g), kind: nameOrg, org: timeline.Government}
			f.text = nm.text[f.start:f.end]
			if h, ok := countryOf(nm.textOf(ts)); ok {
				f.country = h.code
			}
			return f, true
		}
	}
	return found{}, false
}

// orgHeadAt reports whether ts[i] heads an organisation's name.
func orgHeadAt(ts []tok, i int) bool {
	_, ok := orgHeads[ts[i].low]
	return ok
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			letters++
		case r == '.' || r == '&':
		default:
			return false
		}
	}
	return letters >= 2 && letters <= 6
}

// stopAcronyms are capitals that name no organisation.
var stopAcronyms = set(`tv ok am pm ceo cfo coo gdp id dna lgbt lgbtq aids hiv phd usa us uk ii iii iv vi
	q&a faq a.m p.m u.s u.k rip lol omg pc t.v l.g.b.t est edt cst cdt mst mdt pst pdt gmt utc bst cet
	al ak az ar ca co ct de fl ga hi ia il in ks ky la ma md me mi mn mo ms mt nc nd ne nh nj nm nv ny oh ok or pa
	ri sc sd tn tx ut va vt wa wi wv wy dc ba bs mba m.b.a jd`)
