package corpus

import "testing"

// BenchmarkLoadSeeds loads the embedded corpus: most of what cyberdesk
// does before its first frame.
func BenchmarkLoadSeeds(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Seeds(); err != nil {
			b.Fatal(err)
		}
	}
}
