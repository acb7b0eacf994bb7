package extract

import (
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// What a sentence says happened is read from its content words: each
// word outside the names, the date phrases and the quotations, lower-cased
// and cut to its stem, so that "severed", "severs" and "severance" are one
// word and "agreed" is "agreement". A word of a small table of news
// actions stands for its class ("cut" and "severed" are both "sever",
// "hack" and "cyberattack" both "attack"): outlets name one happening in
// different words. Function words, reporting verbs ("said", "told") and
// the words every news sentence has ("government", "official") say
// nothing of what happened and are left out.

// stemsOf returns the sorted, distinct stems of the content words of
// text[lo:hi], skipping the byte ranges in skip (sorted by start).
func stemsOf(text string, lo, hi int, skip [][2]int) []string {
	var out []string
	prev := "" // the word before, for a phrase such as "walked out"
	k := 0
	for i := lo; i < hi; {
		r, n := utf8.DecodeRuneInString(text[i:])
		if r >= '0' && r <= '9' && (i == lo || !isWordRune(lastRune(text[:i])) && !strings.ContainsRune("-/", lastRune(text[:i]))) {
			j, num := numberAt(text, i, hi)
			for k < len(skip) && skip[k][1] <= i {
				k++
			}
			if num != "" && !(k < len(skip) && skip[k][0] < j) {
				out = append(out, num)
			}
			i, prev = j, ""
			continue
		}
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i
		for j < hi {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' {
				break
			}
			j += n
		}
		for k < len(skip) && skip[k][1] <= i {
			k++
		}
		if k < len(skip) && skip[k][0] < j {
			i, prev = j, ""
			continue
		}
		if f := spelledFigure(prev, text[i:j]); f != "" {
			out = append(out, f) // rec28s: "two thousand" is "2,000"
		}
		for _, part := range strings.FieldsFunc(text[i:j], func(r rune) bool { return r == '-' }) {
			if c := phraseClass(prev, part); c != "" {
				out = append(out, c)
			}
			prev = part
			s, also := contentStem(part)
			if s != "" {
				out = append(out, s)
			}
			if also != "" {
				out = append(out, also)
			}
		}
		i = j
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// numberAt reads the number opening text[i:hi]: where it ends, and the
// stem it stands for ("#2000" for "2,000", "#7.4"), or "" for a number
// that says little of a happening: one digit, or four that may be a
// year. A figure outlets copy from one source ("41 million florins",
// "212 passengers") tells which happening they report.
func numberAt(text string, i, hi int) (int, string) {
	j := i
	var b strings.Builder
	b.WriteByte('#')
	grouped := false
	for j < hi {
		c := text[j]
		switch {
		case c >= '0' && c <= '9':
			b.WriteByte(c)
		case (c == ',' || c == '.') && j+1 < hi && text[j+1] >= '0' && text[j+1] <= '9' && j > i:
			if c == '.' {
				b.WriteByte(c)
			} else {
				grouped = true
			}
		default:
			goto done
		}
		j++
	}
done:
	if r, _ := utf8.DecodeRuneInString(text[j:hi]); j < hi && (isWordRune(r) || j+1 < hi && (text[j] == '-' || text[j] == '/') && text[j+1] >= '0' && text[j+1] <= '9') {
		return j, "" // "3rd", "10am", "2024-25": no figure
	}
	n := b.String()
	digits := strings.Count(n, "") - 2 - strings.Count(n, ".")
	if digits < 2 || digits == 4 && !grouped && !strings.Contains(n, ".") && n[1] <= '2' && n[1] >= '1' {
		return j, ""
	}
	return j, n
}

// spelledFigure is the figure a number word and a multiplier written out
// stand for, as numberAt reads its digits: "two thousand" is "#2000" as
// "2,000" is, "forty million" "#40" as "40 million" is; or "".
func spelledFigure(prev, w string) string {
	n := dateNumberWords[strings.ToLower(prev)]
	if n < 2 { // "a thousand", "one hundred": no figure of its own
		return ""
	}
	switch strings.ToLower(w) {
	case "hundred":
		return "#" + strconv.Itoa(n*100)
	case "thousand":
		return "#" + strconv.Itoa(n*1000)
	case "million", "billion":
		if n >= 10 {
			return "#" + strconv.Itoa(n) // one digit is no figure (see numberAt)
		}
	}
	return ""
}

// lastRune is the last rune of s.
func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

// contentStem is w's stem (its action class, for a news action), or ""
// for a word that says nothing of what happened; also is the second class
// of a word of two ("strike").
func contentStem(w string) (s, also string) {
	w = strings.ToLower(w)
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
	w = strings.Trim(w, "'’")
	if len(w) < 3 || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
		// a negated auxiliary ("won't", "didn’t") says nothing of what
		// happened, as its auxiliary does not
		return "", ""
	}
	t := wordTables()
	if t.stop[w] {
		return "", ""
	}
	if c, ok := t.exact[w]; ok {
		return c, ""
	}
	s = stem(w)
	if c, ok := t.class[s]; ok {
		return c, t.also[s]
	}
	if t.stop[s] || len(s) < 3 {
		return "", ""
	}
	return s, ""
}

// stem cuts w's inflection and its commonest derivations, so that a verb
// and its nominalisation meet: "attacked" → "attack", "decision" →
// "decid", "agreement" → "agre", "allies" → "alli".
func stem(w string) string {
	if b, ok := irregular()[w]; ok {
		w = b
	}
	inflected := false
	for _, suf := range []string{"ies", "ied", "ing", "ed", "es", "s"} {
		if !strings.HasSuffix(w, suf) || len(w)-len(suf) < 3 {
			continue
		}
		base := w[:len(w)-len(suf)]
		switch suf {
		case "ies", "ied":
			base += "y"
		case "es":
			if !strings.HasSuffix(base, "s") && !strings.HasSuffix(base, "x") && !strings.HasSuffix(base, "z") && !strings.HasSuffix(base, "ch") && !strings.HasSuffix(base, "sh") {
				base += "e"
			}
		case "s":
			if strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is") {
				continue
			}
		}
		w, inflected = base, true
		break
	}
	for _, d := range [...]struct{ suf, to string }{
		{"ation", ""}, {"ition", ""}, {"ssion", "ss"}, {"sion", "d"}, {"tion", "t"},
		{"ment", ""}, {"ance", ""}, {"ence", ""}, {"ate", ""}, {"al", ""},
	} {
		if strings.HasSuffix(w, d.suf) && len(w)-len(d.suf) >= 4 {
			w = w[:len(w)-len(d.suf)] + d.to
			break
		}
	}
	if inflected && strings.HasSuffix(w, "at") && len(w) > 6 {
		w = w[:len(w)-2] // "investigated": the "ate" that "ed" ate into
	}
	w = strings.TrimSuffix(w, "e")
	if n := len(w); n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiou", rune(w[n-1])) {
		w = w[:n-1]
	}
	if strings.HasSuffix(w, "y") && len(w) > 3 {
		w = w[:len(w)-1] + "i"
	}
	return w
}

// phraseClass is the action class of a verb and its particle or object,
// read as one word ("walked out", "stepped down", "called off"), or "".
// Only the second word is looked at first: most words are no particle.
func phraseClass(prev, w string) string {
	if prev == "" || len(w) > 6 {
		return ""
	}
	ends, ok := wordTables().phrase[strings.ToLower(w)]
	if !ok {
		return ""
	}
	return ends[stem(strings.ToLower(prev))]
}

// tables are the word lists stemsOf reads, built once.
type tables struct {
	stop  map[string]bool
	class map[string]string // a stem -> its action class
	// also is a second class a stem stands for: "strike" is an attack
	// and a walkout
	also map[string]string
	// phrase maps a phrase's second word, then its first word's stem,
	// to the phrase's class
	phrase  map[string]map[string]string
	classes map[string]bool // every action class
	listed  map[string]bool // every word of actionClasses, as written
	// exact maps a word form, as written, to its class: a form whose
	// stem other words share ("issued", not "issues")
	exact map[string]string
	words map[string][]string // a class -> its single words, as written
}

var wordTables = sync.OnceValue(func() *tables {
	t := &tables{stop: map[string]bool{}, class: map[string]string{}, also: map[string]string{}, phrase: map[string]map[string]string{},
		classes: map[string]bool{}, listed: map[string]bool{}, exact: map[string]string{},
		words: map[string][]string{}}
	for _, w := range strings.Fields(stopWords) {
		t.stop[w] = true
	}
	for _, line := range strings.Split(actionClasses, "\n") {
		ws := strings.Fields(line)
		if len(ws) == 0 {
			continue
		}
		c := stem(ws[0])
		t.classes[c] = true
		for _, w := range ws {
			if form, ok := strings.CutSuffix(w, "!"); ok {
				// this form only: "issued" is an action, "issues" no
				t.exact[form] = c
				continue
			}
			t.listed[w] = true
			if !strings.Contains(w, "_") {
				t.words[c] = append(t.words[c], w)
			}
			if first, second, ok := strings.Cut(w, "_"); ok {
				if t.phrase[second] == nil {
					t.phrase[second] = map[string]string{}
				}
				t.phrase[second][stem(first)] = c
				continue
			}
			if old, ok := t.class[stem(w)]; ok && old != c {
				t.also[stem(w)] = c // a word of two classes stands for both
				continue
			}
			t.class[stem(w)] = c
		}
	}
	return t
})

// irregular maps irregular past forms to their base.
var irregular = sync.OnceValue(func() map[string]string {
	m := map[string]string{}
	for _, p := range strings.Fields(irregularVerbs) {
		past, base, _ := strings.Cut(p, ":")
		m[past] = base
	}
	return m
})

// actionClasses are news actions, each line the words outlets use for one
// kind of happening; "walk_out" is a verb and its particle or object
// ("walked out", "stepped down"). A word on two lines stands for both
// classes ("strike": an attack, a walkout). General English, no story's.
const actionClasses = `
attack cyberattack cyber-attack hack hacker breach strike assault intrusion bomb bombing
walkout strike stoppage walk_out walk_off stop_work down_tools
sever cut rupture
burst
relation tie diplomatic
meet meeting talk talks
visit trip arrive tour
sanction penalty blacklist fined!
blame accuse accusation
deny denial reject
offer propose pledge promise
help aid assist assistance support
agree agreed agreement deal accord pact seal treaty
kill die dead death drown
funeral bury burial buried! mourner
arrest detain custody apprehend raid
announce unveil declare
go_out send_out put_out issued! issuing!
lift remove scrap
cap capped! curb ration
apologise apologize apology admit admission
warn warning flag caution
resign quit step_down stand_down
dismiss fire sack oust lay_off layoff
cancel cancellation scrap abandon call_off revoke revocation rescind annul postpone postponement defer put_off
begin commence
protest demonstrate demonstration rally march
approve pass adopt ratify enact
raise increase hike
seize capture abduct kidnap
explode explosion detonate
crash collide collision derail
aground grounding reef shoal
sink capsize wreck shipwreck break_up break_apart
collapse
storm hurricane cyclone typhoon
earthquake quake tremor
flood inundate
wildfire blaze fire inferno
merge merger acquire acquisition takeover take_over buy purchase sale sell
founded! co-founded! cofounded!
ban prohibit outlaw
veto
rescue
injure wound
withdraw retreat pull_out
leak publish dump posted! posting!
expel expulsion
condemn denounce criticize criticise
investigate probe inquiry investigation look_into
halt shut suspend close closure stop
resume restart reopen
join accede membership
shelter refuge harbor harbour
evacuate flee
sue lawsuit
charge indict indictment
convict conviction jail imprison
plead plea guilty guilt admit
sentence sentencing punishment
acquit acquittal
nominate nomination appoint hire
elect election vote ballot
win victory
lose defeat thrash
launch
sign
threat threaten
warn warning
`

// irregularVerbs maps past forms to their base.
const irregularVerbs = `met:meet took:take taken:take gave:give given:give sent:send held:hold left:leave made:make
went:go gone:go came:come began:begin begun:begin struck:strike won:win lost:lose fled:flee sought:seek
spoke:speak spoken:speak broke:break broken:break brought:bring chose:choose chosen:choose drove:drive
flew:fly fell:fall ran:run rose:rise risen:rise saw:see seen:see stood:stand wrote:write written:write
found:find kept:keep led:lead paid:pay sold:sell withdrew:withdraw withdrawn:withdraw shot:shoot froze:freeze
bought:buy built:build caught:catch heard:hear spent:spend laid:lay hit:hit cut:cut shut:shut quit:quit
dead:die died:die
swept:sweep sank:sink sunk:sink blew:blow blown:blow tore:tear torn:tear burnt:burn
shook:shake shaken:shake fought:fight hid:hide overran:overrun overtook:overtake undertook:undertake
put:put grew:grow grown:grow knew:know threw:throw thrown:throw drew:draw drawn:draw stole:steal stolen:steal
rode:ride felt:feel fed:feed dealt:deal meant:mean taught:teach thought:think understood:understand
upheld:uphold withheld:withhold withstood:withstand forgave:forgive forgot:forget arose:arise became:become
bled:bleed dug:dig drank:drink ate:eat eaten:eat got:get gotten:get hung:hang overcame:overcome
overthrew:overthrow overthrown:overthrow rebuilt:rebuild retook:retake rewrote:rewrite rang:ring sang:sing
sat:sit slept:sleep sped:speed sprang:spring spun:spin stuck:stick swore:swear sworn:swear swam:swim
swung:swing woke:wake wore:wear lent:lend shrank:shrink slid:slide strove:strive forbade:forbid
mistook:mistake`

// stopWords say nothing of what happened: function words, reporting
// verbs, and words nearly every news sentence has.
const stopWords = `the and but for nor yet also too not only its his her their our your they them she him
this that these those there here then than thus who whom whose which what when where while why how
was were been being are is has have had having does did doing done will would shall should can could
may might must say says said saying tell tells told telling add adds added adding according noted
note notes stated reported report reports reporting asked ask claim claimed wrote write
with from into onto over under upon about above after before since until during between among against
within without through toward towards across around per via off out own same such other another each
every all any some many much more most less least few several both either neither none one two three
four five six seven eight nine ten first second third last next earlier later ago now today yesterday
tomorrow tonight year years month months week weeks day days time times morning afternoon evening night
monday tuesday wednesday thursday friday saturday sunday january february march april june july august
september october november december sept oct nov dec jan feb aug
mr mrs ms dr new just still even already again well very so because although though however whether
if unless it it's he we you us me my mine i
government official officials country countries people state states president minister prime leader
leaders spokesman spokeswoman spokesperson statement news told percent number part way
`
