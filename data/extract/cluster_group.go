package extract

import (
	"slices"
	"strings"
	"time"
	"unicode"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A dated sentence that names no known actor can still report a
// happening when its subject is a group ("Hundreds of workers walked off
// the job on Monday", "The union last struck in 2016") or the happening
// itself ("The strike, which began on June 9, …"). Such a sentence is a
// mention with a group subject: it joins an event that shares no actor
// with it only when they agree on what happened (see judge), since the
// group says little of who took part.

// candidateEvents are the events m, dated d, may report: those sharing
// an actor with it, and, where it or they name no actor, those of its
// very date (the only ones agreeWithoutActors lets it join), when it or
// they have a group subject. Of those of one date, the latest maxScanned.
func (x *extractor) candidateEvents(m *mention, d Date) []int {
	out := x.sharingActors(m.actors, d)
	same := x.byDate[dateSpan{d.From, d.To}]
	if m.named && len(m.actors) > 0 && !m.group {
		same = x.bareByDate[dateSpan{d.From, d.To}] // only an event naming no actor can take it
	}
	n := len(out)
	for _, i := range same[max(0, len(same)-maxScanned):] {
		e, cl := &x.parts.Events[i], x.clusters[i]
		if cl.curated || e.Start != d.From || e.End != d.To || x.bothNamed(m, e, cl) || !(m.group || cl.group) {
			continue
		}
		if _, ok := slices.BinarySearch(out[:n], i); !ok {
			out = append(out, i)
		}
	}
	for _, k := range x.yearAndMonths(d) {
		// a year long before the story and a month of it: "six men
		// drowned in the pit in 1987", "in February 1987 a flood killed
		// six men" (see agreeWithoutActors)
		byDate := x.byDate[k]
		if m.named && len(m.actors) > 0 && !m.group {
			byDate = x.bareByDate[k]
		}
		for _, i := range byDate[max(0, len(byDate)-maxScanned):] {
			e, cl := &x.parts.Events[i], x.clusters[i]
			if cl.curated || e.Start != k.from || e.End != k.to || x.bothNamed(m, e, cl) || !(m.group || cl.group) {
				continue
			}
			if _, ok := slices.BinarySearch(out[:n], i); !ok {
				out = append(out, i)
			}
		}
	}
	if m.group {
		// the same action by the same subject, a day off (see sameActionApart)
		for _, k := range nextDays(d) {
			byDate := x.byDate[k]
			for _, i := range byDate[max(0, len(byDate)-maxScanned):] {
				e, cl := &x.parts.Events[i], x.clusters[i]
				if e.Start != k.from || !e.End.IsZero() || x.bothNamed(m, e, cl) || !sameActionApart(m, cl) {
					continue
				}
				if _, ok := slices.BinarySearch(out[:n], i); !ok {
					out = append(out, i)
				}
			}
		}
	}
	if len(out) > n {
		slices.Sort(out)
		out = slices.Compact(out)
	}
	return out
}

// agreeWithoutActors reports whether m may join an event it shares no
// actor with: one of them names no actor and one has a group subject;
// they give the very same date, a day or a date few mentions give (a
// year long before the story, not "this year"); they report the same
// kind of happening (an action class, however common in the corpus); and
// they agree on it: telling stems and the date weighing minWeight
// together, two stems at least (the kind of happening counts as one), or m's subject is the happening the
// event holds ("The strike, which began on June 9").
func (x *extractor) agreeWithoutActors(m *mention, d Date, e *timeline.Event, cl *cluster, rel dateRelation, stems int, weight float64) bool {
	// two sentences that each name who took part, and no one in common,
	// report two happenings
	if cl.curated || x.bothNamed(m, e, cl) || !(m.group || cl.group) {
		return false
	}
	if !sameEntity(m, cl) {
		return false
	}
	dw := x.dateWeights[dateSpan{d.From, d.To}]
	apartDay := rel == clashing && d.From.Precision == timeline.Day && sameActionApart(m, cl)
	if (d.From != e.Start || d.To != e.End || rel != within) && !apartDay {
		// a year and a month of it, both long before the story and
		// few mentions giving either, tell one happening as the very
		// same year does
		if !slices.Contains(x.yearAndMonths(d), dateSpan{e.Start, e.End}) || x.dateWeights[dateSpan{e.Start, e.End}] < minRareDate {
			return false
		}
	}
	if d.From.Precision != timeline.Day && dw < minRareDate {
		return false
	}
	if len(m.actors) == 0 && slices.ContainsFunc(m.noun, cl.holds) {
		return true
	}
	kind := slices.IndexFunc(m.stems, func(s string) bool { return eventClass(s) && cl.holds(s) })
	if kind < 0 {
		return false
	}
	if !slices.Contains(m.telling, m.stems[kind]) {
		stems++ // the kind of happening counts, however common
	}
	if d.From.Precision == timeline.Day && rel == within && voiceLink(m, cl) {
		stems++ // the object of one is the subject of the other (see voiceLink)
	}
	if d.From.Approx || e.Start.Approx {
		// "a year ago", "since mid-2015": two dates the text gives only
		// about say little by agreeing; the words must say it, strongly
		return stems >= 2 && weight >= minStrong
	}
	return stems >= 2 && weight+dw >= minWeight
}

// yearAndMonths are, for d a single year few mentions give, its months;
// for d such a month, its year; nil otherwise, and for a date the text
// gives only approximately.
func (x *extractor) yearAndMonths(d Date) []dateSpan {
	if !d.To.IsZero() || d.From.Approx || x.dateWeights[dateSpan{d.From, d.To}] < minRareDate {
		return nil // "a year ago" says no year to match a month of
	}
	switch d.From.Precision {
	case timeline.Year:
		out := make([]dateSpan, 0, 12)
		for mo := time.January; mo <= time.December; mo++ {
			out = append(out, dateSpan{from: timeline.MonthDate(d.From.Year(), mo)})
		}
		return out
	case timeline.Month:
		return []dateSpan{{from: timeline.YearDate(d.From.Year())}}
	}
	return nil
}

// bothNamed reports whether m and the event each name who took part (see
// mention.named): then, sharing no actor, they report two happenings.
func (x *extractor) bothNamed(m *mention, e *timeline.Event, cl *cluster) bool {
	return m.named && len(m.actors) > 0 && len(e.Actors) > 0 && cl.named
}

// minRareDate is the least weight (see dateWeights) of a date coarser
// than a day for two sentences sharing no actor to join on it.
const minRareDate = 0.5

// dateWeights says how much sharing each date tells, as stemWeights
// does for stems, from how many of the n mentions give it (mentionsPerDate):
// a date few mentions give (a year long before the story) weighs near 1,
// the day every report of the story gives near 0.
func dateWeights(n int, df map[dateSpan]int) map[dateSpan]float64 {
	return idf(n, df)
}

// mentionsPerDate counts the mentions that give each date.
func mentionsPerDate(ms []*mention) map[dateSpan]int {
	df := map[dateSpan]int{}
	for _, m := range ms {
		var seen dateSpan
		for _, d := range m.dates {
			if k := (dateSpan{d.From, d.To}); k != seen {
				df[k]++
				seen = k
			}
		}
	}
	return df
}

// subjectOf reads the subject of the sentence text[s:e]: group says its
// head is a group of people or an organisation named by a common noun;
// event, when the head names a kind of happening ("the strike"), is that
// happening's action class; verb is where its main verb stands in text
// (the actors named before it are in the subject). A subject that is not
// found within its first words (no verb ends it) is neither.
//
// A date phrase that opens the sentence (its first date, d) sets the
// scene without a comma as well: "On Monday Northwall Bank announced …",
// "And on Wednesday the limit was lifted", "Exactly a week ago the
// government put …".
func subjectOf(text string, s, e int, d Date) (group bool, event []string, verb int) {
	sub, ok := readSubject(text, s, e, d)
	if !ok {
		return false, nil, 0
	}
	t, lead, ws, head, verbAt := sub.t, sub.lead, sub.ws, sub.head, sub.verbAt
	// verbOffset is where the main verb stands in text: the actors named
	// before it are in the subject
	verbOffset := func() int {
		if verbAt < 0 {
			return e
		}
		// "crews led by steward Ostby walked off": a participle and its
		// agent are in the subject; the verb is the next one
		for k := verbAt + 1; k+1 < len(ws) && strings.ToLower(ws[verbAt+1]) == "by"; k++ {
			if finiteAt(ws, k) {
				verbAt = k
				break
			}
		}
		return s + lead + wordOffset(t, verbAt)
	}
	h := strings.ToLower(strings.Trim(ws[head], ",;:.“”\"'’()"))
	h = strings.TrimSuffix(strings.TrimSuffix(h, "'s"), "’s")
	if groupNouns[h] || ofThem(ws, head, h) {
		return true, nil, verbOffset()
	}
	if thingSubject(ws, head, h) || byGroup(ws[head+1:]) || head == 0 && (h == "it" || h == "they") {
		// "The ferry struck a reef", "The plant was shut down", "The
		// licence was suspended by the authority": a thing is news only
		// when the clause reports a news action
		// the clause, the subject's own words too: "a burst main"
		if slices.ContainsFunc(stemsOf(t, 0, len(t), nil), eventClass) {
			return true, nil, verbOffset()
		}
		return false, nil, 0
	}
	if strings.HasSuffix(h, "ing") && !wordTables().listed[h] {
		return false, nil, 0 // a participle, not a happening: "voters voting in …"
	}
	if c, also := contentStem(h); c != "" && eventClass(c) {
		if also != "" {
			return true, []string{c, also}, verbOffset()
		}
		return true, []string{c}, verbOffset()
	}
	return false, nil, 0
}

// openingPhrase is the length of what opens t before its subject: a
// prepositional phrase ("In 2018, ", "On Friday, ", "Shortly after
// midnight, ") or a sentence adverb ("Worse, ", "Meanwhile, ") that a
// comma closes within its first words; 0 when t opens otherwise.
func openingPhrase(t string) int {
	i := strings.IndexByte(t, ',')
	if i <= 0 || i+1 >= len(t) {
		return 0
	}
	ws := strings.Fields(t[:i])
	if len(ws) == 0 || len(ws) > maxOpening {
		return 0
	}
	first := strings.ToLower(ws[0])
	switch {
	case len(ws) == 1 && (sentenceAdverbs[first] || len(first) > 4 && strings.HasSuffix(first, "ly")):
	case len(ws) > 1 && (openingPreps[first] || first == "earlier" || first == "later" || strings.HasSuffix(first, "ly") && openingPreps[strings.ToLower(ws[1])]):
	case len(ws) > 1 && first == "the" && openingTimes[strings.ToLower(ws[1])]:
		// "The day after the attack, ", "The next morning, "
	default:
		return 0
	}
	for k := 1; k < len(ws); k++ {
		if finiteAt(ws, k) {
			return 0 // the sentence's own clause: "At least 12 people died, police said"
		}
	}
	n := i + 1
	for n < len(t) && t[n] == ' ' {
		n++
	}
	return n
}

// openingDate is the length of what opens text[s:e] up to the end of
// the date phrase d and a comma after it, when only a conjunction, a
// preposition or an adverb of degree stand before d ("And on Wednesday
// ", "Exactly a week ago "): then the subject follows d. 0 otherwise,
// and for "since" or "from", which open a stretch of time.
func openingDate(text string, s, e int, d Date) int {
	if d.Start < s || d.End >= e || d.End > len(text) {
		return 0
	}
	ws := strings.Fields(text[s:d.Start])
	if len(ws) > 3 {
		return 0
	}
	for _, w := range ws {
		if !dateLeads[strings.ToLower(w)] {
			return 0
		}
	}
	if p := strings.ToLower(d.Phrase); strings.HasPrefix(p, "since ") || strings.HasPrefix(p, "from ") {
		return 0
	}
	n := d.End
	for n < e && (text[n] == ' ' || text[n] == ',') {
		n++
	}
	if n >= e {
		return 0
	}
	return n - s
}

// dateLeads may stand before a date phrase that opens a sentence.
var dateLeads = set(`and but then so yet exactly just only almost nearly on in at by early late earlier later`)

// maxOpening is how many words a phrase opening a sentence before its
// subject may have.
const maxOpening = 6

// openingPreps open a phrase that sets a sentence's scene. Not "since"
// or "from": "Since 1972, …" and "From 2000 to 2013, …" open a stretch
// of time, and what follows measures it rather than reports a happening.
var openingPreps = set(`in on at by after before during within following amid despite under last early late`)

// openingTimes follow "the" in a phrase that dates what comes after it.
var openingTimes = set(`day week month year morning afternoon evening night next following previous same`)

// sentenceAdverbs stand alone before a sentence's subject.
var sentenceAdverbs = set(`worse better meanwhile yesterday today overnight later earlier afterwards instead still
	separately elsewhere again then now`)

// participleHead is the head of a subject that a participle and its
// object follow ("a ferry carrying 212 people", "a gang calling itself
// Vesper"): the noun before the participle, not the participle's object.
// A participle after a determiner is an adjective ("the ruling party").
func participleHead(ws []string, head int) int {
	for k := 1; k <= head; k++ {
		l := strings.ToLower(strings.Trim(ws[k], ",;:.“”\"'’()"))
		if !strings.HasSuffix(l, "ing") || len(l) < 6 || wordTables().listed[l] {
			continue
		}
		prev := strings.ToLower(strings.Trim(ws[k-1], ",;:.“”\"'’()"))
		if prev == "" || subjectDeterminers[prev] || strings.HasSuffix(ws[k-1], ",") {
			continue
		}
		return k - 1
	}
	return head
}

// subjectDeterminers make the participle after them an adjective.
var subjectDeterminers = set(`a an the its their his her this that these those every each our your some any no`)

// wordOffset is the byte offset in t of its k-th word (as strings.Fields
// splits it), or len(t).
func wordOffset(t string, k int) int {
	in := false
	for i, r := range t {
		if unicode.IsSpace(r) {
			in = false
			continue
		}
		if !in {
			if k == 0 {
				return i
			}
			k--
			in = true
		}
	}
	return len(t)
}

// ofThem reports whether the subject's head h (ws[head]) is a pronoun
// that a number or a quantity and "of" count: "Nine of them were brought
// up alive", "Some of those were freed": a group the sentence before
// named.
func ofThem(ws []string, head int, h string) bool {
	if h != "them" && h != "those" || head < 2 || strings.ToLower(ws[head-1]) != "of" {
		return false
	}
	return quantity[strings.ToLower(strings.Trim(ws[head-2], ",;:.“”\"'’()"))]
}

// thingSubject reports whether the subject's head h (ws[head]) is a
// vehicle, a facility or a system ("the ferry", "the plant"), or a name
// such a noun introduces ("the ferry Nordlys").
func thingSubject(ws []string, head int, h string) bool {
	if thingNouns[h] {
		return true
	}
	if head > 0 && startsUpper(ws[head]) {
		return thingNouns[strings.ToLower(strings.Trim(ws[head-1], ",;:.“”\"'’()"))]
	}
	return false
}

// byGroup reports whether a passive clause names a group as its agent:
// "the licence was suspended by the maritime authority".
func byGroup(ws []string) bool {
	passive := false
	for k, w := range ws {
		l := strings.ToLower(w)
		switch {
		case l == "was" || l == "were" || l == "been":
			passive = true
		case l == "by" && passive:
			for _, n := range ws[k+1 : min(len(ws), k+5)] {
				n = strings.ToLower(strings.Trim(n, ",;:.“”\"'’()"))
				if groupNouns[n] {
					return true
				}
			}
			return false
		}
	}
	return false
}

// thingNouns are common nouns for vehicles, facilities and systems that
// news reports happenings of when no person is the subject.
var thingNouns = set(`ship ships ferry ferries vessel vessels tanker tankers freighter cargo boat boats yacht submarine
	trawler barge plane planes aircraft jet jets airliner helicopter flight flights drone drones train trains bus buses
	truck trucks lorry lorries car cars convoy tram ambulance ambulances plant plants factory factories mill refinery smelter mine mines depot
	warehouse port harbour harbor airport station terminal bridge dam reactor pipeline grid building tower hospital
	prison embassy mall stadium network website server servers system systems railway highway motorway tunnel
	pump pumps main mains pipe pipes valve valves sewer sewers cable cables reservoir
	notice notices order orders restriction restrictions curfew lockdown licence license permit
	limit limits cap caps ceiling ban bans`)

// subjectAdverbs stand between a subject and its verb: "the union last struck".
var subjectAdverbs = set(`last also then now still already never recently first finally reportedly again later earlier
	previously once just since soon often even`)

// maxSubjectWords is how far into a sentence its main verb is looked for.
const maxSubjectWords = 14

// eventClass reports whether c is one of the action classes (see
// actionClasses): a stem that stands for a kind of happening.
func eventClass(c string) bool {
	_, ok := wordTables().classes[c]
	return ok
}

// quantity words head a phrase whose noun follows "of": "hundreds of
// workers", "a group of residents".
var quantity = set(`hundreds thousands dozens scores millions tens some many most all several group groups members
	number crowd crowds band team teams two three four five six seven eight nine ten eleven twelve thirteen fourteen
	fifteen twenty`)

// subjectPreps end a subject's head: "workers at the plant walked out".
var subjectPreps = set(`in at from on with for across near inside outside around throughout who which that`)

// groupNouns are common nouns for groups of people and organisations, as
// news names them when it names no one.
var groupNouns = set(`workers worker employees staff staffers supporters union unions members residents citizens locals villagers
	protesters protestors demonstrators activists campaigners strikers crowd crowds police officers troops soldiers forces
	army navy militants rebels fighters insurgents gunmen farmers students teachers doctors nurses voters lawmakers
	legislators officials authorities investigators prosecutors judges jury court courts parliament congress council
	committee board company companies firm firms ministry agency regulators investors shareholders traders miners
	drivers pilots passengers commuters fans families survivors refugees migrants firefighters rescuers crews crew
	hackers negotiators delegates diplomats ministers scientists researchers experts opposition government coalition
	management employers bank banks airline airlines operator operators landlords tenants patients customers users
	authority regulator regulators watchdog guard department commission inspectors coastguard trust trusts auditors
	gang gangs group groups fraudsters insurer insurers charity lender lenders cooperative depositors savers
	borrowers creditors queues inspectorate prosecutor prosecutors men women children colleagues pair duo trio`)

// subject is the subject read of a sentence (see readSubject): t is the
// sentence's text after what opens it (lead bytes of it), ws its first
// words, head the index in ws of the subject's head and verbAt that of
// its main verb (-1: none read).
type subject struct {
	t            string
	lead         int
	ws           []string
	head, verbAt int
}

// readSubject finds the head of the subject of the sentence text[s:e]
// and its main verb, past what opens it (see subjectOf); false when no
// verb ends a subject within its first words.
func readSubject(text string, s, e int, d Date) (subject, bool) {
	t := text[s:e]
	lead := len(reLead().FindString(t))
	if n := openingDate(text, s+lead, e, d); n > 0 {
		lead += n
	}
	t = text[s+lead : e]
	if n := openingPhrase(t); n > 0 {
		// "In 2018, a burst main near the works left …": the subject
		// follows what sets the scene
		lead += n
		t = t[n:]
	}
	if at := d.Start - (s + lead); at > 0 && d.End <= e && d.End > d.Start {
		// "The flood a week ago today trapped fourteen men": a date
		// phrase between the subject and its verb is neither
		t = t[:at] + strings.Repeat(" ", d.End-d.Start) + t[at+d.End-d.Start:]
	}
	ws := strings.Fields(t)
	if len(ws) > maxSubjectWords {
		ws = ws[:maxSubjectWords]
	}
	head, verbAt := -1, -1
	for k, w := range ws {
		l := strings.ToLower(strings.Trim(w, ",;:.“”\"'’()"))
		if k > 0 && !groupNouns[l] && finiteAt(ws, k) { // "port officials" is no verb
			verbAt = k
			for head < 0 && k > 0 {
				// "the union last struck": the head stands before adverbs
				if a := strings.ToLower(ws[k-1]); !subjectAdverbs[a] && !strings.HasSuffix(a, "ly") {
					head = k - 1
				}
				k--
			}
			break
		}
		if k == len(ws)-1 {
			return subject{}, false // no verb: no subject read
		}
		switch {
		case l == "of" && k > 0 && quantity[strings.ToLower(ws[k-1])]:
			// "hundreds of workers": the head is what follows
		case head < 0 && k > 0 && (subjectPreps[l] || l == "of"):
			head = k - 1
		case head < 0 && strings.HasSuffix(w, ","):
			head = k
		}
	}
	if head < 0 {
		return subject{}, false
	}
	return subject{t: t, lead: lead, ws: ws, head: participleHead(ws, head), verbAt: verbAt}, true
}
