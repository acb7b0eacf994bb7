package extract

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// A fuller form of the first role shown takes its place; another role
// goes last.
func TestAddRoleKeepsTheFullestFirst(t *testing.T) {
	cases := []struct {
		name  string
		have  []string
		add   string
		first string
	}{
		{"fuller form of the first", []string{"Minister"}, "Fisheries and Ports Minister", "Fisheries and Ports Minister"},
		{"case differs", []string{"minister"}, "Fisheries Minister", "Fisheries Minister"},
		{"shorter form stays last", []string{"Fisheries and Ports Minister"}, "Minister", "Fisheries and Ports Minister"},
		{"another role", []string{"Minister"}, "union leader", "Minister"},
		{"no word boundary", []string{"Minister"}, "Prime-Minister", "Minister"},
		{"another office", []string{"President"}, "Vice President", "President"},
		{"another time", []string{"Secretary of State"}, "former Secretary of State", "Secretary of State"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var roles []timeline.Role
			for _, h := range tc.have {
				roles = append(roles, timeline.Role{Title: h})
			}
			got := addRole(roles, timeline.Role{Title: tc.add})
			if len(got) != len(tc.have)+1 || got[0].Title != tc.first {
				t.Errorf("addRole(%q, %q) = %v, want %d roles, first %q", tc.have, tc.add, got, len(tc.have)+1, tc.first)
			}
		})
	}
}

// A surname the article gives someone else, before "and", ends a name of
// its own and is no part of the next person's role.
func TestRoleStopsAtAnotherPersonsSurname(t *testing.T) {
	text := "Ohio Gov. John Kasich spoke first.\n\nKasich and Kentucky Sen. Rand Paul disagreed on Tuesday.\n\nFisheries and Ports Minister Ingrid Solberg spoke."
	paras := paragraphs(text)
	nm := newNamer(text, paras)
	roles := map[string]string{}
	for _, pa := range paras {
		for _, f := range nm.find(pa.start, pa.end) {
			if f.kind == namePerson && f.role != [2]int{} {
				roles[f.text] = text[f.role[0]:f.role[1]]
			}
		}
	}
	for name, want := range map[string]string{"Rand Paul": "Kentucky Sen.", "Ingrid Solberg": "Fisheries and Ports Minister"} {
		if roles[name] != want {
			t.Errorf("role of %s = %q, want %q (roles %q)", name, roles[name], want, roles)
		}
	}
}
