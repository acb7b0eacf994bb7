// Package extract finds, in news articles nobody has annotated, what the
// curators find by hand in the embedded ones: direct quotations and who
// said them, renderings of one statement across outlets, date phrases,
// and dated sentences that report events. Everything it adds to a
// dataset cites exact byte spans of the article text and is marked
// Extracted, so the explorer and the export can tell it from curated
// work.
//
// The extractor reads English news prose with rules, not a model:
//
//   - A quotation is a run between double quote marks, curly or straight
//     and in any mix (“…" happens), or between single marks nested inside
//     one. An opening mark with no closing one in its paragraph runs to
//     the paragraph's end, as multi-paragraph quotations do. Page
//     furniture (captions, "Advertisement", "READ: …") holds no quotations.
//   - Its speaker is named by the sentence around it ("X said", "said X",
//     "X told …", "according to X", "X, the minister, said"), or is the
//     last speaker when a pronoun or a title refers back ("he said", "the
//     minister added") or when the quotation continues the one before it.
//     A press release or statement speaks for whoever issued it. The
//     speaker is the actor the name finder joined the name to. One- and
//     two-word quotations nobody is said to have said are scare quotes,
//     and skipped.
//   - Every person, organisation and country an article names becomes
//     an actor, speaking or not, with its mentions: runs of capitalised
//     words are read as a country (a generated table of names, demonyms
//     and capitals), an organisation (by the word that heads it,
//     "Ministry", "Department", "… of …", or an acronym), a person (two to
//     four words of a name, initials and a suffix aside, after the titles
//     that become their role and may give their country: "Israeli Prime
//     Minister Yair Lapid"), or nothing (a place, a law, an event, a
//     sentence's first word, a headline). A lone surname is the person the
//     article names in full with it, else one named before in another
//     article; names are joined case, initials and periods aside, so
//     "Brian E. Nelson", "Brian Nelson" and "Nelson" are one actor. An
//     apposition ("X, the Treasury’s under secretary,") is a role too.
//   - Quotations by one speaker that share enough words in order
//     ([timeline.Overlap]) are renderings of one statement, whichever
//     article they are in; a quotation split by its attribution ("…,” X
//     said. “…") stays one statement.
//   - Every date phrase ([FindDates]) is listed in the dataset's Dates,
//     cited or not. A phrase is read against the right anchor: the
//     article's date ("next week", "last month", "early July"), or the
//     date the text last named, in the same paragraph or the one before
//     ("two days later", "the following year"); a month or a day named
//     without its year is placed by which way its sentence looks. What
//     the text does not say is not guessed: "two days later" with no date
//     before it is left out.
//   - A sentence with a date phrase and a known actor is a mention of a
//     happening (one per group of agreeing dates it holds). Once every
//     article is read, mentions are clustered into events: a mention
//     joins an event, extracted or curated, when they share actors and
//     content words (stems, weighted by how few mentions of the corpus
//     hold them) and their dates agree; otherwise it starts one. An event
//     is dated by its most precise source, a more precise compatible one
//     refines it (the date note says which article), and a near date
//     from another outlet that cannot also be right becomes a date
//     discrepancy. An extracted event's title is made from its most
//     central mention's main clause (cluster*.go, title*.go).
//
// Its precision and recall are measured by tests, on the five embedded
// articles against the curated dataset and on a labelled corpus written
// for the purpose (testdata/labelled).
package extract
