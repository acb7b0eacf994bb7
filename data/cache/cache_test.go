package cache

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/data/corpus"
	"github.com/cyberdesk-dev/cyberdesk/data/export"
	"github.com/cyberdesk-dev/cyberdesk/data/timelinejs"
	"github.com/cyberdesk-dev/cyberdesk/internal/synth"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// datasets are what the cache keeps, of every shape: the seeds (actors,
// statements, quotes, curated discrepancies, text beyond ASCII), a
// synthetic export (a thousand articles, actors on every event) and a
// TimelineJS import (one article its events' texts are places in).
func datasets(t testing.TB) map[string]*timeline.Dataset {
	t.Helper()
	seeds, err := corpus.Seeds()
	if err != nil {
		t.Fatal(err)
	}
	full, err := timeline.New(synth.Parts(synth.Options{Events: 3000, Seed: 4}))
	if err != nil {
		t.Fatal(err)
	}
	csv, err := synth.ShortCSV(3000, 4)
	if err != nil {
		t.Fatal(err)
	}
	imported, err := timelinejs.Load("short.csv", csv, timelinejs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return map[string]*timeline.Dataset{"seeds": seeds, "synthetic": full, "import": imported, "marked": marked(t, seeds)}
}

// marked is the seeds with what extraction marks: a source the event's
// date is taken from (basis) and a discrepancy found automatically.
func marked(t testing.TB, seeds *timeline.Dataset) *timeline.Dataset {
	t.Helper()
	p := seeds.Parts()
	p.Events = slices.Clone(p.Events)
	basis := false
	for i := range p.Events {
		e := &p.Events[i]
		for j, s := range e.Sources {
			if s.When != "" && !basis {
				e.Sources = slices.Clone(e.Sources)
				e.Sources[j].Basis, basis = true, true
			}
		}
	}
	p.Discrepancies = slices.Clone(p.Discrepancies)
	p.Discrepancies[0].Extracted = true
	ds, err := timeline.New(p)
	if err != nil || !basis {
		t.Fatalf("the marked seeds: %v (a basis: %v)", err, basis)
	}
	return ds
}

func exported(t testing.TB, ds *timeline.Dataset) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := export.Write(&b, ds); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// source writes a file for a key to be read from.
func source(t testing.TB, dir, name, content string) (string, Key) {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	k, err := KeyOf(path)
	if err != nil {
		t.Fatal(err)
	}
	return path, k
}

// TestSaveLoad: what is saved loads back as the same dataset, export for
// export, byte for byte, indexed at once or later, with the kind it was
// saved with; the import's titles are still searched where they are.
func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	d := Dir{Path: filepath.Join(dir, "cache")}
	for name, ds := range datasets(t) {
		_, k := source(t, dir, name, "the file "+name)
		if err := d.Save(context.Background(), k, ds, 7); err != nil {
			t.Fatal(err)
		}
		for _, later := range []bool{false, true} {
			back, kind, err := d.Load(k, LoadOptions{IndexLater: later})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if kind != 7 {
				t.Errorf("%s: kind %d, want 7", name, kind)
			}
			if got, want := exported(t, back), exported(t, ds); !bytes.Equal(got, want) {
				t.Fatalf("%s (later %v): loaded from the cache, the export differs", name, later)
			}
			for i, e := range back.Events() {
				o := ds.Events()[i]
				for j, l := range [][2][]string{{e.Countries, o.Countries}, {e.Actors, o.Actors}, {e.Tags, o.Tags}} {
					if !slices.Equal(l[0], l[1]) || (l[0] == nil) != (l[1] == nil) {
						t.Fatalf("%s: event %s's list %d is %#v, want %#v", name, e.ID, j, l[0], l[1])
					}
				}
			}
			<-back.Indexed()
			f := timeline.Filter{Search: "the"}
			if got, want := back.Apply(f), ds.Apply(f); len(got) != len(want) {
				t.Errorf("%s: %q finds %d events, want %d", name, f.Search, len(got), len(want))
			}
		}
	}
	if st, err := os.Stat(d.Path); err != nil || st.Mode().Perm() != 0o700 {
		t.Errorf("the folder: %v, %v; want one only its owner reads", st.Mode(), err)
	}
	entries, _ := os.ReadDir(d.Path)
	for _, e := range entries {
		if info, _ := e.Info(); info.Mode().Perm() != 0o600 {
			t.Errorf("%s is %v, want 0600", e.Name(), info.Mode().Perm())
		}
	}
}

// TestStaleIsNeverServed: a file changed in its size, time, first or last
// block is a miss, not its old dataset.
func TestStaleIsNeverServed(t *testing.T) {
	dir := t.TempDir()
	d := Dir{Path: filepath.Join(dir, "cache")}
	ds := datasets(t)["seeds"]
	content := strings.Repeat("x", 3*keyBlock)
	path, k := source(t, dir, "f", content)
	if err := d.Save(context.Background(), k, ds, 1); err != nil {
		t.Fatal(err)
	}
	for name, change := range map[string]func(){
		"size":  func() { os.WriteFile(path, []byte(content+"y"), 0o600) },
		"time":  func() { os.Chtimes(path, time.Now(), time.Now().Add(time.Hour)) },
		"start": func() { os.WriteFile(path, []byte("y"+content[1:]), 0o600) },
		"end":   func() { os.WriteFile(path, []byte(content[:len(content)-1]+"y"), 0o600) },
	} {
		old, _ := os.Stat(path)
		change()
		if name != "time" { // the same time, as a quick edit may leave it
			os.Chtimes(path, old.ModTime(), old.ModTime())
		}
		now, err := KeyOf(path)
		if err != nil {
			t.Fatal(err)
		}
		if _, _, err := d.Load(now, LoadOptions{}); !errors.Is(err, ErrMiss) {
			t.Errorf("changed %s: %v, want a miss", name, err)
		}
		os.WriteFile(path, []byte(content), 0o600)
		os.Chtimes(path, time.Unix(0, k.ModTime), time.Unix(0, k.ModTime))
		if again, _ := KeyOf(path); again != k {
			t.Fatalf("the file put back has another key")
		}
	}
	if _, _, err := d.Load(k, LoadOptions{}); err != nil {
		t.Errorf("the file as it was: %v", err)
	}
}

// TestDamagedEntriesAreRefused: an entry cut short anywhere, with a byte
// changed anywhere, or not an entry at all is refused and removed; the
// next load is a miss.
func TestDamagedEntriesAreRefused(t *testing.T) {
	d, k, good := savedSeeds(t)
	try := func(what string, b []byte) {
		t.Helper()
		if err := os.WriteFile(d.file(k), b, 0o600); err != nil {
			t.Fatal(err)
		}
		if _, _, err := d.Load(k, LoadOptions{}); err == nil || errors.Is(err, ErrMiss) {
			t.Fatalf("%s: %v, want it refused", what, err)
		}
		if _, err := os.Stat(d.file(k)); !errors.Is(err, os.ErrNotExist) {
			t.Fatalf("%s: the entry is still there", what)
		}
		if _, _, err := d.Load(k, LoadOptions{}); !errors.Is(err, ErrMiss) {
			t.Fatalf("%s, then: %v, want a miss", what, err)
		}
	}
	for _, n := range []int{0, 1, 16, len(good) / 3, len(good) / 2, len(good) - 13, len(good) - 1} {
		try("cut at "+itoa(n), good[:n])
	}
	for i := 0; i < len(good); i += max(len(good)/97, 1) {
		b := bytes.Clone(good)
		b[i] ^= 0x20
		try("byte "+itoa(i)+" changed", b)
	}
	// the footer, byte by byte: its checksum covers it, as the blocks'
	// cover the rest
	n := int(binary.LittleEndian.Uint32(good[len(good)-len(endMark)-4:]))
	for i := len(good) - n; i < len(good); i++ {
		b := bytes.Clone(good)
		b[i] ^= 0x01
		try("footer byte "+itoa(i)+" changed", b)
	}
	try("an empty file", nil)
	try("a CSV", []byte("Year,Headline\n2022,A\n"))
	try("the entry twice", append(bytes.Clone(good), good...))
}

func itoa(n int) string { return strconv.Itoa(n) }

// TestSaveStopsWhenCancelled: a cancelled save writes nothing, and leaves
// no temporary file.
func TestSaveStopsWhenCancelled(t *testing.T) {
	dir := t.TempDir()
	d := Dir{Path: filepath.Join(dir, "cache")}
	_, k := source(t, dir, "f", "content")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := d.Save(ctx, k, datasets(t)["synthetic"], 1); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: %v", err)
	}
	if entries, _ := os.ReadDir(d.Path); len(entries) != 0 {
		t.Errorf("left %v", entries)
	}
}

// TestEviction: past the folder's size, the least recently used entries
// go; a load counts as a use; an entry larger than the size is not kept.
func TestEviction(t *testing.T) {
	dir := t.TempDir()
	ds := datasets(t)["seeds"]
	big := Dir{Path: filepath.Join(dir, "cache")}
	var keys []Key
	for i := range 4 {
		_, k := source(t, dir, "f"+string(rune('a'+i)), "content")
		keys = append(keys, k)
		if err := big.Save(context.Background(), k, ds, 1); err != nil {
			t.Fatal(err)
		}
		old := time.Now().Add(time.Duration(i-10) * time.Minute)
		os.Chtimes(big.file(k), old, old)
	}
	st, _ := os.Stat(big.file(keys[0]))
	if _, _, err := big.Load(keys[0], LoadOptions{}); err != nil { // now the most recently used
		t.Fatal(err)
	}
	small := Dir{Path: big.Path, Max: 2*st.Size() + st.Size()/2} // room for two
	_, k := source(t, dir, "new", "content")
	if err := small.Save(context.Background(), k, ds, 1); err != nil {
		t.Fatal(err)
	}
	for i, want := range []bool{true, false, false, false} {
		if _, err := os.Stat(small.file(keys[i])); (err == nil) != want {
			t.Errorf("entry %d kept: %v, want %v", i, err == nil, want)
		}
	}
	if _, err := os.Stat(small.file(k)); err != nil {
		t.Errorf("the entry just written is gone: %v", err)
	}
	tiny := Dir{Path: big.Path, Max: 100}
	if err := tiny.Save(context.Background(), k, ds, 1); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(tiny.file(k)); err == nil {
		t.Error("an entry over the size was kept")
	}
}

// FuzzDecode: no entry, however made, makes decoding panic, nor the
// dataset restored from it (as Load restores it, its events unchecked)
// when it is written out, searched or filtered. The fuzzer's bytes get
// a footer and checksums that match, so that it reaches the sections.
func FuzzDecode(f *testing.F) {
	dir := f.TempDir()
	d := Dir{Path: dir}
	seeds, err := corpus.Seeds() // small datasets: the fuzzer's workers each make them, slowly
	if err != nil {
		f.Fatal(err)
	}
	small := map[string]*timeline.Dataset{"seeds": seeds}
	for _, shape := range []synth.Shape{synth.Full, synth.Short} {
		ds, err := timeline.New(synth.Parts(synth.Options{Events: 40, Seed: 1, Shape: shape}))
		if err != nil {
			f.Fatal(err)
		}
		small[strconv.Itoa(int(shape))] = ds
	}
	for name, ds := range small {
		k := Key{Path: "/" + name}
		if err := d.Save(context.Background(), k, ds, 1); err != nil {
			f.Fatal(err)
		}
		b, err := os.ReadFile(d.file(k))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
		f.Add(wrappedFooter(b))
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, c := range [][]byte{b, resealed(b)} {
			e, err := decode(c, nil)
			if err != nil {
				continue
			}
			ds, err := timeline.Restore(e.parts, false)
			if err != nil {
				continue
			}
			exported(t, ds) // every string it holds can be written out
			for _, f := range []timeline.Filter{{Search: "a"}, {Search: "the attack", Passages: true},
				{Countries: []string{"AL", "IR"}, Outlets: []string{"o1"}}, {Actors: []string{"rama"}, Tags: []string{"visit"}}} {
				ds.Apply(f)
			}
			for i := range ds.Events() {
				ds.EventCountries(i)
				ds.EventOutlets(i)
				ds.Scope(i)
			}
		}
	})
}

// resealed is b with its checksums made to match: what someone who wants
// to harm would write.
func resealed(b []byte) []byte {
	if len(b) < len(endMark)+4 {
		return b
	}
	n := int(binary.LittleEndian.Uint32(b[len(b)-len(endMark)-4:]))
	if n < sections*16+16+len(endMark) || n > len(b) {
		return b
	}
	start := len(b) - n
	c := bytes.Clone(b)
	sums := c[start+sections*16+8 : len(c)-len(endMark)-8]
	for k := 0; 4*k+4 <= len(sums) && k*blockSize < start; k++ {
		binary.LittleEndian.PutUint32(sums[4*k:], crc32.Checksum(c[k*blockSize:min((k+1)*blockSize, start)], castagnoli))
	}
	return resealedFooter(c)
}

// resealedFooter is entry b with its footer's checksum made to match.
func resealedFooter(b []byte) []byte {
	n := int(binary.LittleEndian.Uint32(b[len(b)-len(endMark)-4:]))
	if n < 8+len(endMark) || n > len(b) {
		return b
	}
	at := len(b) - len(endMark) - 8
	binary.LittleEndian.PutUint32(b[at:], crc32.Checksum(b[len(b)-n:at], castagnoli))
	return b
}

// savedSeeds keeps the seeds' dataset in a new cache folder and returns
// the folder, the entry's key and its bytes.
func savedSeeds(t *testing.T) (Dir, Key, []byte) {
	t.Helper()
	dir := t.TempDir()
	d := Dir{Path: filepath.Join(dir, "cache")}
	_, k := source(t, dir, "f", "content")
	if err := d.Save(context.Background(), k, datasets(t)["seeds"], 1); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(d.file(k))
	if err != nil {
		t.Fatal(err)
	}
	return d, k, b
}

// TestAHarmfulFooterIsRefused: a footer whose section's place plus its
// size passes 2^64 (nothing seals the footer) is refused and removed, not
// a crash on every later open.
func TestAHarmfulFooterIsRefused(t *testing.T) {
	d, k, b := savedSeeds(t)
	if at, _, err := footer(wrappedFooter(b)); err == nil {
		t.Errorf("the footer placed its first section at %d", at[0][0])
	}
	os.WriteFile(d.file(k), wrappedFooter(b), 0o600)
	if _, _, err := d.Load(k, LoadOptions{}); err == nil || errors.Is(err, ErrMiss) {
		t.Fatalf("%v, want it refused", err)
	}
	if _, err := os.Stat(d.file(k)); !errors.Is(err, os.ErrNotExist) {
		t.Error("the entry is still there")
	}
}

// wrappedFooter is entry b with its first section placed at 2^64-1, one
// byte long: the sum of the two is 0.
func wrappedFooter(b []byte) []byte {
	b = bytes.Clone(b)
	n := int(binary.LittleEndian.Uint32(b[len(b)-len(endMark)-4:]))
	at := len(b) - n
	binary.LittleEndian.PutUint64(b[at:], ^uint64(0))
	binary.LittleEndian.PutUint64(b[at+8:], 1)
	return resealedFooter(b)
}

// TestAStaleEntryIsReadNoFurtherThanItsHeader: an entry made from the
// file as it was is a miss on its header alone: its body, damaged here,
// is not read, and the entry stays to be written over.
func TestAStaleEntryIsReadNoFurtherThanItsHeader(t *testing.T) {
	d, k, b := savedSeeds(t)
	b[len(b)/2] ^= 0x20 // would be refused, were it read
	os.WriteFile(d.file(k), b, 0o600)
	stale := k
	stale.ModTime++
	if _, _, err := d.Load(stale, LoadOptions{}); !errors.Is(err, ErrMiss) {
		t.Fatalf("%v, want a miss", err)
	}
	if _, err := os.Stat(d.file(k)); err != nil {
		t.Errorf("a stale entry was removed: %v", err)
	}
}

// TestCountsAreHeldToTheBytes: a count of items written in at least n
// bytes each is refused when the bytes left could not hold them.
func TestCountsAreHeldToTheBytes(t *testing.T) {
	for _, c := range []struct {
		count, least int
		ok           bool
	}{{11, leastArticle, true}, {12, leastArticle, false}, {7, leastQuote, true}, {8, leastQuote, false}, {101, 1, true}, {102, 1, false}} { // the bytes left count the count's own
		d := &dec{b: append(binary.AppendUvarint(nil, uint64(c.count)), make([]byte, 100)...)}
		got := d.countOf(c.least)
		if ok := !d.bad && got == c.count; ok != c.ok {
			t.Errorf("%d items of at least %d bytes in 100: got %d (bad %v), want ok %v", c.count, c.least, got, d.bad, c.ok)
		}
	}
}

// TestAnEntryListingTheUnknownIsRefused: an entry whose checksums match
// but whose events list a country, an actor or a tag the dataset does
// not know is refused: events are not checked one by one when read, so
// their lists are, each string once.
func TestAnEntryListingTheUnknownIsRefused(t *testing.T) {
	d, k, good := savedSeeds(t)
	at, _, err := footer(good)
	if err != nil {
		t.Fatal(err)
	}
	lists := good[at[3][0] : at[3][0]+at[3][1]]
	seeds := datasets(t)["seeds"]
	e := seeds.Events()[0]
	for _, name := range []string{e.Countries[0], e.Actors[0], e.Tags[0]} {
		i := bytes.Index(lists, []byte(name))
		if i < 0 {
			t.Fatalf("%q is not in the lists", name)
		}
		b := bytes.Clone(good)
		b[at[3][0]+i] = '#' // a name nothing has, the same length
		os.WriteFile(d.file(k), resealed(b), 0o600)
		if _, _, err := d.Load(k, LoadOptions{}); err == nil || errors.Is(err, ErrMiss) {
			t.Errorf("%q made unknown: %v, want it refused", name, err)
		}
	}
	os.WriteFile(d.file(k), good, 0o600)
	if _, _, err := d.Load(k, LoadOptions{}); err != nil {
		t.Fatalf("the entry as written: %v", err)
	}
}

// TestUvarintReadsWhatBinaryReads: the decoder's uvarint, which reads a
// one-byte number without calling encoding/binary, reads every number
// as binary.Uvarint does, ends where it ends, and fails where it fails:
// cut short, or longer than a uint64.
func TestUvarintReadsWhatBinaryReads(t *testing.T) {
	var cases [][]byte
	for _, v := range []uint64{0, 1, 0x7f, 0x80, 0xff, 0x3fff, 0x4000, 1 << 32, 1<<63 + 5, math.MaxUint64} {
		b := binary.AppendUvarint(nil, v)
		cases = append(cases, b, append(bytes.Clone(b), 0x7f, 0x01), b[:len(b)-1])
	}
	cases = append(cases, nil, bytes.Repeat([]byte{0x80}, 11), append(bytes.Repeat([]byte{0xff}, 9), 0x02), []byte{0x80, 0x00})
	for _, b := range cases {
		want, n := binary.Uvarint(b)
		d := &dec{b: b}
		got := d.uvarint()
		if n <= 0 {
			if !d.bad || got != 0 || d.off != len(b) {
				t.Errorf("% x: got %d, off %d, bad %v; want it bad, at the end", b, got, d.off, d.bad)
			}
			continue
		}
		if d.bad || got != want || d.off != n {
			t.Errorf("% x: got %d, off %d, bad %v; want %d, off %d", b, got, d.off, d.bad, want, n)
		}
	}
}

// TestADamagedBlockIsRefusedWhereverItLies: in an entry of several
// blocks, a byte of an article's text changed is refused whether its
// block holds events too (checked as they are read) or only text (checked
// after the events): nothing but the checksums could tell, since the
// text is read where it lies.
func TestADamagedBlockIsRefusedWhereverItLies(t *testing.T) {
	dir := t.TempDir()
	d := Dir{Path: filepath.Join(dir, "cache")}
	_, k := source(t, dir, "f", "content")
	if err := d.Save(context.Background(), k, benchDataset(t, "short", 50_000), 1); err != nil {
		t.Fatal(err)
	}
	good, err := os.ReadFile(d.file(k))
	if err != nil {
		t.Fatal(err)
	}
	at, _, err := footer(good)
	if err != nil {
		t.Fatal(err)
	}
	text, events := at[0], at[2]
	shared := text[0] + text[1] - 20 // in the block where the events begin
	if events[0]/blockSize == 0 || text[0]/blockSize != 0 || shared/blockSize != events[0]/blockSize {
		t.Fatalf("the text at %v and the events at %v: want the text to begin a block before the events'", text, events)
	}
	for what, i := range map[string]int{"text alone": text[0] + 64, "text and events": shared} {
		b := bytes.Clone(good)
		b[i] ^= 0x01
		os.WriteFile(d.file(k), b, 0o600)
		if _, _, err := d.Load(k, LoadOptions{}); err == nil || errors.Is(err, ErrMiss) {
			t.Errorf("a byte changed in a block of %s: %v, want it refused", what, err)
		}
	}
	os.WriteFile(d.file(k), good, 0o600)
	if _, _, err := d.Load(k, LoadOptions{}); err != nil {
		t.Fatalf("the entry as written: %v", err)
	}
}

// TestAStringIsHeldToTheBytes: a string as long as the bytes after its
// length is read; one a byte longer marks the entry bad, and gives "".
func TestAStringIsHeldToTheBytes(t *testing.T) {
	for _, c := range []struct {
		n    int
		want string
		bad  bool
	}{{0, "", false}, {3, "abc", false}, {5, "abcde", false}, {6, "", true}, {1 << 40, "", true}} {
		d := &dec{b: append(binary.AppendUvarint(nil, uint64(c.n)), "abcde"...)}
		if got := d.str(); got != c.want || d.bad != c.bad {
			t.Errorf("length %d before 5 bytes: got %q (bad %v), want %q (bad %v)", c.n, got, d.bad, c.want, c.bad)
		}
	}
}

// TestAnEntryOfThePreviousVersionIsRebuilt: an entry an older version
// wrote (3 and 4: a short CSV's import, kept in testdata, its checksums
// matching) is refused for its version, not read by this version's
// layout, and removed; the file's dataset, saved again, is what loads
// next.
func TestAnEntryOfThePreviousVersionIsRebuilt(t *testing.T) {
	for _, v := range []byte{3, 4} {
		t.Run(strconv.Itoa(int(v)), func(t *testing.T) { rebuilt(t, v) })
	}
}

func rebuilt(t *testing.T, v byte) {
	old, err := os.ReadFile(filepath.Join("testdata", "version"+strconv.Itoa(int(v))+".cdc"))
	if err != nil {
		t.Fatal(err)
	}
	k := Key{Path: "/an entry of version " + strconv.Itoa(int(v)), Size: 1, ModTime: 1}
	if was, _, _, err := header(bytes.Replace(old, []byte{v, 0, 0, 0}, []byte{version, 0, 0, 0}, 1)); err != nil || !was.same(k) {
		t.Fatalf("the kept entry's header, its version put right: %v, key %v; want key %v", err, was, k)
	}
	d := Dir{Path: t.TempDir()}
	if err := os.WriteFile(d.file(k), old, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, _, err := d.Load(k, LoadOptions{}); !errors.Is(err, errVersion) {
		t.Fatalf("%v, want it refused for its version", err)
	}
	if _, err := os.Stat(d.file(k)); !errors.Is(err, os.ErrNotExist) {
		t.Fatal("the old entry is still there")
	}
	if _, _, err := d.Load(k, LoadOptions{}); !errors.Is(err, ErrMiss) {
		t.Fatalf("then: %v, want a miss", err)
	}
	csv, err := synth.ShortCSV(40, 1)
	if err != nil {
		t.Fatal(err)
	}
	ds, err := timelinejs.Load("short.csv", csv, timelinejs.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Save(context.Background(), k, ds, 1); err != nil {
		t.Fatal(err)
	}
	back, _, err := d.Load(k, LoadOptions{})
	if err != nil {
		t.Fatalf("the entry written again: %v", err)
	}
	if !bytes.Equal(exported(t, back), exported(t, ds)) {
		t.Error("the entry written again loads another dataset")
	}
}

// TestAPlaceIsHeldToItsText: a place in an article and its length lie
// within the text (here 10 bytes, the last place ending at 4), or the
// decoder is bad.
func TestAPlaceIsHeldToItsText(t *testing.T) {
	zig := func(d int64) uint64 { return uint64(d<<1) ^ uint64(d>>63) }
	for _, c := range []struct {
		dist    int64
		n       uint64
		off, to int
		bad     bool
	}{
		{0, 3, 4, 7, false}, {-4, 0, 0, 0, false}, {-4, 10, 0, 10, false}, {6, 0, 10, 10, false},
		{2, 4, 6, 10, false}, {-5, 1, 0, 0, true}, {7, 0, 0, 0, true}, {2, 5, 0, 0, true},
		{0, 200, 0, 0, true}, {100, 0, 0, 0, true}, {math.MaxInt64, 0, 0, 0, true}, {math.MinInt64, 0, 0, 0, true},
		{0, math.MaxUint64, 0, 0, true},
	} {
		d, last := &dec{}, 4
		off, n := d.at(10, zig(c.dist), c.n, &last)
		if d.bad != c.bad || !c.bad && (off != c.off || off+n != c.to || last != c.to) {
			t.Errorf("%d from 4, %d long: [%d, %d) last %d, bad %v; want [%d, %d), bad %v",
				c.dist, c.n, off, off+n, last, d.bad, c.off, c.to, c.bad)
		}
	}
}

// TestASourceSpanIsHeldToItsText: an event's source's span, its start
// read from its title's start (4 here) and its end from where the last
// place ended (6), lies in its article's 10 bytes, starts before it ends,
// or the decoder is bad; the zero span is three 0s.
func TestASourceSpanIsHeldToItsText(t *testing.T) {
	zig := func(d int64) uint64 { return uint64(d<<1) ^ uint64(d>>63) }
	arts := []timeline.Article{{ID: "a", Text: "0123456789"}}
	for _, c := range []struct {
		start, end int64 // distances
		bad        bool
	}{{0, 0, false}, {-4, 4, false}, {2, 0, false}, {-1, -3, false}, {3, 0, true}, {0, -3, true}, {-5, 0, true}, {0, 5, true}, {0, -7, true},
		{math.MaxInt64, 0, true}, {0, math.MinInt64, true}} {
		d, last := &dec{}, 6
		s := eventSpan(d, arts, 1, zig(c.start), zig(c.end), 4, &last)
		want := timeline.Span{Article: "a", Start: 4 + int(c.start), End: 6 + int(c.end)}
		if d.bad != c.bad || !c.bad && (s.Start != want.Start || s.End != want.End || string(s.Text) != string(arts[0].Text[want.Start:want.End]) || last != want.End) {
			t.Errorf("start %+d, end %+d: %+v, last %d, bad %v; want bad %v", c.start, c.end, s, last, d.bad, c.bad)
		}
	}
	for _, h := range [][]uint64{{0, 0, 0}, {0, 1, 0}, {0, 0, 1}, {2, 0, 0}} {
		d, last := &dec{}, 6
		if s := eventSpan(d, arts, h[0], h[1], h[2], 4, &last); d.bad != (h[1]|h[2]|h[0]>>1 != 0) || s != (timeline.Span{}) || last != 6 {
			t.Errorf("%v: %+v, last %d, bad %v", h, s, last, d.bad)
		}
	}
}

// TestAnEventsNumbersAreReadAtOnceOrOneByOne: an event's and a source's
// numbers read at once, when each is a byte, are what reading them one
// at a time gives; a number of more than a byte, or a flag byte of 0x80
// or more, anywhere among them is read one at a time; numbers cut short
// make the decoder bad.
func TestAnEventsNumbersAreReadAtOnceOrOneByOne(t *testing.T) {
	for _, long := range []int{-1, 0, 1, 7, 8, 14} {
		var want head
		var b []byte
		for i := range want {
			want[i] = uint64(i*9) % 128
			if i == long {
				want[i] = 300 + uint64(i)
				if i == 0 {
					want[i] = 0x81 // a flag byte, not a uvarint
				}
			}
			if i == 0 {
				b = append(b, byte(want[i]))
			} else {
				b = binary.AppendUvarint(b, want[i])
			}
		}
		b = append(b, 0x7f, 0xff) // what follows the numbers
		var h head
		d := &dec{b: b}
		d.readHead(&h)
		if d.bad || h != want || d.off != len(b)-2 {
			t.Errorf("a number long at %d: %v, off %d, bad %v; want %v, off %d", long, h, d.off, d.bad, want, len(b)-2)
		}
		d = &dec{b: b[:len(b)-3]}
		d.readHead(&h)
		if !d.bad {
			t.Errorf("a number long at %d, cut short: not bad", long)
		}
	}
	for _, long := range []int{-1, 0, 3, 4} {
		want := [5]uint64{1, 2, 3, 4, 5}
		var b []byte
		for i := range 4 {
			if i == long {
				want[i] = 1000
			}
			b = binary.AppendUvarint(b, want[i])
		}
		if long == 4 {
			want[4] = 0x90
		}
		b = append(b, byte(want[4]), 'w', 'h', 'e', 'n')
		var h [5]uint64
		d := &dec{b: b}
		d.readSource(&h)
		if d.bad || h != want || d.off != len(b)-4 {
			t.Errorf("a source's number long at %d: %v, off %d, bad %v; want %v", long, h, d.off, d.bad, want)
		}
	}
}

// TestAnEventsDatesAreCheckedWhereTheyChange: an event of a chunk with no
// start, or with an end before its start, is refused, whether the start
// or the end is its own or the event before's (written as 0, not checked
// again); the first event of a chunk has no event before to take them
// from.
func TestAnEventsDatesAreCheckedWhereTheyChange(t *testing.T) {
	day := func(d int) uint64 { return packDate(timeline.DayDate(2020, time.January, d)) + 1 }
	none := packDate(timeline.Date{}) + 1
	event := func(start, end uint64) []byte {
		var b []byte
		for _, v := range []uint64{0, 1, 0, 1, 0, 0, 0, 0, 0, start, end, 0, 0, 0, 1} {
			b = binary.AppendUvarint(b, v)
		}
		return append(b, 'x', 'T', 0, 0, 0, 0, 0) // id, title, a source of no span
	}
	for _, c := range []struct {
		name  string
		dates [][2]uint64 // each event's start and end as written
		ok    bool
	}{
		{"own dates", [][2]uint64{{day(5), none}, {day(6), day(7)}}, true},
		{"the ones before", [][2]uint64{{day(5), day(9)}, {0, 0}, {0, 0}}, true},
		{"a start of its own, the end before", [][2]uint64{{day(5), day(9)}, {day(7), 0}}, true},
		{"no start", [][2]uint64{{none, none}}, false},
		{"the first taking a start from none", [][2]uint64{{0, none}}, false},
		{"the first taking an end from none", [][2]uint64{{day(5), 0}}, false},
		{"an end before its start", [][2]uint64{{day(5), day(4)}}, false},
		{"its own end before the start before", [][2]uint64{{day(5), none}, {0, day(4)}}, false},
		{"its own start after the end before", [][2]uint64{{day(5), day(6)}, {day(7), 0}}, false},
	} {
		var b []byte
		for _, d := range c.dates {
			b = append(b, event(d[0], d[1])...)
		}
		events, sources := make([]timeline.Event, len(c.dates)), make([]timeline.Source, len(c.dates))
		lists := &strLists{from: []uint32{0, 0}}
		if ok := readChunk(&dec{b: b}, events, sources, nil, lists, make([]uint8, 1)); ok != c.ok {
			t.Errorf("%s: read %v, want %v", c.name, ok, c.ok)
		}
	}
}
