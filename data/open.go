package data

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sync/atomic"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data/cache"
	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/bounded"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/heap"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Format is a kind of story file cyberdesk opens.
type Format uint8

// The formats [Open] reads.
const (
	// Detect tells the format from the path: a directory is a corpus, a
	// JSON document whose first member is "schema" an export, any other
	// JSON document or a CSV a TimelineJS document.
	Detect Format = iota
	Corpus
	Export
	TimelineJS
)

// expected says what a format's path should be, for messages.
var expected = [...]string{
	Detect:     "a corpus directory, a JSON export or a TimelineJS document",
	Corpus:     "a corpus directory of articles with a manifest.json",
	Export:     "a JSON export (cyberdesk export --format json), or give a corpus directory with --corpus",
	TimelineJS: "a TimelineJS document (JSON or spreadsheet CSV)",
}

// Options say how to open a story.
type Options struct {
	Format Format
	// WithSeeds merges the embedded corpus into a corpus directory:
	// outlets and actors are unified by id or name, and the corpus's
	// unannotated articles are read against the embedded actors,
	// statements and events.
	WithSeeds bool
	// TuneMemory readies the process for a large file or corpus: a soft
	// memory limit scaled to it and, on Linux, huge pages, then a
	// collection once it is loaded (see data/internal/heap); a corpus's
	// load is collected only at that limit. It changes
	// process-wide settings, so only a program about to show the file
	// should ask for it.
	TuneMemory bool
	// Limits are what a file may hold; the zero value means the defaults
	// (the Max constants).
	Limits Limits
	// Stdin is what the path "-" reads: an export or a TimelineJS
	// document piped in, read once.
	Stdin io.Reader
	// IndexLater returns an export's or a TimelineJS document's dataset
	// before its search and facet indexes are built, for a program that
	// shows it at once (see timeline.AdoptDeferred); they are built on a
	// goroutine of their own, and searches read every event until then.
	IndexLater bool
	// IndexAfter, with IndexLater, holds the index build until it is
	// closed: a program closes it once its first frame is drawn, so that
	// the build does not take the processors that frame needs. A method
	// that needs the indexes starts the build sooner.
	IndexAfter <-chan struct{}
	// Progress, when not nil, is told how reading a file goes: now and
	// then as it is read, on the goroutine reading it, and once more when
	// it is read. See [Progress].
	Progress func(Progress)
	// Cache, when not nil, is where the dataset of an export or
	// TimelineJS file (of cache.Dir.Least bytes or more) is looked for
	// before the file is read, and kept after: opened from there, an
	// unchanged file is not read at all ([Opened.Cached]). Keeping it is
	// left to the caller, when it has the time ([Opened.Save]).
	Cache *cache.Dir
}

// Opened is an opened story and what opening it found.
type Opened struct {
	Dataset *timeline.Dataset
	Format  Format // the format read
	// Problems did not stop the load: a corpus's articles left out
	// (Level Skip) and texts normalised (Level Note), in the order found.
	Problems []*Error
	// Extracted counts what was found in a corpus's articles no
	// annotation covers.
	Extracted extract.Report
	// Cached says the dataset came from the cache: the file was not read.
	Cached bool
	// Save, when not nil, keeps the dataset in the cache (Options.Cache)
	// for the next open of the file, unless ctx is done first. It writes
	// the whole dataset, so a program calls it once the dataset is shown,
	// or once its answer is given.
	Save func(ctx context.Context) error
}

// Open reads the story at path: a corpus directory, a JSON export or a
// TimelineJS document, as opt.Format says or as Detect finds. It owns
// what reading a large file needs: the size limits, sizing the load from
// the file, placing a problem at its line by reading the file again, and
// (with TuneMemory) the heap. Every problem is an [*Error] naming the
// file and, where it has one, the line and column.
func Open(path string, opt Options) (*Opened, error) {
	format := opt.Format
	if path == "-" {
		return openStdin(opt)
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: nothing there; expected %s", path, expected[format])
	case err != nil:
		return nil, fmt.Errorf("%s: %w", path, errors.Unwrap(err))
	}
	if st.IsDir() {
		if format != Detect && format != Corpus {
			return nil, fmt.Errorf("%s is a directory; expected %s", path, expected[format])
		}
		return openCorpus(path, opt)
	}
	if format == Corpus {
		return nil, fmt.Errorf("%s is a file; expected %s", path, expected[Corpus])
	}
	if err := bounded.CheckMode(st.Mode()); err != nil {
		// checked before opening: a FIFO with no writer would block
		return nil, fmt.Errorf("%s %w; to read from a pipe, give - as the file and pipe it to cyberdesk", path, err)
	}
	if opt.WithSeeds {
		return nil, errors.New("the embedded articles merge only into a corpus directory")
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var r io.Reader = f
	if format == Detect {
		head := make([]byte, 4096)
		n, _ := io.ReadFull(f, head)
		format = detect(head[:n])
		r = io.MultiReader(bytes.NewReader(head[:n]), f)
	}
	limits := opt.Limits.OrDefault()
	limit := limits.DatasetBytes
	if format == TimelineJS {
		limit = limits.TimelineJSBytes
	}
	size := st.Size()
	if size > limit {
		return nil, fmt.Errorf("%s: %d bytes is over the %d-byte limit", path, size, limit)
	}
	var key cache.Key
	keep := opt.Cache != nil && opt.Cache.Keeps(size)
	if keep {
		if key, err = cache.KeyOf(path); err != nil {
			keep = false
		} else if o := openCached(key, format, size, opt); o != nil {
			return o, nil
		}
	}
	r = io.LimitReader(r, limit+1)
	reread := func() ([]byte, error) { return readWhole(path, limit) }
	reopen := func() (io.ReadCloser, error) {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		return readCloser{io.LimitReader(f, limit+1), f}, nil
	}
	pr := newProgress(r, size, opt.Progress)
	r = pr
	var ds *timeline.Dataset
	var load *heap.Load // nil unless TuneMemory
	// over is closed once there is nothing left to collect before: the
	// load failed, or the dataset is indexed (a method that needed the
	// indexes built them before any frame was drawn)
	over := make(chan struct{})
	// shown is ds once read, for collectFirst's first step
	var shown atomic.Pointer[timeline.Dataset]
	indexAfter := opt.IndexAfter
	// after is what the index build waits for, once load is readied
	after := func() <-chan struct{} {
		if opt.IndexLater {
			indexAfter = collectFirst(load, opt.IndexAfter, over, func() {
				if ds := shown.Load(); ds != nil {
					ds.Letter()
				}
			})
		}
		return indexAfter
	}
	defer func() {
		shown.Store(ds)
		switch {
		case ds == nil:
			close(over)
		case indexAfter != opt.IndexAfter: // collectFirst waits
			go func() {
				<-ds.Indexed()
				close(over)
			}()
		}
		endLoad(load, ds)
	}()
	switch format {
	case Export:
		if opt.TuneMemory {
			// its events, text and indexes: a loaded export keeps a
			// little over its size live
			load = heap.Ready(size, 2)
			// Its reader decodes the events into one slice sized once
			// and reuses its buffers, making little garbage: the
			// collector, which would only mark the events again as they
			// fill, waits for the memory limit or the indexes, as a
			// TimelineJS document's does.
			load.HoldCollector()
		}
		ds, err = export.Read(path, r, export.Options{Size: size, Reread: reread, Reopen: reopen, Limits: limits,
			IndexLater: opt.IndexLater, IndexAfter: after(), Progress: pr.events})
	default:
		var expect func(int64)
		if opt.TuneMemory {
			// a CSV of long rows keeps under twice its size live; one of
			// short rows says how much more it needs once it knows
			load = heap.Ready(size, 1.9)
			expect = load.Expect
		}
		ds, err = timelinejs.Read(path, r, timelinejs.Options{Size: size, Reread: reread, Reopen: reopen, Limits: limits,
			IndexLater: opt.IndexLater, IndexAfter: after(), Progress: pr.events, Expect: expect})
	}
	pr.done(ds)
	if err != nil {
		return nil, err
	}
	o := &Opened{Dataset: ds, Format: format}
	if keep {
		o.Save = func(ctx context.Context) error { return opt.Cache.Save(ctx, key, ds, uint8(format)) }
	}
	return o, nil
}

// endLoad ends load (nil unless TuneMemory) once ds, the dataset it
// loaded (nil if none), is indexed: a dataset whose indexes are built
// after it is shown keeps the collector waiting until they are. Ending
// the load sooner turns the collector back on while the first frame is
// being made, and its first collection then marks every event the load
// kept, beside the first frame and the index build, and again once they
// have allocated their share; held until the indexes are built, one
// collection finds what both kept. (One more, between the first frame
// and the index build, frees what reading the file left: collectFirst.)
// The memory limit still bounds the heap meanwhile (see
// data/internal/heap).
func endLoad(load *heap.Load, ds *timeline.Dataset) {
	if ds == nil {
		endLoadAfter(load, nil)
		return
	}
	endLoadAfter(load, ds.Indexed())
}

// collectFirst is what the index build waits for: drawn (Options.IndexAfter)
// closed, then first called (unless nil), then the load's garbage
// collected (load.Collect). The file's reading leaves its windows and its
// parts' rows and text behind, and with the collector held until the
// indexes are built (endLoad), the indexes were built beside them:
// collected once the first frame is drawn and before the build, the
// build takes their place. first is the dataset's letters
// (timeline.Dataset.Letter), the first step of the index build: a first
// letter typed right after the first frame waits for them, and made
// beside the collection, which marks every event on a processor of the
// two and takes the other whenever it is idle, they took several times as
// long (the first letter's count took 108 ms from the first frame). It
// is drawn itself when there is no load (no TuneMemory) or nothing to
// wait for; once over is closed (the load failed, or the indexes were
// built without waiting) it stops waiting and collects nothing.
func collectFirst(load *heap.Load, drawn, over <-chan struct{}, first func()) <-chan struct{} {
	if load == nil || drawn == nil {
		return drawn
	}
	ready := make(chan struct{})
	go func() {
		select {
		case <-drawn:
		case <-over:
			return
		}
		select {
		case <-over: // closed with drawn: nothing to index, or already indexed
		default:
			if first != nil {
				first()
			}
			load.Collect()
			close(ready)
		}
	}()
	return ready
}

// endLoadAfter ends load once indexed is closed (at once if it is nil).
func endLoadAfter(load *heap.Load, indexed <-chan struct{}) {
	if load == nil {
		return
	}
	select {
	case <-indexed:
	default:
		if indexed != nil {
			go func() {
				<-indexed
				load.Done()
			}()
			return
		}
	}
	load.Done()
}

// openCached opens the dataset the cache keeps for the file of key k,
// read as format, or returns nil: not there, or refused (and removed; the
// file is read instead).
func openCached(k cache.Key, format Format, size int64, opt Options) *Opened {
	lo := cache.LoadOptions{IndexLater: opt.IndexLater, IndexAfter: opt.IndexAfter}
	var load *heap.Load
	if opt.TuneMemory {
		// readied once the entry says how much it holds, before that is
		// allocated; the collector waits for the indexes (endLoad), and
		// the limit leaves them room: a synth export's entry keeps 1.8
		// times what its events and sources take, once indexed, and a
		// collection at the limit would find it all live
		lo.Expect = func(n int64) {
			load = heap.Ready(n, 2.5)
			load.Expect(n)
			load.LittleGarbage() // what it reads, it keeps
		}
	}
	var ds *timeline.Dataset
	defer func() { endLoad(load, ds) }()
	start := time.Now()
	ds, kind, err := opt.Cache.Load(k, lo)
	if err != nil || format != Detect && Format(kind) != format || Format(kind) != Export && Format(kind) != TimelineJS {
		return nil
	}
	if opt.Progress != nil {
		opt.Progress(Progress{Read: size, Size: size, Events: len(ds.Events()), Elapsed: time.Since(start), Done: true})
	}
	return &Opened{Dataset: ds, Format: Format(kind), Cached: true}
}

// CorpusFS is the folder dir, to read a corpus from, confined to it:
// through os.Root, a link that leads out of the folder is refused, not
// followed, and so is a path with "..". Call done once the corpus is read.
// A folder that cannot be opened reads as one where every file is
// missing, so the corpus reader says which file it wanted.
func CorpusFS(dir string) (fsys fs.FS, done func()) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return emptyFS{}, func() {}
	}
	return root.FS(), func() { root.Close() }
}

// openCorpus opens a corpus directory, confined to it (CorpusFS).
func openCorpus(dir string, opt Options) (*Opened, error) {
	fsys, done := CorpusFS(dir)
	defer done()
	if opt.TuneMemory {
		// Reading articles nobody annotated makes some thirty times
		// their text in garbage and keeps a few times it: the collector
		// waits for a limit scaled to the text rather than running each
		// time the heap doubles (BENCHMARKS.md, issue 27's speed round).
		load := heap.Ready(folderBytes(fsys), 32)
		load.HoldCollector()
		defer load.Done()
	}
	copt := corpus.Options{WithSeeds: opt.WithSeeds, Limits: opt.Limits}
	var p *articlesRead
	if opt.Progress != nil {
		p = &articlesRead{report: opt.Progress, start: time.Now()}
		copt.Read = p.read
	}
	c, err := corpus.Open(fsys, dir, copt)
	if err != nil {
		return nil, err
	}
	if p != nil {
		p.report(p.now(true))
	}
	return &Opened{Dataset: c.Dataset, Format: Corpus, Problems: c.Problems, Extracted: c.Extracted}, nil
}

// folderBytes is the size of the regular files at the top of a corpus
// folder: its articles and its manifest.
func folderBytes(fsys fs.FS) int64 {
	entries, _ := fs.ReadDir(fsys, ".")
	var n int64
	for _, e := range entries {
		if info, err := e.Info(); err == nil && info.Mode().IsRegular() {
			n += info.Size()
		}
	}
	return n
}

// emptyFS is a folder that cannot be opened: every file in it does not
// exist, so the corpus reader says which one it wanted.
type emptyFS struct{}

func (emptyFS) Open(name string) (fs.File, error) {
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}

// openStdin reads a document from opt.Stdin, once, into a buffer no
// bigger than its format's limit, and places any problem from that
// buffer: a pipe cannot be read again.
func openStdin(opt Options) (*Opened, error) {
	const name = "stdin"
	if opt.Stdin == nil {
		return nil, errors.New("- names standard input, and there is none here")
	}
	if opt.Format == Corpus || opt.WithSeeds {
		return nil, errors.New("a corpus is a folder; standard input can only be an export or a TimelineJS document")
	}
	limits := opt.Limits.OrDefault()
	src, err := bounded.ReadAll(opt.Stdin, max(limits.DatasetBytes, limits.TimelineJSBytes), 0, "the most a document may have (data.MaxDatasetBytes)")
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	format := opt.Format
	if format == Detect {
		format = detect(src)
	}
	var ds *timeline.Dataset
	if format == Export {
		ds, err = export.Load(name, src, export.Options{Limits: limits})
	} else {
		ds, err = timelinejs.Load(name, src, timelinejs.Options{Limits: limits})
	}
	if err != nil {
		return nil, err
	}
	return &Opened{Dataset: ds, Format: format}, nil
}

// detect tells an export from a TimelineJS document by how it begins.
func detect(head []byte) Format {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, []byte(schema.BOM)), " \t\r\n")
	if len(head) == 0 || head[0] != '{' {
		return TimelineJS // a CSV, or nothing, which its reader reports
	}
	rest := bytes.TrimLeft(head[1:], " \t\r\n")
	if bytes.HasPrefix(rest, []byte(`"schema"`)) {
		return Export
	}
	return TimelineJS
}

// readWhole reads the file again, to place a problem, refusing one that
// has grown past the limit since; the buffer is sized from the file once.
func readWhole(path string, limit int64) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var size int64
	if st, err := f.Stat(); err == nil {
		size = st.Size()
	}
	return bounded.ReadAll(f, limit, size, "the file's limit")
}

// Seeds loads the embedded story: the five curated articles and their
// annotations.
func Seeds() (*timeline.Dataset, error) { return corpus.Seeds() }
