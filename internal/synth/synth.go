// Package synth makes synthetic datasets of any size, for performance work: loading, filtering
// and drawing a million events, and comparing cyberdesk with fzf and less
// on the same lines. Everything is made from word pools by one seeded PCG
// stream, so a size and a seed always give the same bytes.
//
// The shape follows the real data: events across 1990–2025 at mixed
// precision, each citing one or two sentences of synthetic articles that
// name one of its actors; ~60 real countries, up to ~5,000 actors and ~200
// outlets, scaled down for small datasets. The Short shape is a
// spreadsheet's slides instead, about 120 bytes a CSV row, where a load's
// cost per event rather than per byte shows.
package synth

import (
	"math/rand/v2"
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Options says what [Parts] makes.
type Options struct {
	Events int    // how many events; fewer than 1 gives an empty dataset
	Seed   uint64 // with Events and Shape, determines every byte of the result
	Shape  Shape  // what each event looks like; the zero value is Full
}

// seedStream is the second word of the PCG state ("cyberdes"), so a seed
// alone picks the stream.
const seedStream = 0x6379626572646573

// Sizes of the synthetic world at a million events; smaller datasets get
// fewer actors, articles and outlets so that each is still used.
const (
	maxActors        = 5000
	maxOutlets       = 200
	eventsPerArticle = 1000
)

// eventCtx is what one event is about, as indexes into the word pools, so
// its title, summary and source sentences agree. It is kept per event
// between generating the events and writing the articles that cite them.
type eventCtx struct {
	actors                               [2]int32 // the first two actors, which sentences name
	nActors                              uint8    // how many of them there are
	theme, c1, c2                        uint8
	attack, target, org, official, topic uint8
	reason, dur, alliance, num, threat   uint8
	hist, aud                            uint8
	solo                                 bool // only c1 is involved: no template may name c2
}

// generator is the state of one call of Parts.
type generator struct {
	r       *rand.Rand
	buf     []byte
	attacks []string // attacks, capitalised
	themes  []theme
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

// Parts makes a dataset of o.Events events that passes
// [timeline.New]. The same options give the same parts, byte for byte.
func Parts(o Options) timeline.Parts {
	n := max(o.Events, 0)
	g := &generator{r: rand.New(rand.NewPCG(o.Seed, seedStream)), countryOf: map[string]int{}}
	g.setup()
	// Tags come from [timeline.Tags] only, as in a dataset made with
	// cyberdesk (an imported one may widen them: Parts.ExtraTags).
	p := timeline.Parts{Countries: make(map[string]string, len(countryList))}
	for i, c := range countryList {
		p.Countries[c.code] = c.name
		g.countryOf[c.code] = i
	}
	if n == 0 {
		return p
	}
	if o.Shape == Short {
		g.shortParts(n, &p)
		return p
	}
	nArticles := max((n+eventsPerArticle-1)/eventsPerArticle, min(n, 8))
	p.Outlets = g.outlets(min(maxOutlets, nArticles))
	p.Actors = g.makeActors(min(maxActors, max(n/2, 40)))
	ctxs := make([]eventCtx, n)
	p.Events = g.events(ctxs, nArticles > 1)
	p.Articles = g.articles(p.Events, ctxs, nArticles, p.Outlets)
	return p
}

func (g *generator) setup() {
	g.attacks = make([]string, len(attacks))
	for i, a := range attacks {
		g.attacks[i] = strings.ToUpper(a[:1]) + a[1:]
	}
	g.themes = themes()
	for _, c := range countryList {
		g.countries = append(g.countries, proseOf(c.name, c.the))
	}
	for _, a := range alliances {
		g.alliances = append(g.alliances, proseOf(a, slices.Contains(alliancesThe, a)))
	}
	total := 0
	for _, t := range g.themes {
		total += t.weight
		g.weights = append(g.weights, total)
	}
}

// pick returns an index into a pool of n, skewed towards the start when
// skew is set: a few countries and actors dominate, as in the news.
func (g *generator) pick(n int, skew bool) int {
	if !skew {
		return g.r.IntN(n)
	}
	u := g.r.Float64()
	return int(u * u * float64(n))
}

func (g *generator) outlets(n int) []timeline.Outlet {
	out := make([]timeline.Outlet, 0, n)
	seen := map[string]bool{}
	for len(out) < n {
		c := &countryList[g.pick(len(countryList), true)]
		noun := outletNouns[g.r.IntN(len(outletNouns))]
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
func (g *generator) makeActors(n int) []timeline.Actor {
	g.actors = make([]timeline.Actor, 0, n)
	g.byCountry = make([][]int32, len(countryList))
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
			g.actorNames = append(g.actorNames, proseOf(a.Name, slices.Contains(alliancesThe, a.Name)))
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
func (g *generator) actor() (timeline.Actor, bool) {
	ci := g.pick(len(countryList), true)
	c := &countryList[ci]
	a := timeline.Actor{Country: c.code}
	w := g.r.IntN(100)
	switch {
	case w < 52:
		a.Kind = timeline.Person
		a.Name = g.personName()
	case w < 69:
		a.Kind = timeline.Agency
		a.Name = c.adj + " " + agencies[g.r.IntN(len(agencies))]
	case w < 77:
		a.Kind = timeline.Organisation
		field := fields[g.r.IntN(len(fields))]
		if g.r.IntN(2) == 0 {
			a.Name = c.city + " Centre for " + field
		} else {
			a.Name = c.adj + " Institute for " + field
		}
	case w < 85:
		a.Kind = timeline.Company
		a.Name = brands[g.r.IntN(len(brands))] + " " + sectors[g.r.IntN(len(sectors))]
	case w < 91:
		a.Kind = timeline.Group
		a.Name = groupWords[g.r.IntN(len(groupWords))] + " " + groupAnimals[g.r.IntN(len(groupAnimals))]
		if g.r.IntN(2) == 0 {
			a.Country = "" // unattributed
		}
	case w < 93:
		a.Kind = timeline.Media
		a.Name = c.adj + " " + broadcasters[g.r.IntN(len(broadcasters))]
	case w < 96:
		a.Kind = timeline.State
		a.Name = c.name
	case w < 99:
		a.Kind = timeline.Government
		a.Name = "Government of " + c.name
	default:
		a.Kind = timeline.Alliance
		a.Name = allianceActors[g.r.IntN(len(allianceActors))]
		a.Country = ""
	}
	a.ID = actorID(a)
	return a, a.ID != ""
}

func (g *generator) personName() string {
	first := firstNames[g.r.IntN(len(firstNames))]
	last := lastNames[g.r.IntN(len(lastNames))]
	if g.r.IntN(8) == 0 {
		return first + " " + string(rune('A'+g.r.IntN(26))) + ". " + last
	}
	return first + " " + last
}

// a Monday

// personFrames and orgFrames wrap a theme's clause into a
// sentence naming an actor: the part before the clause and the part after.
var (
	personFrames = [][2]string{
		{"{Name}, {role}, said ", "."}, {"{Name} told reporters that ", "."},
		{"According to {name}, {role}, ", "."}, {"{Name} said on television that ", "."},
	}
	orgFrames = [][2]string{
		{"{Name} said in a statement that ", "."}, {"According to {name}, ", "."},
		{"{Name} confirmed that ", "."}, {"A spokesperson for {name} said ", "."}, {"{Name} said ", "."},
	}
)

// The word pools. Each is read-only and under 256 long (eventCtx holds
// indexes into them as bytes).
var (
	attacks = []string{"phishing campaign", "ransomware attack", "DDoS attack", "data breach", "wiper attack",
		"network intrusion", "credential theft", "website defacement", "spyware campaign", "supply-chain attack",
		"email hack", "data leak", "botnet attack", "malware outbreak"}
	targets = []string{"customs portal", "e-government portal", "border control system", "tax office network",
		"state email system", "payroll database", "police records system", "election website", "power grid",
		"water utility", "port logistics system", "central bank website", "hospital network", "parliament website",
		"land registry", "visa system", "public broadcaster", "telecom network", "airport check-in system", "pension database"}
	orgs = []string{"ministry", "foreign ministry", "interior ministry", "cyber agency", "customs agency",
		"tax authority", "central bank", "police service", "government", "defence ministry", "energy regulator", "election commission"}
	officials = []string{"prime minister", "foreign minister", "president", "interior minister",
		"defence minister", "cyber envoy", "security adviser", "trade minister"}
	topics = []string{"cyber defence", "border security", "energy supply", "trade", "intelligence sharing",
		"visa rules", "refugee policy", "election security", "critical infrastructure", "counterterrorism",
		"digital services", "sanctions policy", "maritime security"}
	reasons = []string{"cyberattacks", "espionage claims", "election meddling", "the hacking of state servers",
		"a foiled plot", "human rights abuses", "arms transfers", "support for militias", "leaked documents", "a drone strike"}
	durations = []string{"two hours", "half a day", "three days", "a week", "48 hours", "several days", "ten days", "a month"}
	alliances = []string{"NATO", "EU", "OSCE", "UN", "G7", "Council of Europe", "Five Eyes", "African Union", "Arab League"}
	// allianceActors are the alliances as actors, by their full names.
	allianceActors = []string{"NATO", "European Union", "OSCE", "United Nations", "G7", "Council of Europe",
		"Five Eyes", "African Union", "Arab League"}
	numbers = []string{"80", "200", "400", "1,500", "2,000", "3,000"}
	threats = []string{"more attacks on state systems", "ransomware gangs", "election interference",
		"attacks on energy networks", "phishing aimed at officials", "sabotage of undersea cables"}
	history = []string{"the 1997 unrest", "the end of the Cold War", "its NATO accession", "the 1999 refugee crisis",
		"independence", "the embassy siege", "the first free elections", "the fall of the old regime"}
	audiences = []string{"voters", "diaspora groups", "journalists", "students", "military families", "pensioners"}
	roles     = []string{"a government spokesperson", "a senior official", "the foreign minister", "a security researcher",
		"the ambassador", "a deputy minister", "an intelligence official", "a police spokesperson", "an opposition lawmaker"}

	firstNames = []string{"Ilir", "Edi", "Arben", "Besa", "Dritan", "Elira", "Gent", "Mira", "Erion", "Anisa",
		"Yair", "Noa", "Avi", "Tamar", "Eitan", "Maya", "Ali", "Maryam", "Reza", "Leila", "Hassan", "Sara", "Dariush",
		"John", "Emily", "Michael", "Sarah", "David", "Laura", "James", "Anna", "Thomas", "Claire", "Pierre", "Sophie",
		"Hans", "Greta", "Marco", "Giulia", "Nikos", "Eleni", "Mehmet", "Ayse", "Ivan", "Olena", "Dmitri", "Katarina",
		"Jan", "Agnieszka", "Lars", "Ingrid", "Pedro", "Lucia", "Omar", "Fatima", "Kwame", "Amina", "Raj", "Priya",
		"Wei", "Mei", "Hiroshi", "Yuki", "Min-jun", "Ji-woo", "Carlos", "Ana", "Tomas", "Petra", "Nikola", "Vesna",
		"Goran", "Jelena", "Andrei", "Irina", "Giorgi", "Nino", "Karim", "Yasmin", "Samuel", "Grace"}
	lastNames = []string{"Hoxha", "Rama", "Berisha", "Krasniqi", "Shehu", "Gashi", "Dervishi", "Leka", "Cela",
		"Cohen", "Levi", "Mizrahi", "Friedman", "Katz", "Shapiro", "Ahmadi", "Hosseini", "Karimi", "Moradi", "Rahimi",
		"Tehrani", "Smith", "Johnson", "Brown", "Miller", "Davis", "Wilson", "Taylor", "Clarke", "Martin", "Bernard",
		"Dubois", "Moreau", "Schmidt", "Weber", "Fischer", "Rossi", "Russo", "Bianchi", "Papadopoulos", "Georgiou",
		"Yilmaz", "Kaya", "Demir", "Petrov", "Ivanova", "Kovalenko", "Shevchenko", "Novak", "Horvat", "Kovac",
		"Nowak", "Kowalski", "Larsen", "Nilsen", "Johansson", "Virtanen", "Garcia", "Fernandez", "Santos", "Silva",
		"Haddad", "Khoury", "Mansour", "Nasser", "Okafor", "Mensah", "Kamau", "Patel", "Sharma", "Khan", "Wang", "Li",
		"Zhang", "Sato", "Tanaka", "Kim", "Park", "Lee", "Popescu", "Ionescu", "Nagy", "Dimitrov", "Jovanovic",
		"Petrovic", "Beridze", "Aliyev", "Grigoryan", "Mendes", "O'Brien", "Murphy"}

	agencies = []string{"Ministry of Foreign Affairs", "Ministry of Interior", "Ministry of Defence",
		"Ministry of Finance", "Ministry of Justice", "National Cyber Security Authority", "Intelligence Service",
		"State Police", "Customs Administration", "Tax Authority", "Central Bank", "Election Commission",
		"Data Protection Authority", "Computer Emergency Response Team", "Border Police", "Prosecutor's Office",
		"Energy Regulator", "Telecom Regulator", "Coast Guard", "Counterterrorism Unit", "Financial Intelligence Unit",
		"Ministry of Health", "Civil Aviation Authority", "Ports Authority", "Statistics Office", "National Archives",
		"Armed Forces", "Parliament"}
	fields = []string{"Security Studies", "Digital Rights", "Strategic Studies", "Human Rights", "Cyber Policy",
		"Foreign Affairs", "Migration Research", "Media Freedom", "Open Government", "Defence Analysis",
		"Regional Cooperation", "Energy Policy", "Conflict Research", "Public Policy", "Democracy"}
	brands = []string{"Norvex", "Adriatic", "Kestrel", "Bluegate", "Vantor", "Helio", "Meridian", "Orbis",
		"Talon", "Cirrus", "Northwind", "Lumen", "Aster", "Granite", "Silverline", "Quanta", "Polaris", "Tessera",
		"Zenith", "Arcadia", "Corvid", "Ironbark", "Pinecrest", "Redshift", "Sable", "Tidewater", "Vireo", "Wexford",
		"Yarrow", "Halcyon", "Bastion", "Cobalt", "Drava", "Ember", "Fjord", "Garnet", "Harbor", "Ionic", "Juniper", "Karst"}
	sectors = []string{"Telecom", "Energy", "Security Labs", "Systems", "Networks", "Logistics", "Bank",
		"Software", "Defence", "Analytics", "Cloud", "Shipping", "Media Group", "Airlines", "Pharma"}
	groupWords = []string{"Charming", "Silent", "Cobalt", "Crimson", "Shadow", "Iron", "Hidden", "Velvet",
		"Scarlet", "Midnight", "Frozen", "Golden", "Black", "Grey", "Emerald", "Copper", "Storm", "Desert", "Ghost",
		"Night", "Rusty", "Jade", "Amber", "Obsidian", "Wandering"}
	groupAnimals = []string{"Kitten", "Jackal", "Falcon", "Viper", "Bear", "Panda", "Hydra", "Wolf", "Lynx",
		"Hornet", "Scorpion", "Raven", "Cobra", "Mantis", "Owl", "Spider", "Tiger", "Heron", "Fox", "Badger",
		"Gecko", "Marten", "Condor", "Leopard", "Kraken"}
	broadcasters = []string{"Public Television", "State Radio", "News Agency", "Broadcasting Corporation"}
	outletNouns  = []string{"Times", "Post", "Herald", "Ledger", "Observer", "Wire", "Dispatch", "Gazette",
		"Tribune", "Review", "Monitor", "Journal", "Chronicle", "Bulletin", "Courier", "Express", "Standard",
		"Sentinel", "Record", "Mirror"}
	articleTitles = []string{"Security and diplomacy roundup", "Cyber incidents this week", "Regional security briefing",
		"Sanctions and diplomacy digest", "The week in cyber and foreign affairs", "Live updates: security and diplomacy"}
)
