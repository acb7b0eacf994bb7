package page

import (
	"errors"
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// want is one claim a page must make: its field and value, and where it
// is made (a substring of Where) and on which line.
type want struct {
	field Field
	value string
	where string
	line  int
}

// TestPagesShapedLikeNewsSites reads each saved page in testdata (see its
// README) and checks the text a reader would read, in full, and the
// claims the markup makes with their tags and lines.
func TestPagesShapedLikeNewsSites(t *testing.T) {
	tests := []struct {
		file    string
		charset string
		text    string   // the whole text
		claims  []want   // among the claims
		none    []string // words that must not be in the text
	}{
		{
			file: "harbour-times.html", charset: "utf-8",
			text: "Cyberattack halts Kessel's trams for a second day\nBy Mira Holt, Europe correspondent\n11 April 2023\n\n" +
				"Trams across Kessel stayed in their depots for a second day on Tuesday after a cyberattack on the city's transport operator locked the computers that schedule drivers and route the fleet, leaving commuters to crowd onto buses and bicycles.\n\n" +
				"The operator, Kessel Verkehr, said the attack began late on Sunday and that its engineers had cut the network off from the internet to stop it spreading. No one had been hurt, it said, and the trams' own brakes and signals had not been touched.\n\n" +
				"“We will not run a single tram until we are certain the systems that tell them where to go are clean,” the operator's chief executive, Lorenz Adler, told reporters outside the Ostring depot. “That may take days, not hours.”\n\n" +
				"Vardonia's interior ministry said its cyber unit was examining the servers with the operator's staff. A spokeswoman, Hana Petrak, declined to say who was behind the attack, but said the ministry had seen “no demand for money so far”.\n\n" +
				"Buses ran extra services on the busiest routes on Monday and Tuesday, and the city lifted its parking charges in the centre until Friday.\n",
			claims: []want{
				{Site, "Harbour Times", `<meta property="og:site_name" content="Harbour Times">`, 8},
				{Site, "Harbour Times", "<title>", 6},
				{Publisher, "Harbour Times", `JSON-LD NewsArticle "publisher"`, 24},
				{Title, "Cyberattack halts Kessel's trams for a second day", `<h1 class="headline">`, 39},
				{Title, "Cyberattack halts Kessel's trams for a second day", `og:title`, 10},
				{Byline, "Mira Holt", `<meta name="author" content="Mira Holt">`, 15},
				{Byline, "Mira Holt, Europe correspondent", `<p class="byline">`, 40},
				{Published, "2023-04-11T07:45:00+01:00", `article:published_time`, 13},
				{Published, "2023-04-11T07:45:00+01:00", `JSON-LD NewsArticle "datePublished"`, 22},
				{URL, "https://www.harbourtimes.example/world/2023/04/11/kessel-trams-cyberattack", `<link rel="canonical"`, 16},
			},
			none: []string{"tramfan88", "Comments", "Jonas Weber", "Kessel approves", "Advertisement", "All rights reserved", "Business"},
		},
		{
			file: "kessel-post.html", charset: "utf-8",
			text: "Tram drivers kept home as city counts cost of hack\nBy Tomas Reiner\n\nPublished 12 April 2023\n\n" +
				"About six hundred tram drivers were told to stay at home on Wednesday as Kessel's transport operator worked through a third day without the computers that plan their shifts, the drivers' union said.\n\n" +
				"The union's local secretary, Ida Moser, said members would be paid in full for the lost days. \"Nobody here caused this, and nobody here will pay for it,\" she said at the union hall on Gartenweg.\n\n" +
				"City officials said the shutdown was costing the operator about 400,000 crowns a day in lost fares, and that the council would meet on Thursday to discuss how to make up the shortfall.\n\n" +
				"The operator said on Tuesday evening that it hoped to run a reduced service on two lines by the weekend.\n",
			claims: []want{
				{Title, "Tram drivers kept home as city counts cost of hack", "<h1>", 11},
				{Site, "Kessel Daily Post", "<title>", 4},
				{Byline, "Tomas Reiner", `<p class="byline">`, 12},
			},
			none: []string{"Marktplatz", "Home", "Sport"},
		},
		{
			file: "northern-ledger-amp.html", charset: "utf-8",
			text: "Vardonia blames 'criminal group' for tram hack\n\nSofia Lind\n\n" +
				"Vardonia's interior minister said on Thursday that a criminal group based abroad was behind the cyberattack that has kept the trams of Kessel off the streets since Monday, and that the state would not pay any ransom.\n\n" +
				"\"We know who they are and where they work from, and so do our partners,\" the minister, Pavel Horak, told parliament in Kessel. He did not name the group or the country.\n\n" +
				"Officials said the attackers had entered through a maintenance contractor's account and had encrypted the scheduling servers of Kessel Verkehr on Sunday night. Two of the city's eleven tram lines are to reopen on Saturday.\n",
			claims: []want{
				{Publisher, "The Northern Ledger", `JSON-LD ReportageNewsArticle "publisher"`, 19},
				{Site, "The Northern Ledger", "<title>", 7},
				{Published, "2023-04-13", `JSON-LD ReportageNewsArticle "datePublished"`, 17},
				{Byline, "Sofia Lind", `JSON-LD ReportageNewsArticle "author"`, 18},
				{URL, "https://northernledger.example/news/vardonia-tram-hack-blame", `<link rel="canonical"`, 8},
			},
			none: []string{"Advertisement", "amp-start", "About · Contact"},
		},
		{
			file: "vardonia-wire.html", charset: "utf-8",
			text: "Kessel tram service partly restored after cyberattack\nBy Anton Weiss and Clara Neumann\n15 April 2023\n\n" +
				"KESSEL, 15 April (Vardonia Wire) - Trams returned to two of Kessel's eleven lines on Saturday, six days after a cyberattack on the city's transport operator, Kessel Verkehr, halted the network.\n\n" +
				"The operator said drivers were working from printed timetables and that the scheduling servers the attackers encrypted on 9 April would stay offline until investigators had finished with them.\n\n" +
				"\"It is a start, and it is a slow one,\" the operator's chief executive, Lorenz Adler, said at the Ostring depot, where the first tram left shortly after six in the morning.\n\n" +
				"The interior ministry said on Thursday that a criminal group based abroad was responsible. It has not named the group.\n\n" +
				"This article was updated on 17 April to add the number of lines running.\n",
			claims: []want{
				{Published, "2023-04-15T18:20:00+02:00", "article:published_time", 8},
				{Published, "2023-04-15T18:20:00+02:00", `<time class="entry-date published"`, 31},
				{Modified, "2023-04-17T09:05:00+02:00", "article:modified_time", 9},
				{Modified, "2023-04-17T09:05:00+02:00", `JSON-LD NewsArticle "dateModified"`, 19},
				{Modified, "2023-04-17T09:05:00+02:00", `<time class="updated"`, 32},
				{Byline, "Anton Weiss, Clara Neumann", `JSON-LD NewsArticle "author"`, 20},
				{Byline, "Anton Weiss and Clara Neumann", `<span class="byline">`, 33},
				{Publisher, "Vardonia Wire", `JSON-LD NewsArticle "publisher"`, 21}, // by its @id
				{URL, "https://vardoniawire.example/2023/04/15/kessel-trams-restored/", `<link rel="canonical"`, 11},
			},
			none: []string{"17 April 2023", "Recent posts", "Budget talks"},
		},
		{
			file: "courrier-1252.html", charset: "windows-1252",
			text: "Kessel’s trams: a week without timetables\n\n" +
				"For a week now the trams of Kessel have stood still, and the city’s café owners near the Ostring depot say they have never seen the square so quiet. “No trams, no customers,” said José Ferreira, who runs the Café du Dépôt opposite the gates.\n\n" +
				"Kessel Verkehr’s chief executive, Lorenz Adler, has promised that two lines will run again on Saturday. Engineers are rebuilding the scheduling servers – the machines that tell each driver where to go – from backups made before the attack.\n\n" +
				"Visitors from Lisle, the twin town whose élus signed a transport charter with Kessel in 2019, have been advised to take the regional bus from the airport instead.\n",
			claims: []want{
				{Byline, "Renée Dufrêne", `<meta name="author" content="Renée Dufrêne">`, 9},
				{Site, "Le Courrier de Lisle", "og:site_name", 6},
				{Published, "2023-04-16", "article:published_time", 8},
			},
		},
		{
			file: "valley-courier-broken.html", charset: "utf-8",
			text: "Tram hack: council to meet in emergency session\n\nBy Petra Kos\n\nThursday 13 April 2023\n\n" +
				"Kessel city council will meet in an emergency session on Friday to decide whether to pay the transport operator's extra costs from the city's reserve fund, the mayor's office said on Thursday.\n\n" +
				"The mayor, Ulrike Brandt, said the council could not wait for the next scheduled meeting at the end of the month. \"Every day without trams costs the city money and costs people their patience,\" she said.\n\n" +
				"Councillors from the opposition said they would ask why the operator's scheduling system had been reachable from the internet at all, and who had approved it\n\n" +
				"The operator has said the attack began on Sunday night.\n",
			claims: []want{
				{Site, "Valley Courier", "<meta property=og:site_name content=Valley&nbsp;Courier>", 2},
				{Byline, "Petra Kos", `<meta name=author content="Petra Kos">`, 3},
				{Title, "Tram hack: council to meet in emergency session", "<h1>", 9},
			},
			none: []string{"Comments are closed", "Home"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			p := readPage(t, tt.file)
			if p.Text != tt.text {
				t.Errorf("text:\n%s\nwant:\n%s", p.Text, tt.text)
			}
			if p.Charset != tt.charset {
				t.Errorf("charset %q, want %q", p.Charset, tt.charset)
			}
			for _, w := range tt.claims {
				if !hasClaim(p, w) {
					t.Errorf("no claim %v %q by %s on line %d; the claims:\n%s", w.field, w.value, w.where, w.line, claims(p))
				}
			}
			for _, n := range tt.none {
				if strings.Contains(p.Text, n) {
					t.Errorf("the text holds %q, which is not the article's", n)
				}
			}
			checkText(t, p.Text)
		})
	}
}

// TestTheHeadlineAndTheFirstClaim: the headline is the <h1> over the
// metadata's titles, and First and All give a field's claims in page
// order; the byline in the related list and the comments' authors are
// not claims, nor anything in an <aside> or a <nav>.
func TestTheHeadlineAndTheFirstClaim(t *testing.T) {
	p := readPage(t, "harbour-times.html")
	if h, ok := p.Headline(); !ok || !strings.HasPrefix(h.Where, "<h1") {
		t.Errorf("headline %+v, want the <h1>", h)
	}
	if c, _ := p.First(Published); c.Line != 13 {
		t.Errorf("first published claim on line %d, want 13 (the meta tag)", c.Line)
	}
	for _, c := range p.All(Byline) {
		if c.Line > 45 {
			t.Errorf("a byline from outside the article: %+v", c)
		}
	}
	if n := len(p.All(Published)); n != 3 {
		t.Errorf("%d published claims, want 3 (meta, JSON-LD, <time>): %s", n, claims(p))
	}
	// an <aside> and a <nav> hold no claims of the article's, whatever their class
	p, err := Read([]byte(`<html><head><meta property="og:type" content="article"></head><body>
<nav><h1>Site</h1></nav><aside><p class="byline">By Someone Else</p><time datetime="2020-01-01">1 January 2020</time></aside>
<article><h1>The headline</h1><p>` + strings.Repeat("The article's words. ", 40) + `</p></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.All(Byline)) != 0 || len(p.All(Published)) != 0 || len(p.All(Title)) != 1 {
		t.Errorf("claims from an <aside> or a <nav>:\n%s", claims(p))
	}
}

// TestAPageThatIsNotAnArticle: a section front is refused, saying what
// its markup says it is; so is a page with no text and one of links.
func TestAPageThatIsNotAnArticle(t *testing.T) {
	src, err := os.ReadFile("testdata/harbour-times-front.html")
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string][]byte{
		"section front": src,
		"empty":         nil,
		"links":         []byte(`<html><body><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></body></html>`),
		"short":         []byte(`<html><head><title>Hello</title></head><body><p>Just a line.</p></body></html>`),
	} {
		_, err := Read(src)
		var na *NotArticleError
		if !errors.As(err, &na) {
			t.Errorf("%s: %v, want a NotArticleError", name, err)
		}
	}
	if _, err := Read(src); err == nil || !strings.Contains(err.Error(), `og:type "website"`) {
		t.Errorf("the section front: %v, want the og:type named", err)
	}
}

// TestCharsets: a legacy charset named in a meta tag is decoded, whatever
// its label (ISO-8859-1 is Windows-1252 on the web); a page that names
// none is UTF-8 when it is valid UTF-8, even past the first kilobyte,
// else Windows-1252; a byte-order mark is not text; bytes that do not
// decode become U+FFFD.
func TestCharsets(t *testing.T) {
	article := func(head, word string) []byte {
		return []byte("<html><head>" + head + `<meta property="og:type" content="article"></head><body><h1>T</h1><p>` +
			strings.Repeat("Filler words to pass the first kilobyte. ", 30) + word + "</p></body></html>")
	}
	tests := []struct {
		name    string
		src     []byte
		word    string
		charset string
	}{
		{"iso-8859-1 label", article(`<meta charset="ISO-8859-1">`, "caf\xe9 \x93quoted\x94"), "café “quoted”", "windows-1252"},
		{"http-equiv", article(`<meta http-equiv="content-type" content="text/html; charset=windows-1252">`, "na\xefve"), "naïve", "windows-1252"},
		{"undeclared UTF-8 after the first kilobyte", article("", "café"), "café", "utf-8"},
		{"undeclared Latin-1", article("", "caf\xe9"), "café", "windows-1252"},
		{"byte-order mark", append([]byte("\xef\xbb\xbf"), article("", "café")...), "café", "utf-8"},
		{"invalid UTF-8 in a UTF-8 page", article(`<meta charset="utf-8">`, "caf\xe9 ok"), "caf\uFFFD ok", "utf-8"},
	}
	for _, tt := range tests {
		p, err := Read(tt.src)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !strings.Contains(p.Text, tt.word) || p.Charset != tt.charset {
			t.Errorf("%s: %s, text ends %q; want %q in %s", tt.name, p.Charset, p.Text[max(0, len(p.Text)-30):], tt.word, tt.charset)
		}
		checkText(t, p.Text)
	}
}

// TestTenMegabytePage: a page of ten megabytes, most of it a comment
// section of forty thousand comments and an inline image, reads as its
// article: the article's text, none of the comments, its claims.
func TestTenMegabytePage(t *testing.T) {
	src := tenMegabytePage()
	if len(src) < 10<<20 {
		t.Fatalf("the page is %d bytes", len(src))
	}
	p, err := Read(src)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(p.Text, "Kessel trams run again\nBy Mira Holt\n\nParagraph 1 ") || !strings.Contains(p.Text, "Paragraph 12 of the report") {
		t.Errorf("text begins %q", p.Text[:min(len(p.Text), 200)])
	}
	if strings.Contains(p.Text, "Comment number") || len(p.Text) > 20_000 {
		t.Errorf("the comments are in the text (%d bytes)", len(p.Text))
	}
	if c, ok := p.First(Published); !ok || c.Value != "2023-04-20" {
		t.Errorf("published %+v", c)
	}
}

// TestReadRefusesWhatItCannotRead: a page over MaxBytes, one nested
// deeper than an HTML parser goes and one of more elements than the
// extractor reads are refused with a reason, not read.
func TestReadRefusesWhatItCannotRead(t *testing.T) {
	if _, err := Read(make([]byte, MaxBytes+1)); err == nil || !strings.Contains(err.Error(), "page.MaxBytes") {
		t.Errorf("a page over the limit: %v", err)
	}
	deep := "<html><body>" + strings.Repeat("<div>", 600) + "text" + "</body></html>"
	if _, err := Read([]byte(deep)); err == nil || !strings.Contains(err.Error(), "cannot read it as HTML") {
		t.Errorf("a page nested 600 deep: %v", err)
	}
	wide := "<html><body><p>" + strings.Repeat("<i>x</i>", maxElements) + "</p></body></html>"
	if _, err := Read([]byte(wide)); err == nil || !strings.Contains(err.Error(), "200004 elements, over 200000, the most the article extractor reads") {
		t.Errorf("a page of too many elements: %v", err)
	}
}

func readPage(t *testing.T, file string) *Page {
	t.Helper()
	src, err := os.ReadFile("testdata/" + file)
	if err != nil {
		t.Fatal(err)
	}
	p, err := Read(src)
	if err != nil {
		t.Fatal(err)
	}
	return p
}

func hasClaim(p *Page, w want) bool {
	for _, c := range p.All(w.field) {
		if c.Value == w.value && strings.Contains(c.Where, w.where) && c.Line == w.line {
			return true
		}
	}
	return false
}

func claims(p *Page) string {
	var b strings.Builder
	for _, c := range p.Claims {
		b.WriteString("\t" + c.Field.String() + " " + c.Value + " | " + c.Where + " | line " + itoa(c.Line) + "\n")
	}
	return b.String()
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	s := ""
	for ; n > 0; n /= 10 {
		s = string(rune('0'+n%10)) + s
	}
	return s
}

// checkText holds a text to what a corpus needs of an article: valid
// UTF-8, LF line endings, one newline at the end, no blank line at the
// start, no two blank lines in a row, no space at a line's end.
func checkText(t *testing.T, text string) {
	t.Helper()
	switch {
	case !utf8.ValidString(text):
		t.Error("the text is not valid UTF-8")
	case strings.ContainsRune(text, '\r'):
		t.Error("the text has a CR")
	case !strings.HasSuffix(text, "\n") || strings.HasSuffix(text, "\n\n"):
		t.Errorf("the text does not end with one newline: %q", text[max(0, len(text)-20):])
	case strings.HasPrefix(text, "\n") || strings.Contains(text, "\n\n\n"):
		t.Error("the text has a blank line at its start or two in a row")
	case strings.Contains(text, " \n"):
		t.Error("a line of the text ends with a space")
	}
}

// tenMegabytePage is a news page of over ten megabytes: a short article,
// a forty-thousand-comment section and a megabyte-long inline image.
func tenMegabytePage() []byte {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Kessel trams run again | Harbour Times</title>
<meta property="og:type" content="article"><meta property="article:published_time" content="2023-04-20">
</head><body><article><h1>Kessel trams run again</h1><p class="byline">By Mira Holt</p>`)
	for i := 1; i <= 12; i++ {
		b.WriteString("<p>Paragraph " + itoa(i) + " of the report: trams ran on all eleven of Kessel's lines on Thursday for the first time since the cyberattack, and the operator said every timetable had been checked by hand before the first departure.</p>\n")
	}
	b.WriteString(`<img alt="" src="data:image/png;base64,` + strings.Repeat("iVBORw0KGgo", 1<<20/11) + `"></article><section class="comments">`)
	for i := 0; b.Len() < 10<<20+1<<10; i++ {
		b.WriteString(`<div class="comment"><p class="comment-author">reader` + itoa(i) + `</p><p>Comment number ` + itoa(i) + `: about time too, the buses were packed every morning this week and nobody told us anything.</p></div>` + "\n")
	}
	b.WriteString("</section></body></html>")
	return []byte(b.String())
}
