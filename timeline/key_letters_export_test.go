package timeline

import "fmt"

// LettersAgree reports where the letters of an indexed ds, made from its
// events first thing in the index build, differ from the letters of the
// text its search index holds (the copies and the texts searched in
// place) and of its passages, which is what a search reads once indexed.
func LettersAgree(ds *Dataset) error {
	s := &ds.search
	if !ds.ready.Load() || len(s.letters) != len(ds.parts.Events) {
		return fmt.Errorf("not indexed, or %d letters for %d events", len(s.letters), len(ds.parts.Events))
	}
	for i := range ds.parts.Events {
		var m uint32
		if s.inAt != nil && s.inAt[i] != 0 {
			m = foldLetters(s.inAt[i].text(s.in))
		} else if s.off != nil {
			for _, c := range s.buf[s.off[i]:s.off[i+1]] {
				m |= lowerBit[c]
			}
		}
		for _, src := range ds.parts.Events[i].Sources {
			m |= foldLetters(src.Text.Verbatim())
		}
		if m != s.letters[i] {
			return fmt.Errorf("event %d (%q): letters %026b, its indexed text's %026b", i, ds.parts.Events[i].ID, s.letters[i], m)
		}
		if got, want := ds.ownIn[i/64]&(1<<(i%64)) != 0, ds.ownOpens(i, &ds.parts.Events[i], false); got != want {
			return fmt.Errorf("event %d (%q): own text in its passage %v, want %v", i, ds.parts.Events[i].ID, got, want)
		}
	}
	return nil
}
