package timeline

import (
	"runtime"
	"sync"
)

// Letters: which ASCII letters each event's searchable text holds, its
// own and its sources' passages together, a bit a letter. A word with a
// letter the event lacks occurs nowhere in it, so a search that reads the
// passages skips the event without reading them; and a word of one letter
// occurs exactly where its bit is set, so a first letter typed, which
// most events hold, is answered without reading any text.

// letterBit is the bit of an ASCII letter, either case; 0 for any other
// byte. lowerBit is the same for lower case letters only: the copies are
// searched for a word's bytes as they are, in lower case.
var letterBit, lowerBit = func() (fold, lower [256]uint32) {
	for c := 'a'; c <= 'z'; c++ {
		fold[c], fold[c-'a'+'A'], lower[c] = 1<<(c-'a'), 1<<(c-'a'), 1<<(c-'a')
	}
	return fold, lower
}()

// wordLetters is the letters of a word (in lower case) and whether it is
// one letter and nothing else.
func wordLetters(s string) (letters uint32, one bool) {
	for i := range len(s) {
		letters |= letterBit[s[i]]
	}
	return letters, len(s) == 1 && letters != 0
}

// deriveLetters sets s.letters, once the copies and the texts searched in
// place are made, its events split between processors.
func (ds *Dataset) deriveLetters() {
	n := len(ds.parts.Events)
	s := &ds.search
	letters := make([]uint32, n)
	parts := 1
	if n >= ds.splitFrom {
		parts = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for p := range parts {
		wg.Go(func() {
			for i := p * n / parts; i < (p+1)*n/parts; i++ {
				ds.step(i)
				letters[i] = ds.lettersOf(i)
			}
		})
	}
	wg.Wait()
	s.letters = letters
}

// lettersOf is event i's letters: those of its own text as holdsAll reads
// it and of its sources' passages.
func (ds *Dataset) lettersOf(i int) uint32 {
	s := &ds.search
	var m uint32
	if s.inAt != nil && s.inAt[i] != 0 {
		m = foldLetters(s.inAt[i].text(s.in))
	} else if s.off != nil {
		for _, c := range s.buf[s.off[i]:s.off[i+1]] {
			m |= lowerBit[c]
		}
	}
	for _, src := range ds.parts.Events[i].Sources {
		if m == 1<<26-1 {
			break // every letter: nothing more to learn
		}
		m |= foldLetters(src.Text.Verbatim())
	}
	return m
}

func foldLetters(t string) uint32 {
	var m uint32
	for i := range len(t) {
		m |= letterBit[t[i]]
	}
	return m
}
