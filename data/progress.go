package data

import (
	"io"
	"sync/atomic"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Progress is how far reading a file has come, as [Options.Progress] is
// told it.
type Progress struct {
	Read, Size int64 // bytes of the file read so far, of its size
	Events     int   // events made so far; 0 where the format does not say
	// Articles of Of are read, for a corpus, whose Read and Size are 0.
	Articles, Of int
	Elapsed      time.Duration
	// Left is how long the rest should take, at the rate the file has
	// been read so far; 0 until there is a rate to go by.
	Left time.Duration
	// Done says the file is read and the dataset made: the last report.
	Done bool
}

// Fraction is how much of the file is read, from 0 to 1.
func (p Progress) Fraction() float64 {
	if p.Done {
		return 1
	}
	if p.Of > 0 {
		return min(float64(p.Articles)/float64(p.Of), 1)
	}
	if p.Size <= 0 {
		return 0
	}
	return min(float64(p.Read)/float64(p.Size), 1)
}

// progressEvery is how often, at most, a reading reports.
const progressEvery = 50 * time.Millisecond

// progress counts the bytes read through it and tells report about them
// and about the events made, now and then.
type progress struct {
	r      io.Reader
	size   int64
	report func(Progress)
	start  time.Time
	read   atomic.Int64
	made   atomic.Int64
	last   atomic.Int64 // when it last reported, in nanoseconds from start
}

func newProgress(r io.Reader, size int64, report func(Progress)) *progress {
	return &progress{r: r, size: size, report: report, start: time.Now()}
}

func (p *progress) Read(b []byte) (int, error) {
	n, err := p.r.Read(b)
	p.read.Add(int64(n))
	p.maybe()
	return n, err
}

// events is told how many events the reader has made.
func (p *progress) events(n int) {
	p.made.Store(int64(n))
	p.maybe()
}

// maybe reports, unless it did less than progressEvery ago.
func (p *progress) maybe() {
	if p.report == nil {
		return
	}
	now := time.Since(p.start)
	if last := p.last.Load(); now-time.Duration(last) < progressEvery || !p.last.CompareAndSwap(last, int64(now)) {
		return
	}
	p.report(p.now(now, false))
}

// done reports the end of the reading: ds made, or nil.
func (p *progress) done(ds *timeline.Dataset) {
	if p.report == nil {
		return
	}
	r := p.now(time.Since(p.start), true)
	if ds != nil {
		r.Events = len(ds.Events())
	}
	p.report(r)
}

func (p *progress) now(elapsed time.Duration, done bool) Progress {
	r := Progress{Read: p.read.Load(), Size: p.size, Events: int(p.made.Load()), Elapsed: elapsed, Done: done}
	if r.Read > 0 && r.Read < r.Size && !done {
		r.Left = time.Duration(float64(elapsed) * float64(r.Size-r.Read) / float64(r.Read))
	}
	return r
}

// readCloser is a reader and the file it reads.
type readCloser struct {
	io.Reader
	io.Closer
}

// articlesRead reports, now and then, how many of a corpus's articles
// are read.
type articlesRead struct {
	report func(Progress)
	start  time.Time
	last   time.Duration // when it last reported, from start
	n, of  int
}

// read is told that n of the articles are read.
func (a *articlesRead) read(n, of int) {
	a.n, a.of = n, of
	if now := time.Since(a.start); now-a.last >= progressEvery || n == of {
		a.last = now
		a.report(a.now(false))
	}
}

func (a *articlesRead) now(done bool) Progress {
	elapsed := time.Since(a.start)
	p := Progress{Articles: a.n, Of: a.of, Elapsed: elapsed, Done: done}
	if a.n > 0 && a.n < a.of && !done {
		p.Left = time.Duration(float64(elapsed) * float64(a.of-a.n) / float64(a.n))
	}
	return p
}
