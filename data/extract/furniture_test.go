package extract

import (
	"fmt"
	"strings"
	"testing"
)

// furnWant is one expected furniture line, by its text.
type furnWant struct {
	line string
	kind FurnitureKind
}

func furnKindName(k FurnitureKind) string {
	switch k {
	case Boilerplate:
		return "boilerplate"
	case Caption:
		return "caption"
	}
	return fmt.Sprintf("kind(%d)", k)
}

func furnGotString(text string, fs []Furniture) string {
	var parts []string
	for _, f := range fs {
		parts = append(parts, fmt.Sprintf("%s %q", furnKindName(f.Kind), text[f.Start:f.End]))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func TestFindFurnitureLines(t *testing.T) {
	const prose = "Albanian Prime Minister Edi Rama arrived in Israel on Sunday to strengthen his country’s cyber defense."
	// middle puts line in the middle of a long article, away from the top
	// and bottom where staff blurbs and taglines live.
	middle := func(line string) string {
		return strings.Repeat(prose+"\n", 8) + line + "\n" + strings.Repeat(prose+"\n", 8)
	}
	B, C := Boilerplate, Caption
	tests := []struct {
		name string
		text string
		want []furnWant
	}{
		// Boilerplate.
		{"advertisement", prose + "\nAdvertisement\n", []furnWant{{"Advertisement", B}}},
		{"ADVERTISEMENT", middle("  ADVERTISEMENT  "), []furnWant{{"  ADVERTISEMENT  ", B}}},
		{"sponsored", middle("Sponsored"), []furnWant{{"Sponsored", B}}},
		{"READ:", middle("READ: US imposes sanctions on Iran over cyber activities, cyber attack on Albania"), []furnWant{{"READ: US imposes sanctions on Iran over cyber activities, cyber attack on Albania", B}}},
		{"READ MORE:", middle("READ MORE: Iran denies attack"), []furnWant{{"READ MORE: Iran denies attack", B}}},
		{"Read more:", middle("Read more: Iran denies attack"), []furnWant{{"Read more: Iran denies attack", B}}},
		{"read more: alone", prose + "\nMost Popular\nread more:", []furnWant{{"Most Popular", B}, {"read more:", B}}},
		{"Related:", middle("Related: Albania cuts ties"), []furnWant{{"Related: Albania cuts ties", B}}},
		{"RELATED:", middle("RELATED: Albania cuts ties"), []furnWant{{"RELATED: Albania cuts ties", B}}},
		{"Also read:", middle("Also read: Albania cuts ties"), []furnWant{{"Also read: Albania cuts ties", B}}},
		{"WATCH:", middle("WATCH: Rama lands in Israel"), []furnWant{{"WATCH: Rama lands in Israel", B}}},
		{"most read", middle("Most Read"), []furnWant{{"Most Read", B}}},
		{"trending", middle("Trending"), []furnWant{{"Trending", B}}},
		{"share", middle("Share"), []furnWant{{"Share", B}}},
		{"share this article", middle("Share this article"), []furnWant{{"Share this article", B}}},
		{"comments", middle("Comments"), []furnWant{{"Comments", B}}},
		{"sign up", middle("Sign up for our daily newsletter"), []furnWant{{"Sign up for our daily newsletter", B}}},
		{"subscribe", middle("Subscribe to our YouTube channel"), []furnWant{{"Subscribe to our YouTube channel", B}}},
		{"subscribe alone", middle("SUBSCRIBE"), []furnWant{{"SUBSCRIBE", B}}},
		{"click here", middle("Click here to get the app"), []furnWant{{"Click here to get the app", B}}},
		{"follow us", middle("Follow us on Twitter"), []furnWant{{"Follow us on Twitter", B}}},
		{"clear", "clear\n\nCreating new perspectives since 2009\n\n" + prose, []furnWant{{"clear", B}, {"Creating new perspectives since 2009", B}}},
		{"staff blurb at top", "Headline\n\nLazar Berman is The Times of Israel's diplomatic reporter\n\n" + prose, []furnWant{{"Lazar Berman is The Times of Israel's diplomatic reporter", B}}},
		{"staff blurb at end", prose + "\nThe All Israel News Staff is a team of journalists in Israel.", []furnWant{{"The All Israel News Staff is a team of journalists in Israel.", B}}},
		{"correspondent blurb", prose + "\nJane Doe is our Balkans correspondent.", []furnWant{{"Jane Doe is our Balkans correspondent.", B}}},
		{"agencies contributed", prose + "\nAgencies contributed to this report.\u00a0\n\nMost Popular", []furnWant{{"Agencies contributed to this report.\u00a0", B}, {"Most Popular", B}}},
		{"credit line", prose + "\n(By Joshua Spurlock, www.themideastupdate.com, October 23, 2022)", []furnWant{{"(By Joshua Spurlock, www.themideastupdate.com, October 23, 2022)", B}}},
		{"crlf", "Advertisement\r\n" + prose + "\r\n", []furnWant{{"Advertisement", B}}},

		// Captions.
		{"photo credit", middle("Rama speaks in Brussels, Belgium, July 13, 2022. (photo credit:  REUTERS/JOHANNA GERON)"), []furnWant{{"Rama speaks in Brussels, Belgium, July 13, 2022. (photo credit:  REUTERS/JOHANNA GERON)", C}}},
		{"credit alone on a line", middle("(photo credit: REUTERS/JOHANNA GERON)"), []furnWant{{"(photo credit: REUTERS/JOHANNA GERON)", C}}},
		{"ap photo", middle("Rutte arrives in Madrid, Spain, on June 30, 2022. (AP Photo/Manu Fernandez)"), []furnWant{{"Rutte arrives in Madrid, Spain, on June 30, 2022. (AP Photo/Manu Fernandez)", C}}},
		{"photo colon", middle("Rama and Lapid in Jerusalem (Photo: Haim Zach)"), []furnWant{{"Rama and Lapid in Jerusalem (Photo: Haim Zach)", C}}},
		{"name slash agency", middle("Rama lands in Israel on October 23, 2022. (Shlomi Amsalem/GPO)"), []furnWant{{"Rama lands in Israel on October 23, 2022. (Shlomi Amsalem/GPO)", C}}},
		{"bracketed twitter", middle("Roll met Xhacka in Berlin on 12 September 2022 [@idanroll/Twitter]"), []furnWant{{"Roll met Xhacka in Berlin on 12 September 2022 [@idanroll/Twitter]", C}}},
		{"courtesy", middle("The delegation in Tirana. (Courtesy)"), []furnWant{{"The delegation in Tirana. (Courtesy)", C}}},
		{"file photo", middle("Iranian hackers at work (File photo)"), []furnWant{{"Iranian hackers at work (File photo)", C}}},
		{"getty", middle("The Albanian parliament in Tirana (Getty Images)"), []furnWant{{"The Albanian parliament in Tirana (Getty Images)", C}}},
		{"short name credit", middle("Rama speaks in Belgrade, Serbia, Sept. 1, 2022. (Darko Vojinovic)"), []furnWant{{"Rama speaks in Belgrade, Serbia, Sept. 1, 2022. (Darko Vojinovic)", C}}},
		{"credit then full stop", middle("Rama in Tirana. (AP Photo/Franc Zhurda)."), []furnWant{{"Rama in Tirana. (AP Photo/Franc Zhurda).", C}}},
		{"mid-line parenthetical and credit", middle("Pence waves at Ashraf-3, about 30 kilometers (16 miles) west of Tirana, Albania, June 23, 2022. (AP Photo/Franc Zhurda)"),
			[]furnWant{{"Pence waves at Ashraf-3, about 30 kilometers (16 miles) west of Tirana, Albania, June 23, 2022. (AP Photo/Franc Zhurda)", C}}},
		{"picture label", middle("Rama arrives at parliament in Tirana on Tuesday. Picture: Jane Doe/Daily Example"), []furnWant{{"Rama arrives at parliament in Tirana on Tuesday. Picture: Jane Doe/Daily Example", C}}},
		{"photograph label", middle("Cranes at the port. Photograph: J. Doe/Getty Images"), []furnWant{{"Cranes at the port. Photograph: J. Doe/Getty Images", C}}},
		{"photo label after bar", middle("Rama in Tirana | Photo: Reuters"), []furnWant{{"Rama in Tirana | Photo: Reuters", C}}},
		{"label without a sentence before", middle("Rama in Tirana Photo: Reuters"), nil},
		{"image label alone", middle("Image: Courtesy of Example.com"), []furnWant{{"Image: Courtesy of Example.com", C}}},
		{"repeated caption without credit", prose + "\n\nRama speaks in Brussels, July 13, 2022. (photo credit:  REUTERS/X)\nRama speaks in Brussels, July 13, 2022.\n(photo credit: REUTERS/X)\n\n" + prose,
			[]furnWant{{"Rama speaks in Brussels, July 13, 2022. (photo credit:  REUTERS/X)", C}, {"Rama speaks in Brussels, July 13, 2022.", C}, {"(photo credit: REUTERS/X)", C}}},
		{"identical caption twice", middle("Rama lands. (Shlomi Amsalem/GPO)\nRama lands. (Shlomi Amsalem/GPO)"),
			[]furnWant{{"Rama lands. (Shlomi Amsalem/GPO)", C}, {"Rama lands. (Shlomi Amsalem/GPO)", C}}},

		// Prose.
		{"parenthetical in the middle", middle("Up to 3,000 MEK members reside at Ashraf-3, about 30 kilometers (16 miles) west of Tirana, Albania, said X."), nil},
		{"acronym before full stop", middle("The attack led to sanctions on Iran’s Ministry of Intelligence and Security (MOIS) in September."), nil},
		{"slash acronym without sentence", middle("Sanctions hit the ministry, known as MOIS (MOIS/VAJA)"), nil},
		{"lower-case parenthesis at end", middle("The ministry said the data was gone. (the file is no longer available)"), nil},
		{"long parenthesis at end", middle("He spoke. (This was the first time an Albanian leader had addressed the Knesset in the country's history, officials said)"), nil},
		{"subscribers", middle("Subscribers to the service complained of outages."), nil},
		{"share prices", middle("Share prices fell after the attack."), nil},
		{"related prose", middle("Related attacks hit Montenegro."), nil},
		{"clear prose", middle("Clear evidence pointed to Iran."), nil},
		{"chief of staff", prose + "\nHerzi Halevi is the IDF chief of staff.", nil},
		{"staff blurb shape in the middle", middle("Jane Doe is a senior editor."), nil},
		{"quoted editor", prose + "\n“Jane Doe is our editor,” he said.", nil},
		{"tagline shape mid-article", middle("Creating new perspectives since 2009"), nil},
		{"quote paragraph", middle("“Iran is a shared threat to both Israel and Albania,” Lapid told Rama (in comments published by Israel)."), nil},
		{"invalid utf-8 before is", "\x8e\x8e\x8e is 0", nil},
		{"invalid utf-8 blurb", "\xffJane Doe is our editor\xfe\nAdvertisement\xff", nil},
		{"picture in prose", middle("The ministry published the picture: a dark room full of servers."), nil},
		{"credit in prose", middle("He said the idea deserved credit: Rama had pushed it for years."), nil},
		{"label mid-sentence", middle("Officials said. Photo: the ministry did not say who took it."), nil},
		{"empty", "", nil},
		{"blank lines", "\n\n \n\t\n", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FindFurniture(tc.text)
			ok := len(got) == len(tc.want)
			for i := 0; ok && i < len(got); i++ {
				ok = tc.text[got[i].Start:got[i].End] == tc.want[i].line && got[i].Kind == tc.want[i].kind
			}
			if !ok {
				var want []string
				for _, w := range tc.want {
					want = append(want, fmt.Sprintf("%s %q", furnKindName(w.kind), w.line))
				}
				t.Errorf("FindFurniture(%q)\ngot  %s\nwant [%s]", tc.text, furnGotString(tc.text, got), strings.Join(want, ", "))
			}
		})
	}
}

// TestFindFurnitureSeeds checks FindFurniture against the curators' marks
// on the five seed articles: every furniture span in seeds/manifest.json
// lies inside a furniture line, every caption source in
// seeds/annotations.json lies on a Caption line, no curated quote is on a
// furniture line, and every furniture line found is accounted for.
func TestFindFurnitureSeeds(t *testing.T) {
	c := dateLoadSeeds(t)
	found := map[string][]Furniture{}
	for id, a := range c.articles {
		found[id] = FindFurniture(a.Text)
	}
	// lineOf returns the furniture line holding [s, e), or nil.
	lineOf := func(id string, s, e int) *Furniture {
		for i, f := range found[id] {
			if f.Start <= s && e <= f.End {
				return &found[id][i]
			}
		}
		return nil
	}
	justified := map[string]map[int]bool{} // article -> index of a furniture line the curators account for
	justify := func(id string, f *Furniture) {
		if justified[id] == nil {
			justified[id] = map[int]bool{}
		}
		for i := range found[id] {
			if &found[id][i] == f {
				justified[id][i] = true
			}
		}
	}

	// Two manifest spans are only part of their line: jpost's photo credit
	// ends a caption line, and toi's "Agencies contributed to this
	// report." is followed by a no-break space. Both must still lie inside
	// a furniture line, so none is skipped.
	for _, id := range c.order {
		a := c.articles[id]
		for _, span := range a.Furniture {
			ls := strings.LastIndexByte(a.Text[:span.Start], '\n') + 1
			le := strings.IndexByte(a.Text[span.End:], '\n')
			if le < 0 {
				le = len(a.Text)
			} else {
				le += span.End
			}
			whole := strings.TrimSpace(a.Text[ls:le]) == span.Text
			f := lineOf(id, span.Start, span.End)
			if f == nil {
				t.Errorf("%s: manifest furniture %q (whole line: %v): got no furniture line holding it, want one", id, span.Text, whole)
				continue
			}
			justify(id, f)
		}
	}
	captions := 0
	for _, ev := range c.events {
		for _, src := range ev.Sources {
			if !src.Caption {
				continue
			}
			captions++
			id := src.Span.Article
			f := lineOf(id, src.Span.Start, src.Span.End)
			if f == nil || f.Kind != Caption {
				got := "no furniture line"
				if f != nil {
					got = furnKindName(f.Kind) + " line"
				}
				t.Errorf("%s: caption source of %s %q: got %s, want a caption line", id, ev.ID, src.Span.Text, got)
				continue
			}
			justify(id, f)
		}
	}
	if captions == 0 {
		t.Error("got no caption sources in the seed annotations, want some")
	}
	for _, q := range c.quotes {
		for _, f := range found[q.Span.Article] {
			if f.Start < q.Span.End && q.Span.Start < f.End {
				t.Errorf("%s: quote %s %q: got it on %s line %q, want prose", q.Span.Article, q.ID, q.Span.Text, furnKindName(f.Kind), c.articles[q.Span.Article].Text[f.Start:f.End])
			}
		}
	}
	// A caption the curators did not mark is fine when it repeats one they
	// did (toi prints the Rama caption twice).
	for _, id := range c.order {
		text := c.articles[id].Text
		for i, f := range found[id] {
			if justified[id][i] {
				continue
			}
			ok := false
			for j, g := range found[id] {
				if justified[id][j] && f.Kind == Caption && g.Kind == Caption &&
					strings.TrimSpace(text[f.Start:f.End]) == strings.TrimSpace(text[g.Start:g.End]) {
					ok = true
				}
			}
			if !ok {
				t.Errorf("%s: got furniture %s %q that the curators do not account for", id, furnKindName(f.Kind), text[f.Start:f.End])
			}
		}
		t.Logf("%s: %d furniture lines", id, len(found[id]))
	}
}

func FuzzFindFurniture(f *testing.F) {
	for _, s := range []string{
		"clear\n\nCreating new perspectives since 2009\n\nREAD: x\nAdvertisement",
		"Rama lands. (Shlomi Amsalem/GPO)\nRama lands.\n(photo credit: REUTERS/X)\r\n",
		"about 30 kilometers (16 miles) west of Tirana. [@idanroll/Twitter]\n(By X, www.y.com, October 23, 2022)",
		"\xff(\xfe)\n[\n]\n()\n(.)\n)",
		"Lazar Berman is The Times of Israel's diplomatic reporter\nAgencies contributed to this report.\u00a0",
		"\x8e\x8e\x8e is 0",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		end := 0
		for _, fu := range FindFurniture(text) {
			if fu.Start < end || fu.Start > fu.End || fu.End > len(text) {
				t.Fatalf("FindFurniture(%q): got range [%d,%d) after %d, want ordered and within %d bytes", text, fu.Start, fu.End, end, len(text))
			}
			if strings.ContainsRune(text[fu.Start:fu.End], '\n') {
				t.Fatalf("FindFurniture(%q): got %q, want one line", text, text[fu.Start:fu.End])
			}
			if fu.Start > 0 && text[fu.Start-1] != '\n' {
				t.Fatalf("FindFurniture(%q): got line starting at %d, want the start of a line", text, fu.Start)
			}
			if fu.Kind != Boilerplate && fu.Kind != Caption {
				t.Fatalf("FindFurniture(%q): got kind %d", text, fu.Kind)
			}
			end = fu.End
		}
	})
}
