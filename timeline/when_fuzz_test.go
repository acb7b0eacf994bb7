package timeline

import (
	"testing"
	"time"
)

// FuzzResolve reads arbitrary date phrases against arbitrary anchors: no
// panic, and what it returns is a date that passes the dataset's own check,
// with an end never before its start.
func FuzzResolve(f *testing.F) {
	for _, p := range []string{"on Sunday", "yesterday", "In September", "Three weeks ago", "June 23, 2022",
		"12 September 2022", "2 September", "early 1990s", "World War II", "99999999999 days ago", "Feb 30", "0 May"} {
		f.Add(p, 2022, 10, 23, uint8(Day), true)
	}
	f.Fuzz(func(t *testing.T, phrase string, y, m, d int, p uint8, future bool) {
		month, day := time.Month(1+(m%12+12)%12), 1+(d%28+28)%28
		var anchor Date // checked before its fields are narrowed into a Date
		if checkDate(y, month, day, Precision(p%6)) == nil {
			anchor = Date{year: int16(y), month: uint8(month), day: uint8(day), Precision: Precision(p % 6)}
		}
		tense := Past
		if future {
			tense = Future
		}
		start, end, err := Resolve(phrase, anchor, tense)
		if err != nil {
			return
		}
		if err := start.check(); err != nil {
			t.Fatalf("Resolve(%q, %v) = %v: %v", phrase, anchor, start, err)
		}
		if !end.IsZero() && (end.check() != nil || end.Last().Before(start.First())) {
			t.Fatalf("Resolve(%q, %v) = %v–%v", phrase, anchor, start, end)
		}
	})
}
