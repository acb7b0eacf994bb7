package extract

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/cyberdesk-dev/cyberdesk/timeline"
)

// dateCase is a text and the phrases FindDates should list in it, each as
// "phrase=date" (timeline.Date.String).
type dateCase struct {
	name, text string
	want       []string
}

func checkDateCases(t *testing.T, published timeline.Date, cases []dateCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			var got []string
			for _, d := range FindDates(tc.text, published) {
				got = append(got, fmt.Sprintf("%s=%s", d.Phrase, d.From))
			}
			if strings.Join(got, "; ") != strings.Join(tc.want, "; ") {
				t.Errorf("FindDates(%q)\ngot  %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestFindDatesLeavesOutPartsOfYears checks that a year named only to place
// a quarter, a half or a period is not listed as the year.
func TestFindDatesLeavesOutPartsOfYears(t *testing.T) {
	checkDateCases(t, dateTestDay(2022, time.October, 23), []dateCase{
		{"year before the quarter", "Profit in the 2021 third quarter doubled.", nil},
		{"year-ago quarter", "In the year-ago quarter, the mill lost money.", nil},
		{"year-earlier nine months", "Net for the year-earlier nine months included a gain.", nil},
		{"possessive year", "Sales for this year's first quarter fell, as did last year's.", []string{"last year=2021"}},
		{"the period of a year", "It lost $2 million in the 2020 period.", nil},
		{"quarter of a year", "The plant shut in the fourth quarter of 2019.", nil},
		{"quarters of a year", "Losses go on through the first two quarters of 2023.", nil},
		{"half of a year", "No dividend is due in the second half of next year.", nil},
		{"part named first", "Revenue for the quarter a year ago was flat, as in the corresponding period last year.", nil},
		// the year itself
		{"no determiner", "In 2019 half the staff left.", []string{"In 2019=2019"}},
		{"a year that names a thing", "The 2019 quarterly report came late.", []string{"2019=2019"}},
		{"a fraction of a year's sales", "A quarter of 2019 sales came from abroad.", []string{"2019=2019"}},
		{"a half of a year after it", "Growth slowed in the 2019 first half.", nil},
		{"a year before other words", "The 2019 quarter-finals and her 2018 half marathon drew crowds; the 2017 half was calm.", []string{"2019=2019", "2018=2018", "2017=2017"}},
		{"fractions of a year's sales", "Buyers abroad took three quarters of 2019 sales.", []string{"2019=2019"}},
		{"months of a year", "The first nine months of 2019 were calm.", []string{"2019=2019"}},
	})
}

// TestFindDatesComparisonsInQuarterlyReports checks that "a year ago" or
// "a year earlier", comparing a figure in a passage that reports a quarter,
// is not listed as a year, and that it counts from the article's date
// when no date comes before it in its sentence.
func TestFindDatesComparisonsInQuarterlyReports(t *testing.T) {
	checkDateCases(t, dateTestDay(2022, time.October, 23), []dateCase{
		{"a quarter compared", "Acme posted third-quarter net of $4 million. Net rose to $4 million from $3 million a year earlier.", nil},
		{"year-ago results in a quarterly report", "The quarter was strong. Year-ago results were restated.", nil},
		{"a quarter, a year ago", "Acme earned $9 million in the quarter, up from $7 million a year ago.", nil},
		{"last year's figure in a quarterly report", "Acme's third-quarter sales were $2 million, up from last year's $1.8 million.", nil},
		{"last year's figure in a yearly forecast", "Acme's third-quarter net rose. It expects profit of $4 a share for this year, up from last year's $3.", []string{"this year=2022", "last year=2021"}},
		{"last year in a quarterly report", "Third-quarter net was $3 million. The firm was sold last year for $9 million.", []string{"last year=2021"}},
		{"months compared", "For the nine months, net was $9 million, compared with $7 million a year earlier.", []string{"a year earlier=2021"}},
		{"no comparison", "Acme posted third-quarter net of $4 million. A year ago, its founder retired.", []string{"A year ago=c. 2021"}},
		{"a quarter-century is no quarter", "Sales rose as joblessness hit its quarter-century low. Wages were 3 percent higher than a year earlier.", []string{"a year earlier=2021"}},
		{"a game's quarter", "The Hawks led by 10 points in the third quarter. They scored 30 points, up from 20 a year ago.", []string{"a year ago=c. 2021"}},
		{"a fraction is no quarter", "A quarter of the staff left. Pay was 3 percent higher than a year earlier.", []string{"a year earlier=2021"}},
		{"year-earlier outside a quarterly report", "Year-earlier results were restated.", []string{"Year-earlier=2021"}},
		// which date "a year earlier" counts from
		{"compared with the article's time", "The plant opened in 2015. Sales were $5 million, compared with $4 million a year earlier.", []string{"in 2015=2015", "a year earlier=2021"}},
		{"compared with a date in its sentence", "In 2015 sales were $5 million, up from $4 million a year earlier.", []string{"In 2015=2015", "a year earlier=2014"}},
		{"a story told back", "The plant opened in 2015. A year earlier, the firm was founded.", []string{"in 2015=2015", "A year earlier=2014"}},
	})
}
