package model

import "github.com/cyberdesk-dev/cyberdesk/timeline"

// What the histograms read of the events: a table made once a dataset, so
// that counting the events a filter shows, a million of them on every
// key typed into the search, reads a few bytes an event and allocates
// nothing per event.

// eventBin is what the histograms read of an event, four bytes of it, so
// that counting a million events shown reads 4 MB rather than the events
// themselves: its start's year and month, how finely it is dated and
// whether it is the story's. eventBins makes one for every event of a
// dataset, once.
type eventBin struct {
	year  int16
	month uint8 // 1-12 when dated to a month or finer
	kind  uint8 // binNone, binFine, binYear or binCoarse, plus binStory
}

// An eventBin's kind: undated, dated to a month or finer, to a year, or
// more coarsely (a decade); binStory marks the story's events.
const (
	binNone uint8 = iota
	binFine
	binYear
	binCoarse
	binStory = 1 << 2
)

// eventBins is the bin of every event of ds, by dataset index.
func eventBins(ds *timeline.Dataset) []eventBin {
	evs := ds.Events()
	bins := make([]eventBin, len(evs))
	for i := range evs {
		d := evs[i].Start
		b := eventBin{year: int16(d.Year()), month: uint8(d.Month())}
		switch p := d.Precision; {
		case p == timeline.PrecisionNone:
			b.kind = binNone
		case p <= timeline.Month:
			b.kind = binFine
		case p == timeline.Year:
			b.kind = binYear
		default:
			b.kind = binCoarse
		}
		if ds.Scope(i) == timeline.ScopeStory {
			b.kind |= binStory
		}
		bins[i] = b
	}
	return bins
}

// histogramOf counts events (dataset indexes, in chronological order) in
// every unit, reading their bins; with storyOnly, the story's events
// alone. It also says how many of the events counted are the story's.
// One pass counts each event in its month, or in its year or decade when
// dated only that finely; the quarters, years and decades are sums of
// those. The events' order bounds the years, so nothing is looked at
// twice, and nothing is allocated per event.
func histogramOf(bins []eventBin, events []int, storyOnly bool) (h histogram, story int) {
	if len(events) == 0 {
		return h, 0
	}
	from, to := 0, len(events)-1 // the first and last event counted
	if storyOnly {
		for from <= to && bins[events[from]].kind&binStory == 0 {
			from++
		}
		for to >= from && bins[events[to]].kind&binStory == 0 {
			to--
		}
		if from > to {
			return h, 0
		}
	}
	lo, hi := int(bins[events[from]].year), int(bins[events[to]].year)
	years := hi - lo + 1
	if years <= 0 || years*12 >= maxBins {
		for _, ei := range events {
			story += int(bins[ei].kind&binStory) >> 2
		}
		n := len(events)
		if storyOnly {
			n = story
		}
		for u := range numUnits { // a span too long to count: every event is left out
			h.units[u].coarse = n
		}
		return h, story
	}
	months := make([]int, years*12)
	yearOnly := make([]int, years)
	decadeOnly := make([]int, floorDiv(hi, 10)-floorDiv(lo, 10)+1)
	undated, counted := 0, 0
	for _, ei := range events[from : to+1] {
		b := bins[ei]
		if b.kind&binStory != 0 {
			story++
		} else if storyOnly {
			continue
		}
		counted++
		y := int(b.year) - lo
		switch k := b.kind &^ binStory; {
		case k == binNone || y < 0 || y >= years:
			undated++
		case k == binFine:
			months[y*12+int(b.month)-1]++
		case k == binYear:
			yearOnly[y]++
		default:
			decadeOnly[floorDiv(int(b.year), 10)-floorDiv(lo, 10)]++
		}
	}
	return finish(months, yearOnly, decadeOnly, lo, counted, undated), story
}

// binTable is the events' bins and, where the dataset's years are few
// enough to count every period of them (as the histogram's units can),
// each event's slot in a table of counts by year, so that counting the
// events shown is one increment an event: slots of the months (12 a
// year), then of the events dated only to a year, then of those dated
// only to a decade, by their start's year, then one of the undated; the
// story's events in a second table of the same size after the first.
type binTable struct {
	bins  []eventBin
	slots []int32 // nil when the years are too many
	y0    int     // the first year of the table
	years int
	count []int // scratch: the two tables, cleared for each count
}

// newBinTable makes the table of ds's events.
func newBinTable(ds *timeline.Dataset) *binTable {
	t := &binTable{bins: eventBins(ds)}
	if len(t.bins) == 0 {
		return t
	}
	lo, hi := int(t.bins[0].year), int(t.bins[0].year)
	for _, b := range t.bins {
		lo, hi = min(lo, int(b.year)), max(hi, int(b.year))
	}
	t.y0, t.years = lo, hi-lo+1
	if t.years*12 >= maxBins {
		return t // counted event by event (histogramOf)
	}
	size := t.size()
	t.slots = make([]int32, len(t.bins))
	for i, b := range t.bins {
		y := int(b.year) - t.y0
		var s int
		switch b.kind &^ binStory {
		case binNone:
			s = size - 1
		case binFine:
			s = y*12 + int(b.month) - 1
		case binYear:
			s = t.years*12 + y
		default:
			s = t.years*13 + y
		}
		if b.kind&binStory != 0 {
			s += size
		}
		t.slots[i] = int32(s)
	}
	t.count = make([]int, 2*size)
	return t
}

// size is the slots of one table.
func (t *binTable) size() int { return t.years*14 + 1 }

// histograms counts events (dataset indexes, in chronological order): all
// of them, and the story's among them, with how many those are. It gives
// what histogramOf gives for each.
func (t *binTable) histograms(events []int) (all, story histogram, stories int) {
	if t.slots == nil {
		all, stories = histogramOf(t.bins, events, false)
		if stories > 0 {
			story, _ = histogramOf(t.bins, events, true)
		}
		return all, story, stories
	}
	clear(t.count)
	for _, ei := range events {
		t.count[t.slots[ei]]++
	}
	size := t.size()
	for _, n := range t.count[size:] {
		stories += n
	}
	if len(events) == 0 {
		return all, story, 0
	}
	all = t.histogram(events, 0, len(events)-1, len(events), false)
	if stories > 0 {
		from, to := 0, len(events)-1
		for t.bins[events[from]].kind&binStory == 0 {
			from++
		}
		for t.bins[events[to]].kind&binStory == 0 {
			to--
		}
		story = t.histogram(events, from, to, stories, true)
	}
	return all, story, stories
}

// histogram is the histogram of the counted events, of the story's alone
// or of all, from the year of events[from] to that of events[to]:
// counted of them in all; those whose year is outside are undated, as
// histogramOf has them.
func (t *binTable) histogram(events []int, from, to, counted int, storyOnly bool) histogram {
	lo, hi := int(t.bins[events[from]].year), int(t.bins[events[to]].year)
	years := hi - lo + 1
	if years <= 0 || years*12 >= maxBins {
		var h histogram
		for u := range numUnits { // a span too long to count: every event is left out
			h.units[u].coarse = counted
		}
		return h
	}
	size := t.size()
	at := func(s int) int { // the events counted in slot s
		n := t.count[s+size]
		if !storyOnly {
			n += t.count[s]
		}
		return n
	}
	months := make([]int, years*12)
	yearOnly := make([]int, years)
	decadeOnly := make([]int, floorDiv(hi, 10)-floorDiv(lo, 10)+1)
	placed := 0
	for y := lo; y <= hi; y++ {
		row := y - t.y0
		for m := range 12 {
			n := at(row*12 + m)
			months[(y-lo)*12+m] = n
			placed += n
		}
		n := at(t.years*12 + row)
		yearOnly[y-lo] = n
		d := at(t.years*13 + row)
		decadeOnly[floorDiv(y, 10)-floorDiv(lo, 10)] += d
		placed += n + d
	}
	return finish(months, yearOnly, decadeOnly, lo, counted, counted-placed)
}
