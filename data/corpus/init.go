package corpus

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"path"
	"strings"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/data/extract"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/bounded"
	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
	"github.com/cyberdesk-dev/cyberdesk/internal/untrusted"
	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Init drafts a manifest for the text files (*.txt) in fsys:
// each gets an id from its file name, its checksum, and what the text
// itself suggests for its title (the first line), byline (a line "By …")
// and publication date (the first full date near the top), each marked
// inferred and citing the words it came from. What the text cannot say,
// the outlet above all, is left empty for the user to fill in; `corpus
// check` then lists what is still missing. A file that is not UTF-8 or is
// too big is listed with a note and nothing guessed.
func Init(fsys fs.FS) ([]byte, error) {
	// fs.Glob would say nothing of a folder it cannot list
	entries, err := fs.ReadDir(fsys, ".")
	if err != nil {
		return nil, fmt.Errorf("cannot list the folder: %w", unwrapPath(err))
	}
	var files []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".txt") {
			files = append(files, e.Name())
		}
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no .txt files to describe; put one article per UTF-8 text file in the directory")
	}
	m := schema.Manifest{Schema: schema.Version, Outlets: []schema.Outlet{}}
	ids := map[string]bool{}
	for _, f := range files {
		m.Articles = append(m.Articles, draft(fsys, f, ids))
	}
	return schema.EncodeJSON(m)
}

func draft(fsys fs.FS, file string, ids map[string]bool) schema.ManifestItem {
	id := fileID(file)
	for n := 2; ids[id]; n++ {
		id = fmt.Sprintf("%s-%d", fileID(file), n)
	}
	ids[id] = true
	it := schema.ManifestItem{
		ID:        id,
		File:      file,
		Outlet:    schema.Fact{Basis: "inferred", Note: "TODO: the id of the outlet that published it, from outlets"},
		Title:     schema.Fact{Basis: "inferred", Note: "TODO: the article's title"},
		Byline:    schema.Fact{Basis: "inferred", Note: "no line beginning \"By \" near the top; empty if the article names no author"},
		Published: schema.DateFact{Basis: "inferred", Note: "TODO: the date it was published, e.g. {\"date\": \"2022-09-07\", \"precision\": \"day\"}"},
	}
	raw, err := bounded.ReadFile(fsys, file, schema.MaxArticleBytes, "the most an article may have")
	if err != nil {
		it.Title.Note = "TODO: " + fileError(file, err).Error() + "; nothing was read from it"
		return it
	}
	if !utf8.Valid(raw) {
		it.Title.Note = "TODO: the file is not UTF-8; nothing was read from it"
		return it
	}
	sum := sha256.Sum256(raw)
	it.SHA256 = hex.EncodeToString(sum[:])
	text := string(raw)
	if strings.ContainsRune(text, '\r') || strings.HasPrefix(text, "\ufeff") {
		return it // spans count bytes of the normalised text; leave guessing to the user
	}
	lines := 0
	for start := 0; start < len(text) && lines < 12; lines++ {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text) - start
		}
		l := strings.TrimSpace(text[start : start+end])
		at := start + strings.Index(text[start:start+end], l)
		switch {
		case l == "":
		case it.Title.Value == "":
			it.Title = schema.Fact{Value: l, Basis: "inferred", Note: "the file's first line; check it", Evidence: &schema.Span{Start: at, End: at + len(l), Text: untrusted.Text(l)}}
		case it.Byline.Value == "" && strings.HasPrefix(l, "By "):
			v := strings.TrimPrefix(l, "By ")
			it.Byline = schema.Fact{Value: v, Basis: "inferred", Note: "a line beginning \"By \"; check it", Evidence: &schema.Span{Start: at + 3, End: at + len(l), Text: untrusted.Text(v)}}
		}
		start += end + 1
	}
	for _, d := range extract.FindDates(text, timeline.Date{}) {
		if d.From.Precision == timeline.Day && d.To.IsZero() && d.Start < 2000 {
			it.Published = schema.DateFact{
				Value:    schema.Date{Date: d.From.ISO(), Precision: "day"},
				Basis:    "inferred",
				Note:     "the first full date near the top; check that it is the publication date",
				Evidence: &schema.Span{Start: d.Start, End: d.End, Text: untrusted.Text(d.Phrase)},
			}
			break
		}
	}
	return it
}

// fileID makes an article id from a file name: "01 Port Attack.txt" is
// "01-port-attack".
func fileID(file string) string {
	base := strings.TrimSuffix(path.Base(file), path.Ext(file))
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(base) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
			dash = false
		} else if !dash && b.Len() > 0 {
			b.WriteByte('-')
			dash = true
		}
	}
	if id := strings.TrimSuffix(b.String(), "-"); id != "" {
		return id
	}
	return "article"
}
