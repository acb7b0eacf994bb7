package schema

import (
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// garble is what a UTF-8 text becomes decoded as Windows-1252 and
// written as UTF-8 again.
func garble(t *testing.T, s string) string {
	t.Helper()
	out, err := charmap.Windows1252.NewDecoder().String(s)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestFindMojibake(t *testing.T) {
	text := "First line.\nThe café’s owner said “no” — twice.\n"
	if _, ok := FindMojibake([]byte(text)); ok {
		t.Errorf("FindMojibake(%q) found mojibake in clean text", text)
	}
	bad := "First line.\n" + garble(t, "The café’s owner said “no” — twice.") + "\n"
	// four places: the closing quote's last byte, 0x9D, has no
	// Windows-1252 character, so the decoder made it U+FFFD and what
	// it stood for is lost
	m, ok := FindMojibake([]byte(bad))
	if !ok || m.Line != 2 || m.Seen != "Ã©" || m.Meant != "é" || m.Count != 4 {
		t.Errorf("FindMojibake(%q) = %+v, %v; want 4 places, the first Ã© for é on line 2", bad, m, ok)
	}
	// letters a Windows-1252 text may hold beside each other in earnest
	for _, clean := range []string{"SÃO PAULO", "Ãlvaro", "À la carte", "Ångström", "naïve Ørsted"} {
		if m, ok := FindMojibake([]byte(clean)); ok {
			t.Errorf("FindMojibake(%q) = %+v; want none", clean, m)
		}
	}
}

func FuzzFindMojibake(f *testing.F) {
	f.Add([]byte("Ã©"))
	f.Add([]byte("â€™\xc3"))
	f.Fuzz(func(t *testing.T, text []byte) {
		m, ok := FindMojibake(text)
		if ok && (m.Count < 1 || m.Line < 1 || m.Seen == "" || m.Meant == "") {
			t.Errorf("FindMojibake(%q) = %+v", text, m)
		}
	})
}
