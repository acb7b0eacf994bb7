package data

import (
	"bytes"
	"fmt"
)

// The limits on what cyberdesk reads. Each is far above what a real file
// needs and far below what would exhaust memory; past one, loading stops
// with an error naming the file (and the line, where there is one) and the
// limit, instead of running out of memory. SECURITY.md lists them.
const (
	// MaxArticleBytes is the largest article text a corpus may hold. A
	// news article is a few tens of kilobytes; anything near this is not
	// one.
	MaxArticleBytes = 4 << 20
	// MaxLineBytes is the longest line an article may have, and the
	// longest text a TimelineJS cell may hold. A paragraph is a few
	// kilobytes.
	MaxLineBytes = 64 << 10
	// MaxArticles is the most articles a corpus manifest may list.
	MaxArticles = 100_000
	// MaxEvents is the most events a dataset, corpus or TimelineJS
	// document may hold.
	MaxEvents = 5_000_000
	// MaxJSONBytes is the largest manifest or annotations file.
	MaxJSONBytes = 256 << 20
	// MaxDatasetBytes is the largest dataset file LoadDataset reads.
	MaxDatasetBytes = 1 << 30
	// MaxTimelineJSBytes is the largest TimelineJS document LoadTimelineJS
	// reads: room for the CSV of a million events (about 400 MB), which
	// loads in about 3 GB.
	MaxTimelineJSBytes = 512 << 20
)

// The count limits as the loaders read them; tests lower them rather than
// build five million events.
var maxEvents, maxArticles = MaxEvents, MaxArticles

// bom is the UTF-8 byte-order mark some editors put first in a file. It
// is not part of the text: every reader drops it.
var bom = []byte("\xef\xbb\xbf")

// longLine returns the 1-based number and length of the first line of
// text longer than MaxLineBytes, or 0.
func longLine(text []byte) (line, n int) {
	for line = 1; len(text) > 0; line++ {
		end := bytes.IndexByte(text, '\n')
		if end < 0 {
			end = len(text)
		}
		if end > MaxLineBytes {
			return line, end
		}
		text = text[min(end+1, len(text)):]
	}
	return 0, 0
}

// tooMany is the error for a count over its limit.
func tooMany(n, limit int, what, advice string) error {
	return fmt.Errorf("%d %s is over the limit of %d; %s", n, what, limit, advice)
}
