package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"github.com/cyberdesk-dev/cyberdesk/data"
	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
)

// progressAfter is how long a load goes before it shows its progress: a
// shorter one is over before a bar could be read.
const progressAfter = time.Second / 3

// loadProgress draws a file's loading on w, when w is a terminal: a line
// redrawn in place, from a third of a second into the load, with a bar,
// the bytes and events read and the time left, erased once the file is
// loaded (done). On anything but a terminal it writes nothing.
func loadProgress(w io.Writer, path string) (report func(data.Progress), done func()) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return nil, func() {}
	}
	width := 80
	if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
		width = cols
	}
	var mu sync.Mutex // reports may come from more than one goroutine
	shown := false
	report = func(p data.Progress) {
		mu.Lock()
		defer mu.Unlock()
		if p.Elapsed < progressAfter || p.Done {
			return
		}
		fmt.Fprint(f, "\r\x1b[K"+ansi.Truncate(progressLine(path, p, width), width-1, "…"))
		shown = true
	}
	return report, func() {
		mu.Lock()
		defer mu.Unlock()
		if shown {
			fmt.Fprint(f, "\r\x1b[K")
		}
	}
}

// progressLine says how a load goes, in one line of about width cells:
//
//	cyberdesk: loading big.csv [=======>      ] 37%  43 of 116 MB · 410,000 events · 1.2 s left
func progressLine(path string, p data.Progress, width int) string {
	var b strings.Builder
	b.WriteString("cyberdesk: loading " + line(filepath.Base(path)) + " ")
	bar := min(max(width/4, 10), 40)
	fill := int(p.Fraction() * float64(bar))
	b.WriteString("[" + strings.Repeat("=", fill))
	if fill < bar {
		b.WriteString(">" + strings.Repeat(" ", bar-fill-1))
	}
	b.WriteString("] " + progressText(p))
	return b.String()
}

// progressText is the numbers a progress bar shows beside it:
// "37%  43 of 116 MB · 410,000 events · 1.2 s left".
func progressText(p data.Progress) string {
	parts := []string{fmt.Sprintf("%d%%  %d of %d MB", int(p.Fraction()*100), p.Read>>20, p.Size>>20)}
	if p.Of > 0 {
		parts[0] = fmt.Sprintf("%d%%  %s of %s articles read", int(p.Fraction()*100), thousands(p.Articles), thousands(p.Of))
	}
	if p.Events > 0 {
		parts = append(parts, thousands(p.Events)+" events")
	}
	switch {
	case p.Done:
	case p.Of > 0 && p.Articles >= p.Of:
		parts = append(parts, "grouping what they report into events")
	case p.Size > 0 && p.Read >= p.Size:
		parts = append(parts, "checking them")
	case p.Left > 0:
		parts = append(parts, fmt.Sprintf("%.1f s left", p.Left.Seconds()))
	}
	return strings.Join(parts, " · ")
}

// thousands writes n with commas between its thousands: 1,234,567.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// corpusProgress says on w, when w is a terminal, that the corpus in dir
// is being read: "cyberdesk: reading 840 articles of DIR…" from a third of
// a second into the load (the count from its manifest, left out if that
// cannot be read), erased by done or before the first thing written to
// the writer it returns, which stands for w during the load. On anything
// but a terminal it writes nothing and returns w.
func corpusProgress(w io.Writer, dir string) (io.Writer, func()) {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(f.Fd()) {
		return w, func() {}
	}
	width := 80
	if cols, _, err := term.GetSize(f.Fd()); err == nil && cols > 0 {
		width = cols
	}
	p := &lineOver{f: f}
	p.timer = time.AfterFunc(progressAfter, func() {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.over {
			return
		}
		// room is left for the terminal's echo of ^C, so erasing the line
		// takes that too
		fmt.Fprint(f, ansi.Truncate(corpusLine(dir), width-3, "…"))
		p.shown = true
	})
	return p, p.erase
}

// corpusLine is what corpusProgress shows.
func corpusLine(dir string) string {
	return "cyberdesk: reading " + corpusWhat(dir) + "…"
}

// corpusWhat names the corpus in dir by its articles: "840 articles of
// DIR", the count left out if its manifest cannot be read.
func corpusWhat(dir string) string {
	what := "the articles"
	if n, ok := manifestArticles(dir); ok {
		what = thousands(n) + " articles"
		if n == 1 {
			what = "1 article"
		}
	}
	return what + " of " + line(dir)
}

// manifestArticles counts the articles the manifest of the corpus in dir
// lists, or says it cannot.
func manifestArticles(dir string) (int, bool) {
	f, err := os.Open(filepath.Join(dir, corpus.ManifestFile))
	if err != nil {
		return 0, false
	}
	defer f.Close()
	var m struct {
		Articles []json.RawMessage `json:"articles"`
	}
	if err := json.NewDecoder(io.LimitReader(f, 256<<20)).Decode(&m); err != nil {
		return 0, false
	}
	return len(m.Articles), true
}

// lineOver is a terminal with a progress line on it that goes before
// anything else is written.
type lineOver struct {
	f     *os.File
	timer *time.Timer

	mu    sync.Mutex
	shown bool // the line is on the terminal
	over  bool // the load is over or something else was written
}

func (p *lineOver) Write(b []byte) (int, error) {
	p.erase()
	return p.f.Write(b)
}

// erase ends the progress line, taking it off the terminal if it is shown.
func (p *lineOver) erase() {
	p.timer.Stop()
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.shown {
		fmt.Fprint(p.f, "\r\x1b[K")
	}
	p.shown, p.over = false, true
}
