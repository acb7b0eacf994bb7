package present

import (
	"strings"
	"unicode"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// OutletMarks gives each outlet a one-letter mark no other outlet has, for
// narrow columns: the initial of its first significant word, else of a
// later word, else any letter of its name, else "?".
func OutletMarks(outlets []timeline.Outlet) map[string]string {
	marks := make(map[string]string, len(outlets))
	used := map[rune]bool{}
	for _, o := range outlets {
		marks[o.ID] = pickMark(o.Name, used)
	}
	return marks
}

func pickMark(name string, used map[rune]bool) string {
	var candidates []rune
	for _, w := range strings.Fields(name) {
		if strings.EqualFold(w, "the") || strings.EqualFold(w, "of") {
			continue
		}
		candidates = append(candidates, unicode.ToUpper([]rune(w)[0]))
	}
	for _, r := range strings.ToUpper(name) {
		if unicode.IsLetter(r) {
			candidates = append(candidates, r)
		}
	}
	for _, r := range candidates {
		if !used[r] {
			used[r] = true
			return string(r)
		}
	}
	return "?"
}
