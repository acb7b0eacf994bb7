package cli

import (
	"fmt"
	"os"
	"os/signal"
	"sync"
	"syscall"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"github.com/cyberdesk-dev/cyberdesk/model"
)

// signals is the explorer's handling of the signals that end or suspend
// it, in place of Bubble Tea's own (which quits on SIGTERM as if q were
// pressed, and does not know SIGHUP, SIGQUIT or SIGTSTP).
type signals struct {
	ch      chan os.Signal
	suspend key.Binding // the explorer's key that suspends it

	// ended is closed when a signal that ends the program comes, so what
	// runs before the program exists (a corpus loading) can stop too.
	ended chan struct{}

	mu         sync.Mutex
	p          *tea.Program
	got        os.Signal // the signal that ended the program, if one did
	suspending bool      // the terminal is being given back for a stop
}

// watchSignals starts watching; attach then names the program to act on.
func watchSignals() *signals {
	s := &signals{ch: make(chan os.Signal, 4), suspend: model.DefaultKeyMap().Suspend, ended: make(chan struct{})}
	watched := ending
	if suspendSignal != nil {
		watched = append(watched[:len(watched):len(watched)], suspendSignal)
	}
	signal.Notify(s.ch, watched...)
	go s.loop()
	return s
}

func (s *signals) attach(p *tea.Program) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.p = p
}

func (s *signals) loop() {
	for sig := range s.ch {
		s.mu.Lock()
		p, stopping := s.p, s.suspending
		switch {
		case sig == suspendSignal:
			s.suspending = true
		case s.got == nil:
			s.got = sig
			close(s.ended)
		}
		s.mu.Unlock()
		switch {
		case p == nil:
		case sig == suspendSignal && stopping:
			// Bubble Tea has given the terminal back and sent the process
			// group SIGTSTP, which Go's runtime, having watched it, would
			// not let stop the process: stop it for real. SIGCONT resumes.
			stopProcess()
		case sig == suspendSignal:
			p.Send(tea.SuspendMsg{}) // give the terminal back, then stop
		default:
			p.Quit()
		}
	}
}

// suspendNow notes that the explorer is suspending itself (its key), so the
// SIGTSTP Bubble Tea then sends stops the process.
func (s *signals) suspendNow() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.suspending = true
}

// resumed notes that the suspension is over.
func (s *signals) resumed() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.suspending = false
}

// stop stops watching.
func (s *signals) stop() {
	signal.Stop(s.ch)
	close(s.ch)
}

// caught is the error that carries the signal that ended the program, or
// nil.
func (s *signals) caught() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.got == nil {
		return nil
	}
	return signalError{s.got.(syscall.Signal)}
}

// signalError ends cyberdesk with the status a shell gives a process a
// signal ended: 128 + the signal's number.
type signalError struct{ sig syscall.Signal }

func (e signalError) Error() string { return fmt.Sprintf("ended by %v", e.sig) }

// wrap gives m what the signals need of it: its suspend key suspends as
// SIGTSTP does, and a resumption ends the suspension and draws the whole
// screen again.
func (s *signals) wrap(m tea.Model) tea.Model { return resumer{m, s} }

type resumer struct {
	tea.Model
	s *signals
}

func (r resumer) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, r.s.suspend) {
		r.s.suspendNow()
		return r, tea.Suspend
	}
	if _, ok := msg.(tea.ResumeMsg); ok {
		r.s.resumed()
		m, cmd := r.Model.Update(msg)
		// the shell wrote over the screen: draw all of it again
		return resumer{m, r.s}, tea.Batch(cmd, tea.ClearScreen)
	}
	m, cmd := r.Model.Update(msg)
	return resumer{m, r.s}, cmd
}
