package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"net/url"
	"path"
	"regexp"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/bounded"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/page"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// drafter drafts manifest entries for new articles: each field from what
// the article shows, stated with its evidence or inferred with its
// reason. It adds the outlets it drafts to the manifest, or matches them
// to those it has (case and a leading "The" aside), and keeps ids unique.
type drafter struct {
	m   *schema.Manifest
	ids map[string]bool
}

func newDrafter(m *schema.Manifest) *drafter {
	d := &drafter{m: m, ids: map[string]bool{}}
	for _, it := range m.Articles {
		d.ids[it.ID] = true
	}
	return d
}

// id is a new article id made from a file name.
func (d *drafter) id(file string) string {
	base := fileID(file)
	id := base
	for n := 2; d.ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	d.ids[id] = true
	return id
}

// blank is an entry with every field still to be given.
func blank(id, file string) schema.ManifestItem {
	return schema.ManifestItem{
		ID:        id,
		File:      file,
		Outlet:    schema.Fact{Basis: "inferred", Note: `TODO: the id of the outlet that published it, from outlets, e.g. "harbour-times" for {"id": "harbour-times", "name": "Harbour Times"}`},
		Title:     schema.Fact{Basis: "inferred", Note: "TODO: the article's title"},
		Byline:    schema.Fact{Basis: "inferred", Note: "no byline found; empty if the article names no author"},
		Published: schema.DateFact{Basis: "inferred", Note: `TODO: the date it was published, e.g. "value": {"date": "2022-09-07", "precision": "day"}`},
	}
}

// fromTextFile drafts the entry of the text file in fsys.
func (d *drafter) fromTextFile(fsys fs.FS, file string) schema.ManifestItem {
	raw, err := bounded.ReadFile(fsys, file, schema.MaxArticleBytes, "the most an article may have (data.MaxArticleBytes)")
	return d.fromText(file, raw, err)
}

// fromText drafts the entry of a text file, given its bytes or the
// error reading them: its title is the first line, its byline a line
// "By …", its date as unmarkedDate finds it, each inferred and citing
// the words.
// A file that is not UTF-8 or is too big gets a note and nothing guessed.
func (d *drafter) fromText(file string, raw []byte, err error) schema.ManifestItem {
	it := blank(d.id(file), file)
	if err != nil {
		it.Title.Note = "TODO: " + fileError(file, err).Error() + "; nothing was read from it"
		return it
	}
	if !utf8.Valid(raw) {
		it.Title.Note = "TODO: the file is not UTF-8; nothing was read from it"
		return it
	}
	sum := sha256.Sum256(raw)
	it.SHA256 = hex.EncodeToString(sum[:])
	text := string(raw)
	if strings.ContainsRune(text, '\r') || strings.HasPrefix(text, "\ufeff") {
		return it // spans count bytes of the normalised text; leave guessing to the user
	}
	lines := 0
	for start := 0; start < len(text) && lines < 12; lines++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		l := strings.TrimSpace(text[start : start+end])
		at := start + strings.Index(text[start:start+end], l)
		switch {
		case l == "":
		case it.Title.Value == "":
			it.Title = schema.Fact{Value: untrusted.CleanLine(l), Basis: "inferred", Note: "the file's first line; check it", Evidence: &schema.Span{Start: at, End: at + len(l), Text: untrusted.Text(l)}}
		case it.Byline.Value == "" && strings.HasPrefix(l, "By "):
			v := strings.TrimPrefix(l, "By ")
			it.Byline = schema.Fact{Value: untrusted.CleanLine(v), Basis: "inferred", Note: "a line beginning \"By \"; check it", Evidence: &schema.Span{Start: at + 3, End: at + len(l), Text: untrusted.Text(v)}}
		}
		start += end + 1
	}
	if p, ok := unmarkedDate(text, file); ok {
		it.Published = p
	}
	return it
}

// textDate is the first full date near the top of a text, and whether
// it stands in a dateline (a short line of its own, such as "Stavna,
// March 4, 2023" or "Published 12 April 2023") rather than in a sentence,
// where it is as likely to be an event's date.
func textDate(text string) (f schema.DateFact, dateline, ok bool) {
	for _, dt := range extract.FindDates(text, timeline.Date{}) {
		if dt.From.Precision == timeline.Day && dt.To.IsZero() && dt.Start < 2000 {
			start := strings.LastIndexByte(text[:dt.Start], '\n') + 1
			end := strings.IndexByte(text[dt.End:], '\n')
			if end < 0 {
				end = len(text) - dt.End
			}
			dateline = dt.End+end-start <= 80
			note := "the first full date near the top, in a sentence; check that it is the publication date"
			if dateline {
				note = "the first full date near the top, on a line of its own; check that it is the publication date"
			}
			return schema.DateFact{
				Value:    schema.Date{Date: dt.From.ISO(), Precision: "day"},
				Basis:    "inferred",
				Note:     note,
				Evidence: &schema.Span{Start: dt.Start, End: dt.End, Text: untrusted.Text(dt.Phrase)},
			}, dateline, true
		}
	}
	return schema.DateFact{}, false, false
}

// unmarkedDate drafts the publication date of an article whose markup
// gives none: a date on a line of its own near the top of the text, else
// a date in the file's name, which its owner gave it, else the first
// full date in a sentence near the top.
func unmarkedDate(text, file string) (schema.DateFact, bool) {
	f, dateline, ok := textDate(text)
	if ok && dateline {
		return f, true
	}
	if fd, ok := fileDate(file); ok {
		return fd, true
	}
	return f, ok
}

// fileNameDate finds a date in a file's name: 2022-09-07, 2022_09_07 or
// 20220907, not inside a longer run of digits.
var fileNameDate = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})[-_.]?([01][0-9])[-_.]?([0-3][0-9])(?:[^0-9]|$)`)

// fileDate is the date a file's name gives, inferred.
func fileDate(file string) (schema.DateFact, bool) {
	m := fileNameDate.FindStringSubmatch(path.Base(file))
	if m == nil {
		return schema.DateFact{}, false
	}
	iso := m[1] + "-" + m[2] + "-" + m[3]
	if _, err := timeline.ParseDate(iso, timeline.Day); err != nil {
		return schema.DateFact{}, false
	}
	return schema.DateFact{
		Value: schema.Date{Date: iso, Precision: "day"},
		Basis: "inferred",
		Note:  fmt.Sprintf("the date in the file's name (%s); check that it is the publication date", untrusted.CleanLine(path.Base(file))),
	}, true
}

// fromPage drafts the entry of an article read from a saved page, kept
// in the corpus as pageFile (whose bytes have checksum pageSum) with its
// text in textFile. Each field is stated where the page's markup states
// it, the note naming the tag and its line in the page, and cites the
// same words in the text where they are there; what the markup does not
// state is inferred, with the reason.
func (d *drafter) fromPage(pageFile, pageSum, textFile string, p *page.Page) schema.ManifestItem {
	it := blank(d.id(pageFile), textFile)
	sum := sha256.Sum256([]byte(p.Text))
	it.SHA256 = hex.EncodeToString(sum[:])
	it.Page = &schema.PageFile{File: pageFile, SHA256: pageSum}
	at := func(c page.Claim) string { return fmt.Sprintf("%s:%d, %s", pageFile, c.Line, c.Where) }
	if h, ok := p.Headline(); ok {
		it.Title = stated(p.Text, h, at, "the headline")
	}
	if b, ok := bestByline(p); ok {
		it.Byline = stated(p.Text, b, at, "the byline")
	}
	it.Published = d.published(p, pageFile, at)
	it.Outlet = d.outlet(p, at)
	if u, ok := canonical(p); ok {
		it.URL = u
	}
	return it
}

// stated drafts a field from a claim: stated, citing the first place the
// claim's words are in the text, where they are; stated with the tag
// named, where only the markup says it; inferred when it is
// go-readability's guess, which has no one place.
func stated(text string, c page.Claim, at func(page.Claim) string, what string) schema.Fact {
	v := untrusted.CleanLine(c.Value)
	if c.Where == "" {
		f := schema.Fact{Value: v, Basis: "inferred", Note: "go-readability's guess at " + what + "; check it"}
		if i := strings.Index(text, c.Value); i >= 0 {
			f.Evidence = &schema.Span{Start: i, End: i + len(c.Value), Text: untrusted.Text(c.Value)}
		}
		return f
	}
	if i := strings.Index(text, c.Value); i >= 0 {
		return schema.Fact{Value: v, Basis: "stated", Note: "stated by the page at " + untrusted.CleanLine(at(c)) + "; the evidence is the same words in the text",
			Evidence: &schema.Span{Start: i, End: i + len(c.Value), Text: untrusted.Text(c.Value)}}
	}
	return schema.Fact{Value: v, Basis: "stated", Note: "stated by the page at " + untrusted.CleanLine(at(c)) + "; the words are not in the text"}
}

// bestByline is the byline claim to draft: the first, in the order the
// markup is most precise (JSON-LD, meta tags, a byline element), whose
// words are in the text, else the first of them.
func bestByline(p *page.Page) (page.Claim, bool) {
	var ordered []page.Claim
	for _, pass := range []func(page.Claim) bool{
		func(c page.Claim) bool { return strings.HasPrefix(c.Where, "JSON-LD") },
		func(c page.Claim) bool { return strings.HasPrefix(c.Where, "<meta") },
		func(c page.Claim) bool { return c.Shown != "" },
	} {
		for _, c := range p.All(page.Byline) {
			if pass(c) {
				ordered = append(ordered, c)
			}
		}
	}
	for _, c := range ordered {
		if strings.Contains(p.Text, c.Value) {
			return c, true
		}
	}
	if len(ordered) > 0 {
		return ordered[0], true
	}
	return page.Claim{}, false
}

// published drafts the publication date: from the markup (JSON-LD's
// datePublished, a meta tag, a <time> element, in that order), at the
// precision it gives, citing a phrase of the text that names the same
// day where there is one; else as for a text (unmarkedDate): a dateline
// near the top, the date in the file's name, a date in a sentence near
// the top. Where the markup gives another publication date, or an
// update, the note says so.
func (d *drafter) published(p *page.Page, pageFile string, at func(page.Claim) string) schema.DateFact {
	var claims []page.Claim
	for _, pass := range []string{"JSON-LD", "<meta", "<time"} {
		for _, c := range p.All(page.Published) {
			if strings.HasPrefix(c.Where, pass) {
				claims = append(claims, c)
			}
		}
	}
	for _, c := range claims {
		v, ok := markupDate(c.Value)
		if !ok {
			continue
		}
		f := schema.DateFact{Value: v, Basis: "stated", Note: "stated by the page at " + untrusted.CleanLine(at(c))}
		if ev, ok := datePhrase(p.Text, v); ok {
			f.Evidence = ev
			f.Note += "; the evidence is the same day in the text"
		}
		for _, o := range claims {
			if ov, ok := markupDate(o.Value); ok && ov.Date != v.Date {
				f.Note += fmt.Sprintf("; the page also gives %s at line %d (%s): check which is the publication date", ov.Date, o.Line, untrusted.CleanLine(o.Where))
				break
			}
		}
		if m, ok := p.First(page.Modified); ok {
			if mv, ok := markupDate(m.Value); ok && mv.Date != v.Date {
				f.Note += fmt.Sprintf("; it was updated %s (line %d), which is not the publication date", mv.Date, m.Line)
			}
		}
		return f
	}
	if f, ok := unmarkedDate(p.Text, pageFile); ok {
		return f
	}
	return blank("", "").Published
}

// markupDate reads a date as markup gives it (ISO 8601, with or without
// a time; RFC 1123), at the precision it has. The day is the one written,
// in the publisher's own time zone, not converted.
func markupDate(s string) (schema.Date, bool) {
	s = strings.TrimSpace(s)
	for _, f := range []struct {
		re        *regexp.Regexp
		precision string
	}{
		{isoDay, "day"}, {isoMonth, "month"}, {isoYear, "year"},
	} {
		if m := f.re.FindStringSubmatch(s); m != nil {
			d := schema.Date{Date: strings.ReplaceAll(m[1], "/", "-"), Precision: f.precision}
			if _, err := d.Value(); err == nil {
				return d, true
			}
			return schema.Date{}, false
		}
	}
	for _, layout := range []string{time.RFC1123Z, time.RFC1123, time.RFC850, "Mon, 2 Jan 2006 15:04:05 -0700", "2 January 2006", "January 2, 2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return schema.Date{Date: t.Format("2006-01-02"), Precision: "day"}, true
		}
	}
	return schema.Date{}, false
}

var (
	isoDay   = regexp.MustCompile(`^([0-9]{4}[-/][0-9]{2}[-/][0-9]{2})(?:$|[T ][0-9])`)
	isoMonth = regexp.MustCompile(`^([0-9]{4}-[0-9]{2})$`)
	isoYear  = regexp.MustCompile(`^([0-9]{4})$`)
)

// datePhrase is the first phrase in the text that names the day d, as
// the extractor reads date phrases.
func datePhrase(text string, d schema.Date) (*schema.Span, bool) {
	if d.Precision != "day" {
		return nil, false
	}
	for _, dt := range extract.FindDates(text, timeline.Date{}) {
		if dt.From.Precision == timeline.Day && dt.To.IsZero() && dt.From.ISO() == d.Date {
			return &schema.Span{Start: dt.Start, End: dt.End, Text: untrusted.Text(dt.Phrase)}, true
		}
	}
	return nil, false
}

// canonical is the article's URL as the page gives it: its canonical
// link, og:url or JSON-LD url, an http or https address.
func canonical(p *page.Page) (string, bool) {
	for _, pass := range []string{"<link", "<meta", "JSON-LD"} {
		for _, c := range p.All(page.URL) {
			if !strings.HasPrefix(c.Where, pass) {
				continue
			}
			if u, err := url.Parse(c.Value); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
				return untrusted.CleanLine(u.String()), true
			}
		}
	}
	return "", false
}

// outlet drafts who published the article: the site's name (og:site_name)
// or the publisher's (JSON-LD), stated; else the site's name the <title>
// gives beside the headline, or the host of the article's URL, inferred.
// The outlet is one the manifest has, matched by id or by name (case and
// a leading "The" aside), or a new one added to it.
func (d *drafter) outlet(p *page.Page, at func(page.Claim) string) schema.Fact {
	var name, basis, note string
	var claim page.Claim
	for _, pass := range []func(page.Claim) bool{
		func(c page.Claim) bool { return c.Field == page.Site && strings.HasPrefix(c.Where, "<meta") },
		func(c page.Claim) bool { return c.Field == page.Publisher },
	} {
		for _, c := range p.Claims {
			if name == "" && pass(c) {
				name, basis, claim = c.Value, "stated", c
				note = "stated by the page at " + untrusted.CleanLine(at(c))
			}
		}
	}
	if name == "" {
		for _, c := range p.All(page.Site) {
			if c.Where == "<title>" {
				name, basis, claim = c.Value, "inferred", c
				note = fmt.Sprintf("the site's name beside the headline in the page's <title> (%s); check it", untrusted.CleanLine(at(c)))
				break
			}
		}
	}
	if name == "" {
		if u, ok := canonical(p); ok {
			host := strings.TrimPrefix(strings.TrimPrefix(hostOf(u), "www."), "amp.")
			name, basis = host, "inferred"
			note = "the host of the article's URL; give the outlet the name it goes by"
		}
	}
	name = untrusted.CleanLine(name)
	if name == "" {
		return blank("", "").Outlet
	}
	id := d.outletID(name, p)
	f := schema.Fact{Value: id, Basis: basis, Note: note}
	if claim.Value != "" {
		if i := strings.Index(p.Text, claim.Value); i >= 0 {
			f.Evidence = &schema.Span{Start: i, End: i + len(claim.Value), Text: untrusted.Text(claim.Value)}
			if basis == "stated" {
				f.Note += "; the evidence is the same words in the text"
			}
		}
	}
	if basis == "stated" && f.Evidence == nil {
		f.Note += "; the words are not in the text"
	}
	return f
}

// outletID returns the id of the outlet named name: one the manifest has,
// or a new one, added with its country where the page says it.
func (d *drafter) outletID(name string, p *page.Page) string {
	key, base := nameKey(name), slug(strings.TrimPrefix(name, "The "))
	for _, o := range d.m.Outlets {
		if nameKey(o.Name) == key || o.ID == base {
			return o.ID
		}
	}
	id := base
	taken := func(id string) bool {
		for _, o := range d.m.Outlets {
			if o.ID == id {
				return true
			}
		}
		return false
	}
	for n := 2; taken(id); n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	o := schema.Outlet{ID: id, Name: name}
	o.Country, o.Basis, o.Note = outletCountry(name, p)
	d.m.Outlets = append(d.m.Outlets, o)
	return id
}

// hostOf is the host of an address.
func hostOf(u string) string {
	if p, err := url.Parse(u); err == nil {
		return strings.ToLower(p.Hostname())
	}
	return ""
}

// fileID makes an article id from a file name: "01 Port Attack.txt" is
// "01-port-attack".
func fileID(file string) string {
	return slug(strings.TrimSuffix(path.Base(file), path.Ext(file)))
}

// slug makes an id of a name: lower-case letters and digits, words
// joined by dashes; "article" when nothing is left.
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	if id := strings.TrimSuffix(b.String(), "-"); id != "" {
		return id
	}
	return "article"
}
