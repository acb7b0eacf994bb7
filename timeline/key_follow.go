package timeline

import (
	"context"
	"math/bits"
	"runtime"
)

// Followers: for the first letter typed into a search of the passages,
// which ASCII letters follow it in each event's searchable text, a bit a
// letter, as the letters (letters.go) hold which occur. A first letter
// is answered from the letters; the second makes a word of two letters
// ("ph" after "p") whose candidates are nearly every event, and sifting
// them reads each one's text (BenchmarkSearchIndexed/ph-within-p). So
// once a first letter is answered, its followers are made on a goroutine
// of their own while the next key is awaited (BenchmarkFollowShort), and
// the word of two letters is answered from them, 4 bytes an event, no
// text read. A word's letters of one or two then say exactly
// where it occurs, as a letter's bit does for a letter.
//
// They are made once indexed, from the texts a search reads there
// (holdsEachIndexed): each event's text searched in place (ASCII letters
// in either case) or its copy (in lower case), then its passages, unless
// they lie inside the text searched in place. A first letter typed
// replaces the followers of the one before, stopping their making.

// follow is the followers of one letter.
type follow struct {
	c    byte     // the letter, in lower case
	of   []uint32 // of[i] is the letters following c in event i, once done is closed
	done chan struct{}
	ok   bool // set before done is closed: made to the end, not replaced
}

// startFollow makes the followers of the letter c on a goroutine of its
// own, unless they are made or being made: ApplyInto calls it once it
// has answered a search of c alone from the letters, once indexed.
func (ds *Dataset) startFollow(c byte) {
	if old := ds.follow.Load(); old != nil && old.c == c {
		return
	}
	f := &follow{c: c, done: make(chan struct{})}
	ds.follow.Store(f)
	go ds.makeFollow(f)
}

// makeFollow makes f's followers, stopping when another letter's
// replace them. It lets other goroutines run every checkEvery events:
// a key typed meanwhile, and its frame, come first.
func (ds *Dataset) makeFollow(f *follow) {
	defer close(f.done)
	n := len(ds.parts.Events)
	of := make([]uint32, n)
	for i := range n {
		if i%checkEvery == 0 {
			runtime.Gosched()
			if ds.follow.Load() != f {
				return // replaced
			}
		}
		of[i] = ds.followersOf(i, f.c)
	}
	f.of, f.ok = of, true
}

// followersOf is the ASCII letters that follow c in event i's text as
// holdsEachIndexed reads it, once indexed.
func (ds *Dataset) followersOf(i int, c byte) uint32 {
	s := &ds.search
	var m uint32
	switch {
	case s.inAt != nil && s.inAt[i] != 0:
		m = followFold(s.inAt[i].text(s.in), c)
		if s.passagesInText(i) {
			return m
		}
	case s.off != nil: // in lower case: folding changes none of its bytes
		m = followFold(s.buf[s.off[i]:s.off[i+1]-1], c) // the bytes, not a string copied of them
	}
	for _, src := range ds.parts.Events[i].Sources {
		m |= followFold(src.Text.Verbatim(), c)
	}
	return m
}

// followFold is the ASCII letters that follow c (a lower case letter)
// in t, in either case: where a byte is c, or c in upper case, the
// letter bit of the next. Eight bytes are compared with c at once
// (zeros, key_pair.go).
func followFold[T string | []byte](t T, c byte) uint32 {
	var m uint32
	cc := uint64(c) * ones
	j := 0
	for ; j+9 <= len(t); j += 8 {
		for z := zeros((load8of(t, j) | 0x20*ones) ^ cc); z != 0; z &= z - 1 {
			m |= letterBit[t[j+1+bits.TrailingZeros64(z)/8]]
		}
	}
	for ; j+1 < len(t); j++ {
		if t[j]|0x20 == c {
			m |= letterBit[t[j+1]]
		}
	}
	return m
}

// followed reports whether ApplyInto answers f, indexed, from the
// followers: a search of the passages, nothing else asked but facets
// (read from the posting lists), its words of one letter or of two
// letters, these opening with the same letter, whose followers it
// returns, waiting for them if they are being made and wait is true
// (else only once made). need is the letters
// every word asks for, next those following that letter.
func (ds *Dataset) followed(ctx context.Context, f *Filter, words []word, wait bool) (fl *follow, need, next uint32) {
	if !f.Passages || !f.Since.IsZero() || !f.Until.IsZero() || f.Scope != ScopeAll || f.MinOutlets > 1 {
		return nil, 0, 0
	}
	fl = ds.follow.Load()
	if fl == nil {
		return nil, 0, 0
	}
	for k := range words {
		w := &words[k]
		need |= w.letters
		switch {
		case w.one:
		case len(w.text) == 2 && w.text[0] == fl.c && letterBit[w.text[1]] != 0 && w.text[1] >= 'a':
			next |= letterBit[w.text[1]]
		default:
			return nil, 0, 0
		}
	}
	if next == 0 {
		return nil, 0, 0
	}
	if wait {
		select {
		case <-fl.done:
		case <-ctx.Done():
			return nil, 0, 0 // the caller finds ctx done
		}
	} else {
		select {
		case <-fl.done:
		default:
			return nil, 0, 0 // being made
		}
	}
	if !fl.ok {
		return nil, 0, 0
	}
	return fl, need, next
}

// FromFollowers reports whether [Dataset.ApplyWithin] answers f from the
// followers of the letter typed first, made by now (key_follow.go):
// 4 bytes an event, no text read, so no first screenful need be found
// before the count.
func (ds *Dataset) FromFollowers(f Filter) bool {
	if !ds.ready.Load() {
		return false
	}
	fl, _, _ := ds.followed(context.Background(), &f, newWords(searchTerms(f.Search)), false)
	return fl != nil
}

// withFollowers is the events of cand (every event when all) whose
// letters hold need and whose letters following fl's hold next, into
// dst as inParts puts it.
func (ds *Dataset) withFollowers(ctx context.Context, fl *follow, need, next uint32, cand []int, all bool, dst []int) ([]int, error) {
	letters := ds.search.letters
	holds := func(i int) bool { return letters[i]&need == need && fl.of[i]&next == next }
	if all {
		return ds.inParts(len(letters), dst, func(out []int, from, to int) ([]int, error) {
			return siftRange(ctx, out, from, to, holds)
		})
	}
	return ds.inParts(len(cand), dst, func(out []int, from, to int) ([]int, error) {
		return sift(ctx, out, cand[from:to], holds)
	})
}
