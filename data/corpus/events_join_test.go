package corpus

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// joinCorpus is three articles by two outlets of a user's, about the
// embedded story, to open with the seeds.
func joinCorpus() fstest.MapFS {
	art := func(id, file, outlet, date string) string {
		return `{"id": "` + id + `", "file": "` + file + `", "sha256": "",
  "outlet": {"value": "` + outlet + `", "basis": "inferred", "note": "test"},
  "title": {"value": "T", "basis": "inferred", "note": "test"},
  "byline": {"value": "", "basis": "inferred", "note": "test"},
  "published": {"value": {"date": "` + date + `", "precision": "day"}, "basis": "inferred", "note": "test"}}`
	}
	return fstest.MapFS{
		ManifestFile: {Data: []byte(`{"schema": 2, "outlets": [{"id": "balkan-courier", "name": "Balkan Courier"}, {"id": "adriatic-monitor", "name": "Adriatic Monitor"}, {"id": "danube-post", "name": "Danube Post"}],
"articles": [` + art("courier", "courier.txt", "balkan-courier", "2022-09-10") + ",\n" +
			art("monitor", "monitor.txt", "adriatic-monitor", "2022-09-09") + ",\n" +
			art("monitor-2", "monitor-2.txt", "adriatic-monitor", "2022-09-12") + ",\n" +
			art("post", "post.txt", "danube-post", "2022-09-10") + `]}`)},
		"post.txt": {Data: []byte("Border systems down\n" +
			"A second cyberattack struck Albania's border control system on Thursday, September 8, 2022, the interior ministry said, forcing officers at the airport to check passports by hand.\n")},
		"courier.txt": {Data: []byte("Albania hit again\n" +
			"“Our allies stand with us,” Rama said on Friday.\n" +
			"Albania's border control system was hit by a second cyberattack on Friday, officials in Tirana said.\n")},
		"monitor.txt": {Data: []byte("Tirana breaks with Tehran\n" +
			"Albania cut its diplomatic ties with Iran on Wednesday, September 7, over the July cyberattack.\n" +
			"“This extreme response is fully proportionate to the gravity and risk of the cyberattack,” Prime Minister Edi Rama said on Wednesday.\n")},
		"monitor-2.txt": {Data: []byte("Rama sees Stoltenberg\n" +
			"Albanian Prime Minister Edi Rama met NATO Secretary General Jens Stoltenberg on Friday to discuss the cyberattacks.\n")},
	}
}

// TestWithSeedsJoinsOnlyWhatAgrees reproduces the mis-joins of issue 28:
// a year-precision curated event ("Albania weighed invoking NATO treaty",
// 2022) took in any 2022 sentence naming its actors. A new source now
// joins an event only when they agree on what happened and who took part,
// and its more precise date refines the event's, with a note.
func TestWithSeedsJoinsOnlyWhatAgrees(t *testing.T) {
	c, err := Open(joinCorpus(), "corpus", Options{WithSeeds: true})
	if err != nil {
		t.Fatal(err)
	}
	ds := c.Dataset
	fromNew := func(e timeline.Event) []string {
		var out []string
		for _, s := range e.Sources {
			if s.Article == "courier" || s.Article == "monitor" || s.Article == "monitor-2" || s.Article == "post" {
				out = append(out, s.Article+": "+s.Text.Verbatim())
			}
		}
		return out
	}
	nato, _ := ds.Event("2022-albania-weighs-nato-treaty")
	if got := fromNew(*nato); len(got) > 0 {
		t.Errorf("the NATO-treaty event took in %q; they say nothing of the treaty", got)
	}
	second, _ := ds.Event("2022-09-september-attack")
	if got := fromNew(*second); !slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "second cyberattack") }) {
		t.Errorf("the second attack's sources from the new articles are %q; want the courier's report of it", got)
	}
	// another outlet's report of the second attack a day off clashes
	// with the courier's: a date discrepancy citing both, not a day of
	// the NATO event's year (which a date in 2022 falls in)
	if got := fromNew(*second); !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "post: ") }) {
		t.Errorf("the second attack's sources from the new articles are %q; want the post's report of it too", got)
	}
	if !strings.Contains(second.DateNote, "(post)") || !strings.Contains(second.DateNote, "see the date discrepancy") {
		t.Errorf("the second attack's note does not name the clashing article: %q", second.DateNote)
	}
	clash := slices.ContainsFunc(ds.Discrepancies(), func(d timeline.Discrepancy) bool {
		return d.Kind == timeline.DiscrepancyDate && len(d.Sides) == 2 && d.Sides[0].Span.Article == "courier" && d.Sides[1].Span.Article == "post"
	})
	if !clash {
		t.Errorf("no date discrepancy between the courier's Friday and the post's Thursday, September 8")
	}
	ties, _ := ds.Event("2022-09-05-albania-cuts-ties")
	if got := timeline.FormatRange(ties.Start, ties.End); got != "2022-09-07" {
		t.Errorf("the cut in ties is dated %s; the monitor's “Wednesday, September 7” should refine the week of 2022-09-05", got)
	}
	if !strings.Contains(ties.DateNote, "(monitor)") || !strings.Contains(ties.DateNote, "September 7") {
		t.Errorf("the cut in ties' note does not say which article refined it: %q", ties.DateNote)
	}
	// the source that refines it cites its date phrase and is marked as
	// the one the date is taken from, the only one
	for _, s := range ties.Sources {
		if want := s.Article == "monitor"; s.Basis != want || want && !strings.Contains(s.When, "September 7") {
			t.Errorf("the cut in ties' source from %s: basis %v, when %q; want the monitor's alone, citing its date phrase", s.Article, s.Basis, s.When)
		}
	}
	// a quotation of a curated statement, dated by when it was said,
	// reports the saying: the event the curator tied the statement to
	said, _ := ds.Event("2022-09-rama-extreme-response")
	if got := fromNew(*said); len(got) != 1 || !strings.HasPrefix(got[0], "monitor: “This extreme response") {
		t.Errorf("Rama's “extreme response”, said on Wednesday, has the new sources %q; want the monitor's quotation of it", got)
	}
	if got := timeline.FormatRange(said.Start, said.End); got != "2022-09-07" {
		t.Errorf("Rama's “extreme response” is dated %s; the monitor's “on Wednesday” should refine September 2022", got)
	}
	for _, e := range ds.Events() {
		if !e.Extracted && e.ID != "2022-09-september-attack" && e.ID != "2022-09-05-albania-cuts-ties" && e.ID != said.ID {
			if got := fromNew(e); len(got) > 0 {
				t.Errorf("%s took in %q", e.ID, got)
			}
		}
	}
	// coverage reads the clusters: the new outlets report the two events
	// they joined, not the NATO one
	for i, e := range ds.Events() {
		outlets := ds.EventOutlets(i)
		for _, o := range []string{"balkan-courier", "adriatic-monitor", "danube-post"} {
			if e.ID == "2022-albania-weighs-nato-treaty" && slices.Contains(outlets, o) {
				t.Errorf("the coverage credits %s with the NATO-treaty event", o)
			}
		}
		if e.ID == "2022-09-september-attack" && !slices.Contains(outlets, "balkan-courier") {
			t.Errorf("the coverage does not credit the courier with the second attack: %v", outlets)
		}
	}
}
