package extract

import (
	"strings"
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// TestTitleNamesWhoActs: a title whose subject names nobody (a pronoun,
// a possessive one, "There", "It", a demonstrative before its verb, a
// bare generic noun)
// is no whole statement; a subject with a name or a modifier is.
func TestTitleNamesWhoActs(t *testing.T) {
	tests := []struct {
		name, sentence string
		whole          bool
	}{
		{"pronoun", "He walked out of the harbour talks on Monday with the union's delegates.", false},
		{"there", "There is also the possibility of a strike at the port on Monday.", false},
		{"it", "It would test the patience of the dock workers, the mayor warned on Monday.", false},
		{"demonstrative", "That was welcome news to the dock workers of Velen on Monday.", false},
		{"bare generic noun", "The group raised four million crowns for the dock workers on Monday.", false},
		{"generic noun with a modifier", "The dockers' group raised four million crowns for the strike fund on Monday.", true},
		{"possessive pronoun", "Her victories in Velen and Ostra on Tuesday will only speed up the shift.", false},
		{"the same", "The same could not be said for the crane drivers of Velen on Monday.", false},
		{"demonstrative before a noun", "That ruling closed the north basin to tankers on Monday.", true},
		{"a name", "Ana Brel walked out of the harbour talks on Monday with the union's delegates.", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got, whole := sentenceTitle(tt.sentence); whole != tt.whole {
				t.Errorf("%q: whole %v, want %v", got, whole, tt.whole)
			}
		})
	}
}

// TestClusterTitleSkipsVagueSubject: a cluster whose most central
// mention opens on a pronoun is titled by a mention that says who acts.
func TestClusterTitleSkipsVagueSubject(t *testing.T) {
	published := timeline.DayDate(2024, 3, 6)
	var ms []mention
	for k, s := range []string{
		"He closed the north basin to tankers on Monday after the collapse.",
		"The harbour master of Velen closed the north basin to tankers on Monday.",
	} {
		a := &timeline.Article{ID: string(rune('a' + k)), Text: untrusted.Text(s), Published: published}
		ms = append(ms, mention{article: a, start: 0, end: len(s), dates: FindDates(s, published)})
	}
	if got, want := clusterTitle(ms, 0), "The harbour master of Velen closed the north basin"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestTitleCutsAtPhrase: a long title is cut where a phrase ends, never
// inside one: not between a verb and the infinitive it takes ("were
// drawn to decide", "asked the police to investigate"), not between a
// noun and its of-phrase ("a portrait of a failing port"), not between two
// names "and" or "for" joins, or two nouns "and" joins, nor before "as"
// after a verb of naming or seeing, nor before "except" or "unless", which take back
// part of what came before, nor after a verb in -ing whose object or
// particle follows, inside a subordinate clause before its verb, before
// "than", or between an adjective and its noun; a sentence that ends on
// a passive ends there; words with no such boundary within the limit are
// cut where they stand and are no whole statement.
func TestTitleCutsAtPhrase(t *testing.T) {
	tests := []struct {
		name, sentence, want string
		whole                bool
	}{
		{"verb and its infinitive", "Lots were drawn to decide at least six harbour berths in the council ballot on Monday.",
			"Lots were drawn to decide at least six harbour berths", true},
		{"object and the infinitive an asking verb takes", "The board asked the police to investigate whether the driver broke the rules on Monday.",
			"The board asked the police to investigate whether the driver broke the rules", true},
		{"purpose after a noun", "The council stepped up pressure on the union on Monday to settle its dispute with the port before the winter season.",
			"The council stepped up pressure on the union", true},
		{"a noun keeps its of-phrase", "The harbour board painted a grim portrait of a failing port in its yearly report.",
			"The harbour board painted a grim portrait of a failing port", true},
		{"a comma after an aside stays", "The levy passed with dockers (40 percent), pilots and crews.",
			"The levy passed with dockers, pilots and crews", true},
		{"a predicate after a form of be ends it", "Velen was winner-take-all, meaning Brel gets every seat in the harbour.",
			"Velen was winner-take-all", true},
		{"names joined by and", "Both unions are striking loudly in Velen and North Ostra, the two largest ports of the coast.",
			"Both unions are striking loudly in Velen and North Ostra", true},
		{"passive at the end", "Ana Brel resigned on Monday and the post has yet to be filled.",
			"Ana Brel resigned and the post has yet to be filled", true},
		{"a cut never drops an exception", "Brel has not given money to any harbour candidate this year, except the mayor's rival in Ostra.",
			"Brel has not given money to any harbour candidate, except the mayor's rival", true},
		{"a verb in -ing keeps its object", "Police charged the driver after determining that a camera showed him asleep at the controls on Monday.",
			"Police charged the driver", true},
		{"a noun in -ing is no verb", "Ana Brel and Ivo Lind were fined at a brief hearing before magistrates in the harbour court on Monday.",
			"Ana Brel and Ivo Lind were fined at a brief hearing", true},
		{"a verb in -ing keeps its particle", "The striking dock workers of the north basin were calling out for a new roster and a pay rise from the board.",
			"The striking dock workers of the north basin were calling out for a new roster", true},
		{"a subordinate clause keeps its verb", "Mara Holt closed the basin after Ana Brel and her deputy, Ivo Lind, resigned from the board on Monday.",
			"Mara Holt closed the basin", true},
		{"a comparison keeps its other side", "The port of Velen took more tankers in March than the port of Ostra took in a year.",
			"The port of Velen took more tankers than the port of Ostra took", true},
		{"a comparison with as keeps its other side", "The port of Velen took twice as many tankers in March as the port of Ostra took in a year.",
			"The port of Velen took twice as many tankers as the port of Ostra took", true},
		{"as after a role is no comparison", "Ana Brel has served as one of the mayor's deputies as the union keeps striking in every port.",
			"Ana Brel has served as one of the mayor's deputies", true},
		{"either keeps its or", "The harbour council of Velen will fine either the crane drivers or the pilots in every dispute.",
			"The harbour council of Velen will fine either the crane drivers or the pilots", true},
		{"a verb of naming keeps its as", "The harbour union on Monday named Ana Brel of the north basin as its new delegate to the council.",
			"The harbour union named Ana Brel of the north basin as its new delegate", true},
		{"nouns joined by and", "The port authority has paid its crane drivers and pilots more than two million crowns since the strike began.",
			"The port authority has paid its crane drivers and pilots more than two million crowns", true},
		{"an adjective keeps its noun", "The harbour union ran a very aggressive and remarkably effective campaign in every port.",
			"The harbour union ran a very aggressive and remarkably effective campaign", true},
		{"a name joined by for", "Ostra's harbour council watched the steady rise of Friends for Fair Harbours in every ward.",
			"Ostra's harbour council watched the steady rise of Friends for Fair Harbours", true},
		{"a verb of saying in -ing keeps its words", "Ana Brel issued a statement on Tuesday saying, “The basin will not reopen before the council votes.”",
			"Ana Brel issued a statement", true},
		{"a noun in -ing after a quantifier is no verb of saying", "Ana Brel said the crews had acted on every credible warning about the gantry in the north basin.",
			"Ana Brel said the crews had acted on every credible warning", true},
		{"no boundary within the limit", "Ana Brel declared on national radio on Monday that she was holding a fundraiser right then and there and asked for money.",
			"", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, whole := sentenceTitle(tt.sentence)
			if whole != tt.whole || tt.whole && got != tt.want {
				t.Errorf("got %q (whole %v), want %q (whole %v)", got, whole, tt.want, tt.whole)
			}
		})
	}
}

// TestTitleNeverCutsInsideAName: words with no phrase boundary within the
// limit are cut where they stand, but never inside a name.
func TestTitleNeverCutsInsideAName(t *testing.T) {
	s := "The long-awaited re-election of the harbour board's chairman Deputy Harbour Master Ana Brel Holt at the quay on Monday."
	got, whole := sentenceTitle(s)
	if whole || !strings.HasSuffix(got, "Deputy Harbour Master Ana Brel Holt") {
		t.Errorf("got %q (whole %v), want it to end on the whole name (not whole)", got, whole)
	}
}

// TestDropAsidesKeepsTheListComma: a one-word aside goes, the comma after
// it stays on the word before: "Ana Brel (Lab.), Ivo Lind" lists two.
func TestDropAsidesKeepsTheListComma(t *testing.T) {
	got := strings.Join(dropAsides(strings.Fields("Ana Brel (Lab.), Ivo Lind (Ind.) and Mara Holt")), " ")
	if want := "Ana Brel, Ivo Lind and Mara Holt"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
