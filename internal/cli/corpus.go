package cli

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/internal/atomicfile"
	"github.com/cyberdesk-dev/cyberdesk/internal/present"
)

func corpusCommand() *cobra.Command {
	c := &cobra.Command{
		Use:   "corpus",
		Short: "Make a folder of your own articles into a corpus, and keep it up",
		Long: `A corpus is a directory of articles, each a UTF-8 text file or a saved
web page (.html, .htm) with its text beside it, with a manifest.json
describing them (outlet, title, byline, publication date, URL) and,
optionally, an annotations.json of curated actors, quotes, statements
and events, in the format of the embedded corpus (seeds/). Open one with
cyberdesk --corpus DIR, and merge the embedded articles in with
--with-seeds. Where no annotation cites an article, cyberdesk finds its
quotations, speakers, statements and dated events itself and marks them ≈
(found automatically).`,
		Example: `cyberdesk corpus init ~/news/albania
cyberdesk corpus check ~/news/albania
cyberdesk corpus add ~/news/albania ~/Downloads/trams.html
cyberdesk corpus refresh ~/news/albania
cyberdesk --corpus ~/news/albania --with-seeds`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown corpus command %q; the corpus commands are init, add, refresh, check and fill", args[0])
			}
			return usageError{"cyberdesk corpus needs a command: init, add, refresh, check or fill (see cyberdesk corpus --help)"}
		},
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	c.AddCommand(corpusInitCommand(), corpusAddCommand(), corpusRefreshCommand(), corpusCheckCommand(), corpusFillCommand())
	return c
}

func corpusInitCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "init DIR",
		Short: "Draft DIR/manifest.json for the articles in DIR",
		Long: `Draft DIR/manifest.json for the articles in DIR: its .txt files and its
saved web pages (.html, .htm). A page's article text is written beside it
(trams.txt for trams.html) and the page is kept, with its checksum. Each
article's outlet, title, byline, publication date and URL are drafted
from what its page's markup states (og:site_name, JSON-LD, meta tags,
<link rel="canonical">, <h1>, <time>), each marked stated with the tag it
comes from and the same words in the text where they are there; or from
what the text shows near its top (the first line as the title, a line
"By ..." as the byline, a date on a line of its own, else a date in the
file's name, else the first full date), marked inferred with the reason. A page that is not an article is
left out, saying why. What neither shows is left for you, and corpus
check lists it. It never overwrites a manifest: corpus add and corpus
refresh keep one up.`,
		Example: `cyberdesk corpus init ~/news/albania`,
		Args:    oneArg("DIR"),
		RunE: func(c *cobra.Command, args []string) error {
			return corpusInit(args[0], c.OutOrStdout())
		},
	}
}

func corpusAddCommand() *cobra.Command {
	var refresh bool
	c := &cobra.Command{
		Use:   "add DIR FILE...",
		Short: "Add articles (.txt, .html, .htm) to the corpus in DIR",
		Long: `Add articles to the corpus in DIR: each FILE, a UTF-8 text file or a saved
web page, is copied into DIR (unless it is there already), a page's text
is written beside it, and an entry drafted as corpus init drafts one is
added to the manifest, with the outlet it names if the manifest has no
such outlet (matched by name, case and a leading "The" aside). Nothing
else in the manifest changes, and no other file is written. A file the
manifest has already is refused; with --refresh its new version is taken
in, as corpus refresh does. It exits 1 if any FILE could not be added,
having added the rest.`,
		Example: `cyberdesk corpus add ~/news/albania ~/Downloads/trams.html
cyberdesk corpus add --refresh ~/news/albania ~/Downloads/trams.html`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) < 2 {
				return usagef("usage: %s DIR FILE... (see %s --help)", c.CommandPath(), c.CommandPath())
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			return corpusAdd(args[0], args[1:], refresh, c.OutOrStdout())
		},
	}
	c.Flags().BoolVar(&refresh, "refresh", false, "take in the new version of a file the manifest has already")
	return c
}

func corpusRefreshCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "refresh DIR [FILE|ID...]",
		Short: "Take in the articles in DIR that changed, keeping your edits",
		Long: `Take in the articles of the corpus in DIR that changed since the manifest
described them (or only those named, by file or id): a page saved again
is read again and its text rewritten; a text edited by hand is taken as
it is. The manifest records their new checksums and keeps every field as
you left it (a field still empty is drafted). Every span citing a
changed article, in the manifest and in annotations.json, stays where
its words still stand, moves where they now occur once, and is otherwise
listed with its place and what to do: its offsets are cleared, so that
once you correct its text (or say which occurrence with "nth"), corpus
fill places it. No other byte of either file, and no other file,
changes; each file is replaced whole, so a refresh stopped part way
leaves the corpus as it was. It exits 1 if anything is listed.`,
		Example: `cyberdesk corpus refresh ~/news/albania`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) < 1 {
				return usagef("usage: %s DIR [FILE|ID...] (see %s --help)", c.CommandPath(), c.CommandPath())
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			return corpusRefresh(args[0], args[1:], c.OutOrStdout())
		},
	}
}

func corpusCheckCommand() *cobra.Command {
	var withSeeds bool
	c := &cobra.Command{
		Use:   "check DIR",
		Short: "Report every problem in the corpus in DIR",
		Long: `Report first how many articles of the corpus in DIR load and how many are
left out, then every problem, file:line:col each, and every saved page
that changed since its text was read from it (corpus refresh takes it
in), then what cyberdesk found itself in the articles nobody annotated. It exits 1 when anything would
be left out or cannot load. With --with-seeds it checks the corpus
merged with the embedded one, as cyberdesk --corpus DIR --with-seeds
opens it.`,
		Example: `cyberdesk corpus check ~/news/albania
cyberdesk corpus check ~/news/albania --with-seeds`,
		Args: oneArg("DIR"),
		RunE: func(c *cobra.Command, args []string) error {
			return corpusCheck(args[0], withSeeds, c.OutOrStdout())
		},
	}
	c.Flags().BoolVar(&withSeeds, "with-seeds", false, "check the corpus merged with the embedded articles")
	return c
}

func corpusFillCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "fill DIR",
		Short: "Fill in span offsets and mentions in DIR/annotations.json",
		Long: `Complete hand-written annotations: every span written as text only
({"article": "toi", "text": "..."}, with "nth": 2 when the text occurs more
than once) gets its byte offsets, and every actor without "mentions" gets
the places its aliases occur. It rewrites annotations.json in canonical
form, through a new file renamed into place, and never touches the
articles.`,
		Example: `cyberdesk corpus fill ~/news/albania`,
		Args:    oneArg("DIR"),
		RunE: func(c *cobra.Command, args []string) error {
			return corpusFill(args[0], c.OutOrStdout())
		},
	}
}

func corpusInit(dir string, stdout io.Writer) error {
	fsys, done := data.CorpusFS(dir)
	c, err := corpus.Init(fsys, dir)
	done()
	path := filepath.Join(dir, corpus.ManifestFile)
	if errors.Is(err, corpus.ErrManifestExists) {
		return fmt.Errorf("%s exists; corpus init never overwrites a manifest: to add articles, run cyberdesk corpus add %s FILE...; to take in changed ones, or draft an outlet or date still empty from files named <outlet>_<yyyy-mm-dd>_<title>, cyberdesk corpus refresh %s", path, dir, dir)
	}
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	if err := writeChange(dir, c, true, stdout); err != nil {
		return err
	}
	err = reportProblems(c, stdout)
	if c.Incomplete > 0 {
		fmt.Fprintf(stdout, "next: fill in what is marked TODO in %s (%d articles lack an outlet, a title or a date), then run cyberdesk corpus check %s\n", line(path), c.Incomplete, line(dir))
	} else {
		fmt.Fprintf(stdout, "next: check the drafted fields, then run cyberdesk corpus check %s\n", line(dir))
	}
	return err
}

// corpusAdd adds files, each read where it is: inside the corpus folder
// through the folder (so a link out of it is refused), elsewhere as the
// user named it.
func corpusAdd(dir string, files []string, refresh bool, stdout io.Writer) error {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	var in []corpus.Input
	for _, f := range files {
		abs, err := filepath.Abs(f)
		if err != nil {
			return err
		}
		if rel, err := filepath.Rel(absDir, abs); err == nil && rel != "." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) && rel != ".." {
			in = append(in, corpus.Input{Name: filepath.ToSlash(rel), Shown: f})
			continue
		}
		in = append(in, corpus.Input{FS: os.DirFS(filepath.Dir(abs)), Name: filepath.Base(abs), Shown: f})
	}
	fsys, done := data.CorpusFS(dir)
	c, err := corpus.Add(fsys, dir, in, corpus.AddOptions{Refresh: refresh})
	done()
	if err != nil {
		return err
	}
	if err := writeChange(dir, c, false, stdout); err != nil {
		return err
	}
	return reportProblems(c, stdout)
}

// corpusRefresh takes in changed articles; a FILE may be given as a path
// or as its name in the folder.
func corpusRefresh(dir string, only []string, stdout io.Writer) error {
	absDir, err := filepath.Abs(dir)
	if err != nil {
		return err
	}
	for i, f := range only {
		if abs, err := filepath.Abs(f); err == nil {
			if rel, err := filepath.Rel(absDir, abs); err == nil && rel != "." && !strings.HasPrefix(rel, "..") {
				if _, err := os.Stat(abs); err == nil {
					only[i] = filepath.ToSlash(rel)
				}
			}
		}
	}
	fsys, done := data.CorpusFS(dir)
	c, err := corpus.Refresh(fsys, dir, only)
	done()
	if err != nil {
		return err
	}
	if err := writeChange(dir, c, false, stdout); err != nil {
		return err
	}
	return reportProblems(c, stdout)
}

// writeChange writes what init, add or refresh made, each file whole
// through a temporary file renamed into place: the texts and pages, then
// the annotations, then the manifest, which says which texts are the
// articles', last. A new file is never written over one that appeared
// meanwhile; init's manifest is never written over another.
func writeChange(dir string, c *corpus.Change, init bool, stdout io.Writer) error {
	for _, l := range c.Done {
		fmt.Fprintln(stdout, line(l))
	}
	write := func(name string, data []byte, opt atomicfile.Options, w func([]byte) func(io.Writer) error) error {
		path := filepath.Join(dir, filepath.FromSlash(name))
		_, err := atomicfile.Write(path, opt, w(data))
		var exists *atomicfile.ExistsError
		if errors.As(err, &exists) {
			return fmt.Errorf("%s appeared while cyberdesk was writing; the manifest was left as it was: run the command again", path)
		}
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, "wrote", line(path))
		return nil
	}
	for _, f := range c.Files {
		if err := write(f.Name, f.Data, atomicfile.Options{NoReplace: !f.Replace}, writeAll); err != nil {
			return err
		}
	}
	if c.Annotations != nil {
		if err := write(corpus.AnnotationsFile, c.Annotations, atomicfile.Options{}, writeAll); err != nil {
			return err
		}
	}
	if c.Manifest != nil {
		if err := write(corpus.ManifestFile, c.Manifest, atomicfile.Options{NoReplace: init}, writeManifest); err != nil {
			return err
		}
	}
	return nil
}

// writeAll writes b whole.
func writeAll(b []byte) func(io.Writer) error {
	return func(w io.Writer) error {
		_, err := w.Write(b)
		return err
	}
}

// reportProblems lists what could not be done, and ends the command with
// exit 1 if anything is listed.
func reportProblems(c *corpus.Change, stdout io.Writer) error {
	for _, p := range c.Problems {
		for l := range strings.Lines(p) {
			fmt.Fprintln(stdout, line(l))
		}
	}
	if len(c.Problems) > 0 {
		return errIncomplete
	}
	return nil
}

// corpusCheck says first how many articles load and how many are left
// out, then lists every problem a line each, in file order (the same
// problem of three items or more once, with a count: problemLines), then
// what cyberdesk found itself.
func corpusCheck(dir string, withSeeds bool, stdout io.Writer) error {
	c, err := data.Open(dir, data.Options{Format: data.Corpus, WithSeeds: withSeeds})
	if err != nil && noManifest(dir) {
		return notACorpus(dir)
	}
	var none *corpus.NothingLoadsError
	if errors.As(err, &none) {
		fmt.Fprintf(stdout, "%s: 0 articles load, %d left out; nothing to explore. Each is left out for the reason below:\n", line(dir), none.Articles)
		for _, l := range problemLines(none.Unwrap()[1:]) {
			fmt.Fprintln(stdout, line(l))
		}
		return errProblems
	}
	if err != nil {
		for l := range strings.Lines(err.Error()) {
			fmt.Fprintln(stdout, line(l))
		}
		return errProblems
	}
	bad, left := 0, map[string]bool{}
	for _, p := range c.Problems {
		if p.Level != data.Note {
			bad++
		}
		if p.Level == data.Skip {
			left[p.ID] = true
		}
	}
	ds, x := c.Dataset, c.Extracted
	fmt.Fprintf(stdout, "%s: %s, %d left out; %s, %s, %s, %s.\n", line(dir),
		present.Count(len(ds.Articles()), "article loads", "articles load"), len(left), present.Count(len(ds.Outlets()), "outlet", "outlets"),
		present.Count(len(ds.Events()), "event", "events"), present.Count(len(ds.Quotes()), "quote", "quotes"), present.Count(len(ds.Actors()), "actor", "actors"))
	problems := make([]error, len(c.Problems))
	for i, p := range c.Problems {
		problems[i] = p
	}
	for _, l := range problemLines(problems) {
		fmt.Fprintln(stdout, line(l))
	}
	fsys, done := data.CorpusFS(dir)
	for _, p := range corpus.Stale(fsys, dir) {
		fmt.Fprintln(stdout, line(p.Error()))
	}
	done()
	if x.Articles > 0 {
		fmt.Fprintf(stdout, "Found automatically in the %s: %s (%d joining a statement), %s, %s, %s, %s.\n",
			present.Count(x.Articles, "unannotated article", "unannotated articles"), present.Count(x.Quotes, "quote", "quotes"), x.Joined,
			present.Count(x.Statements, "new statement", "new statements"), present.Count(x.Actors, "new actor", "new actors"),
			present.Count(x.Events, "candidate event", "candidate events"), present.Count(x.Sources, "source of an existing event", "sources of existing events"))
	}
	if bad > 0 {
		return errProblems
	}
	return nil
}

// corpusFill writes the filled annotations through a new file renamed
// into place, so a failure never leaves half a file.
func corpusFill(dir string, stdout io.Writer) error {
	fsys, done := data.CorpusFS(dir)
	out, same, err := corpus.Fill(fsys, dir)
	done()
	if err != nil {
		return err
	}
	path := filepath.Join(dir, corpus.AnnotationsFile)
	if same {
		fmt.Fprintln(stdout, line(path), "is complete already; left as it was")
		return nil
	}
	if _, err := atomicfile.Write(path, atomicfile.Options{}, func(w io.Writer) error {
		_, err := w.Write(out)
		return err
	}); err != nil {
		return err
	}
	fmt.Fprintln(stdout, "wrote", line(path))
	return nil
}

// noManifest says whether dir is a folder with no manifest, so no corpus
// yet.
func noManifest(dir string) bool {
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return false
	}
	_, err := os.Stat(filepath.Join(dir, corpus.ManifestFile))
	return errors.Is(err, fs.ErrNotExist)
}

// notACorpus says that dir has no manifest and how to draft one.
func notACorpus(dir string) error {
	return fmt.Errorf("%s is not a corpus yet: it has no %s; to draft one for the articles in it, run `cyberdesk corpus init %s`",
		dir, corpus.ManifestFile, dir)
}
