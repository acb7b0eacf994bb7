//go:build !unix

package cli

import (
	"os"
	"syscall"
)

// ending are the signals that end the explorer where there is no SIGHUP
// or SIGQUIT.
var ending = []os.Signal{os.Interrupt, syscall.SIGTERM}

// suspendSignal is nil: no signal suspends a process here.
var suspendSignal os.Signal

// stopProcess does nothing where no signal stops a process.
func stopProcess() {}
