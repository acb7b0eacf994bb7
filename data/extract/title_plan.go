package extract

import "strings"

// expectedMark opens the title of an event every report of which looks
// ahead (see planTitle): the articles say it is to happen, none that it
// did, so the timeline must not show it as done (issue 28).
const expectedMark = "Expected: "

// planTitle reports whether title's main clause tells of a plan, a
// forecast or a hypothesis rather than a happening: its main verb is
// "will" or "shall", a modal of what may be ("could", "might", "may",
// "must", "should", "can", "would"), or a plan's "is to", "is expected
// to", "is scheduled to", "plans to". Not a plan: a modal of what may
// have been ("may have cost him"), a refusal or an inability told in the
// past ("would not say", "could not attend"), a speaker's words ("X:
// …"), and what a speaker was said to say once their frame is dropped
// (see reported): the saying happened, and its date phrase dates it.
func planTitle(title, sentence string) bool {
	ws := strings.Fields(title)
	main := titleMainVerb(ws)
	if main < 1 || strings.Contains(strings.Join(ws[:main], " "), ": ") {
		return false
	}
	word := func(k int) string {
		if k >= len(ws) {
			return ""
		}
		return strings.ToLower(strings.Trim(ws[k], ",;:.“”\"'’"))
	}
	// the subject's last word and the verb stand so in the sentence: the
	// title did not drop a frame ("said it will …") between them
	if !strings.Contains(strings.ReplaceAll(sentence, "\n", " "), ws[main-1]+" "+ws[main]) {
		return false
	}
	l, next := word(main), word(main+1)
	if planClauseOpeners[word(main-1)] || next == "like" {
		return false // "what could start this is …": the modal is the subject's; "would like": a wish
	}
	for k := range main {
		if w := word(k); len(w) > 4 && strings.HasSuffix(w, "ed") && !strings.Contains(w, "-") &&
			(k == 0 && determiners[word(1)] || k > 0 && !startsUpper(ws[k]) && !adjectiveSlot(word(k-1))) {
			// "Carson struggled to answer how he would …", "Worried the
			// nation might …": a verb in the past before the modal, which
			// is then a clause's inside it; not an adjective ("a more
			// subdued Bill Clinton may", "self-imposed", "Armed police
			// will") nor a name ("Ahmed Shah will", "United Airlines")
			return false
		}
	}
	switch {
	case l == "will" || l == "shall" || l == "won’t" || l == "won't":
		return true
	case l == "would" || l == "could":
		return next != "have" && next != "not" && next != "never"
	case l == "might" || l == "may" || l == "must" || l == "should" || l == "can":
		return next != "have"
	case l == "is" || l == "are" || l == "was" || l == "were":
		if next == "to" {
			return main+2 < len(ws) && infinitive(ws[main+2]) // "is to visit"
		}
		return planAdjectives[next] && word(main+2) == "to"
	case planVerbs[l]:
		return next == "to"
	}
	return false
}

// planAdjectives say, after "is" and before "to", that what follows is
// to come: "is expected to", "is set to", "was scheduled to".
var planAdjectives = set(`expected scheduled set slated due poised likely unlikely going about supposed planning hoping`)

// planClauseOpeners open a clause whose verb is not the sentence's: "what
// could bring him", "whether it should".
var planClauseOpeners = set(`what who which whether how where when why`)

// planVerbs, in the present, say what someone means to do: "plans to
// visit".
var planVerbs = set(`plans intends hopes expects aims`)

// planMention reports whether m tells of what was still to come when
// its article was written: its date begins after the article's
// ("Philadelphia is giving the protesters more leeway … on July 25-28"
// in June), or its own title tells of a plan (see planTitle) and its
// date phrase stands in that title's clause, not in a clause or an
// aside the title drops ("pilots will walk out after a tug sank on
// Monday" tells of Monday's sinking).
func planMention(m *mention) bool {
	if p := m.article.Published; !p.IsZero() && !m.date.From.IsZero() && m.date.From.First().After(p.Last()) {
		return true
	}
	if datedInSubclause(m) || datedInAside(m) {
		return false
	}
	t, _ := mentionTitle(m)
	return planTitle(t, m.article.Text.Verbatim()[m.start:m.end])
}

// expectedTitle marks title, ms[i]'s, when it tells of a plan (see
// planTitle) and every mention of ms tells of what was still to come
// (see planMention): no report says it happened. A title that tells of
// a happening is never marked, though its date may lie ahead of its
// article: the date phrase then dates a clause it drops.
func expectedTitle(ms []mention, i int, title string) string {
	if title == "" || !planTitle(title, ms[i].article.Text.Verbatim()[ms[i].start:ms[i].end]) {
		return title
	}
	for k := range ms {
		if !planMention(&ms[k]) {
			return title
		}
	}
	return expectedMark + title
}

// namedSubject reports whether title's subject, the words before its
// main verb, names someone or something by a capitalised word other than
// a determiner opening it ("Mr. Rubio's problems began", "Christie lit
// into Rubio"): "The fangs came out" names no one who did anything.
func namedSubject(title string) bool {
	ws := strings.Fields(title)
	main := titleMainVerb(ws)
	if main < 0 {
		return false
	}
	for k, w := range ws[:main] {
		if startsUpper(w) && (k > 0 || !commonWords[strings.ToLower(strings.Trim(w, ",“”\"'’"))]) {
			return true
		}
	}
	return false
}

// adjectiveSlot reports whether a word in -ed after w is an adjective
// on a noun rather than a verb: after a determiner, a possessive or a
// degree ("the", "most", "Gore’s").
func adjectiveSlot(w string) bool {
	return determiners[w] || w == "more" || w == "most" || w == "less" || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "'s")
}
