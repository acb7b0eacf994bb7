package extract

import "testing"

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
