package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Exit codes, as README gives them.
const (
	exitOK      = 0
	exitRuntime = 1
	exitUsage   = 2
	// exitInterrupted is 128 + SIGINT, as a shell reports it.
	exitInterrupted = 130
)

// usageError is a mistake in how cyberdesk was called: exit 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

// usagef is a usageError with a formatted message.
func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// errInterrupted is SIGINT's way out: exit 130.
var errInterrupted = errors.New("interrupted")

// errProblems ends corpus check, exit 1, once it has listed the problems
// it found on stdout.
var errProblems = errors.New("the corpus has problems (listed above)")

// errIncomplete ends corpus init, add or refresh, exit 1, once it has
// listed what it could not do.
var errIncomplete = errors.New("not everything could be done (listed above); the rest was")

// exitCode is the exit status for err.
func exitCode(err error) int {
	var u usageError
	var unknown *timeline.UnknownValueError
	var sig signalError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &sig):
		return 128 + int(sig.sig)
	case errors.Is(err, errInterrupted):
		return exitInterrupted
	case errors.As(err, &u), errors.As(err, &unknown):
		return exitUsage
	}
	return exitRuntime
}

// reportError writes err for a person: each line prefixed with
// "cyberdesk:", cleaned, since a message may quote a file name, a flag or
// a value from a file.
func reportError(w io.Writer, err error) {
	var sig signalError
	if errors.Is(err, errInterrupted) || errors.As(err, &sig) {
		return
	}
	text := err.Error()
	var unknown *timeline.UnknownValueError
	if errors.As(err, &unknown) {
		text = strings.Replace(text, unknown.Error(), unknownMessage(unknown), 1)
	}
	msg := untrusted.Clean(text)
	fmt.Fprintln(w, "cyberdesk: "+strings.ReplaceAll(msg, "\n", "\ncyberdesk: "))
}
