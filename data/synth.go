package data

// Synthetic datasets of any size, for performance work: loading, filtering
// and drawing a million events, and comparing cyberdesk with fzf and less
// on the same lines. Everything is made from word pools by one seeded PCG
// stream, so a size and a seed always give the same bytes.
//
// The shape follows the real data: events across 1990–2025 at mixed
// precision, each citing one or two sentences of synthetic articles that
// name one of its actors; ~60 real countries, up to ~5,000 actors and ~200
// outlets, scaled down for small datasets.

import (
	"bufio"
	"io"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// SynthOptions says what [Synthesize] makes.
type SynthOptions struct {
	Events int    // how many events; fewer than 1 gives an empty dataset
	Seed   uint64 // with Events, determines every byte of the result
}

// synthStream is the second word of the PCG state ("cyberdes"), so a seed
// alone picks the stream.
const synthStream = 0x6379626572646573

// Sizes of the synthetic world at a million events; smaller datasets get
// fewer actors, articles and outlets so that each is still used.
const (
	synthMaxActors        = 5000
	synthMaxOutlets       = 200
	synthEventsPerArticle = 1000
)

// synthCtx is what one event is about, as indexes into the word pools, so
// its title, summary and source sentences agree. It is kept per event
// between generating the events and writing the articles that cite them.
type synthCtx struct {
	actors                               [2]int32 // the first two actors, which sentences name
	nActors                              uint8    // how many of them there are
	theme, c1, c2                        uint8
	attack, target, org, official, topic uint8
	reason, dur, alliance, num, threat   uint8
	hist, aud                            uint8
	solo                                 bool // only c1 is involved: no template may name c2
}

// synth is the generator's state for one call of Synthesize.
type synth struct {
	r       *rand.Rand
	buf     []byte
	attacks []string // synthAttacks, capitalised
	themes  []synthTheme
	weights []int // cumulative theme weights

	actors    []timeline.Actor
	byCountry [][]int32 // actor indexes by country index
	countryOf map[string]int

	// How countries, alliances and actors are written mid-sentence and
	// at the start of one, by index.
	countries, alliances, actorNames []prose

	// set per sentence: the actor it names and how
	name prose
	role string
}

// prose is a name as written mid-sentence ("the Netherlands") and at the
// start of one ("The Netherlands").
type prose struct{ mid, start string }

func proseOf(name string, the bool) prose {
	if the {
		return prose{"the " + name, "The " + name}
	}
	return prose{name, name}
}

// Synthesize makes a dataset of o.Events events that passes
// [timeline.New]. The same options give the same parts, byte for byte.
func Synthesize(o SynthOptions) timeline.Parts {
	n := max(o.Events, 0)
	g := &synth{r: rand.New(rand.NewPCG(o.Seed, synthStream)), countryOf: map[string]int{}}
	g.setup()
	// Tags come from [timeline.Tags] only, as in a dataset made with
	// cyberdesk (an imported one may widen them: Parts.ExtraTags).
	p := timeline.Parts{Countries: make(map[string]string, len(synthCountries))}
	for i, c := range synthCountries {
		p.Countries[c.code] = c.name
		g.countryOf[c.code] = i
	}
	if n == 0 {
		return p
	}
	nArticles := max((n+synthEventsPerArticle-1)/synthEventsPerArticle, min(n, 8))
	p.Outlets = g.outlets(min(synthMaxOutlets, nArticles))
	p.Actors = g.makeActors(min(synthMaxActors, max(n/2, 40)))
	ctxs := make([]synthCtx, n)
	p.Events = g.events(ctxs, nArticles > 1)
	p.Articles = g.articles(p.Events, ctxs, nArticles, p.Outlets)
	return p
}

func (g *synth) setup() {
	g.attacks = make([]string, len(synthAttacks))
	for i, a := range synthAttacks {
		g.attacks[i] = strings.ToUpper(a[:1]) + a[1:]
	}
	g.themes = synthThemes()
	for _, c := range synthCountries {
		g.countries = append(g.countries, proseOf(c.name, c.the))
	}
	for _, a := range synthAlliances {
		g.alliances = append(g.alliances, proseOf(a, slices.Contains(synthAlliancesThe, a)))
	}
	total := 0
	for _, t := range g.themes {
		total += t.weight
		g.weights = append(g.weights, total)
	}
}

// pick returns an index into a pool of n, skewed towards the start when
// skew is set: a few countries and actors dominate, as in the news.
func (g *synth) pick(n int, skew bool) int {
	if !skew {
		return g.r.IntN(n)
	}
	u := g.r.Float64()
	return int(u * u * float64(n))
}

func (g *synth) outlets(n int) []timeline.Outlet {
	out := make([]timeline.Outlet, 0, n)
	seen := map[string]bool{}
	for len(out) < n {
		c := &synthCountries[g.pick(len(synthCountries), true)]
		noun := synthOutletNouns[g.r.IntN(len(synthOutletNouns))]
		var name string
		switch g.r.IntN(4) {
		case 0:
			name = "The " + c.city + " " + noun
		case 1:
			name = c.city + " " + noun
		case 2:
			name = "The " + c.adj + " " + noun
		default:
			name = c.adj + " " + noun
		}
		if seen[name] {
			continue
		}
		seen[name] = true
		out = append(out, timeline.Outlet{ID: slug(name), Name: name, Country: c.code})
	}
	return out
}

// makeActors makes n actors with unique names and ids, and indexes them by
// country for picking.
func (g *synth) makeActors(n int) []timeline.Actor {
	g.actors = make([]timeline.Actor, 0, n)
	g.byCountry = make([][]int32, len(synthCountries))
	seen := map[string]bool{}
	for len(g.actors) < n {
		a, ok := g.actor()
		if !ok || seen[a.Name] || seen[a.ID] {
			continue
		}
		seen[a.Name], seen[a.ID] = true, true
		switch a.Kind {
		case timeline.Agency, timeline.Organisation, timeline.Government, timeline.Media:
			g.actorNames = append(g.actorNames, proseOf(a.Name, true))
		case timeline.State:
			g.actorNames = append(g.actorNames, g.countries[g.countryOf[a.Country]])
		default:
			g.actorNames = append(g.actorNames, proseOf(a.Name, slices.Contains(synthAlliancesThe, a.Name)))
		}
		if a.Country != "" {
			ci := g.countryOf[a.Country]
			g.byCountry[ci] = append(g.byCountry[ci], int32(len(g.actors)))
		}
		g.actors = append(g.actors, a)
	}
	return g.actors
}

// actor makes one actor of a kind drawn by weight; ok is false when the
// draw made nothing (its pool is small and the name was taken, say).
func (g *synth) actor() (timeline.Actor, bool) {
	ci := g.pick(len(synthCountries), true)
	c := &synthCountries[ci]
	a := timeline.Actor{Country: c.code}
	w := g.r.IntN(100)
	switch {
	case w < 52:
		a.Kind = timeline.Person
		a.Name = g.personName()
	case w < 69:
		a.Kind = timeline.Agency
		a.Name = c.adj + " " + synthAgencies[g.r.IntN(len(synthAgencies))]
	case w < 77:
		a.Kind = timeline.Organisation
		field := synthFields[g.r.IntN(len(synthFields))]
		if g.r.IntN(2) == 0 {
			a.Name = c.city + " Centre for " + field
		} else {
			a.Name = c.adj + " Institute for " + field
		}
	case w < 85:
		a.Kind = timeline.Company
		a.Name = synthBrands[g.r.IntN(len(synthBrands))] + " " + synthSectors[g.r.IntN(len(synthSectors))]
	case w < 91:
		a.Kind = timeline.Group
		a.Name = synthGroupWords[g.r.IntN(len(synthGroupWords))] + " " + synthGroupAnimals[g.r.IntN(len(synthGroupAnimals))]
		if g.r.IntN(2) == 0 {
			a.Country = "" // unattributed
		}
	case w < 93:
		a.Kind = timeline.Media
		a.Name = c.adj + " " + synthBroadcasters[g.r.IntN(len(synthBroadcasters))]
	case w < 96:
		a.Kind = timeline.State
		a.Name = c.name
	case w < 99:
		a.Kind = timeline.Government
		a.Name = "Government of " + c.name
	default:
		a.Kind = timeline.Alliance
		a.Name = synthAllianceActors[g.r.IntN(len(synthAllianceActors))]
		a.Country = ""
	}
	a.ID = actorID(a)
	return a, a.ID != ""
}

func (g *synth) personName() string {
	first := synthFirstNames[g.r.IntN(len(synthFirstNames))]
	last := synthLastNames[g.r.IntN(len(synthLastNames))]
	if g.r.IntN(8) == 0 {
		return first + " " + string(rune('A'+g.r.IntN(26))) + ". " + last
	}
	return first + " " + last
}

// synthWhen is an event's dates and the key they sort by.
type synthWhen struct {
	key        int64 // first day, then coarser first, as timeline.Compare orders
	start, end timeline.Date
}

var synthEpoch = time.Date(1990, time.January, 1, 0, 0, 0, 0, time.UTC) // a Monday

// synthDays is the number of days from 1990-01-01 to 2025-12-31.
const synthDays = 13149

func (g *synth) when() synthWhen {
	t := synthEpoch.AddDate(0, 0, g.r.IntN(synthDays))
	var w synthWhen
	p := g.r.IntN(1000)
	switch {
	case p < 720:
		w.start = timeline.DayDate(t.Year(), t.Month(), t.Day())
		if g.r.IntN(100) < 8 {
			e := t.AddDate(0, 0, 1+g.r.IntN(14))
			w.end = timeline.DayDate(e.Year(), e.Month(), e.Day())
		}
	case p < 750:
		t = t.AddDate(0, 0, -((int(t.Weekday()) + 6) % 7))
		w.start = timeline.DayDate(t.Year(), t.Month(), t.Day())
		w.start.Precision = timeline.Week
	case p < 890:
		t = time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
		w.start = timeline.MonthDate(t.Year(), t.Month())
		if g.r.IntN(100) < 10 {
			e := t.AddDate(0, 1+g.r.IntN(6), 0)
			w.end = timeline.MonthDate(e.Year(), e.Month())
		}
	case p < 994:
		t = time.Date(t.Year(), time.January, 1, 0, 0, 0, 0, time.UTC)
		w.start = timeline.YearDate(t.Year())
		if g.r.IntN(100) < 12 {
			w.end = timeline.YearDate(t.Year() + 1 + g.r.IntN(5))
		}
	default:
		t = time.Date(t.Year()-t.Year()%10, time.January, 1, 0, 0, 0, 0, time.UTC)
		w.start = timeline.DecadeDate(t.Year())
	}
	if w.end.Year() > 2025 {
		w.end = timeline.Date{}
	}
	if approx := g.r.IntN(100); w.start.Precision == timeline.Day && approx < 1 || w.start.Precision != timeline.Day && approx < 6 {
		w.start.Approx, w.end.Approx = true, !w.end.IsZero()
	}
	w.key = t.Unix()/86400*8 + int64(7-w.start.Precision)
	return w
}

// events makes len(ctxs) events in chronological order, without their
// sources' spans, which the articles fill in. An event has a second
// source only when there is a second article to cite.
func (g *synth) events(ctxs []synthCtx, second bool) []timeline.Event {
	n := len(ctxs)
	whens := make([]synthWhen, n)
	order := make([]uint64, n) // sort key, then index: a stable sort of small values
	for i := range whens {
		whens[i] = g.when()
		order[i] = uint64(whens[i].key)<<32 | uint64(i)
	}
	slices.Sort(order)
	events := make([]timeline.Event, n)
	// One backing array per kind of list, cut with full slice expressions.
	countries := make([]string, 0, 3*n)
	actors := make([]string, 0, 4*n)
	tags := make([]string, 0, 3*n)
	sources := make([]timeline.Source, 0, 2*n)
	width := len(strconv.Itoa(n))
	for i := range events {
		e, x := &events[i], &ctxs[i]
		g.context(x)
		e.ID = synthID("ev", i+1, width)
		w := &whens[order[i]&(1<<32-1)]
		e.Start, e.End = w.start, w.end
		e.Title, e.Summary = g.texts(x)

		from := len(countries)
		countries = append(countries, synthCountries[x.c1].code)
		if !x.solo {
			countries = append(countries, synthCountries[x.c2].code)
			if g.r.IntN(100) < 15 {
				if c3 := g.r.IntN(len(synthCountries)); c3 != int(x.c1) && c3 != int(x.c2) {
					countries = append(countries, synthCountries[c3].code)
				}
			}
		}
		e.Countries = countries[from:len(countries):len(countries)]

		from = len(actors)
		actors = g.eventActors(actors, x)
		e.Actors = actors[from:len(actors):len(actors)]

		from = len(tags)
		tags = g.eventTags(tags, x)
		e.Tags = tags[from:len(tags):len(tags)]

		from = len(sources)
		sources = append(sources, timeline.Source{})
		if second && g.r.IntN(100) < 20 {
			sources = append(sources, timeline.Source{})
		}
		e.Sources = sources[from:len(sources):len(sources)]
	}
	return events
}

func synthID(prefix string, i, width int) string {
	s := strconv.Itoa(i)
	return prefix + strings.Repeat("0", max(width-len(s), 0)) + s
}

// context draws what an event is about.
func (g *synth) context(x *synthCtx) {
	t := g.r.IntN(g.weights[len(g.weights)-1])
	x.theme = uint8(sortSearch(g.weights, t))
	x.c1 = uint8(g.pick(len(synthCountries), true))
	x.c2 = x.c1
	for x.c2 == x.c1 {
		x.c2 = uint8(g.pick(len(synthCountries), true))
	}
	x.solo = g.themes[x.theme].canSolo && g.r.IntN(100) < 20
	g.slots(x)
}

// slots draws the words an event's texts share.
func (g *synth) slots(x *synthCtx) {
	r := func(n int) uint8 { return uint8(g.r.IntN(n)) }
	x.attack, x.target, x.org = r(len(synthAttacks)), r(len(synthTargets)), r(len(synthOrgs))
	x.official, x.topic, x.reason = r(len(synthOfficials)), r(len(synthTopics)), r(len(synthReasons))
	x.dur, x.alliance, x.num = r(len(synthDurations)), r(len(synthAlliances)), r(len(synthNumbers))
	x.threat, x.hist, x.aud = r(len(synthThreats)), r(len(synthHistory)), r(len(synthAudiences))
}

// sortSearch returns the first index whose cumulative weight exceeds t.
func sortSearch(cum []int, t int) int {
	i, _ := slices.BinarySearch(cum, t+1)
	return i
}

// texts fills a title and its summary from the event's theme, drawing
// again until the title is 40–90 bytes and the summary 60–140, and every
// third try drawing the event's words again too. After a few tries it
// takes what it has: the bounds shape the data, they are not a contract.
// Both strings share one allocation.
func (g *synth) texts(x *synthCtx) (title, summary string) {
	ps := g.themes[x.theme].texts.all
	if x.solo {
		ps = g.themes[x.theme].texts.solo
	}
	for try := 0; ; try++ {
		p := ps[g.r.IntN(len(ps))]
		g.buf = g.expand(g.buf[:0], p[0], x)
		t := len(g.buf)
		g.buf = g.expand(g.buf, p[1], x)
		if t >= 40 && t <= 90 && len(g.buf)-t >= 60 && len(g.buf)-t <= 140 || try == 15 {
			s := string(g.buf)
			return s[:t], s[t:]
		}
		if try%3 == 2 {
			g.slots(x)
		}
	}
}

// expand appends template t to b with each {slot} filled in.
func (g *synth) expand(b []byte, t string, x *synthCtx) []byte {
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			return append(b, t...)
		}
		j := i + strings.IndexByte(t[i:], '}')
		b = append(b, t[:i]...)
		b = append(b, g.slot(t[i+1:j], x)...)
		t = t[j+1:]
	}
}

func (g *synth) slot(name string, x *synthCtx) string {
	c1, c2 := &synthCountries[x.c1], &synthCountries[x.c2]
	switch name {
	case "c1":
		return g.countries[x.c1].mid
	case "c2":
		return g.countries[x.c2].mid
	case "C1":
		return g.countries[x.c1].start
	case "C2":
		return g.countries[x.c2].start
	case "a1":
		return c1.adj
	case "a2":
		return c2.adj
	case "city1":
		return c1.city
	case "city2":
		return c2.city
	case "attack":
		return synthAttacks[x.attack]
	case "Attack":
		return g.attacks[x.attack]
	case "target":
		return synthTargets[x.target]
	case "org":
		return synthOrgs[x.org]
	case "official":
		return synthOfficials[x.official]
	case "topic":
		return synthTopics[x.topic]
	case "reason":
		return synthReasons[x.reason]
	case "dur":
		return synthDurations[x.dur]
	case "alliance":
		return g.alliances[x.alliance].mid
	case "Alliance":
		return g.alliances[x.alliance].start
	case "num":
		return synthNumbers[x.num]
	case "threat":
		return synthThreats[x.threat]
	case "hist":
		return synthHistory[x.hist]
	case "aud":
		return synthAudiences[x.aud]
	case "name":
		return g.name.mid
	case "Name":
		return g.name.start
	case "role":
		return g.role
	}
	panic("synth: unknown slot {" + name + "}")
}

// eventActors appends 1–4 distinct actors: the first from the event's
// country, the rest from either country or anywhere.
func (g *synth) eventActors(out []string, x *synthCtx) []string {
	from := len(out)
	want := 1 + g.pick(4, true)
	for try := 0; len(out)-from < want && try < 8; try++ {
		var ai int32
		switch list := g.byCountry[x.c1]; {
		case len(out) == from && len(list) > 0:
			ai = list[g.pick(len(list), true)]
		case try%2 == 1 && !x.solo && len(g.byCountry[x.c2]) > 0:
			list = g.byCountry[x.c2]
			ai = list[g.pick(len(list), true)]
		default:
			ai = int32(g.pick(len(g.actors), true))
		}
		if id := g.actors[ai].ID; !slices.Contains(out[from:], id) {
			if k := len(out) - from; k < len(x.actors) {
				x.actors[k], x.nActors = ai, uint8(k+1)
			}
			out = append(out, id)
		}
	}
	return out
}

// eventTags appends the theme's tag and up to two related ones.
func (g *synth) eventTags(out []string, x *synthCtx) []string {
	th := &g.themes[x.theme]
	from := len(out)
	out = append(out, th.tag)
	for range g.pick(3, true) {
		if t := th.related[g.r.IntN(len(th.related))]; !slices.Contains(out[from:], t) {
			out = append(out, t)
		}
	}
	return out
}

// synthCite is one sentence an article holds: the event's source slot.
type synthCite struct {
	event int32
	slot  int8
}

// articles writes the articles the events cite. Events are in date order;
// the ones in each run of about synthEventsPerArticle have their first
// source in one article, and a second source, if any, in a neighbouring
// article of another outlet. Each cited sentence names one of the event's
// actors; the span is exactly that sentence.
func (g *synth) articles(events []timeline.Event, ctxs []synthCtx, n int, outlets []timeline.Outlet) []timeline.Article {
	cites := make([][]synthCite, n)
	primary := func(i int) int { return int(int64(i) * int64(n) / int64(len(events))) }
	for i := range events {
		p := primary(i)
		cites[p] = append(cites[p], synthCite{int32(i), 0})
		if len(events[i].Sources) > 1 {
			s := p + 1 + g.r.IntN(min(2, n-1))
			if s >= n {
				s = p - (s - p)
			}
			cites[s] = append(cites[s], synthCite{int32(i), 1})
		}
	}
	width := len(strconv.Itoa(n))
	arts := make([]timeline.Article, n)
	var b strings.Builder
	for k := range arts {
		cs := cites[k]
		slices.SortFunc(cs, func(a, b synthCite) int { return int(a.event - b.event) })
		a := &arts[k]
		a.ID = synthID("art", k+1, width)
		a.File = "synth/" + a.ID + ".txt"
		a.Outlet = outlets[k%len(outlets)].ID
		a.Byline = g.personName()
		b.Reset()
		b.Grow(len(cs) * 100)
		var latest int
		for j, c := range cs {
			switch {
			case j == 0:
			case j%4 == 0:
				b.WriteString("\n\n")
			default:
				b.WriteByte(' ')
			}
			src := &events[c.event].Sources[c.slot]
			src.Article, src.Start = a.ID, b.Len()
			g.sentence(&ctxs[c.event], int(c.slot))
			b.Write(g.buf)
			src.End = b.Len()
			latest = max(latest, int(c.event))
		}
		b.WriteByte('\n')
		a.Text = untrusted.Text(b.String())
		for _, c := range cs {
			src := &events[c.event].Sources[c.slot]
			src.Text = a.Text[src.Start:src.End]
		}
		t := events[latest].Start.First()
		a.Published = timeline.DayDate(t.Year(), t.Month(), t.Day())
		a.Title = synthArticleTitles[g.r.IntN(len(synthArticleTitles))] + ", " + a.Published.String()
	}
	return arts
}

// sentence writes into g.buf the passage an event's source slot cites:
// one sentence naming one of its first two actors (the other, when the
// first one's name makes every sentence too long).
func (g *synth) sentence(x *synthCtx, slot int) {
	clauses := g.themes[x.theme].clauses.all
	if x.solo {
		clauses = g.themes[x.theme].clauses.solo
	}
	for try := 0; ; try++ {
		ai := x.actors[(slot+try/4)%int(x.nActors)]
		g.name, g.role = g.actorNames[ai], synthRoles[g.r.IntN(len(synthRoles))]
		frames := synthOrgFrames
		if g.actors[ai].Kind == timeline.Person {
			frames = synthPersonFrames
		}
		f := frames[g.r.IntN(len(frames))]
		g.buf = g.expand(g.buf[:0], f[0], x)
		g.buf = g.expand(g.buf, clauses[g.r.IntN(len(clauses))], x)
		g.buf = append(g.buf, f[1]...)
		if n := len(g.buf); n >= 60 && n <= 120 || try == 12 {
			return
		}
	}
}

// actorID is a short id, as a curator would write it: a slug of a
// person's, company's or group's name; for an institution, its country
// and initials ("al-mfa" for the Albanian Ministry of Foreign Affairs), so
// a million events do not repeat long names in every list of actors.
func actorID(a timeline.Actor) string {
	switch a.Kind {
	case timeline.Government:
		return strings.ToLower(a.Country) + "-gov"
	case timeline.Agency, timeline.Organisation, timeline.Media:
		if a.Country == "" {
			break
		}
		b := []byte(strings.ToLower(a.Country) + "-")
		words := strings.Fields(a.Name)
		for _, w := range words[1:] { // the first is the country's adjective or city
			if w[0] >= 'A' && w[0] <= 'Z' {
				b = append(b, w[0]+'a'-'A')
			}
		}
		return string(b)
	}
	return slug(a.Name)
}

// slug makes an id of a name: lower-case letters and digits, the rest
// runs of one hyphen.
func slug(s string) string {
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z' || c >= '0' && c <= '9':
			b = append(b, c)
		case c >= 'A' && c <= 'Z':
			b = append(b, c+'a'-'A')
		case c == '\'':
		case len(b) > 0 && b[len(b)-1] != '-':
			b = append(b, '-')
		}
	}
	return strings.TrimSuffix(string(b), "-")
}

// WriteSynthLines writes one line per event of ds, in its chronological
// order, holding what a user searches for:
//
//	2022-09-07  Title — Summary  [AL IR]  actor names  outlet names  #tags
//
// the date at its own precision, the countries the event involves
// (directly or through its actors), the actors' and reporting outlets'
// names, and the tags. It is the same text, line for line, that fzf, less
// or a plain list is given when cyberdesk is compared with them.
func WriteSynthLines(w io.Writer, ds *timeline.Dataset) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	for i := range ds.Events() {
		e := &ds.Events()[i]
		bw.WriteString(timeline.FormatRange(e.Start, e.End))
		bw.WriteString("  ")
		bw.WriteString(oneLine(e.Title))
		bw.WriteString(" — ")
		bw.WriteString(oneLine(e.Summary))
		bw.WriteString("  [")
		for j, c := range ds.EventCountries(i) {
			if j > 0 {
				bw.WriteByte(' ')
			}
			bw.WriteString(oneLine(c))
		}
		bw.WriteString("] ")
		for j, id := range e.Actors {
			bw.WriteString(sep(j, " ", ", "))
			if a, ok := ds.Actor(id); ok {
				bw.WriteString(oneLine(a.Name))
			} else {
				bw.WriteString(oneLine(id))
			}
		}
		bw.WriteString(" ")
		for j, id := range ds.EventOutlets(i) {
			bw.WriteString(sep(j, " ", ", "))
			if o, ok := ds.Outlet(id); ok {
				bw.WriteString(oneLine(o.Name))
			} else {
				bw.WriteString(oneLine(id))
			}
		}
		bw.WriteString(" ")
		for _, t := range e.Tags {
			bw.WriteString(" #")
			bw.WriteString(oneLine(t))
		}
		if err := bw.WriteByte('\n'); err != nil {
			return err
		}
	}
	return bw.Flush()
}

func sep(i int, first, rest string) string {
	if i == 0 {
		return first
	}
	return rest
}

// oneLine keeps a field from breaking the one-line-per-event promise; the
// check is cheap, cleaning is only for the rare field that needs it.
func oneLine(s string) string {
	if strings.ContainsAny(s, "\n\r") {
		return untrusted.CleanLine(s)
	}
	return s
}

// synthPool is a set of templates and those of them that name only the
// event's first country (no slot ending in 2).
type synthPool[T any] struct{ all, solo []T }

func pairsOf(ps ...pair) synthPool[pair] {
	p := synthPool[pair]{all: ps}
	for _, t := range ps {
		if onlyC1(t[0]) && onlyC1(t[1]) {
			p.solo = append(p.solo, t)
		}
	}
	return p
}

func clausesOf(cs ...string) synthPool[string] {
	p := synthPool[string]{all: cs}
	for _, c := range cs {
		if onlyC1(c) {
			p.solo = append(p.solo, c)
		}
	}
	return p
}

func onlyC1(t string) bool { return !strings.Contains(t, "2}") }

// pair is a title template and the summary that goes with it.
type pair = [2]string

// synthTheme is a kind of event: its tag, tags that go with it, how
// often it happens, its titles with their summaries, and clauses for the
// sentences that report it.
type synthTheme struct {
	tag     string
	related []string
	weight  int
	texts   synthPool[pair]
	clauses synthPool[string]
	canSolo bool // both pools have templates naming only c1
}

// synthThemes are the kinds of event. Slots: {c1} {c2} a country as
// written mid-sentence ("the Netherlands"), {C1} {C2} at the start of one,
// {a1} {a2} its adjective, {city1} {city2}, and the word pools by name.
func synthThemes() []synthTheme {
	ts := []synthTheme{
		{tag: "cyberattack", related: []string{"security", "investigation", "statement"}, weight: 20,
			texts: pairsOf(
				pair{"{a1} {org} reports {attack} against {target}", "The {a1} {org} said the {attack} had been contained and the {target} was working again."},
				pair{"{Attack} disrupts {a1} {target}", "Officials in {c1} said the {attack} took the {target} offline for {dur} before it was contained."},
				pair{"Hackers linked to {c2} hit {a1} {target}", "The {attack} hit the {target} in {c1}; officials blamed a group linked to {c2}."},
				pair{"{a1} officials blame {c2} for {attack} on {target}", "Investigators in {c1} said the {attack} on the {target} was traced to servers in {c2}."},
				pair{"{C1} says {attack} took {target} offline", "The {target} in {c1} was offline for {dur} after the {attack}, officials said."}),
			clauses: clausesOf("the {target} was back online within {dur}", "the {attack} had been traced to servers in {c2}",
				"no personal data was taken from the {target}", "the attackers had been inside the network for {dur}")},
		{tag: "sanctions", related: []string{"diplomacy", "statement", "cyberattack"}, weight: 8,
			texts: pairsOf(
				pair{"{C2} sanctions {a1} {org} over {reason}", "{C2} froze assets and barred dealings with the {a1} {org} over {reason}."},
				pair{"{a2} Treasury adds {a1} officials to sanctions list", "The measures target {a1} officials accused of {reason}, the {a2} Treasury said."},
				pair{"{C1} freezes assets of {a2} officials over {reason}", "Banks in {c1} were told to freeze accounts held by {a2} officials within {dur}."},
				pair{"New {a2} sanctions target {a1} {org}", "The {a1} {org} and its heads were put under {a2} sanctions over {reason}."}),
			clauses: clausesOf("the sanctions on the {a1} {org} were long overdue", "{c2} would keep up the pressure over {reason}",
				"the asset freeze would stay in place until {c1} changed course")},
		{tag: "diplomacy", related: []string{"statement", "meeting", "security", "sanctions"}, weight: 10,
			texts: pairsOf(
				pair{"{C1} expels {a2} diplomats over {reason}", "{C1} told {a2} diplomats to leave within {dur}, citing {reason}."},
				pair{"{C1} cuts diplomatic ties with {c2} after {attack}", "The move by {c1} followed months of tension with {c2} and the {attack} on its {target}."},
				pair{"{C1} summons {a2} ambassador over {reason}", "The {a2} ambassador was called in to explain {reason}, the {a1} foreign ministry said."},
				pair{"{C1} recalls its ambassador from {c2}", "{C1} said relations with {c2} would stay frozen until the dispute over {reason} was settled."},
				pair{"{C1} reopens embassy in {city2} after long break", "{C1} said its embassy in {city2} would reopen within {dur}, ending years of frozen ties."}),
			clauses: clausesOf("relations with {c2} could not go on after {reason}", "the embassy in {city2} would close within {dur}",
				"{c1} had warned {c2} about {reason} many times")},
		{tag: "visit", related: []string{"diplomacy", "meeting", "cooperation"}, weight: 8,
			texts: pairsOf(
				pair{"{a1} {official} visits {c2} for talks on {topic}", "The {a1} {official} met counterparts in {city2} to discuss {topic}."},
				pair{"{a2} {official} arrives in {city1} for {topic} talks", "The two-day trip to {c1} by the {a2} {official} focused on {topic}."},
				pair{"{a1} {official} tours {city1} after {attack}", "The {a1} {official} visited {city1} after the {attack} and promised more money for {topic}."}),
			clauses: clausesOf("the visit to {c2} would focus on {topic}", "talks in {city2} on {topic} had gone well",
				"the {official} had come to {city1} to see the damage")},
		{tag: "meeting", related: []string{"diplomacy", "cooperation", "alliance"}, weight: 8,
			texts: pairsOf(
				pair{"{a1} and {a2} officials meet on {topic}", "Delegations from {c1} and {c2} discussed {topic} and agreed to meet again."},
				pair{"{C1} hosts regional talks on {topic}", "Officials from the region met in {city1} to discuss {topic} and next steps."},
				pair{"{a1} {official} meets envoy from {c2} in {city1}", "The {a1} {official} and an envoy from {c2} talked about {topic} behind closed doors."}),
			clauses: clausesOf("the talks with {c2} on {topic} were useful", "officials would meet again in {city1} to talk about {topic}",
				"both sides wanted progress on {topic} this year")},
		{tag: "statement", related: []string{"diplomacy", "security", "cyberattack"}, weight: 10,
			texts: pairsOf(
				pair{"{a1} {org} condemns {attack} on {target}", "The {a1} {org} said the {attack} on the {target} was an attack on the whole state."},
				pair{"{a1} {official} warns of {threat}", "In a statement, the {a1} {official} warned of {threat} in the months ahead."},
				pair{"{C1} denies role in {attack} on {a2} {target}", "{C1} rejected claims that it was behind the {attack} on the {target} in {c2}."}),
			clauses: clausesOf("{c1} would answer the {attack} at a time of its choosing", "the {attack} was aimed at the whole state",
				"officials should prepare for {threat}")},
		{tag: "cooperation", related: []string{"security", "alliance", "diplomacy"}, weight: 7,
			texts: pairsOf(
				pair{"{C1} and {c2} sign agreement on {topic}", "{C1} and {c2} agreed to share expertise on {topic} and train staff together."},
				pair{"{C2} offers {c1} help with {topic}", "{C2} offered to send experts to help {c1} with {topic} after the {attack}."},
				pair{"{C1} joins regional programme on {topic}", "{C1} will take part in a regional programme on {topic}, officials in {city1} said."}),
			clauses: clausesOf("{c2} would send experts to help with {topic}", "the agreement on {topic} would be signed in {city1}",
				"staff would be trained in {topic} within {dur}")},
		{tag: "investigation", related: []string{"cyberattack", "security", "diplomacy"}, weight: 7,
			texts: pairsOf(
				pair{"{a1} prosecutors open inquiry into {attack} on {target}", "Prosecutors in {c1} said the {attack} on the {target} was under investigation."},
				pair{"Investigators trace {target} breach to {a2} servers", "Investigators said the attack on the {target} in {c1} came through servers in {c2}."},
				pair{"{a1} police question staff over {attack}", "Police in {c1} questioned staff who run the {target} about how the {attack} began."}),
			clauses: clausesOf("the inquiry into the {attack} would take at least {dur}", "the breach of the {target} began with one stolen password",
				"evidence pointed to servers in {c2}")},
		{tag: "refugees", related: []string{"history", "diplomacy"}, weight: 3,
			texts: pairsOf(
				pair{"{C1} agrees to shelter {num} refugees from {c2}", "{C1} said it would take in {num} people from {c2} on humanitarian grounds."},
				pair{"{a2} exiles in {city1} ask for protection", "Refugee groups in {city1} asked {c1} for protection after threats from {c2}."},
				pair{"{C1} extends stay for refugees sheltering in {city1}", "{C1} said about {num} refugees near {city1} could stay for another year."}),
			clauses: clausesOf("{num} people from {c2} would be housed near {city1}", "the refugees in {city1} were safe",
				"the camp near {city1} was full")},
		{tag: "history", related: []string{"diplomacy", "refugees"}, weight: 3,
			texts: pairsOf(
				pair{"{C1} marks anniversary of {hist}", "Events across {c1} marked {hist} with speeches and a minute of silence."},
				pair{"Archive files shed light on {a1} ties with {c2}", "Newly opened files show how {c1} and {c2} dealt with each other around {hist}."},
				pair{"Historians revisit {hist} in {c1}", "Officials in {c1} recalled {hist} and its place in relations with {c2}."}),
			clauses: clausesOf("{hist} still shapes ties between {c1} and {c2}", "{hist} was a turning point for {c1}",
				"the files on {hist} should be opened in full")},
		{tag: "security", related: []string{"cyberattack", "alliance", "investigation"}, weight: 6,
			texts: pairsOf(
				pair{"{C1} raises threat level after {attack} on {target}", "Security services in {c1} were put on alert after the {attack} on the {target}."},
				pair{"{a1} police arrest suspects in {attack}", "Police in {c1} arrested suspects over the {attack} and seized computers and phones."},
				pair{"{C1} tightens border checks over {threat}", "{C1} stepped up checks at its borders, citing {threat} and links to {c2}."}),
			clauses: clausesOf("extra staff were watching the {target} around the clock", "the threat level would stay high for {dur}",
				"more arrests over the {attack} were likely")},
		{tag: "alliance", related: []string{"cooperation", "security", "diplomacy"}, weight: 4,
			texts: pairsOf(
				pair{"{Alliance} pledges support to {c1} after {attack}", "{Alliance} said it stood by {c1} and would help it recover from the {attack}."},
				pair{"{C1} asks {alliance} for help with {topic}", "{C1} asked {alliance} partners for experts and money to help with {topic}."},
				pair{"{Alliance} members discuss {a1} request on {topic}", "Allies met to weigh a request from {c1} for help with {topic} after the {attack}."}),
			clauses: clausesOf("{alliance} experts would arrive in {city1} within {dur}", "an attack on {c1} was a concern for all of {alliance}",
				"{alliance} would help {c1} with {topic}")},
		{tag: "investigation", related: []string{"security", "diplomacy"}, weight: 3, // espionage
			texts: pairsOf(
				pair{"{a1} counterintelligence unmasks {a2} spy network", "Authorities in {c1} said officers working for {c2} had targeted the {org}."},
				pair{"{C1} charges official with spying for {c2}", "An official in {c1} was charged with passing files on {topic} to {c2}."},
				pair{"{a1} {org} says spies targeted its staff", "The {a1} {org} said foreign spies had tried to recruit its staff over {dur}."}),
			clauses: clausesOf("officers from {c2} had tried to recruit staff at the {org}", "the spy ring had been watched for {dur}",
				"files on {topic} had been passed on")},
		{tag: "security", related: []string{"statement", "diplomacy"}, weight: 2, // disinformation
			texts: pairsOf(
				pair{"{a2} disinformation campaign targets {a1} {aud}", "Fake accounts linked to {c2} spread false stories aimed at {a1} {aud}."},
				pair{"{C1} removes fake accounts tied to {c2}", "{C1} said thousands of fake accounts run from {c2} had been taken down."},
				pair{"{a1} {org} warns {aud} of fake news", "The {a1} {org} told {aud} to check stories about the {attack} before sharing them."}),
			clauses: clausesOf("the false stories came from accounts run from {c2}", "{aud} were the main target of the fake stories",
				"the fake accounts had been active for {dur}")},
		{tag: "security", related: []string{"cyberattack", "statement"}, weight: 2, // elections
			texts: pairsOf(
				pair{"{a1} election commission reports {attack}", "Officials said the {attack} on the {target} did not affect the vote count in {c1}."},
				pair{"{C1} votes amid claims of {a2} meddling", "Voters in {c1} went to the polls as officials warned of meddling from {c2}."},
				pair{"{a1} {org} says vote count is safe after {attack}", "The {a1} {org} said results were safe and the {target} had been checked."}),
			clauses: clausesOf("the {target} had been restored before the vote", "meddling from {c2} had not changed the result",
				"every ballot would be counted by hand")},
	}
	for i := range ts {
		t := &ts[i]
		t.canSolo = len(t.texts.solo) > 0 && len(t.clauses.solo) > 0
	}
	return ts
}

// synthPersonFrames and synthOrgFrames wrap a theme's clause into a
// sentence naming an actor: the part before the clause and the part after.
var (
	synthPersonFrames = [][2]string{
		{"{Name}, {role}, said ", "."}, {"{Name} told reporters that ", "."},
		{"According to {name}, {role}, ", "."}, {"{Name} said on television that ", "."},
	}
	synthOrgFrames = [][2]string{
		{"{Name} said in a statement that ", "."}, {"According to {name}, ", "."},
		{"{Name} confirmed that ", "."}, {"A spokesperson for {name} said ", "."}, {"{Name} said ", "."},
	}
)

// synthCountry is a real ISO 3166-1 country; the marks it as one named
// with an article ("the Netherlands").
type synthCountry struct {
	code, name, adj, city string
	the                   bool
}

// synthCountries: the first few, the story's own, come up most often.
var synthCountries = []synthCountry{
	{"AL", "Albania", "Albanian", "Tirana", false}, {"IR", "Iran", "Iranian", "Tehran", false},
	{"IL", "Israel", "Israeli", "Jerusalem", false}, {"US", "United States", "US", "Washington", true},
	{"GB", "United Kingdom", "British", "London", true}, {"FR", "France", "French", "Paris", false},
	{"DE", "Germany", "German", "Berlin", false}, {"IT", "Italy", "Italian", "Rome", false},
	{"GR", "Greece", "Greek", "Athens", false}, {"TR", "Turkey", "Turkish", "Ankara", false},
	{"RS", "Serbia", "Serbian", "Belgrade", false}, {"ME", "Montenegro", "Montenegrin", "Podgorica", false},
	{"MK", "North Macedonia", "Macedonian", "Skopje", false}, {"BA", "Bosnia and Herzegovina", "Bosnian", "Sarajevo", false},
	{"HR", "Croatia", "Croatian", "Zagreb", false}, {"SI", "Slovenia", "Slovenian", "Ljubljana", false},
	{"UA", "Ukraine", "Ukrainian", "Kyiv", false}, {"RU", "Russia", "Russian", "Moscow", false},
	{"BY", "Belarus", "Belarusian", "Minsk", false}, {"EE", "Estonia", "Estonian", "Tallinn", false},
	{"LV", "Latvia", "Latvian", "Riga", false}, {"LT", "Lithuania", "Lithuanian", "Vilnius", false},
	{"FI", "Finland", "Finnish", "Helsinki", false}, {"SE", "Sweden", "Swedish", "Stockholm", false},
	{"NO", "Norway", "Norwegian", "Oslo", false}, {"DK", "Denmark", "Danish", "Copenhagen", false},
	{"IE", "Ireland", "Irish", "Dublin", false}, {"ES", "Spain", "Spanish", "Madrid", false},
	{"PT", "Portugal", "Portuguese", "Lisbon", false}, {"NL", "Netherlands", "Dutch", "Amsterdam", true},
	{"BE", "Belgium", "Belgian", "Brussels", false}, {"CH", "Switzerland", "Swiss", "Geneva", false},
	{"AT", "Austria", "Austrian", "Vienna", false}, {"PL", "Poland", "Polish", "Warsaw", false},
	{"CZ", "Czechia", "Czech", "Prague", false}, {"HU", "Hungary", "Hungarian", "Budapest", false},
	{"RO", "Romania", "Romanian", "Bucharest", false}, {"BG", "Bulgaria", "Bulgarian", "Sofia", false},
	{"GE", "Georgia", "Georgian", "Tbilisi", false}, {"AM", "Armenia", "Armenian", "Yerevan", false},
	{"AZ", "Azerbaijan", "Azerbaijani", "Baku", false}, {"SA", "Saudi Arabia", "Saudi", "Riyadh", false},
	{"AE", "United Arab Emirates", "Emirati", "Abu Dhabi", true}, {"QA", "Qatar", "Qatari", "Doha", false},
	{"JO", "Jordan", "Jordanian", "Amman", false}, {"LB", "Lebanon", "Lebanese", "Beirut", false},
	{"SY", "Syria", "Syrian", "Damascus", false}, {"IQ", "Iraq", "Iraqi", "Baghdad", false},
	{"EG", "Egypt", "Egyptian", "Cairo", false}, {"MA", "Morocco", "Moroccan", "Rabat", false},
	{"TN", "Tunisia", "Tunisian", "Tunis", false}, {"NG", "Nigeria", "Nigerian", "Lagos", false},
	{"KE", "Kenya", "Kenyan", "Nairobi", false}, {"ZA", "South Africa", "South African", "Johannesburg", false},
	{"IN", "India", "Indian", "New Delhi", false}, {"PK", "Pakistan", "Pakistani", "Islamabad", false},
	{"CN", "China", "Chinese", "Beijing", false}, {"JP", "Japan", "Japanese", "Tokyo", false},
	{"KR", "South Korea", "South Korean", "Seoul", false}, {"KP", "North Korea", "North Korean", "Pyongyang", false},
	{"TW", "Taiwan", "Taiwanese", "Taipei", false}, {"SG", "Singapore", "Singaporean", "Singapore", false},
	{"ID", "Indonesia", "Indonesian", "Jakarta", false}, {"AU", "Australia", "Australian", "Sydney", false},
	{"CA", "Canada", "Canadian", "Ottawa", false}, {"MX", "Mexico", "Mexican", "Mexico City", false},
	{"BR", "Brazil", "Brazilian", "Sao Paulo", false}, {"AR", "Argentina", "Argentine", "Buenos Aires", false},
}

// synthAlliancesThe are the alliances named with an article.
var synthAlliancesThe = []string{"EU", "UN", "Council of Europe", "African Union", "Arab League",
	"European Union", "United Nations"}

// The word pools. Each is read-only and under 256 long (synthCtx holds
// indexes into them as bytes).
var (
	synthAttacks = []string{"phishing campaign", "ransomware attack", "DDoS attack", "data breach", "wiper attack",
		"network intrusion", "credential theft", "website defacement", "spyware campaign", "supply-chain attack",
		"email hack", "data leak", "botnet attack", "malware outbreak"}
	synthTargets = []string{"customs portal", "e-government portal", "border control system", "tax office network",
		"state email system", "payroll database", "police records system", "election website", "power grid",
		"water utility", "port logistics system", "central bank website", "hospital network", "parliament website",
		"land registry", "visa system", "public broadcaster", "telecom network", "airport check-in system", "pension database"}
	synthOrgs = []string{"ministry", "foreign ministry", "interior ministry", "cyber agency", "customs agency",
		"tax authority", "central bank", "police service", "government", "defence ministry", "energy regulator", "election commission"}
	synthOfficials = []string{"prime minister", "foreign minister", "president", "interior minister",
		"defence minister", "cyber envoy", "security adviser", "trade minister"}
	synthTopics = []string{"cyber defence", "border security", "energy supply", "trade", "intelligence sharing",
		"visa rules", "refugee policy", "election security", "critical infrastructure", "counterterrorism",
		"digital services", "sanctions policy", "maritime security"}
	synthReasons = []string{"cyberattacks", "espionage claims", "election meddling", "the hacking of state servers",
		"a foiled plot", "human rights abuses", "arms transfers", "support for militias", "leaked documents", "a drone strike"}
	synthDurations = []string{"two hours", "half a day", "three days", "a week", "48 hours", "several days", "ten days", "a month"}
	synthAlliances = []string{"NATO", "EU", "OSCE", "UN", "G7", "Council of Europe", "Five Eyes", "African Union", "Arab League"}
	// synthAllianceActors are the alliances as actors, by their full names.
	synthAllianceActors = []string{"NATO", "European Union", "OSCE", "United Nations", "G7", "Council of Europe",
		"Five Eyes", "African Union", "Arab League"}
	synthNumbers = []string{"80", "200", "400", "1,500", "2,000", "3,000"}
	synthThreats = []string{"more attacks on state systems", "ransomware gangs", "election interference",
		"attacks on energy networks", "phishing aimed at officials", "sabotage of undersea cables"}
	synthHistory = []string{"the 1997 unrest", "the end of the Cold War", "its NATO accession", "the 1999 refugee crisis",
		"independence", "the embassy siege", "the first free elections", "the fall of the old regime"}
	synthAudiences = []string{"voters", "diaspora groups", "journalists", "students", "military families", "pensioners"}
	synthRoles     = []string{"a government spokesperson", "a senior official", "the foreign minister", "a security researcher",
		"the ambassador", "a deputy minister", "an intelligence official", "a police spokesperson", "an opposition lawmaker"}

	synthFirstNames = []string{"Ilir", "Edi", "Arben", "Besa", "Dritan", "Elira", "Gent", "Mira", "Erion", "Anisa",
		"Yair", "Noa", "Avi", "Tamar", "Eitan", "Maya", "Ali", "Maryam", "Reza", "Leila", "Hassan", "Sara", "Dariush",
		"John", "Emily", "Michael", "Sarah", "David", "Laura", "James", "Anna", "Thomas", "Claire", "Pierre", "Sophie",
		"Hans", "Greta", "Marco", "Giulia", "Nikos", "Eleni", "Mehmet", "Ayse", "Ivan", "Olena", "Dmitri", "Katarina",
		"Jan", "Agnieszka", "Lars", "Ingrid", "Pedro", "Lucia", "Omar", "Fatima", "Kwame", "Amina", "Raj", "Priya",
		"Wei", "Mei", "Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Carlos", "Ana", "Tomas", "Petra", "Nikola", "Vesna",
		"Goran", "Jelena", "Andrei", "Irina", "Giorgi", "Nino", "Karim", "Yasmin", "Samuel", "Grace"}
	synthLastNames = []string{"Hoxha", "Rama", "Berisha", "Krasniqi", "Shehu", "Gashi", "Dervishi", "Leka", "Cela",
		"Cohen", "Levi", "Mizrahi", "Friedman", "Katz", "Shapiro", "Ahmadi", "Hosseini", "Karimi", "Moradi", "Rahimi",
		"Tehrani", "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Clarke", "Martin", "Bernard",
		"Dubois", "Moreau", "Schmidt", "Weber", "Fischer", "Rossi", "Russo", "Bianchi", "Papadopoulos", "Georgiou",
		"Yilmaz", "Kaya", "Demir", "Petrov", "Ivanova", "Kovalenko", "Shevchenko", "Novak", "Horvat", "Kovac",
		"Nowak", "Kowalski", "Larsen", "Nilsen", "Johansson", "Virtanen", "Garcia", "Fernandez", "Santos", "Silva",
		"Haddad", "Khoury", "Mansour", "Nasser", "Okafor", "Mensah", "Kamau", "Patel", "Sharma", "Khan", "Wang", "Li",
		"Zhang", "Sato", "Tanaka", "Kim", "Park", "Lee", "Popescu", "Ionescu", "Nagy", "Dimitrov", "Jovanovic",
		"Petrovic", "Beridze", "Aliyev", "Grigoryan", "Mendes", "O'Brien", "Murphy"}

	synthAgencies = []string{"Ministry of Foreign Affairs", "Ministry of Interior", "Ministry of Defence",
		"Ministry of Finance", "Ministry of Justice", "National Cyber Security Authority", "Intelligence Service",
		"State Police", "Customs Administration", "Tax Authority", "Central Bank", "Election Commission",
		"Data Protection Authority", "Computer Emergency Response Team", "Border Police", "Prosecutor's Office",
		"Energy Regulator", "Telecom Regulator", "Coast Guard", "Counterterrorism Unit", "Financial Intelligence Unit",
		"Ministry of Health", "Civil Aviation Authority", "Ports Authority", "Statistics Office", "National Archives",
		"Armed Forces", "Parliament"}
	synthFields = []string{"Security Studies", "Digital Rights", "Strategic Studies", "Human Rights", "Cyber Policy",
		"Foreign Affairs", "Migration Research", "Media Freedom", "Open Government", "Defence Analysis",
		"Regional Cooperation", "Energy Policy", "Conflict Research", "Public Policy", "Democracy"}
	synthBrands = []string{"Norvex", "Adriatic", "Kestrel", "Bluegate", "Vantor", "Helio", "Meridian", "Orbis",
		"Talon", "Cirrus", "Northwind", "Lumen", "Aster", "Granite", "Silverline", "Quanta", "Polaris", "Tessera",
		"Zenith", "Arcadia", "Corvid", "Ironbark", "Pinecrest", "Redshift", "Sable", "Tidewater", "Vireo", "Wexford",
		"Yarrow", "Halcyon", "Bastion", "Cobalt", "Drava", "Ember", "Fjord", "Garnet", "Harbor", "Ionic", "Juniper", "Karst"}
	synthSectors = []string{"Telecom", "Energy", "Security Labs", "Systems", "Networks", "Logistics", "Bank",
		"Software", "Defence", "Analytics", "Cloud", "Shipping", "Media Group", "Airlines", "Pharma"}
	synthGroupWords = []string{"Charming", "Silent", "Cobalt", "Crimson", "Shadow", "Iron", "Hidden", "Velvet",
		"Scarlet", "Midnight", "Frozen", "Golden", "Black", "Grey", "Emerald", "Copper", "Storm", "Desert", "Ghost",
		"Night", "Rusty", "Jade", "Amber", "Obsidian", "Wandering"}
	synthGroupAnimals = []string{"Kitten", "Jackal", "Falcon", "Viper", "Bear", "Panda", "Hydra", "Wolf", "Lynx",
		"Hornet", "Scorpion", "Raven", "Cobra", "Mantis", "Owl", "Spider", "Tiger", "Heron", "Fox", "Badger",
		"Gecko", "Marten", "Condor", "Leopard", "Kraken"}
	synthBroadcasters = []string{"Public Television", "State Radio", "News Agency", "Broadcasting Corporation"}
	synthOutletNouns  = []string{"Times", "Post", "Herald", "Ledger", "Observer", "Wire", "Dispatch", "Gazette",
		"Tribune", "Review", "Monitor", "Journal", "Chronicle", "Bulletin", "Courier", "Express", "Standard",
		"Sentinel", "Record", "Mirror"}
	synthArticleTitles = []string{"Security and diplomacy roundup", "Cyber incidents this week", "Regional security briefing",
		"Sanctions and diplomacy digest", "The week in cyber and foreign affairs", "Live updates: security and diplomacy"}
)
