package extract

import "testing"

// An action is common only when many mentions hold it, in number and in
// share: a one-story corpus's few tens of mentions never make it so.
func TestCommonAction(t *testing.T) {
	corpus := func(n, holding int) *agreement {
		ms := make([]*mention, n)
		for k := range ms {
			ms[k] = &mention{stems: []string{"other"}}
			if k < holding {
				ms[k].stems = []string{"elect"}
			}
		}
		return newAgreement(ms)
	}
	cases := []struct {
		name       string
		n, holding int
		want       bool
	}{
		{"a campaign's vote", 5000, 400, true},
		{"rare in a large corpus", 5000, 200, false},
		{"a one-story corpus", 12, 9, false},
		{"just enough", 480, 30, true},
	}
	for _, tc := range cases {
		if got := corpus(tc.n, tc.holding).commonAction("elect"); got != tc.want {
			t.Errorf("%s: commonAction = %v, want %v", tc.name, got, tc.want)
		}
	}
	if (*agreement)(nil).commonAction("elect") {
		t.Error("a nil agreement holds no common action")
	}
}
