package synth

import (
	"slices"
	"strconv"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// cite is one sentence an article holds: the event's source slot.
type cite struct {
	event int32
	slot  int8
}

// articles writes the articles the events cite. Events are in date order;
// the ones in each run of about eventsPerArticle have their first
// source in one article, and a second source, if any, in a neighbouring
// article of another outlet. Each cited sentence names one of the event's
// actors; the span is exactly that sentence.
func (g *generator) articles(events []timeline.Event, ctxs []eventCtx, n int, outlets []timeline.Outlet) []timeline.Article {
	cites := make([][]cite, n)
	primary := func(i int) int { return int(int64(i) * int64(n) / int64(len(events))) }
	for i := range events {
		p := primary(i)
		cites[p] = append(cites[p], cite{int32(i), 0})
		if len(events[i].Sources) > 1 {
			s := p + 1 + g.r.IntN(min(2, n-1))
			if s >= n {
				s = p - (s - p)
			}
			cites[s] = append(cites[s], cite{int32(i), 1})
		}
	}
	width := len(strconv.Itoa(n))
	arts := make([]timeline.Article, n)
	var b strings.Builder
	for k := range arts {
		cs := cites[k]
		slices.SortFunc(cs, func(a, b cite) int { return int(a.event - b.event) })
		a := &arts[k]
		a.ID = idOf("art", k+1, width)
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
		a.Title = articleTitles[g.r.IntN(len(articleTitles))] + ", " + a.Published.String()
	}
	return arts
}

// sentence writes into g.buf the passage an event's source slot cites:
// one sentence naming one of its first two actors (the other, when the
// first one's name makes every sentence too long).
func (g *generator) sentence(x *eventCtx, slot int) {
	clauses := g.themes[x.theme].clauses.all
	if x.solo {
		clauses = g.themes[x.theme].clauses.solo
	}
	for try := 0; ; try++ {
		ai := x.actors[(slot+try/4)%int(x.nActors)]
		g.name, g.role = g.actorNames[ai], roles[g.r.IntN(len(roles))]
		frames := orgFrames
		if g.actors[ai].Kind == timeline.Person {
			frames = personFrames
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
