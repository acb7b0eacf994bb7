package cli

import (
	"bytes"
	"fmt"
	"io"
	"slices"
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
(every source passage of the event is cited), EVENT-ID#N for the event's
Nth source, a discrepancy id (each side's passage) or DISCREPANCY-ID#N
for its Nth side. The explorer's y key copies the same text.`,
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
			if ei, ok := o.ds.EventIndex(args[0]); ok && (style == "text" || style == "md") {
				// a whole event: what its passages are cited for, above them
				fmt.Fprintln(c.OutOrStdout(), present.EventHeading(o.ds, ei))
			}
			if err := writeCitations(c.OutOrStdout(), cites, style); err != nil {
				return err
			}
			o.keep(c.Context())
			return o.leftOut(src.corpus)
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
	base, n, numbered := strings.Cut(id, "#")
	var all []present.Citation
	var what string
	if ei, ok := ds.EventIndex(base); ok {
		what = "source"
		for si := range ds.Events()[ei].Sources {
			all = append(all, present.CiteSource(ds, ei, si))
		}
	} else if di := slices.IndexFunc(ds.Discrepancies(), func(d timeline.Discrepancy) bool { return d.ID == base }); di >= 0 {
		what = "side"
		for si := range ds.Discrepancies()[di].Sides {
			all = append(all, present.CiteSide(ds, di, si))
		}
	} else {
		return nil, usagef("no quote, event or discrepancy has the id %q; see cyberdesk quotes --format json, cyberdesk events and cyberdesk discrepancies for the ids", id)
	}
	if !numbered {
		return all, nil
	}
	k, err := strconv.Atoi(n)
	if err != nil || k < 1 || k > len(all) {
		return nil, usagef("%s has %d %ss; give %s#1 to %s#%d", base, len(all), what, base, base, len(all))
	}
	return all[k-1 : k], nil
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
