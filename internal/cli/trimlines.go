package cli

import (
	"bytes"
	"io"
	"slices"
)

// asksHelp reports whether args ask for help: the help command, or -h
// or --help anywhere before a lone "--".
func asksHelp(args []string) bool {
	if len(args) > 0 && args[0] == "help" {
		return true
	}
	end := len(args)
	if i := slices.Index(args, "--"); i >= 0 {
		end = i
	}
	return slices.ContainsFunc(args[:end], func(a string) bool { return a == "-h" || a == "--help" })
}

// trimmedLines writes to w what is written to it, less the spaces and
// tabs at the end of each line. Flush writes a last line left without
// its newline.
type trimmedLines struct {
	w    io.Writer
	line []byte
	err  error
}

func (t *trimmedLines) Write(p []byte) (int, error) {
	for rest := p; len(rest) > 0 && t.err == nil; {
		i := bytes.IndexByte(rest, '\n')
		if i < 0 {
			t.line = append(t.line, rest...)
			break
		}
		t.line = append(t.line, rest[:i]...)
		t.line = append(bytes.TrimRight(t.line, " \t"), '\n')
		_, t.err = t.w.Write(t.line)
		t.line, rest = t.line[:0], rest[i+1:]
	}
	if t.err != nil {
		return 0, t.err
	}
	return len(p), nil
}

// Flush writes the line still held, trimmed.
func (t *trimmedLines) Flush() error {
	if len(t.line) > 0 && t.err == nil {
		_, t.err = t.w.Write(bytes.TrimRight(t.line, " \t"))
		t.line = t.line[:0]
	}
	return t.err
}
