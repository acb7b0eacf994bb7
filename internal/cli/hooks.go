//go:build !crashtest

package cli

import tea "charm.land/bubbletea/v2"

// wrapModel is the identity in a real build; the crashtest build (see
// crash_test.go) wraps the model to panic on demand.
func wrapModel(m tea.Model) tea.Model { return m }

// holdCorpus does nothing in a real build; the crashtest build holds a
// corpus's load on demand, so a test can end it while it loads.
func holdCorpus() {}
