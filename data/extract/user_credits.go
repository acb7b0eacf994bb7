package extract

import "strings"

// A name in a byline or a credit ("By Anna Berg", "By Kjell Rønning and
// Ane Vik", "… on Monday evening. Photo: Tor Eide", "(Photo: NTB)",
// "(Reporting by Anna Berg; Editing by Mark Lund)") names who wrote the
// page or took its picture, not anyone the story is about: it is no
// actor's mention (dropCredits).

// creditLabels are the words that, alone before a name in their line,
// sentence, parenthesis or list item, make it a credit.
var creditLabels = map[string]bool{
	"by": true, "photo:": true, "photos:": true, "photograph:": true, "photographs:": true, "picture:": true,
	"pictures:": true, "image:": true, "images:": true, "credit:": true, "photo credit:": true,
	"reporting by": true, "additional reporting by": true, "editing by": true, "writing by": true,
	"compiled by": true, "text by": true, "words by": true, "photo by": true, "photos by": true,
	"photographed by": true, "illustration:": true, "illustration by": true, "video:": true,
}

// creditJoins join one credited name to the next: "By Kjell Rønning and
// Ane Vik".
var creditJoins = map[string]bool{"and": true, "&": true, ",": true}

// dropCredits returns fs without the names that are credits: a name
// whose own stretch of text before it (back to the line's start, a
// sentence's end, a parenthesis or a semicolon) is one of creditLabels,
// or that is joined to such a name by creditJoins.
func dropCredits(text string, fs []found) []found {
	out := fs[:0:0]
	prevCredit := -1 // end of the last name dropped as a credit
	for _, f := range fs {
		if f.start < 0 || f.start > len(text) {
			out = append(out, f)
			continue
		}
		if prevCredit >= 0 && prevCredit <= f.start && creditJoins[strings.ToLower(strings.TrimSpace(text[prevCredit:f.start]))] {
			prevCredit = f.end
			continue
		}
		lead := text[max(0, f.start-40):f.start]
		if i := strings.LastIndexAny(lead, "\n(;.·|"); i >= 0 {
			lead = lead[i+1:]
		} else if f.start >= 40 {
			lead = "" // too long a stretch to be a label
		}
		if creditLabels[strings.ToLower(strings.Join(strings.Fields(lead), " "))] {
			prevCredit = f.end
			continue
		}
		prevCredit = -1
		out = append(out, f)
	}
	return out
}
