package data

// Reading a TimelineJS document, JSON or template CSV, into a dataset.

import (
	"bytes"
	"cmp"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

type tlSlide struct {
	n        int          // 1-based among the event slides; 0 for the title
	at       tlAt         // where the slide starts
	csv      *tlCSVReader // CSV only: the reader, to find a cell's place
	recOff   int64        // CSV only: the byte offset its row is read from
	id       string
	start    [3]string // year, month, day; "" where absent
	end      [3]string
	display  string
	headline string
	text     string
	group    string
}

func (s *tlSlide) label() string {
	if s.n == 0 {
		return "title slide"
	}
	return "slide " + strconv.Itoa(s.n)
}

// where is the place of a named cell, or of the slide.
func (s *tlSlide) where(cell string) tlAt {
	if s.csv != nil {
		if a, ok := s.csv.cellAt(s, cell); ok {
			return a
		}
	}
	return s.at
}

// tlAt is a place in a document: a byte offset (JSON) or, when line is
// set, a line and byte column as encoding/csv reports them.
type tlAt struct {
	off           int64
	line, byteCol int
}

// tlPos turns places into the 1-based line and rune column [Error] gives.
// It scans on from the last place asked about, so places asked about in
// document order cost one pass over the source in all, and a place is
// only worked out when a problem is found there.
type tlPos struct {
	src                   []byte
	off, line, col, start int // scanned so far; start is where line starts
}

func (p *tlPos) resolve(a tlAt) (int, int) {
	if p.line == 0 || a.line == 0 && a.off < int64(p.off) || a.line != 0 && a.line < p.line {
		p.off, p.line, p.col, p.start = 0, 1, 1, 0
	}
	if a.line == 0 {
		p.scan(int(min(max(a.off, 0), int64(len(p.src)))))
		return p.line, p.col
	}
	for p.line < a.line {
		i := bytes.IndexByte(p.src[p.off:], '\n')
		if i < 0 {
			return a.line, a.byteCol
		}
		p.off, p.line, p.col, p.start = p.off+i+1, p.line+1, 1, p.off+i+1
	}
	p.off, p.col = p.start, 1
	p.scan(min(p.start+max(a.byteCol-1, 0), len(p.src)))
	return p.line, p.col
}

func (p *tlPos) scan(to int) {
	for p.off < to {
		r, n := utf8.DecodeRune(p.src[p.off:])
		if p.off += n; r == '\n' {
			p.line, p.col, p.start = p.line+1, 1, p.off
		} else {
			p.col++
		}
	}
}

// fail is a problem at a place.
func (p *tlPos) fail(file string, a tlAt, err error) *Error {
	line, col := p.resolve(a)
	return &Error{File: file, Line: line, Col: col, Err: err}
}

// LoadTimelineJS builds a dataset from a TimelineJS JSON document or a
// TimelineJS Google Sheets template saved as CSV, told apart by content.
// path names the file in errors and citations. The document becomes one
// outlet and one article (see the top of this file); each slide's HTML is
// reduced to plain text. Every problem is an [*Error], all of them joined.
func LoadTimelineJS(path string, src []byte) (*timeline.Dataset, error) {
	if path == "" {
		path = "-"
	}
	fail := func(err error) (*timeline.Dataset, error) { return nil, &Error{File: path, Err: err} }
	if len(src) > MaxTimelineJSBytes {
		return fail(fmt.Errorf("%d bytes is over the %d-byte limit for a TimelineJS document", len(src), MaxTimelineJSBytes))
	}
	src = bytes.TrimPrefix(src, bom)
	body := bytes.TrimSpace(src)
	if len(body) == 0 {
		return fail(errors.New("empty file: want a TimelineJS JSON document or spreadsheet CSV"))
	}
	if body[0] == '[' {
		return fail(errors.New("a JSON array: a TimelineJS document is an object with \"events\" (and an optional \"title\")"))
	}
	var title *tlSlide
	var slides []tlSlide
	var errs []error
	pos := &tlPos{src: src}
	if body[0] == '{' {
		title, slides, errs = tlReadJSON(path, pos)
	} else {
		title, slides, errs = tlReadCSV(path, pos)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(slides) == 0 {
		return fail(errors.New("no events: a TimelineJS document needs at least one slide besides the title"))
	}
	imp := &tlImporter{file: path, pos: pos}
	return imp.dataset(title, slides)
}

// tlJSONIn is a TimelineJS JSON slide as read. TimelineJS writes numbers
// as numbers or strings, so every scalar is a tlScalar; fields cyberdesk
// does not use (media, background, eras, scale...) are ignored.
type tlJSONIn struct {
	StartDate   *tlDateIn `json:"start_date"`
	EndDate     *tlDateIn `json:"end_date"`
	DisplayDate tlScalar  `json:"display_date"`
	Text        *struct {
		Headline tlScalar `json:"headline"`
		Text     tlScalar `json:"text"`
	} `json:"text"`
	Group    tlScalar `json:"group"`
	UniqueID tlScalar `json:"unique_id"`
}

type tlDateIn struct {
	Year        tlScalar `json:"year"`
	Month       tlScalar `json:"month"`
	Day         tlScalar `json:"day"`
	DisplayDate tlScalar `json:"display_date"`
}

// tlScalar is a JSON string or number, as text; null is "".
type tlScalar string

// UnmarshalJSON accepts a string, a number or null.
func (v *tlScalar) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		*v = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = tlScalar(strings.TrimSpace(s))
	case b[0] == '-' || b[0] >= '0' && b[0] <= '9':
		*v = tlScalar(b)
	default:
		return fmt.Errorf("want a string or a number, found %.20s", b)
	}
	return nil
}

// tlReadJSON reads the title and event slides of a JSON document, walking
// its top level so each slide's place in the file is known.
func tlReadJSON(file string, pos *tlPos) (*tlSlide, []tlSlide, []error) {
	src := pos.src
	// A first pass finds syntax errors, whose offsets only a whole-document
	// decode reports exactly.
	if err := tlJSONSyntax(file, src); err != nil {
		return nil, nil, []error{err}
	}
	r := &tlJSONReader{file: file, src: src, pos: pos, dec: json.NewDecoder(bytes.NewReader(src))}
	r.dec.Token() // the opening brace, known to be there
	for r.dec.More() {
		tok, _ := r.dec.Token()
		switch tok {
		case "title":
			if s, ok := r.slide(0); ok {
				r.title = &s
			}
		case "events":
			r.events()
		default:
			var skip json.RawMessage
			r.dec.Decode(&skip)
		}
	}
	return r.title, r.slides, r.errs
}

func tlJSONSyntax(file string, src []byte) error {
	dec := json.NewDecoder(bytes.NewReader(src))
	var raw json.RawMessage
	err := dec.Decode(&raw)
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		line, col := lineCol(src, max(syn.Offset-1, 0)) // Offset is just past the fault
		return &Error{File: file, Line: line, Col: col, Err: fmt.Errorf("invalid JSON: %s", strings.TrimPrefix(syn.Error(), "json: "))}
	case err != nil:
		return &Error{File: file, Err: fmt.Errorf("invalid JSON: %w", err)}
	case dec.More():
		off := dec.InputOffset()
		off += int64(len(src[off:]) - len(bytes.TrimLeft(src[off:], " \t\r\n")))
		line, col := lineCol(src, off)
		return &Error{File: file, Line: line, Col: col, Err: errors.New("unexpected data after the JSON document")}
	}
	return nil
}

type tlJSONReader struct {
	file   string
	src    []byte
	pos    *tlPos
	dec    *json.Decoder
	title  *tlSlide
	slides []tlSlide
	errs   []error
}

func (r *tlJSONReader) fail(off int64, err error) {
	r.errs = append(r.errs, r.pos.fail(r.file, tlAt{off: off}, err))
}

// valueStart is where the next value begins: InputOffset can still be
// before the separator and space that lead to it.
func (r *tlJSONReader) valueStart() int64 {
	off := r.dec.InputOffset()
	for off < int64(len(r.src)) && strings.IndexByte(" \t\r\n,:", r.src[off]) >= 0 {
		off++
	}
	return off
}

func (r *tlJSONReader) events() {
	off := r.valueStart()
	if tok, _ := r.dec.Token(); tok != json.Delim('[') {
		r.fail(off, errors.New("events: want an array of slides"))
		r.skipRest(tok)
		return
	}
	for n := 1; r.dec.More(); n++ {
		if s, ok := r.slide(n); ok {
			r.slides = append(r.slides, s)
		}
	}
	r.dec.Token() // the closing bracket
}

// skipRest skips the remainder of a value whose first token was read.
func (r *tlJSONReader) skipRest(tok json.Token) {
	if d, ok := tok.(json.Delim); ok && (d == '{' || d == '[') {
		for depth := 1; depth > 0; {
			t, err := r.dec.Token()
			if err != nil {
				return
			}
			switch t {
			case json.Delim('{'), json.Delim('['):
				depth++
			case json.Delim('}'), json.Delim(']'):
				depth--
			}
		}
	}
}

// slide decodes the next value as slide n (0 for the title).
func (r *tlJSONReader) slide(n int) (tlSlide, bool) {
	off := r.valueStart()
	s := tlSlide{n: n, at: tlAt{off: off}}
	var in tlJSONIn
	if err := r.dec.Decode(&in); err != nil {
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			r.fail(tlKeyAt(r.src, off, r.dec.InputOffset(), typ.Field), fmt.Errorf("%s: %s: want %s, found a JSON %s", s.label(), typ.Field, tlKind(typ.Type), typ.Value))
		} else {
			r.fail(off, fmt.Errorf("%s: %s", s.label(), strings.TrimPrefix(err.Error(), "json: ")))
		}
		return s, false
	}
	s.id, s.group, s.display = string(in.UniqueID), string(in.Group), string(in.DisplayDate)
	if in.Text != nil {
		s.headline, s.text = string(in.Text.Headline), string(in.Text.Text)
	}
	s.start, s.end = in.StartDate.fields(), in.EndDate.fields()
	if s.display == "" && in.StartDate != nil && in.StartDate.DisplayDate != "" {
		s.display = string(in.StartDate.DisplayDate)
		if in.EndDate != nil && in.EndDate.DisplayDate != "" {
			s.display += "–" + string(in.EndDate.DisplayDate)
		}
	}
	return s, true
}

// tlKeyAt is where, in the value at [off, end), the key of a dotted field path
// ("text.headline") is; off itself for the value as a whole.
func tlKeyAt(src []byte, off, end int64, field string) int64 {
	if field == "" || off >= end || end > int64(len(src)) {
		return off
	}
	key := field[strings.LastIndexByte(field, '.')+1:]
	if loc := regexp.MustCompile(regexp.QuoteMeta(quoteJSON(key)) + `\s*:`).FindIndex(src[off:end]); loc != nil {
		return off + int64(loc[0])
	}
	return off
}

func (d *tlDateIn) fields() [3]string {
	if d == nil {
		return [3]string{}
	}
	return [3]string{string(d.Year), string(d.Month), string(d.Day)}
}

// tlKind names a Go type as the JSON it wants.
func tlKind(t reflect.Type) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct, reflect.Map:
		return "an object"
	case reflect.Slice, reflect.Array:
		return "an array"
	}
	return "a string or a number"
}

// tlReadCSV reads the rows of the Google Sheets template. Columns are found
// by name, in any order and any case; the row of Type "title" is the title
// slide, rows of Type "era" are skipped like the JSON's eras.
func tlReadCSV(file string, pos *tlPos) (*tlSlide, []tlSlide, []error) {
	r := csv.NewReader(bytes.NewReader(pos.src))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true // the cells kept are substrings of the row, not of rec
	c := &tlCSVReader{file: file, pos: pos, r: r}
	// A row is a line or more: room for a slide a line, so a million
	// slides are not copied again and again as the slice grows.
	c.slides = make([]tlSlide, 0, bytes.Count(pos.src, []byte{'\n'})+1)
	header, err := r.Read()
	if err != nil {
		return nil, nil, []error{c.parseError(err)}
	}
	if !c.columns(header) {
		return nil, nil, c.errs
	}
	for {
		off := r.InputOffset()
		rec, err := r.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			c.errs = append(c.errs, c.parseError(err))
			break // the reader cannot be trusted past a broken quote
		}
		c.row(rec, off)
	}
	return c.title, c.slides, c.errs
}

type tlCSVReader struct {
	file   string
	pos    *tlPos
	r      *csv.Reader
	cols   map[string]int // lower-case column name -> index
	title  *tlSlide
	slides []tlSlide
	n      int // how many event slides have been read
	errs   []error
}

func (c *tlCSVReader) parseError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return c.pos.fail(c.file, tlAt{line: pe.Line, byteCol: pe.Column}, fmt.Errorf("invalid CSV: %w", pe.Err))
	}
	return &Error{File: c.file, Err: fmt.Errorf("invalid CSV: %w", err)}
}

func (c *tlCSVReader) columns(header []string) bool {
	c.cols = map[string]int{}
	for i, h := range header {
		key := strings.ToLower(strings.TrimSpace(h))
		if _, dup := c.cols[key]; !dup {
			c.cols[key] = i
		}
	}
	for _, need := range []string{"year", "headline"} {
		if _, ok := c.cols[need]; !ok {
			c.errs = append(c.errs, &Error{File: c.file, Line: 1, Col: 1, Err: fmt.Errorf(
				"the header row has no %q column: want the TimelineJS template's %s", need, strings.Join(tlCSVHeader(), ","))})
		}
	}
	return len(c.errs) == 0
}

// row reads the record rec, which starts at byte off.
func (c *tlCSVReader) row(rec []string, off int64) {
	cell := func(name string) string {
		if i, ok := c.cols[name]; ok && i < len(rec) {
			return tlCellUnsafe(strings.TrimSpace(rec[i]))
		}
		return ""
	}
	if !slices.ContainsFunc(rec, func(v string) bool { return strings.TrimSpace(v) != "" }) {
		return
	}
	s := tlSlide{csv: c, recOff: off}
	s.at.line, s.at.byteCol = c.r.FieldPos(0)
	s.start = [3]string{cell("year"), cell("month"), cell("day")}
	s.end = [3]string{cell("end year"), cell("end month"), cell("end day")}
	s.display, s.headline, s.text, s.group = cell("display date"), cell("headline"), cell("text"), cell("group")
	s.id = cmp.Or(cell("unique id"), cell("unique_id"))
	switch strings.ToLower(cell("type")) {
	case "title":
		if c.title != nil {
			c.errs = append(c.errs, c.pos.fail(c.file, s.at, errors.New("a second title row; a timeline has one title")))
			return
		}
		c.title = new(s) // a copy: taking s's address would put every row's on the heap
	case "era":
	default:
		c.n++
		s.n = c.n
		c.slides = append(c.slides, s)
	}
}

// cellAt finds where the named cell of slide s starts by reading its row
// again: only a problem needs the place, so rows do not keep them.
func (c *tlCSVReader) cellAt(s *tlSlide, name string) (tlAt, bool) {
	i, ok := c.cols[name]
	if !ok || s.recOff < 0 || s.recOff > int64(len(c.pos.src)) {
		return tlAt{}, false
	}
	r := csv.NewReader(bytes.NewReader(c.pos.src[s.recOff:]))
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil || i >= len(rec) {
		return tlAt{}, false
	}
	first, _ := r.FieldPos(0)
	line, col := r.FieldPos(i)
	return tlAt{line: s.at.line + line - first, byteCol: col}, true
}

// tlImporter turns checked slides into dataset parts.
type tlImporter struct {
	file string
	pos  *tlPos
	errs []error
}

func (imp *tlImporter) fail(s *tlSlide, cell string, err error) {
	imp.errs = append(imp.errs, imp.pos.fail(imp.file, s.where(cell), fmt.Errorf("%s: %w", s.label(), err)))
}

// checkLengths refuses a cell longer than MaxLineBytes.
func (imp *tlImporter) checkLengths(s *tlSlide) {
	for _, c := range []struct{ name, text string }{
		{"display date", s.display}, {"headline", s.headline}, {"text", s.text}, {"group", s.group},
	} {
		if len(c.text) > MaxLineBytes {
			imp.fail(s, c.name, fmt.Errorf("%s of %d bytes; expected at most %d (data.MaxLineBytes)", c.name, len(c.text), MaxLineBytes))
		}
	}
}

// name is the document's: the title slide's headline, else the file's.
func (imp *tlImporter) name(title *tlSlide) string {
	if title != nil {
		if h := tlOneLine(tlPlain(title.headline)); h != "" {
			return h
		}
	}
	if base := filepath.Base(imp.file); base != "." && base != "/" && base != "-" {
		return untrusted.Clean(base)
	}
	return "TimelineJS document"
}

func tlBlock(headline, body string) string {
	if body == "" {
		return headline
	}
	return headline + "\n" + body
}

// tlLatest is the article's publication date. A TimelineJS document has
// none, and validation needs one, so it is inferred: the latest date any
// slide starts on, taken as exact.
func tlLatest(events []timeline.Event) timeline.Date {
	var latest timeline.Date
	for _, e := range events {
		if latest.IsZero() || timeline.Compare(e.Start, latest) > 0 {
			latest = e.Start
		}
	}
	latest.Approx = false
	return latest
}

// event makes slide s, whose words are w, an event, without its id, tag
// or source. It is returned even when not ok, with a title, so the article
// text stays in step.
func (imp *tlImporter) event(s *tlSlide, w *tlWords) (timeline.Event, bool) {
	e := timeline.Event{Title: w.title, Summary: w.summary}
	var ok bool
	e.Start, e.End, e.DateNote, ok = imp.dates(s)
	return e, ok
}

// tlWords is what a slide says, in plain text.
type tlWords struct{ body, title, summary, tag string }

// tlWordsBatch is how many slides' words are worked out at a time: on two
// goroutines, and without holding every slide's plain text at once.
const tlWordsBatch = 4096

// tlWordsOfAll works out the words of slides into words, half of them on
// a second goroutine: turning HTML into plain text is most of an import.
func tlWordsOfAll(slides []tlSlide, words []tlWords) {
	of := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			s := &slides[i]
			w := tlWords{body: tlPlain(s.text)}
			w.title = tlTitle(s, w.body)
			w.summary = cmp.Or(tlSummary(w.body), w.title)
			w.tag = strings.ToLower(tlOneLine(tlPlain(s.group)))
			words[i] = w
		}
	}
	half := len(slides) / 2
	var wg sync.WaitGroup
	wg.Go(func() { of(half, len(slides)) })
	of(0, half)
	wg.Wait()
}

func tlTitle(s *tlSlide, body string) string {
	if h := tlOneLine(tlPlain(s.headline)); h != "" {
		return h
	}
	if first, _, _ := strings.Cut(body, "\n"); first != "" {
		return tlClip(first, 80)
	}
	return "Untitled slide " + strconv.Itoa(s.n)
}

// tlSummary is the first paragraph when short, else its first sentence,
// else its first 200 characters or so; "" when there is no text.
func tlSummary(body string) string {
	first, _, _ := strings.Cut(body, "\n")
	if utf8.RuneCountInString(first) <= 200 {
		return first
	}
	if s := tlSentence(first); s != "" && utf8.RuneCountInString(s) <= 200 {
		return s
	}
	return tlClip(first, 200)
}

// tlSentence is the first sentence of s of at least 20 bytes, or "".
func tlSentence(s string) string {
	for i := 20; i < len(s)-1; i++ {
		if strings.IndexByte(".!?", s[i]) >= 0 && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return ""
}

// tlClip shortens s to at most n runes, at a word boundary, marking the cut.
func tlClip(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	cut := string(r[:n-1])
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		cut = cut[:i]
	}
	return cut + "…"
}

// dates reads a slide's start and end, and its display date.
// validation places what timeline.New found at the slide it is about.
func (imp *tlImporter) validation(err error, where map[string]tlAt) error {
	var errs []error
	for _, e := range flatten(err) {
		var v *timeline.ValidationError
		if !errors.As(e, &v) {
			errs = append(errs, &Error{File: imp.file, Err: e})
			continue
		}
		out := &Error{File: imp.file, Kind: v.Kind, ID: v.ID, Field: v.Field, Err: v.Err}
		if at, ok := where[v.ID]; ok && v.Kind == "event" {
			out.Line, out.Col = imp.pos.resolve(at)
		}
		errs = append(errs, out)
	}
	return errors.Join(errs...)
}

// tlPlain reduces TimelineJS HTML to plain text, one paragraph a line.
// Tags are removed, and only then are entities decoded, each stretch of
// text on its own, so an encoded "&lt;b&gt;" stays the text "<b>";
// decoded text is then cleaned, so an encoded control character is caught.
// Block elements and <br> end a line; <script> and <style> are dropped
