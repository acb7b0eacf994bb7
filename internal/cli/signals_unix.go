//go:build unix

package cli

import (
	"os"
	"syscall"
)

// ending are the signals that end the explorer, each with its own exit
// status once the terminal is restored.
var ending = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP, syscall.SIGQUIT}

// suspendSignal is the signal that suspends the explorer (ctrl+z).
var suspendSignal os.Signal = syscall.SIGTSTP

// stopProcess stops the process group, as SIGTSTP would had Go not
// caught it; SIGCONT resumes it.
func stopProcess() { syscall.Kill(0, syscall.SIGSTOP) }
