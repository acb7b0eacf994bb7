package timelinejs

// One part of a window of CSV rows, read on a goroutine of its own into
// the blocks of text its slides make and what each event needs: the
// rows → slides → events of read.go, build.go and slides.go, for the
// rows whose reading needs no problem placed, without allocating for a
// row. A row those would refuse, or one whose text depends on rows read
// in other parts ("Untitled slide N"), is errOdd.

import (
	"cmp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
	"unsafe"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// columns are the indexes of the template's columns in a document's
// rows, -1 where it has none.
type columns struct {
	year, month, day, endYear, endMonth, endDay  int
	display, headline, text, group, typ, id, id2 int
}

func columnsOf(cols map[string]int) columns {
	at := func(name string) int {
		if i, ok := cols[name]; ok {
			return i
		}
		return -1
	}
	return columns{
		at("year"), at("month"), at("day"), at("end year"), at("end month"), at("end day"),
		at("display date"), at("headline"), at("text"), at("group"), at("type"), at("unique id"), at("unique_id"),
	}
}

// part is what one goroutine reads of a window, and its reusable room.
type part struct {
	cols   *columns
	limits schema.Limits
	fr     fieldReader
	text   []byte   // the blocks of the part's slides, each ended by "\n\n"
	rows   []rowOut // the part's event slides, in order
	rare   []rare   // what few rows have, by row
	tags   []string // the part's tags in order of appearance; rows say which
	tagAt  map[string]int32
	title  *slide // the title row, cells copied, if in this part
	latest timeline.Date
	anyID  bool // a row gave a unique id
	// unclean holds the rows whose title, summary or date note cleaning
	// may change (untrusted.CleanLine): those not simple.
	unclean []int32
	// scratch for a row's plain text
	body, head, group []byte
}

// rowOut is an event slide read: where its block is in the part's text
// and what its event keeps besides.
type rowOut struct {
	block, size int32 // the block's start in the part's text and its length, without "\n\n"
	title       int32 // the title's length: it starts the block
	summary     int32 // the summary's length, after the title and a newline; or summaryIsTitle, summaryOwn
	start, end  timeline.Date
	tag         int32 // the index of its tag in the part's tags, -1 for none
}

// rare is what a row has that few rows have: it is kept apart, so that
// rowOut stays small.
type rare struct {
	row       int
	note, own string // the date note, and the summary when summaryOwn
	id        string // the unique id given, cleaned
}

// view is b's bytes as a string, without copying them: only for as long
// as b is not written.
func view(b []byte) string {
	if len(b) == 0 {
		return ""
	}
	return unsafe.String(&b[0], len(b))
}

// read reads the whole records of b; eof says b ends the document.
func (p *part) read(b []byte, eof bool) error {
	p.fr = fieldReader{b: b, eof: eof, most: rowCells * p.limits.LineBytes,
		fields: p.fr.fields, buf: p.fr.buf, moved: p.fr.moved}
	p.text, p.rows, p.rare, p.unclean, p.title, p.latest, p.anyID = p.text[:0], p.rows[:0], p.rare[:0], p.unclean[:0], nil, timeline.Date{}, false
	if cap(p.text) < len(b) { // a block is shorter than its row, most often
		p.text = make([]byte, 0, len(b)+len(b)/8)
	}
	p.tags = p.tags[:0]
	clear(p.tagAt)
	for {
		ok, err := p.fr.next()
		if err != nil || !ok {
			return err
		}
		if err := p.row(p.fr.fields); err != nil {
			return err
		}
	}
}

// row reads one record, as csvReader.row and the importer would.
func (p *part) row(rec [][]byte) error {
	blank := true
	for _, f := range rec {
		if trim(view(f)) != "" {
			blank = false
			break
		}
	}
	if blank {
		return nil
	}
	cell := func(i int) string {
		if i >= 0 && i < len(rec) {
			return cellUnsafe(trim(view(rec[i])))
		}
		return ""
	}
	c := p.cols
	s := slide{
		start:   [3]string{cell(c.year), cell(c.month), cell(c.day)},
		end:     [3]string{cell(c.endYear), cell(c.endMonth), cell(c.endDay)},
		display: cell(c.display), headline: cell(c.headline), text: cell(c.text), group: cell(c.group),
		id: cmp.Or(cell(c.id), cell(c.id2)),
	}
	switch typ := cell(c.typ); {
	case isWord(typ, "title"):
		if p.title != nil {
			return errOdd // a second title row
		}
		t := s
		for _, f := range []*string{&t.display, &t.headline, &t.text, &t.group, &t.id} {
			*f = strings.Clone(*f)
		}
		for _, f := range []string{t.display, t.headline, t.text, t.group} {
			if len(f) > p.limits.LineBytes {
				return errOdd
			}
		}
		p.title = &t
		return nil
	case isWord(typ, "era"):
		return nil
	}
	for _, f := range []string{s.display, s.headline, s.text, s.group} {
		if len(f) > p.limits.LineBytes {
			return errOdd
		}
	}
	return p.event(&s)
}

// trim is strings.TrimSpace(s), without a call for a cell that is empty
// or starts and ends with a printable ASCII byte, as most do.
func trim(s string) string {
	if s == "" || s[0] > ' ' && s[0] < utf8.RuneSelf && s[len(s)-1] > ' ' && s[len(s)-1] < utf8.RuneSelf {
		return s
	}
	return strings.TrimSpace(s)
}

// isWord reports whether strings.ToLower(s) == w, for a lower-case ASCII w.
func isWord(s, w string) bool {
	for i := range len(s) {
		if s[i] >= utf8.RuneSelf {
			return strings.ToLower(s) == w
		}
	}
	if len(s) != len(w) {
		return false
	}
	for i := range len(s) {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != w[i] {
			return false
		}
	}
	return true
}

// event makes the event slide s a block of the part's text and a row.
func (p *part) event(s *slide) error {
	start, end, note, ok := fastDates(s)
	if !ok {
		return errOdd
	}
	// Most cells are simple (plain gives them back as they are): those
	// are read where they are, the rest made plain in scratch room.
	body, title := s.text, s.headline
	simpleBody := simple(body)
	if !simpleBody {
		p.body = appendPlain(p.body[:0], s.text)
		body = view(p.body)
	}
	simpleTitle := simple(title)
	if !simpleTitle {
		p.head = appendPlain(p.head[:0], s.headline)
		title = view(p.head)
		if markup(s.headline) { // else plain has made it one line
			title = oneLine(title)
		}
	}
	if title == "" {
		first, _, _ := strings.Cut(body, "\n")
		if first == "" {
			return errOdd // "Untitled slide N": N counts the slides of every part before
		}
		title = clip(first, 80)
		simpleTitle = simple(title)
	}
	summary := body // a simple body of one short paragraph: summaryOf's answer
	if len(body) > 200 || body == "" || !simpleBody {
		summary = cmp.Or(summaryOf(body), title)
	}
	// A simple title and summary are what cleaning would make them: only
	// the other rows' events are cleaned once placed (finish).
	if !simpleTitle || summary != title && !(summary == body && simpleBody) && !simple(summary) || note != "" {
		p.unclean = append(p.unclean, int32(len(p.rows)))
	}
	r := rowOut{block: int32(len(p.text)), title: int32(len(title)), start: start, end: end, tag: -1}
	p.text = append(p.text, title...)
	if body != "" {
		p.text = append(append(p.text, '\n'), body...)
	}
	r.size = int32(len(p.text)) - r.block
	p.text = append(p.text, "\n\n"...)
	x := rare{row: len(p.rows)}
	switch {
	case body != "" && strings.HasPrefix(body, summary):
		r.summary = int32(len(summary))
	case summary == title:
		r.summary = summaryIsTitle
	default:
		r.summary, x.own = summaryOwn, strings.Clone(summary)
	}
	if note != "" {
		x.note = strings.Clone(note)
	}
	if s.id != "" {
		x.id = strings.Clone(oneLine(untrusted.Clean(s.id)))
		p.anyID = p.anyID || x.id != ""
	}
	if x.note != "" || x.own != "" || x.id != "" {
		p.rare = append(p.rare, x)
	}
	if s.group != "" {
		r.tag = p.tag(s.group)
	}
	if p.latest.IsZero() || later(start, p.latest) {
		p.latest = start
	}
	p.rows = append(p.rows, r)
	return nil
}

// tag is the index of a slide's tag, its group in lower case as
// wordsOfAll has it, among the part's tags; -1 when that is empty.
func (p *part) tag(group string) int32 {
	t := group
	if !simple(t) {
		p.group = appendPlain(p.group[:0], group)
		if t = view(p.group); !isOneLine(t) {
			t = oneLine(t)
		}
	}
	lower := true
	for i := range len(t) {
		if c := t[i]; c >= utf8.RuneSelf || 'A' <= c && c <= 'Z' {
			lower = false
			break
		}
	}
	if !lower {
		t = strings.ToLower(t)
	}
	if t == "" {
		return -1
	}
	if k, ok := p.tagAt[t]; ok {
		return k
	}
	if p.tagAt == nil {
		p.tagAt = map[string]int32{}
	}
	t = strings.Clone(t)
	p.tagAt[t] = int32(len(p.tags))
	p.tags = append(p.tags, t)
	return int32(len(p.tags) - 1)
}

// later reports whether a starts after b, as timeline.Compare has it:
// by first day, then the finer first. Both are dates fastFieldsDate
// made, or display dates of the same days, so their days are a
// calendar's and compare field by field.
func later(a, b timeline.Date) bool {
	first := func(d timeline.Date) int {
		return d.Year()<<9 | max(int(d.Month()), 1)<<5 | max(d.Day(), 1)
	}
	if fa, fb := first(a), first(b); fa != fb {
		return fa > fb
	}
	return a.Precision < b.Precision
}

// fastDates is importer.dates for a slide whose dates need no problem
// reported: ok is false where dates would report one.
func fastDates(s *slide) (start, end timeline.Date, note string, ok bool) {
	if start, ok = fastFieldsDate(s.start); !ok || start.IsZero() {
		return start, end, "", false
	}
	if end, ok = fastFieldsDate(s.end); !ok {
		return start, end, "", false
	}
	if s.display != "" {
		start, end, note = applyDisplay(oneLine(plain(s.display)), start, end)
	}
	if !end.IsZero() && end.Last().Before(start.First()) {
		return start, end, note, false
	}
	return start, end, note, true
}

// fastFieldsDate is fieldsDate for fields that make a date (or none):
// ok is false where fieldsDate would report a problem.
func fastFieldsDate(f [3]string) (timeline.Date, bool) {
	y, m, d := f[0], f[1], f[2]
	switch {
	case y == "" && (m != "" || d != ""):
		return timeline.Date{}, false
	case y == "":
		return timeline.Date{}, true
	case m == "" && d != "":
		return timeline.Date{}, false
	}
	year, ok := fastNumber(y, 9999)
	if !ok {
		return timeline.Date{}, false
	}
	if m == "" {
		return timeline.YearDate(year), true
	}
	month, ok := fastNumber(m, 12)
	if !ok {
		return timeline.Date{}, false
	}
	if d == "" {
		return timeline.MonthDate(year, time.Month(month)), true
	}
	day, ok := fastNumber(d, 31)
	if !ok || day > daysIn(year, month) {
		return timeline.Date{}, false
	}
	return timeline.DayDate(year, time.Month(month), day), true
}

// fastNumber is parseNumber where it finds no problem.
func fastNumber(s string, most int) (int, bool) {
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= most
}

// daysIn is how many days month m of year y has.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}
