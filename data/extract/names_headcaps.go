package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// shouted reports whether t is written in capitals (see shouting).
func shouted(t tok) bool { return shouting(t.text) }

// nameCased reports whether t is written as a name is: a capital, then
// lower case ("Wasserman", "McCain").
func nameCased(t tok) bool {
	first, size := utf8.DecodeRuneInString(t.text)
	if !unicode.IsUpper(first) {
		return false
	}
	for _, r := range t.text[size:] {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// endsShouting reports whether ts[i], written in capitals, ends a
// headline run into the prose after it: a capitalised word follows it
// with only spaces between that opens a sentence ("FOR $4.83 BILLION
// The sale") or that the article writes as a name nowhere else ("…
// TRAILERS Enjoy them"), not a name's next word ("KUNA News Agency").
func (nm *namer) endsShouting(ts []tok, i int) bool {
	if i+1 >= len(ts) || !ts[i+1].joined || !nameCased(ts[i+1]) {
		return false
	}
	return commonWords[ts[i+1].low] || !nm.named[ts[i+1].low]
}

// shoutedRun reports whether ts[i], written in capitals, stands next
// to another such word with only spaces between: a headline's words,
// not an acronym in prose.
func shoutedRun(ts []tok, i int) bool {
	return i > 0 && ts[i].joined && shouted(ts[i-1]) || i+1 < len(ts) && ts[i+1].joined && shouted(ts[i+1])
}

// folded returns ts with the words a headline or a caption's lead-in
// writes in capitals ("DNC CHAIR DEBBIE WASSERMAN SCHULTZ RESIGNS After
// months …") read as the article writes them elsewhere: capitals say
// nothing there. A word in capitals stays capitalised when the article
// also writes it as a name ("Schultz") or as an acronym, alone in
// capitals in its prose ("the DNC's"); a lone word in capitals
// ("TAPPER:", "NASCAR") stays too unless the article writes it in lower
// case ("COULD") or it runs into the prose after it ("BILLION The"). Any other is a common word
// ("RESIGNS"), which ends the name before it. ts is copied before it
// is changed, and returned as it is when nothing changes.
func (nm *namer) folded(ts []tok) []tok {
	out := ts
	fold := func(i int) {
		if &out[0] == &ts[0] {
			out = slices.Clone(ts)
		}
		out[i].capital = false
	}
	for i := range ts {
		t := ts[i]
		if !t.capital || !shouted(t) || nm.acronyms[t.low] {
			continue
		}
		run := shoutedRun(ts, i)
		if nm.named[t.low] && run {
			// read as the article writes it: "DAHL" is "Dahl", a name's
			// word, not an acronym's
			if &out[0] == &ts[0] {
				out = slices.Clone(ts)
			}
			out[i].text = nameCase(t.text)
			continue
		}
		if nm.named[t.low] || !run && !nm.lower[t.low] && !nm.endsShouting(ts, i) {
			continue
		}
		fold(i)
	}
	// a name word a headline's common words stand on both sides of is
	// no name of its own ("THE NEW SOCIAL MEDIA PLATFORM"), unless the
	// article names a person by it
	for i := range ts {
		if out[i].capital && shoutedRun(ts, i) && !nm.acronyms[ts[i].low] && !nm.surnames[ts[i].low] &&
			(i == 0 || !out[i-1].capital || !ts[i].joined) && (i+1 == len(ts) || !out[i+1].capital || !ts[i+1].joined) {
			fold(i)
		}
	}
	return out
}

// nameCase writes w, in capitals, as a name is written: "DAHL" is
// "Dahl", "O’MALLEY" "O’malley".
func nameCase(w string) string {
	first, size := utf8.DecodeRuneInString(w)
	return string(first) + strings.ToLower(w[size:])
}

// personCase writes a person's name a headline or a label gives in
// capitals ("DES MOINES", "TAPPER") as a name is written, for the
// actor's name; its mentions cite the text as written. Initials
// ("J.K.") stay.
func personCase(n string) string {
	ws := strings.Fields(n)
	for _, w := range ws {
		if !shouting(w) {
			return n
		}
	}
	for i, w := range ws {
		if !strings.Contains(w, ".") {
			ws[i] = nameCase(w)
		}
	}
	return strings.Join(ws, " ")
}
