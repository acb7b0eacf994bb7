//go:build unix

package atomicfile

import (
	"os"
	"os/signal"
	"syscall"
)

// removeOnSignal removes the temporary file name if SIGINT, SIGTERM or
// SIGHUP comes while it is written, then ends the process with that
// signal, as it would have ended without the handler. It returns what
// stops the watch.
func removeOnSignal(name string) (stop func()) {
	sig := make(chan os.Signal, 1)
	done := make(chan struct{})
	signal.Notify(sig, syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP)
	go func() {
		select {
		case s := <-sig:
			os.Remove(name)
			signal.Reset(s)
			syscall.Kill(os.Getpid(), s.(syscall.Signal))
		case <-done:
		}
	}()
	return func() {
		signal.Stop(sig)
		close(done)
	}
}
