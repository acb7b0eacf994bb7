package cli

import (
	"fmt"
	"strings"

	mango "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"
)

// manCommand writes cyberdesk's man page: `cyberdesk man | man -l -`.
func manCommand() *cobra.Command {
	return &cobra.Command{
		Use:     "man",
		Short:   "Write the man page (read it with cyberdesk man | man -l -)",
		Example: `cyberdesk man > cyberdesk.1`,
		GroupID: "more",
		Args:    noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			root := c.Root()
			restore := unwrapLong(root)
			defer restore()
			page, err := mango.NewManPage(1, root)
			if err != nil {
				return err
			}
			_, err = fmt.Fprint(c.OutOrStdout(), page.Build(roff.NewDocument()))
			return err
		},
	}
}

// unwrapLong joins the lines of every command's long help into
// paragraphs, since the man page makes each line a paragraph of its own,
// and returns what puts them back. An indented line (a table in the
// help) stays a line.
func unwrapLong(c *cobra.Command) (restore func()) {
	old := c.Long
	var paras []string
	for _, p := range strings.Split(c.Long, "\n\n") {
		var b strings.Builder
		for i, l := range strings.Split(p, "\n") {
			switch {
			case i == 0:
			case strings.HasPrefix(l, " "):
				b.WriteString("\n")
			default:
				b.WriteString(" ")
			}
			b.WriteString(l)
		}
		paras = append(paras, b.String())
	}
	c.Long = strings.Join(paras, "\n\n")
	var subs []func()
	for _, sub := range c.Commands() {
		subs = append(subs, unwrapLong(sub))
	}
	return func() {
		c.Long = old
		for _, r := range subs {
			r()
		}
	}
}
