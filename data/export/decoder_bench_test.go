package export

import (
	"testing"

	"github.com/cyberdesk-dev/cyberdesk/data/internal/schema"
)

// BenchmarkEventDecoder decodes the events of an export of 50,000
// synthetic events, one decoder, no conversion: the decoder's own share
// of a load, with its ids interned as a large load's are.
func BenchmarkEventDecoder(b *testing.B) {
	events, texts := exportEvents(b, synthExport(b, 50_000))
	size := 0
	for _, e := range events {
		size += len(e)
	}
	b.SetBytes(int64(size))
	d := newEventDecoder(texts)
	var je schema.Event
	for b.Loop() {
		for _, e := range events {
			if err := d.decode(e, &je); err != nil {
				b.Fatal(err)
			}
		}
	}
	if d.fallbacks > 0 {
		b.Fatalf("%d events not decoded fast", d.fallbacks)
	}
}
