package extract

import "testing"

// A tally joins another outlet's only on a shared figure; a sentence
// with no tally, or an event whose other outlets give no figure, is left
// to the other rules.
func TestFiguresDisagree(t *testing.T) {
	men := func(outlet, text string) mention {
		return mention{outlet: outlet, stems: stemsOf(text, 0, len(text), nil)}
	}
	cases := []struct {
		name  string
		m     string
		event []mention
		want  bool
	}{
		{"two counts", "Entering Tuesday's contests, Varga led Olsen by nearly 300 pledged delegates.",
			[]mention{men("a", "Varga leads Olsen by 271 pledged delegates, a count found.")}, true},
		{"one poll", "Just 28 percent of voters had a positive view of Varga in the poll.",
			[]mention{men("a", "Just 28 percent of voters said they had a positive view of Varga, against 33 percent.")}, false},
		{"two polls", "A poll released this week found 66 percent of women viewed Varga unfavourably.",
			[]mention{men("a", "A poll of 400 registered voters released on Friday found Varga ahead.")}, true},
		{"no tally", "Gunmen killed 14 people at the centre on Wednesday.",
			[]mention{men("a", "At least 20 people were shot at the centre on Wednesday.")}, false},
		{"no figure in the event", "Varga leads by 12 points in the poll.",
			[]mention{men("a", "A new poll shows Varga ahead.")}, false},
		{"same outlet only", "Varga leads by 12 points in the poll.",
			[]mention{men("b", "Varga led by 9 points in the last poll.")}, false},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := men("b", tc.m)
			if got := figuresDisagree(&m, &cluster{mentions: tc.event}); got != tc.want {
				t.Errorf("figuresDisagree = %v, want %v", got, tc.want)
			}
		})
	}
}
