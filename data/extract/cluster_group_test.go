package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestWordsOfOneHappening: outlets name one happening in different words,
// some of them a verb and its particle; the stems say the same kind.
func TestWordsOfOneHappening(t *testing.T) {
	for _, c := range []struct {
		class string
		same  []string
		other []string
	}{
		{"walkout", []string{"Dockers walked off the job", "the crews stopped work", "nurses walked out", "a two-day stoppage", "teachers went on strike", "miners downed tools"},
			[]string{"she walked to the office", "the rain stopped", "work on the bridge"}},
		{"resign", []string{"the mayor stepped down", "the coach resigned", "she quit"}, []string{"he stepped onto the stage"}},
		{"cancel", []string{"the union called off the march", "organisers scrapped the parade", "the board postponed the vote", "a postponement", "the cancellation of flights"}, []string{"she called the office"}},
		{"warn", []string{"auditors flagged the old servers", "the report warned of risks", "a stark warning", "inspectors cautioned the board"}, []string{"the warm weather"}},
		{"agre", []string{"the two sides sealed a deal", "they agreed", "a treaty"}, nil},
		{"arrest", []string{"police detained two men", "taken into custody", "officers apprehended him"}, nil},
		{"withdraw", []string{"the troops pulled out", "the army withdrew", "a retreat"}, []string{"she pulled the lever"}},
		{"merg", []string{"the bank took over its rival", "a merger", "the acquisition of the mill"}, []string{"he took the train"}},
		{"crash", []string{"the train derailed", "two buses collided", "the crash"}, nil},
		{"go_out", []string{"the notice went out to 9,000 homes", "the company issued a warning", "letters were sent out"}, []string{"the issues of the day", "he went to the shop"}},
		{"lift", []string{"the ban was lifted", "restrictions were removed"}, nil},
		{"apologis", []string{"she apologised", "an apology", "the firm admitted fault", "the admission came late"}, []string{"a polite reply"}},
		{"sink", []string{"the ship broke up on the rocks", "the trawler broke apart", "it wrecked a ship", "the ferry sank"}, []string{"the meeting broke for lunch"}},
		{"burst", []string{"a burst main", "the pipe burst"}, nil},
		{"kil", []string{"six miners drowned", "the flood killed six men", "two divers died"}, []string{"the drone flew over"}},
		{"leak", []string{"the demand was posted online", "the gang published the files", "records were dumped"}, []string{"she resigned her post", "a post office"}},
	} {
		for _, s := range c.same {
			if got := stemsOf(s, 0, len(s), nil); !slices.Contains(got, c.class) {
				t.Errorf("%q: stems %q, want %q among them", s, got, c.class)
			}
		}
		for _, s := range c.other {
			if got := stemsOf(s, 0, len(s), nil); slices.Contains(got, c.class) {
				t.Errorf("%q: stems %q, want no %q", s, got, c.class)
			}
		}
	}
}

// TestSubjectOf: a sentence whose subject is a group of people, an
// organisation named by a common noun or a happening can report one
// without naming anyone; a thing, a participle or a name is no group.
func TestSubjectOf(t *testing.T) {
	for _, c := range []struct {
		text  string
		group bool
		event string // one of the happening's classes
	}{
		{"Hundreds of workers walked off the job on Monday.", true, ""},
		{"The union last struck in 2019, over pay.", true, ""},
		{"Port officials closed the harbour on Friday.", true, ""},
		{"Residents of the valley were evacuated on Tuesday.", true, ""},
		{"The walkout, which began on May 2, is the longest in a decade.", true, "walkout"},
		{"The attack on Sunday knocked out the grid.", true, "attack"},
		{"Buses stopped running on Monday.", true, ""},
		{"The ferry Nordvik struck a reef on Monday.", true, ""},
		{"The cement plant was shut down on March 3.", true, ""},
		{"The mill's permit was revoked by the regional authority on Friday.", true, ""},
		{"On Wednesday the health trust postponed all surgery.", true, ""},
		{"The cancellation of the festival, announced midweek, hit hotels.", true, "cancel"},
		{"Auditors flagged the council's old servers in 2021.", true, ""},
		{"A criminal gang claimed the theft on Friday.", true, ""},
		{"A tanker carrying 30 sailors ran aground on Monday.", true, ""},
		{"On Monday the ruling coalition collapsed.", true, ""},
		{"The ferry carried 300 passengers on Monday.", false, ""},
		{"The permit was renewed by Ines Varga on Friday.", false, ""},
		{"Voting in the capital ended on Sunday.", false, ""},
		{"Mayor Ines Varga opened the bridge on Monday.", false, ""},
		{"On Monday, nothing", false, ""},
		// what opens a sentence before its subject sets the scene
		{"In 2019, a burst main near the depot flooded the square.", true, ""},
		{"Worse, the notice did not go out until Friday.", true, ""},
		{"Shortly after midnight, the pump stopped working.", true, ""},
		{"Meanwhile, the remaining restrictions were removed on Wednesday.", true, ""},
		{"Since 2010, prices of bread have risen.", false, ""},
		{"Since 1972, only three elections have been contested.", false, ""},
		{"In 2019, the mayor opened a library.", false, ""},
		{"The demand was posted by the Vesper group on Thursday.", true, ""},
		{"The group said on Thursday it had the files.", true, ""},
		{"The day after the attack, ambulances carrying the sick began to be sent away.", true, "-"}, // "-": no happening is the subject
		{"The day after the vote, nothing", false, ""},
		// a pronoun stands for a thing or a group told of before
		{"It last wrecked a ship, the trawler Maren, in 1987.", true, ""},
		{"They met the minister on Friday.", true, ""},
		{"It was a long day on Friday.", false, ""},
		// people counted by a number, or a number of those told of before
		{"Six men drowned in the flooded quarry in 1990.", true, ""},
		{"Nine of them were freed on Thursday.", true, ""},
		{"Three of their colleagues were pulled out on Friday.", true, ""},
		{"The last four of the 30 workers were brought out on Sunday.", true, ""},
		{"Nine of the houses were painted on Friday.", false, ""},
		{"Nine of them were rejected on Friday.", true, ""},
		{"Because of them the vote was delayed on Friday.", false, ""},
	} {
		group, event, _ := subjectOf(c.text, 0, len(c.text), Date{Start: -1})
		if group != c.group || (c.event != "" && c.event != "-" && !slices.Contains(event, c.event)) || (c.event == "-" && len(event) > 0) {
			t.Errorf("%q: group %v, happening %q; want %v, %q", c.text, group, event, c.group, c.event)
		}
	}
}

// TestAGroupSubjectJoinsItsHappening: a sentence that names no one but
// a group ("Hundreds of dock workers walked off the job on Monday") is a
// mention, and joins another outlet's report of that day's walkout that
// names who led it; a group's report of another happening that day, a
// named actor's, and a walkout that day led by someone else stay apart.
func TestAGroupSubjectJoinsItsHappening(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4) // a Wednesday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Hundreds of dock workers walked off the job on Monday, halting container traffic at the harbour.\n\n" +
					"Farmers blocked the ring road with tractors on Monday to protest fuel prices.\n\n" +
					"The harbour board approved a new crane contract in March.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Union leader Petra Halvorsen said dock workers stopped work on Monday and container traffic at the harbour was halted.\n\n" +
					"Mayor Ines Varga opened a footbridge over the river on Monday.\n\n" +
					"Halvorsen was elected to lead the union in 2019.\n")},
			{ID: "c", Outlet: "o3", Published: published, Text: untrusted.Text(
				"Ferry crews led by steward Lena Ostby walked off the job on Monday, halting ferry traffic at the harbour.\n\n" +
					"Ostby has led the crews since 2021.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}, {ID: "o3", Name: "Three"}},
	}
	Into(&parts, []string{"a", "b", "c"}, Options{})
	eventOf := func(article, words string) int { return eventCiting(&parts, article, words) }
	walkout, other := eventOf("a", "dock workers walked off"), eventOf("b", "dock workers stopped work")
	if walkout < 0 || other < 0 {
		t.Fatalf("the walkout's sentences are not both sources (%d, %d) of %d events", walkout, other, len(parts.Events))
	}
	if walkout != other {
		t.Errorf("the walkout is two events: %q and %q", parts.Events[walkout].Title, parts.Events[other].Title)
	}
	// the ferry crews' walkout names who led it, and no one the dockers'
	// report names: another happening, though of the same kind and day
	for _, o := range []struct{ article, words string }{{"a", "Farmers blocked"}, {"b", "opened a footbridge"}, {"c", "Ferry crews"}} {
		if i := eventOf(o.article, o.words); i == walkout {
			t.Errorf("%q joined the walkout", o.words)
		}
	}
}

// TestAThingSubjectJoinsItsHappening: a dated sentence whose subject is a
// vehicle or a facility ("The ferry struck a reef on Monday") is a
// mention when it reports a news action, and joins another outlet's
// report of it in other words ("ran aground", "a blaze" for "a fire", a
// passive for an active); a thing's other happening that day stays apart.
func TestAThingSubjectJoinsItsHappening(t *testing.T) {
	published := timeline.DayDate(2025, 3, 12) // a Wednesday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"The ferry Nordvik struck a reef off the headland in the early hours of Monday.\n\n" +
					"A fire broke out at the grain depot shortly before midnight on Sunday.\n\n" +
					"The harbour authority suspended the operator's licence on Tuesday.\n\n" +
					"A bus crashed into a wall near the depot on Monday.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"The vessel ran aground off the headland on Monday with 300 passengers aboard.\n\n" +
					"A blaze swept through the grain depot late on Sunday.\n\n" +
					"The operator's licence was suspended by the harbour authority on Tuesday.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	eventOf := func(article, words string) int { return eventCiting(&parts, article, words) }
	for _, p := range []struct{ a, b string }{
		{"struck a reef", "ran aground"},
		{"A fire broke out", "A blaze swept"},
		{"suspended the operator", "licence was suspended"},
	} {
		sameEvent(t, &parts, p.a, p.b)
	}
	if bus := eventOf("a", "A bus crashed"); bus < 0 || bus == eventOf("a", "struck a reef") {
		t.Errorf("the bus crash: event %d, want one of its own", bus)
	}
}

// TestActorsBesideAGroupSubject: a sentence whose subject is a group or a
// thing names who took part only in its subject; a person it names
// aside ("when members of Halvorsen's union stopped work", "after talks
// with Minister Weiss") does not keep it from another outlet's report
// of that day's happening that names someone else aside. Two groups
// whose subjects name different people ("supporters of Varga",
// "supporters of Holm") stay two happenings.
func TestActorsBesideAGroupSubject(t *testing.T) {
	published := timeline.DayDate(2024, 9, 4) // a Wednesday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Ferry crews walked off the job on Monday, halting every sailing to the islands, after talks with Transport Minister Karl Weiss collapsed.\n\n" +
					"Supporters of Ines Varga marched through the old town on Tuesday.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Ferries stopped sailing to the islands on Monday when members of Petra Halvorsen's union stopped work.\n\n" +
					"Supporters of Tomas Holm marched through the old town on Tuesday.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	eventOf := func(article, words string) int { return eventCiting(&parts, article, words) }
	a, b := eventOf("a", "Ferry crews walked off"), eventOf("b", "Ferries stopped sailing")
	if a < 0 || b < 0 || a != b {
		t.Errorf("the walkout: events %d and %d, want one", a, b)
	}
	if v, h := eventOf("a", "Supporters of Ines Varga"), eventOf("b", "Supporters of Tomas Holm"); v < 0 || v == h {
		t.Errorf("the two marches: events %d and %d, want two", v, h)
	}
}

// TestScenesAndMeasuresJoin: a sentence whose subject follows a phrase
// setting the scene ("In 2018, a burst main …", "Worse, the notice …")
// is a mention when a thing or a measure is its subject, and joins
// another outlet's report of that happening in other words ("went out"
// for "issued", an admission for an apology); another happening of
// that year stays apart.
func TestScenesAndMeasuresJoin(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14) // a Friday
	parts := timeline.Parts{
		Articles: []timeline.Article{
			{ID: "a", Outlet: "o1", Published: published, Text: untrusted.Text(
				"Harrowgate Water issued a boil-water notice to 9,000 homes in Kelby on Tuesday.\n\n" +
					"In 2018, a burst main near the Kelby works left the town without water for five days.\n\n" +
					"Chief executive Marta Lind made the admission on Friday at a public meeting.\n\n" +
					"Harrowgate Water lifted the notice on Thursday.\n\n" +
					"Shares in Harrowgate Water fell on Monday.\n")},
			{ID: "b", Outlet: "o2", Published: published, Text: untrusted.Text(
				"Worse, a boil-water notice went out to 9,000 homes in Kelby on Tuesday.\n\n" +
					"In 2018, a burst main at the same works left Kelby without water for five days.\n\n" +
					"Marta Lind's apology at the meeting on Friday was unusually direct.\n\n" +
					"The council opened three water points on Wednesday.\n\n" +
					"In 2018, the council opened a new library in Kelby.\n")},
		},
		Outlets: []timeline.Outlet{{ID: "o1", Name: "One"}, {ID: "o2", Name: "Two"}},
	}
	Into(&parts, []string{"a", "b"}, Options{})
	eventOf := func(article, words string) int { return eventCiting(&parts, article, words) }
	for _, p := range []struct{ a, b string }{
		{"issued a boil-water notice", "notice went out"},
		{"a burst main near", "a burst main at"},
		{"made the admission", "apology at the meeting"},
	} {
		sameEvent(t, &parts, p.a, p.b)
	}
	main := eventOf("a", "a burst main near")
	for _, w := range []string{"opened a new library"} {
		if i := eventOf("b", w); i >= 0 && i == main {
			t.Errorf("%q joined the burst main of 2018", w)
		}
	}
}

// sameEvent checks that the sentence holding a in article "a" and the one
// holding b in article "b" are sources of one event.
func sameEvent(t *testing.T, parts *timeline.Parts, a, b string) {
	t.Helper()
	i, j := eventCiting(parts, "a", a), eventCiting(parts, "b", b)
	if i < 0 || j < 0 {
		t.Errorf("%q (%d) and %q (%d): not both sources of the %d events", a, i, b, j, len(parts.Events))
		return
	}
	if i != j {
		t.Errorf("one happening, two events: %q and %q", parts.Events[i].Title, parts.Events[j].Title)
	}
}

// TestSubjectAfterAnOpeningDate: a date phrase opening a sentence sets
// the scene with no comma after it ("And on Wednesday the limit was
// lifted", "On Monday Northwall Bank announced …"): the subject follows
// it.
func TestSubjectAfterAnOpeningDate(t *testing.T) {
	for _, c := range []struct {
		text, phrase string
		group        bool
	}{
		{"And on Wednesday the withdrawal limit was quietly lifted.", "on Wednesday", true},
		{"Exactly a week ago the regional government promised to stand behind every deposit.", "a week ago", true},
		{"On Monday the depositors withdrew 180 million florins.", "On Monday", true},
		{"In early March the lender admitted to a hole in its books.", "In early March", true},
		{"On Monday Northwall Bank announced it would take over the cooperative.", "On Monday", true},
		{"In early March Marrowgate Cooperative Bank admitted to a hole in its books.", "In early March", true},
		{"On Monday Ines Varga opened the bridge.", "On Monday", false},
	} {
		at := strings.Index(c.text, c.phrase)
		d := Date{Start: at, End: at + len(c.phrase), Phrase: c.phrase}
		if group, _, _ := subjectOf(c.text, 0, len(c.text), d); group != c.group {
			t.Errorf("%q: group %v, want %v", c.text, group, c.group)
		}
	}
}

// TestADateBetweenSubjectAndVerb: a date phrase standing between a
// subject and its verb ("The strike a week ago today closed every port")
// is not the subject's head: the happening or group before it is.
func TestADateBetweenSubjectAndVerb(t *testing.T) {
	published := timeline.DayDate(2025, 3, 14)
	for _, c := range []struct {
		text  string
		group bool
		event string
	}{
		{"The strike a week ago today closed every port.", true, "walkout"},
		{"The council last week approved the budget.", true, ""},
		{"Mayor Ines Varga last week opened the bridge.", false, ""},
	} {
		ds := FindDates(c.text, published)
		if len(ds) == 0 {
			t.Fatalf("%q: no date read", c.text)
		}
		group, event, _ := subjectOf(c.text, 0, len(c.text), ds[0])
		if group != c.group || c.event != "" && !slices.Contains(event, c.event) {
			t.Errorf("%q: group %v, happening %q; want %v, %q", c.text, group, event, c.group, c.event)
		}
	}
}

// TestAnOpeningPhraseHoldsNoVerb: what opens a sentence before its
// subject ("In 2018, ", "The day after the attack, ") holds no verb of
// its own; "At least 12 people died, police said" opens with the
// sentence's news, not a phrase to skip.
func TestAnOpeningPhraseHoldsNoVerb(t *testing.T) {
	for _, c := range []struct {
		text string
		skip bool
	}{
		{"In 2018, a burst main flooded the square.", true},
		{"The day after the attack, the council met.", true},
		{"At least 12 people died, police said on Monday.", false},
		{"Last year the lender lost money, its report said.", false},
	} {
		if got := openingPhrase(c.text) > 0; got != c.skip {
			t.Errorf("%q: opening phrase skipped %v, want %v", c.text, got, c.skip)
		}
	}
}
