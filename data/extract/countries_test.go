package extract

import (
	"strings"
	"testing"
)

func TestCountryOf(t *testing.T) {
	tests := []struct {
		words string
		code  string
		kind  countryKind
	}{
		{"Iran", "IR", countryName},
		{"Iranian", "IR", countryDemonym},
		{"Albanians", "AL", countryDemonym},
		{"Albanian", "AL", countryDemonym},
		{"United States", "US", countryName},
		{"U.S.", "US", countryName},
		{"Britain", "GB", countryName},
		{"British", "GB", countryDemonym},
		{"Netherlands", "NL", countryName},
		{"Dutch", "NL", countryDemonym},
		{"Kosovo", "XK", countryName},
		{"Tehran", "IR", countryCapital},
		{"Israeli", "IL", countryDemonym},
		{"Israelis", "IL", countryDemonym},
	}
	for _, tt := range tests {
		h, ok := countryOf(tt.words)
		if !ok || h.code != tt.code || h.kind != tt.kind {
			t.Errorf("countryOf(%q) = %+v, %v; want %s, kind %d", tt.words, h, ok, tt.code, tt.kind)
		}
	}
	for _, w := range []string{"Washington", "Minister", "the", "Britishs"} {
		if h, ok := countryOf(w); ok {
			t.Errorf("countryOf(%q) = %+v, want none", w, h)
		}
	}
	if got := countryNameOf("AL"); got != "Albania" {
		t.Errorf("countryNameOf(AL) = %q", got)
	}
}

// TestCountryIn: a place of several words is read whole, never as the
// country inside it; a country's name or adjective gives its code.
func TestCountryIn(t *testing.T) {
	tests := []struct{ words, want string }{
		{"New Jersey Gov.", ""},
		{"the New Mexico governor", ""},
		{"former New York Sen.", ""},
		{"Israeli Prime Minister", "IL"},
		{"the Mexican foreign minister", "MX"},
		{"Ambassador to the United States", "US"},
		{"New Jersey's envoy to Mexico", "MX"},
	}
	for _, tt := range tests {
		if got := countryIn(strings.Fields(tt.words)); got != tt.want {
			t.Errorf("countryIn(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
}
