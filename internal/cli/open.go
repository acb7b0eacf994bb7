package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/charmbracelet/x/term"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// opened is the story a command works on, and what opening it found.
type opened struct {
	ds *timeline.Dataset
	// problems are what opening a corpus left out or normalised.
	problems []*data.Error
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
// large file is announced on warn while it loads, when warn is a
// terminal. tune readies the heap for a file about to be shown.
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
		o, err := data.Open(s.corpus, data.Options{Format: data.Corpus, WithSeeds: s.withSeeds})
		if err != nil {
			return nil, err
		}
		for _, p := range o.Problems {
			fmt.Fprintln(warn, "cyberdesk:", line(p.Error()))
		}
		return &opened{ds: o.Dataset, problems: o.Problems}, nil
	case s.dataset != "":
		return openFile(warn, in, s.dataset, data.Export, tune)
	case s.timelinejs != "":
		return openFile(warn, in, s.timelinejs, data.TimelineJS, tune)
	}
	ds, err := data.Seeds()
	if err != nil {
		return nil, err
	}
	return &opened{ds: ds}, nil
}

// openFile opens an export or a TimelineJS file; "-" reads it from in.
func openFile(warn io.Writer, in io.Reader, path string, format data.Format, tune bool) (*opened, error) {
	defer announce(warn, path, loadingNoticeBytes)()
	o, err := data.Open(path, data.Options{Format: format, TuneMemory: tune, Stdin: in})
	if err != nil {
		return nil, err
	}
	return &opened{ds: o.Dataset}, nil
}

// loadingNoticeBytes is the file size from which loading says it has
// started: about a second's work.
const loadingNoticeBytes = 64 << 20

// announce says on a terminal that a file of from bytes or more is being
// read, and returns the func that erases the line again once it is.
func announce(w io.Writer, path string, from int64) (done func()) {
	f, ok := w.(*os.File)
	st, err := os.Stat(path)
	if !ok || err != nil || st.Size() < from || !term.IsTerminal(f.Fd()) {
		return func() {}
	}
	fmt.Fprintf(f, "cyberdesk: loading %s (%d MB)…", line(path), st.Size()>>20)
	return func() { fmt.Fprint(f, "\r\x1b[K") }
}

// skipped sums up, in a line for the explorer's footer, what opening a
// corpus left out.
func (o *opened) skipped(corpus string) string {
	n := 0
	for _, p := range o.problems {
		if p.Level == data.Skip {
			n++
		}
	}
	if n == 0 {
		return ""
	}
	return fmt.Sprintf("%d article(s) of %s left out; run: cyberdesk corpus check %s", n, corpus, corpus)
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
