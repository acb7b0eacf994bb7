package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tok is a word of an article as the name finder reads it: letters and
// digits with the joiners inside them (O’Malley, al-Assad), an initial's
// or an abbreviation's period ("E.", "U.S.", "Sen."), and a possessive
// "’s" cut off and noted.
type tok struct {
	start, end int
	text       string // as written, without a possessive
	low        string // lower-cased, without a final period
	capital    bool   // opens with an upper-case letter (or is al-/bin- before one)
	sentence   bool   // opens a sentence, a quotation or a bracket
	joined     bool   // only spaces stand between it and the word before
	poss       bool   // followed by ’s or 's, or its plural's ’ ("Workers’")
	plural     bool   // the possessive is a plural's
}

// abbrevs keep their period as part of the word.
var abbrevs = set(`mr mrs ms dr sen rep gov gen lt col capt adm sgt maj cmdr jr sr st rev prof inc corp co ltd mt ft
	vs messrs gens sens reps govs`)

// spacesOnly reports whether s holds only spaces, tabs and no-break
// spaces: strings.Trim(s, " \t\u00a0") == "" without the cutset's slow
// path.
func spacesOnly(s string) bool {
	for _, r := range s {
		if r != ' ' && r != '\t' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// tokens splits text[lo:hi] into toks.
func tokens(text string, lo, hi int) []tok {
	out := make([]tok, 0, (hi-lo)/6+1) // a word and its space are about six bytes
	sentence := opensSentence(text, lo)
	for i := lo; i < hi; {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			// a stop, a line, a bracket or an opening quote mark opens a
			// sentence; a straight mark opens one only after a space
			switch {
			case strings.ContainsRune(".?!:“(‘[\n`", r) || (r == '"' || r == '\'' && strings.HasPrefix(text[i:hi], "''")) && (i == lo || strings.ContainsRune(" \t\n", rune(text[i-1]))):
				sentence = true // a straight mark, or two apostrophes for one, after a space
			case !unicode.IsSpace(r) && !strings.ContainsRune("”’\")]'", r):
				sentence = false // "…,” From said": a comma; a closing mark keeps what came before it
			}
			i += size
			continue
		}
		t := tok{start: i, sentence: sentence}
		possEnd := 0
		j := i + size
		for j < hi {
			r2, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) || unicode.IsMark(r2) {
				j += n
				continue
			}
			next, n2 := utf8.DecodeRuneInString(text[min(j+n, hi):])
			inner := j+n < hi && isWordRune(next)
			if (r2 == '’' || r2 == '\'') && !inner && (text[j-1] == 's' || text[j-1] == 'S') && j-i > 2 {
				t.poss, t.plural = true, true // "Workers’ Union"
				possEnd = j + n
				break
			}
			if (r2 == '’' || r2 == '\'') && inner {
				if (next == 's' || next == 'S') && !wordRuneAt(text, j+n+n2, hi) {
					t.poss = true // the possessive ends the word
					possEnd = j + n + n2
					break
				}
				j += n
				continue
			}
			if r2 == '-' && inner {
				j += n
				continue
			}
			if r2 == '.' && inner && j+n+n2 < hi && text[j+n+n2] == '.' {
				j += n // "U.S": the period of an abbreviation in letters
				continue
			}
			break
		}
		if j < hi && text[j] == '.' && !t.poss {
			w := strings.ToLower(text[i:j])
			if utf8.RuneCountInString(w) == 1 || abbrevs[w] || strings.Contains(w, ".") {
				j++ // "E.", "Sen.", "U.S."
			}
		}
		t.end, t.text = j, text[i:j]
		t.low = strings.TrimSuffix(strings.ToLower(t.text), ".")
		first, _ := utf8.DecodeRuneInString(t.text)
		t.capital = unicode.IsUpper(first) || (strings.HasPrefix(t.low, "al-") || strings.HasPrefix(t.low, "el-") || strings.HasPrefix(t.low, "bin-")) && len(t.text) > 3 && unicode.IsUpper(rune(t.text[3]))
		if n := len(out); n > 0 {
			gap := text[out[n-1].end:i]
			if out[n-1].poss {
				gap = strings.TrimLeft(gap, "’'sS")
				if out[n-1].plural {
					_, size := utf8.DecodeRuneInString(text[out[n-1].end:])
					gap = text[out[n-1].end+size : i]
				}
			}
			t.joined = gap != "" && spacesOnly(gap)
		}
		out = append(out, t)
		sentence = false
		if t.poss {
			j = possEnd
		}
		i = j
	}
	return out
}

// opensSentence reports whether a sentence may begin at i: at the text's
// start, or after a stop, a colon or a line, across spaces and closing
// marks, or just after an opening mark.
func opensSentence(text string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		switch {
		case r == ' ' || r == '\t' || r == '\u00a0':
			j -= size
			continue
		case strings.ContainsRune("”’\")]", r) && j-size > 0:
			if p, _ := utf8.DecodeLastRuneInString(text[:j-size]); r == '"' && (p == ' ' || p == '\n') {
				return true // an opening straight mark
			}
			j -= size
			continue
		}
		return strings.ContainsRune(".?!:\n“‘(", r)
	}
	return true
}

func wordRuneAt(text string, i, hi int) bool {
	if i >= hi {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[i:])
	return isWordRune(r)
}

// linkers join the words of one name: "Bank of America", "Ministry of
// Intelligence and Security", "Charles de Gaulle".
var linkers = set(`of and de del della di da van von der den la le du bin al el y for on &`)

// run is a stretch of capitalised words, with the linkers between them.
type run struct {
	toks []tok
	// possessor is the run just before, when this one follows its
	// possessive: "Iran’s Ministry of Foreign Affairs".
	possessor *run
}

// runs returns the runs of capitalised words in ts.
func runs(ts []tok) []run {
	var out []run
	for i := 0; i < len(ts); {
		if !ts[i].capital {
			i++
			continue
		}
		j := i + 1
		for j < len(ts) && ts[j].joined && !ts[j-1].poss {
			if ts[j].capital {
				j++
				continue
			}
			// a linker, or "of the", between two capitalised words; "to"
			// after a title ("Ambassador to Albania")
			k := j
			for k < len(ts) && k-j < 2 && ts[k].joined && !ts[k].capital && (linkers[ts[k].low] || ts[k].low == "to" && k == j && isTitle(ts[k-1])) || k < len(ts) && k > j && ts[k].low == "the" && ts[k].joined {
				k++
			}
			if k > j && k < len(ts) && ts[k].capital && ts[k].joined {
				j = k + 1
				continue
			}
			break
		}
		r := run{toks: ts[i:j]}
		if n := len(out); n > 0 && i > 0 && ts[i-1].poss && &out[n-1].toks[len(out[n-1].toks)-1] == &ts[i-1] && !ts[i].sentence {
			prev := out[n-1]
			r.possessor = &prev
		}
		out = append(out, r)
		i = j
	}
	return out
}
