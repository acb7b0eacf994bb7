package timeline

import (
	"context"
	"runtime"
	"sync"
)

// Letters: which ASCII letters each event's searchable text holds, its
// own and its sources' passages together, a bit a letter. A word with a
// letter the event lacks occurs nowhere in it, so a search that reads the
// passages skips the event without reading them; and a word of one letter
// occurs exactly where its bit is set, so a first letter typed, which
// most events hold, is answered without reading any text.
//
// They are the first thing the index build makes, read from the events
// themselves (not from the search index), so a first letter typed while
// the rest is built is answered from them too (Dataset.lettered).

// letterBit is the bit of an ASCII letter, either case; 0 for any other
// byte. lowerBit is the same for lower case letters only: the copies are
// searched for a word's bytes as they are, in lower case.
var letterBit, lowerBit = func() (fold, lower [256]uint32) {
	for c := 'a'; c <= 'z'; c++ {
		fold[c], fold[c-'a'+'A'], lower[c] = 1<<(c-'a'), 1<<(c-'a'), 1<<(c-'a')
	}
	return fold, lower
}()

// allLetters is every letter's bit.
const allLetters = 1<<26 - 1

// wordLetters is the letters of a word (in lower case) and whether it is
// one letter and nothing else.
func wordLetters(s string) (letters uint32, one bool) {
	for i := range len(s) {
		letters |= letterBit[s[i]]
	}
	return letters, len(s) == 1 && letters != 0
}

// deriveLetters sets s.letters and ds.ownIn from the events, split
// between processors, and marks them ready (ds.lettered), once: a second
// caller waits for the first's. A pause does not hold it (tens of
// milliseconds at a million events): a first letter typed meanwhile
// waits for it rather than read every event beside it (waitLetters). It
// lets other goroutines run every checkEvery events, so that a key typed
// meanwhile is read at once.
func (ds *Dataset) deriveLetters() { ds.letterOnce.Do(ds.makeLetters) }

// Letter makes the events' letters now, the first step of the index
// build, unless they are made or being made: a first letter typed is
// answered from them ([Dataset.FromLetters]). A program that holds the
// index build after its first frame to do other work first (collecting
// what the load left) calls it before that work, so that a first key
// typed meanwhile finds them made or being made, and does not make them
// itself beside that work. It returns once they are made.
func (ds *Dataset) Letter() {
	if !ds.lettered.Load() {
		ds.deriveLetters()
	}
}

// makeLetters is deriveLetters, done.
func (ds *Dataset) makeLetters() {
	ds.lettering.Store(true)
	n := len(ds.parts.Events)
	letters := make([]uint32, n)
	ownIn := make([]uint64, (n+63)/64)
	actors := make([]uint32, len(ds.parts.Actors))
	for ai := range ds.parts.Actors {
		a := &ds.parts.Actors[ai]
		actors[ai] = lowerLetters(a.Name)
		for _, s := range a.Aliases {
			actors[ai] |= lowerLetters(s)
		}
	}
	parts := 1
	if n >= ds.splitFrom {
		parts = runtime.GOMAXPROCS(0)
	}
	// Each event's actors by index, looked up here for the letters and
	// kept for the rest of the build (index), which looked them up again.
	byPart := parted[int32]{from: make([]int, parts+1), part: make([]lists[int32], parts)}
	var wg sync.WaitGroup
	for p := range parts {
		// each part starts at a multiple of 64, so that no two write to
		// the same word of ownIn
		from, to := p*n/parts/64*64, (p+1)*n/parts/64*64
		if p == parts-1 {
			to = n
		}
		byPart.from[p], byPart.from[p+1] = from, to
		wg.Go(func() {
			ids := &byPart.part[p]
			size := 0
			if len(ds.parts.Actors) > 0 {
				for i := from; i < to; i++ {
					size += len(ds.parts.Events[i].Actors)
				}
			}
			ids.start(to-from, size)
			for i := from; i < to; i++ {
				if (i-from)%checkEvery == 0 {
					runtime.Gosched() // a key's Update waiting for a processor gets one
				}
				if size > 0 {
					for _, id := range ds.parts.Events[i].Actors {
						ids.all = append(ids.all, int32(ds.actors[id]))
					}
					ids.end()
				}
				var own bool
				letters[i], own = ds.lettersOf(i, actors, ids.of(i-from))
				if own {
					ownIn[i/64] |= 1 << (i % 64)
				}
			}
		})
	}
	wg.Wait()
	ds.search.letters, ds.ownIn, ds.letterActors = letters, ownIn, byPart
	ds.lettered.Store(true)
	close(ds.letteredCh)
}

// waitLetters reports whether the letters are made, waiting for them if
// they are being made, until ctx is done, and making them if they are
// not begun (the index build is held, or has yet to start): a first
// letter typed then is answered by the pass the build makes first,
// which costs about what reading every event for the letter would
// (BenchmarkLettersShort), rather than read every event beside it and
// have the build make the letters after.
func (ds *Dataset) waitLetters(ctx context.Context) bool {
	if ds.lettered.Load() {
		return true
	}
	if !ds.lettering.Load() {
		ds.deriveLetters()
		return true
	}
	select {
	case <-ds.letteredCh:
		return true
	case <-ctx.Done():
		return false
	}
}

// lettersOf is event i's letters: those of its own text as holdsAll reads
// it (title, summary, its actors' names and aliases by actors' letters,
// its statements' quotes, each in lower case) and of its sources'
// passages, ASCII letters in either case. ids is its actors, by index.
// own reports ownOpens: the own text is then not read, as the first
// passage holds it.
func (ds *Dataset) lettersOf(i int, actors []uint32, ids []int32) (m uint32, own bool) {
	e := &ds.parts.Events[i]
	var ascii bool // the first passage is ASCII: its case folds as the search's
	for k, src := range e.Sources {
		l, high := foldLettersHigh(src.Text.Verbatim())
		m |= l
		if k == 0 {
			ascii = high < 0x80
		}
	}
	own = ds.ownOpens(i, e, ascii)
	if own || m == allLetters {
		return m, own
	}
	m |= lowerLetters(e.Title) | lowerLetters(e.Summary)
	for _, ai := range ids {
		m |= actors[ai]
	}
	for _, si := range ds.eventStmts.of(i) {
		for _, qi := range ds.stmtQuotes[si] {
			m |= lowerLetters(ds.parts.Quotes[qi].Span.Text.String())
		}
	}
	return m, false
}

// lowerLetters is the letters of s in lower case, as appendLower has it:
// beyond ASCII, lower-casing may make one (the Kelvin sign is k).
func lowerLetters(s string) uint32 {
	m, high := foldLettersHigh(s)
	if high < 0x80 {
		return m
	}
	var buf [256]byte
	m = 0
	for _, c := range appendLower(buf[:0], s) {
		m |= lowerBit[c]
	}
	return m
}

// foldLetters is the ASCII letters of t, either case.
func foldLetters(t string) uint32 {
	m, _ := foldLettersHigh(t)
	return m
}

// foldLettersHigh is foldLetters, read four bytes a step, and every
// byte of t or'ed: below 0x80 when t is ASCII.
func foldLettersHigh(t string) (letters uint32, high byte) {
	var a, b, c, d uint32
	i := 0
	for ; i+4 <= len(t); i += 4 {
		a |= letterBit[t[i]]
		b |= letterBit[t[i+1]]
		c |= letterBit[t[i+2]]
		d |= letterBit[t[i+3]]
		high |= t[i] | t[i+1] | t[i+2] | t[i+3]
	}
	for ; i < len(t); i++ {
		a |= letterBit[t[i]]
		high |= t[i]
	}
	return a | b | c | d, high
}

// ownInText reports whether ownOpens(i): once the letters are made
// (deriveLetters), it is read, not worked out.
func (ds *Dataset) ownInText(i int, e *Event) bool {
	if ds.lettered.Load() {
		return ds.ownIn[i/64]&(1<<(i%64)) != 0
	}
	return ds.ownOpens(i, e, false)
}

// ownOpens reports whether every word event i's own text holds (as
// textHolds reads it) is in its first passage too: it has no actors and
// no statements, and its title and summary open that passage in a text
// whose lower case changes only its ASCII letters (inPlaceLen). ascii
// says the whole first passage is known to be ASCII, its case then not
// read again: the letters pass has just read every byte of it.
func (ds *Dataset) ownOpens(i int, e *Event, ascii bool) bool {
	if len(e.Actors) > 0 || len(ds.eventStmts.of(i)) > 0 {
		return false
	}
	if ascii {
		return openLen(e) > 0
	}
	return inPlaceLen(e) > 0
}
