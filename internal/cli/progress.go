package cli

import (
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
	if p.Events > 0 {
		parts = append(parts, thousands(p.Events)+" events")
	}
	switch {
	case p.Done:
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
