//go:build crashtest

package cli

import (
	"os"

	tea "charm.land/bubbletea/v2"
)

// wrapModel, in the crashtest build only, panics when the key ! is
// pressed (in Update) or @ (in a command's goroutine), so the tests can
// prove a crash leaves the terminal as it found it.
func wrapModel(m tea.Model) tea.Model { return crashModel{m} }

type crashModel struct{ tea.Model }

func (c crashModel) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "!":
			panic("crash test: a panic in Update")
		case "@":
			return c, func() tea.Msg { panic("crash test: a panic in a command") }
		}
	}
	m, cmd := c.Model.Update(msg)
	return crashModel{m}, cmd
}

// holdCorpus, in the crashtest build only and when
// $CYBERDESK_CRASHTEST_HOLD is set, never returns: the load it ends never
// ends, and the tests prove a signal still ends cyberdesk.
func holdCorpus() {
	if os.Getenv("CYBERDESK_CRASHTEST_HOLD") != "" {
		select {}
	}
}
