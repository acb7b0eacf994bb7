package extract

import (
	"strings"
	"testing"
)

// speakerOfQuote returns the speaker of the quotation in got that begins
// with prefix, and whether there is one.
func speakerOfQuote(got map[string]string, prefix string) (string, bool) {
	for q, s := range got {
		if strings.HasPrefix(q, prefix) {
			return s, true
		}
	}
	return "", false
}

// TestSpeakersOfQuotedParagraphs: paragraphs that are quotations, after
// a paragraph saying who speaks.
func TestSpeakersOfQuotedParagraphs(t *testing.T) {
	tests := []struct {
		name, text, quote, want string
	}{
		{"paragraphs after a colon, whose marks pair across nested ones",
			"Councillor Dr. Ida Brekke demanded the ferry board's resignation on Friday.\n\nDr. Brekke wrote:\n\n" +
				"\"This board no longer believes in “Safe Crossings First” at all. It serves itself.\n\n" +
				"\"The charter promised a “ferry for every island” and the board broke it. I will keep fighting for it.\"\n\n" +
				"The board has not replied.\n",
			"This board no longer believes", "Ida Brekke"},
		{"the second such paragraph goes on with the same speaker",
			"Councillor Dr. Ida Brekke demanded the ferry board's resignation on Friday.\n\nDr. Brekke wrote:\n\n" +
				"\"This board no longer believes in “Safe Crossings First” at all. It serves itself.\n\n" +
				"\"The charter promised a “ferry for every island” and the board broke it. I will keep fighting for it.\"\n\n" +
				"The board has not replied.\n",
			"The charter promised", "Ida Brekke"},
		{"a paragraph saying who spoke, with a scare quote, before one-line quotations",
			"Tor Vik chairs the fishermen's guild.\n\nIt was unclear what “fair shares” meant, because Vik spoke mostly in catchphrases at the hearing.\n\n" +
				"“Our boats need the northern grounds back.”\n“The quotas were written by people who never fished.”\n",
			"Our boats need the northern grounds", "Tor Vik"},
		{"the one-line quotations after it go on with the same speaker",
			"Tor Vik chairs the fishermen's guild.\n\nIt was unclear what “fair shares” meant, because Vik spoke mostly in catchphrases at the hearing.\n\n" +
				"“Our boats need the northern grounds back.”\n“The quotas were written by people who never fished.”\n",
			"The quotas were written", "Tor Vik"},
		{"speaks, in the present",
			"Liv Aune leads the dock workers.\n\nAune speaks for the crews at every council session.\n\n“Nobody on the council has ever loaded a ship in their life.”\n",
			"Nobody on the council", "Liv Aune"},
		{"a paragraph between opening with she, naming no one",
			"“This is the dock workers' helpline. Can I help you?” Liv Aune, a volunteer, said into her headset. “We are phoning every member this week because -.”\n\n" +
				"She stops and listens for a while.\n\n“Yes, I understand, that is hard -.”\n\nSilence.\n\n“Of course! The crews will be glad to hear it, and so am I.”\n\nThen she dials the next number.\n",
			"Yes, I understand", "Liv Aune"},
		{"a stage direction of one word between",
			"“This is the dock workers' helpline. Can I help you?” Liv Aune, a volunteer, said into her headset. “We are phoning every member this week because -.”\n\n" +
				"She stops and listens for a while.\n\n“Yes, I understand, that is hard -.”\n\nSilence.\n\n“Of course! The crews will be glad to hear it, and so am I.”\n\nThen she dials the next number.\n",
			"Of course!", "Liv Aune"},
		{"not a pronoun of the other gender",
			"“This is the dock workers' helpline,” Ms. Liv Aune said into her headset. She sounded tired.\n\nHe stops and reads the list once more.\n\n“Yes, I understand that this is hard for you.”\n",
			"Yes, I understand that", "Unknown speaker"},
		{"a paragraph after one saying who issued a statement",
			"On Aune’s instructions, the Dock Workers Union issued a statement regretting the strike notice.\n\n“We are sorry for the confusion the notice caused to every family on the islands.”\n",
			"We are sorry for the confusion", "Dock Workers Union"},
		{"issuing something else is not speaking",
			"The Dock Workers Union issued new badges to its members on Monday.\n\n“Nobody will load a ship until the cranes are repaired, whoever asks.”\n",
			"Nobody will load a ship", "Unknown speaker"},
		{"the person the sentence before is about, not the paragraph before's speaker",
			"“The guild has forgotten the small boats,” Tor Vik said.\n\nIda Brekke pointed to her years as a founder of the guild. “We must find a way to keep the small boats fishing in the north.”\n",
			"We must find a way", "Ida Brekke"},
		{"the speaker of the paragraph before when the sentence before is about no one named",
			"“The guild has forgotten the small boats,” Tor Vik said.\n\nThe guild was founded in 1921. “We must find a way to keep the small boats fishing in the north.”\n",
			"We must find a way", "Tor Vik"},
		{"not an owner opening the sentence before",
			"“The guild has forgotten the small boats,” Tor Vik said.\n\nIda Brekke’s years as a founder of the guild are many. “We must find a way to keep the small boats fishing in the north.”\n",
			"We must find a way", "Tor Vik"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := speakerOfQuote(got, tt.quote); !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestStateAsVerb: "state" is a verb of saying after "they", "we" or a
// plural name and before "in", "that" or a clause's end; not a noun.
func TestStateAsVerb(t *testing.T) {
	tests := []struct {
		text string
		want int // verbs of saying found
	}{
		{"the Norvians state in the annual review", 1},
		{"as they state that the pier is closed", 1},
		{"the Democrats state,", 1},
		{"under Texas state law", 0},
		{"the Norvians state pension fund", 0},
		{"the state of the harbour", 0},
		{"by the United States, NATO and others", 0},
		{"the harbour, Lorn states", 1},
		{"on Monday. Said Lorn", 1},
	}
	for _, tt := range tests {
		if got := len(speechVerbs([]byte(tt.text), 0, len(tt.text))); got != tt.want {
			t.Errorf("%q: %d verbs of saying, want %d", tt.text, got, tt.want)
		}
	}
	got := speakersOf(t, "The review went to the fisheries council on Tuesday.\n\n"+
		"\"Our ports are among the safest for any trawler on the coast,\" the Norvians state in the annual review. \"Norvia guards its fishing grounds as well as any nation.\"\n")
	for _, q := range []string{"Our ports are among", "Norvia guards"} {
		if s, ok := speakerOfQuote(got, q); !ok || s != "Norvians" {
			t.Errorf("%q: speaker %q (found %v), want Norvians; all: %v", q, s, ok, got)
		}
	}
}

// TestOwnedWords: a quotation between an owner and a noun for words is
// the owner's.
func TestOwnedWords(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"a motto",
			"Tor Vik ran the guild for twenty years. Younger members still recite Vik’s “no boat left behind” motto at every meeting.\n",
			"no boat left behind", "Tor Vik"},
		{"a pledge another mocks, the owner's mark alone after an s",
			"Ola Jonas spoke first. Tor Vik derided Jonas’ “every island its own harbour” pledge on Friday.\n",
			"every island its own harbour", "Ola Jonas"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := speakerOfQuote(got, tt.quote); !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestSpokesmenSpeakAsTheirOwner: "Brekke’s campaign …, saying “…”" is
// credited to Brekke, not to the next person the sentence names.
func TestSpokesmenSpeakAsTheirOwner(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"a campaign's release, after a phrase set off by a comma",
			"Ida Brekke debated Tor Vik on the radio on Friday. Soon after Vik’s broadcast ended, Brekke’s campaign put out a release saying Vik owes “every island family an apology for the quota vote.”\n",
			"every island family an apology", "Ida Brekke"},
		{"a campaign telling reporters",
			"Tor Vik criticised Ida Brekke on Friday.\n\nBrekke’s campaign brushed off Vik’s remarks, telling the radio, “Ida Brekke has never once asked the guild for its endorsement.”\n",
			"Ida Brekke has never once", "Ida Brekke"},
		{"critics do not speak for the one they criticise",
			"Ida Brekke unveiled a new harbour plan on Friday. Brekke’s opponents, Tor Vik first of all, attacked it, calling it “a gift to the big trawlers and nobody else.”\n",
			"a gift to the big trawlers", "Tor Vik"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := speakerOfQuote(got, tt.quote); !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestQuoteFrom: "“…” That line from X ran …" is X's.
func TestQuoteFrom(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"that quote from a person with a title",
			"Trust in the guild is low.\n\n“I would sooner trust a gull with my catch than the quota office with my licence.” That line from Norvia Fisheries Commissioner Ida Brekke ran on the front page of the Coast Post in 1998.\n",
			"I would sooner trust a gull", "Ida Brekke"},
		{"not from a place",
			"Trust in the guild is low.\n\n“I would sooner trust a gull with my catch than the quota office with my licence.” That line from Norvia ran on the front page of the Coast Post in 1998.\n",
			"I would sooner trust a gull", "Unknown speaker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := speakerOfQuote(got, tt.quote); !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestDescriptionWithTwoVerbs: a description opening a sentence is the
// subject of its second verb too ("… declined to comment but said").
func TestDescriptionWithTwoVerbs(t *testing.T) {
	got := speakersOf(t, "A spokeswoman for Nordkyst Shipping declined to discuss the audit in detail but said in a statement that “Nordkyst Shipping has always applied the same safety rules to every vessel.”\n")
	if s, ok := speakerOfQuote(got, "Nordkyst Shipping has always"); !ok || s != "A spokeswoman for Nordkyst Shipping" {
		t.Errorf("speaker %q (found %v), want %q; all: %v", s, ok, "A spokeswoman for Nordkyst Shipping", got)
	}
}

// TestDocumentsByWholeWords: "released" names no release, and "the ruling
// published Thursday" is a document, not someone who speaks.
func TestDocumentsByWholeWords(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"a verb released is not a press release",
			"A 2012 handbook published by Coast Press Agency told skippers to rank their crews.\n\nWhen marketing the courses, Tor Vik released a promotional film that said, “Our instructors are the finest skippers on the whole northern coast.”\n",
			"Our instructors are the finest", "Tor Vik"},
		{"a document, then what was done with it",
			"The court ruled on the guild's accounts.\n\n“The argument that the ledgers hold any secrets is speculative at best,” the ruling published Thursday said.\n",
			"The argument that the ledgers", "Unknown speaker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := speakerOfQuote(got, tt.quote); !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestNameIsNoVerb: "the United States" holds no verb of saying, so the
// speaker after it is found.
func TestNameIsNoVerb(t *testing.T) {
	got := speakersOf(t, "Ida Brekke was minister when the quota was set.\n\n"+
		"“Had there been no such quota” from the United States, NATO and the other partners, Brekke said at a meeting on Friday, “the northern grounds would be empty by now.”\n")
	if s, ok := speakerOfQuote(got, "Had there been no such quota"); !ok || s != "Ida Brekke" {
		t.Errorf("speaker %q (found %v), want Ida Brekke; all: %v", s, ok, got)
	}
}

// TestAskedInThePassive: the question someone "was asked" is never
// theirs: the interviewer's, where the sentence names the interview.
func TestAskedInThePassive(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"an interview with someone named",
			"Tor Vik called the northern grounds the roughest waters he knew.\n\nIn an interview with Nordby Broadcasting Company aired on Thursday, Vik was asked, “Which waters have frightened you the most?”\n",
			"Which waters have frightened you", "Nordby Broadcasting Company"},
		{"nobody named asking",
			"Tor Vik called the northern grounds the roughest waters he knew.\n\nAt the hearing, Vik was asked, “Which waters have frightened you the most?”\n",
			"Which waters have frightened you", "Unknown speaker"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := speakerOfQuote(got, tt.quote); !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestUsedTheWords: "When Vik used the phrase, “…”" is Vik's.
func TestUsedTheWords(t *testing.T) {
	got := speakersOf(t, "Ida Brekke said she was not ready to back Vik.\n\nWhen Tor Vik used the phrase, “I am still weighing it all up,” he was repeating Brekke, who had said as much in March.\n")
	if s, ok := speakerOfQuote(got, "I am still weighing"); !ok || s != "Tor Vik" {
		t.Errorf("speaker %q (found %v), want Tor Vik; all: %v", s, ok, got)
	}
}

// TestOpeningParticiple: a participle's phrase opening a sentence is not
// where its subject is.
func TestOpeningParticiple(t *testing.T) {
	got := speakersOf(t, "Ida Brekke and Tor Vik met in a debate on Friday.\n\n"+
		"Standing in for Vik at the same hall where Brekke and Ola Jonas had spoken Friday, Marit Lund took aim at “my good friend Ida Brekke of the quota office.”\n")
	if s, ok := speakerOfQuote(got, "my good friend"); !ok || s != "Marit Lund" {
		t.Errorf("speaker %q (found %v), want Marit Lund; all: %v", s, ok, got)
	}
	for _, tt := range []struct {
		w, next string
		want    bool
	}{
		{"Filling", "in", true}, {"Speaking", "at", true},
		{"According", "to", false}, {"Nothing", "really", false}, {"Fielding", "said", false}, {"Sterling", "Vik", false},
	} {
		if got := openingParticiple(tt.w, tt.next); got != tt.want {
			t.Errorf("openingParticiple(%q, %q) = %v, want %v", tt.w, tt.next, got, tt.want)
		}
	}
}

// TestBetweenIsAPreposition: a name after "between" is not a subject.
func TestBetweenIsAPreposition(t *testing.T) {
	got := speakersOf(t, "Ida Brekke and her deputy Sofie Nilsen wrote to each other daily.\n\n"+
		"In one exchange between Brekke and her deputy Sofie Nilsen in May 2014, Nilsen passes on a message headed “Our harbour photo is everywhere!” that shows the pier.\n")
	if s, ok := speakerOfQuote(got, "Our harbour photo"); !ok || s != "Sofie Nilsen" {
		t.Errorf("speaker %q (found %v), want Sofie Nilsen; all: %v", s, ok, got)
	}
}

// TestInOwnersView: "in Brekke’s view" next to a quotation makes it hers.
func TestInOwnersView(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"ending the sentence after the quotation",
			"Tor Vik spoke after Ida Brekke.\n\n“There is no single thing wrong here – the whole quota system has failed” from the licences to the inspections, in Brekke’s view.\n",
			"There is no single thing wrong", "Ida Brekke"},
		{"just before the quotation",
			"Tor Vik spoke after Ida Brekke. The fair was held in Nordby because, in Brekke’s words, “no town on the coast has more young skippers.”\n",
			"no town on the coast", "Ida Brekke"},
		{"opening the sentence",
			"Tor Vik spoke after Ida Brekke.\n\nIn Brekke’s words, “no town on the coast has more young skippers.”\n",
			"no town on the coast", "Ida Brekke"},
		{"an owner whose name holds \"in \"",
			"Tor Vik spoke after Martin Brekke.\n\nThe fair was held in Nordby because, in Martin Brekke’s words, “no town on the coast has more young skippers.”\n",
			"no town on the coast", "Martin Brekke"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := speakerOfQuote(got, tt.quote); !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
}

// TestWhatSubject: "what Vik called a “…” plan" is Vik's.
func TestWhatSubject(t *testing.T) {
	got := speakersOf(t, "Tor Vik said Brekke had three choices.\n\n"+
		"One would be a new guild. Another would be a regional fishing council like the NFC, while a third would be what Vik called a “let every harbour decide” plan - leaving the quotas to the towns.\n")
	if s, ok := speakerOfQuote(got, "let every harbour decide"); !ok || s != "Tor Vik" {
		t.Errorf("speaker %q (found %v), want Tor Vik; all: %v", s, ok, got)
	}
}

// TestNamedAfterAnOwnersTitle: "said Brekke’s host, singer Marit Lund"
// is Lund's, not Brekke's.
func TestNamedAfterAnOwnersTitle(t *testing.T) {
	got := speakersOf(t, "Ida Brekke spoke at the harbour fair.\n\n“It is high time a skipper ran this quota office,” said Brekke’s host, singer Marit Lund.\n")
	if s, ok := speakerOfQuote(got, "It is high time"); !ok || s != "Marit Lund" {
		t.Errorf("speaker %q (found %v), want Marit Lund; all: %v", s, ok, got)
	}
}

// TestNamedAfterEmptyPhrase: an empty phrase before ", Name" is left as
// it is, without a panic.
func TestNamedAfterEmptyPhrase(t *testing.T) {
	mask := []byte(", Marit Lund said")
	if s, e := namedAfter(mask, 0, 0, len(mask)); s != 0 || e != 0 {
		t.Errorf("namedAfter of an empty phrase = %d, %d, want 0, 0", s, e)
	}
}

// TestColonGoesOn: a lead-in with no subject ending in a colon, in the
// paragraph after a speaker's, goes on with that speaker.
func TestColonGoesOn(t *testing.T) {
	tests := []struct{ name, text, quote, want string }{
		{"no subject, a name only after a preposition",
			"Take the quota: “We never should have accepted the northern quota at all,” Tor Vik told Coast Radio in June.\n\nThen, a week later on Coast Radio: “I have not once called the northern quota a mistake.”\n",
			"I have not once called", "Tor Vik"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := speakersOf(t, tt.text)
			if s, ok := speakerOfQuote(got, tt.quote); !ok || s != tt.want {
				t.Errorf("%q: speaker %q (found %v), want %q; all: %v", tt.quote, s, ok, tt.want, got)
			}
		})
	}
	// "As for Brekke, she looks pleased: “…”" has a subject of its own: not
	// the last speaker's words
	got := speakersOf(t, "Take the quota: “We never should have accepted the northern quota at all,” Tor Vik told Coast Radio in June.\n\n"+
		"As for Ida Brekke, she looks pleased with the deal: “No deal is perfect, but this one keeps every boat at sea.”\n")
	if s, _ := speakerOfQuote(got, "No deal is perfect"); s == "Tor Vik" {
		t.Errorf("a lead-in with a subject of its own went on with the last speaker; all: %v", got)
	}
}

// TestAMonthNamedPersonBeforeAStop: "said March." ends a sentence with a
// surname that is also a month's: it is the person the article named,
// while "Nov." is an abbreviation of a month.
func TestAMonthNamedPersonBeforeAStop(t *testing.T) {
	got := speakersOf(t, "Tor Vik met Ada March on Monday. “We will not move the quota office,” said March.\n")
	if s, ok := speakerOfQuote(got, "We will not move"); !ok || s != "Ada March" {
		t.Errorf("speaker %q (found %v), want Ada March; all: %v", s, ok, got)
	}
}

// TestParticipleAfterBefore: "X deflected questions about Y before
// saying, “…”" is X's saying, however near Y stands; so after "after"
// and "without".
func TestParticipleAfterBefore(t *testing.T) {
	for _, opener := range []string{"before", "after", "without"} {
		got := speakersOf(t, "Ida Brekke and Tor Vik met in a debate on Friday.\n\n"+
			"Ida Brekke deflected several questions about Tor Vik "+opener+" saying, “It is time to stop attacking the people on this coast.”\n")
		if s, ok := speakerOfQuote(got, "It is time to stop"); !ok || s != "Ida Brekke" {
			t.Errorf("%s saying: speaker %q (found %v), want Ida Brekke; all: %v", opener, s, ok, got)
		}
	}
}
