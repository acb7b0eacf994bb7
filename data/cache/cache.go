package cache

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/bounded"
	"github.com/cyberdesk-dev/cyberdesk/internal/atomicfile"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Dir is a cache folder.
type Dir struct {
	Path string // the folder, made (readable by its owner only) when first written
	// Max is the most bytes the folder's entries may take together;
	// DefaultMax when 0. An entry larger than that is not kept.
	Max int64
	// Least is the size under which a file is not worth keeping: it loads
	// about as fast as its entry would. 0 keeps every file's.
	Least int64
}

// Keeps reports whether the cache keeps the dataset of a file of size
// bytes.
func (d Dir) Keeps(size int64) bool { return size >= d.Least }

// LoadOptions say how to make the dataset an entry holds.
type LoadOptions struct {
	// IndexLater makes it with timeline.RestoreAfter, its indexes built
	// once IndexAfter is closed (at once if it is nil) or a method needs
	// them; else with timeline.Restore, indexed before it is returned.
	IndexLater bool
	IndexAfter <-chan struct{}
	// Expect, when not nil, is told how many bytes the dataset will keep
	// live, before they are allocated (see data/internal/heap).
	Expect func(bytes int64)
}

// DefaultMax is the most the cache's entries take when Dir.Max is 0.
const DefaultMax = 4 << 30

// Key is what tells a file's content: its path, size and modification
// time, and a hash of its first and last blocks. A file that keeps all
// of them while it changes (in the middle, within the modification time's
// precision) would be served from the cache as it was.
type Key struct {
	Path       string // absolute and clean
	Size       int64
	ModTime    int64 // nanoseconds since 1970
	Head, Tail [sha256.Size]byte
}

// keyBlock is how much of a file's start and end Key hashes.
const keyBlock = 64 << 10

// KeyOf reads the key of the file at path.
func KeyOf(path string) (Key, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return Key{}, err
	}
	f, err := os.Open(abs)
	if err != nil {
		return Key{}, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return Key{}, err
	}
	if err := bounded.CheckMode(st.Mode()); err != nil {
		return Key{}, err
	}
	k := Key{Path: abs, Size: st.Size(), ModTime: st.ModTime().UnixNano()}
	block := make([]byte, min(keyBlock, st.Size()))
	if _, err := io.ReadFull(f, block); err != nil {
		return Key{}, err
	}
	k.Head = sha256.Sum256(block)
	if _, err := f.ReadAt(block, max(st.Size()-int64(len(block)), 0)); err != nil && !errors.Is(err, io.EOF) {
		return Key{}, err
	}
	k.Tail = sha256.Sum256(block)
	return k, nil
}

// file is the entry's file for key k.
func (d Dir) file(k Key) string {
	sum := sha256.Sum256([]byte(k.Path))
	return filepath.Join(d.Path, hex.EncodeToString(sum[:20])+ext)
}

// ext ends every entry's name.
const ext = ".cdc"

// ErrMiss is a cache without an entry for the key: none, or one for the
// file as it was.
var ErrMiss = errors.New("not in the cache")

// Load opens the dataset kept for key k, and kind, the caller's name for
// the file's format when it was saved. It returns ErrMiss when there is no
// entry for the file as it is now; an entry it cannot trust is removed,
// and its error says why.
func (d Dir) Load(k Key, opt LoadOptions) (ds *timeline.Dataset, kind uint8, err error) {
	path := d.file(k)
	b, err := bounded.Map(path, d.max())
	if errors.Is(err, fs.ErrNotExist) {
		return nil, 0, ErrMiss
	}
	if err != nil {
		return nil, 0, d.refuse(path, err)
	}
	e, err := d.read(b, k, opt.Expect)
	if err != nil {
		bounded.Unmap(b) // nothing made from it is kept
		if errors.Is(err, ErrMiss) {
			return nil, 0, err
		}
		return nil, 0, d.refuse(path, err)
	}
	restore := func(p timeline.Parts) (*timeline.Dataset, error) { return timeline.Restore(p, false) }
	if opt.IndexLater {
		restore = func(p timeline.Parts) (*timeline.Dataset, error) { return timeline.RestoreAfter(p, opt.IndexAfter) }
	}
	if ds, err = restore(e.parts); err != nil {
		return nil, 0, d.refuse(path, fmt.Errorf("its dataset does not check: %w", err))
	}
	now := time.Now()
	os.Chtimes(path, now, now) // used: the last to go
	return ds, e.kind, nil
}

// read decodes the entry in b when it was made from the file of key k:
// ErrMiss when it was made from the file as it was (the header alone is
// read then; the entry is written over once the file loads again). A
// decoder that fails on an entry made to harm it refuses the entry
// rather than ending the program.
func (d Dir) read(b []byte, k Key, expect func(int64)) (e *entry, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, err = nil, fmt.Errorf("%w (%v)", errBroken, r)
		}
	}()
	if was, _, _, err := header(b); err != nil {
		return nil, err
	} else if !was.same(k) {
		return nil, ErrMiss
	}
	return decode(b, expect)
}

// refuse removes the entry at path, which cannot be trusted, and says why.
func (d Dir) refuse(path string, why error) error {
	os.Remove(path)
	return fmt.Errorf("cache entry %s refused and removed: %w", path, why)
}

func (d Dir) max() int64 {
	if d.Max > 0 {
		return d.Max
	}
	return DefaultMax
}

// Save writes ds, loaded from the file of key k in the format the caller
// calls kind, as the entry for k, replacing any; then removes the least
// recently used entries until the rest fit in the folder's size. It
// stops, writing nothing, when ctx is done.
func (d Dir) Save(ctx context.Context, k Key, ds *timeline.Dataset, kind uint8) error {
	if err := ctx.Err(); err != nil {
		return err // before the articles' text is written, the longest part
	}
	if err := os.MkdirAll(d.Path, 0o700); err != nil {
		return err
	}
	path := d.file(k)
	n, err := atomicfile.Write(path, atomicfile.Options{Perm: 0o600}, func(w io.Writer) error {
		return encode(ctx, w, k, ds, kind, d.max())
	})
	if errors.Is(err, errTooLarge) {
		os.Remove(path) // an entry for the file as it was
		return nil
	}
	if err != nil {
		return err
	}
	if n > d.max() {
		os.Remove(path)
		return nil
	}
	d.evict()
	return nil
}

// evict removes entries, least recently used first, until the rest fit,
// and temporary files a writer left more than an hour ago.
func (d Dir) evict() {
	entries, err := os.ReadDir(d.Path)
	if err != nil {
		return
	}
	type entry struct {
		path string
		size int64
		used time.Time
	}
	var kept []entry
	total := int64(0)
	for _, de := range entries {
		name := de.Name()
		info, err := de.Info()
		if err != nil || !info.Mode().IsRegular() {
			continue
		}
		path := filepath.Join(d.Path, name)
		switch {
		case strings.HasSuffix(name, ext):
			kept = append(kept, entry{path, info.Size(), info.ModTime()})
			total += info.Size()
		case strings.HasPrefix(name, ".") && strings.Contains(name, ext+".") && strings.HasSuffix(name, ".tmp") &&
			time.Since(info.ModTime()) > time.Hour:
			os.Remove(path)
		}
	}
	slices.SortFunc(kept, func(a, b entry) int { return a.used.Compare(b.used) })
	for _, e := range kept {
		if total <= d.max() {
			break
		}
		if os.Remove(e.path) == nil {
			total -= e.size
		}
	}
}

// same reports whether k and o are keys of the same file as it is.
func (k Key) same(o Key) bool {
	return k.Path == o.Path && k.Size == o.Size && k.ModTime == o.ModTime &&
		bytes.Equal(k.Head[:], o.Head[:]) && bytes.Equal(k.Tail[:], o.Tail[:])
}
