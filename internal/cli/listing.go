package cli

import (
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// listing is a command that prints what the filters select from the
// story, in any of the formats.
type listing struct {
	use, short, long, example string
	// filters says what each filter selects for this command; nil when
	// the command takes none.
	filters *filterHelp
	// flags adds the command's own flags.
	flags func(fs *pflag.FlagSet)
	// args checks the arguments; nil takes none.
	args cobra.PositionalArgs
	// build makes the report from the story, the resolved filters and
	// the arguments.
	build func(ds *timeline.Dataset, f timeline.Filter, args []string) (*report, error)
}

// command makes the cobra command: the source flags, the filters, --format
// and the command's own flags; then open, resolve, build and write.
func (l listing) command() *cobra.Command {
	var src source
	var f filters
	var format string
	args := l.args
	if args == nil {
		args = noArgs
	}
	c := &cobra.Command{
		Use:     l.use,
		Short:   l.short,
		Long:    l.long,
		Example: l.example,
		Args:    args,
		RunE: func(c *cobra.Command, args []string) error {
			if err := checkFormat(format, formats); err != nil {
				return err
			}
			o, flt, err := src.openFiltered(&f, c.ErrOrStderr(), c.InOrStdin(), false)
			if err != nil {
				return err
			}
			r, err := l.build(o.ds, flt, args)
			if err != nil {
				return err
			}
			if err := r.write(c.OutOrStdout(), format, terminalWidth(c.OutOrStdout())); err != nil {
				return err
			}
			o.keep(c.Context()) // the answer given: time to keep the file's dataset for next time
			return o.leftOut(src.corpus)
		},
	}
	fs := c.Flags()
	src.register(fs)
	if l.filters != nil {
		f.register(fs, *l.filters)
	}
	formatFlag(fs, &format, "table", formats)
	if l.flags != nil {
		l.flags(fs)
	}
	return c
}

// eventsPer counts, for each value of, the events holding it.
func eventsPer(events []int, of func(int) []string) map[string]int {
	count := map[string]int{}
	for _, i := range events {
		for _, v := range of(i) {
			count[v]++
		}
	}
	return count
}
