package cli

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/internal/atomicfile"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// synthFormats are what cyberdesk synth writes.
var synthFormats = []string{"json", "timelinejs-csv", "lines"}

// synthCommand writes deterministic synthetic datasets of any size, for
// measuring cyberdesk (and fzf and less, on the same lines) at scale.
func synthCommand() *cobra.Command {
	var events int
	var seed uint64
	var format, out, shape string
	var force bool
	c := &cobra.Command{
		Use:   "synth --events N",
		Short: "Write a synthetic dataset of any size, for benchmarks",
		Long: `Write a synthetic dataset of N events, for performance work: events across
1990-2025 at mixed date precision, ~60 countries, up to 5,000 actors and
200 outlets, every event citing sentences of synthetic articles. The same
N and seed always give the same bytes.

  json            a dataset, as export --format json writes; open it with
                  cyberdesk --dataset FILE (up to ` + strconv.Itoa(data.MaxDatasetBytes>>20) + ` MiB)
  timelinejs-csv  the TimelineJS template as CSV; open it with
                  cyberdesk --timelinejs FILE (up to ` + strconv.Itoa(data.MaxTimelineJSBytes>>20) + ` MiB)
  lines           one line per event, in date order, with what a search
                  finds: date, title, summary, countries, actors, outlets,
                  tags; the same lines to give fzf or less

--shape short makes each event a spreadsheet's slide instead: a short
headline, a line of text, a date and a tag, about 120 bytes a CSV row,
all reported by one outlet in one article.`,
		Example: `cyberdesk synth --events 1000 -o synth.json
cyberdesk synth --events 1000 --format timelinejs-csv -o synth.csv
cyberdesk synth --events 1000 --format lines
cyberdesk synth --events 1000 --shape short --format timelinejs-csv`,
		Args: noArgs,
		RunE: func(c *cobra.Command, _ []string) error {
			if events < 1 || events > data.MaxEvents {
				return usagef("--events: want a number of events from 1 to %d, got %d", data.MaxEvents, events)
			}
			if err := checkFormat(format, synthFormats); err != nil {
				return err
			}
			sh, ok := synthShapes[shape]
			if !ok {
				return usagef("--shape %q: want full or short", shape)
			}
			ds, err := timeline.Adopt(synth.Parts(synth.Options{Events: events, Seed: seed, Shape: sh}))
			if err != nil {
				return fmt.Errorf("the synthetic dataset does not validate (a bug in internal/synth): %w", err)
			}
			write := func(w io.Writer) error { return writeSynth(w, ds, format, sh) }
			if out == "" || out == "-" {
				return write(c.OutOrStdout())
			}
			n, err := atomicfile.Write(out, atomicfile.Options{NoReplace: !force}, func(w io.Writer) error {
				bw := bufio.NewWriterSize(w, 1<<20)
				if err := write(bw); err != nil {
					return err
				}
				return bw.Flush()
			})
			var exists *atomicfile.ExistsError
			if errors.As(err, &exists) {
				return usagef("%s exists; give --force to replace it", line(out))
			}
			if err != nil {
				return err
			}
			fmt.Fprintf(c.OutOrStdout(), "wrote %s: %d events, %d bytes\n", line(out), len(ds.Events()), n)
			if limit := synthReadLimit(format); limit > 0 && n > limit {
				fmt.Fprintf(c.ErrOrStderr(), "cyberdesk: warning: %s is over the %d-byte limit of the reader for %s; it will not open\n", line(out), limit, format)
			}
			return nil
		},
	}
	fs := c.Flags()
	fs.IntVar(&events, "events", 0, "how many events to make, 1 to "+strconv.Itoa(data.MaxEvents)+" (required)")
	fs.Uint64Var(&seed, "seed", 1, "the random seed; the same --events and --seed give the same bytes")
	formatFlag(fs, &format, "json", synthFormats)
	fs.StringVar(&shape, "shape", "full", "what each event looks like: full (the real data's shape) or short (a short slide, about 120 bytes a CSV row)")
	fs.StringVarP(&out, "output", "o", "", "write to this file, through a temporary file renamed into place, instead of stdout")
	fs.BoolVar(&force, "force", false, "with -o, replace a file that is there")
	return c
}

// synthShapes are the values of synth --shape.
var synthShapes = map[string]synth.Shape{"full": synth.Full, "short": synth.Short}

// writeSynth writes ds, of shape sh, in one of synthFormats.
func writeSynth(w io.Writer, ds *timeline.Dataset, format string, sh synth.Shape) error {
	switch format {
	case "json":
		return export.Write(w, ds)
	case "timelinejs-csv":
		if sh == synth.Short {
			return synth.WriteShortCSV(w, ds)
		}
		all := make([]int, len(ds.Events()))
		for i := range all {
			all[i] = i
		}
		return timelinejs.WriteCSV(w, ds, all, "tag")
	}
	if sh == synth.Short {
		return synth.WriteShortLines(w, ds)
	}
	return synth.WriteLines(w, ds)
}

// synthReadLimit is the largest file cyberdesk opens in format, or 0.
func synthReadLimit(format string) int64 {
	switch format {
	case "json":
		return data.MaxDatasetBytes
	case "timelinejs-csv":
		return data.MaxTimelineJSBytes
	}
	return 0
}
