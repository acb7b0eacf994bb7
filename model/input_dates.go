package model

import (
	"strings"
	"time"

	"github.com/charmbracelet/x/ansi"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// dateForms is what the empty date input says: the forms a date range
// (kind inputDates) or a date to jump to (inputJump) may take, written
// with the story's own dates so that they read as this corpus's (a 2016
// corpus is not shown 2022), and as many whole forms as fit in w cells:
// a form cut mid-way ("..202") teaches nothing.
func dateForms(kind inputKind, ds *timeline.Dataset, w int) string {
	t := exampleDay(ds)
	y, m := t.Format("2006"), t.Format("2006-01")
	// the next month counted from the 1st: from 31 January, March is a
	// month on
	next, day := t.AddDate(0, 1, 1-t.Day()).Format("2006-01"), t.Format("2006-01-02")
	forms := []string{y, m, day} // a date to jump to
	if kind == inputDates {
		forms = []string{m + ".." + next, m + "..", ".." + y, day, "(empty: any)"}
	}
	var b strings.Builder
	for i, f := range forms {
		sep := ", "
		if i == 0 {
			sep = ""
		}
		if ansi.StringWidth(b.String())+len(sep)+len(f) > w {
			break
		}
		b.WriteString(sep + f)
	}
	return b.String()
}

// exampleDay is the day the date forms are written with: the first
// article's publication day, else the first event's start, else a day of
// the embedded story's year.
func exampleDay(ds *timeline.Dataset) time.Time {
	if from, _ := ds.Period(); !from.IsZero() {
		return from.Add(timeline.StoryMargin)
	}
	if evs := ds.Events(); len(evs) > 0 && !evs[0].Start.IsZero() {
		return evs[0].Start.First()
	}
	return time.Date(2022, time.September, 5, 0, 0, 0, 0, time.UTC)
}
