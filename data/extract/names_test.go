package extract

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// foundString renders what the name finder found in text, one name a
// line: its kind, text, country and role.
func foundString(text string, fs []found) string {
	var b strings.Builder
	kinds := map[nameKind]string{namePerson: "person", nameOrg: "org", nameState: "state", nameSingle: "single"}
	for _, f := range fs {
		fmt.Fprintf(&b, "%s %q", kinds[f.kind], f.text)
		if f.country != "" {
			fmt.Fprintf(&b, " %s", f.country)
		}
		if f.role != [2]int{} {
			fmt.Fprintf(&b, " role %q", text[f.role[0]:f.role[1]])
		}
		if f.kind == nameOrg {
			fmt.Fprintf(&b, " %s", f.org)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestFindNames(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"title and country", "Talks began when Israeli Prime Minister Yair Lapid said so.",
			"single \"Talks\"\nperson \"Yair Lapid\" IL role \"Israeli Prime Minister\"\n"},
		{"middle initial", "He met Brian E. Nelson, the Treasury’s under secretary, on Monday.",
			"person \"Brian E. Nelson\"\n"},
		{"white house", "A spokesman at the White House said nothing.", "org \"White House\" government\n"},
		{"title with of", "It was Secretary of State John Kerry who spoke.",
			"person \"John Kerry\" role \"Secretary of State\"\n"},
		{"two surnames", "Voters weighed Trump and Clinton.", "single \"Trump\"\nsingle \"Clinton\"\n"},
		{"person of a place", "She quoted Hillary Clinton of New York at length.", "person \"Hillary Clinton\"\n"},
		{"titled person of a place", "It angered Chairman K.L. Vantongeren of North Carolina deeply.",
			"person \"K.L. Vantongeren\" role \"Chairman\"\n"},
		{"possessive country", "A letter reached Iran’s Ministry of Foreign Affairs late.",
			"state \"Iran\" IR\norg \"Iran’s Ministry of Foreign Affairs\" IR agency\n"},
		{"plural possessive", "The Rail Workers’ Union struck.", "org \"Rail Workers’ Union\" organisation\n"},
		{"government", "It angered the Albanian government deeply.", "org \"Albanian government\" AL government\n"},
		// rec28s: an "and" after a thing's word the article writes in
		// lower case, or after "for", is inside one organisation's name;
		// a union's branch number is no part of it
		{"and after a thing's word", "Crews of the Corran Fire and Rescue Service put out the fire.",
			"single \"Crews\"\norg \"Corran Fire and Rescue Service\" agency\n"},
		{"union local", "Members of the Transit and Tramway Workers Union Local 414 voted on transit pay.",
			"org \"Transit and Tramway Workers Union\" organisation\n"},
		{"and after for", "It cited the Center for Economic and Policy Research.",
			"org \"Center for Economic and Policy Research\" organisation\n"},
		{"and after a name", "He thanked Google and Microsoft Research for the research grant.",
			"single \"Google\"\norg \"Microsoft Research\" organisation\n"},
		{"and after a head", "Officials at the Treasury Department and State Department disagreed.",
			"org \"Treasury Department\" agency\norg \"State Department\" agency\n"},
		{"and after a place", "He spoke to Iowa and New Hampshire Democratic Party members about the party.",
			"org \"New Hampshire Democratic Party\" organisation\n"},
		{"acronym", "Allies met at NATO headquarters.", "single \"Allies\"\norg \"NATO\" organisation\n"},
		{"a firm's heads", "It hired Tavish Research and Orlen Pharmaceuticals International last year.",
			"org \"Tavish Research\" organisation\norg \"Orlen Pharmaceuticals International\" organisation\n"},
		{"chief of staff", "It was White House Chief of Staff Ola Dahl who called.",
			"person \"Ola Dahl\" role \"White House Chief of Staff\"\n"},
		{"counsel", "The letter went to General Counsel Ada Lorn at once.",
			"person \"Ada Lorn\" role \"General Counsel\"\n"},
		{"a media company", "The story ran on Brenlow Insider after Kessa Media bought it.",
			"org \"Brenlow Insider\" media\norg \"Kessa Media\" company\n"},
		{"a firm named for its trade", "Harnlow Minerals and Tessik Mining bought Orva Securities.",
			"org \"Harnlow Minerals\" company\norg \"Tessik Mining\" company\norg \"Orva Securities\" company\n"},
		{"an occupation before a name is a role", "Farmer Ola Dahl met Cllr Tarrant. Actress Ivy Lund came.",
			"person \"Ola Dahl\" role \"Farmer\"\nsingle \"Tarrant\" role \"Cllr\"\nperson \"Ivy Lund\" role \"Actress\"\n"},
		{"an occupation that is a surname after a first name", "He met Scott Farmer there.", "person \"Scott Farmer\"\n"},
		{"dateline", "STAVNA — The port reopened.", ""},
		{"sentence opener", "In September, Albania cut ties.", "state \"Albania\" AL\n"},
		{"place", "He campaigned across New Hampshire.", ""},
		{"event", "They arrived before World War II began.", ""},
		{"titled surname", "The vote went to Sen. Cruz easily.", "single \"Cruz\" role \"Sen.\"\n"},
		{"headline", "Rama Blames Tehran For Cyber Attacks On Albania", ""},
		{"a list of names is no headline", "Ilse Varga, Tomas Hale, Petra Lund, Ana Sova and Marek Dral.",
			"person \"Ilse Varga\"\nperson \"Tomas Hale\"\nperson \"Petra Lund\"\nperson \"Ana Sova\"\nperson \"Marek Dral\"\n"},
		{"two people joined by and", "Knesset Speaker Mickey Levy and Finance Minister Avigdor Liberman came.",
			"person \"Mickey Levy\" role \"Knesset Speaker\"\nperson \"Avigdor Liberman\" role \"Finance Minister\"\n"},
		{"adjective alone", "Iranian hackers struck in July.", ""},
		{"ambassador to", "Israeli Ambassador to Albania Galit Peleg spoke.",
			"person \"Galit Peleg\" IL role \"Israeli Ambassador to Albania\"\n"},
		{"an organisation named with for", "She spoke to Ola Dahl of the Vestby Centre for Coastal Studies today.",
			"person \"Ola Dahl\"\norg \"Vestby Centre for Coastal Studies\" organisation\n"},
		{"the words after an organisation's for are no person", "He runs the Harbour Institute for Storm Preparedness at home.",
			"org \"Harbour Institute for Storm Preparedness\" organisation\n"},
		{"an organisation and a place joined by at", "She heads the National Centre for Storm Preparedness at Vestby University now.",
			"org \"National Centre for Storm Preparedness\" organisation\norg \"Vestby University\" organisation\n"},
		{"a title of honour before a name", "He called Liar of the Year Ola Dahl a fraud.", "single \"Liar\"\nperson \"Ola Dahl\"\n"},
		{"voters of a state are no person", "Many Vestland Republicans stayed home.", ""},
		{"a month before its day is no surname", "Born May 24, 1917, to Ola Dahl, he was educated at home.",
			"single \"Born\"\nperson \"Ola Dahl\"\n"},
		{"a headline's modal is no surname", "Donor Adelson and Vance May be Aligning on Taxes.",
			"person \"Donor Adelson\"\nsingle \"Vance\"\nsingle \"Aligning\"\nsingle \"Taxes\"\n"},
		{"May as a surname", "Talks began when Prime Minister Theresa May arrived.",
			"single \"Talks\"\nperson \"Theresa May\" role \"Prime Minister\"\n"},
		{"a contraction is no name", "“Look I’ve said it,” he told Ola Dahl.", "person \"Ola Dahl\"\n"},
		{"believers are no person", "The Vestic Muslims fled to the coast.", ""},
		{"the rest of a place's name is no person", "He works for the New Vestby Ferries now.", ""},
		{"a sentence opens after two apostrophes", "He wrote ''Responding to the board is a waste of time.''", ""},
		{"Will as a first name", "“We won,” Will Estrada said.", "person \"Will Estrada\"\n"},
		{"Will as a modal opening a question", "Will Estrada win the vote?", "single \"Estrada\"\n"},
		{"a closed-class word opening a sentence is no name's", "Besides Vestrup, nobody spoke.", "single \"Vestrup\"\n"},
		{"whatever opening a sentence is no name's", "Whatever Vestrup says, the port stays shut.", "single \"Vestrup\"\n"},
		{"given opening a sentence is no name's", "Given Vestrup's record, few were surprised.", "single \"Vestrup\"\n"},
		{"a participle opening a sentence is no name's", "Asserting Vestrup was wrong, they left.", "single \"Vestrup\"\n"},
		{"an imperative opening a sentence is no title", "Enter President Ola Dahl, smiling.", "person \"Ola Dahl\" role \"President\"\n"},
		{"a name in -ing written mid-sentence stays a name", "Sterling Dahl spoke. Then Sterling Dahl left.", "person \"Sterling Dahl\"\nperson \"Sterling Dahl\"\n"},
		{"a state's name is not the country inside it", "He met New Jersey Gov. Ola Dahl.", "person \"Ola Dahl\" role \"New Jersey Gov.\"\n"},
		{"a state's name opening a sentence keeps its first word", "New Mexico Gov. Ola Dahl spoke.", "person \"Ola Dahl\" role \"New Mexico Gov.\"\n"},
		{"a state's name opening a sentence keeps its first word when the article writes it in lower case", "A new law passed. New Mexico Gov. Ola Dahl signed it.", "person \"Ola Dahl\" role \"New Mexico Gov.\"\n"},
		{"a name in -ly opening a sentence stays a name", "Beverly Vestrup spoke.", "person \"Beverly Vestrup\"\n"},
		{"a person named before an and with an ordinal's court", "In a long ruling, the late Judge Ola Dahl of the Vestic Court of Appeals for the Ninth Circuit and Ivo M. Tarrant wrote that it was void.",
			"person \"Ola Dahl\" role \"Judge\"\norg \"Vestic Court\" agency\nsingle \"Appeals\"\nperson \"Ivo M. Tarrant\"\n"},
		{"a state's name in an organisation's is not the country inside it", "He rode the New Jersey Transit Authority buses.", "org \"New Jersey Transit Authority\" agency\n"},
		{"an ordinal opens no person's name", "The case went to the Ninth Vestry on appeal.", ""},
		{"a lone surname and an aside opening a paragraph", "O'Malley, who led the port, spoke.", "single \"O'Malley\"\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := foundString(tt.text, newNamer(tt.text, paragraphs(tt.text)).find(0, len(tt.text)))
			if got != tt.want {
				t.Errorf("in %q\ngot:\n%swant:\n%s", tt.text, got, tt.want)
			}
		})
	}
}

// TestNamesBecomeActors: the names of articles become actors with their
// mentions, roles and countries, and one person named differently in two
// articles ("Brian E. Nelson", "Brian Nelson", "Nelson") is one actor.
func TestNamesBecomeActors(t *testing.T) {
	texts := []string{
		"Israeli Prime Minister Yair Lapid met Brian E. Nelson, the Treasury’s under secretary, in Jerusalem.\nLapid said Iran was behind the attack.\n",
		"Brian Nelson spoke after Lapid left the White House.\nNelson said the sanctions would hold.\n",
	}
	parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o", Name: "O"}}}
	var ids []string
	for i, text := range texts {
		id := fmt.Sprintf("a%d", i)
		parts.Articles = append(parts.Articles, timeline.Article{ID: id, Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)})
		ids = append(ids, id)
	}
	Into(&parts, ids, Options{})
	byName := map[string]timeline.Actor{}
	for _, a := range parts.Actors {
		byName[a.Name] = a
	}
	lapid, ok := byName["Yair Lapid"]
	if !ok || lapid.Kind != timeline.Person || lapid.Country != "IL" || len(lapid.Mentions) != 3 || len(lapid.Roles) != 1 {
		t.Errorf("Yair Lapid: %+v", lapid)
	}
	nelson, ok := byName["Brian E. Nelson"]
	if !ok || len(nelson.Mentions) != 3 || len(nelson.Roles) != 1 || nelson.Roles[0].Title != "Treasury’s under secretary" {
		t.Errorf("Brian E. Nelson: %+v", nelson)
	}
	if wh, ok := byName["White House"]; !ok || wh.Kind == timeline.Person {
		t.Errorf("White House: %+v", wh)
	}
	if iran, ok := byName["Iran"]; !ok || iran.Kind != timeline.State || parts.Countries["IR"] != "Iran" {
		t.Errorf("Iran: %+v, countries %v", iran, parts.Countries)
	}
	if _, ok := byName["Brian E"]; ok {
		t.Error("a middle initial made an actor of its own")
	}
	for _, a := range parts.Actors {
		for _, m := range a.Mentions {
			if m.Text.Verbatim() != parts.Articles[map[string]int{"a0": 0, "a1": 1}[m.Article]].Text[m.Start:m.End].Verbatim() {
				t.Errorf("%s: mention %+v is not the article's bytes", a.Name, m)
			}
		}
	}
}

// FuzzFindNames feeds arbitrary text to the name finder: it never panics
// and every name it finds is the text's own bytes.
func FuzzFindNames(f *testing.F) {
	for _, s := range []string{
		"Israeli Prime Minister Yair Lapid said. Iran’s Ministry of Foreign Affairs.",
		"The Rail Workers’ Union; Sen. Cruz and Trump. STAVNA — NATO (MOIS) Biden administration",
		"’s’ 's '' O’ al- \xff A. B. C. U.S. Jr. of and the",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		nm := newNamer(text, paragraphs(text))
		for _, fd := range nm.find(0, len(text)) {
			if fd.start < 0 || fd.end > len(text) || fd.start >= fd.end || text[fd.start:fd.end] != fd.text {
				t.Fatalf("found %+v, not bytes of the text", fd)
			}
			if fd.role != [2]int{} && (fd.role[0] < 0 || fd.role[1] > len(text) || fd.role[0] > fd.role[1]) {
				t.Fatalf("role %v out of the text", fd.role)
			}
		}
	})
}

// TestBodiesOfPeopleSpeak: "Democrats said" makes a group speak, not a
// person named Democrats.
func TestBodiesOfPeopleSpeak(t *testing.T) {
	for _, who := range []string{"Democrats", "Muslims"} {
		text := "“The harbour plan is a waste of money,” said " + who + " on the harbour board.\n"
		parts := timeline.Parts{
			Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)}},
			Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
		}
		Into(&parts, []string{"a"}, Options{})
		if len(parts.Quotes) != 1 {
			t.Fatalf("quotes: %+v", parts.Quotes)
		}
		for _, a := range parts.Actors {
			if a.ID == parts.Quotes[0].Speaker && (a.Name != who || a.Kind != timeline.Group) {
				t.Errorf("speaker %+v, want the group %s", a, who)
			}
		}
	}
}

// TestSurnamesAcrossArticles: a lone surname is a person another article
// named in full only once two articles have: "Berg" after two articles
// about Ida Berg, not "Ferry" after one about a Jonas Ferry.
func TestSurnamesAcrossArticles(t *testing.T) {
	texts := []string{
		"Jonas Ferry spoke at the harbour on Monday.\n",
		"Ida Berg spoke at the harbour on Monday.\n",
		"Ida Berg spoke at the harbour again on Tuesday.\n",
		"Later Berg and Ferry left the harbour together.\n",
	}
	parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o", Name: "O"}}}
	var ids []string
	for i, text := range texts {
		id := fmt.Sprintf("a%d", i)
		parts.Articles = append(parts.Articles, timeline.Article{ID: id, Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)})
		ids = append(ids, id)
	}
	Into(&parts, ids, Options{})
	mentions := map[string]int{}
	for _, a := range parts.Actors {
		mentions[a.Name] = len(a.Mentions)
	}
	if mentions["Ida Berg"] != 3 || mentions["Jonas Ferry"] != 1 {
		t.Errorf("mentions: %v, want Ida Berg 3 and Jonas Ferry 1", mentions)
	}
}

// TestApostrophesSpelledAsWritten: a name one article writes with a
// straight apostrophe and another with a curly one is one actor, and each
// spelling is among its aliases, so the article's own spelling finds it.
func TestApostrophesSpelledAsWritten(t *testing.T) {
	texts := []string{
		"Ines O’Hara spoke at the harbour on Monday.\n",
		"Ines O'Hara spoke at the harbour on Tuesday. “We will not let the ferry go without a fight,” O'Hara said.\n",
	}
	parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o", Name: "O"}}}
	var ids []string
	for i, text := range texts {
		id := fmt.Sprintf("a%d", i)
		parts.Articles = append(parts.Articles, timeline.Article{ID: id, Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)})
		ids = append(ids, id)
	}
	Into(&parts, ids, Options{})
	var hara []timeline.Actor
	for _, a := range parts.Actors {
		if strings.Contains(a.Name, "Hara") {
			hara = append(hara, a)
		}
	}
	if len(hara) != 1 || !slices.Contains(hara[0].Aliases, "Ines O'Hara") {
		t.Fatalf("actors named Hara: %+v, want one with the alias Ines O'Hara", hara)
	}
	if len(parts.Quotes) != 1 || parts.Quotes[0].Speaker != hara[0].ID {
		t.Errorf("quotes %+v, want one by %s", parts.Quotes, hara[0].ID)
	}
}

// TestAppositionIsATitle: the words after a name's comma give a role only
// when they are a title-like noun phrase, never a clause or a verb's
// phrase that mentions a title ("who praised the Vestic president").
func TestAppositionIsATitle(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Ola Dahl, the Treasury’s under secretary, spoke.", "the Treasury’s under secretary"},
		{"Ola Dahl, acting director of the agency, spoke.", "acting director of the agency"},
		{"Ola Dahl, who defended his praise of the Russian president, spoke.", ""},
		{"Ola Dahl, providing a boost to the first-time candidate for president, spoke.", ""},
		{"Ola Dahl, praised the Russian president, spoke.", ""},
		{"Ola Dahl, with the Russian president, spoke.", ""},
	}
	for _, tt := range tests {
		got := ""
		if r := apposition(tt.text, len("Ola Dahl")); r != [2]int{} {
			got = tt.text[r[0]:r[1]]
		}
		if got != tt.want {
			t.Errorf("in %q: role %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestMiddleNameJoins: a person named with a middle name ("Ola Vestrup
// Dahl") is the person named without it ("Ola Dahl"), in either order of
// articles; initials and two different middles keep their own rules.
func TestMiddleNameJoins(t *testing.T) {
	for _, texts := range [][]string{
		{"Ola Dahl spoke on Monday.\n", "Ola Vestrup Dahl spoke again.\n"},
		{"Ola Vestrup Dahl spoke on Monday.\n", "Ola Dahl spoke again.\n"},
	} {
		parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o", Name: "O"}}}
		var ids []string
		for i, text := range texts {
			id := fmt.Sprintf("a%d", i)
			parts.Articles = append(parts.Articles, timeline.Article{ID: id, Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)})
			ids = append(ids, id)
		}
		Into(&parts, ids, Options{})
		var people []string
		for _, a := range parts.Actors {
			if a.Kind == timeline.Person {
				people = append(people, fmt.Sprintf("%s (%d mentions)", a.Name, len(a.Mentions)))
			}
		}
		if len(people) != 1 || !strings.HasSuffix(people[0], "(2 mentions)") {
			t.Errorf("%q: people %v, want one with 2 mentions", texts, people)
		}
	}
	if _, ok := withoutMiddle("Ola J. Dahl"); ok {
		t.Error("an initial is no middle name to drop")
	}
	if _, ok := withoutMiddle("Ola Dahl Jr."); ok {
		t.Error("a suffix is no surname")
	}
}

// TestAcronymJoinsItsName: an acronym of a name the article gives in
// full is one actor with it, whichever comes first and whether or not
// the article spells the acronym out in brackets; a dateline's agency is
// no acronym of the place before it.
func TestAcronymJoinsItsName(t *testing.T) {
	for _, tt := range []struct{ name, text, full, acronym string }{
		{"in brackets after the name",
			"The Harbour Workers Alliance (HWA) marched on Monday. Later HWA said “we will march again next week” in a statement.\n",
			"Harbour Workers Alliance", "HWA"},
		{"the acronym first",
			"HWA marched on Monday. The Harbour Workers Alliance said “we will march again next week” in a statement.\n",
			"Harbour Workers Alliance", "HWA"},
		{"the name first, no brackets",
			"Members of the Harbour Workers Alliance marched on Monday. Later HWA said “we will march again next week” in a statement.\n",
			"Harbour Workers Alliance", "HWA"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			parts := timeline.Parts{
				Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(tt.text), Published: timeline.DayDate(2024, 5, 6)}},
				Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
			}
			Into(&parts, []string{"a"}, Options{})
			var with []string
			for _, a := range parts.Actors {
				if a.Name == tt.acronym || slices.Contains(a.Aliases, tt.acronym) {
					with = append(with, a.Name)
				}
			}
			if !slices.Equal(with, []string{tt.full}) {
				t.Errorf("actors going by %q: %v, want [%s]", tt.acronym, with, tt.full)
			}
			for q, s := range speakersOf(t, tt.text) {
				if s != tt.full {
					t.Errorf("%q: speaker %q, want %q", q, s, tt.full)
				}
			}
		})
	}
	parts := timeline.Parts{
		Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text("CONCORD, N.H. (AP) — The vote began on Monday.\n"), Published: timeline.DayDate(2024, 5, 6)}},
		Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
	}
	Into(&parts, []string{"a"}, Options{})
	for _, a := range parts.Actors {
		if slices.Contains(a.Aliases, "AP") {
			t.Errorf("%q goes by AP, the dateline's agency", a.Name)
		}
	}
}

// TestGroupAcronymIsNoPerson: a name whose acronym the article writes as
// an organisation's ("the DWR group") is no person, though its words read
// like a person's name and an earlier article took it for one; a person
// known by initials ("JFK said") stays a person.
func TestGroupAcronymIsNoPerson(t *testing.T) {
	kinds := func(texts ...string) map[string]timeline.ActorKind {
		parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o", Name: "O"}}}
		var ids []string
		for i, text := range texts {
			id := fmt.Sprintf("a%d", i)
			parts.Articles = append(parts.Articles, timeline.Article{ID: id, Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)})
			ids = append(ids, id)
		}
		Into(&parts, ids, Options{})
		out := map[string]timeline.ActorKind{}
		for _, a := range parts.Actors {
			out[a.Name] = a.Kind
		}
		return out
	}
	first := "Mira Holt said she would meet Dark Waters Rise on Monday.\n"
	if k := kinds(first)["Dark Waters Rise"]; k != timeline.Person {
		t.Fatalf("precondition: alone, Dark Waters Rise is %q, want the person the words read as", k)
	}
	second := "Dark Waters Rise, the protest group, marched on the harbour. Later the DWR group said “we will march again next week” in a statement.\n"
	for _, texts := range [][]string{{second}, {first, second}} {
		if k := kinds(texts...)["Dark Waters Rise"]; k == timeline.Person || k == "" {
			t.Errorf("%d articles: Dark Waters Rise is %q, want an organisation", len(texts), k)
		}
	}
	if k := kinds("Jon F. Kell spoke at the harbour. JFK said “we will sail again next week” to the crowd.\n")["Jon F. Kell"]; k != timeline.Person {
		t.Errorf("Jon F. Kell, known as JFK, is %q, want a person", k)
	}
}

// TestHonorificPicksTheSurnamesOwner: of two people an article names in
// full with one surname, "Mr. Lorn" is the one it has styled "Mr." and
// "Mrs. Lorn" the other, even where she is the nearer; and an honorific is
// no role.
func TestHonorificPicksTheSurnamesOwner(t *testing.T) {
	text := "Tomas Lorn opened the mill in 1990. Mr. Lorn said it would stay open.\n\n" +
		"His wife, Ada Lorn, ran its books. Mr. Lorn later sold it.\n\n" +
		"Mrs. Lorn said she had warned him. Mr. and Mrs. Lorn both left the town.\n"
	parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o", Name: "O"}},
		Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)}}}
	Into(&parts, []string{"a"}, Options{})
	got := map[string][]string{}
	for _, a := range parts.Actors {
		if a.Kind != timeline.Person {
			continue
		}
		for _, m := range a.Mentions {
			got[a.Name] = append(got[a.Name], text[max(0, m.Start-5):m.End])
		}
		for _, r := range a.Roles {
			t.Errorf("%s has the role %q, an honorific", a.Name, r.Title)
		}
	}
	// the couple's "Lorn" may be either's
	want := map[string][]string{
		"Tomas Lorn": {"Tomas Lorn", " Mr. Lorn", " Mr. Lorn"},
		"Ada Lorn":   {"ife, Ada Lorn", "Mrs. Lorn"},
	}
	for name, w := range want {
		if len(got[name]) < len(w) || !slices.Equal(got[name][:len(w)], w) {
			t.Errorf("%s: mentions %q, want them to open with %q", name, got[name], w)
		}
	}
	if n := len(got["Tomas Lorn"]) + len(got["Ada Lorn"]); n != 6 {
		t.Errorf("%d mentions of the Lorns, want 6: %q", n, got)
	}
}

// TestHonorificGuessIsNoEvidence: where "Mr. Lorn" could be either of two
// Lorns named before it, whom it is taken for is a guess, which must not
// make the other "Mrs. Lorn" later.
func TestHonorificGuessIsNoEvidence(t *testing.T) {
	text := "Mayor Tomas Lorn and Ada Lorn posed for photographs.\n\n" +
		"Mr. Lorn smiled at the guests.\n\nBut Mrs. Lorn, who was tired, did not.\n"
	parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o", Name: "O"}},
		Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)}}}
	Into(&parts, []string{"a"}, Options{})
	at := strings.Index(text, "Mrs. Lorn") + len("Mrs. ")
	for _, a := range parts.Actors {
		for _, m := range a.Mentions {
			if m.Start == at && a.Name != "Ada Lorn" {
				t.Errorf("Mrs. Lorn is taken for %s", a.Name)
			}
		}
	}
}

// TestNameQuotedAloneIsNoPerson: a name standing alone in quotation marks
// is a term the article cites (a nickname, a slogan, a show), whichever
// marks it uses; the same words outside quotation marks still name a
// person.
func TestNameQuotedAloneIsNoPerson(t *testing.T) {
	people := func(text string) []string {
		parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o", Name: "O"}},
			Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2023, 3, 4)}}}
		Into(&parts, []string{"a"}, Options{})
		var got []string
		for _, a := range parts.Actors {
			if a.Kind == timeline.Person {
				got = append(got, a.Name)
			}
		}
		slices.Sort(got)
		return got
	}
	for _, text := range []string{
		"Fans of the forum call it \"Mount Quillo\" in jest.\n",
		"Fans of the forum call it “Mount Quillo,” in jest.\n",
		"Fans of the forum call it ''Mount Quillo,'' in jest.\n",
		"Rivals ran a ‘Stop Dara Venn’ campaign all summer.\n",
	} {
		if got := people(text); len(got) != 0 {
			t.Errorf("%q: people %q, want none: the quoted name is a term", text, got)
		}
	}
	if got := people("Fans wrote to Tomas Quillo in jest.\n"); !slices.Equal(got, []string{"Tomas Quillo"}) {
		t.Errorf("people %q, want Tomas Quillo: unquoted, the name is his", got)
	}
	if got := people("\"Tomas Quillo is wrong,\" Ada Venn said.\n"); !slices.Contains(got, "Tomas Quillo") {
		t.Errorf("people %q, want Tomas Quillo: a quotation that says more than the name still names him", got)
	}
}
