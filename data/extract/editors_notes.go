package extract

import "strings"

// An editor's note or a correction appended to an article ("Editor's
// Note: An article on Monday about … reported that …", "Correction: An
// earlier version of this story …") reports on the outlet's own
// reporting, not on a happening: its date is the article's, and its
// words are the story's, so it would join (or date) an event of that
// story on words alone. Its sentences are no mentions.

// noteLabels open an editor's note or a correction.
var noteLabels = []string{"editor's note:", "editor’s note:", "editors' note:", "editors’ note:", "editor's note -",
	"correction:", "clarification:", "corrections:"}

// editorsNote reports whether the sentence s opens with a note label.
func editorsNote(s string) bool {
	s = strings.TrimSpace(s)
	for _, l := range noteLabels {
		if len(s) >= len(l) && strings.EqualFold(s[:len(l)], l) {
			return true
		}
	}
	return false
}
