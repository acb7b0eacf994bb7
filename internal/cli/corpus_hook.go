//go:build !killtest

package cli

import "io"

// writeManifest writes a manifest's bytes whole. The killtest build (see
// corpus_kill_test.go) stops half way, to be killed there.
func writeManifest(b []byte) func(io.Writer) error { return writeAll(b) }
