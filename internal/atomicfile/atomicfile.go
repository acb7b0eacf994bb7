// Package atomicfile writes files so that nothing is ever lost or half
// written: the new content goes to a temporary file in the same folder,
// is synced to disk, and is renamed over the old one, so a reader sees
// the old file or the new one, never a part, and a failure or an
// interruption leaves the old one whole. Every file cyberdesk writes goes
// through [Write].
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
)

// Options say how a file may be written.
type Options struct {
	// Create only: refuse when something is already at the path.
	NoReplace bool
	// Perm is a new file's mode, 0644 when 0; a file that is replaced
	// keeps its own.
	Perm fs.FileMode
}

// ExistsError is a path Write will not replace.
type ExistsError struct{ Path string }

func (e *ExistsError) Error() string { return e.Path + " exists" }

// Write writes path with write, through a temporary file renamed into
// place, and returns how many bytes it wrote.
//
//   - A link is followed: its target gets the new content and the link
//     stays a link.
//   - Only a regular file is replaced: a device, a FIFO, a socket or a
//     folder at the path is refused, never replaced.
//   - A file that is replaced keeps its permissions. Its other hard links,
//     if any, keep the old content: rename gives the path a new file.
//   - While it writes, SIGINT, SIGTERM and SIGHUP remove the temporary
//     file before they end the process as they would have.
func Write(path string, opt Options, write func(io.Writer) error) (n int64, err error) {
	target, err := resolve(path)
	if err != nil {
		return 0, err
	}
	perm, keep := opt.Perm, false
	if perm == 0 {
		perm = 0o644
	}
	switch st, err := os.Stat(target); {
	case err == nil && opt.NoReplace:
		return 0, &ExistsError{path}
	case err == nil && !st.Mode().IsRegular():
		return 0, fmt.Errorf("%s is %s, not a regular file; cyberdesk replaces only files", path, kind(st.Mode()))
	case err == nil:
		perm, keep = st.Mode().Perm(), true
	case !errors.Is(err, fs.ErrNotExist):
		return 0, err
	}
	tmp, err := createTemp(filepath.Dir(target), filepath.Base(target), perm)
	if err != nil {
		return 0, err
	}
	stop := removeOnSignal(tmp.Name())
	defer stop()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	cw := &countingWriter{w: tmp}
	if err = write(cw); err != nil {
		return 0, err
	}
	if keep { // the old file's mode exactly, whatever the umask
		if err = tmp.Chmod(perm); err != nil {
			return 0, err
		}
	}
	if err = tmp.Sync(); err != nil {
		return 0, err
	}
	if err = tmp.Close(); err != nil {
		return 0, err
	}
	if opt.NoReplace {
		// Link fails if something appeared at the path meanwhile: the
		// file is created whole, and never over another.
		if err = os.Link(tmp.Name(), target); err != nil {
			if errors.Is(err, fs.ErrExist) {
				err = &ExistsError{path}
			}
			return 0, err
		}
		os.Remove(tmp.Name())
	} else if err = os.Rename(tmp.Name(), target); err != nil {
		return 0, err
	}
	syncDir(filepath.Dir(target))
	return cw.n, nil
}

// kind names what a path that is not a regular file is.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	}
	return "not a plain file (" + m.Type().String() + ")"
}

// createTemp creates a new file in dir named after base, with perm less
// the umask, as any new file would be (os.CreateTemp would give 0600).
func createTemp(dir, base string, perm fs.FileMode) (*os.File, error) {
	for {
		name := filepath.Join(dir, "."+base+"."+strconv.FormatUint(rand.Uint64(), 36)+".tmp")
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, perm)
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
}

// resolve follows path's links to the file they name (which may not
// exist yet): writing through a link writes its target.
func resolve(path string) (string, error) {
	for range 40 {
		st, err := os.Lstat(path)
		if err != nil || st.Mode()&fs.ModeSymlink == 0 {
			return path, nil
		}
		to, err := os.Readlink(path)
		if err != nil {
			return "", err
		}
		if !filepath.IsAbs(to) {
			to = filepath.Join(filepath.Dir(path), to)
		}
		path = to
	}
	return "", fmt.Errorf("%s: too many links", path)
}

// syncDir makes the rename durable where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}
