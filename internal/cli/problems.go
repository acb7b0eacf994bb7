package cli

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/data"
)

// problemLines is what corpus check prints for problems, a line each,
// in their order, except that problems saying the same thing of several
// items (840 articles each lacking an outlet) are one line: the message
// once, how many items it is said of, and where the first few are, so a
// folder with one mistake repeated reads as one mistake.
func problemLines(problems []error) []string {
	key := func(err error) (string, *data.Error) {
		var p *data.Error
		if !errors.As(err, &p) || p.Kind == "" || p.Err == nil {
			return "", nil
		}
		return strconv.Itoa(int(p.Level)) + "\x00" + p.File + "\x00" + p.Kind + "\x00" + p.Field + "\x00" + p.Err.Error(), p
	}
	where := map[string][]string{}
	for _, err := range problems {
		if k, p := key(err); p != nil {
			where[k] = append(where[k], place(p))
		}
	}
	var out []string
	done := map[string]bool{}
	for _, err := range problems {
		k, p := key(err)
		switch {
		case p == nil || len(where[k]) < groupFrom:
			out = append(out, err.Error())
		case !done[k]:
			done[k] = true
			out = append(out, groupLine(p, where[k]))
		}
	}
	return out
}

// groupFrom is the least number of items one message is said of that
// check lists as one line.
const groupFrom = 3

// shownPlaces is how many places a grouped line names.
const shownPlaces = 3

// place is where a problem is and what it concerns: manifest.json:9:7,
// article "x".
func place(p *data.Error) string {
	var b strings.Builder
	if p.Level == data.Note {
		b.WriteString("note: ")
	}
	b.WriteString(p.File)
	if p.Line > 0 {
		fmt.Fprintf(&b, ":%d", p.Line)
		if p.Col > 0 {
			fmt.Fprintf(&b, ":%d", p.Col)
		}
	}
	fmt.Fprintf(&b, ": %s %q", p.Kind, p.ID)
	return b.String()
}

// describe is what a problem says, without its place.
func describe(p *data.Error) string {
	s := p.Err.Error()
	if p.Field != "" {
		s = p.Field + ": " + s
	}
	if p.Level == data.Skip {
		s += " (left out; the rest of the corpus loads)"
	}
	return s
}

// groupLine is one line for the same problem at several places.
func groupLine(p *data.Error, where []string) string {
	shown := where[:min(len(where), shownPlaces)]
	more := ""
	if n := len(where) - len(shown); n > 0 {
		more = fmt.Sprintf(" and %d more", n)
	}
	return fmt.Sprintf("%d %ss: %s; at %s%s", len(where), p.Kind, describe(p), strings.Join(shown, "; "), more)
}
