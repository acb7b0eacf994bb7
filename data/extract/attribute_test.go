package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// speakersOf extracts text as one article and returns, for each
// quotation found, its words and its speaker's name.
func speakersOf(t *testing.T, text string) map[string]string {
	t.Helper()
	parts := timeline.Parts{
		Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2024, 5, 6)}},
		Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
	}
	Into(&parts, []string{"a"}, Options{})
	name := map[string]string{}
	for _, a := range parts.Actors {
		name[a.ID] = a.Name
	}
	out := map[string]string{}
	for _, q := range parts.Quotes {
		out[q.Span.Text.String()] = name[q.Speaker]
	}
	return out
}

func TestSpeakers(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"said after the name, with a title",
			"“We are ready for the vote,” said Sen. Ilse R. Vantongeren Jr. on Monday.\n",
			"We are ready for the vote", "Ilse R. Vantongeren Jr."},
		{"described, not named",
			"“The ferries will not sail before spring,” said one harbour official familiar with the plan.\n",
			"The ferries will not sail before spring", "one harbour official familiar with the plan"},
		{"the paragraph before says who",
			"Mira Holt argued in her letter that the timetable was hopeless.\n“We have asked for this for ten years and nothing has moved.”\n",
			"We have asked for this for ten years and nothing has moved.", "Mira Holt"},
		{"nobody in reach",
			"The harbour reopened on Monday after the storm.\n“We will not let them close it again without a fight.”\n",
			"We will not let them close it again without a fight.", "Unknown speaker"},
		{"a pronoun after a time",
			"Jonas Pell runs the ferry line.\nLast week he told the council: “We are losing money on every crossing.”\n",
			"We are losing money on every crossing.", "Jonas Pell"},
		{"the group the text named",
			"A shipping group, the Nordhavn Shipping Company, bought the line.\n“We intend to keep every route open,” the company said.\n",
			"We intend to keep every route open", "Nordhavn Shipping Company"},
		{"a quotation in the writer's sentence after a quoted speaker",
			"“The pay is too low,” says Ada Lorn, a deckhand. “But I think the job has changed,” because of the new ships.\n",
			"But I think the job has changed", "Ada Lorn"},
		{"an auxiliary before the verb",
			"Ada Lorn runs the union.\n“The ferries have never been this late in any winter,” Petra Vold has said while touring the docks.\n",
			"The ferries have never been this late in any winter", "Petra Vold"},
		{"a verb of two words",
			"Ada Lorn runs the union.\n“The timetable was written by people who never sailed,” Petra Vold shot back with a grin.\n",
			"The timetable was written by people who never sailed", "Petra Vold"},
		{"a no-break space before the verb",
			"Ada Lorn runs the union.\n“The ferries have been late every single week of this winter,”\u00a0added Vold.\n",
			"The ferries have been late every single week of this winter", "Vold"},
		{"a quotation after the name of a program and a comma",
			"Under the harbour's grant program, “we were losing money on every crossing,” Petra Vold said.\n",
			"we were losing money on every crossing", "Petra Vold"},
		{"a surname that is a preposition",
			"Ada From runs the union.\n“The circumstances are changed when the ships are this old,” From said.\n",
			"The circumstances are changed when the ships are this old", "Ada From"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := got[tt.quote]; !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestNotQuotations: a quoted title or term is no quotation, and a
// quotation with no speaker in reach is kept only when it reads as speech.
func TestNotQuotations(t *testing.T) {
	for _, text := range []string{
		"Deckhands joked that the ship’s “smart” winches were scrap.\n",
		"The band played “Harbour Lights Forever” at the opening.\n",
	} {
		if got := speakersOf(t, text); len(got) != 0 {
			t.Errorf("%q: got quotations %v", text, got)
		}
	}
}

// TestUnknownSpeakerNeverGroups: quotations nobody is said to have said
// are not renderings of one statement, however alike their words.
func TestUnknownSpeakerNeverGroups(t *testing.T) {
	text := "The port was quiet.\n“We will not let them close the harbour again without a fight.”\n"
	parts := timeline.Parts{Outlets: []timeline.Outlet{{ID: "o", Name: "O"}}}
	for _, id := range []string{"a", "b"} {
		parts.Articles = append(parts.Articles, timeline.Article{ID: id, Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2024, 5, 6)})
	}
	Into(&parts, []string{"a", "b"}, Options{})
	if len(parts.Quotes) != 2 || parts.Quotes[0].Statement == parts.Quotes[1].Statement {
		t.Errorf("quotes %+v", parts.Quotes)
	}
}

func TestSpeakersInClauses(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"the clause the quotation is in",
			"Pia Rask said the fares would rise, and Ole Brun vowed to “fight every single increase”.\n",
			"fight every single increase", "Ole Brun"},
		{"a participle after the clause",
			"Ole Brun attacked Pia Rask, calling her plan “a tax on every worker in the city”.\n",
			"a tax on every worker in the city", "Ole Brun"},
		{"a first name that is a modal",
			"“It is a costly way to run a college,” said Will Doyle, a professor of history at the Marovia Institute.\n",
			"It is a costly way to run a college", "Will Doyle"},
		{"a surname that is a capital city",
			"“It would offer more jobs in the valley,” says Gavin Hamilton, 23, a student from Stavna.\n",
			"It would offer more jobs in the valley", "Gavin Hamilton"},
		{"a surname that is a title",
			"Billie Jean King won twelve titles. King says Ali “talked the talk and walked the walk.”\n",
			"talked the talk and walked the walk.", "Billie Jean King"},
		{"a surname that is a city",
			"Jeremy Paris runs the host committee.\n“You get your house ready for a party,” Paris, who used to work for the council, said.\n",
			"You get your house ready for a party", "Jeremy Paris"},
		{"praise, then the words praised with",
			"Mira Holt joined the mayor at a town hall.\n\nHolt praised the mayor’s leadership after the storm.\n\n“We need someone who is going to cut through the noise.”\n",
			"We need someone who is going to cut through the noise.", "Mira Holt"},
		{"an apposition with a name in it",
			"Pia Rask spoke first. Former mayor Ole Brun, a Rask supporter, said “it was an incredible feat for a newcomer.”\n",
			"it was an incredible feat for a newcomer.", "Ole Brun"},
		{"an age, then an apposition",
			"Pia Rask spoke first. Lena Dahl, 31, a Stavna freelance photographer, said the fair represented the “perfect opportunity” to call attention to the harbour.\n",
			"perfect opportunity", "Lena Dahl"},
		{"a description opening the sentence is its subject",
			"Mira Holt toured the port. An Ostranian official, speaking on condition of anonymity, said that Holt “will meet any candidate who asks for a meeting.”\n",
			"will meet any candidate who asks for a meeting.", "An Ostranian official"},
		{"a title's abbreviation ends no sentence",
			"“It lit something in all of us,” said Rev. Lena Dahl, then pastor at a church in Stavna.\n",
			"It lit something in all of us", "Lena Dahl"},
		{"reacted after the quotation",
			"Pia Rask spoke first. “The port will always be the port,” an angry Holt retaliated. “It never gives up.”\n",
			"The port will always be the port", "Holt"},
		{"initials opening a name",
			"“You would not have had the standoff without him,” says J.J. MacNab, an expert on militias.\n",
			"You would not have had the standoff without him", "J.J. MacNab"},
		{"a surname that is a thing's word",
			"“The most important thing you can do is localize the race,” said Steven Law, a former top aide.\n",
			"The most important thing you can do is localize the race", "Steven Law"},
		{"a subject left out after but",
			"Ole Brun said the talks had failed, but said, “We will meet them again next week.”\n",
			"We will meet them again next week.", "Ole Brun"},
		{"a subject left out after and",
			"Mayor Ines Holt, also touring the docks, said Otto Brand is to blame for the delays and accused him of “running the ferries into the ground for profit.”\n",
			"running the ferries into the ground for profit.", "Ines Holt"},
		{"a second clause joined by and",
			"Ines Holt accuses Otto Brand of “hiding the accounts” and Pia Rask says he is “running the ferries into the ground.”\n",
			"running the ferries into the ground.", "Pia Rask"},
		{"an and inside a relative clause",
			"Ole Brun, who says the port and the union should share the cost, wrote that the plan “will sink the island within a year.”\n",
			"will sink the island within a year.", "Ole Brun"},
		{"an and before the subject of the last clause",
			"At one point, a deckhand asked for a photo and Ines Holt said, “only if the boat stays in the picture.”\n",
			"only if the boat stays in the picture.", "Ines Holt"},
		{"a first clause with no verb of saying",
			"Ines Holt, who was speaking to the harbour board, did not name Otto Brand, but told the board that the line must be run by those “who put the islands before their own profits.”\n",
			"who put the islands before their own profits.", "Ines Holt"},
		{"a quotation in a clause before the sentence's own",
			"After Ines Holt said that the old ferries might do better on “the shorter crossings to the islands,” Otto Brand said: “I don't like what she said.”\n",
			"the shorter crossings to the islands", "Ines Holt"},
		{"a quotation in a clause opened by even as",
			"But even as Otto Brand claimed on Tuesday that “the ferries were never late in my time,” a former captain said the logs showed otherwise.\n",
			"the ferries were never late in my time", "Otto Brand"},
		{"the sentence's own speaker after a clause that ends with a quotation",
			"After Ines Holt said that the old ferries might do better on “the shorter crossings,” Otto Brand said: “I don't like what she said, not at all.”\n",
			"I don't like what she said, not at all.", "Otto Brand"},
		{"with a body, then a participle",
			"Ferry workers were among the first supporters of Ines Holt, with the Harbour Workers Union calling her “the champion the islands need.”\n",
			"the champion the islands need.", "Harbour Workers Union"},
		{"a word leading into a description",
			"Pia Rask wants the ferry back. Even a top harbour strategist said Rask will have to choose, saying, “At some point, she’s going to have to come out and say it.”\n",
			"At some point, she’s going to have to come out and say it.", "a top harbour strategist"},
		{"a verb of saying's word used as a noun",
			"Pia Rask wants the ferry back. Alongside the calls for action, a top harbour strategist said, “At some point, she’s going to have to come out and say it.”\n",
			"At some point, she’s going to have to come out and say it.", "a top harbour strategist"},
		{"an -ing word that modifies a noun",
			"The writer Kai Moss teaches at the harbour school.\nMoss, a creative writing professor, said he holds his roots in the islands “very near and dear to my heart.”\n",
			"very near and dear to my heart.", "Kai Moss"},
		{"the next sentence names the speaker before quoting a title",
			"Lene Voss asked about the ship.\n\n“I’m not sure the old ferry will ever come back, but we’ll see, right?” Petra Vold remarked, alluding to the captain's turn in “The Long Crossing.”\n",
			"I’m not sure the old ferry will ever come back, but we’ll see, right?", "Petra Vold"},
		{"a quotation opening the writer's sentence after one that says who speaks",
			"Ole Brun, the skipper's lawyer, argues that his client never meant harm. “The council is saying that his calls to bring flowers to the quay” were a threat.\n",
			"The council is saying that his calls to bring flowers to the quay", "Ole Brun"},
		{"a bare verb of saying after a modal",
			"The timetable was so odd that a spokesman for Pia Rask could only quip: “I guess the winter was booked.”\n",
			"I guess the winter was booked.", "a spokesman for Pia Rask"},
		{"what a study found",
			"Ferries are popular with voters. In 2019, the Harbour Institute found that “about twice as many islanders as mainlanders want the ferry back.”\n",
			"about twice as many islanders as mainlanders want the ferry back.", "Harbour Institute"},
		{"what a band sang",
			"Under the plan, you're either rich or you're stuck.\nAs the Lanterns sang back in the 1980s, “They'll turn us all into sailors 'cause we're easier to please.”\n",
			"They'll turn us all into sailors 'cause we're easier to please.", "Lanterns"},
		{"words going on with the quotation, then an inverted verb",
			"Pia Rask runs the fund.\n“Campaigns are having trouble raising money. They don't have a choice” but to take the lead in advertising, says Ole Brun, a media consultant.\n",
			"Campaigns are having trouble raising money. They don't have a choice", "Ole Brun"},
		{"a description before the name and the verb",
			"Pia Rask runs the fund.\n“Is the mayor going to finally say the word? If not she should resign!” the harbour's chief, Ole Brun, tweeted Sunday after the storm.\n",
			"Is the mayor going to finally say the word? If not she should resign!", "Ole Brun"},
		{"a paragraph about the last speaker between",
			"“The union has the votes,” Ole Brun notes.\n\nBrun is upbeat about the ferry's chances in the spring vote.\n\n“Not only can the ferry win in the spring, it is the one with the best chance.”\n",
			"Not only can the ferry win in the spring, it is the one with the best chance.", "Ole Brun"},
		{"a paragraph about someone else between",
			"“The union has the votes,” Ole Brun notes.\n\nPia Rask is upbeat about the ferry's chances in the spring vote.\n\n“Not only can the ferry win in the spring, it is the one with the best chance.”\n",
			"Not only can the ferry win in the spring, it is the one with the best chance.", "Unknown speaker"},
		{"a description opening the sentence, then a participle",
			"Pia Rask spoke on Monday. One operative inside Harbour Tower tried to play down the remarks of Otto Brand, saying they were “not a big deal around here.”\n",
			"not a big deal around here.", "One operative inside Harbour Tower"},
		{"a verb of saying in a clause inside the sentence",
			"Axel Rood tweeted after Ines Holt argued for the second time that “if everyone had voted as he voted, we would have lost the ferry.”\n",
			"if everyone had voted as he voted, we would have lost the ferry.", "Ines Holt"},
		{"a subordinator before something set off",
			"Pia Rask runs the auction.\nOle Brun, who identifies as Ostranian, told the Harbour Post that the site was not “ready for the crowds at the auction of my old boat.”\n",
			"ready for the crowds at the auction of my old boat.", "Ole Brun"},
		{"the quoted speaker goes on before someone else reports",
			"“It is a very sad day,” Otto Brand told reporters outside a cafe in Nordholm. “This is what comes of the way the company is run.” Mayor Ines Holt said she would have fired the manager.\n",
			"This is what comes of the way the company is run.", "Otto Brand"},
		{"as the writer put it",
			"As Pia Rask wrote, “the fares are the highest in the country.”\n",
			"the fares are the highest in the country.", "Pia Rask"},
		{"who said, after a name",
			"The Ferry Workers Union, which said on Friday that the line “will not survive another winter,” was silent.\n",
			"will not survive another winter", "Ferry Workers Union"},
		{"a question, then who asked",
			"Pia Rask spoke first.\n“Why are the fares still rising?” Ole Brun asked the council on Monday, to applause from the benches.\n",
			"Why are the fares still rising?", "Ole Brun"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := got[tt.quote]; !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestTitlesAreNotQuotations: a quoted title is no quotation, whoever
// the sentence credits with words; a short quotation in title case that
// reads as a sentence still is one.
func TestTitlesAreNotQuotations(t *testing.T) {
	for _, tt := range []struct {
		text  string
		quote string
		want  bool
	}{
		{"Ole Brun said on the podcast “Harbour Talk Tonight” that fares would rise.\n", "Harbour Talk Tonight", false},
		{"Ole Brun told NRK’s “Morning Harbour” the line was safe.\n", "Morning Harbour", false},
		{"Pia Rask named her memoir “Salt And Rope”.\n", "Salt And Rope", false},
		{"“That’s Ole Brun And Pia Rask,” said Dag Holm.\n", "That’s Ole Brun And Pia Rask", true},
	} {
		_, ok := speakersOf(t, tt.text)[tt.quote]
		if ok != tt.want {
			t.Errorf("%q: quotation %v, want %v", tt.text, ok, tt.want)
		}
	}
}

func TestSpeakersAroundQuotations(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a long sentence after a question",
			"Ada Lorn works nights.\n“Are the boats running?” Ada Lorn, a deckhand on the night ferry, said quietly into the phone.\n",
			"Are the boats running?", "Ada Lorn"},
		{"a surname that is a country's adjective",
			"Ola Danish runs the yard.\n“We will finish the hull by spring,” Danish said.\n",
			"We will finish the hull by spring", "Ola Danish"},
		{"an unnamed official and a relative clause",
			"“The harbour will close for a week,” said a Swedish official who was not allowed to speak publicly.\n",
			"The harbour will close for a week", "a Swedish official"},
		{"a name that is a verb",
			"Jon Read chairs the board.\n“We have no money left for the pier,” Read said.\n",
			"We have no money left for the pier", "Jon Read"},
		{"points out",
			"Dag Holm has sailed for years.\n“The pier was never safe in a storm,” Holm points out.\n",
			"The pier was never safe in a storm", "Dag Holm"},
		{"an outlet reported",
			"“The ferry line lost money in every month of the year,” the Harbour Gazette reported.\n",
			"The ferry line lost money in every month of the year", "Harbour Gazette"},
		{"signed with a dash",
			"“We will not close the line while I am mayor.”\n— Ada Lorn.\n",
			"We will not close the line while I am mayor.", "Ada Lorn"},
		{"introduced by a colon",
			"The Port Authority was blunt in its report: “The pier cannot be saved at any price.”\n",
			"The pier cannot be saved at any price.", "Port Authority"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := got[tt.quote]; !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

func TestSpeakersByDescription(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a plural possessive in an apposition",
			"“The fares will fall next year,” Ida Berg, the Ferry Workers’ press officer, said.\n",
			"The fares will fall next year", "Ida Berg"},
		{"a title refers to whom the sentence before is about",
			"Harald Moe criticised Ola Dahl in an interview. “The pier plan is a disgrace to the town,” the harbour chairman said.\n",
			"The pier plan is a disgrace to the town", "Harald Moe"},
		{"words going on with the quotation before the verb",
			"“It can be done, but it will be slow” if the weather holds, said Ida Berg, who runs the yard.\n",
			"It can be done, but it will be slow", "Ida Berg"},
		{"a participle clause is no inverted verb",
			"Asked a direct question about the fares, Ola Dahl said, “We will hold them.”\n",
			"We will hold them.", "Ola Dahl"},
		{"a first name that is also an adjective",
			"“The river rose overnight,” said Army Capt. Christian Varo.\n",
			"The river rose overnight", "Christian Varo"},
		{"a long apposition before the verb",
			"“The pier will hold,” Ida Berg, a welder who ran the old yard on the north side of the harbour for twenty years, said.\n",
			"The pier will hold", "Ida Berg"},
		{"a quotation inside a quotation closing both",
			"\"She told me, 'The pier will hold,' \" Ida Berg said.\n",
			"She told me, 'The pier will hold,'", "Ida Berg"},
		{"a clause of its own after the quotation",
			"Ida Berg calls the plan “a slow disaster” and Ola Dahl says it will never be built.\n",
			"a slow disaster", "Ida Berg"},
		{"a subordinate clause after the quotation",
			"Ida Berg says she was “still undecided” until Ola Dahl said he would run.\n",
			"still undecided", "Ida Berg"},
		{"the verb inverted after a phrase going on with the quotation",
			"The vote marks “a turning point” for the harbour, said Ida Berg, who chairs the board.\n",
			"a turning point", "Ida Berg"},
		{"the one quoted in the sentence before speaks on",
			"“The pier is safe,” said a Swedish engineer, who, like all engineers, responded anonymously. “We tested it twice and found nothing at all.”\n",
			"We tested it twice and found nothing at all.", "a Swedish engineer"},
		{"a title that is a surname",
			"“The fares will fall,” said Amy Pope, who chairs the board.\n",
			"The fares will fall", "Amy Pope"},
		{"a title with its state refers back to the person named with it",
			"Nordland Sen. Ola Dahl spoke on Monday.\nThe rally was loud. “We will win this fight in the end,” the Nordland senator said.\n",
			"We will win this fight in the end", "Ola Dahl"},
		{"a title opening the sentence of a participle refers back",
			"Ada Lorn trails Ola Dahl, who lost to Ivo Brandt.\n\nOla Dahl spoke over boos as he congratulated winner Ivo Brandt. Dahl offered the crowd a farewell.\n\nThe Nordland senator sought to calm his supporters, saying the heckler would “not get hurt at all” at the rally.\n",
			"not get hurt at all", "Ola Dahl"},
		{"a clause going on with the quotation, then the subject after its comma",
			"The court may rule late.\n\n\"If the agency finds more files, it will search them\" that would answer the requests from Harbour Watch, city senior counsel Maria Lund Berg wrote in a filing.\n",
			"If the agency finds more files, it will search them", "Maria Lund Berg"},
		{"the same when the clause has a verb of saying of its own",
			"The court may rule late.\n\n\"If the agency finds more files, it will search them\" that would respond to the requests from Harbour Watch, city senior counsel Maria Lund Berg wrote in a filing.\n",
			"If the agency finds more files, it will search them", "Maria Lund Berg"},
		{"a participle alone before the quotation goes on with the last speaker",
			"Ola Dahl runs the show.\n\nLater in the show, Dahl stated of the audit that the report “was not good.” Adding, “Now, as with all audits, what they find is never that bad.”\n",
			"Now, as with all audits, what they find is never that bad.", "Ola Dahl"},
		{"a participle alone with no one quoted before",
			"The harbour reopened on Monday after the storm.\n\nAdding, “We will not let them close it again without a fight.”\n",
			"We will not let them close it again without a fight.", "Unknown speaker"},
		{"a document sent out by someone is theirs",
			"Ola Dahl won the vote.\n\nIn addition, a fundraising email sent out by Dahl on Tuesday warned of the fight ahead: \"There are many votes over the next three weeks, and we will win them.\"\n",
			"There are many votes over the next three weeks, and we will win them.", "Ola Dahl"},
		{"a letter from someone is theirs",
			"“The harbour plan breaks the law,” a letter from Ola Dahl to the board said.\n",
			"The harbour plan breaks the law", "Ola Dahl"},
		{"a title attached to a name outweighs a name near it",
			"Gov. Ola Dahl accused Ivo Brandt of opposing the harbour plan for political reasons. “He went for the easy vote when it was popular,” the governor said.\n",
			"He went for the easy vote when it was popular", "Ola Dahl"},
		{"a nationality's word as a first name",
			"“We laugh at our own troubles,” said German Ruiz, one of the stars of the show.\n",
			"We laugh at our own troubles", "German Ruiz"},
		{"a name after a preposition is no subject of a verb after it",
			"Alongside HWA calls for action, even a top party strategist said: “At some point she has to come out on this question.”\n",
			"At some point she has to come out on this question.", "a top party strategist"},
		{"a title in an apposition ties the person to it",
			"Ola Dahl, the Nordland senator, spoke on Monday. Ivo Brandt spoke after him.\n\nThe senator sought to calm the crowd, saying “We will win this fight in the end.”\n",
			"We will win this fight in the end.", "Ola Dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := got[tt.quote]; !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

func TestSpeakersNamedAround(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a title opening a paragraph after one about a person",
			"Harald Moe said he backs the plan but not its cost.\n“It is very hard to do,” said the chairman.\n",
			"It is very hard to do", "Harald Moe"},
		{"a quotation split by its attribution",
			"Harald Moe said he backs the plan.\n“It is very hard to do,” said the chairman, “because the pier is old and the money is short.”\n",
			"because the pier is old and the money is short.", "Harald Moe"},
		{"a description before the verb ends at the verb",
			"“The pier will hold for another winter,” the moderator said.\n",
			"The pier will hold for another winter", "the moderator"},
		{"another, alone",
			"The posts kept coming. Another wrote, “The ferry is late again and nobody says why.”\n",
			"The ferry is late again and nobody says why.", "Another"},
		{"Will as a first name after a quotation",
			"“He stopped and told us to win the county.” Will Estrada said of the meeting.\n",
			"He stopped and told us to win the county.", "Will Estrada"},
		{"a relative clause between the name and the verb",
			"“The ferries scare me,” Harry Bond, 30, of Bergen, Norway, who was among those polled, said in an interview.\n",
			"The ferries scare me", "Harry Bond"},
		{"a phrase going on with the quotation before the subject",
			"“We are shocked” by the fire at a warehouse in the old port that had drawn attention across the region, Nefzi said.\n",
			"We are shocked", "Nefzi"},
		{"a relative clause after the name after the verb",
			"“The pier was never safe,” said Sen. Ida Berg who represents the harbour and served as its mayor for many years.\n",
			"The pier was never safe", "Ida Berg"},
		{"a name before an organisation named with for",
			"“The pier will not last the winter,” Ola Dahl of the Vestby Centre for Coastal Studies wrote in December.\n",
			"The pier will not last the winter", "Ola Dahl"},
		{"a paragraph opening with a lone surname and an aside",
			"The debate went on.\nO'Malley, who signed harbour laws as governor, interjected to say: “They have both been inconsistent on this.”\n",
			"They have both been inconsistent on this.", "O'Malley"},
		{"a paragraph opening with a quotation after one that elaborates",
			"Piet Harms elaborated in an essay for the Harbour Times that the board may reconsider.\n“A strike in the north would powerfully underscore the board’s weakness.”\n",
			"A strike in the north would powerfully underscore the board’s weakness.", "Piet Harms"},
		{"the verb of the clause after to which",
			"Ada Lorn said the talks had failed, to which Piet Harms interjected: “That is simply not the case at all.”\n",
			"That is simply not the case at all.", "Piet Harms"},
		{"a long name of where the speaker works, after of",
			"“Tritium would let the island build bigger weapons than ever before,” harbour expert Piet Harms of the Nordhavn Institute for Coastal Science and Maritime Security and Port Safety wrote in May.\n",
			"Tritium would let the island build bigger weapons than ever before", "Piet Harms"},
		{"whose response, before a colon",
			"Ada Lorn emailed him in 2011. Lorn’s response was: “Is the ferry off Nordhavn or Vestby?”\n",
			"Is the ferry off Nordhavn or Vestby?", "Ada Lorn"},
		{"his words, after an aside, the nearest who owns nothing",
			"Piet Harms told the radio that Ada Lorn’s plan would fail. His assumption, stated on live radio, was that “as voters learn more they will come round.”\n",
			"as voters learn more they will come round.", "Piet Harms"},
		{"whose catch phrase, about someone else",
			"Ada Lorn ran against Piet Harms in 2010. Lorn’s catch phrase in that race was that Harms “would say anything to win a vote.”\n",
			"would say anything to win a vote.", "Ada Lorn"},
		{"the subject after which",
			"Ada Lorn gave a speech at the harbour, which Piet Harms claims affirmed “the foundational belief in the sovereignty of the harbour towns.”\n",
			"the foundational belief in the sovereignty of the harbour towns.", "Piet Harms"},
		{"a sentence of the writer's naming nobody, after one that reports",
			"Ada Lorn has argued that the port was crippled from the outset. As a result, there is still “a very powerful board that can charge whatever it likes.”\n",
			"a very powerful board that can charge whatever it likes.", "Ada Lorn"},
		{"who asked, in the passive",
			"Harms was asked by harbour radio moderator Kit Ostrova whether the plan would risk “adding another costly ferry to an already stretched budget.”\n",
			"adding another costly ferry to an already stretched budget.", "Kit Ostrova"},
		{"she, after a paragraph whose owner is not its subject",
			"Ada Lorn runs the union.\nRegarding Piet Harms’s plan for the ferries, Ada Lorn shared her doubts.\n“The way I see it,” she said, “nobody has asked the crews.”\n",
			"The way I see it", "Ada Lorn"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := got[tt.quote]; !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

func TestSpeakersInLongerSentences(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"a lone surname that is also a thing's word",
			"Steven Law runs a group.\n“There is a sense of urgency,” Law said.\n",
			"There is a sense of urgency", "Law"},
		{"a description and the name set off after it",
			"“The pier is sound,” said the port's chief engineer, Ida Berg, on Monday.\n",
			"The pier is sound", "Ida Berg"},
		{"an aside opening with a compound preposition before an inverted verb",
			"The board did not find “ties of any consequence,” aside from the two men knowing each other from the same club for a decade or more, said Ida Berg.\n",
			"ties of any consequence", "Ida Berg"},
		{"a relative clause opening with whose",
			"Harbour Gov. Ola Dahl, who lost to Ida Berg in the 2012 primaries and whose views then on trade and other issues clashed with those of the former harbour chairman, described the plan during an interview as “a relic of another time.”\n",
			"a relic of another time.", "Ola Dahl"},
		{"an owner before the one who speaks",
			"Ida Berg runs the port.\n“The vote is lost,” said Berg’s chief of staff Ola Dahl.\n",
			"The vote is lost", "Ola Dahl"},
		{"an unnamed person described with a country inside",
			"“Nothing will change,” said a former U.S. harbour official who asked not to be named.\n",
			"Nothing will change", "a former U.S. harbour official"},
		{"a document described with its issuer inside",
			"“Nothing will change,” said a paper from the Vestby Harbour Trust.\n",
			"Nothing will change", "Vestby Harbour Trust"},
		{"an opening participle is no name",
			"Responding to the mayor's remarks, Ida Berg wrote: “What has been hard for the town is having no say.”\n",
			"What has been hard for the town is having no say.", "Ida Berg"},
		{"a title inside a plural word names no one",
			"Thought leaders such as Ola Dahl back the plan, and so do many of the town's older residents and its shopkeepers.\nHarald Moe blasted the plan and the council at length in a long interview with the local paper. “It is a disgrace,” the minority leader said.\n",
			"It is a disgrace", "Harald Moe"},
		{"remembered",
			"“Everyone told her not to do it,” remembered Ola Dahl, the firm's former spokesman.\n",
			"Everyone told her not to do it", "Ola Dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := got[tt.quote]; !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestTwinMarks: two apostrophes, or two backticks then two apostrophes,
// stand for a double quote mark, as some newspapers and the Penn Treebank
// write them.
func TestTwinMarks(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"two apostrophes", "''The pier will hold for another winter,'' said Ida Berg.\n",
			"The pier will hold for another winter", "Ida Berg"},
		{"backticks and apostrophes", "Ida Berg said: ``The pier will hold for another winter.''\n",
			"The pier will hold for another winter.", "Ida Berg"},
		{"single marks inside", "''When the board says, 'We cannot do this,' I do not believe it,'' said Ida Berg.\n",
			"When the board says, 'We cannot do this,' I do not believe it", "Ida Berg"},
		{"the sentence before holds one", "''The pier is safe,'' said Ola Dahl, who, like all engineers, responded anonymously. ''We tested it twice and found nothing at all.''\n",
			"We tested it twice and found nothing at all.", "Ola Dahl"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := got[tt.quote]; !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// actorNames returns the names of the actors extracted from text.
func actorNames(t *testing.T, text string) []string {
	t.Helper()
	parts := timeline.Parts{
		Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2024, 5, 6)}},
		Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
	}
	Into(&parts, []string{"a"}, Options{})
	var out []string
	for _, a := range parts.Actors {
		out = append(out, a.Name)
	}
	return out
}

// TestDescribedSpeakers: a description becomes a speaker only when it is
// a noun phrase naming who spoke; a document is said by no one named
// (unless it names who put it out), and a fragment is no speaker at all.
func TestDescribedSpeakers(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"an age for a person",
			"“We will keep the ferries running,” said the 46-year-old.\n",
			"We will keep the ferries running", "the 46-year-old"},
		{"one of a group",
			"“We were never asked about the cuts,” said one of the signatories.\n",
			"We were never asked about the cuts", "one of the signatories"},
		{"a lot of people",
			"“It was a long night,” an awful lot of commuters said.\n",
			"It was a long night", "an awful lot of commuters"},
		{"a document is said by no one named",
			"The union has sued the city.\n“The new timetable breaks the contract,” the lawsuit says.\n",
			"The new timetable breaks the contract", "Unknown speaker"},
		{"a document a publication put out",
			"“The mayor has shown less spine than a jellyfish,” reads a Sunday editorial in The Marovia Register.\n",
			"The mayor has shown less spine than a jellyfish", "Marovia Register"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := got[tt.quote]; !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestDocumentsDoNotPassOnTheirWords: "it added" after a document is the
// document's, not whoever was quoted before it.
func TestDocumentsDoNotPassOnTheirWords(t *testing.T) {
	text := "“We will not strike this winter,” Mira Holt said on Thursday.\n" +
		"The union sent an email to members on Friday. “Nobody will cross the picket line,” the email read. “The strike starts on Monday,” it added.\n"
	got := speakersOf(t, text)
	for _, q := range []string{"Nobody will cross the picket line", "The strike starts on Monday"} {
		if got[q] != "Unknown speaker" {
			t.Errorf("%q: speaker %q, want Unknown speaker; all: %v", q, got[q], got)
		}
	}
}

// TestNoFragmentActors: pieces of sentences and things never become
// actors.
func TestNoFragmentActors(t *testing.T) {
	for _, tt := range []struct{ text, bad string }{
		{"The nominee for the Nov. 8 election later said he was being “very sarcastic indeed.”\n", "nov"},
		{"Keyworth rushed to meet Ada Lorn at the firm's offices in Marlow Gant, Calif., to discuss his plan.\n", "marlow gant"},
		{"Holt left a furious backlash behind, particularly his warning that the port would go to the “back of the queue” for repairs.\n", "particularly his"},
		{"Setting aside politics and taxes, the towns differ, and there would be “immediate” concerns about the plan.\n", "taxes"},
		{"Mira Holt spoke on Sunday. The crowd booed when she told them the mayor “has a number of friends on the harbour board.”\n", "the crowd booed"},
		{"The law let ferry firms and others to form what they called “harbour trusts” in every town on the coast.\n", "others to form"},
		{"Holt praised the plan. Asked on Harbour News who leads the party, Holt said the mayor does.\n", "on Harbour News"},
		{"The ferry left late (See Moss's timeline of the events.) and nobody came.\n", "see"},
		{"The plan was sold as “a fresh start for the harbour”, and it drew crowds. The complex filled with chants of “Holt for mayor” all night.\n", "the complex filled with"},
	} {
		names := actorNames(t, tt.text)
		for _, n := range names {
			if strings.EqualFold(n, tt.bad) || strings.HasPrefix(strings.ToLower(n), tt.bad+" ") {
				t.Errorf("%q: actor %q; all: %v", tt.text, n, names)
			}
		}
	}
}

// TestThingsAreNoPeople: a word in capitals, a place before a state's
// abbreviation and a building are not persons, so "she said" and a
// sentence's subject never go to them; a person from such a place is.
func TestThingsAreNoPeople(t *testing.T) {
	text := "Ida Berg, a welder, earns $21 an hour.\nAnd when she saw Mr. Harms talking about the plant on the news, all she could do was shout ''Yessss!'' at the TV. ''I loved it,'' she said. ''I was so happy he noticed us.''\nLater she met Piet Harms of Vestby, Miss., at the Stonewall Inn in Nordhavn.\n" +
		"Harbour Radio and former TV anchor Kit Ostrova has promoted a humble approach, advising graduates to “work hard and stay humble in every job.”\n"
	parts := timeline.Parts{
		Articles: []timeline.Article{{ID: "a", Outlet: "o", Text: untrusted.Text(text), Published: timeline.DayDate(2024, 5, 6)}},
		Outlets:  []timeline.Outlet{{ID: "o", Name: "O"}},
	}
	Into(&parts, []string{"a"}, Options{})
	kinds := map[string]timeline.ActorKind{}
	for _, a := range parts.Actors {
		kinds[a.Name] = a.Kind
	}
	for _, n := range []string{"TV", "Vestby", "Stonewall Inn"} {
		if kinds[n] == timeline.Person {
			t.Errorf("%s is a person; all: %v", n, kinds)
		}
	}
	if kinds["Piet Harms"] != timeline.Person {
		t.Errorf("Piet Harms of Vestby, Miss. is %q, want a person; all: %v", kinds["Piet Harms"], kinds)
	}
	if s := speakersOf(t, text)["work hard and stay humble in every job."]; s != "Kit Ostrova" {
		t.Errorf("speaker %q, want Kit Ostrova", s)
	}
}
