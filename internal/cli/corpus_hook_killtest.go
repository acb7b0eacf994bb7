//go:build killtest

package cli

import (
	"io"
	"os"
)

// writeManifest, in the killtest build only and when
// $CYBERDESK_KILLTEST_READY is set, writes half the manifest, says so on
// stderr and waits to be killed: corpus_kill_test.go proves the old
// manifest survives.
func writeManifest(b []byte) func(io.Writer) error {
	if os.Getenv("CYBERDESK_KILLTEST_READY") == "" {
		return writeAll(b)
	}
	return func(w io.Writer) error {
		if _, err := w.Write(b[:len(b)/2]); err != nil {
			return err
		}
		os.Stderr.WriteString("killtest: half of the manifest written\n")
		select {}
	}
}
