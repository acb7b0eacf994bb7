package corpus

import (
	"errors"
	"regexp"
	"testing"
	"testing/fstest"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/testkit"
)

// FuzzOpenCorpus feeds arbitrary manifest, annotations and article bytes
// to the corpus loader: it never panics, and every problem it reports is
// an *Error naming a file of the corpus, with a line and column that lie
// inside that file when it gives them.
func FuzzOpenCorpus(f *testing.F) {
	good := string(byoCorpus(map[string]string{"a": "a.txt"}, nil)[ManifestFile].Data)
	f.Add(good, "", goodArticle)
	f.Add(good, `{"schema": 2, "actors": [{"id": "x", "name": "X", "kind": "person", "aliases": ["X"], "roles": [], "mentions": [{"article": "a", "start": 0, "end": 4, "text": "Port"}]}]}`, goodArticle)
	f.Add(`{"schema": 2, "outlets": [], "articles": [{"id": "a"}]}`, `{`, "\xff\xfe")
	f.Add(`[`, `null`, "\ufeff\r\n")
	f.Fuzz(func(t *testing.T, manifest, annotations, text string) {
		m := fstest.MapFS{ManifestFile: {Data: []byte(manifest)}, "a.txt": {Data: []byte(text)}}
		if annotations != "" {
			m[AnnotationsFile] = &fstest.MapFile{Data: []byte(annotations)}
		}
		c, err := Open(m, "corpus", Options{})
		var problems []error
		if err != nil {
			problems = schema.Flatten(err)
		} else {
			for _, p := range c.Problems {
				problems = append(problems, p)
			}
		}
		files := map[string]string{"corpus/manifest.json": manifest, "corpus/annotations.json": annotations, "corpus/a.txt": text}
		for _, p := range problems {
			var e *schema.Error
			if !errors.As(p, &e) {
				t.Fatalf("%T is not a *data.Error: %v", p, p)
			}
			src, ok := files[e.File]
			if !ok && !validFileName.MatchString(e.File) {
				t.Fatalf("error names %q, not a file of the corpus: %v", e.File, e)
			}
			if ok && e.Line > 0 && e.Line > testkit.Lines(src) {
				t.Fatalf("error at line %d of a %d-line file: %v", e.Line, testkit.Lines(src), e)
			}
		}
	})
}

// validFileName is a path inside the corpus: the manifest may name other
// files.
var validFileName = regexp.MustCompile(`^corpus/`)
