package timelinejs

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

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

type slide struct {
	n        int        // 1-based among the event slides; 0 for the title
	at       cellPlace  // where the slide starts
	csv      *csvReader // CSV only: the reader, to find a cell's place
	recOff   int64      // CSV only: the byte offset its row is read from
	id       string
	start    [3]string // year, month, day; "" where absent
	end      [3]string
	display  string
	headline string
	text     string
	group    string
}

func (s *slide) label() string {
	if s.n == 0 {
		return "title slide"
	}
	return "slide " + strconv.Itoa(s.n)
}

// where is the place of a named cell, or of the slide.
func (s *slide) where(cell string) cellPlace {
	if s.csv != nil {
		if a, ok := s.csv.cellAt(s, cell); ok {
			return a
		}
	}
	return s.at
}

// cellPlace is a place in a document: a byte offset (JSON) or, when line is
// set, a line and byte column as encoding/csv reports them.
type cellPlace struct {
	off           int64
	line, byteCol int
}

// positions turns places into the 1-based line and rune column [Error] gives.
// It scans on from the last place asked about, so places asked about in
// document order cost one pass over the source in all, and a place is
// only worked out when a problem is found there.
type positions struct {
	src                   []byte
	off, line, col, start int // scanned so far; start is where line starts
}

func (p *positions) resolve(a cellPlace) (int, int) {
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

func (p *positions) scan(to int) {
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
func (p *positions) fail(file string, a cellPlace, err error) *schema.Error {
	line, col := p.resolve(a)
	return &schema.Error{File: file, Line: line, Col: col, Err: err}
}

// Options say how to read a TimelineJS document.
type Options struct {
	// Size is how many bytes the document holds, or 0 if that is not
	// known; it only sizes the article's text once, instead of growing it
	// as rows come.
	Size int64
	// Reread, when not nil, gives the document's bytes again. [Read]
	// calls it only when there is a problem, to place it at its line and
	// column.
	Reread func() ([]byte, error)
	// Limits are what the document may hold; the zero value means the
	// defaults.
	Limits schema.Limits
}

// Load builds a dataset from a TimelineJS JSON document or a TimelineJS
// Google Sheets template saved as CSV, told apart by content. path names
// the file in errors and citations. The document becomes one outlet and
// one article (see doc.go); each slide's HTML is reduced to plain text.
// Every problem is a *schema.Error (data.Error), all of them joined.
func Load(path string, src []byte, opt Options) (*timeline.Dataset, error) {
	if path == "" {
		path = "-"
	}
	limits := opt.Limits.OrDefault()
	fail := func(err error) (*timeline.Dataset, error) { return nil, &schema.Error{File: path, Err: err} }
	if int64(len(src)) > limits.TimelineJSBytes {
		return fail(fmt.Errorf("%d bytes is over the %d-byte limit for a TimelineJS document", len(src), limits.TimelineJSBytes))
	}
	src = bytes.TrimPrefix(src, []byte(schema.BOM))
	body := bytes.TrimSpace(src)
	if len(body) == 0 {
		return fail(errors.New("empty file: want a TimelineJS JSON document or spreadsheet CSV"))
	}
	if body[0] == '[' {
		return fail(errors.New("a JSON array: a TimelineJS document is an object with \"events\" (and an optional \"title\")"))
	}
	var title *slide
	var slides []slide
	var errs []error
	pos := &positions{src: src}
	if body[0] == '{' {
		title, slides, errs = readJSON(path, pos)
	} else {
		title, slides, errs = readCSV(path, pos, limits)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	if len(slides) == 0 {
		return fail(errors.New("no events: a TimelineJS document needs at least one slide besides the title"))
	}
	imp := &importer{file: path, pos: pos, limits: limits}
	return imp.dataset(title, slides)
}

// jsonIn is a TimelineJS JSON slide as read. TimelineJS writes numbers
// as numbers or strings, so every scalar is a scalar; fields cyberdesk
// does not use (media, background, eras, scale...) are ignored.
type jsonIn struct {
	StartDate   *dateIn `json:"start_date"`
	EndDate     *dateIn `json:"end_date"`
	DisplayDate scalar  `json:"display_date"`
	Text        *struct {
		Headline scalar `json:"headline"`
		Text     scalar `json:"text"`
	} `json:"text"`
	Group    scalar `json:"group"`
	UniqueID scalar `json:"unique_id"`
}

type dateIn struct {
	Year        scalar `json:"year"`
	Month       scalar `json:"month"`
	Day         scalar `json:"day"`
	DisplayDate scalar `json:"display_date"`
}

// scalar is a JSON string or number, as text; null is "".
type scalar string

// UnmarshalJSON accepts a string, a number or null.
func (v *scalar) UnmarshalJSON(b []byte) error {
	switch {
	case string(b) == "null":
		*v = ""
	case b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*v = scalar(strings.TrimSpace(s))
	case b[0] == '-' || b[0] >= '0' && b[0] <= '9':
		*v = scalar(b)
	default:
		return fmt.Errorf("want a string or a number, found %.20s", b)
	}
	return nil
}

// readJSON reads the title and event slides of a JSON document, walking
// its top level so each slide's place in the file is known.
func readJSON(file string, pos *positions) (*slide, []slide, []error) {
	src := pos.src
	// A first pass finds syntax errors, whose offsets only a whole-document
	// decode reports exactly.
	if err := jsonSyntax(file, src); err != nil {
		return nil, nil, []error{err}
	}
	r := &jsonReader{file: file, src: src, pos: pos, dec: json.NewDecoder(bytes.NewReader(src))}
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

func jsonSyntax(file string, src []byte) error {
	dec := json.NewDecoder(bytes.NewReader(src))
	var raw json.RawMessage
	err := dec.Decode(&raw)
	var syn *json.SyntaxError
	switch {
	case errors.As(err, &syn):
		line, col := schema.LineCol(src, max(syn.Offset-1, 0)) // Offset is just past the fault
		return &schema.Error{File: file, Line: line, Col: col, Err: fmt.Errorf("invalid JSON: %s", strings.TrimPrefix(syn.Error(), "json: "))}
	case err != nil:
		return &schema.Error{File: file, Err: fmt.Errorf("invalid JSON: %w", err)}
	case dec.More():
		off := dec.InputOffset()
		off += int64(len(src[off:]) - len(bytes.TrimLeft(src[off:], " \t\r\n")))
		line, col := schema.LineCol(src, off)
		return &schema.Error{File: file, Line: line, Col: col, Err: errors.New("unexpected data after the JSON document")}
	}
	return nil
}

type jsonReader struct {
	file   string
	src    []byte
	pos    *positions
	dec    *json.Decoder
	title  *slide
	slides []slide
	errs   []error
}

func (r *jsonReader) fail(off int64, err error) {
	r.errs = append(r.errs, r.pos.fail(r.file, cellPlace{off: off}, err))
}

// valueStart is where the next value begins: InputOffset can still be
// before the separator and space that lead to it.
func (r *jsonReader) valueStart() int64 {
	off := r.dec.InputOffset()
	for off < int64(len(r.src)) && strings.IndexByte(" \t\r\n,:", r.src[off]) >= 0 {
		off++
	}
	return off
}

func (r *jsonReader) events() {
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
func (r *jsonReader) skipRest(tok json.Token) {
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
func (r *jsonReader) slide(n int) (slide, bool) {
	off := r.valueStart()
	s := slide{n: n, at: cellPlace{off: off}}
	var in jsonIn
	if err := r.dec.Decode(&in); err != nil {
		var typ *json.UnmarshalTypeError
		if errors.As(err, &typ) {
			r.fail(keyAt(r.src, off, r.dec.InputOffset(), typ.Field), fmt.Errorf("%s: %s: want %s, found a JSON %s", s.label(), typ.Field, kindOf(typ.Type), typ.Value))
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

// keyAt is where, in the value at [off, end), the key of a dotted field path
// ("text.headline") is; off itself for the value as a whole.
func keyAt(src []byte, off, end int64, field string) int64 {
	if field == "" || off >= end || end > int64(len(src)) {
		return off
	}
	key := field[strings.LastIndexByte(field, '.')+1:]
	if loc := regexp.MustCompile(regexp.QuoteMeta(schema.QuoteJSON(key)) + `\s*:`).FindIndex(src[off:end]); loc != nil {
		return off + int64(loc[0])
	}
	return off
}

func (d *dateIn) fields() [3]string {
	if d == nil {
		return [3]string{}
	}
	return [3]string{string(d.Year), string(d.Month), string(d.Day)}
}

// kindOf names a Go type as the JSON it wants.
func kindOf(t reflect.Type) string {
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

// readCSV reads the rows of the Google Sheets template. Columns are found
// by name, in any order and any case; the row of Type "title" is the title
// slide, rows of Type "era" are skipped like the JSON's eras.
func readCSV(file string, pos *positions, limits schema.Limits) (*slide, []slide, []error) {
	r := csv.NewReader(bytes.NewReader(pos.src))
	r.FieldsPerRecord = -1
	r.ReuseRecord = true // the cells kept are substrings of the row, not of rec
	c := &csvReader{file: file, pos: pos, r: r, limits: limits}
	// A row is a line or more: room for a slide a line, so a million
	// slides are not copied again and again as the slice grows.
	c.slides = make([]slide, 0, bytes.Count(pos.src, []byte{'\n'})+1)
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

type csvReader struct {
	file   string
	pos    *positions
	limits schema.Limits
	r      *csv.Reader
	cols   map[string]int // lower-case column name -> index
	title  *slide
	slides []slide
	n      int // how many event slides have been read
	errs   []error
}

func (c *csvReader) parseError(err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return c.pos.fail(c.file, cellPlace{line: pe.Line, byteCol: pe.Column}, fmt.Errorf("invalid CSV: %w", pe.Err))
	}
	return &schema.Error{File: c.file, Err: fmt.Errorf("invalid CSV: %w", err)}
}

func (c *csvReader) columns(header []string) bool {
	c.cols = map[string]int{}
	for i, h := range header {
		key := strings.ToLower(strings.TrimSpace(h))
		if _, dup := c.cols[key]; !dup {
			c.cols[key] = i
		}
	}
	for _, need := range []string{"year", "headline"} {
		if _, ok := c.cols[need]; !ok {
			c.errs = append(c.errs, &schema.Error{File: c.file, Line: 1, Col: 1, Err: fmt.Errorf(
				"the header row has no %q column: want the TimelineJS template's %s", need, strings.Join(csvHeader(), ","))})
		}
	}
	return len(c.errs) == 0
}

// row reads the record rec, which starts at byte off.
func (c *csvReader) row(rec []string, off int64) {
	cell := func(name string) string {
		if i, ok := c.cols[name]; ok && i < len(rec) {
			return cellUnsafe(strings.TrimSpace(rec[i]))
		}
		return ""
	}
	if !slices.ContainsFunc(rec, func(v string) bool { return strings.TrimSpace(v) != "" }) {
		return
	}
	s := slide{csv: c, recOff: off}
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
func (c *csvReader) cellAt(s *slide, name string) (cellPlace, bool) {
	i, ok := c.cols[name]
	if !ok || s.recOff < 0 || s.recOff > int64(len(c.pos.src)) {
		return cellPlace{}, false
	}
	r := csv.NewReader(bytes.NewReader(c.pos.src[s.recOff:]))
	r.FieldsPerRecord = -1
	rec, err := r.Read()
	if err != nil || i >= len(rec) {
		return cellPlace{}, false
	}
	first, _ := r.FieldPos(0)
	line, col := r.FieldPos(i)
	return cellPlace{line: s.at.line + line - first, byteCol: col}, true
}

// importer turns checked slides into dataset parts.
type importer struct {
	file   string
	pos    *positions
	limits schema.Limits
	errs   []error
}

func (imp *importer) fail(s *slide, cell string, err error) {
	imp.errs = append(imp.errs, imp.pos.fail(imp.file, s.where(cell), fmt.Errorf("%s: %w", s.label(), err)))
}

// checkLengths refuses a cell longer than the line limit.
func (imp *importer) checkLengths(s *slide) {
	for _, c := range []struct{ name, text string }{
		{"display date", s.display}, {"headline", s.headline}, {"text", s.text}, {"group", s.group},
	} {
		if len(c.text) > imp.limits.LineBytes {
			imp.fail(s, c.name, fmt.Errorf("%s of %d bytes; expected at most %d (data.MaxLineBytes)", c.name, len(c.text), imp.limits.LineBytes))
		}
	}
}

// name is the document's: the title slide's headline, else the file's.
func (imp *importer) name(title *slide) string {
	if title != nil {
		if h := oneLine(plain(title.headline)); h != "" {
			return h
		}
	}
	if base := filepath.Base(imp.file); base != "." && base != "/" && base != "-" {
		return untrusted.Clean(base)
	}
	return "TimelineJS document"
}

func block(headline, body string) string {
	if body == "" {
		return headline
	}
	return headline + "\n" + body
}

// latestDate is the article's publication date. A TimelineJS document has
// none, and validation needs one, so it is inferred: the latest date any
// slide starts on, taken as exact.
func latestDate(events []timeline.Event) timeline.Date {
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
func (imp *importer) event(s *slide, w *slideWords) (timeline.Event, bool) {
	e := timeline.Event{Title: w.title, Summary: w.summary}
	var ok bool
	e.Start, e.End, e.DateNote, ok = imp.dates(s)
	return e, ok
}

// slideWords is what a slide says, in plain text.
type slideWords struct{ body, title, summary, tag string }

// wordsBatch is how many slides' words are worked out at a time: on two
// goroutines, and without holding every slide's plain text at once.
const wordsBatch = 4096

// wordsOfAll works out the words of slides into words, half of them on
// a second goroutine: turning HTML into plain text is most of an import.
func wordsOfAll(slides []slide, words []slideWords) {
	of := func(lo, hi int) {
		for i := lo; i < hi; i++ {
			s := &slides[i]
			w := slideWords{body: plain(s.text)}
			w.title = titleOf(s, w.body)
			w.summary = cmp.Or(summaryOf(w.body), w.title)
			w.tag = strings.ToLower(oneLine(plain(s.group)))
			words[i] = w
		}
	}
	half := len(slides) / 2
	var wg sync.WaitGroup
	wg.Go(func() { of(half, len(slides)) })
	of(0, half)
	wg.Wait()
}

func titleOf(s *slide, body string) string {
	if h := oneLine(plain(s.headline)); h != "" {
		return h
	}
	if first, _, _ := strings.Cut(body, "\n"); first != "" {
		return clip(first, 80)
	}
	return "Untitled slide " + strconv.Itoa(s.n)
}

// summaryOf is the first paragraph when short, else its first sentence,
// else its first 200 characters or so; "" when there is no text.
func summaryOf(body string) string {
	first, _, _ := strings.Cut(body, "\n")
	if utf8.RuneCountInString(first) <= 200 {
		return first
	}
	if s := sentence(first); s != "" && utf8.RuneCountInString(s) <= 200 {
		return s
	}
	return clip(first, 200)
}

// sentence is the first sentence of s of at least 20 bytes, or "".
func sentence(s string) string {
	for i := 20; i < len(s)-1; i++ {
		if strings.IndexByte(".!?", s[i]) >= 0 && s[i+1] == ' ' {
			return s[:i+1]
		}
	}
	return ""
}

// clip shortens s to at most n runes, at a word boundary, marking the cut.
func clip(s string, n int) string {
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
func (imp *importer) validation(err error, where map[string]cellPlace) error {
	var errs []error
	for _, e := range schema.Flatten(err) {
		var v *timeline.ValidationError
		if !errors.As(e, &v) {
			errs = append(errs, &schema.Error{File: imp.file, Err: e})
			continue
		}
		out := &schema.Error{File: imp.file, Kind: v.Kind, ID: v.ID, Field: v.Field, Err: v.Err}
		if at, ok := where[v.ID]; ok && v.Kind == "event" {
			out.Line, out.Col = imp.pos.resolve(at)
		}
		errs = append(errs, out)
	}
	return errors.Join(errs...)
}

// plain reduces TimelineJS HTML to plain text, one paragraph a line.
// Tags are removed, and only then are entities decoded, each stretch of
// text on its own, so an encoded "&lt;b&gt;" stays the text "<b>";
// decoded text is then cleaned, so an encoded control character is caught.
// Block elements and <br> end a line; <script> and <style> are dropped
