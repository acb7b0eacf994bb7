package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// speechWords are the verbs of saying that credit a quotation ("said",
// "told", "wondered"), in the forms news prose uses them.
var speechWords = set(`said says say told tells added adds noted notes stated stating states wrote writes
	tweeted tweets posted posts declared declares announced announces warned warns insisted insists argued
	argues explained explains stressed stresses emphasized emphasised emphasizes emphasises acknowledged
	acknowledges admitted admits claimed claims denied denies rejected rejects called calling calls described
	describing describes urged urges asked asks replied replies responded responds confirmed confirms pledged
	pledges promised promises vowed vows proposed proposes recalled recalls continued continues concluded
	concludes complained complains cautioned cautions predicted predicts suggested suggests dismissed dismisses
	accused accuses criticised criticized criticizes criticises condemned condemns assured assures mused muses
	agreed agrees exclaimed exclaims wondered wonders chanted chants quipped quips joked jokes laughed laughs
	recounted recounts remarked remarks observed observes shouted shouts yelled yells screamed screams
	whispered whispers boasted boasts bragged brags conceded concedes countered counters retorted retorts
	demanded demands pleaded pleads lamented laments mocked mocks scoffed scoffs sighed sighs texted emailed
	testified testifies asserted asserts maintained maintains reiterated reiterates repeated repeats reflected
	reflects answered answers interjected interjects explained predicted reasoned reasons thundered fumed
	raged griped grumbled snapped marveled marvelled gushed cracked teased taunted wrote opined opines
	read reads ventured ventures offered offers announced charged charges alleged alleges
	contended contends echoed echoes barked riffed ranted vented pressed warned cheered sneered blasted
	tweeted observed explained acknowledged added told saying writing telling arguing insisting explaining
	asking declaring responding warning promising joking quipping complaining claiming interjecting noting
	adding replying answering tweeting announcing reported reveals revealed remembered remembers exhorted
	exhorts questioned praised praises reacted retaliated sang sings found finds elaborated elaborates`)

// verb is a verb of saying at [start, end) of a text.
type verb struct {
	start, end int
	according  bool
}

// speechVerbs returns the verbs of saying in mask[lo:hi], and "according
// to": whole words, not part of a hyphenated one ("so-called").
func speechVerbs(mask []byte, lo, hi int) []verb {
	var out []verb
	var buf [16]byte
	for i := lo; i < hi; {
		r, size := utf8.DecodeRune(mask[i:hi])
		if !unicode.IsLetter(r) {
			i += size
			continue
		}
		j := i + size
		for j < hi {
			r2, n := utf8.DecodeRune(mask[j:hi])
			if !unicode.IsLetter(r2) {
				break
			}
			j += n
		}
		start, end := i, j
		i = j
		if j-start > len(buf) || start > lo && mask[start-1] == '-' || end < hi && mask[end] == '-' {
			continue
		}
		w := buf[:0]
		for _, c := range mask[start:end] {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			w = append(w, c)
		}
		if phrasal[string(w)] != "" && wordAfter(mask, end, hi, phrasal[string(w)]) {
			// "points out", "went on", "as X put it", "shot back"
			out = append(out, verb{start: start, end: end})
			continue
		}
		if baseSpeech[string(w)] && afterModal(mask, lo, start) {
			out = append(out, verb{start: start, end: end}) // "could only quip:"
			continue
		}
		if speechWords[string(w)] {
			if nounAfter(mask, lo, start, end) {
				continue // "the calls for action", "Trump’s remarks": a noun
			}
			if start > lo && mask[start] >= 'A' && mask[start] <= 'Z' && len(speechVerbs(mask, end, min(hi, end+12))) > 0 {
				continue // "Read said": a name, then the verb
			}
			if mask[start] >= 'A' && mask[start] <= 'Z' && inName(mask, lo, start) {
				continue // "the United States": a name's word
			}
			out = append(out, verb{start: start, end: end})
			continue
		}
		if (string(w) == "state" || string(w) == "states") && mask[start] == 's' && stateVerb(mask, lo, start, end, hi) {
			out = append(out, verb{start: start, end: end}) // "the Norvians state in the review"
			continue
		}
		if string(w) == "according" {
			k := end
			for k < hi && mask[k] == ' ' {
				k++
			}
			if k == end+1 && k+2 <= hi && strings.EqualFold(string(mask[k:k+2]), "to") && (k+2 == hi || !isWordByteRune(mask, k+2, hi)) {
				out = append(out, verb{start: start, end: k + 2, according: true})
				i = k + 2
			}
		}
	}
	return out
}

// stateVerb reports whether "state" at [start, end) is the verb: after
// "they" or "we", or a plural name ("the Ostranians", "Democrats"), and
// before "in", "that" or the end of a clause; not the noun of "Texas
// state law" or "the head of state".
func stateVerb(mask []byte, lo, start, end, hi int) bool {
	ws := lastWords(mask, lo, start)
	if len(ws) == 0 || start-1 < lo || mask[start-1] != ' ' {
		return false
	}
	prev := ws[len(ws)-1]
	if p := strings.ToLower(prev); p != "they" && p != "we" && !(startsUpper(prev) && strings.HasSuffix(prev, "s") && len(prev) > 3) {
		return false
	}
	next := strings.Fields(string(mask[end:min(hi, end+8)]))
	return end == hi || strings.ContainsRune(",.;:", rune(mask[end])) || len(next) > 0 && (next[0] == "in" || next[0] == "that")
}

// inName reports whether a capitalised word at start goes on a name: the
// word before it, across one space, is capitalised and ends no sentence
// ("United States", not "Monday. Said Lapid").
func inName(mask []byte, lo, start int) bool {
	if start-2 < lo || mask[start-1] != ' ' {
		return false
	}
	ws := lastWords(mask, lo, start)
	if len(ws) == 0 {
		return false
	}
	prev := ws[len(ws)-1]
	r, _ := utf8.DecodeRuneInString(prev)
	return unicode.IsUpper(r) && !strings.ContainsAny(prev[len(prev)-1:], ".!?:;,\"”")
}

// baseSpeech are verbs of saying in their bare form, read as verbs only
// after a modal: "would add", "could only quip".
var baseSpeech = set(`add argue insist explain declare warn admit deny reply respond quip joke note claim
	tell ask write tweet predict suggest concede complain acknowledge`)

// modals stand before a bare verb.
var modals = set(`could would will can may might should must did does do`)

// afterModal reports whether a modal, perhaps then an adverb, stands
// before start, after lo: "could only", "would later".
func afterModal(mask []byte, lo, start int) bool {
	ws := lastWords(mask, lo, start)
	for i, w := range ws {
		ws[i] = strings.ToLower(w)
	}
	if n := len(ws); n > 0 && modals[ws[n-1]] {
		return true
	} else if n > 1 && (adverbs[ws[n-1]] || ws[n-1] == "only" || ws[n-1] == "just") && modals[ws[n-2]] {
		return true
	}
	return false
}

// nounAfter reports whether the words before start, after lo, make the
// word at [start, end) a noun or its modifier: a determiner or an owner
// ("the calls", "his remarks", "Trump’s claims").
func nounAfter(mask []byte, lo, start, end int) bool {
	ws := lastWords(mask, lo, start)
	// one space between: not a word before a blanked quotation
	if len(ws) == 0 || start-1 < lo || mask[start-1] != ' ' || start-2 >= lo && mask[start-2] == ' ' {
		return false
	}
	w := ws[len(ws)-1]
	if nounDeterminers[strings.ToLower(w)] || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s") {
		return true
	}
	// "a creative writing professor": an -ing word after a determiner
	// and a word in lower case modifies a noun
	return strings.HasSuffix(strings.ToLower(string(mask[start:end])), "ing") && len(ws) > 1 && nounDeterminers[strings.ToLower(ws[len(ws)-2])] && strings.ToLower(w) == w &&
		!strings.ContainsAny(w, ",;:") && !auxiliaries[w]
}

// lastWords returns the last few words of mask[lo:start], reading no
// further back than a few words' length, so a verb costs the same however
// long the text before it.
func lastWords(mask []byte, lo, start int) []string {
	from := max(lo, start-48)
	ws := strings.Fields(string(mask[from:start]))
	if from > lo && len(ws) > 0 && mask[from-1] != ' ' && mask[from] != ' ' {
		ws = ws[1:] // the window opens inside a word
	}
	return ws
}

// nounDeterminers are the determiners that only a noun follows.
var nounDeterminers = set(`the a an his her their its our my your these those this`)

// phrasal are verbs of saying in two words: the first, and the word that
// must follow it.
var phrasal = map[string]string{"points": "out", "pointed": "out", "went": "on", "goes": "on", "put": "it", "puts": "it",
	"shot": "back", "shoots": "back", "fired": "back", "fires": "back", "hit": "back", "hits": "back"}

// wordAfter reports whether the word after end, across one space, is w.
func wordAfter(mask []byte, end, hi int, w string) bool {
	k := end + 1
	return end < hi && mask[end] == ' ' && k+len(w) <= hi && strings.EqualFold(string(mask[k:k+len(w)]), w) && (k+len(w) == hi || !isWordByteRune(mask, k+len(w), hi))
}

func isWordByteRune(b []byte, i, hi int) bool {
	r, _ := utf8.DecodeRune(b[i:hi])
	return unicode.IsLetter(r) || r == '-'
}

// issuedBy and issuedFrom put a statement out: "issued by", "a
// statement from".
var (
	issuedBy   = []string{"published by ", "issued by ", "released by ", "put out by ", "sent by "}
	issuedFrom = []string{"statement", "release", "readout", "announcement"}
)

// issued returns, for each "issued by", "a statement from", "the readout
// of" and the like in text, where it begins and where the name of whoever
// put the document out begins, in order.
func issued(text string) [][2]int {
	lower := []byte(text)
	for i, c := range lower {
		if c >= 'A' && c <= 'Z' {
			lower[i] = c + 'a' - 'A'
		}
	}
	s := string(lower)
	var out [][2]int
	for _, p := range issuedBy {
		for off := 0; ; {
			k := strings.Index(s[off:], p)
			if k < 0 {
				break
			}
			out = append(out, [2]int{off + k, off + k + len(p)})
			off += k + len(p)
		}
	}
	for _, w := range issuedFrom {
		for off := 0; ; {
			k := strings.Index(s[off:], w+" ")
			if k < 0 {
				break
			}
			at := off + k + len(w) + 1
			for _, prep := range []string{"from ", "by ", "of "} {
				if strings.HasPrefix(s[at:], prep) {
					out = append(out, [2]int{off + k, at + len(prep)})
				}
			}
			off = at
		}
	}
	slices.SortFunc(out, func(a, b [2]int) int { return a[0] - b[0] })
	return out
}
