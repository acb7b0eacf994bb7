package schema

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
	// MaxDatasetBytes is the largest JSON export a reader reads.
	MaxDatasetBytes = 1 << 30
	// MaxTimelineJSBytes is the largest TimelineJS document a reader
	// reads: room for the CSV of a million events (about 400 MB), which
	// loads in about 3 GB.
	MaxTimelineJSBytes = 512 << 20
)

// Limits are the limits a reader applies, the constants above unless a
// caller (a test, say) lowers them.
type Limits struct {
	ArticleBytes    int64
	LineBytes       int
	Articles        int
	Events          int
	JSONBytes       int64
	DatasetBytes    int64
	TimelineJSBytes int64
}

// DefaultLimits returns the constants above.
func DefaultLimits() Limits {
	return Limits{
		ArticleBytes: MaxArticleBytes, LineBytes: MaxLineBytes, Articles: MaxArticles, Events: MaxEvents,
		JSONBytes: MaxJSONBytes, DatasetBytes: MaxDatasetBytes, TimelineJSBytes: MaxTimelineJSBytes,
	}
}

// OrDefault returns l, or the default limits when l is the zero value.
func (l Limits) OrDefault() Limits {
	if l == (Limits{}) {
		return DefaultLimits()
	}
	return l
}

// BOM is the UTF-8 byte-order mark some editors put first in a file. It
// is not part of the text: every reader drops it.
const BOM = "\xef\xbb\xbf"

// LongLine returns the 1-based number and length of the first line of
// text longer than most bytes, or 0.
func LongLine(text []byte, most int) (line, n int) {
	for line = 1; len(text) > 0; line++ {
		end := bytes.IndexByte(text, '\n')
		if end < 0 {
			end = len(text)
		}
		if end > most {
			return line, end
		}
		text = text[min(end+1, len(text)):]
	}
	return 0, 0
}

// TooMany is the error for a count over its limit.
func TooMany(n, limit int, what, advice string) error {
	return fmt.Errorf("%d %s is over the limit of %d; %s", n, what, limit, advice)
}

// ExpectEvents estimates how many events an export of size bytes holds,
// read of them so far, from the first batch of batch events that took
// first bytes. The rest of the document is taken to be events like those,
// with 2% to spare: in an export, almost everything after the first batch
// is events. A wrong guess costs only memory: the slice still grows.
func ExpectEvents(size, read, first int64, batch int) int {
	if size <= read || first <= 0 || batch == 0 {
		return batch
	}
	perEvent := max(first/int64(batch), 1)
	return batch + int((size-read)/perEvent*51/50)
}
