package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
)

const corpusUsage = `Usage:
  cyberdesk corpus init DIR     draft DIR/manifest.json for the .txt files in DIR
  cyberdesk corpus check DIR    report every problem in the corpus in DIR
  cyberdesk corpus fill DIR     fill span offsets in DIR/annotations.json

A corpus is a directory of articles, one UTF-8 text file each, with a
manifest.json describing them (outlet, title, byline, publication date)
and, optionally, an annotations.json of curated actors, quotes, statements
and events, in the format of the embedded corpus (seeds/). Open one with
cyberdesk --corpus DIR, and merge the embedded articles in with
--with-seeds. Where no annotation cites an article, cyberdesk finds its
quotations, speakers, statements and dated events itself and marks them ≈
(found automatically).

init never overwrites a manifest. It fills in what the text shows (title,
byline, a date near the top) and leaves the rest, the outlet above all,
for you: check then lists what is still missing, file:line:col each.
check exits 1 when anything would be left out or cannot load.

fill completes hand-written annotations: every span written as text only
({"article": "toi", "text": "…"}, with "nth": 2 when the text occurs more
than once) gets its byte offsets, and every actor without "mentions" gets
the places its aliases occur. It rewrites annotations.json in canonical
form and never touches the articles.

Examples:
  cyberdesk corpus init ~/news/albania
  cyberdesk corpus check ~/news/albania
  cyberdesk --corpus ~/news/albania --with-seeds
  cyberdesk corpus fill seeds
`

func cmdCorpus(args []string, stdout io.Writer, stderr io.Writer) error {
	if len(args) == 1 && (args[0] == "-h" || args[0] == "--help" || args[0] == "-help") {
		fmt.Fprint(stderr, corpusUsage)
		return flag.ErrHelp
	}
	if len(args) != 2 {
		return usageError{"usage: cyberdesk corpus init|check|fill DIR (see cyberdesk corpus --help)"}
	}
	dir := args[1]
	switch args[0] {
	case "init":
		return corpusInit(dir, stdout)
	case "check":
		return corpusCheck(dir, stdout)
	case "fill":
		return corpusFill(dir, stdout)
	}
	return usageError{fmt.Sprintf("unknown corpus command %q: want init, check or fill", args[0])}
}

func corpusInit(dir string, stdout io.Writer) error {
	out, err := corpus.Init(os.DirFS(dir))
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	path := filepath.Join(dir, corpus.ManifestFile)
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, fs.ErrExist) {
		return fmt.Errorf("%s exists; corpus init never overwrites a manifest (move it aside first, or run cyberdesk corpus check %s)", path, dir)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(out); err != nil {
		f.Close()
		os.Remove(path)
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\nnext: fill in each article's outlet (and anything marked TODO), then run cyberdesk corpus check %s\n", path, dir)
	return nil
}

// errProblems makes check exit 1 after it has printed every problem.
var errProblems = errors.New("the corpus has problems (listed above)")

func corpusCheck(dir string, stdout io.Writer) error {
	c, err := data.Open(dir, data.Options{Format: data.Corpus})
	if err != nil {
		fmt.Fprintln(stdout, err)
		return errProblems
	}
	bad := 0
	for _, p := range c.Problems {
		fmt.Fprintln(stdout, line(p.Error()))
		if p.Level != data.Note {
			bad++
		}
	}
	ds, x := c.Dataset, c.Extracted
	fmt.Fprintf(stdout, "%s: %d articles from %d outlets load; %d events, %d quotes, %d actors.\n",
		dir, len(ds.Articles()), len(ds.Outlets()), len(ds.Events()), len(ds.Quotes()), len(ds.Actors()))
	if x.Articles > 0 {
		fmt.Fprintf(stdout, "Found automatically in the %d unannotated articles: %d quotes (%d joining a statement), %d new statements, %d new actors, %d candidate events, %d sources of existing events.\n",
			x.Articles, x.Quotes, x.Joined, x.Statements, x.Actors, x.Events, x.Sources)
	}
	if bad > 0 {
		return errProblems
	}
	return nil
}

// corpusFill writes the filled annotations beside the old ones and
// renames them into place, so a failure never leaves half a file.
func corpusFill(dir string, stdout io.Writer) error {
	out, err := corpus.Fill(os.DirFS(dir), dir)
	if err != nil {
		return err
	}
	path := filepath.Join(dir, corpus.AnnotationsFile)
	tmp, err := os.CreateTemp(dir, ".annotations-*.json")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(out); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "wrote", path)
	return nil
}
