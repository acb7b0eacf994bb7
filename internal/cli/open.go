package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/data/cache"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// opened is the story a command works on, and what opening it found.
type opened struct {
	ds *timeline.Dataset
	// problems are what opening a corpus left out or normalised.
	problems []*data.Error
	// save keeps a file's dataset in the cache; nil when there is nothing
	// to keep.
	save func(context.Context) error
}

// keep keeps a file's dataset in the cache, for the next command or
// explorer to open it at once; a cache that cannot be written is no
// reason to fail, so its error is dropped.
func (o *opened) keep(ctx context.Context) {
	if o == nil || o.save == nil {
		return
	}
	if ctx == nil {
		ctx = context.Background()
	}
	o.save(ctx)
}

// openFiltered opens the story and resolves the filter flags against it.
func (s *source) openFiltered(f *filters, warn io.Writer, in io.Reader, tune bool) (*opened, timeline.Filter, error) {
	o, err := s.open(warn, in, tune)
	if err != nil {
		return nil, timeline.Filter{}, err
	}
	flt, err := f.resolve(o.ds)
	return o, flt, err
}

// open opens the story the source flags name: a corpus, an export, a
// TimelineJS file ("-" reads it from in), or the embedded seeds. A corpus reports on warn every
// article it left out and every text it normalised; the rest loads. A
// file's loading shows its progress on warn, when warn is a terminal (or
// goes to s.progress). tune readies the heap for a file about to be
// shown.
func (s *source) open(warn io.Writer, in io.Reader, tune bool) (*opened, error) {
	given := 0
	for _, v := range []string{s.dataset, s.timelinejs, s.corpus} {
		if v != "" {
			given++
		}
	}
	switch {
	case given > 1:
		return nil, usageError{"give one of --corpus, --dataset and --timelinejs"}
	case s.withSeeds && s.corpus == "":
		return nil, usageError{"--with-seeds merges the embedded articles into a --corpus DIR; give the directory"}
	case s.corpus != "":
		o, err := data.Open(s.corpus, data.Options{Format: data.Corpus, WithSeeds: s.withSeeds, Progress: s.progress, TuneMemory: tune})
		if err != nil && noManifest(s.corpus) {
			return nil, notACorpus(s.corpus)
		}
		if err != nil {
			return nil, err
		}
		for _, p := range o.Problems {
			fmt.Fprintln(warn, "cyberdesk:", line(p.Error()))
		}
		return &opened{ds: o.Dataset, problems: o.Problems}, nil
	case s.dataset != "":
		return s.openFile(warn, in, s.dataset, data.Export, tune)
	case s.timelinejs != "":
		return s.openFile(warn, in, s.timelinejs, data.TimelineJS, tune)
	}
	ds, err := data.Seeds()
	if err != nil {
		return nil, err
	}
	return &opened{ds: ds}, nil
}

// openFile opens an export or a TimelineJS file; "-" reads it from in.
// Its indexes are built after it is returned: a command then searches by
// reading every event once, and the explorer draws its first frame
// sooner. Its progress goes to s.progress, else on warn when that is a
// terminal; the cache is read and kept unless --no-cache.
func (s *source) openFile(warn io.Writer, in io.Reader, path string, format data.Format, tune bool) (*opened, error) {
	report, done := s.progress, func() {}
	if report == nil {
		report, done = loadProgress(warn, path)
	}
	defer done()
	o, err := data.Open(path, data.Options{Format: format, TuneMemory: tune, Stdin: in, IndexLater: true,
		IndexAfter: s.indexAfter, Cache: s.cache(), Progress: report})
	if err != nil && format == data.TimelineJS && path != "-" && isExport(path) {
		return nil, fmt.Errorf("%s is a cyberdesk export, not a TimelineJS file: open it with --dataset %s", path, path)
	}
	if err != nil {
		return nil, err
	}
	return &opened{ds: o.Dataset, save: o.Save}, nil
}

// cache is where files' datasets are kept (os.UserCacheDir()/cyberdesk),
// or nil with --no-cache or where the system has no such folder.
func (s *source) cache() *cache.Dir {
	if s.noCache {
		return nil
	}
	dir, err := os.UserCacheDir()
	if err != nil {
		return nil
	}
	return &cache.Dir{Path: filepath.Join(dir, "cyberdesk"), Least: cacheLeast}
}

// cacheLeast is the size from which a file's dataset is worth keeping:
// smaller files load about as fast as their entries.
const cacheLeast = 4 << 20

// skipped sums up, in a line for the explorer's footer, what opening a
// corpus left out.
func (o *opened) skipped(corpus string) string {
	n, seen := 0, map[string]bool{}
	for _, p := range o.problems {
		if p.Level != data.Skip {
			continue
		}
		if p.Kind == "article" && p.ID != "" {
			// an article may have two problems: it counts once
			if seen[p.ID] {
				continue
			}
			seen[p.ID] = true
		}
		n++
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d article(s) of %s left out; run: cyberdesk corpus check %s", n, corpus, corpus)
}

// leftOut is the error a command ends with, once it has written what it
// was asked for, when opening a corpus left articles out: the problems
// were listed on stderr as it opened, and a script learns from the exit
// status (1) that what it got is not the whole corpus, as grep's does
// when a file cannot be read.
func (o *opened) leftOut(corpus string) error {
	if s := o.skipped(corpus); s != "" {
		return errors.New(s)
	}
	return nil
}

// title names what the explorer shows: the embedded story, or the file
// or folder opened.
func (s *source) title(ds *timeline.Dataset) string {
	switch {
	case s.timelinejs != "" && len(ds.Outlets()) > 0:
		return ds.Outlets()[0].Name
	case s.dataset != "":
		return filepath.Base(s.dataset)
	case s.timelinejs != "":
		return filepath.Base(s.timelinejs)
	case s.corpus != "" && s.withSeeds:
		return filepath.Base(filepath.Clean(s.corpus)) + " + the embedded articles"
	case s.corpus != "":
		return filepath.Base(filepath.Clean(s.corpus))
	}
	return "Iran–Albania cyber crisis"
}

// isExport says whether the file at path reads as a cyberdesk export: a
// JSON object whose first member is "schema", as every export writes it.
// Only its first bytes are read.
func isExport(path string) bool {
	f, err := os.Open(path)
	if err != nil {
		return false
	}
	defer f.Close()
	dec := json.NewDecoder(io.LimitReader(f, 4096))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return false
	}
	t, err := dec.Token()
	return err == nil && t == "schema"
}
