package cli

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/internal/present"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

func citeCommand() *cobra.Command {
	var src source
	var style string
	c := &cobra.Command{
		Use:   "cite ID",
		Short: "Cite a quote, an event's source passage or an event, ready to paste",
		Long: `Print a passage verbatim with what a citation needs: the outlet, the
article's title, byline and publication date (saying when the date is
inferred rather than stated), the article's file, paragraph, line and
byte range, and its URL where the corpus records one.

ID is a quote id (cyberdesk quotes --format json lists them), an event id
(every source passage of the event is cited), or EVENT-ID#N for the
event's Nth source. The explorer's y key copies the same text.`,
		Example: `cyberdesk cite 2022-07-15-july-cyberattack#1
cyberdesk cite 2022-07-15-july-cyberattack --style md
cyberdesk cite 2022-07-15-july-cyberattack#1 --style bibtex`,
		Args: oneArg("ID"),
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkStyle(style); err != nil {
				return err
			}
			o, err := src.open(c.ErrOrStderr(), c.InOrStdin(), false)
			if err != nil {
				return err
			}
			cites, err := citations(o.ds, args[0])
			if err != nil {
				return err
			}
			if err := writeCitations(c.OutOrStdout(), cites, style); err != nil {
				return err
			}
			o.keep(c.Context())
			return nil
		},
	}
	src.register(c.Flags())
	c.Flags().StringVar(&style, "style", "text", "citation style: "+strings.Join(present.CiteStyles(), ", "))
	return c
}

func checkStyle(style string) error {
	for _, s := range present.CiteStyles() {
		if s == style {
			return nil
		}
	}
	return usagef("unknown style %q; valid styles: %s", style, strings.Join(present.CiteStyles(), ", "))
}

// citations are what id names: a quote, an event's sources, or one source.
func citations(ds *timeline.Dataset, id string) ([]present.Citation, error) {
	for qi, q := range ds.Quotes() {
		if q.ID == id {
			return []present.Citation{present.CiteQuote(ds, qi)}, nil
		}
	}
	event, n, numbered := strings.Cut(id, "#")
	ei, ok := ds.EventIndex(event)
	if !ok {
		return nil, usagef("no quote or event has the id %q; see cyberdesk quotes --format json and cyberdesk events for the ids", id)
	}
	sources := ds.Events()[ei].Sources
	if numbered {
		k, err := strconv.Atoi(n)
		if err != nil || k < 1 || k > len(sources) {
			return nil, usagef("%s: event %s has sources 1 to %d", id, event, len(sources))
		}
		return []present.Citation{present.CiteSource(ds, ei, k-1)}, nil
	}
	out := make([]present.Citation, len(sources))
	for si := range sources {
		out[si] = present.CiteSource(ds, ei, si)
	}
	return out, nil
}

// writeCitations writes each citation in style: text and Markdown apart
// by a blank line, BibTeX entries one after another, CSL-JSON an array.
func writeCitations(w io.Writer, cites []present.Citation, style string) error {
	var b bytes.Buffer
	if style == "csl-json" {
		b.WriteString("[\n")
	}
	for i, c := range cites {
		s, err := c.Format(style)
		if err != nil {
			return err
		}
		switch {
		case style == "csl-json" && i > 0:
			b.WriteString(",\n")
		case i > 0:
			b.WriteString("\n")
		}
		b.WriteString(strings.TrimSuffix(s, "\n"))
		b.WriteString("\n")
	}
	if style == "csl-json" {
		b.WriteString("]\n")
	}
	_, err := fmt.Fprint(w, b.String())
	return err
}
