package extract

import (
	"slices"
	"strings"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// addRole adds r to a person's roles. The first role is the one shown
// beside the name, so a role that says more of the first one ("Fisheries
// and Ports Minister" of "Minister", "former Supreme Court judge" of
// "judge") takes its place at the front, whichever article came first;
// any other role goes last.
func addRole(roles []timeline.Role, r timeline.Role) []timeline.Role {
	if len(roles) > 0 && fullerTitle(r.Title, roles[0].Title) {
		return slices.Insert(roles, 0, r)
	}
	return append(roles, r)
}

// fullerTitle reports whether title ends with the words of short and has
// more: "Fisheries and Ports Minister" of "Minister".
func fullerTitle(title, short string) bool {
	t, s := strings.ToLower(title), strings.ToLower(short)
	if len(t) <= len(s) || !strings.HasSuffix(t, " "+s) {
		return false
	}
	for _, w := range strings.Fields(t[:len(t)-len(s)]) {
		if otherOffice[strings.Trim(w, ".,")] {
			return false
		}
	}
	return true
}

// otherOffice are the words that, before a title, name another office
// ("Vice President" is not a fuller "President") or another time ("former
// Secretary of State").
var otherOffice = set(`vice deputy assistant associate acting under sub co ex former then late interim designate elect`)
