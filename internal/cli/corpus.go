package cli

import (
	"errors"
	"fmt"
	"io"
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
		Short: "Make a folder of your own articles into a corpus, and check it",
		Long: `A corpus is a directory of articles, one UTF-8 text file each, with a
manifest.json describing them (outlet, title, byline, publication date)
and, optionally, an annotations.json of curated actors, quotes, statements
and events, in the format of the embedded corpus (seeds/). Open one with
cyberdesk --corpus DIR, and merge the embedded articles in with
--with-seeds. Where no annotation cites an article, cyberdesk finds its
quotations, speakers, statements and dated events itself and marks them ≈
(found automatically).`,
		Example: `cyberdesk corpus init ~/news/albania
cyberdesk corpus check ~/news/albania
cyberdesk --corpus ~/news/albania --with-seeds`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usagef("unknown corpus command %q; the corpus commands are init, check and fill", args[0])
			}
			return usageError{"cyberdesk corpus needs a command: init, check or fill (see cyberdesk corpus --help)"}
		},
		RunE: func(*cobra.Command, []string) error { return nil },
	}
	c.AddCommand(corpusInitCommand(), corpusCheckCommand(), corpusFillCommand())
	return c
}

func corpusInitCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "init DIR",
		Short: "Draft DIR/manifest.json for the .txt files in DIR",
		Long: `Draft DIR/manifest.json for the .txt files in DIR. It fills in what each
text shows near its top (the first line as the title, a line "By ..." as
the byline, the first full date as the publication date), each marked
inferred and citing the words it came from, and leaves the rest, the
outlet above all, for you: corpus check then lists what is still missing.
It never overwrites a manifest.`,
		Example: `cyberdesk corpus init ~/news/albania`,
		Args:    oneArg("DIR"),
		RunE: func(c *cobra.Command, args []string) error {
			return corpusInit(args[0], c.OutOrStdout())
		},
	}
}

func corpusCheckCommand() *cobra.Command {
	var withSeeds bool
	c := &cobra.Command{
		Use:   "check DIR",
		Short: "Report every problem in the corpus in DIR",
		Long: `Report first how many articles of the corpus in DIR load and how many are
left out, then every problem, file:line:col each, then what cyberdesk
found itself in the articles nobody annotated. It exits 1 when anything would
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
	out, err := corpus.Init(fsys)
	done()
	if err != nil {
		return fmt.Errorf("%s: %w", dir, err)
	}
	path := filepath.Join(dir, corpus.ManifestFile)
	_, err = atomicfile.Write(path, atomicfile.Options{NoReplace: true}, func(w io.Writer) error {
		_, err := w.Write(out)
		return err
	})
	var exists *atomicfile.ExistsError
	if errors.As(err, &exists) {
		return fmt.Errorf("%s exists; corpus init never overwrites a manifest (move it aside first, or run cyberdesk corpus check %s)", path, dir)
	}
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote %s\nnext: fill in each article's outlet (and anything marked TODO), then run cyberdesk corpus check %s\n", line(path), line(dir))
	return nil
}

// corpusCheck says first how many articles load and how many are left
// out, then lists every problem a line each, in file order, then what
// cyberdesk found itself.
func corpusCheck(dir string, withSeeds bool, stdout io.Writer) error {
	c, err := data.Open(dir, data.Options{Format: data.Corpus, WithSeeds: withSeeds})
	var none *corpus.NothingLoadsError
	if errors.As(err, &none) {
		fmt.Fprintf(stdout, "%s: 0 articles load, %d left out; nothing to explore. Each is left out for the reason below:\n", line(dir), none.Articles)
		for _, p := range none.Unwrap()[1:] {
			fmt.Fprintln(stdout, line(p.Error()))
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
	fmt.Fprintf(stdout, "%s: %s load, %d left out; %s, %s, %s, %s.\n", line(dir),
		present.Count(len(ds.Articles()), "article", "articles"), len(left), present.Count(len(ds.Outlets()), "outlet", "outlets"),
		present.Count(len(ds.Events()), "event", "events"), present.Count(len(ds.Quotes()), "quote", "quotes"), present.Count(len(ds.Actors()), "actor", "actors"))
	for _, p := range c.Problems {
		fmt.Fprintln(stdout, line(p.Error()))
	}
	if x.Articles > 0 {
		fmt.Fprintf(stdout, "Found automatically in the %d unannotated articles: %d quotes (%d joining a statement), %d new statements, %d new actors, %d candidate events, %d sources of existing events.\n",
			x.Articles, x.Quotes, x.Joined, x.Statements, x.Actors, x.Events, x.Sources)
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
