package timelinejs

// Turning slides into events: the import's name, each slide's text, title
// and summary, and placing a validation error at its slide's cell.

import (
	"cmp"
	"errors"
	"fmt"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// importer turns checked slides into dataset parts.
type importer struct {
	file       string
	pos        *positions
	limits     schema.Limits
	indexLater bool // build with timeline.AdoptDeferredAfter, held until indexAfter
	indexAfter <-chan struct{}
	errs       []error
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
	if len(first) <= 200 || utf8.RuneCountInString(first) <= 200 { // no more runes than bytes
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
