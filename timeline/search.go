package timeline

import (
	"bytes"
	"cmp"
	"context"
	"math/bits"
	"slices"
	"strings"
)

// searchIndex is what a text search looks through: each event's title,
// summary, its actors' names and aliases and the words of its statements'
// quotes, in lower case.
//
// Most events get a lower-cased copy of that text. An event whose text is
// its title and summary alone, and whose [TextPlacer] says they open its
// first source's passage, is searched in its article instead, folding
// ASCII case on the way, provided lower-casing would change only its ASCII
// letters: a large import then keeps no second copy of its events' titles
// and summaries.
type searchIndex struct {
	// buf holds the copies, each ended by a 0 byte; event i's starts at
	// off[i] and off[n] is the end. An event searched in place has none:
	// off[i] == off[i+1]. Both are nil when every event is.
	buf []byte
	off []int
	// inAt[i] is where event i's text is when it is searched in place,
	// else 0; nil when no event is. A search narrowing a million events
	// reads it instead of the event and its sources: two fewer cache
	// misses an event.
	inAt []inPlace
	// in holds the texts searched in place, by article.
	in []inArticle
	// letters[i] is the ASCII letters of event i's text and passages
	// (letters.go), read by a search of the passages once indexed.
	letters []uint32
	// passagesIn has bit i set when every passage of event i lies inside
	// its text searched in place: its passages hold no word its text does
	// not, and a search of the passages need not read them (an imported
	// slide's one passage is its title and text). nil when no event's do.
	passagesIn []uint64
}

// passagesInText reports whether every passage of event i is inside its
// text searched in place (searchIndex.passagesIn).
func (s *searchIndex) passagesInText(i int) bool {
	return s.passagesIn != nil && s.passagesIn[i/64]&(1<<(i%64)) != 0
}

// inside reports whether every source of e is a span of its first
// source's article within [start, end).
func inside(e *Event, start, end int) bool {
	for _, src := range e.Sources {
		if src.Article != e.Sources[0].Article || src.Start < start || src.End > end {
			return false
		}
	}
	return true
}

// inArticle is the texts searched in place in one article, in the order
// they come in it, none overlapping another.
type inArticle struct {
	text string
	at   []inText
}

// inText is where an event's text is in its article.
type inText struct {
	start      int
	len, event int32
}

func (t inText) end() int { return t.start + int(t.len) }

// inPlace packs where an event's text is into 8 bytes: its article's
// place in searchIndex.in, its start and its length. An event whose place
// does not fit gets a copy.
type inPlace uint64

const (
	inLenBits   = 16
	inStartBits = 32
	inGroupBits = 64 - inLenBits - inStartBits
)

// placed returns the packed place, or false if it does not fit.
func placed(group, start, n int) (inPlace, bool) {
	if n <= 0 || n >= 1<<inLenBits || start < 0 || start >= 1<<inStartBits || group >= 1<<inGroupBits {
		return 0, false
	}
	return inPlace(group)<<(inLenBits+inStartBits) | inPlace(start)<<inLenBits | inPlace(n), true
}

// text returns the text at p, which is not 0.
func (p inPlace) text(in []inArticle) string {
	start := int(p >> inLenBits & (1<<inStartBits - 1))
	return in[p>>(inLenBits+inStartBits)].text[start : start+int(p&(1<<inLenBits-1))]
}

// inPlaceLen is how much of e's first passage is its searchable text, when
// that passage starts with its title, then a newline and its summary (unless
// the summary is empty or the title), and lower-casing that text would
// change only its ASCII letters; else 0. It checks what a [TextPlacer]
// claims, so a wrong claim costs a copy, never a wrong search.
func inPlaceLen(e *Event) int {
	n := openLen(e)
	if n == 0 || !foldsASCII(string(e.Sources[0].Text)[:n]) {
		return 0
	}
	return n
}

// openLen is inPlaceLen without its check of the text's case: how much
// of e's first passage is its title, then a newline and its summary
// (unless the summary is empty or the title), or 0.
func openLen(e *Event) int {
	if len(e.Sources) == 0 || e.Title == "" {
		return 0
	}
	text := string(e.Sources[0].Text)
	if !strings.HasPrefix(text, e.Title) {
		return 0
	}
	n := len(e.Title)
	if e.Summary != "" && e.Summary != e.Title {
		if rest := text[n:]; rest == "" || rest[0] != '\n' || !strings.HasPrefix(rest[1:], e.Summary) {
			return 0
		}
		n += 1 + len(e.Summary)
	}
	return n
}

// deriveSearch builds the search index.
func (ds *Dataset) deriveSearch(eventActors func(int) []int32) {
	n := len(ds.parts.Events)
	s := &ds.search
	ds.placeSearch()
	texts := make([][]byte, len(ds.parts.Actors))
	for ai := range ds.parts.Actors {
		texts[ai] = actorText(&ds.parts.Actors[ai])
	}
	inPlace := func(i int) bool { return s.inAt != nil && s.inAt[i] != 0 }
	// Size the copies once: growing them by appends would copy hundreds
	// of megabytes at a million events.
	size := 0
	for i := range ds.parts.Events {
		ds.step(i)
		if inPlace(i) {
			continue
		}
		e := &ds.parts.Events[i]
		size += len(e.Title) + len(e.Summary) + 3
		for _, ai := range eventActors(i) {
			size += len(texts[ai])
		}
	}
	if size == 0 {
		return // every event is searched in place
	}
	s.off = make([]int, n+1)
	s.buf = make([]byte, 0, size+size/64)
	for i := range ds.parts.Events {
		ds.step(i)
		s.off[i] = len(s.buf)
		if !inPlace(i) {
			s.buf = append(ds.appendText(s.buf, i, eventActors(i), texts), 0)
		}
	}
	s.off[n] = len(s.buf)
}

// placeSearch finds the events searched in place: those the parts'
// TextPlacer places, with no actors and no statements (their text is then
// their title and summary). Of two whose texts overlap, the second gets a
// copy.
func (ds *Dataset) placeSearch() {
	s := &ds.search
	placer := ds.parts.Placer
	if placer == nil {
		return
	}
	// placedLen is how much of event i's first passage is its text
	// searched in place, or 0: ownIn (made with the letters, first in
	// the build) says it has no actors and no statements and opens that
	// passage in a text whose case folds as ASCII (ownOpens, as
	// inPlaceLen checks), and the placer must say so too. Worked out
	// twice, rather than kept 4 bytes an event (4 MB at a million) for
	// the rest of the build.
	placedLen := func(i int) int {
		e := &ds.parts.Events[i]
		if ds.ownIn[i/64]&(1<<(i%64)) == 0 || !placer.TextOpensSource(e) {
			return 0
		}
		return openLen(e)
	}
	// Each article's texts, counted first so each list is made once.
	group := map[string]int{}
	count := []int{}
	for i := range ds.parts.Events {
		ds.step(i)
		if placedLen(i) == 0 {
			continue
		}
		id := ds.parts.Events[i].Sources[0].Article
		g, ok := group[id]
		if !ok {
			g = len(s.in)
			group[id] = g
			a := &ds.parts.Articles[ds.articles[id]]
			s.in = append(s.in, inArticle{text: string(a.Text)})
			count = append(count, 0)
		}
		count[g]++
	}
	if len(s.in) == 0 {
		return
	}
	for g := range s.in {
		s.in[g].at = make([]inText, 0, count[g])
	}
	last, g := "", 0
	for i := range ds.parts.Events {
		ds.step(i)
		l := placedLen(i)
		if l == 0 {
			continue
		}
		if id := ds.parts.Events[i].Sources[0].Article; id != last {
			last, g = id, group[id]
		}
		s.in[g].at = append(s.in[g].at, inText{start: ds.parts.Events[i].Sources[0].Start, len: int32(l), event: int32(i)})
	}
	s.inAt = make([]inPlace, len(ds.parts.Events))
	for g := range s.in {
		a := &s.in[g]
		byStart := func(x, y inText) int { return cmp.Compare(x.start, y.start) }
		if !slices.IsSortedFunc(a.at, byStart) {
			slices.SortStableFunc(a.at, byStart)
		}
		kept := a.at[:0]
		for _, t := range a.at {
			if len(kept) > 0 && t.start < kept[len(kept)-1].end() {
				continue // it overlaps the text before: copied instead
			}
			p, ok := placed(g, t.start, int(t.len))
			if !ok {
				continue // beyond what 8 bytes can say: copied
			}
			s.inAt[t.event] = p
			kept = append(kept, t)
			if inside(&ds.parts.Events[t.event], t.start, t.end()) {
				if s.passagesIn == nil {
					s.passagesIn = make([]uint64, (len(ds.parts.Events)+63)/64)
				}
				s.passagesIn[t.event/64] |= 1 << (t.event % 64)
			}
		}
		a.at = kept
	}
}

// actorText is what a search finds an actor by: its name and aliases, in
// lower case, each ended by a newline.
func actorText(a *Actor) []byte {
	return appendLower(nil, a.Name+"\n"+strings.Join(a.Aliases, "\n")+"\n")
}

// appendText appends event i's searchable text in lower case: its title,
// summary, the text of its actors (actorText, by actor index) and the
// words of its statements' quotes, each ended by a newline.
func (ds *Dataset) appendText(dst []byte, i int, actors []int32, actorText [][]byte) []byte {
	e := &ds.parts.Events[i]
	dst = append(appendLower(dst, e.Title), '\n')
	dst = append(appendLower(dst, e.Summary), '\n')
	for _, ai := range actors {
		dst = append(dst, actorText[ai]...)
	}
	for _, si := range ds.eventStmts.of(i) {
		for _, qi := range ds.stmtQuotes[si] {
			dst = append(appendLower(dst, ds.parts.Quotes[qi].Span.Text.String()), '\n')
		}
	}
	return dst
}

// holdsAll reports whether event i's text holds every word.
func (ds *Dataset) holdsAll(i int, words []word) bool {
	s := &ds.search
	if len(words) == 0 {
		return true
	}
	if !ds.ready.Load() {
		return ds.holdsUnindexed(i, words)
	}
	if s.inAt != nil && s.inAt[i] != 0 {
		text := s.inAt[i].text(s.in)
		for k := range words {
			if indexFoldOf(text, &words[k]) < 0 {
				return false
			}
		}
		return true
	}
	text := s.buf[s.off[i] : s.off[i+1]-1] // without the separator
	for k := range words {
		if !bytes.Contains(text, words[k].bytes) {
			return false
		}
	}
	return true
}

// holdsEach reports whether every word occurs in event i's text or in one
// of its source passages, ASCII letters in either case there. Once the
// letters are made (the first thing the index build makes), an event
// lacking a letter of a word is left unread, and a word of one letter is
// answered by them alone. Once indexed, the text is read first, and the
// passages only where they are not inside it (passagesInText); before,
// the passages are read first, and the own text only where it is not a
// part of the first passage (ownInText): a search of a million imported
// slides then reads each one's text once, not twice.
func (ds *Dataset) holdsEach(i int, words []word) bool {
	indexed := ds.ready.Load()
	if indexed {
		return ds.holdsEachIndexed(i, words)
	}
	lettered := ds.lettered.Load()
	var letters uint32
	if lettered {
		letters = ds.search.letters[i]
	}
	e := &ds.parts.Events[i]
	ownRead, own := false, false // ownInText, worked out once for the event
	for k := range words {
		w := &words[k]
		if lettered {
			if letters&w.letters != w.letters {
				return false // a letter of the word is nowhere in the event
			}
			if w.one {
				continue // the letter is somewhere in it
			}
		}
		if passagesHold(e, w) {
			continue
		}
		if !ownRead {
			ownRead, own = true, ds.ownInText(i, e)
		}
		if own || !ds.textHolds(i, e, *w) {
			return false
		}
	}
	return true
}

// holdsEachIndexed is holdsEach once indexed: the letters first, then
// the text, read where it is (in its article, or its copy), then the
// passages where they are not inside it. The word of two letters typed
// after a first has most events as candidates, each read here: the
// calls and copies of words holdsAll and indexFold made for each were
// half of what it cost.
func (ds *Dataset) holdsEachIndexed(i int, words []word) bool {
	s := &ds.search
	letters := s.letters[i]
	var in string // the text searched in place, if it is
	placed := s.inAt != nil && s.inAt[i] != 0
	if placed {
		in = s.inAt[i].text(s.in)
	}
	for k := range words {
		w := &words[k]
		if letters&w.letters != w.letters {
			return false // a letter of the word is nowhere in the event
		}
		switch {
		case w.one: // the letter is somewhere in it
		case placed && indexFoldOf(in, w) >= 0:
		case !placed && bytes.Contains(s.buf[s.off[i]:s.off[i+1]-1], w.bytes):
		case s.passagesInText(i):
			return false // its passages hold nothing more
		case !passagesHold(&ds.parts.Events[i], w):
			return false
		}
	}
	return true
}

// passagesHold reports whether w occurs in one of e's source passages,
// ASCII letters in either case.
func passagesHold(e *Event, w *word) bool {
	for _, s := range e.Sources {
		if indexFoldOf(s.Text.Verbatim(), w) >= 0 {
			return true
		}
	}
	return false
}

// scan finds the events keep accepts among those whose text holds w (the
// longest search word), looking for it across all their texts at once:
// the copies, then each article holding texts searched in place.
// Before the index, every event is read, and what it finds goes into
// dst as inParts puts it.
func (ds *Dataset) scan(ctx context.Context, w word, keep func(int) bool, dst []int) ([]int, error) {
	s := &ds.search
	if !ds.ready.Load() { // before the index, every event is read
		words := []word{w}
		return ds.inParts(len(ds.parts.Events), dst, func(out []int, from, to int) ([]int, error) {
			return siftRange(ctx, out, from, to, func(i int) bool { return ds.holdsUnindexed(i, words) && keep(i) })
		})
	}
	found, err := ds.inParts(len(ds.parts.Events), nil, func(_ []int, from, to int) ([]int, error) { return s.scanCopies(ctx, w, keep, from, to) })
	for g := range s.in {
		if err != nil {
			break
		}
		a := &s.in[g]
		var more []int
		more, err = ds.inParts(len(a.at), nil, func(_ []int, from, to int) ([]int, error) { return a.scan(ctx, w, keep, from, to) })
		found = joinHits(found, more, len(ds.parts.Events))
	}
	if err != nil {
		return nil, err
	}
	return found, nil
}

// scanCopies scans the copies of events [from, to).
func (s *searchIndex) scanCopies(ctx context.Context, w word, keep func(int) bool, from, to int) ([]int, error) {
	var out []int
	if s.off == nil {
		return out, ctx.Err()
	}
	text := s.buf[:s.off[to]]
	for i, seen := from, 0; i < to; seen++ {
		if seen%checkEvery == 0 && yielded(ctx) {
			return nil, ctx.Err()
		}
		j := bytes.Index(text[s.off[i]:], w.bytes)
		if j < 0 {
			break
		}
		// the event holding the match: the last whose text starts at or
		// before it. Matches come in order, so it is most often one of
		// the next few events; else it is searched for among the rest.
		at := s.off[i] + j
		for k := 0; k < 8 && s.off[i+1] <= at; k++ {
			i++
		}
		if s.off[i+1] <= at {
			// the first text starting after the match, less one (events
			// searched in place have empty copies: skip them too)
			k, _ := slices.BinarySearch(s.off[i:to+1], at+1)
			i += k - 1
		}
		if keep(i) {
			out = append(grow(out, i-from, to-from), i)
		}
		i++
	}
	return out, nil
}

// scan scans the article's texts [from, to) for w, folding case.
func (a *inArticle) scan(ctx context.Context, w word, keep func(int) bool, from, to int) ([]int, error) {
	var out []int
	if from == to {
		return out, nil
	}
	end := a.at[to-1].end()
	for k, seen := from, 0; k < to; seen++ {
		if seen%checkEvery == 0 && yielded(ctx) {
			return nil, ctx.Err()
		}
		j := indexFold(a.text[a.at[k].start:end], w)
		if j < 0 {
			break
		}
		// the text the match starts in or after, found as scanCopies does
		at := a.at[k].start + j
		for n := 0; n < 8 && k+1 < to && a.at[k+1].start <= at; n++ {
			k++
		}
		if k+1 < to && a.at[k+1].start <= at {
			p, _ := slices.BinarySearchFunc(a.at[k:to], at+1, func(t inText, v int) int { return cmp.Compare(t.start, v) })
			k += p - 1
		}
		// A match in the text between two (the rest of a passage), or one
		// running past the text's end, is no match.
		if t := a.at[k]; at+len(w.text) <= t.end() && keep(int(t.event)) {
			out = append(grow(out, k-from, to-from), int(t.event))
		}
		k++
	}
	return out, nil
}

// joinHits returns the events in hits (sorted) or in more (in the order
// of an article's text), sorted, each once; every index is below n.
func joinHits(hits, more []int, n int) []int {
	switch {
	case len(more) == 0:
		return hits
	case len(hits) == 0 && slices.IsSorted(more):
		return more
	}
	set := make([]uint64, (n+63)/64)
	for _, l := range [][]int{hits, more} {
		for _, i := range l {
			set[i/64] |= 1 << (i % 64)
		}
	}
	out := make([]int, 0, len(hits)+len(more))
	for k, b := range set {
		for ; b != 0; b &= b - 1 {
			out = append(out, k*64+bits.TrailingZeros64(b))
		}
	}
	return out
}
