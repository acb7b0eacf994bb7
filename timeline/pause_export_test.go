package timeline

import (
	"fmt"
	"reflect"
	"time"
)

// PauseWaits is how many times ds's index build has waited for a pause.
func PauseWaits(ds *Dataset) int64 { return ds.gate.waited.Load() }

// SetLongestPause sets how long a pause holds ds's index build at most.
func SetLongestPause(ds *Dataset, d time.Duration) { ds.gate.longest = d }

// SameIndexes reports how the indexes of a and b differ, if they do:
// everything the index build makes but the id table (hashed with a seed
// of its own).
func SameIndexes(a, b *Dataset) error {
	for _, part := range []struct {
		name string
		x, y any
	}{
		{"event countries", a.eventCountries, b.eventCountries},
		{"event outlets", a.eventOutlets, b.eventOutlets},
		{"actor events", a.actorEvents, b.actorEvents},
		{"search copies", a.search.buf, b.search.buf},
		{"search offsets", a.search.off, b.search.off},
		{"search in place", a.search.inAt, b.search.inAt},
		{"search articles", a.search.in, b.search.in},
		{"letters", a.search.letters, b.search.letters},
		{"countries' events", a.byCountry, b.byCountry},
		{"outlets' events", a.byOutlet, b.byOutlet},
		{"actors' events", a.byActor, b.byActor},
		{"tags' events", a.byTag, b.byTag},
	} {
		if !reflect.DeepEqual(part.x, part.y) {
			return fmt.Errorf("the %s differ", part.name)
		}
	}
	return nil
}
