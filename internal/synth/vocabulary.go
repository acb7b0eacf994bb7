package synth

import "strings"

// pool is a set of templates and those of them that name only the
// event's first country (no slot ending in 2).
type pool[T any] struct{ all, solo []T }

func pairsOf(ps ...pair) pool[pair] {
	p := pool[pair]{all: ps}
	for _, t := range ps {
		if onlyC1(t[0]) && onlyC1(t[1]) {
			p.solo = append(p.solo, t)
		}
	}
	return p
}

func clausesOf(cs ...string) pool[string] {
	p := pool[string]{all: cs}
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

// theme is a kind of event: its tag, tags that go with it, how
// often it happens, its titles with their summaries, and clauses for the
// sentences that report it.
type theme struct {
	tag     string
	related []string
	weight  int
	texts   pool[pair]
	clauses pool[string]
	canSolo bool // both pools have templates naming only c1
}

// themes are the kinds of event. Slots: {c1} {c2} a country as
// written mid-sentence ("the Netherlands"), {C1} {C2} at the start of one,
// {a1} {a2} its adjective, {city1} {city2}, and the word pools by name.
func themes() []theme {
	ts := []theme{
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

// country is a real ISO 3166-1 country; the marks it as one named
// with an article ("the Netherlands").
type country struct {
	code, name, adj, city string
	the                   bool
}

// countryList: the first few, the story's own, come up most often.
var countryList = []country{
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

// alliancesThe are the alliances named with an article.
var alliancesThe = []string{"EU", "UN", "Council of Europe", "African Union", "Arab League",
	"European Union", "United Nations"}
