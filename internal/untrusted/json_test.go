package untrusted

import (
	"encoding/json"
	"testing"
)

// TestEscapeJSON: a rune a terminal acts on, or that hides, becomes a \u
// escape; the JSON still decodes to the exact string, and the joiners
// Persian needs stay as they are.
func TestEscapeJSON(t *testing.T) {
	in := "a\u0085b\u202ec\u2028d\u200de\U000E0041f"
	raw, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	got := string(EscapeJSON(raw))
	if want := `"a\u0085b\u202ec\u2028d` + "\u200d" + `e\udb40\udc41f"`; got != want {
		t.Errorf("EscapeJSON(%q) = %s, want %s", raw, got, want)
	}
	var back string
	if err := json.Unmarshal([]byte(got), &back); err != nil || back != in {
		t.Errorf("decodes to %q, %v; want the input", back, err)
	}
}
