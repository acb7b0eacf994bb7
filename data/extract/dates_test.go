package extract

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp/syntax"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// dateWant is one expected phrase: its text, what it resolves to (as
// timeline.Date.String renders it), and how it was read.
type dateWant struct {
	phrase   string
	from, to string // to is "" for no end
	relative bool
	tense    timeline.Tense
}

func dateTestDay(y int, m time.Month, d int) timeline.Date { return timeline.DayDate(y, m, d) }

func dateGotString(ds []Date) string {
	var b strings.Builder
	for i, d := range ds {
		if i > 0 {
			b.WriteString("; ")
		}
		to := ""
		if !d.To.IsZero() {
			to = "–" + d.To.String()
		}
		fmt.Fprintf(&b, "%q [%d,%d) %s%s rel=%v tense=%d", d.Phrase, d.Start, d.End, d.From, to, d.Relative, d.Tense)
	}
	return b.String()
}

func TestFindDatesForms(t *testing.T) {
	sun := dateTestDay(2022, time.October, 23) // a Sunday
	thu := dateTestDay(2022, time.October, 20) // a Thursday
	week := timeline.WeekDate(2022, time.October, 24)
	past, future := timeline.Past, timeline.Future
	tests := []struct {
		name      string
		text      string
		published timeline.Date
		want      []dateWant
	}{
		// Absolute forms.
		{"month day year", "It happened on March 3, 2023, in Tirana.", sun, []dateWant{{"March 3, 2023", "2023-03-03", "", false, past}}},
		{"abbreviated month", "It happened Mar. 3, 2023.", sun, []dateWant{{"Mar. 3, 2023", "2023-03-03", "", false, past}}},
		{"sept abbreviation", "Talks resumed Sept. 14, 2023 in Brussels.", sun, []dateWant{{"Sept. 14, 2023", "2023-09-14", "", false, past}}},
		{"day month year", "The meeting took place on 3 March 2023.", sun, []dateWant{{"3 March 2023", "2023-03-03", "", false, past}}},
		{"ordinal day", "Signed on March 3rd, 2023.", sun, []dateWant{{"March 3rd, 2023", "2023-03-03", "", false, past}}},
		{"day of month year", "Signed on the 3rd of March, 2023.", sun, []dateWant{{"3rd of March, 2023", "2023-03-03", "", false, past}}},
		{"month year", "The leak began in March 2023 and went on.", sun, []dateWant{{"March 2023", "Mar 2023", "", false, past}}},
		{"month of year", "It was September of 2021.", sun, []dateWant{{"September of 2021", "Sep 2021", "", false, past}}},
		{"in year", "Albania agreed in 2013 to take in members of the MEK.", sun, []dateWant{{"in 2013", "2013", "", false, past}}},
		{"since year", "Albania has had relations with Israel since 1991.", sun, []dateWant{{"since 1991", "1991", "", false, past}}},
		{"bare year", "The 2019 election was contested.", sun, []dateWant{{"2019", "2019", "", false, past}}},
		{"at least year", "The threats date to at least 2007, the US said.", sun, []dateWant{{"2007", "2007", "", false, past}}},
		{"year range", "During 1939–1945 the country sheltered refugees.", sun, []dateWant{{"1939", "1939", "", false, past}, {"1945", "1945", "", false, past}}},
		{"old year after in", "The town was founded in 1850.", sun, []dateWant{{"in 1850", "1850", "", false, past}}},
		{"iso date", "Published 2022-10-23 by the desk.", sun, []dateWant{{"2022-10-23", "2022-10-23", "", false, past}}},
		{"in the decade", "Following the collapse of its Communist regime in the 1990s, Albania joined NATO.", sun, []dateWant{{"in the 1990s", "1990s", "", false, past}}},
		{"early decade", "the collapse of its communist government in the early 1990s, Albania", sun, []dateWant{{"early 1990s", "c. 1990s", "", false, past}}},
		{"mid decade", "Built in the mid-1980s.", sun, []dateWant{{"mid-1980s", "c. 1980s", "", false, past}}},
		{"world war ii", "refuge in Albania during World War II.", sun, []dateWant{{"World War II", "1939", "1945", false, past}}},
		{"second world war", "before the Second World War began", sun, []dateWant{{"Second World War", "1939", "1945", false, past}}},
		{"wwii", "a WWII veteran", sun, []dateWant{{"WWII", "1939", "1945", false, past}}},
		{"dateline with time", "September 13, 2022 at 3:38 pm", sun, []dateWant{{"September 13, 2022", "2022-09-13", "", false, past}}},
		{"keeps case", "IN SEPTEMBER 2021, TALKS FAILED.", sun, []dateWant{{"SEPTEMBER 2021", "Sep 2021", "", false, past}}},

		// Relative forms.
		{"yesterday", "met at a conference in Berlin yesterday, and offered", dateTestDay(2022, time.September, 13), []dateWant{{"yesterday", "2022-09-12", "", true, past}}},
		{"today", "Today the ministry said", sun, []dateWant{{"Today", "2022-10-23", "", true, past}}},
		{"tomorrow", "He leaves tomorrow.", sun, []dateWant{{"tomorrow", "2022-10-24", "", true, past}}},
		{"on weekday", "Rama arrived in Israel on Sunday to strengthen ties.", sun, []dateWant{{"on Sunday", "2022-10-23", "", true, past}}},
		{"weekday before day and month", "Samples taken on Monday 17 October showed bacteria.", sun, []dateWant{{"on Monday 17 October", "2022-10-17", "", true, past}}},
		{"weekday, day, month and year", "The works closed on Friday, 14 October 2022, for repairs.", sun, []dateWant{{"on Friday, 14 October 2022", "2022-10-14", "", false, past}}},
		{"a date line with its weekday", "Friday 14 October 2022", sun, []dateWant{{"Friday", "2022-10-21", "", true, past}, {"14 October 2022", "2022-10-14", "", false, past}}},
		{"at the weekend", "The regulator opened an inquiry at the weekend.", thu, []dateWant{{"at the weekend", "2022-10-15", "2022-10-16", true, past}}},
		{"over the weekend, on its Sunday", "Crews worked over the weekend.", sun, []dateWant{{"over the weekend", "2022-10-22", "2022-10-23", true, past}}},
		{"at the weekend ahead", "The talks will resume at the weekend.", thu, []dateWant{{"at the weekend", "2022-10-22", "2022-10-23", true, future}}},
		{"last weekend", "Fans will remember what happened last weekend.", thu, []dateWant{{"last weekend", "2022-10-15", "2022-10-16", true, future}}},
		{"this weekend ahead", "Fans will gather this weekend.", thu, []dateWant{{"this weekend", "2022-10-22", "2022-10-23", true, future}}},
		{"this weekend, looking back", "This weekend was quiet.", thu, nil},
		{"a weekend with no date", "He spent the weekend at home.", thu, nil},
		{"this afternoon", "This afternoon a gang claimed the attack.", thu, []dateWant{{"This afternoon", "2022-10-20", "", true, past}}},
		{"this morning", "Boats stayed in harbour this morning.", thu, []dateWant{{"this morning", "2022-10-20", "", true, past}}},
		{"tonight", "The minister will speak tonight.", thu, []dateWant{{"tonight", "2022-10-20", "", true, future}}},
		{"last night", "Fire crews fought the blaze last night.", thu, []dateWant{{"last night", "2022-10-19", "", true, past}}},
		{"on weekday earlier in week", "He spoke on Tuesday.", sun, []dateWant{{"on Tuesday", "2022-10-18", "", true, past}}},
		{"bare weekday", "Lapid said Tuesday that", sun, []dateWant{{"Tuesday", "2022-10-18", "", true, past}}},
		{"weekday in a week anchor", "On Monday, Rama met with Gaby Portnoy.", week, []dateWant{{"On Monday", "2022-10-24", "", true, past}}},
		{"last week", "Albania cut diplomatic ties with Tehran last week due to the attack.", dateTestDay(2022, time.September, 13), []dateWant{{"last week", "wk 2022-09-05", "", true, past}}},
		{"this week", "a visit to the Jewish state this week to discuss", sun, []dateWant{{"this week", "wk 2022-10-17", "", true, past}}},
		{"earlier this week", "as reported earlier this week", sun, []dateWant{{"earlier this week", "wk 2022-10-17", "", true, past}}},
		{"last year", "The attack last year was severe.", sun, []dateWant{{"last year", "2021", "", true, past}}},
		{"earlier this year", "The Iranian cyberattack on Albania earlier this year threatened", sun, []dateWant{{"earlier this year", "2022", "", true, past}}},
		{"three weeks ago", "Three weeks ago, the 57 states met.", week, []dateWant{{"Three weeks ago", "c. wk 2022-10-03", "", true, past}}},
		{"digit weeks ago", "It began 3 weeks ago.", week, []dateWant{{"3 weeks ago", "c. wk 2022-10-03", "", true, past}}},
		{"two months ago", "It began two months ago.", sun, []dateWant{{"two months ago", "c. Aug 2022", "", true, past}}},
		{"a year ago", "It began a year ago.", sun, []dateWant{{"a year ago", "c. 2021", "", true, past}}},
		{"in month", "Albania cut relations in February after the attack.", sun, []dateWant{{"in February", "Feb 2022", "", true, past}}},
		{"In month", "In September, Albania cut diplomatic relations with Iran.", sun, []dateWant{{"In September", "Sep 2022", "", true, past}}},
		{"month not yet come", "It started in December.", sun, []dateWant{{"in December", "Dec 2021", "", true, past}}},
		{"bare capitalised month", "the July attack wasn't carried out by individuals", sun, []dateWant{{"July", "Jul 2022", "", true, past}}},
		{"early month", "Talks stalled in early September.", sun, []dateWant{{"in early September", "Sep 2022", "", true, past}}},
		{"month day", "Albania blamed Iran for a July 15 cyberattack.", sun, []dateWant{{"July 15", "2022-07-15", "", true, past}}},
		{"abbreviated month day", "It was Sept. 14 when", sun, []dateWant{{"Sept. 14", "2022-09-14", "", true, past}}},
		{"day month", "on 12 September at the conference", sun, []dateWant{{"12 September", "2022-09-12", "", true, past}}},
		{"in May", "Elections were held in May.", sun, []dateWant{{"in May", "May 2022", "", true, past}}},
		{"by May", "It must be done by May.", sun, []dateWant{{"May", "May 2023", "", true, past}}},
		{"by May, looking back", "The work had been done by May.", sun, []dateWant{{"May", "May 2022", "", true, past}}},
		{"since May", "He has served since May.", sun, []dateWant{{"since May", "May 2022", "", true, past}}},
		{"May day", "On May 5 the vote was held.", sun, []dateWant{{"May 5", "2022-05-05", "", true, past}}},
		{"May year", "In May 2021 the vote was held.", sun, []dateWant{{"May 2021", "May 2021", "", false, past}}},
		{"since May year", "He has served since May 2021.", sun, []dateWant{{"May 2021", "May 2021", "", false, past}}},
		{"early May", "Talks resume in early May.", sun, []dateWant{{"in early May", "May 2022", "", true, past}}},
		{"in March", "The attack came in March.", sun, []dateWant{{"in March", "Mar 2022", "", true, past}}},
		{"March day", "The attack came March 15.", sun, []dateWant{{"March 15", "2022-03-15", "", true, past}}},
		{"until March", "The talks run until March.", sun, []dateWant{{"March", "Mar 2023", "", true, past}}},

		// Months and weekdays with "last", "next", "this"; years read
		// from the sentence.
		{"last month name", "The deal was signed last April.", sun, []dateWant{{"last April", "Apr 2022", "", true, past}}},
		{"last month name same month", "It closed last October.", sun, []dateWant{{"last October", "Oct 2021", "", true, past}}},
		{"next month name", "Voting opens next June.", sun, []dateWant{{"next June", "Jun 2023", "", true, past}}},
		{"this month name", "A vote is due this December.", sun, []dateWant{{"this December", "Dec 2022", "", true, past}}},
		{"month last year", "It began in July last year.", sun, []dateWant{{"July last year", "Jul 2021", "", true, past}}},
		{"last weekday", "They talked last Wednesday.", sun, []dateWant{{"last Wednesday", "2022-10-19", "", true, past}}},
		{"this coming weekday", "Polls open this coming Sunday.", thu, []dateWant{{"this coming Sunday", "2022-10-23", "", true, past}}},
		{"weekday picks the year", "The vote fell on Thursday, October 21 long ago.", sun, []dateWant{{"on Thursday, October 21", "2021-10-21", "", true, past}}},
		{"soon, no tense", "The offer runs out Nov. 21, the bank said.", dateTestDay(2022, time.November, 2), []dateWant{{"Nov. 21", "2022-11-21", "", true, past}}},
		{"far, no tense", "A vote in March.", sun, []dateWant{{"in March", "Mar 2022", "", true, past}}},
		{"will be paid", "The dividend will be paid Dec. 14 to holders.", sun, []dateWant{{"Dec. 14", "2022-12-14", "", true, future}}},
		{"would be paid, a long way back", "The split, which is subject to approval, would be paid on a still unspecified date to the holders of record Dec. 21.", sun, []dateWant{{"Dec. 21", "2022-12-21", "", true, past}}},
		{"the current year", "Sales are expected to grow in the current year.", sun, []dateWant{{"the current year", "2022", "", true, future}}},
		{"the current fiscal year", "It expects sales in the current fiscal year to rise.", sun, []dateWant{{"the current fiscal year", "c. 2022", "", true, past}}},
		{"would", "The shares would be handed out in April.", sun, []dateWant{{"in April", "Apr 2023", "", true, past}}},
		{"would, before a past form", "The bonus would be paid on a date in April.", sun, []dateWant{{"in April", "Apr 2023", "", true, past}}},
		{"effective", "The new rules take hold effective June 1.", sun, []dateWant{{"June 1", "2023-06-01", "", true, past}}},
		{"could", "The strike could close the port in April.", sun, []dateWant{{"in April", "Apr 2023", "", true, past}}},
		{"must", "The party must win the seat in March.", sun, []dateWant{{"in March", "Mar 2023", "", true, past}}},
		{"could have looks back", "The party could have taken the seat in March.", sun, []dateWant{{"in March", "Mar 2022", "", true, past}}},
		{"a modal after an opening phrase and its verb", "In April, the water agency said it could pay less.", sun, []dateWant{{"In April", "Apr 2022", "", true, past}}},
		{"a modal after an opening phrase", "In April, the agency could pay less.", sun, []dateWant{{"In April", "Apr 2023", "", true, past}}},
		{"needs to", "He needs to raise the money in March.", sun, []dateWant{{"in March", "Mar 2023", "", true, past}}},
		{"come", "She is the favourite to win the race come June.", sun, []dateWant{{"June", "Jun 2023", "", true, past}}},
		{"a possessive makes a modifier", "They must file their April reports to the board.", sun, []dateWant{{"April", "Apr 2022", "", true, past}}},
		{"a possessive, soon", "He risks losing his Nov. 30 primary.", sun, []dateWant{{"Nov. 30", "2022-11-30", "", true, past}}},
		{"her is no possessive before a preposition", "Voters are expected to back her in March.", sun, []dateWant{{"in March", "Mar 2023", "", true, future}}},
		{"said, far from the phrase", "Officials said the minister's Dec. 28 visit was set.", sun, []dateWant{{"Dec. 28", "2022-12-28", "", true, past}}},
		{"said next to the phrase", "\"They need to be defeated,\" the senator said Oct. 26.", dateTestDay(2022, time.November, 3), []dateWant{{"Oct. 26", "2022-10-26", "", true, past}}},
		{"said stops the cue", "\"We want to stay,\" the mayor said in early November.", dateTestDay(2022, time.October, 3), []dateWant{{"in early November", "Nov 2021", "", true, past}}},
		{"may is a month", "The party won in May and lost the seat in March.", sun, []dateWant{{"in May", "May 2022", "", true, past}, {"in March", "Mar 2022", "", true, past}}},
		{"will, far back", "The bonus will be paid to the staff of the harbour office in April.", sun, []dateWant{{"in April", "Apr 2023", "", true, past}}},
		{"past verb", "The bid was withdrawn on Nov. 14.", sun, []dateWant{{"Nov. 14", "2021-11-14", "", true, past}}},
		{"end point", "The offer was extended to Nov. 14.", sun, []dateWant{{"Nov. 14", "2022-11-14", "", true, past}}},
		{"since a weekday, in a sentence looking ahead", "Rama, who will speak today, has waited since Monday.", sun, []dateWant{
			{"today", "2022-10-23", "", true, future}, {"Monday", "2022-10-17", "", true, past}}},
		{"since a month, in a sentence looking ahead", "The firm that will buy it has been here since March.", sun, []dateWant{{"since March", "Mar 2022", "", true, past}}},

		{"the first of the month", "The pump had been broken since the first of the month.", sun, []dateWant{{"the first of the month", "2022-10-01", "", true, past}}},
		{"the first of the month to come", "Rents will rise by the first of the month.", sun, []dateWant{{"the first of the month", "2022-11-01", "", true, future}}},
		// Dates counted from the one the text last named.
		{"days later", "The port shut on March 3, 2023. Two days later it reopened.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"Two days later", "2023-03-05", "", false, past}}},
		{"a year earlier", "Profit rose in 2019, against a loss a year earlier.", sun, []dateWant{
			{"in 2019", "2019", "", false, past}, {"a year earlier", "2018", "", false, past}}},
		{"the following month", "In September, talks failed.\nThe following month, they resumed.", sun, []dateWant{
			{"In September", "Sep 2022", "", true, past}, {"The following month", "Oct 2022", "", false, past}}},
		{"nothing named before", "Two days later, it reopened.", sun, nil},
		{"the previous weekday", "Shares closed Oct. 14, 2022. They were down 3% from the previous Friday.", sun, []dateWant{
			{"Oct. 14, 2022", "2022-10-14", "", false, past}, {"the previous Friday", "2022-10-07", "", false, past}}},
		{"the following weekday", "The talks began Oct. 5, 2022. The following Monday, they broke down.", sun, []dateWant{
			{"Oct. 5, 2022", "2022-10-05", "", false, past}, {"The following Monday", "2022-10-10", "", false, past}}},
		{"the same weekday", "It opened Oct. 5, 2022, and closed the same Friday.", sun, []dateWant{
			{"Oct. 5, 2022", "2022-10-05", "", false, past}, {"the same Friday", "2022-10-07", "", false, past}}},
		{"that before a weekday is a conjunction", "The talks began Oct. 5, 2022. He said that Friday's vote counts.", sun, []dateWant{
			{"Oct. 5, 2022", "2022-10-05", "", false, past}, {"Friday", "2022-10-21", "", true, past}}},
		{"later in the day named", "The talks opened Oct. 5, 2022. Later in the day they broke down.", sun, []dateWant{
			{"Oct. 5, 2022", "2022-10-05", "", false, past}, {"Later in the day", "2022-10-05", "", false, past}}},
		{"a comparison read from the article's date", "Sales were $5 million, compared with $4 million a year earlier.", sun, []dateWant{{"a year earlier", "2021", "", true, past}}},
		{"earlier in the article's year", "Rains delayed planting earlier in the year.", sun, []dateWant{{"earlier in the year", "2022", "", true, past}}},
		{"no day to count the weekday from", "The previous Friday, it rained.", sun, nil},
		{"named too far back", "It shut on March 3, 2023.\nA.\nB.\nTwo days later it reopened.", sun, []dateWant{{"March 3, 2023", "2023-03-03", "", false, past}}},
		{"too coarse to count days from", "It shut in 2019. Two days later it reopened.", sun, []dateWant{{"in 2019", "2019", "", false, past}}},
		{"a coarser date in the last sentence is not what a day counts from", "The port shut on March 3, 2023, ending its trade for 2022.\nThe following day, ferries were diverted.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"2022", "2022", "", false, past}, {"The following day", "2023-03-04", "", false, past}}},
		{"a coarser date in a sentence of its own is", "The port shut on March 3, 2023.\nIt had shut in 2019 too.\nThe following day, ferries were diverted.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"in 2019", "2019", "", false, past}}},
		// Dates counted from a happening the text names.
		{"day after a happening dated earlier", "The blast hit the depot on March 3, 2023. Crews cleared the road on March 9, 2023.\nThe day after the blast, the mayor resigned.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"March 9, 2023", "2023-03-09", "", false, past}, {"The day after the blast", "2023-03-04", "", false, past}}},
		// Letters whose lower case is longer or shorter (Ⱥ, İ) before the
		// happening's word: the search for it keeps the text's offsets
		// (it looped for ever, or read the wrong sentence).
		{"letters that lower-case longer before the happening", "The blast hit the depot on March 3, 2023. ȺȺȺȺȺȺȺȺȺȺ blast.\nThe day after the blast, the mayor resigned.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"The day after the blast", "2023-03-04", "", false, past}}},
		{"letters that lower-case shorter before the happening", "İİİİİİİİ İzmir: the blast hit the depot on March 3, 2023.\nThe day after the blast, the mayor resigned.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"The day after the blast", "2023-03-04", "", false, past}}},
		{"days before a happening", "The vote was held on May 10, 2023. Two days before the vote, the rally filled the square.", sun, []dateWant{
			{"May 10, 2023", "2023-05-10", "", false, past}, {"Two days before the vote", "2023-05-08", "", false, past}}},
		{"within hours of an undated happening", "The port shut on March 3, 2023. The council met within hours of the closure.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"within hours of the closure", "2023-03-03", "", false, past}}},
		{"hours later", "The mine flooded on June 2, 2023. Hours later the company halted work.", sun, []dateWant{
			{"June 2, 2023", "2023-06-02", "", false, past}, {"Hours later", "2023-06-02", "", false, past}}},
		// "exactly a week ago" says the day; "a week ago" a week
		{"exactly a week ago", "Exactly a week ago the council shut the pool.", sun, []dateWant{
			{"Exactly a week ago", "2022-10-16", "", true, past}}},
		// "a week ago today" counts from today: the day as well
		{"a week ago today", "The pool shut a week ago today, after a leak.", sun, []dateWant{
			{"a week ago today", "2022-10-16", "", true, past}}},
		{"two weeks ago yesterday", "The pool shut two weeks ago yesterday.", sun, []dateWant{
			{"two weeks ago yesterday", "2022-10-08", "", true, past}}},
		{"a week ago, today's vote", "It shut a week ago todayish.", sun, []dateWant{
			{"a week ago", "c. wk 2022-10-10", "", true, past}}},
		// "the day after that meeting": a demonstrative names the happening
		{"the day after that happening", "The council met on Tuesday, October 18, 2022.\nThe day after that meeting, the mayor resigned.", sun, []dateWant{
			{"on Tuesday, October 18, 2022", "2022-10-18", "", false, past}, {"The day after that meeting", "2022-10-19", "", false, past}}},
		// "that evening" is the evening of the day last named
		{"that evening", "The mine flooded on June 2, 2023. By that evening the company had halted work.", sun, []dateWant{
			{"June 2, 2023", "2023-06-02", "", false, past}, {"that evening", "2023-06-02", "", false, past}}},
		{"that night", "The storm reached the coast on Friday, June 2, 2023.\nThat night the ferry sank.", sun, []dateWant{
			{"on Friday, June 2, 2023", "2023-06-02", "", false, past}, {"That night", "2023-06-02", "", false, past}}},
		{"happening undated, last date too coarse", "The mine flooded on June 2, 2023.\nIt had flooded in 1990.\nThe day after the evacuation, rescuers arrived.", sun, []dateWant{
			{"June 2, 2023", "2023-06-02", "", false, past}, {"in 1990", "1990", "", false, past}}},
		{"not a happening", "The vote was on May 10, 2023. A week after the president spoke, it passed.", sun, []dateWant{{"May 10, 2023", "2023-05-10", "", false, past}}},
		{"vague count", "The vote was on May 10, 2023. Days after the vote, it passed.", sun, []dateWant{{"May 10, 2023", "2023-05-10", "", false, past}}},
		{"nothing dated before", "The day after the attack, ambulances were sent away.", sun, nil},
		{"a clause's pronoun says not whose happening it counts from", "Hale announced his bid on March 3, 2023.\nThe day after she announced, the party split.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}}},
		// the happening named by another word of its kind: the hack
		// dated two paragraphs before, not the quotation's year between
		{"a happening named by another word of its kind", "Staff have worked on paper since hackers locked the computers on March 3, 2023.\n\n\"It's like 1985,\" a nurse said.\n\nThe day after the attack, ambulances were sent away.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"1985", "1985", "", false, past}, {"The day after the attack", "2023-03-04", "", false, past}}},
		{"the nearest of its kind", "A raid hit the depot on March 3, 2023. A bomb hit the bridge on March 9, 2023.\nThe day after the attack, the mayor resigned.", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"March 9, 2023", "2023-03-09", "", false, past}, {"The day after the attack", "2023-03-10", "", false, past}}},
		// a word of the happening's kind inside a name ("Skarra Reef")
		// names a place, not the grounding
		{"a kind word in a name", "The ferry ran aground on March 2, 2023. Tugs dragged her off Skarra Reef on March 9, 2023.\nThe day after the grounding, the captain was suspended.", sun, []dateWant{
			{"March 2, 2023", "2023-03-02", "", false, past}, {"March 9, 2023", "2023-03-09", "", false, past}, {"The day after the grounding", "2023-03-03", "", false, past}}},
		{"midweek dates its clause", "The closure of the line, announced midweek, angered commuters.", sun, []dateWant{{"midweek", "2022-10-19", "", true, past}}},
		{"midweek describes a noun", "The midweek match was called off on Sunday.", sun, []dateWant{{"on Sunday", "2022-10-23", "", true, past}}},
		{"by midweek is no day", "Talks should end by midweek, aides said.", sun, nil},
		{"midweek trading is no day", "Shares slipped in midweek trading.", sun, nil},
		{"a few minutes later", "The mine flooded on June 2, 2023. A few minutes later the company halted work.", sun, []dateWant{
			{"June 2, 2023", "2023-06-02", "", false, past}, {"A few minutes later", "2023-06-02", "", false, past}}},
		{"a stretch after a happening", "The firms merged on June 2, 2019. In the three years after the merger, shares fell.", sun, []dateWant{{"June 2, 2019", "2019-06-02", "", false, past}}},
		{"its own sentence's date is not the happening's", "In a memo dated May 2, 2023, a week before the vote, aides warned.", sun, []dateWant{{"May 2, 2023", "2023-05-02", "", false, past}}},
		{"a stretch, not a date", "Prices will rise over the next year.", sun, nil},

		// Years, decades and parts of them.
		{"mid year", "The group split in mid-1996.", sun, []dateWant{{"mid-1996", "c. 1996", "", false, past}}},
		{"year in words", "It was founded in nineteen ninety-six.", sun, []dateWant{{"nineteen ninety-six", "1996", "", false, past}}},
		{"the year two thousand", "Before the year two thousand, it grew.", sun, []dateWant{{"the year two thousand", "2000", "", false, past}}},
		{"month and year in words", "It opened in March nineteen eighty-one, and closed June, nineteen ninety.", sun, []dateWant{
			{"March nineteen eighty-one", "Mar 1981", "", false, past}, {"June, nineteen ninety", "Jun 1990", "", false, past}}},
		{"modal before a year in words", "They may nineteen ninety-six times.", sun, nil},
		{"decade in words", "Through the nineties it grew.", sun, []dateWant{{"the nineties", "1990s", "", true, past}}},
		{"late decade in digits", "It peaked in the late '80s.", sun, []dateWant{{"the late '80s", "c. 1980s", "", true, past}}},
		{"two digits without an apostrophe are no decade", "Its rating fell into the mid-20s and stays in the 30s.", sun, nil},
		{"a count of voters is no year", "A survey of 2047 registered voters came out; it reached nearly 1998 adults.", sun, nil},
		{"a year before a plural it qualifies", "He lost the 2016 elections and won in 2018.", sun, []dateWant{{"2016", "2016", "", false, past}, {"in 2018", "2018", "", false, past}}},
		{"a year after of", "It happened in the spring of 2016 after talks.", sun, []dateWant{{"2016", "2016", "", false, past}}},
		{"end of the month", "Troops arrive by the end of the month.", sun, []dateWant{{"the end of the month", "c. Oct 2022", "", true, past}}},
		{"end of a year", "It must close by the end of 2023.", sun, []dateWant{{"the end of 2023", "c. 2023", "", false, past}}},
		{"year-end", "It hopes to close by year-end.", sun, []dateWant{{"year-end", "c. 2022", "", true, future}}}, // "hopes to" looks ahead
		// an intention looks ahead: the coming Tuesday, not the last
		{"an intention looks ahead", "They hope to refloat the ship at Tuesday's high tide.", sun, []dateWant{{"Tuesday", "2022-10-25", "", true, future}}},
		{"an intention reported looks ahead", "Trustees said they hoped to reopen the galleries on Saturday.", sun, []dateWant{{"on Saturday", "2022-10-29", "", true, future}}},
		{"year-earlier", "Year-earlier results were restated.", sun, []dateWant{{"Year-earlier", "2021", "", true, past}}},

		// Phrases that are not dates.
		{"modal may", "Iran may strike again, and they may not stop.", sun, nil},
		{"sentence-initial May", "May I ask a question?", sun, nil},
		{"may lower case after in", "interested in may be", sun, nil},
		{"Mayor", "Tirana Mayor Erion Veliaj said", sun, nil},
		{"march verb", "Protesters march on the capital; they will March to the sea.", sun, nil},
		{"Marchetti", "Marchetti and Augustine met Junebug.", sun, nil},
		{"Marché", "at the Marché central", sun, nil},
		{"august adjective", "an august institution", sun, nil},
		{"month as name", "Ambassador April Glaspie said", sun, nil},
		{"thousands", "some 3,000 members of the MEK and around 2,000 Jews", sun, nil},
		{"amount", "2000 people and 1999 soldiers", sun, nil},
		{"route", "along Route 2019 and Flight 1987", sun, nil},
		{"phone", "call 555-2019 or 2019 555 1234", sun, nil},
		{"money and percent", "it cost $2019 or 2019% more", sun, nil},
		{"decimal", "a ratio of 1.2019 or 2019.5", sun, nil},
		{"out of range", "some 1850 villagers and the year 3000", sun, nil},
		{"sunday school", "a sunday-school teacher", sun, nil},
		{"newspaper", "the Sunday Times reported", sun, nil},
		{"named day", "Black Friday sales", sun, nil},
		{"world war iii", "fears of World War III", sun, nil},
		{"plural weekday", "on Sundays the market opens", sun, nil},
		{"an age, not a day", "The cities of tomorrow and the Europe of today need power.", sun, nil},
		{"as of today", "As of today the rule applies, until the end of tomorrow.", sun, []dateWant{
			{"today", "2022-10-23", "", true, past}, {"tomorrow", "2022-10-24", "", true, past}}},
		{"programme and paper", `He spoke on ABC's "This Week" and to USA Today, not on Last Week Tonight.`, sun, nil},
		{"capitalised, opening a quotation", `He said: "Today we vote."`, sun, []dateWant{{"Today", "2022-10-23", "", true, past}}},
		{"capitalised in a headline, after a preposition", "Vote Scheduled For Next Week", sun, []dateWant{{"Next Week", "wk 2022-10-24", "", true, future}}},
		{"capitalised after a dash", "TIRANA — This Week the vote was held.", sun, []dateWant{{"This Week", "wk 2022-10-17", "", true, past}}},
		{"recurring weekday", "Flights leave each Thursday and every Monday.", sun, nil},
		{"recurring month", "Marchers parade each July, and every August too.", sun, nil},
		{"three-day visit", "for a three-day visit", sun, nil},
		// Forms read from the article's date without timeline.Resolve.
		{"periods", "He leaves next week; it began last month, this month or next year.", sun, []dateWant{
			{"next week", "wk 2022-10-24", "", true, past}, {"last month", "Sep 2022", "", true, past},
			{"this month", "Oct 2022", "", true, past}, {"next year", "2023", "", true, past}}},
		{"world war i", "since World War I", sun, nil},
		{"bad day", "on February 30, 2022 nothing", sun, []dateWant{{"2022", "2022", "", false, past}}},

		// Tense.
		{"slated", "Rama is slated to meet on Sunday afternoon with Lapid.", thu, []dateWant{{"on Sunday", "2022-10-23", "", true, future}}},
		{"past weekday", "Rama met on Sunday afternoon with Lapid.", thu, []dateWant{{"on Sunday", "2022-10-16", "", true, past}}},
		{"slated bare weekday", "Mark Rutte is slated to land Monday for a two-day visit.", sun, []dateWant{{"Monday", "2022-10-24", "", true, future}}},
		{"will", "The minister will travel to Tirana on Friday.", sun, []dateWant{{"on Friday", "2022-10-28", "", true, future}}},
		{"is to", "The minister is to travel on Friday.", sun, []dateWant{{"on Friday", "2022-10-28", "", true, future}}},
		{"to be", "A summit is likely to be held Friday.", sun, []dateWant{{"Friday", "2022-10-28", "", true, future}}},
		{"scheduled", "The vote is scheduled for Friday.", sun, []dateWant{{"Friday", "2022-10-28", "", true, future}}},
		{"expected to", "He is expected to arrive Friday.", sun, []dateWant{{"Friday", "2022-10-28", "", true, future}}},
		{"plans to", "Rama plans to meet him on Friday.", sun, []dateWant{{"on Friday", "2022-10-28", "", true, future}}},
		{"next", "They meet again next Friday.", sun, []dateWant{{"next Friday", "2022-10-28", "", true, past}}},
		{"will after opening phrase", "On Monday, Rama will meet Herzog.", sun, []dateWant{{"On Monday", "2022-10-24", "", true, future}}},
		{"past after opening phrase", "On Friday, Rama met Herzog.", sun, []dateWant{{"On Friday", "2022-10-21", "", true, past}}},
		{"cue in earlier sentence", "He will go. On Friday he met Herzog.", sun, []dateWant{{"On Friday", "2022-10-21", "", true, past}}},
		{"cue after abbreviation", "The U.S. will host talks on Friday.", sun, []dateWant{{"on Friday", "2022-10-28", "", true, future}}},

		// Overlaps: the longest phrase wins.
		{"full date over year", "in Belgrade, Serbia, Sept. 1, 2022. (Darko Vojinovic/AP)", sun, []dateWant{{"Sept. 1, 2022", "2022-09-01", "", false, past}}},
		{"full date over month day", "lands in Israel for a three-day visit on October 23, 2022.", sun, []dateWant{{"October 23, 2022", "2022-10-23", "", false, past}}},
		{"two phrases", "Rama arrived on Sunday; in July, Iran attacked and in 2020 it hacked.", sun, []dateWant{
			{"on Sunday", "2022-10-23", "", true, past}, {"in July", "Jul 2022", "", true, past}, {"in 2020", "2020", "", false, past}}},
		{"weekday and date", "Sunday, October 23, 2022", sun, []dateWant{{"Sunday, October 23, 2022", "2022-10-23", "", false, past}}},

		// No publication date: relative phrases are skipped.
		{"zero published", "Yesterday, on Sunday, in September, on March 3, 2023, in 2019 and in the 1990s.", timeline.Date{}, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"in 2019", "2019", "", false, past}, {"in the 1990s", "1990s", "", false, past}}},
		{"week anchor skips yesterday", "yesterday and last week", week, []dateWant{{"last week", "wk 2022-10-17", "", true, past}}},
		{"invalid utf-8", "\xff\xfeMarch 3, 2023\xc3 on Sunday\xff", sun, []dateWant{
			{"March 3, 2023", "2023-03-03", "", false, past}, {"on Sunday", "2022-10-23", "", true, past}}},
		{"empty", "", sun, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := FindDates(tc.text, tc.published)
			ok := len(got) == len(tc.want)
			for i := 0; ok && i < len(got); i++ {
				g, w := got[i], tc.want[i]
				to := ""
				if !g.To.IsZero() {
					to = g.To.String()
				}
				ok = g.Phrase == w.phrase && g.From.String() == w.from && to == w.to &&
					g.Relative == w.relative && g.Tense == w.tense && tc.text[g.Start:g.End] == g.Phrase
			}
			if !ok {
				var want []string
				for _, w := range tc.want {
					want = append(want, fmt.Sprintf("%q %s %s rel=%v tense=%d", w.phrase, w.from, w.to, w.relative, w.tense))
				}
				t.Errorf("FindDates(%q)\ngot  %s\nwant %s", tc.text, dateGotString(got), strings.Join(want, "; "))
			}
		})
	}
}

// dateSeedSpan is a span in annotations.json.
type dateSeedSpan struct {
	Article    string `json:"article"`
	Start, End int
	Text       string `json:"text"`
}

type dateSeedDate struct {
	Date      string `json:"date"`
	Precision string `json:"precision"`
}

func (d *dateSeedDate) parse(t *testing.T) timeline.Date {
	t.Helper()
	if d == nil {
		return timeline.Date{}
	}
	p, err := timeline.ParsePrecision(d.Precision)
	if err != nil {
		t.Fatal(err)
	}
	v, err := timeline.ParseDate(d.Date, p)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// dateSeedCorpus is what the seed tests need of seeds/manifest.json and
// seeds/annotations.json.
type dateSeedCorpus struct {
	articles map[string]dateSeedArticle
	order    []string
	events   []struct {
		ID       string        `json:"id"`
		RawStart *dateSeedDate `json:"start"`
		RawEnd   *dateSeedDate `json:"end"`
		Sources  []struct {
			Span    dateSeedSpan `json:"span"`
			When    string       `json:"when"`
			Caption bool         `json:"caption"`
		} `json:"sources"`
	}
	quotes []struct {
		ID   string       `json:"id"`
		Span dateSeedSpan `json:"span"`
	}
}

type dateSeedArticle struct {
	ID        string
	Text      string
	Published timeline.Date
	Furniture []dateSeedSpan
}

func dateLoadSeeds(t *testing.T) *dateSeedCorpus {
	t.Helper()
	dir := filepath.Join("..", "..", "seeds")
	var manifest struct {
		Articles []struct {
			ID        string `json:"id"`
			File      string `json:"file"`
			Published struct {
				Value dateSeedDate `json:"value"`
			} `json:"published"`
			Furniture []dateSeedSpan `json:"furniture"`
		} `json:"articles"`
	}
	dateReadJSON(t, filepath.Join(dir, "manifest.json"), &manifest)
	c := &dateSeedCorpus{articles: map[string]dateSeedArticle{}}
	for _, a := range manifest.Articles {
		b, err := os.ReadFile(filepath.Join(dir, a.File))
		if err != nil {
			t.Fatal(err)
		}
		c.articles[a.ID] = dateSeedArticle{ID: a.ID, Text: string(b), Published: a.Published.Value.parse(t), Furniture: a.Furniture}
		c.order = append(c.order, a.ID)
	}
	var ann struct {
		Events json.RawMessage `json:"events"`
		Quotes json.RawMessage `json:"quotes"`
	}
	dateReadJSON(t, filepath.Join(dir, "annotations.json"), &ann)
	if err := json.Unmarshal(ann.Events, &c.events); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(ann.Quotes, &c.quotes); err != nil {
		t.Fatal(err)
	}
	if len(c.articles) != 5 || len(c.events) == 0 || len(c.quotes) == 0 {
		t.Fatalf("seeds: got %d articles, %d events, %d quotes, want 5 and some", len(c.articles), len(c.events), len(c.quotes))
	}
	for _, a := range c.articles {
		for _, f := range a.Furniture {
			dateCheckSpan(t, a, f)
		}
	}
	return c
}

func dateReadJSON(t *testing.T, path string, v any) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
}

// dateCheckSpan fails unless the span's offsets point at its text.
func dateCheckSpan(t *testing.T, a dateSeedArticle, s dateSeedSpan) {
	t.Helper()
	if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End || a.Text[s.Start:s.End] != s.Text {
		t.Fatalf("seed %s: span [%d,%d) does not hold %q", a.ID, s.Start, s.End, s.Text)
	}
}

// TestFindDatesSeedRecall checks that every "when" phrase the curators
// recorded for an event source is found where it occurs, and that what it
// resolves to covers the event's date.
func TestFindDatesSeedRecall(t *testing.T) {
	c := dateLoadSeeds(t)
	found := map[string][]Date{}
	for id, a := range c.articles {
		found[id] = FindDates(a.Text, a.Published)
	}
	total, hit, covered := 0, 0, 0
	for _, ev := range c.events {
		evStart, evEnd := ev.RawStart.parse(t), ev.RawEnd.parse(t)
		for _, src := range ev.Sources {
			if src.When == "" {
				continue
			}
			a, ok := c.articles[src.Span.Article]
			if !ok {
				t.Fatalf("event %s: unknown article %q", ev.ID, src.Span.Article)
			}
			dateCheckSpan(t, a, src.Span)
			i := strings.Index(src.Span.Text, src.When)
			if i < 0 {
				t.Fatalf("event %s: when %q not in source %q", ev.ID, src.When, src.Span.Text)
			}
			total++
			ps, pe := src.Span.Start+i, src.Span.Start+i+len(src.When)
			var match *Date
			for j, d := range found[a.ID] {
				if d.Start < pe && ps < d.End {
					match = &found[a.ID][j]
					break
				}
			}
			if match == nil {
				t.Logf("missed: %s %s %q in %q", ev.ID, a.ID, src.When, src.Span.Text)
				continue
			}
			hit++
			if timeline.RangeCovers(match.From, match.To, evStart, evEnd) || timeline.RangeCovers(evStart, evEnd, match.From, match.To) {
				covered++
			} else {
				t.Logf("date differs: %s %s %q resolved to %s, event is %s", ev.ID, a.ID, match.Phrase,
					timeline.FormatRange(match.From, match.To), timeline.FormatRange(evStart, evEnd))
			}
		}
	}
	if total == 0 {
		t.Fatal("no when phrases in the seeds")
	}
	recall := float64(hit) / float64(total)
	agree := float64(covered) / float64(total)
	t.Logf("seed when phrases: %d/%d found (recall %.3f); %d/%d agree with the event's date (%.3f)", hit, total, recall, covered, total, agree)
	if recall < 0.9 {
		t.Errorf("got recall %.3f, want at least 0.9", recall)
	}
	if agree < 0.9 {
		t.Errorf("got %.3f of when phrases agreeing with their event's date, want at least 0.9", agree)
	}
}

// TestFindDatesSeedReadings pins particular readings in the seed articles.
func TestFindDatesSeedReadings(t *testing.T) {
	c := dateLoadSeeds(t)
	tests := []struct {
		name, article, context, phrase, from string
		tense                                timeline.Tense
	}{
		{"yesterday in memo", "memo", "in Berlin yesterday", "yesterday", "2022-09-12", timeline.Past},
		{"last week in memo", "memo", "Tehran last week", "last week", "wk 2022-09-05", timeline.Past},
		{"dateline in memo", "memo", "September 13, 2022 at 3:38 pm", "September 13, 2022", "2022-09-13", timeline.Past},
		{"caption date in memo", "memo", "on 12 September 2022", "12 September 2022", "2022-09-12", timeline.Past},
		{"On Monday in ain", "ain", "On Monday, Rama met", "On Monday", "2022-10-24", timeline.Past},
		{"three weeks ago in ain", "ain", "Three weeks ago", "Three weeks ago", "c. wk 2022-10-03", timeline.Past},
		{"this week in ain", "ain", "Jewish state this week", "this week", "wk 2022-10-24", timeline.Past},
		{"slated Sunday in toi", "toi", "slated to meet on Sunday afternoon", "on Sunday", "2022-10-23", timeline.Future},
		{"slated Monday in toi", "toi", "slated to land Monday", "Monday", "2022-10-24", timeline.Future},
		{"July 15 in toi", "toi", "a July 15 cyberattack", "July 15", "2022-07-15", timeline.Past},
		{"at least 2007 in tmu", "tmu", "at least 2007", "2007", "2007", timeline.Past},
		{"credit line in tmu", "tmu", "October 23, 2022)", "October 23, 2022", "2022-10-23", timeline.Past},
		{"since 1991 in jpost", "jpost", "Israel since 1991", "since 1991", "1991", timeline.Past},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			a := c.articles[tc.article]
			at := strings.Index(a.Text, tc.context)
			if at < 0 {
				t.Fatalf("context %q not in %s", tc.context, tc.article)
			}
			for _, d := range FindDates(a.Text, a.Published) {
				if d.Start >= at && d.End <= at+len(tc.context) {
					if d.Phrase != tc.phrase || d.From.String() != tc.from || d.Tense != tc.tense {
						t.Errorf("got %q %s tense=%d, want %q %s tense=%d", d.Phrase, d.From, d.Tense, tc.phrase, tc.from, tc.tense)
					}
					return
				}
			}
			t.Errorf("got no date in %q, want %q", tc.context, tc.phrase)
		})
	}
}

// TestFindDatesSeedNoise checks that the seeds' counts and numbers are not
// read as years.
func TestFindDatesSeedNoise(t *testing.T) {
	c := dateLoadSeeds(t)
	for _, id := range c.order {
		a := c.articles[id]
		for _, d := range FindDates(a.Text, a.Published) {
			if strings.Contains(d.Phrase, ",000") || strings.EqualFold(d.Phrase, "may") {
				t.Errorf("%s: got date %q, want none", id, d.Phrase)
			}
		}
	}
}

func dateCheckInvariants(t *testing.T, text string, ds []Date) {
	t.Helper()
	end := 0
	for _, d := range ds {
		if d.Start < end || d.Start > d.End || d.End > len(text) {
			t.Fatalf("FindDates(%q): got range [%d,%d) after %d, want ordered, non-overlapping and within %d bytes", text, d.Start, d.End, end, len(text))
		}
		if d.Phrase != text[d.Start:d.End] {
			t.Fatalf("FindDates(%q): got Phrase %q, want text[%d:%d] %q", text, d.Phrase, d.Start, d.End, text[d.Start:d.End])
		}
		if d.From.IsZero() {
			t.Fatalf("FindDates(%q): got zero From for %q", text, d.Phrase)
		}
		end = d.End
	}
}

func FuzzFindDates(f *testing.F) {
	for _, s := range []string{
		"In September, Albania cut ties; on Sunday Rama arrived. Three weeks ago the OIC met.",
		"June 23, 2022. (AP Photo/Franc Zhurda) since 1991 in the 1990s early 1990s World War II",
		"Sept. 1, 2022 12 September 2022 3,000 people May may Mayor 2019-20 1939–1945 555-2019",
		"\xff\xfeMarch 3, 2023\xc3 on\u00a0Sunday\xff",
		"is slated to land Monday. On Monday, Rama will meet",
		"In the year-ago quarter net was $3 million, up from $2 million a year earlier; the 2019 first half.",
		"The previous Friday, that Monday. January nineteen ninety-seven, each July, ABC's \"This Week\", the people of tomorrow, since Monday.",
	} {
		f.Add(s)
	}
	anchors := []timeline.Date{
		{},
		dateTestDay(2022, time.October, 23),
		timeline.WeekDate(2022, time.October, 24),
		timeline.MonthDate(2022, time.October),
		timeline.YearDate(2022),
	}
	f.Fuzz(func(t *testing.T, text string) {
		for _, a := range anchors {
			dateCheckInvariants(t, text, FindDates(text, a))
		}
	})
}

// largeDateText is a megabyte of text dense with dates and near-misses.
func largeDateText() string {
	var b strings.Builder
	for b.Len() < 1<<20 {
		b.WriteString("On Monday, in September 2022, some 3,000 people met on Sept. 1, 2022; May may come. ")
		b.WriteString(strings.Repeat("9", 50))
		b.WriteString(" in in in in since since the the ")
	}
	return b.String()
}

// TestFindDatesLarge checks that a long text keeps the results' invariants.
// How fast is BenchmarkFindDates's business.
func TestFindDatesLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("a megabyte of text")
	}
	text := largeDateText()
	ds := FindDates(text, dateTestDay(2022, time.October, 23))
	dateCheckInvariants(t, text, ds)
	if len(ds) == 0 {
		t.Error("got no dates, want many")
	}
}

func BenchmarkFindDates(b *testing.B) {
	text := largeDateText()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindDates(text, dateTestDay(2022, time.October, 23))
	}
}

// dateArticleText is about a megabyte of the test articles, one after
// another: ordinary news text rather than largeDateText's dense dates.
func dateArticleText(tb testing.TB) string {
	tb.Helper()
	var texts []string
	for _, dir := range []string{filepath.Join("..", "..", "seeds"), filepath.Join("testdata", "labelled"), filepath.Join("testdata", "heldout")} {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			tb.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				tb.Fatal(err)
			}
			texts = append(texts, string(b))
		}
	}
	if len(texts) == 0 {
		tb.Fatal("no test articles")
	}
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		b.WriteString(texts[i%len(texts)])
		b.WriteString("\n\n")
	}
	return b.String()
}

func BenchmarkFindDatesArticles(b *testing.B) {
	text := dateArticleText(b)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		FindDates(text, dateTestDay(2022, time.October, 23))
	}
}

// The reference below is FindDates done the plain way: every pattern run
// over the whole text, every candidate resolved, and overlaps settled at
// the end. FindDates must give exactly its results.

func dateFindReference(text string, published timeline.Date) []Date {
	var found []dateKept
	var readings [][2]timeline.Date
	for _, c := range dateScanReference(text) {
		if c.relative && published.IsZero() {
			continue
		}
		if !dateWordEdges(text, c.start, c.end) {
			continue
		}
		tense := dateTense(text, c.start, c.end)
		k := dateKept{start: c.start, end: c.end, reading: dateAfterPending, relative: c.relative, tense: tense, read: c.read}
		if c.read.kind != dateAfter {
			lean := leanNone
			if c.read.kind == dateMonthOnly || c.read.kind == dateMonthDay {
				lean = dateLeanOf(text, c.start, c.end)
			}
			from, to, ok := c.read.read(c.resolve, published, tense, lean)
			if !ok {
				continue
			}
			k.reading = int32(len(readings))
			readings = append(readings, [2]timeline.Date{from, to})
		}
		found = append(found, k)
	}
	sort.SliceStable(found, func(i, j int) bool {
		if found[i].start != found[j].start {
			return found[i].start < found[j].start
		}
		return found[i].end > found[j].end
	})
	var out []dateKept
	for _, d := range found {
		if n := len(out); n > 0 && d.start < out[n-1].end {
			if d.end-d.start > out[n-1].end-out[n-1].start {
				out[n-1] = d
			}
			continue
		}
		out = append(out, d)
	}
	return dateKeptOut(text, published, out, readings)
}

// dateScanReference is what dateScan finds, by running each pattern over
// the whole text.
func dateScanReference(text string) []dateCand {
	dateTables()
	var cands []dateCand
	for k, m := range dateMatchers {
		for _, loc := range m.re.FindAllStringSubmatchIndex(text, -1) {
			c, ok := m.build(text, loc)
			if !ok || c.start < 0 || c.end > len(text) || c.start >= c.end {
				continue
			}
			c.matcher = k
			cands = append(cands, c)
		}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		if cands[i].start != cands[j].start {
			return cands[i].start < cands[j].start
		}
		return cands[i].end > cands[j].end
	})
	return cands
}

func dateWordsReference(s string) []string {
	s = strings.ReplaceAll(s, "’", "'")
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'')
	})
}

func dateMonthNameReference(tok string) (name string, wordLike, ok bool) {
	key := strings.ToLower(strings.TrimSuffix(tok, "."))
	m, ok := dateMonths[key]
	if !ok {
		return "", false, false
	}
	return strings.ToLower(m.String()), key == "may" || key == "march", true
}

var dateReferenceAnchors = []timeline.Date{
	{},
	dateTestDay(2022, time.October, 23),
	timeline.WeekDate(2022, time.October, 24),
	timeline.MonthDate(2022, time.October),
	timeline.YearDate(2022),
}

// dateCheckReference fails unless FindDates, dateScan and the helpers they
// have fast paths in agree with the plain way on text.
func dateCheckReference(t *testing.T, text string) {
	t.Helper()
	var scanned []dateCand
	dateScan(text, func(c dateCand) { scanned = append(scanned, c) })
	if want := dateScanReference(text); !reflect.DeepEqual(scanned, want) {
		t.Fatalf("dateScan(%q):\ngot  %+v\nwant %+v", text, scanned, want)
	}
	for _, a := range dateReferenceAnchors {
		got, want := FindDates(text, a), dateFindReference(text, a)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("FindDates(%q, %v):\ngot  %s\nwant %s", text, a, dateGotString(got), dateGotString(want))
		}
	}
	for _, first := range []bool{false, true} {
		for _, n := range []int{1, 6, 8} {
			want := dateWordsReference(text)
			if len(want) > n {
				if first {
					want = want[:n]
				} else {
					want = want[len(want)-n:]
				}
			}
			if got := dateWords(nil, text, n, first); !slices.Equal(got, want) {
				t.Fatalf("dateWords(%q, %d, %v): got %q, want %q", text, n, first, got, want)
			}
		}
	}
	for _, tok := range strings.FieldsFunc(text, unicode.IsSpace) {
		name, wordLike, ok := dateMonthName(tok)
		wname, wwordLike, wok := dateMonthNameReference(tok)
		if name != wname || wordLike != wwordLike || ok != wok {
			t.Fatalf("dateMonthName(%q): got %q %v %v, want %q %v %v", tok, name, wordLike, ok, wname, wwordLike, wok)
		}
	}
}

// dateTrickyPieces are the bits random texts are made of: date phrases and
// near-misses, with the characters the fast paths take care over (ſ and the
// Kelvin sign K, which fold to s and k; İ, which lower-cases to i; the
// no-break space; broken UTF-8).
var dateTrickyPieces = []string{
	"January", "february", "MARCH", "March", "march", "April", "May", "may", "MAY", "June", "July", "August",
	"September", "Sept.", "Sept", "Sep.", "sept", "Oct.", "Nov", "Dec.", "Jan.", "Mar.", "Mayor", "Marché", "Auguſt", "ſeptember",
	"Monday", "tuesday", "WEDNESDAY", "Thursday", "Friday", "Saturday", "Sunday", "Sundays", "ſunday", "Sunday-school",
	"Times", "Black", "Good", "every", "on", "On", "ON", "in", "In", "since", "Since", "ſince", "the", "The", "of",
	"early", "late", "mid", "mid-", "Early", "yesterday", "Today", "tomorrow", "this", "This", "thiſ", "last", "earlier", "later",
	"week", "weeK", "weeks", "year", "years", "month", "months", "day", "days", "ago", "a", "one", "two", "Three", "ten", "eleven",
	"World", "War", "II", "two", "Second", "WWII", "ww2", "WW2",
	"next", "following", "previous", "same", "that", "later", "earlier", "coming", "end", "of", "year-end", "mid-1996",
	"nineteen", "ninety-six", "seventy", "thousand", "nineties", "’80s", "'80s", "80s",
	"1", "3", "12", "21st", "3rd", "2nd", "4th", "31", "32", "123", "007", "1850", "1939", "1990", "1990s", "1995s", "2000s",
	"2007", "2019", "2022", "2023", "2099", "3000", "12345", "2022-10-23", "2022-13-01", "2022-1-2", "1939–1945", "555-2019",
	"3,000", "2,000", "1.2019", "2019.5", "$2019", "2019%", "#2019", "Route", "Flight", "people", "soldiers", "No.", "U.S.",
	"will", "Will", "is", "to", "be", "are", "slated", "scheduled", "expected", "plans", "next", "we'll", "we’ll", "Mr.",
	"İn", "İ", "K", "ſ", "é", "_", "x", "\xff", "\xc2", "\xe2\x84", "\u00a0", "’", "\"", "”",
	"quarter", "half", "period", "year-ago", "year-earlier", "'s", "from", "$3", "net", "previous", "each", "Week",
}

var dateTrickySeps = []string{
	" ", " ", " ", " ", "  ", "\t", "\u00a0", ", ", ",", ".", ". ", "-", "–", "; ", ":", "\n", "", "_", "/", " (", ") ", "? ", "! ",
}

// dateRandomText strings random pieces together with random separators.
func dateRandomText(r *rand.Rand) string {
	var b strings.Builder
	for n := r.IntN(40); n >= 0; n-- {
		b.WriteString(dateTrickyPieces[r.IntN(len(dateTrickyPieces))])
		b.WriteString(dateTrickySeps[r.IntN(len(dateTrickySeps))])
	}
	return b.String()
}

func TestFindDatesMatchesReference(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	n := 1000
	if testing.Short() {
		n = 100
	}
	for range n {
		dateCheckReference(t, dateRandomText(r))
	}
	for _, c := range []string{
		"", "May", "in\u00a02019", "ſince 1991", "thiſ weeK", "on\u00a0Sunday", "x\u00a0May 5", "In\u00a0September",
		"a\xc2 May 2021", "İn 2019", "World War\u00a0II", "3rd of\u00a0March, 2023", "since  \t 1991",
		"in" + strings.Repeat(" ", 200) + "2019", "September" + strings.Repeat("\u00a0", 100) + "1," + strings.Repeat(" ", 100) + "2022",
	} {
		dateCheckReference(t, c)
	}
}

func TestFindDatesMatchesReferenceOnArticles(t *testing.T) {
	for _, dir := range []string{filepath.Join("..", "..", "seeds"), filepath.Join("testdata", "labelled"), filepath.Join("testdata", "heldout")} {
		files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			dateCheckReference(t, string(b))
		}
	}
}

func FuzzFindDatesReference(f *testing.F) {
	r := rand.New(rand.NewPCG(3, 4))
	for range 20 {
		f.Add(dateRandomText(r))
	}
	f.Fuzz(func(t *testing.T, text string) {
		dateCheckReference(t, text)
	})
}

// TestDateWindowHoldsMatches checks dateWindow's premise: that no match of
// a pattern holds more than dateWindowBytes bytes besides its runs of
// spaces, counting a rune at its longest under case folding, with room
// after it for the rune \b looks at.
func TestDateWindowHoldsMatches(t *testing.T) {
	for k, m := range dateMatchers {
		re, err := syntax.Parse(m.pattern, syntax.Perl)
		if err != nil {
			t.Fatal(err)
		}
		n, ok := dateMaxNonSpace(re)
		if !ok {
			t.Errorf("matcher %d: a match can be of any length besides spaces", k)
			continue
		}
		if n+utf8.UTFMax > dateWindowBytes {
			t.Errorf("matcher %d: a match can hold %d bytes besides spaces; dateWindowBytes is %d", k, n, dateWindowBytes)
		}
	}
}

// dateMaxNonSpace returns the most bytes other than dateSp's a match of re
// can hold, if it is bounded.
func dateMaxNonSpace(re *syntax.Regexp) (int, bool) {
	runeLen := func(r rune) int {
		if r == ' ' || r == '\t' || r == 0xa0 {
			return 0
		}
		return utf8.RuneLen(r)
	}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText, syntax.OpEndText,
		syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 0, true
	case syntax.OpLiteral:
		n := 0
		for _, r := range re.Rune {
			most := runeLen(r)
			if re.Flags&syntax.FoldCase != 0 {
				for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
					most = max(most, runeLen(f))
				}
			}
			n += most
		}
		return n, true
	case syntax.OpCharClass:
		most := 0
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			for _, r := range []rune{lo, hi, min(hi, 0x7f), min(hi, 0x7ff), min(hi, 0xffff)} {
				if r >= lo {
					most = max(most, runeLen(r))
				}
			}
		}
		return most, true
	case syntax.OpAnyChar, syntax.OpAnyCharNotNL:
		return utf8.UTFMax, true
	case syntax.OpCapture, syntax.OpQuest:
		return dateMaxNonSpace(re.Sub[0])
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		n, ok := dateMaxNonSpace(re.Sub[0])
		if !ok {
			return 0, false
		}
		if re.Op == syntax.OpRepeat && re.Max >= 0 {
			return n * re.Max, true
		}
		return 0, n == 0 // only a run of spaces may be unbounded
	case syntax.OpConcat, syntax.OpAlternate:
		total := 0
		for _, sub := range re.Sub {
			n, ok := dateMaxNonSpace(sub)
			if !ok {
				return 0, false
			}
			if re.Op == syntax.OpConcat {
				total += n
			} else {
				total = max(total, n)
			}
		}
		return total, true
	}
	return 0, false
}
