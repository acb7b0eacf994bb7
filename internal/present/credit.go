package present

import (
	"strconv"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// Count says how many: "1 event", "3 events".
func Count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// Credit names where a passage comes from: "Outlet, 2022-10-23", and
// "(photo caption)" when it is one.
func Credit(ds *timeline.Dataset, src timeline.Source) string {
	cite := ds.ArticleOutlet(src.Article).Name
	if a, ok := ds.Article(src.Article); ok {
		cite += ", " + a.Published.String()
	}
	if src.Caption {
		cite += " (photo caption)"
	}
	return cite
}
