package page

import (
	"os"
	"testing"
)

// BenchmarkRead converts a page as corpus add and init do, once per page:
// a typical saved news page, and the ten-megabyte one.
func BenchmarkRead(b *testing.B) {
	typical, err := os.ReadFile("testdata/harbour-times.html")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		src  []byte
	}{{"typical", typical}, {"10MB", tenMegabytePage()}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.src)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(bc.src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
