// Package seeds owns cyberdesk's default corpus: five news articles on the
// 2022 Iran-Albania cyber crisis, kept byte for byte as received, their
// manifest (outlet, title, byline and date of each, stated or inferred) and
// the curated annotations (actors, events, statements, quotes) whose spans
// point into exactly these bytes. Never edit the .txt files: every offset in
// annotations.json would silently move.
package seeds

import (
	"embed"
	"io/fs"
)

//go:embed *.txt manifest.json annotations.json
var files embed.FS

// FS returns the corpus as a read-only file system: a corpus directory in the
// same layout `cyberdesk --corpus DIR` reads.
func FS() fs.FS { return files }

// Dir is the corpus's path in the repository, used in citations.
const Dir = "seeds"
