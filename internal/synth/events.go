package synth

import (
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// dates is an event's dates and the key they sort by.
type dates struct {
	key        int64 // first day, then coarser first, as timeline.Compare orders
	start, end timeline.Date
}

var epoch = time.Date(1990, time.January, 1, 0, 0, 0, 0, time.UTC)

// days is the number of days from 1990-01-01 to 2025-12-31.
const days = 13149

func (g *generator) when() dates {
	t := epoch.AddDate(0, 0, g.r.IntN(days))
	var w dates
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
func (g *generator) events(ctxs []eventCtx, second bool) []timeline.Event {
	n := len(ctxs)
	whens := make([]dates, n)
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
		e.ID = idOf("ev", i+1, width)
		w := &whens[order[i]&(1<<32-1)]
		e.Start, e.End = w.start, w.end
		e.Title, e.Summary = g.texts(x)

		from := len(countries)
		countries = append(countries, countryList[x.c1].code)
		if !x.solo {
			countries = append(countries, countryList[x.c2].code)
			if g.r.IntN(100) < 15 {
				if c3 := g.r.IntN(len(countryList)); c3 != int(x.c1) && c3 != int(x.c2) {
					countries = append(countries, countryList[c3].code)
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

func idOf(prefix string, i, width int) string {
	s := strconv.Itoa(i)
	return prefix + strings.Repeat("0", max(width-len(s), 0)) + s
}

// context draws what an event is about.
func (g *generator) context(x *eventCtx) {
	t := g.r.IntN(g.weights[len(g.weights)-1])
	x.theme = uint8(sortSearch(g.weights, t))
	x.c1 = uint8(g.pick(len(countryList), true))
	x.c2 = x.c1
	for x.c2 == x.c1 {
		x.c2 = uint8(g.pick(len(countryList), true))
	}
	x.solo = g.themes[x.theme].canSolo && g.r.IntN(100) < 20
	g.slots(x)
}

// slots draws the words an event's texts share.
func (g *generator) slots(x *eventCtx) {
	r := func(n int) uint8 { return uint8(g.r.IntN(n)) }
	x.attack, x.target, x.org = r(len(attacks)), r(len(targets)), r(len(orgs))
	x.official, x.topic, x.reason = r(len(officials)), r(len(topics)), r(len(reasons))
	x.dur, x.alliance, x.num = r(len(durations)), r(len(alliances)), r(len(numbers))
	x.threat, x.hist, x.aud = r(len(threats)), r(len(history)), r(len(audiences))
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
func (g *generator) texts(x *eventCtx) (title, summary string) {
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
func (g *generator) expand(b []byte, t string, x *eventCtx) []byte {
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

func (g *generator) slot(name string, x *eventCtx) string {
	c1, c2 := &countryList[x.c1], &countryList[x.c2]
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
		return attacks[x.attack]
	case "Attack":
		return g.attacks[x.attack]
	case "target":
		return targets[x.target]
	case "org":
		return orgs[x.org]
	case "official":
		return officials[x.official]
	case "topic":
		return topics[x.topic]
	case "reason":
		return reasons[x.reason]
	case "dur":
		return durations[x.dur]
	case "alliance":
		return g.alliances[x.alliance].mid
	case "Alliance":
		return g.alliances[x.alliance].start
	case "num":
		return numbers[x.num]
	case "threat":
		return threats[x.threat]
	case "hist":
		return history[x.hist]
	case "aud":
		return audiences[x.aud]
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
func (g *generator) eventActors(out []string, x *eventCtx) []string {
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
func (g *generator) eventTags(out []string, x *eventCtx) []string {
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
